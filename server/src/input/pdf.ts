// Reads the text layer of a PDF draft with pdfjs-dist and rebuilds lines, paragraphs and table rows
// from glyph positions; drops running headers, footers and page numbers. Never throws.
import * as path from 'path';

export interface PdfParagraph {
  start: number;
  end: number;
  /** 1-based number among the paragraphs and table rows. */
  index: number;
  kind: 'paragraph' | 'table-row';
  /** The page the paragraph or row starts on (1-based). */
  page: number;
}

export type PdfResult = { ok: true; text: string; paragraphs: PdfParagraph[]; pages: number } | { ok: false; message: string };

interface Segment {
  x0: number;
  x1: number;
  text: string;
}

interface Line {
  page: number;
  y: number;
  size: number;
  x0: number;
  x1: number;
  segments: Segment[];
}

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** Page numbers as printed in footers: — 3 —, - 3 -, 3, 第3页, 第 3 页 共 12 页, 3/12. */
const PAGE_NUMBER = /^(?:[-—–－‒―~\s]*\d{1,4}[-—–－‒―~\s]*|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;

/**
 * pdf.js 5 reaches Node's fs, url and module through process.getBuiltinModule (Node 20.16 and later);
 * without it, reading CMaps (every Chinese CID font) fails. Older Node 20 releases, such as the
 * runtime of some VS Code versions the extension supports, get the same modules through require.
 */
function provideGetBuiltinModule(): void {
  const p = process as unknown as { getBuiltinModule?: (id: string) => unknown };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (typeof p.getBuiltinModule !== 'function') p.getBuiltinModule = (id: string) => require(id.replace(/^node:/, ''));
}

/**
 * pdf.js 5 makes a DOMMatrix as it loads. Node has none, and pdf.js's own source of one, the optional
 * @napi-rs/canvas (a native binary per platform, for rendering), is not in the .vsix: without it the
 * import fails. @thednp/dommatrix (MIT, a maintained JavaScript DOMMatrix) serves instead, in the CLI
 * and the editor alike; reading text never renders, so nothing else of the canvas is needed.
 */
function provideDomMatrix(): void {
  const g = globalThis as { DOMMatrix?: unknown };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (g.DOMMatrix === undefined) g.DOMMatrix = require('@thednp/dommatrix');
}

/**
 * Reads `bytes` as a PDF. pdfjs-dist (Mozilla's PDF.js, Apache-2.0) decodes fonts, CMaps for
 * Chinese CID fonts and content streams; this file only turns positioned text into lines.
 */
export async function readPdf(bytes: Uint8Array, fileName: string): Promise<PdfResult> {
  provideGetBuiltinModule();
  provideDomMatrix();
  let pdfjs: typeof import('pdfjs-dist/legacy/build/pdf.mjs', { with: { 'resolution-mode': 'import' } });
  try {
    pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  } catch (error) {
    return { ok: false, message: `无法加载 PDF 读取组件（${error instanceof Error ? error.message : String(error)}）。请另存为 .docx 或 .txt 后再检查。` };
  }
  const root = path.dirname(require.resolve('pdfjs-dist/package.json'));
  let document;
  try {
    document = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      cMapUrl: path.join(root, 'cmaps') + path.sep,
      cMapPacked: true,
      standardFontDataUrl: path.join(root, 'standard_fonts') + path.sep,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const name = (error as { name?: string } | undefined)?.name;
    if (name === 'PasswordException') return { ok: false, message: `文件 ${fileName} 设置了打开密码，无法读取。请在 PDF 阅读器中取消密码后另存，或另存为 .docx、.txt 再检查。` };
    return { ok: false, message: `文件 ${fileName} 不是有效的 PDF 文件或已损坏，无法读取。请重新导出 PDF，或另存为 .docx、.txt 后再检查。` };
  }
  try {
    const pages: Line[][] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(linesOf(content.items.filter((item): item is TextItemLike & typeof item => 'str' in item) as TextItemLike[], number));
      page.cleanup();
    }
    const visible = pages.reduce((sum, lines) => sum + lines.reduce((s, l) => s + l.segments.reduce((t, g) => t + g.text.replace(/\s/g, '').length, 0), 0), 0);
    if (visible === 0) {
      return { ok: false, message: `文件 ${fileName} 没有文字层（可能是扫描件或图片），无法读取其中的文字。本工具不做文字识别（OCR），请取得原始的 Word 文件，或用 OCR 软件转成文字后另存为 .txt 再检查。` };
    }
    dropRunningLines(pages);
    return { ok: true, ...assemble(pages.flat()), pages: document.numPages };
  } catch (error) {
    return { ok: false, message: `读取 PDF 文件 ${fileName} 时出错（${error instanceof Error ? error.message : String(error)}）。请另存为 .docx 或 .txt 后再检查。` };
  } finally {
    void document.destroy();
  }
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9.,;:%)\]]/.test(c);
const isWordStart = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9(\[]/.test(c);

/** Groups a page's items into lines (top to bottom) and each line into segments split at wide gaps. */
function linesOf(items: TextItemLike[], page: number): Line[] {
  const glyphs = items
    .filter((item) => item.str.trim() !== '')
    .map((item) => {
      const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
      const size = Math.hypot(c, d) || item.height || 10;
      return { text: item.str, x, y, w: item.width, size };
    })
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; glyphs: typeof glyphs }[] = [];
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
function assemble(lines: Line[]): { text: string; paragraphs: PdfParagraph[] } {
  const prose = lines.filter((l) => l.segments.length === 1);
  const size = mode(prose.map((l) => l.size)) || 12;
  // The left margin is where unindented lines start: the leftmost common start of body-size lines.
  const starts = prose.filter((l) => Math.abs(l.size - size) < 1).map((l) => l.x0).sort((a, b) => a - b);
  const left = starts[Math.floor(starts.length * 0.05)] ?? 0;
  const ends = prose.filter((l) => Math.abs(l.size - size) < 1).map((l) => l.x1).sort((a, b) => a - b);
  const right = ends[Math.floor(ends.length * 0.9)] ?? left + 30 * size;
  const out: { text: string; page: number; kind: PdfParagraph['kind'] }[] = [];
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
  const paragraphs: PdfParagraph[] = [];
  out.forEach((p, k) => {
    const start = text.length;
    text += p.text;
    paragraphs.push({ start, end: text.length, index: k + 1, kind: p.kind, page: p.page });
    text += '\n';
  });
  return { text, paragraphs };
}

/** Reads the table starting at `lines[from]`; returns the index of the first line after it. */
function readTable(lines: Line[], from: number, out: { text: string; page: number; kind: PdfParagraph['kind'] }[]): number {
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
