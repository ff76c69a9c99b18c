// What a review leaves in a draft saved from Word: reviewers' comments in brackets (【批注：…】,
// （修改意见：…）, 〔审核：…〕) or on lines of their own (修改意见：…, 编者按：…, 【反馈意见】…, 【采纳情况】…), and rows or paragraphs marked for deletion (【删除】). Comments are not
// the plan: analysis reads the draft with them blanked out (same length, so offsets hold). A line
// marked for deletion keeps its words but its units and dates are not checked. Tracked changes never
// accepted ([删除：2025年底前][插入：2024年底前], ~~…~~) are read as accepted: the deleted text blanked, the
// inserted text kept without its marks.

const OPEN = '[【（(〔［\\[]';
const CLOSE = '[】）)〕］\\]]';
const CLOSE_CHARS = '】）)〕］\\]';

/**
 * A reviewer's comment: a bracket opening with 批注, 修改意见, 审核(意见)…, perhaps with who wrote it in
 * brackets (【批注（区财政局）：…】), and a colon, to its close; or one opening with a body's 意见 (〔区审批局意见：…〕,
 * 【区委网信办意见：…】). A comment may hold one pair of brackets of its own.
 */
const COMMENT = new RegExp(
  `${OPEN}\\s*(?:(?:批注|修改意见|修改建议|审核意见|审核|审阅意见|审阅|审改意见|修订意见|校对意见)(?:[（(][^（）()\\n]{1,16}[）)])?[^：:${CLOSE_CHARS}\\n]{0,6}|[^：:、，,。；;（）()【】〔〕\\[\\]\\s\\n]{1,16}(?:意见|建议))[：:](?:[^${CLOSE_CHARS}（(〔\\n]|[（(][^（）()\\n]{0,30}[）)]|〔[0-9０-９]{4}〕)*${CLOSE}`,
  'g',
);
/**
 * A body's comment opening with its name and a colon, without the word 意见, as units write into a draft circulated for
 * comment (【区卫健局：建议补充…】, 【区大数据中心：此项已于2023年12月完成，建议删除】): a name that ends as a body's does, then
 * advice (建议) or a word on the item itself (此项, 该项). A bracket naming a body and its duty (（区审批局：负责梳理…）) is
 * the plan's own note and is kept.
 */
const BODY_COMMENT = new RegExp(
  `${OPEN}\\s*[^：:、，,。；;（）()【】〔〕\\[\\]\\s\\n]{1,16}(?:局|委|办|辦|中心|厅|廳|院|政府|社|所|队|隊|部|会|會|室|站|馆|館|处|處|科|组|組)[：:]` +
    `(?=(?:[^${CLOSE_CHARS}\\n]){0,80}?(?:建议|建議|此项|此項|该项|該項))(?:[^${CLOSE_CHARS}（(〔\\n]|[（(][^（）()\\n]{0,30}[）)]|〔[0-9０-９]{4}〕)*${CLOSE}`,
  'g',
);
/**
 * The drafting office's answer to a comment, in brackets after it: 【已采纳】, 【未采纳，理由：…】, 【部分采纳：…】.
 */
const ANSWER = new RegExp(
  `${OPEN}\\s*(?:已采纳|已採納|未采纳|未採納|不予采纳|不予採納|暂不采纳|暫不採納|部分采纳|部分採納|拟采纳|擬採納|采纳|採納)(?:[，,：:；;。][^${CLOSE_CHARS}\\n]{0,120})?${CLOSE}`,
  'g',
);
/**
 * The drafting office's query in a draft sent round for comment, in 【】 or 〔〕 beside what it asks about: a request to a
 * body to check or confirm (【请区发改局核实时限】, 【请区委政法委确认牵头单位，原稿为“区综治中心”】, 【…，请核实】), or a note of
 * what the earlier draft said (【原稿为“区经信局”，已按机构改革后名称调整】). Not a gap left to fill (【待定：牵头单位】, 【请填写】):
 * placeholder-unfilled lists those.
 */
const QUERY = new RegExp(
  `[【〔]\\s*(?:(?:原稿|原文|原表述|原提法)[^】〕\\n]{0,120}|[^】〕\\n]{0,60}?(?:请|請)[^】〕\\n]{0,30}?(?:核实|核實|确认|確認|核对|核對|审核|審核|把关|把關)[^】〕\\n]{0,60})[】〕]`,
  'g',
);

/**
 * A line that is a reviewer's remark or an editor's note from its start: 修改意见：…, 审核意见：…, 编者按：…,
 * 批注3：… (a line of the plan never opens with these words and a colon).
 */
const COMMENT_LINE = /^[ \t\u3000]*(?:修改意见|修改建议|审核意见|审阅意见|审改意见|修订意见|校对意见|编者按|编者注|批注[0-9０-９]{0,3})[ \t\u3000]*[：:][^\n\r]*/gm;
/**
 * A line opening with the bracketed label of a comment or of its answer, as a draft sent back with the comments answered
 * inline has them (【反馈意见】自治区…：…, 【采纳情况】已采纳，修改为“…”（原表述为“…”）): the exchange, not the plan.
 */
const REPLY_LINE = /^[ \t\u3000]*[【〔［\[]\s*(?:反馈意见|修改意见|审核意见|审阅意见|征求意见|意见|采纳情况|采纳意见|办理情况|处理情况|处理意见|修改情况|答复意见|答复|回复)\s*[】〕］\]][^\n\r]*/gm;
/**
 * A drafter's note on a line of its own saying where a measure comes from and what the higher level asked (【说明】本条落实
 * 自治区任务清单第48项，自治区由自治区政府办公厅牵头，时限为2024年): the higher level's bodies and dates, not the plan's. A
 * 【说明】 that says nothing of a higher level (a legend of the plan's own short forms) is the plan's and is read.
 */
const SOURCE_NOTE_LINE = /^[ \t\u3000]*[【〔［\[]\s*(?:说明|說明|注|起草说明|起草說明|编者注|備注|备注)\s*[】〕］\]](?=[^\n\r]*(?:任务清单第|任務清單第|自治区由|自治區由|自治区要求|自治區要求|上级要求|上級要求|自治区时限|自治區時限|对应自治区|對應自治區))[^\n\r]*/gm;
/** What every SOURCE_NOTE_LINE holds: its bracketed label. */
const SOURCE_NOTE_WORD = /(?:说明|說明|注|备注|備注)\s*[】〕］\]]/;
/** A mark that the line is to be deleted: 【删除】, （删除）, 〔拟删除〕 (global: reset lastIndex). */
const DELETION = new RegExp(`${OPEN}\\s*(?:删除|删去|拟删除|拟删去|建议删除)\\s*${CLOSE}`, 'g');
/** Cheap test before the patterns run: no review word, no review. */
const REVIEW_WORD = /原稿|原文|原表述|原提法|核实|核實|确认|確認|核对|核對|把关|把關|批注|修改意见|修改建议|审核|审阅|审改意见|修订意见|校对意见|编者|删除|删去|意见[：:]|建议[：:]|[：:](?:建议|建議|此项|此項|该项|該項)|采纳|採納|意见[】〕］\]]|情况[】〕］\]]|答复|回复|(?:说明|說明|注)[】〕］\]]/;

/** The draft with every reviewer's comment replaced by spaces of the same length (the same string when there is none). */
export function blankReviewComments(text: string): string {
  if (!REVIEW_WORD.test(text)) return text;
  COMMENT.lastIndex = 0;
  BODY_COMMENT.lastIndex = 0;
  ANSWER.lastIndex = 0;
  QUERY.lastIndex = 0;
  COMMENT_LINE.lastIndex = 0;
  REPLY_LINE.lastIndex = 0;
  SOURCE_NOTE_LINE.lastIndex = 0;
  const blank = (m: string) => ' '.repeat(m.length);
  const out = text.replace(COMMENT, blank).replace(BODY_COMMENT, blank).replace(ANSWER, blank).replace(QUERY, blank).replace(COMMENT_LINE, blank).replace(REPLY_LINE, blank);
  return SOURCE_NOTE_WORD.test(out) ? out.replace(SOURCE_NOTE_LINE, blank) : out;
}

/** The lines (start and end offsets) that a review marks for deletion. */
export function linesMarkedDeleted(text: string): { start: number; end: number }[] {
  if (!REVIEW_WORD.test(text)) return [];
  const out: { start: number; end: number }[] = [];
  DELETION.lastIndex = 0;
  for (const m of text.matchAll(DELETION)) {
    const start = text.lastIndexOf('\n', m.index! - 1) + 1;
    if (out.length && out[out.length - 1]!.start === start) continue;
    const end = text.indexOf('\n', m.index!);
    out.push({ start, end: end < 0 ? text.length : end });
  }
  return out;
}

/** One run inside a revision mark: any text but a closing bracket or a line break, with one pair of brackets inside. */
const MARKED = `(?:[^${CLOSE_CHARS}（(\\n]|[（(][^（）()\\n]{0,30}[）)]){0,200}`;
/** A deletion with its text: [删除：2025年底前], 【删去：…】, （删除：…）. */
const DELETED_TEXT = new RegExp(`${OPEN}\\s*(?:删除|删去|删掉|已删除)\\s*[：:]${MARKED}${CLOSE}`, 'g');
/** An insertion with its text: [插入：2024年底前], 【增加：…】. Group 1: the opening mark; 2: the text; 3: the close. */
const INSERTED_TEXT = new RegExp(`(${OPEN}\\s*(?:插入|已插入|增加|新增|添加)\\s*[：:])(${MARKED})(${CLOSE})`, 'g');
/**
 * A revision note Word's comments pane leaves when saved as text: a label (修订, 修改, 修订记录; perhaps with who made
 * it in brackets), a colon, and what the revision did to the quoted words: 【修订：删除“2025年底前”】,
 * 【修改（区司法局）：插入“和应急演练”】, 【修订：将“2025年”改为“2024年”】. Group 1: the words it removed (删除…); group 2: the
 * mark before the words it put in; 3: those words; 4: the mark after them.
 */
const REVISION_NOTE = new RegExp(
  `${OPEN}\\s*(?:修订记录|修订|修改)(?:[（(][^（）()\\n]{1,16}[）)])?\\s*[：:]\\s*` +
    `(?:(?:删除|删去|删掉)\\s*[“"「][^”"」\\n]{1,200}[”"」]\\s*${CLOSE}|` +
    `((?:插入|增加|新增|添加)\\s*[“"「]|将\\s*[“"「][^”"」\\n]{1,200}[”"」]\\s*(?:改为|修改为|调整为|更正为)\\s*[“"「])([^”"」\\n]{1,200})([”"」]\\s*${CLOSE}))`,
  'g',
);
/** Struck-out text in Markdown or HTML (~~2025年~~, <del>…</del>, <s>…</s>); an HTML insertion's tags. */
const STRUCK = /~~[^~\n]{1,200}~~|<(del|s|strike)>[^<\n]{0,200}<\/\1>/g;
const INSERT_TAG = /<\/?ins>/g;
/** Cheap test before the patterns run: a revision's opening mark (not 新增 or 删除 in the plan's own words). */
const REVISION_WORD = /[【（(〔［\[]\s*(?:删除|删去|删掉|已删除|插入|已插入|增加|新增|添加|修订记录|修订|修改)\s*(?:[（(][^（）()\n]{1,16}[）)])?\s*[：:]|~~|<\/?(?:del|s|strike|ins)>/;

/**
 * The draft with its tracked changes read as accepted: what a revision deleted blanked with its marks,
 * what it inserted kept and its marks blanked, every offset as in the draft.
 */
export function blankTrackedChanges(text: string): string {
  if (!REVISION_WORD.test(text)) return text;
  const blank = (m: string) => ' '.repeat(m.length);
  return text
    // A note of what a revision did: kept only the words it put in (none, for a deletion).
    .replace(REVISION_NOTE, (m: string, _open?: string, inner?: string, close?: string) =>
      inner === undefined ? blank(m) : blank(m.slice(0, m.length - inner.length - close!.length)) + inner + blank(close!))
    .replace(DELETED_TEXT, blank)
    .replace(INSERTED_TEXT, (_m, open: string, inner: string, close: string) => blank(open) + inner + blank(close))
    .replace(STRUCK, blank)
    .replace(INSERT_TAG, blank);
}
