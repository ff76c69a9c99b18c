// A draft copied out of a PDF keeps the page's line breaks: each paragraph is cut into lines of the same
// width, wherever the width ran out, inside a body's name (县工业信息⏎化和商务局), a bracket (（单⏎位）) or a date
// (到2025⏎年底). Such a draft is read unwrapped: each paragraph's lines joined into one, the line breaks taken
// out moved to its end as spaces (the same length), with a map from every unwrapped offset back to the draft.
import type { Reflow } from './layout-table';

/** Shortest line that counts towards the page's width (display columns: twenty Chinese characters). */
const MIN_WIDTH = 40;
/** Fewest full lines, and their least share of the draft's lines, for a draft to be read as hard-wrapped. */
const MIN_FULL_LINES = 8;
const MIN_FULL_SHARE = 0.3;
/** Longest mean line (characters) of a hard-wrapped draft: its lines are a page's width, tables and short lines among them. */
const MAX_MEAN_LINE = 60;
/** A line this much narrower than the page (display columns: two characters), or wider (one), is no full line. */
const SHORT_BY = 4;
const LONG_BY = 2;

/**
 * A line that opens a paragraph of its own: indented, or a heading's or an item's number (一、 （三） 2. (1) 第五条), or a
 * line's own number in a copy numbered line by line (12  政府建设的…, which text/line-numbers.ts reads; not a year written
 * apart from its 年, 2025 年底, that a wrapped line may open with).
 */
const OPENS_PARAGRAPH = /^(?:[ \t\u3000]|[0-9０-９]{1,4}[ \t\u3000](?![ \t\u3000]*[年月日])|[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|[0-9０-９]{1,2}[.．、](?![0-9０-９])|第[一二三四五六七八九十百]{1,4}[章节条部])/;
/** A page's furniture on a line of its own: 第 3 页 共 12 页, — 2 —, a bare page number, a form feed. It breaks no paragraph's words. */
const FURNITURE = /^[ \t\u3000]*(?:\f|第[ \t\u3000]*[0-9０-９]{1,4}[ \t\u3000]*页|[—–\-－‒]{1,2}[ \t\u3000]*[0-9０-９]{1,4}[ \t\u3000]*[—–\-－‒]{1,2}|[0-9０-９]{1,4}[ \t\u3000]*$)/;
/** A line opening with its own number (12  政府建设的…): text/line-numbers.ts reads such a copy. */
const LINE_NUMBER = /^[ \t\u3000]*[0-9０-９]{1,4}[ \t\u3000](?![ \t\u3000]*[年月日])/;

/** The end of a sentence: a paragraph may end there (the next line then opens a new one, unless it is a note in brackets). */
const SENTENCE_END = /[。！？!?；;：:]$/;

interface Line {
  start: number;
  /** Where the line's text ends, before \r\n or \n. */
  end: number;
  /** Where the next line starts. */
  next: number;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let at = 0;
  while (at <= text.length) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    const end = nl > at && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    out.push({ start: at, end, next: nl + 1 });
    at = nl + 1;
  }
  return out;
}

const isBlank = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x3000;

/**
 * Display width of a line's text without the spaces at its end, as the page laid it out: a Chinese or full-width
 * character counts two, a digit or Latin letter one (2024年12月10日前 is as wide as nine characters and a half).
 */
function width(text: string, l: Line): number {
  let e = l.end;
  while (e > l.start && isBlank(text.charCodeAt(e - 1))) e--;
  let w = 0;
  for (let c = l.start; c < e; c++) w += text.charCodeAt(c) < 0x1100 ? 1 : 2;
  return w;
}

/** Whether the line holds a tab (a table's row). */
function hasTab(text: string, l: Line): boolean {
  for (let c = l.start; c < l.end; c++) if (text.charCodeAt(c) === 0x09) return true;
  return false;
}

/**
 * The page width of a hard-wrapped draft: the display width (within two columns either side) that the most lines of
 * MIN_WIDTH or more have, when they are at least MIN_FULL_LINES and MIN_FULL_SHARE of the draft's lines; else undefined. A table's
 * lines (tabs) do not count.
 */
function pageWidth(text: string, lines: Line[]): number | undefined {
  const counts = new Map<number, number>();
  let nonEmpty = 0;
  for (const l of lines) {
    const w = width(text, l);
    if (w === 0) continue;
    nonEmpty++;
    if (w < MIN_WIDTH || hasTab(text, l)) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let best: number | undefined;
  let bestCount = 0;
  for (const w of counts.keys()) {
    const n = (counts.get(w - 2) ?? 0) + (counts.get(w - 1) ?? 0) + (counts.get(w) ?? 0) + (counts.get(w + 1) ?? 0) + (counts.get(w + 2) ?? 0);
    if (n > bestCount || (n === bestCount && best !== undefined && w < best)) (best = w), (bestCount = n);
  }
  if (best === undefined || bestCount < MIN_FULL_LINES || bestCount < MIN_FULL_SHARE * nonEmpty) return undefined;
  // The most common width among the five: the page's.
  let page = best;
  for (const w of [best - 2, best - 1, best + 1, best + 2]) if ((counts.get(w) ?? 0) > (counts.get(page) ?? 0)) page = w;
  return page;
}

/**
 * The draft with its hard-wrapped paragraphs joined, or undefined when it is not hard-wrapped. A line is joined to the
 * next when it is full (its width within SHORT_BY below and LONG_BY above the page's, no tab) and the next line
 * goes on with the paragraph: it is not empty, holds no tab, and opens no paragraph of its own (OPENS_PARAGRAPH). After
 * the end of a sentence only a note in brackets goes on (…融合应用。⏎（牵头单位：…）). Every character is kept.
 */
export function unwrapHardWrapped(text: string): Reflow | undefined {
  if (text.length < 200) return undefined;
  // Cheap test first: a page's lines are short (thirty-odd characters), so a draft whose lines run longer on average, as
  // a paragraph to a line does, is not hard-wrapped.
  let breaks = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) breaks++;
  if (breaks === 0 || text.length / (breaks + 1) > MAX_MEAN_LINE) return undefined;
  const lines = linesOf(text);
  const page = pageWidth(text, lines);
  if (page === undefined) return undefined;
  // A copy numbered line by line is read as such (its numbers blanked), not unwrapped.
  let numbered = 0;
  let nonEmpty = 0;
  for (const l of lines) {
    if (l.end === l.start) continue;
    nonEmpty++;
    if (LINE_NUMBER.test(text.slice(l.start, Math.min(l.end, l.start + 8)))) numbered++;
  }
  if (numbered * 2 >= nonEmpty) return undefined;
  const joins = new Uint8Array(lines.length);
  let any = false;
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i]!;
    const w = width(text, l);
    if (w < page - SHORT_BY || w > page + LONG_BY) continue;
    if (hasTab(text, l)) continue;
    const n = lines[i + 1]!;
    const next = text.slice(n.start, n.end);
    if (!next.trim() || hasTab(text, n) || OPENS_PARAGRAPH.test(next) || FURNITURE.test(next)) continue;
    if (SENTENCE_END.test(text.slice(l.start, l.end).trimEnd().slice(-1)) && !/^[（(]/.test(next)) continue;
    joins[i] = 1;
    any = true;
  }
  if (!any) return undefined;
  const out: string[] = [];
  const map = new Int32Array(text.length + 1);
  let k = 0;
  const put = (ch: string, at: number) => {
    out.push(ch);
    map[k++] = at;
  };
  for (let i = 0; i < lines.length; ) {
    // A paragraph: lines i..j, each joined to the next but the last.
    let j = i;
    while (joins[j]) j++;
    const moved: number[] = [];
    for (let q = i; q <= j; q++) {
      const l = lines[q]!;
      // A joined line's own trailing spaces go on as they are; its line break is moved to the paragraph's end.
      for (let c = l.start; c < l.end; c++) put(text[c]!, c);
      if (q < j) for (let c = l.end; c < l.next; c++) moved.push(c);
    }
    for (const at of moved) put(' ', at);
    const last = lines[j]!;
    for (let c = last.end; c < Math.min(last.next, text.length); c++) put(text[c]!, c);
    i = j + 1;
  }
  map[k] = text.length;
  return { text: out.join(''), map };
}
