// Rebuilds lines, paragraphs and table rows from positioned text runs, for the fixed-layout readers
// (pdf.ts: pdf.js text items; ofd.ts: OFD TextCodes); drops running headers, footers and page numbers.

/** One run of text placed on a page: baseline start, advance width and font size, in points, y upwards. */
export interface PlacedRun {
  text: string;
  x: number;
  y: number;
  w: number;
  size: number;
}

export interface LayoutParagraph {
  start: number;
  end: number;
  /** 1-based number among the paragraphs and table rows. */
  index: number;
  kind: 'paragraph' | 'table-row';
  /** The page the paragraph or row starts on (1-based). */
  page: number;
}

interface Segment {
  x0: number;
  x1: number;
  text: string;
}

/** One line of a page: its runs joined, split into segments at wide gaps (table cells). */
export interface Line {
  page: number;
  y: number;
  size: number;
  x0: number;
  x1: number;
  segments: Segment[];
}

/** Page numbers as printed in footers: — 3 —, - 3 -, 3, 第3页, 第 3 页 共 12 页, 3/12. */
const PAGE_NUMBER = /^(?:[-—–－‒―~\s]*\d{1,4}[-—–－‒―~\s]*|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9.,;:%)\]]/.test(c);
const isWordStart = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9(\[]/.test(c);

/** Groups a page's runs into lines (top to bottom) and each line into segments split at wide gaps. */
export function linesOf(runs: readonly PlacedRun[], page: number): Line[] {
  const glyphs = runs.filter((run) => run.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; glyphs: PlacedRun[] }[] = [];
  for (const glyph of glyphs) {
    const line = lines.find((l) => Math.abs(l.y - glyph.y) < Math.min(l.size, glyph.size) * 0.45);
    if (line) {
      line.glyphs.push(glyph);
      line.size = Math.max(line.size, glyph.size);
    } else lines.push({ y: glyph.y, size: glyph.size, glyphs: [glyph] });
  }
  lines.sort((a, b) => b.y - a.y);
  return lines.map((line) => {
    const sorted = line.glyphs.sort((a, b) => a.x - b.x);
    const segments: Segment[] = [];
    for (const glyph of sorted) {
      const last = segments[segments.length - 1];
      const gap = last ? glyph.x - last.x1 : Infinity;
      if (last && gap < line.size * 0.3) {
        const space = gap > line.size * 0.2 && isWordChar(last.text[last.text.length - 1]) && isWordStart(glyph.text.trimStart()[0]) ? ' ' : '';
        last.text += space + glyph.text;
        last.x1 = Math.max(last.x1, glyph.x + glyph.w);
      } else segments.push({ x0: glyph.x, x1: glyph.x + glyph.w, text: glyph.text });
    }
    for (const s of segments) s.text = s.text.replace(/\s+/g, (ws, off: number, all: string) => (isWordChar(all[off - 1]) && isWordStart(all[off + ws.length]) ? ' ' : '')).trim();
    return { page, y: line.y, size: line.size, x0: segments[0]!.x0, x1: segments[segments.length - 1]!.x1, segments: segments.filter((s) => s.text !== '') };
  }).filter((line) => line.segments.length > 0);
}

/** The number of visible (non-space) characters on the pages' lines. */
export function visibleCharacters(pages: readonly Line[][]): number {
  return pages.reduce((sum, lines) => sum + lines.reduce((s, l) => s + l.segments.reduce((t, g) => t + g.text.replace(/\s/g, '').length, 0), 0), 0);
}

/**
 * The text of the pages' lines: running headers, footers and page numbers dropped (`pages` is
 * changed), lines joined into paragraphs and table rows, each with the page it starts on.
 */
export function layoutText(pages: Line[][]): { text: string; paragraphs: LayoutParagraph[] } {
  dropRunningLines(pages);
  return assemble(pages.flat());
}

const lineText = (line: Line): string => line.segments.map((s) => s.text).join(' ');

/**
 * Drops page numbers at the top or bottom of a page, and running headers or footers: the same text
 * first or last on most pages (digits ignored, so 第3页 and 第4页 match).
 */
function dropRunningLines(pages: Line[][]): void {
  const key = (line: Line | undefined): string | undefined => (line ? lineText(line).replace(/\d+/g, '#') : undefined);
  const count = (pick: (lines: Line[]) => Line | undefined): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const lines of pages) {
      const k = key(pick(lines));
      if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    return counts;
  };
  for (let pass = 0; pass < 2; pass++) {
    const firsts = count((lines) => lines[0]);
    const lasts = count((lines) => lines[lines.length - 1]);
    for (const lines of pages) {
      const last = lines[lines.length - 1];
      if (last && (PAGE_NUMBER.test(lineText(last)) || (pages.length >= 3 && (lasts.get(key(last)!) ?? 0) >= Math.max(3, pages.length / 2)))) lines.pop();
      const first = lines[0];
      if (first && (PAGE_NUMBER.test(lineText(first)) || (pages.length >= 3 && (firsts.get(key(first)!) ?? 0) >= Math.max(3, pages.length / 2)))) lines.shift();
    }
  }
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  let best = values[0] ?? 0;
  let most = 0;
  for (const [v, n] of counts) if (n > most || (n === most && v < best)) [best, most] = [v, n];
  return best;
}

/**
 * Joins lines into paragraphs and table rows. A body line continues the paragraph above when that
 * line reached the right margin and this one starts at the left margin (not indented). Lines with
 * several segments open a table: its first line gives the column starts, each segment goes to the
 * column it starts in, and a row ends where the next line puts text in the first column or the
 * gap between lines is wider than a wrapped line's.
 */
function assemble(lines: Line[]): { text: string; paragraphs: LayoutParagraph[] } {
  const prose = lines.filter((l) => l.segments.length === 1);
  const size = mode(prose.map((l) => l.size)) || 12;
  // The left margin is where unindented lines start: the leftmost common start of body-size lines.
  const starts = prose.filter((l) => Math.abs(l.size - size) < 1).map((l) => l.x0).sort((a, b) => a - b);
  const left = starts[Math.floor(starts.length * 0.05)] ?? 0;
  const ends = prose.filter((l) => Math.abs(l.size - size) < 1).map((l) => l.x1).sort((a, b) => a - b);
  const right = ends[Math.floor(ends.length * 0.9)] ?? left + 30 * size;
  const out: { text: string; page: number; kind: LayoutParagraph['kind'] }[] = [];
  let previous: Line | undefined;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.segments.length >= 2) {
      k = readTable(lines, k, out) - 1;
      previous = undefined;
      continue;
    }
    const text = line.segments[0]!.text;
    const continues =
      previous !== undefined &&
      previous.x1 >= right - previous.size * 1.2 &&
      line.x0 <= left + line.size * 0.5 &&
      Math.abs(previous.size - line.size) < 1;
    if (continues) {
      const last = out[out.length - 1]!;
      last.text += isWordChar(last.text[last.text.length - 1]) && isWordStart(text[0]) ? ' ' + text : text;
    } else out.push({ text, page: line.page, kind: 'paragraph' });
    previous = line;
  }
  let text = '';
  const paragraphs: LayoutParagraph[] = [];
  out.forEach((p, k) => {
    const start = text.length;
    text += p.text;
    paragraphs.push({ start, end: text.length, index: k + 1, kind: p.kind, page: p.page });
    text += '\n';
  });
  return { text, paragraphs };
}

/** Reads the table starting at `lines[from]`; returns the index of the first line after it. */
function readTable(lines: Line[], from: number, out: { text: string; page: number; kind: LayoutParagraph['kind'] }[]): number {
  const header = lines[from]!;
  const starts = header.segments.map((s) => s.x0);
  const tolerance = header.size * 0.8;
  const columnOf = (x: number): number => {
    let column = 0;
    starts.forEach((start, c) => {
      if (x >= start - tolerance) column = c;
    });
    return column;
  };
  const inTable = (line: Line): boolean =>
    line.segments.length >= 2 || (line.x0 >= starts[0]! - tolerance && starts.some((s, c) => c > 0 && Math.abs(s - line.x0) < tolerance));
  let row: { cells: string[][]; page: number; lastY: number; lastPage: number } | undefined;
  const flush = (): void => {
    if (row) out.push({ text: row.cells.map((parts) => joinParts(parts)).join('\t'), page: row.page, kind: 'table-row' });
    row = undefined;
  };
  let k = from;
  for (; k < lines.length; k++) {
    const line = lines[k]!;
    if (k > from && !inTable(line) && !(row && line.segments.length === 1 && columnOf(line.x0) === 0 && line.x0 > starts[0]! - tolerance && line.x1 < (starts[1] ?? Infinity))) break;
    const placed = line.segments.map((s) => ({ column: columnOf(s.x0), text: s.text }));
    const firstColumn = placed.some((p) => p.column === 0);
    const wideGap = row !== undefined && row.lastPage === line.page && row.lastY - line.y > line.size * 1.75;
    if (!row || k === from + 1 || firstColumn || wideGap) {
      flush();
      row = { cells: starts.map(() => []), page: line.page, lastY: line.y, lastPage: line.page };
    }
    for (const p of placed) row.cells[p.column]!.push(p.text);
    row.lastY = line.y;
    row.lastPage = line.page;
  }
  flush();
  return k;
}

function joinParts(parts: string[]): string {
  return parts.reduce((all, part) => (all && isWordChar(all[all.length - 1]) && isWordStart(part[0]) ? `${all} ${part}` : all + part), '');
}
