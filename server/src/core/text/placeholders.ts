// What a drafter leaves where the text is not settled yet: the 【待填】 marker, a unit or date still
// 待定, and gaps in a name or a date (县XX局, ××镇, 2024年X月). An unfinished plan is not a wrong one:
// the unit and deadline rules leave these alone and placeholder-unfilled lists them.

/** The marker `xianjie init` writes where local content is due. */
export const PLACEHOLDER = '【待填】';

/** 【待填】 or 【待填：说明】, as written by hand or by the scaffold (global: reset lastIndex). */
export const MARKER = /【\s*待填\s*(?:[：:][^】\n]{0,60})?】/g;

/**
 * A unit or a deadline written as not settled yet: 待定, 待明确, 另行确定…, or waiting on someone
 * (待县大数据服务中心确认, 待研究确定).
 */
const PENDING = /^[（(]?\s*(?:待定|待明确|待明確|待确定|待確定|待补充|待補充|另定|另行确定|另行確定|暂定|暫定|待[^，。；,;]{1,20}?(?:确认|確認|确定|確定|核实|核實|明确|明確|补充|補充|研究))\s*[）)]?$/;

/**
 * A gap in a name or a date: two or more X or × (县XX局, ××镇), 某某, blanks to write on (____年,
 * 县□□□, （  ）%), or an X standing for the month or the day (2024年X月, X月12日). Not ○○ or 〇〇,
 * which write zeros in dates (二○○三年), nor **.
 */
export const GAP = /[XxＸｘ]{2,}|×{2,}|某某|_{2,}|＿{2,}|□+|[（(][ \u3000]+[）)]|(?<=[年\d]\s*)[XxＸｘ](?=\s*月)|[XxＸｘ](?=\s*月\s*\d{1,2}\s*日)|(?<=月\s*)[XxＸｘ]{1,2}(?=\s*日)/;

/**
 * A cell left empty on purpose, or marked as not applying to its row: —, ——, /, ×, 无, 暂无, 空, 不涉及, or the 0 a
 * spreadsheet shows for an empty formula. It names nobody and sets no date.
 */
export const EMPTY_CELL = /^[\s\u3000]*(?:[—–―\-－~～/／\\×、]+|无|無|暂无|暫無|空|不涉及|不适用|不適用|0)[\s\u3000]*$/;

/**
 * A measure cell or item that says its task does not apply here (本市不涉及，由自治区统一建设; 不适用本级;
 * 本项任务不再单独部署): it opens with the declaration, or is one short sentence ending with it. A
 * measure that mentions a part left to others (…，本市不涉及的部分由银川市统一实施) is not one.
 */
export function declaresNotApplicable(s: string): boolean {
  const t = s.trim();
  return NOT_APPLICABLE_START.test(t) || (t.length <= 40 && NOT_APPLICABLE_END.test(t));
}

const NOT_APPLICABLE_START = /^(?:本(?:市|县|縣|区|區|旗|级|級|单位|單位)|我(?:市|县|縣|区|區))?(?:暂|暫)?(?:不涉及|不适用|不適用|无此项|無此項|不承担|不承擔)/;
const NOT_APPLICABLE_END = /(?:本项|本項|该项|該項)?(?:任务|任務)?不再(?:单独|單獨)?(?:部署|开展|開展)[。.]?$|(?:本(?:市|县|縣|区|區|级|級))(?:暂|暫)?(?:不涉及|不适用|不適用)[。.]?$/;

/**
 * A drafter's own marker in 【】 for what is still open: 【待填】, 【待定：牵头单位】, 【待确认】 (global: reset lastIndex).
 * MARKER is the 【待填】 the scaffold writes; these are its kin a drafting office writes by hand.
 */
export const DRAFT_MARKER = /【\s*(?:待填|待定|待确认|待確認|待明确|待明確|待补充|待補充)\s*(?:[：:][^】\n]{0,60})?】/g;

/** Whether a whole cell or value is a placeholder: 【待填】, 【待定：…】, or 待定 and its kin. */
export function isPlaceholder(s: string): boolean {
  const t = s.trim();
  if (PENDING.test(t)) return true;
  const m = WHOLE_DRAFT_MARKER.exec(t);
  return m !== null && m[0].length === t.length;
}

/** DRAFT_MARKER at the start, without the global flag (no lastIndex left behind for another use). */
const WHOLE_DRAFT_MARKER = new RegExp(`^(?:${DRAFT_MARKER.source})`);

/** Whether a name or a date has a gap left to fill (县XX局, 2024年X月). */
export function hasGap(s: string): boolean {
  return GAP.test(s);
}

/** Where a gap can start: every GAP match starts with one of these (the X of 2024年X月 included). */
const GAP_START = /[XxＸｘ×某_＿□]|[（(][ \u3000]/g;
const GAP_AT = new RegExp(GAP.source, 'y');

/**
 * The gaps in a text, with their offsets: the matches of GAP over the whole text, found by trying it
 * only where a gap can start (a long plan has few such places; the lookbehinds are costly elsewhere).
 */
export function findGaps(text: string): { start: number; end: number; gap: string }[] {
  const out: { start: number; end: number; gap: string }[] = [];
  GAP_START.lastIndex = 0;
  for (let m = GAP_START.exec(text); m; m = GAP_START.exec(text)) {
    GAP_AT.lastIndex = m.index;
    const g = GAP_AT.exec(text);
    if (!g) continue;
    out.push({ start: g.index, end: g.index + g[0].length, gap: g[0] });
    GAP_START.lastIndex = g.index + g[0].length;
  }
  return out;
}
