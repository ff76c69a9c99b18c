// A draft sent out for comment is often a PDF that numbers every line (征求意见稿 with 行号), so that a
// reviewer can write 第35行. Copied out, each line starts with its number and a space or two (1  平罗县…,
// 2  （征求意见稿）, 3  为深入贯彻…), and the PDF's lines wrap sentences, names and dates anywhere. The numbers
// are no part of the plan, nor are the page footers between them (第 3 页 共 12 页): analysis reads the draft with
// them blanked (same length, so offsets hold), and a sentence wrapped over numbered lines and pages reads on as any
// wrapped sentence does.
import { someLineOpening } from './blank';

/**
 * A line's number: digits, then spaces or one tab before its text (a review system's export: ` 41⇥推进…`). A table's
 * 序号 column is tab-separated too, but its rows have more columns after it (see COLUMN_GAP).
 */
const LINE_NUMBER = /^[ \u3000]*([0-9]{1,4})(?:[ \u3000]+|\t)(?=\S)/;
/**
 * Lines that may stand between numbered lines: a page's footer or number (第 3 页 共 12 页, - 3 -), a running header
 * or footer ending in the page's number (灵武市人民政府办公室  送审稿  第 2 页), or nothing.
 */
const BETWEEN = /^[ \t\u3000]*(?:(?:[^\n]{0,60}[ \t\u3000])?第\s*[0-9]{1,4}\s*页(?:\s*[，,／/]?\s*共\s*[0-9]{1,4}\s*页)?|[—–\-－]?\s*[0-9]{1,4}\s*[—–\-－]?|[0-9]{1,4}\s*[／/]\s*[0-9]{1,4})?[ \t\u3000]*$/;
/** A table's header whose first column numbers its rows (编号⇥完成时限, 序号⇥牵头单位⇥配合单位). */
const NUMBER_HEADER = /^[ \u3000]*(?:序号|序號|编号|編號)\t/;
/** Fewest numbered lines in a run for it to be read as line numbers. */
const MIN_RUN = 12;
/** A line ending so is a sentence's or a heading's end; a PDF's wrapped line mostly ends inside a sentence. */
const LINE_END = /[。；;！!？?：:]\s*$/;
/** A gap of two spaces or a tab inside a line's text: a column of a table laid out with spaces. */
const COLUMN_GAP = /\S(?: {2,}|\t|\u3000{2,})\S/;
/**
 * Two single ideographic spaces between words, or two bars: a row whose cells stand apart so (推进…　区大数据局牵头　2024年, as a
 * repost flattens a table; | 推进… | 区大数据中心 | 2024年底前, as a table typed by hand).
 */
const SPACED_COLUMNS = /\S\u3000\S[^\n]*\S\u3000\S|[|｜][^|｜\n]*[|｜]/;

interface Numbered {
  /** A page's footer between numbered lines: blanked with the run. */
  footer?: boolean;
  /** The span of the number and the spaces after it. */
  start: number;
  end: number;
  no: number;
  /** The line's text after the number ends inside a sentence. */
  wrapped: boolean;
  /** The line's text has a column gap. */
  columns: boolean;
}

/** Cheap test, line start by line start (a pattern over the whole text tries every character): a line opens with a digit. */
function someLineNumbered(text: string): boolean {
  return someLineOpening(text, (i) => {
    const c = text.charCodeAt(i);
    return c >= 0x30 && c <= 0x39 && LINE_NUMBER.test(text.slice(i, i + 16));
  });
}

/** The draft with the numbers of a line-numbered copy blanked; the same string when it is none. */
export function blankLineNumbers(text: string): string {
  if (!someLineNumbered(text)) return text;
  const spans: { start: number; end: number }[] = [];
  let run: Numbered[] = [];
  // Whether the line before the run is a table's header (编号⇥完成时限): the run is that table's rows of two columns.
  let underHeader = false;
  let previous = '';
  const close = (): void => {
    // Line numbers: a long run, most of it text wrapped at the page's width, not a numbered list of sentences
    // (1 推进…。 2 完善…。) nor a table laid out with spaces (1  推进…  县大数据中心  2024年), nor the rows under a header.
    const lines = run.filter((n) => !n.footer);
    if (!underHeader && lines.length >= MIN_RUN && lines.filter((n) => n.wrapped).length * 4 >= lines.length && lines.filter((n) => n.columns).length * 3 < lines.length) {
      // A footer is blanked with the line break before it, so that the line it broke reads on into the next.
      for (const n of run) spans.push(n.footer ? { start: n.start - (text[n.start - 2] === '\r' ? 2 : 1), end: n.end } : { start: n.start, end: n.end });
    }
    run = [];
  };
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end > start && text[end - 1] === '\r' ? end - 1 : end);
    const m = LINE_NUMBER.exec(line);
    if (m) {
      const no = Number(m[1]);
      let last: Numbered | undefined;
      for (let k = run.length - 1; k >= 0 && !last; k--) if (!run[k]!.footer) last = run[k];
      // The next number, or a page's numbering starting again from 1.
      if (last && no !== last.no + 1 && no !== 1) close();
      if (!run.length) underHeader = NUMBER_HEADER.test(previous);
      const rest = line.slice(m[0].length);
      run.push({ start, end: start + m[0].length, no, wrapped: !LINE_END.test(rest), columns: COLUMN_GAP.test(rest) || SPACED_COLUMNS.test(rest) });
    } else if (!run.length || !BETWEEN.test(line)) close();
    else if (line.trim()) run.push({ start, end: start + line.length, no: -1, wrapped: false, columns: false, footer: true });
    previous = line;
    start = end + 1;
  }
  close();
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (const sp of spans) {
    const piece = text.slice(sp.start, sp.end);
    out += text.slice(at, sp.start) + (piece.includes('\n') ? ' '.repeat(piece.length) : piece.replace(/[^\n\r]/g, ' '));
    at = sp.end;
  }
  return out + text.slice(at);
}
