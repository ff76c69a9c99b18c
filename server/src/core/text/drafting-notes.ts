// A drafting explanation sent with a draft (关于《…实施方案（送审稿）》的起草说明, 修订说明, 编制说明, or the
// table of opinions received and how each was dealt with, 征求意见采纳情况表): how the draft was made, whom it
// was put to, which opinions were taken and which changes were made. Its dates (征求意见
// on 2024年3月5日, a proposal to move a date to 2026年 that was not adopted) and the units it names (a lead changed
// from one body to another) are the history of the draft, not its arrangements. Analysis reads the draft with
// such an explanation blanked (same length, so offsets hold), from its title to the plan's own title, the plan's first
// section (一、总体要求), the next attachment or the end.
import { blankSpans, lineBlocks } from './blank';

/**
 * An explanation's title line: 关于《…》的起草说明, 起草说明, 附：修订说明, 关于《…》的说明, 《…实施方案》编制说明; or the record of a
 * consultation (…（征求意见稿）征求意见采纳情况表, 意见建议汇总表, 征求意见及采纳情况说明), whose rows are the
 * proposals of the bodies consulted and the drafting office's answers.
 */
const NOTES_TITLE = /^[ \t\u3000]*(?:附[件]?[0-9０-９]?[ \t\u3000]*[：:]?[ \t\u3000]*)?(?:关于[^\n。；，]{2,80}的(?:起草|编制|修订|修改|制定)?说明|(?:《[^》\n]{2,80}》|[^\n。；，《》]{2,60}(?:方案|计划|計劃|要点|要點|意见|意見))?的?(?:起草|编制|修订|修改|制定)说明|[^\n。；，]{0,80}(?:征求意见|意见建议|反馈意见)(?:情况)?(?:及|的)?(?:采纳|吸收|采用|办理|处理|汇总|反馈)[^\n。；，]{0,6}(?:表|说明|情况))[ \t\u3000]*$/;

/** A plan's own title on a line of its own (…实施方案, …工作方案, …行动计划), which ends an explanation before it. */
const PLAN_TITLE = /^[ \t\u3000]*(?![《“])[^\n。；，,：:]{2,60}(?:实施方案|工作方案|行动方案|建设方案|行动计划|工作计划|工作要点|实施意见)[ \t\u3000]*$/;

/**
 * The plan's first section (一、总体要求, 一、指导思想), which ends an explanation printed inside the plan between its title
 * and its body (…实施方案（2025年修订） / 修订说明 / … / 一、总体要求). An explanation's own sections are of its drafting
 * (一、起草背景, 一、修订的必要性) and do not end it.
 */
const PLAN_OPENING = /^[ \t\u3000]*一[、．.][ \t\u3000]*(?:总体要求|總體要求|指导思想|指導思想|总体思路|總體思路|发展基础|發展基礎|工作基础|工作基礎|基本原则|基本原則|主要目标|主要目標|工作目标|工作目標)[ \t\u3000。]*$/;

/** An attachment's caption, which ends an explanation printed after the plan. */
const CAPTION = /^[ \t\u3000]*附[件表][ \t\u3000]*[0-9０-９一二三四五六七八九十]{0,2}[ \t\u3000]*[：:]?/;

/** A record of a consultation's title (征求意见采纳情况表, 意见建议汇总表), as against an explanation's. */
const CONSULTATION_TITLE = /(?:征求意见|意见建议|反馈意见)(?:情况)?(?:及|的)?(?:采纳|吸收|采用|办理|处理|汇总|反馈)/;

/**
 * Where the draft's drafting explanations stand, each from its title line to the line that ends it (none when there
 * is none); `consultation` when it is the record of the opinions received rather than the office's own account.
 */
export function draftingNoteSpans(text: string): { start: number; end: number; consultation: boolean }[] {
  if (!text.includes('说明') && !text.includes('意见')) return [];
  const out: { start: number; end: number; consultation: boolean }[] = [];
  for (const b of lineBlocks(text, (line) => NOTES_TITLE.test(line), (line) => PLAN_TITLE.test(line) || CAPTION.test(line) || PLAN_OPENING.test(line), true)) {
    // A block of several (起草说明, then 附件：征求意见采纳情况表) is split at each title.
    let start = b.start;
    let title = lineAt(text, start);
    for (let at = text.indexOf('\n', start) + 1; at > 0 && at < b.end; at = text.indexOf('\n', at) + 1) {
      const line = lineAt(text, at);
      if (!NOTES_TITLE.test(line)) continue;
      out.push({ start, end: at, consultation: CONSULTATION_TITLE.test(title) });
      start = at;
      title = line;
    }
    out.push({ start, end: b.end, consultation: CONSULTATION_TITLE.test(title) });
  }
  return out;
}

/** The line starting at `at`, without its line break. */
function lineAt(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(at, end < 0 ? text.length : end).replace(/\r$/, '');
}

/**
 * Whether a line of an explanation is the office's own account: not a row of a table, and not an opinion received
 * as a body wrote it (县应急管理局建议根据《…》（宁政发〔2022〕17号）…，来函所引文号有误).
 */
export function ownAccount(line: string): boolean {
  return !line.includes('\t') && !/建议|提出|来函|反馈|认为/.test(line);
}

/** The draft with every drafting explanation blanked (the same string when there is none). */
export function blankDraftingNotes(text: string): string {
  return blankSpans(text, draftingNoteSpans(text));
}
