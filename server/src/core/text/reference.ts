// An attachment that reproduces a higher level's text for reference (附件2：自治区数字政府建设重点任务清单（摘录，
// 供参考）): the region's rows, its leads and its dates, not the plan's own; or a glossary of the plan's terms (附件：
// 名词解释), which says who built a system and when. Analysis reads the draft with such an attachment blanked (same
// length, so offsets hold): nothing in it takes a task up or is checked.
import { blankSpans } from './blank';

/** An attachment's caption line: 附件, 附件2, 附表1：, then perhaps its title. Group 1: the title on the same line. */
const CAPTION = /^[ \t\u3000]*附[件表][ \t\u3000]*[0-9０-９一二三四五六七八九十]{0,2}[ \t\u3000]*[：:]?[ \t\u3000]*(.*)$/;
/**
 * A title that says the attachment is a higher level's text (an excerpt, for reference, or a regional or national
 * list), or a glossary of the terms the plan uses (名词解释, 术语解释): what a system is, who built it and when, not
 * what the plan assigns.
 */
const REFERENCE_TITLE = /摘录|摘錄|摘编|摘編|供参考|供參考|参考资料|參考資料|^(?:自治区|自治區|省|国务院|國務院|国家|國家|中共中央)[^，。；]{0,40}(?:清单|清單|分工|方案|意见|意見|要点|要點)|(?:名词|名詞|术语|術語|名词术语|名詞術語)(?:解释|解釋|释义|釋義|说明|說明)$|^(?:名词|名詞|术语|術語)表$/;

/**
 * Whether an attachment titled as a regional body's list (自治区人力资源和社会保障厅数字政府建设重点任务分工表) is the plan's
 * own: the body that heads its title heads a title line of the draft before it (自治区人力资源和社会保障厅数字政府建设实施方案),
 * so the plan is that body's, as a regional department's plan is. The region's own list (自治区数字政府建设重点任务清单)
 * names no body and stays a reference.
 */
function ownAttachment(title: string, lines: { text: string }[], caption: number): boolean {
  // The body may be followed by what it does before 数字政府 (自治区卫生健康委落实数字政府建设重点任务分工清单).
  const head = /^(.{4,40}?)(?:关于|關於|數字政府|数字政府|“数字政府”)/.exec(title)?.[1];
  if (!head) return false;
  for (const m of head.matchAll(BODY_END)) {
    const owner = head.slice(0, m.index! + m[0].length);
    if (owner.length < 4) continue;
    for (let k = 0; k < caption; k++) if (isTitleLine(lines[k]!.text) && lines[k]!.text.trimStart().startsWith(owner)) return true;
  }
  return false;
}

/**
 * A task list pasted whole under the region's own title (全区数字政府建设重点任务清单（2023年—2025年）, with no word that it is an
 * excerpt): most of its rows are led by the region's bodies (自治区发展改革委牵头负责, 自治区政府办公厅负责). A county's or a
 * district's own list (全区… is a district's own word for itself too) is led by its own bodies.
 */
function regionsList(title: string, rows: { text: string }[]): boolean {
  if (!LIST_TITLE.test(title)) return false;
  let table = 0;
  let regional = 0;
  for (const r of rows) {
    if (!r.text.includes('\t')) continue;
    table++;
    if (REGIONAL_LEAD_CELL.test(r.text)) regional++;
  }
  return table >= MIN_LIST_ROWS && regional * 5 >= table * 3;
}
/** A list's title: 清单, 分工, 任务表. */
const LIST_TITLE = /清单|清單|分工|任务表|任務表/;
/** A cell opening with a regional body that leads or answers for the row (自治区政府办公厅牵头负责, 自治区公安厅负责). */
const REGIONAL_LEAD_CELL = /(?:^|\t)[ \u3000]*(?:自治区|自治區)[^\t]{2,30}?(?:牵头|牽頭|负责|負責)/;
/** Fewest rows for a list to be told by who leads its rows. */
const MIN_LIST_ROWS = 8;

/** A title line: short, no sentence's end, naming a document (…工作方案, …实施方案, 关于印发…的通知). */
function isTitleLine(line: string): boolean {
  const t = line.trim();
  return t.length <= 80 && !/[。；;]/.test(t) && /方案|计划|計劃|要点|要點|通知|意见|意見/.test(t);
}

/** Where a body's name may end in an attachment's title (…厅, …委, …中心). */
const BODY_END = /厅|廳|局|委|办|辦|院|中心|部/g;

/** The draft's lines, each with its offsets and its text without a \r. */
function linesOf(text: string): { start: number; end: number; text: string }[] {
  const lines: { start: number; end: number; text: string }[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lines.push({ start, end, text: text.slice(start, end).replace(/\r$/, '') });
    start = end + 1;
  }
  return lines;
}

/** A forwarding notice's title: 关于转发《…》的通知 (group 1: the forwarded document's title). */
const FORWARDED = /(?:转发|轉發)《([^》\n]{4,60})》(?:的)?(?:通知|函)/;

/**
 * In a notice forwarding another body's document (彭阳县人民政府办公室关于转发《固原市加强数字政府建设实施方案》的通知), that
 * document attached under its own title (附件1 / 固原市加强数字政府建设实施方案): from its caption to the next attachment or the
 * end. Its words still take the framework up, as the notice forwards them to be carried out; its bodies and dates are that
 * body's own, not the notice's to answer for.
 */
export function forwardedDocument(text: string): { start: number; end: number } | undefined {
  const head = text.slice(0, 400);
  const m = FORWARDED.exec(head);
  if (!m || !/附[件表]/.test(text)) return undefined;
  const squeeze = (t: string) => t.replace(/[《》\s\u3000]/g, '');
  const want = squeeze(m[1]!);
  const lines = linesOf(text);
  for (let i = 0; i < lines.length; i++) {
    const c = CAPTION.exec(lines[i]!.text);
    if (!c) continue;
    let title = c[1]!.trim();
    if (!title) title = lines.slice(i + 1).find((l) => l.text.trim() !== '')?.text.trim() ?? '';
    if (squeeze(title) !== want) continue;
    let j = i + 1;
    while (j < lines.length && !CAPTION.test(lines[j]!.text)) j++;
    return { start: lines[i]!.start, end: lines[j - 1]!.end };
  }
  return undefined;
}

/** The draft with every reference attachment blanked, from its caption to the next attachment or the end (the same string when there is none). */
export function blankReferenceAttachments(text: string): string {
  if (!/附[件表]/.test(text)) return text;
  const lines = linesOf(text);
  const spans: { start: number; end: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = CAPTION.exec(lines[i]!.text);
    if (!m) continue;
    let title = m[1]!.trim();
    if (!title) {
      const next = lines.slice(i + 1).find((l) => l.text.trim() !== '');
      title = next ? next.text.trim() : '';
    }
    let j = i + 1;
    while (j < lines.length && !CAPTION.test(lines[j]!.text)) j++;
    if (!(REFERENCE_TITLE.test(title) || regionsList(title, lines.slice(i + 1, j))) || ownAttachment(title, lines, i)) continue;
    spans.push({ start: lines[i]!.start, end: lines[j - 1]!.end });
    i = j - 1;
  }
  return blankSpans(text, spans);
}
