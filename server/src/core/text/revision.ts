// A revision's comparison table (修改对照表: 序号 | 原稿表述 | 修改后表述 | 修改理由): the earlier draft's words and
// the reasons for the change are the history of the plan, not the plan. Analysis reads the draft with those
// columns blanked (same length, so offsets hold); the revised wording stays, and is checked like the rest.
import { blankSpans } from './blank';

/** A column holding the earlier wording. */
const BEFORE = /^(?:原稿|原文|原|修改前|修订前|征求意见稿|送审稿|初稿)(?:表述|内容|条款|文字|写法)?$|^(?:原稿|原文|原)(?:表述|内容|条款)/;
/** A column holding the revised wording. */
const AFTER = /修改后|修订后|调整后|修改为|现表述|修改稿表述|定稿表述/;
/** A column giving the reason or the source of a change. */
const REASON = /理由|原因|说明|依据|意见来源|采纳情况|备注/;

/** Cells of a line: tab-separated, or a Markdown pipe row. */
function cellsOf(line: string): { start: number; end: number }[] | undefined {
  const pipe = /^\s*\|.*\|\s*$/.test(line);
  const sep = pipe ? '|' : '\t';
  if (!line.includes(sep)) return undefined;
  const cells: { start: number; end: number }[] = [];
  let start = pipe ? line.indexOf('|') + 1 : 0;
  const last = pipe ? line.lastIndexOf('|') : line.length;
  for (let i = start; i <= last; i++) {
    if (i === last || line[i] === sep) {
      cells.push({ start, end: i });
      start = i + 1;
    }
  }
  return cells;
}

const squeeze = (s: string): string => s.replace(/[\s\u3000*]/g, '');

/** The draft with the earlier-wording and reason columns of every comparison table blanked (the same string when there is none). */
export function blankRevisionTables(text: string): string {
  if (!/修改|修订|调整/.test(text)) return text;
  const spans: { start: number; end: number }[] = [];
  let lineStart = 0;
  // The columns to blank while inside a table.
  let blank: number[] | undefined;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const cells = cellsOf(line);
    if (blank && cells && cells.length >= 2) {
      // A Markdown rule row (|---|---|) keeps its dashes: the table is read as a table still.
      if (cells.every((c) => /^\s*:?-{2,}:?\s*$/.test(line.slice(c.start, c.end)))) {
        lineStart = lineEnd + 1;
        continue;
      }
      for (const k of blank) {
        const c = cells[k];
        if (c && c.end > c.start) spans.push({ start: lineStart + c.start, end: lineStart + c.end });
      }
    } else {
      blank = undefined;
      if (cells && cells.length >= 2) {
        const names = cells.map((c) => squeeze(line.slice(c.start, c.end)));
        const before = names.findIndex((n) => BEFORE.test(n));
        if (before >= 0 && names.some((n, k) => k !== before && AFTER.test(n))) {
          blank = names.flatMap((n, k) => (k === before || REASON.test(n) ? [k] : []));
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return blankSpans(text, spans);
}

/**
 * What a sentence says is being replaced: an old date or an old lead introduced by 原定, 原计划, 原安排, 原由 or
 * 原为, to the next comma or stop (原定2025年12月底前完成, 原由区信息化中心牵头), when it holds a year or a body's
 * role. 调整为… after it is the arrangement now. (Group-free, global.)
 */
const SUPERSEDED = /(?<![还復复归])原(?:定|计划|計劃|安排|由|为|為)[^，,。；;）)\n\r]{2,40}/g;
const SUPERSEDED_WORD = /原(?:定|计划|計劃|安排|由|为|為)/;
const SUPERSEDED_HOLDS = /[0-9０-９]{4}\s*年|牵头|牽頭|负责|負責|配合/;

/** The draft with old arrangements being replaced (原定2025年底前完成, 原由…牵头) blanked; the same string when there is none. */
export function blankSuperseded(text: string): string {
  if (!SUPERSEDED_WORD.test(text)) return text;
  const spans: { start: number; end: number }[] = [];
  for (const m of text.matchAll(SUPERSEDED)) {
    if (SUPERSEDED_HOLDS.test(m[0])) spans.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return blankSpans(text, spans);
}

/**
 * The wording an erratum takes back, quoted: what it deletes (删除第二十条中“由县信息中心牵头…，2026年底前建成…”)
 * and what it corrects (“2025年底前”更正为“2024年底前”: the first). Only in a text that says it corrects (更正, 勘误).
 * (Global.)
 */
const ERRATA_DELETED = /(?:删除|删去|刪除)[^“"\n]{0,24}[“"]([^”"\n]{1,240})[”"]/g;
const ERRATA_REPLACED = /[“"]([^”"\n]{1,120})[”"](?:均|一律|统一|全部)?(?:更正为|修改为|改为|订正为)/g;

/** The draft with the wording its errata take back blanked (the same string when it has none). */
export function blankErrata(text: string): string {
  if (!/更正|勘误|勘誤/.test(text)) return text;
  const spans: { start: number; end: number }[] = [];
  for (const re of [ERRATA_DELETED, ERRATA_REPLACED]) {
    for (const m of text.matchAll(re)) {
      const start = m.index! + m[0].indexOf(m[1]!);
      spans.push({ start, end: start + m[1]!.length });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return blankSpans(text, merged);
}

