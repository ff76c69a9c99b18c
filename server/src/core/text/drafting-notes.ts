// A drafting explanation sent with a draft (关于《…实施方案（送审稿）》的起草说明, 修订说明, 编制说明, or the
// table of opinions received and how each was dealt with, 征求意见采纳情况表): how the draft was made, whom it
// was put to, which opinions were taken and which changes were made. Its dates (征求意见
// on 2024年3月5日, a proposal to move a date to 2026年 that was not adopted) and the units it names (a lead changed
// from one body to another) are the history of the draft, not its arrangements. Analysis reads the draft with
// such an explanation blanked (same length, so offsets hold), from its title to the plan's own title, the next
// attachment or the end.
import { blankLineBlocks } from './blank';

/**
 * An explanation's title line: 关于《…》的起草说明, 起草说明, 附：修订说明, 关于《…》的说明; or the record of a
 * consultation (…（征求意见稿）征求意见采纳情况表, 意见建议汇总表, 征求意见及采纳情况说明), whose rows are the
 * proposals of the bodies consulted and the drafting office's answers.
 */
const NOTES_TITLE = /^[ \t\u3000]*(?:附[件]?[0-9０-９]?[ \t\u3000]*[：:]?[ \t\u3000]*)?(?:关于[^\n。；，]{2,80}的(?:起草|编制|修订|修改|制定)?说明|(?:起草|编制|修订|修改|制定)说明|[^\n。；，]{0,80}(?:征求意见|意见建议|反馈意见)(?:情况)?(?:及|的)?(?:采纳|吸收|采用|办理|处理|汇总|反馈)[^\n。；，]{0,6}(?:表|说明|情况))[ \t\u3000]*$/;

/** A plan's own title on a line of its own (…实施方案, …工作方案, …行动计划), which ends an explanation before it. */
const PLAN_TITLE = /^[ \t\u3000]*(?![《“])[^\n。；，,：:]{2,60}(?:实施方案|工作方案|行动方案|建设方案|行动计划|工作计划|工作要点|实施意见)[ \t\u3000]*$/;

/** An attachment's caption, which ends an explanation printed after the plan. */
const CAPTION = /^[ \t\u3000]*附[件表][ \t\u3000]*[0-9０-９一二三四五六七八九十]{0,2}[ \t\u3000]*[：:]?/;

/** The draft with every drafting explanation blanked (the same string when there is none). */
export function blankDraftingNotes(text: string): string {
  if (!text.includes('说明') && !text.includes('意见')) return text;
  return blankLineBlocks(text, (line) => NOTES_TITLE.test(line), (line) => PLAN_TITLE.test(line) || CAPTION.test(line), true);
}
