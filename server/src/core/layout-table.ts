// A task table as `pdftotext -layout` lays it out: columns apart by runs of spaces, each long cell wrapped
// onto continuation lines that hold only that column's text under it. A cell's text is then interleaved with
// its neighbours' across lines, so no span of the draft holds it. Such a table is read reflowed: each row's
// cells gathered onto one tab-separated line, within the row's own lines and at the same length, with a map
// from every reflowed offset back to the draft. analyze() reads the reflowed text and maps what it finds back.
import { classifyHeader, RULE_LINE, splitLines } from './outline';
import { PAGE_NUMBER } from './text/furniture';

type Line = ReturnType<typeof splitLines>[number];

/** A draft with its layout tables reflowed, and where each of its characters stands in the draft. */
export interface Reflow {
  text: string;
  /** map[i]: the draft offset of reflowed character i (length text.length + 1; the last is text.length). */
  map: Int32Array;
}

/** A header's column names: a number, then content, units and a deadline among them. */
const NO_HEADER = /^(?:序号|序號|编号|編號)$/;
const UNITS_OR_DEADLINE = /责任单位|牵头单位|配合单位|責任單位|牽頭單位|责任部门|牵头部门|完成时限|完成時限|时间节点|完成时间/;
/** Cells apart by two spaces or more (ASCII or ideographic), or one ideographic space. */
const GAP = /[ \u3000]{2,}|\u3000/g;
/** A row's number in the first column (1, 12., ３、). */
const ROW_NO = /^[0-9０-９]{1,3}[.．、]?$/;
/** A group's title among a table's rows: 二、聚焦“四大支撑”, （三）平台支撑 — numbered as a section, short, no sentence. */
const GROUP_TITLE = /^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)])[^。；;\n]{1,30}$/;
/** Cheap test: a line holding a header word with runs of spaces around it. */
const CHEAP = /(?:序号|序號|编号)[ \u3000]{2,}\S/;

/** Display width of a character as a fixed-pitch layout gives it: East Asian wide and full-width count two. */
function width(c: number): number {
  return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
}

interface Piece {
  /** Draft offsets. */
  start: number;
  end: number;
  /** Display column where it starts on its line, and its display width. */
  col: number;
  width: number;
}

/** A line's runs of text (apart by any space), with their display columns. */
function piecesOf(text: string, start: number, end: number): Piece[] {
  const out: Piece[] = [];
  let col = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x3000 || c === 0x09) {
      col += c === 0x3000 ? 2 : c === 0x09 ? 8 - (col % 8) : 1;
      i++;
      continue;
    }
    const from = i;
    const at = col;
    while (i < end) {
      const d = text.charCodeAt(i);
      if (d === 0x20 || d === 0x3000 || d === 0x09) break;
      col += width(d);
      i++;
    }
    out.push({ start: from, end: i, col: at, width: col - at });
  }
  return out;
}

/** The display columns where a header line's cells start, when it is a task table's header laid out with spaces. */
function headerColumns(text: string, l: Line): number[] | undefined {
  const line = text.slice(l.start, l.end);
  if (line.includes('\t') || line.includes('|') || line.includes('｜')) return undefined;
  const cells: { name: string; at: number }[] = [];
  const lead = line.length - line.trimStart().length;
  let from = lead;
  for (const m of line.matchAll(GAP)) {
    if (m.index! <= lead) continue;
    if (m.index! > from) cells.push({ name: line.slice(from, m.index!), at: from });
    from = m.index! + m[0].length;
  }
  if (from < line.trimEnd().length) cells.push({ name: line.slice(from).trimEnd(), at: from });
  if (cells.length < 3 || cells.length > 8 || !NO_HEADER.test(cells[0]!.name) || !cells.some((c) => UNITS_OR_DEADLINE.test(c.name))) return undefined;
  if (cells.some((c) => c.name.length > 12 || /[，。；]/.test(c.name))) return undefined;
  const pieces = piecesOf(text, l.start, l.end);
  // A cell name of two words (重点 任务) is one cell: the column starts where its first piece does.
  return cells.map((c) => pieces.find((p) => p.start >= l.start + c.at)!.col);
}

/**
 * Where a table's columns start, read from its rows: a header is often centred over its column, so its
 * cells start to the right of the cells under them. A row's first line, split at runs of two spaces or
 * more, gives every column's start when it has as many cells as the header; the leftmost start seen for
 * each column over such rows is taken. Undefined when no row shows all its cells apart so.
 */
function rowColumns(text: string, lines: Line[], header: number, headerCols: number[]): number[] | undefined {
  const n = headerCols.length;
  let best: number[] | undefined;
  for (let j = header + 1; j < lines.length && j <= header + 200; j++) {
    const l = lines[j]!;
    const raw = text.slice(l.start, l.end);
    if (!raw.trim() || PAGE_NUMBER.test(raw)) continue;
    const pieces = piecesOf(text, l.start, l.end);
    // Only a row's first line: its number stands left of the header's second column.
    if (pieces[0]!.col >= headerCols[1]! || !ROW_NO.test(text.slice(pieces[0]!.start, pieces[0]!.end))) continue;
    const cells = gapCells(pieces);
    if (cells.length !== n) continue;
    best = best ? best.map((c, k) => Math.min(c, cells[k]!)) : cells;
  }
  return best && best.every((c, k) => k === 0 || c > best![k - 1]!) ? best : undefined;
}

/** A line's pieces grouped into cells, cells being apart by two spaces or more. */
function gapGroups(pieces: Piece[]): Piece[][] {
  const out: Piece[][] = [];
  let end = -10;
  for (const p of pieces) {
    if (p.col - end >= 2) out.push([p]);
    else out[out.length - 1]!.push(p);
    end = p.col + p.width;
  }
  return out;
}

/** The display columns where a line's cells start, cells being apart by two spaces or more. */
function gapCells(pieces: Piece[]): number[] {
  const out: number[] = [];
  let end = -10;
  for (const p of pieces) {
    if (p.col - end >= 2) out.push(p.col);
    end = p.col + p.width;
  }
  return out;
}

/** The column a piece starting at display column `col` belongs to (a little to the left of a column's start still is it). */
function columnOf(cols: number[], col: number): number {
  let k = 0;
  while (k + 1 < cols.length && col >= cols[k + 1]! - 3) k++;
  return k;
}

/**
 * Columns for cells starting at display columns `starts` (in order, fewer than or as many as the columns): each cell its own
 * column, in order, with the least distance in all between where the cells start and where their columns do; a cell left
 * of its column's start costs twice as much as one right of it (a cell may be centred in its column).
 */
function nearestColumns(starts: number[], cols: number[]): number[] {
  const m = starts.length;
  const n = cols.length;
  const cost = (i: number, k: number): number => (starts[i]! >= cols[k]! ? starts[i]! - cols[k]! : 2 * (cols[k]! - starts[i]!));
  // best[i][k]: least cost of cells i.. with cell i in column k or after.
  const best = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  for (let k = 0; k <= n; k++) best[m]![k] = 0;
  for (let i = m - 1; i >= 0; i--) {
    for (let k = n - 1; k >= 0; k--) best[i]![k] = Math.min(best[i]![k + 1]!, cost(i, k) + best[i + 1]![k + 1]!);
  }
  const out: number[] = [];
  for (let i = 0, k = 0; i < m; k++) {
    if (cost(i, k) + best[i + 1]![k + 1]! === best[i]![k]) out.push(k), i++;
  }
  return out;
}

/** A header line's pieces by column, its own cells' starts deciding (a header may stand right of its columns). */
function headerBlock(text: string, l: Line, headerCols: number[]): Block {
  const cells: Piece[][] = headerCols.map(() => []);
  for (const p of piecesOf(text, l.start, l.end)) cells[columnOf(headerCols, p.col)]!.push(p);
  return { start: l.start, end: l.end, cells };
}

/** Lines of the draft read as one reflowed line: a header or a row, each column's pieces in reading order. */
interface Block {
  start: number;
  end: number;
  cells: Piece[][];
  /** A transposed table's block: its characters in reading order, each with its draft offset (see transposedBlocks). */
  chars?: { ch: string; at: number }[];
}

/** The field a transposed table's first column names on a line: a task's content, its bodies or its date. */
const FIELD_CONTENT = /^(?:主要内容|重点内容|任务内容|工作内容|具体内容|建设内容|主要任务|重点任务|工作任务|工作措施|具体措施|主要措施)$/;
/** The other fields such a column may name: the task's name or heading, its bodies, its date, a remark. */
const FIELD_OTHER = /^(?:牵头单位|配合单位|责任单位|牽頭單位|配合單位|責任單位|牵头部门|配合部门|责任部门|完成时限|完成時限|完成时间|时间节点|进度安排|任务名称|任務名稱|项目名称|項目名稱|任务事项|备注|備註)$/;
/** Cheap test: a line opening with a content field's name and a tab. */
const TRANSPOSED_CHEAP = /(?:^|\n)[ \t\u3000]*(?:主要内容|重点内容|任务内容|工作内容|具体内容|建设内容)\t/;

/** Cheap test: a header line opening with 序号 and a tab. */
const TAB_HEADER_CHEAP = /(?:^|\n)[ \u3000]*(?:序号|序號|编号|編號)\t/;
/** A line that may be such a header: 序号 and a tab at its start. */
const TAB_HEADER_LINE = /^[ \u3000]*(?:序号|序號|编号|編號)\t/;
/** A year in a date cell. */
const HAS_YEAR = /(?:19|20)[0-9]{2}|[0-9]{4}年/;
/** A date cell that is whole without a year: work that goes on (持续推进, 长期坚持, 常态化开展). */
const WHOLE_ONGOING = /^(?:持续|持續|长期|長期|常态化|常態化)[\u4e00-\u9fff]{0,6}$/;

/** A line's tab-separated cells as pieces (white space around each cell left out; an empty cell is an empty piece). */
function tabPieces(text: string, l: Line): Piece[] {
  const out: Piece[] = [];
  let from = l.start;
  for (let k = l.start; k <= l.end; k++) {
    if (k < l.end && text[k] !== '\t') continue;
    let a = from;
    let b = k;
    while (a < b && /[ \u3000]/.test(text[a]!)) a++;
    while (b > a && /[ \u3000\r]/.test(text[b - 1]!)) b--;
    out.push({ start: a, end: b, col: 0, width: 0 });
    from = k + 1;
  }
  return out;
}

/**
 * A tab-separated task table copied out of a PDF with its cells wrapped: a row's first line (序号 first) holds the start
 * of every cell, and each line after it, its first cell empty, holds the next piece of each cell in that cell's column
 * (⇥同响应的安全技术保障体系，开展⇥局、县大数据服务中⇥机制，长期). Each such row is read with its cells' pieces joined.
 * A table is read so only when two rows or more go on over lines of their own and most of those lines leave the date
 * column empty or hold a piece of a date (底前, 年取得明显, 坚持): several whole tasks sharing one 序号, each with its own
 * date, are rows of their own.
 */
function wrappedTabBlocks(text: string, lines: Line[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!TAB_HEADER_LINE.test(text.slice(lines[i]!.start, Math.min(lines[i]!.end, lines[i]!.start + 8)))) continue;
    const head = tabPieces(text, lines[i]!);
    const names = head.map((p) => text.slice(p.start, p.end));
    const n = names.length;
    if (n < 3 || n > 8 || !NO_HEADER.test(names[0]!) || !names.some((x) => UNITS_OR_DEADLINE.test(x))) continue;
    // The date column, as the task table's reading names it.
    const dateCol = classifyHeader(names)?.indexOf('deadline') ?? -1;
    const rows: { first: Piece[]; start: number; end: number; more: Piece[][] }[] = [];
    let row: (typeof rows)[number] | undefined;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      const raw = text.slice(l.start, l.end);
      if (!raw.trim() || !raw.includes('\t')) break;
      const cells = tabPieces(text, l);
      if (cells.length > n) break;
      const first = text.slice(cells[0]!.start, cells[0]!.end);
      if (ROW_NO.test(first)) {
        // Only a first line holding every cell is read column by column.
        row = cells.length === n ? { first: cells, start: l.start, end: l.end, more: [] } : undefined;
        if (row) rows.push(row);
      } else if (!first && row && cells.some((c) => c.end > c.start)) {
        row.more.push(cells);
        row.end = l.end;
      } else row = undefined;
    }
    const more = rows.flatMap((r) => r.more);
    const pieceOfDate = (cells: Piece[]): boolean => {
      const c = cells[dateCol];
      const v = c ? text.slice(c.start, c.end) : '';
      return !v || (!HAS_YEAR.test(v) && !WHOLE_ONGOING.test(v)) || /[，,、]$/.test(v);
    };
    if (dateCol > 0 && rows.filter((r) => r.more.length).length >= 2 && more.filter(pieceOfDate).length * 2 > more.length) {
      for (const r of rows) {
        if (!r.more.length) continue;
        const cells: Piece[][] = r.first.map((p) => [p]);
        for (const line of r.more) line.forEach((p, k) => p.end > p.start && cells[k]!.push(p));
        out.push({ start: r.start, end: r.end, cells });
      }
    }
    i = j - 1;
  }
  return out;
}

/**
 * A task table written transposed (tab-separated): each line a field (任务 | 任务一 | 任务二 …, 主要内容 | …, 牵头单位 | …,
 * 完成时限 | …) and each column after the first a task, in blocks of lines apart by blank lines. Each block is read
 * turned back: a header of the field names, then a row per task, at the same length (a block of L lines of N + 1
 * cells has as many tabs and line breaks as its N + 1 lines of L cells).
 */
function transposedBlocks(text: string, lines: Line[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = text.slice(lines[i]!.start, lines[i]!.end);
    if (!first.includes('\t')) continue;
    // The block: consecutive lines of tab-separated cells, as many on each.
    const width = first.split('\t').length;
    let j = i;
    while (j + 1 < lines.length && text.slice(lines[j + 1]!.start, lines[j + 1]!.end).split('\t').length === width) j++;
    const rows = lines.slice(i, j + 1).map((l) => {
      const cells: Piece[] = [];
      let from = l.start;
      for (let k = l.start; k <= l.end; k++) {
        if (k === l.end || text[k] === '\t') {
          cells.push({ start: from, end: k, col: 0, width: 0 });
          from = k + 1;
        }
      }
      return cells;
    });
    const names = rows.map((r) => text.slice(r[0]!.start, r[0]!.end).trim());
    const fields = names.filter((n) => FIELD_CONTENT.test(n) || FIELD_OTHER.test(n)).length;
    if (width < 3 || rows.length < 3 || !names.some((n) => FIELD_CONTENT.test(n)) || !names.some((n) => FIELD_OTHER.test(n)) || fields < rows.length - 1) {
      i = j;
      continue;
    }
    const start = lines[i]!.start;
    const end = lines[j]!.end;
    // The block's separators (tabs and line breaks), in the draft's order, stand for the turned block's.
    const seps: number[] = [];
    for (let k = start; k < end; k++) if (text[k] === '\t' || text[k] === '\n' || text[k] === '\r') seps.push(k);
    const chars: { ch: string; at: number }[] = [];
    let s = 0;
    const sep = (ch: string) => chars.push({ ch, at: seps[s++] ?? end });
    for (let c = 0; c < width; c++) {
      if (c > 0) sep('\n');
      rows.forEach((r, k) => {
        if (k > 0) sep('\t');
        const cell = r[c]!;
        for (let q = cell.start; q < cell.end; q++) if (text[q] !== '\r') chars.push({ ch: text[q]!, at: q });
      });
    }
    // Whatever the draft's line ends held beyond (\r), as spaces at the end: the same length.
    while (chars.length < end - start) chars.push({ ch: ' ', at: seps[s++] ?? end - 1 });
    if (chars.length === end - start) out.push({ start, end, cells: [], chars });
    i = j;
  }
  return out;
}

/** A row of the table: its lines and each column's pieces in reading order. */
interface Row {
  first: number;
  last: number;
  cells: Piece[][];
}

/**
 * The draft with every layout table reflowed (header and rows as tab-separated lines, each row within its
 * own lines), or undefined when it has none. Every character of the draft is kept, at the same length.
 */
export function reflowLayoutTables(text: string): Reflow | undefined {
  const layout = CHEAP.test(text);
  const transposed = TRANSPOSED_CHEAP.test(text);
  const wrapped = TAB_HEADER_CHEAP.test(text) && text.includes('\n\t');
  if (!layout && !transposed && !wrapped) return undefined;
  const lines = splitLines(text);
  const blocks: Block[] = transposed ? transposedBlocks(text, lines) : [];
  if (wrapped) blocks.push(...wrappedTabBlocks(text, lines));
  for (let i = 0; layout && i < lines.length; i++) {
    const headerCols = headerColumns(text, lines[i]!);
    if (!headerCols) continue;
    const cols = rowColumns(text, lines, i, headerCols) ?? headerCols;
    const headers = [headerBlock(text, lines[i]!, headerCols)];
    const rows: Row[] = [];
    let row: Row | undefined;
    let j = i + 1;
    let blanks = 0;
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      const raw = text.slice(l.start, l.end);
      if (!raw.trim()) {
        if (++blanks > 1) break;
        continue;
      }
      blanks = 0;
      if (PAGE_NUMBER.test(raw) || RULE_LINE.test(raw)) continue;
      // The header again at the top of a new page.
      const again = headerColumns(text, l);
      if (again && again.length === cols.length) {
        headers.push(headerBlock(text, l, again));
        row = undefined;
        continue;
      }
      const pieces = piecesOf(text, l.start, l.end);
      const firstCol = columnOf(cols, pieces[0]!.col);
      if (firstCol === 0) {
        // A group's title on a line of its own between rows (二、聚焦“四大支撑”) is kept as it is, and the table goes on.
        if (GROUP_TITLE.test(raw.trim()) && pieces.every((p) => columnOf(cols, p.col) === 0)) {
          row = undefined;
          continue;
        }
        // A row opens with its number in the first column; anything else there ends the table.
        if (!ROW_NO.test(text.slice(pieces[0]!.start, pieces[0]!.end)) || pieces.length < 2) break;
        row = { first: j, last: j, cells: cols.map(() => []) };
        rows.push(row);
        // A row's first line holding every cell apart by wide gaps is read cell by cell, wherever its columns stand: a
        // copy whose gaps are not aligned (each row spaced on its own) still has each cell between two gaps.
        const byGap = gapGroups(pieces);
        if (byGap.length === cols.length) {
          byGap.forEach((group, k) => row!.cells[k]!.push(...group));
          continue;
        }
      } else if (!row) break;
      else row.last = j;
      const groups = gapGroups(pieces);
      const byColumn = groups.map((g) => columnOf(cols, g[0]!.col));
      // Two cells apart by a wide gap read into one column: a cell stands a few columns left of its column's start (a row
      // whose quotation marks the copy counted narrower than its layout did). Each cell goes to its own column, in order,
      // the nearest ones to where the cells start.
      if (byColumn.some((c, k) => k > 0 && c === byColumn[k - 1]) && groups.length <= cols.length) {
        nearestColumns(groups.map((g) => g[0]!.col), cols).forEach((c, k) => row!.cells[c]!.push(...groups[k]!));
      } else for (const p of pieces) row.cells[columnOf(cols, p.col)]!.push(p);
    }
    // A header without rows under it is no table.
    if (rows.length) blocks.push(...headers);
    for (const r of rows) {
      blocks.push({ start: lines[r.first]!.start, end: lines[r.last]!.end, cells: r.cells });
    }
    i = j - 1;
  }
  if (!blocks.length) return undefined;
  blocks.sort((a, b) => a.start - b.start);
  // The reflowed text keeps every offset outside the blocks, so the map starts as the identity.
  const map = new Int32Array(text.length + 1);
  for (let k = 0; k <= text.length; k++) map[k] = k;
  let out = '';
  let at = 0;
  for (const b of blocks) {
    if (b.start < at) continue;
    out += text.slice(at, b.start);
    at = b.end;
    if (b.chars) {
      let w = b.start;
      for (const c of b.chars) {
        out += c.ch;
        map[w++] = c.at;
      }
      continue;
    }
    // The block's characters that are not the cells' text: spaces and line breaks, in the draft's order.
    const inCell = new Uint8Array(b.end - b.start);
    for (const cell of b.cells) for (const p of cell) inCell.fill(1, p.start - b.start, p.end - b.start);
    const spaces: number[] = [];
    const breaks: number[] = [];
    for (let k = b.start; k < b.end; k++) {
      if (inCell[k - b.start]) continue;
      const c = text.charCodeAt(k);
      if (c === 10 || c === 13) breaks.push(k);
      else spaces.push(k);
    }
    // Too tight to hold a tab between each cell: left as it is.
    if (spaces.length < b.cells.length - 1) {
      out += text.slice(b.start, b.end);
      continue;
    }
    // The cells apart by tabs, then the block's other spaces, then its line breaks: the row ends on its
    // first line, its other lines blank.
    let w = b.start;
    const put = (ch: string, from: number) => {
      out += ch;
      map[w++] = from;
    };
    let s = 0;
    b.cells.forEach((cell, k) => {
      if (k > 0) put('\t', spaces[s++]!);
      for (const p of cell) for (let q = p.start; q < p.end; q++) put(text[q]!, q);
    });
    for (; s < spaces.length; s++) put(' ', spaces[s]!);
    for (const k of breaks) put(text[k]!, k);
  }
  out += text.slice(at);
  return { text: out, map };
}

/** A draft offset for a reflowed one (an end offset maps to just after its last character). */
function toDraft(map: Int32Array, offset: number, isEnd: boolean): number {
  if (offset <= 0) return map[0] ?? 0;
  if (offset >= map.length - 1) return map[map.length - 1]!;
  return isEnd ? map[offset - 1]! + 1 : map[offset]!;
}

/**
 * A copy of `value` with every span ({ start, end } offsets) mapped from the reflowed text to the draft.
 * A span whose characters do not stand together in the draft (a cell wrapped over lines) becomes its
 * longest piece; a fix whose edit would span other cells' text is dropped.
 */
export function mapSpans<T>(value: T, map: Int32Array): T {
  const seen = new Map<object, unknown>();
  const walk = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (seen.has(v)) return seen.get(v);
    if (Array.isArray(v)) {
      const arr: unknown[] = [];
      seen.set(v, arr);
      for (const x of v) arr.push(walk(x));
      return arr;
    }
    if (v instanceof Map || v instanceof Set || ArrayBuffer.isView(v)) return v;
    const o = v as Record<string, unknown>;
    const copy: Record<string, unknown> = {};
    seen.set(v, copy);
    for (const [k, x] of Object.entries(o)) copy[k] = walk(x);
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      if (contiguous(map, o.start, o.end)) {
        copy.start = toDraft(map, o.start, false);
        copy.end = o.end > o.start ? toDraft(map, o.end, true) : copy.start;
      } else {
        const piece = largestPiece(map, o.start, o.end);
        copy.start = piece.start;
        copy.end = piece.end;
      }
    }
    // A fix's edits must replace the draft's own characters: an edit over a wrapped cell is not offered.
    if (Array.isArray(o.fixes)) {
      copy.fixes = (o.fixes as { edits: { span: { start: number; end: number } }[] }[])
        .filter((f) => f.edits.every((e) => contiguous(map, e.span.start, e.span.end)))
        .map((f) => walk(f));
    }
    return copy;
  };
  return walk(value) as T;
}

/** Whether reflowed [start, end) stands together in the draft. */
function contiguous(map: Int32Array, start: number, end: number): boolean {
  for (let k = start + 1; k < end && k < map.length - 1; k++) if (map[k] !== map[k - 1]! + 1) return false;
  return true;
}

/**
 * The draft span of the longest run of reflowed [start, end) that stands together in the draft (the first
 * of equals): where most of a wrapped cell's text is, as one range can show it.
 */
function largestPiece(map: Int32Array, start: number, end: number): { start: number; end: number } {
  let best = { start: map[start]!, end: map[start]! + 1 };
  let from = start;
  for (let k = start + 1; k <= end; k++) {
    if (k < end && k < map.length - 1 && map[k] === map[k - 1]! + 1) continue;
    if (k - from > best.end - best.start) best = { start: map[from]!, end: map[k - 1]! + 1 };
    from = k;
  }
  return best;
}
