// Paragraphs that tell the past (工作基础, 发展现状): what they name was done before the plan, not set by it.

/**
 * A paragraph (or a bullet: • 2020年起，…) that opens by looking back (近年来，…, 党的十八大以来，…, 2020年以来，…, 2020年起，…, 自…印发以来，…,
 * 2023年，全市…取得积极进展): its later sentences go on
 * telling what was done (…印发后，我县完成…，2021年建成…), whatever words each sentence opens with.
 */
const LOOKS_BACK_OPENING = /^[\s\u3000]*(?:[•●▶▸►■◆·][\s\u3000]*)?(?:[^，,。；;\n]{1,8}[，,][\s\u3000]*)?(?:近年来|近年來|近几年|近幾年|多年来|多年來|过去几年|過去幾年|(?:“?十三五”?|党的十八大|党的二十大|[0-9]{4}年)以来|[0-9]{4}年(?:起|开始|開始)(?=[，,])|[0-9]{4}年[，,][^。；;\n]{0,40}?(?:取得|成效|进展|進展|完成|建成))/;

/** An item of a running account: 一是…, 二是… (not a heading's (一)). */
const ACCOUNT_ITEM = /^[\s\u3000]*[一二三四五六七八九十]{1,2}是/;
/** Items of one account looked back over. */
const MAX_ACCOUNT_ITEMS = 12;

/**
 * An opening 自…以来， over a longer phrase (自2020年落实《…工作要点》（宁政办发〔2020〕14号）以来，…), after an item's number
 * and the place speaking at most (2.我县自落实《…》以来，…).
 */
const SINCE_OPENING = /^[\s\u3000]*(?:(?:[0-9]{1,2}[.．、]|[（(][一二三四五六七八九十0-9]{1,2}[）)]|[一二三四五六七八九十]{1,2}、)[\s\u3000]*)?(?:[我全本][县縣市区區旗])?自[^。；;\n]{1,80}?(?:以来|以來)[，,]/;

function opensLookingBack(text: string, lineStart: number, at: number): boolean {
  // (Far enough for a year's account to reach its verb: 2023年，我区区、乡镇（街道）、村（社区）三级政务服务体系全面建成.)
  if (LOOKS_BACK_OPENING.test(text.slice(lineStart, Math.min(at, lineStart + 52)))) return true;
  // (Tried only on a line with 自 among its first characters: the longer pattern is not run on every paragraph.)
  const opensWithSince = text.slice(lineStart, lineStart + 10).includes('自');
  return opensWithSince && SINCE_OPENING.test(text.slice(lineStart, Math.min(at, lineStart + 110)));
}

/**
 * Also an item of an account (二是数据资源底数基本摸清。…于2023年10月完成…) whose paragraph before its first item looks
 * back (会议认为，2023年以来，…取得阶段性成效。): the items tell what was done as that paragraph does.
 */
export function looksBackFromItsStart(text: string, at: number): boolean {
  let lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (opensLookingBack(text, lineStart, at)) return true;
  for (let n = 0; n < MAX_ACCOUNT_ITEMS && lineStart > 0 && ACCOUNT_ITEM.test(text.slice(lineStart, lineStart + 8)); n++) {
    const before = text.lastIndexOf('\n', lineStart - 2) + 1;
    if (opensLookingBack(text, before, lineStart - 1)) return true;
    lineStart = before;
  }
  return false;
}

/** Words of results (取得积极进展, 成效明显, 取得新成绩) in an opening sentence: an account of what was achieved. */
const RESULTS = /取得|成效|进展|進展|成绩|成績/;

/**
 * Whether the paragraph at `at` opens by looking back with an account of results (2023年，全市数字政府建设取得积极进展。…;
 * 近年来，…取得明显成效。…): its limits met (2023年11月底前完成…) are told as done.
 */
export function opensWithAnAccount(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (!opensLookingBack(text, lineStart, at)) return false;
  const end = text.indexOf('。', lineStart);
  return RESULTS.test(text.slice(lineStart, end < 0 || end > at ? at : end));
}

/**
 * A heading of a review of the past: 2025年工作回顾, 工作总结, 取得的成效, 发展基础, 基本情况, 发展现状, a report's
 * 上半年工作推进情况, 存在的问题, 主要指标完成情况, and a revised plan's account of the one it replaces (原方案实施情况).
 */
const REVIEW_HEADING = /回顾|回顧|工作总结|工作總結|(?:取得的|主要|工作)成效|(?:主要|总体|總體)进展$|(?:主要|总体|總體)進展$|实施情况$|實施情況$|执行情况$|執行情況$|进展情况|進展情況|工作进展|推进情况|推進情況|完成情况|完成情況|落实情况|落實情況|开展情况|開展情況|存在的问题|存在問題|存在问题|存在的主要问题|存在的主要問題|存在的突出问题|发现的问题|發現的問題|基本情况|基本情況|发展现状|發展現狀|发展基础|發展基礎|工作基础|工作基礎|^(?:数字政府)?(?:建设基础|建設基礎)$|现状与形势|現狀與形勢/;

/** Whether a heading's title is a review of the past; not one that heads the requirements or tasks too (发展基础和总体要求). */
export function isReviewHeading(title: string): boolean {
  return REVIEW_HEADING.test(title) && !/要求|目标|任务|举措|措施|安排/.test(title);
}
