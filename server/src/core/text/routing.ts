// The routing sheet a document system prints in front of an outgoing document (发文稿纸, 发文处理单, 公文处理单):
// who drafted, checked, co-signed and signed it and when, whom it was put to, its 文号, how many copies, whether it
// is published. It is the document's paperwork, not its arrangements: its dates are signatures, its bodies are
// addressees, and 公开属性：主动公开 is no measure of 政务公开. Analysis reads the draft with the sheet blanked
// (same length, so offsets hold), from its title line to a separator line, the notice's own title or the plan's.
import { blankLineBlocks } from './blank';

/** The sheet's title on a line of its own: 彭阳县人民政府办公室发文稿纸, 发文处理单, 公文处理笺. */
const SHEET_TITLE = /^[ \t\u3000]*[^\n。；，：:]{0,40}(?:发文稿纸|發文稿紙|发文稿|发文处理单|發文處理單|发文处理笺|发文审批单|发文审签单|公文处理单|公文處理單|公文处理笺)[ \t\u3000]*$/;

/** Where the sheet ends: a rule of dashes or lines, or a title line (the notice's or the plan's) without a label. */
const SHEET_END = /^[ \t\u3000]*(?:[—─\-=＝_＿━]{6,}|(?![^\n]*[：:])[^\n。；]{2,80}(?:的通知|实施方案|工作方案|行动方案|行动计划|工作要点|实施意见)(?:[（(][^（）()]{1,12}[）)])?)[ \t\u3000]*$/;

/** The draft with a routing sheet blanked; the same string when there is none. */
export function blankRoutingSheet(text: string): string {
  if (!/稿纸|稿紙|发文稿|处理单|處理單|处理笺|审批单|审签单/.test(text)) return text;
  // A sheet that never ends is left alone: without its end, what follows cannot be told from the plan.
  return blankLineBlocks(text, (line) => SHEET_TITLE.test(line), (line) => SHEET_END.test(line), false);
}
