// Reads an Excel task list (.xlsx) as the text the task-table reader and the core understand: title
// rows as plain lines, then the header row and each task row as tab-joined cells. Never throws.
import type * as ExcelJS from 'exceljs';
import { classifyColumns } from '../core/baseline/tables';
import { readZipDirectory, ZipError } from './zip';

export interface SheetLine {
  /** Offset of the line's first character in `text`. */
  start: number;
  /** Offset just after its last character (before the '\n'). */
  end: number;
  /** The row number Excel shows (1-based). */
  index: number;
  kind: 'paragraph' | 'table-row';
  /** The worksheet the row comes from. */
  sheet: string;
}

export type XlsxResult =
  | { ok: true; text: string; paragraphs: SheetLine[]; sheet: string; notes: string[] }
  | { ok: false; message: string };

export interface ReadXlsxOptions {
  /** The worksheet to read, by name or 1-based number; default the first with a task-table header. */
  sheet?: string;
  /** Cap on the declared uncompressed size of the workbook's parts. Default 50 MB. */
  maxUncompressedBytes?: number;
}

const DEFAULT_MAX_UNCOMPRESSED = 50 * 1024 * 1024;
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Reads the workbook with exceljs (maintained, MIT, reads merged ranges and rich text; SheetJS's
 * npm releases are old and have open security advisories for hostile files). The sheet read is
 * the one named by `sheet`, else the first whose rows include a task-table header (a row with a
 * 责任单位/完成时限 column and a content column), else the first visible sheet.
 */
export async function readXlsx(bytes: Uint8Array, fileName: string, options: ReadXlsxOptions = {}): Promise<XlsxResult> {
  try {
    const refusal = precheck(bytes, fileName, options.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED);
    if (refusal) return { ok: false, message: refusal };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const excel = require('exceljs') as typeof ExcelJS;
    const workbook = new excel.Workbook();
    try {
      await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
    } catch (error) {
      return { ok: false, message: `文件 ${fileName} 无法作为 Excel 工作簿读取（${error instanceof Error ? error.message : String(error)}）。请用 Excel 或 WPS 打开后另存为 .xlsx 再试。` };
    }
    return extract(workbook, fileName, options.sheet);
  } catch (error) {
    return { ok: false, message: `读取 Excel 文件 ${fileName} 时出错（${error instanceof Error ? error.message : String(error)}）。请用 Excel 或 WPS 打开后另存为 .xlsx 再试。` };
  }
}

function precheck(bytes: Uint8Array, fileName: string, cap: number): string | undefined {
  if (bytes.length >= 8 && OLE_SIGNATURE.every((value, index) => bytes[index] === value)) {
    return `文件 ${fileName} 设置了打开密码，或是旧版 Excel（.xls）文件，无法读取。请在 Excel 或 WPS 中取消密码，或另存为 .xlsx 后再试。`;
  }
  let entries;
  try {
    entries = readZipDirectory(bytes);
  } catch (error) {
    if (error instanceof ZipError && error.kind === 'not-zip') return `文件 ${fileName} 不是有效的 Excel 工作簿（.xlsx）。请用 Excel 或 WPS 打开后另存为 .xlsx 再试。`;
    return `文件 ${fileName} 已损坏，无法读取。请用 Excel 或 WPS 打开修复后另存为 .xlsx 再试。`;
  }
  if (![...entries.keys()].some((name) => name === 'xl/workbook.xml' || name.endsWith('/workbook.xml'))) {
    return `文件 ${fileName} 是压缩包，但不是 Excel 工作簿（.xlsx）：其中没有工作簿部分。请确认文件类型。`;
  }
  let total = 0;
  for (const entry of entries.values()) {
    if (entry.encrypted) return `文件 ${fileName} 已加密，无法读取。请在 Excel 或 WPS 中取消密码后另存，再试。`;
    total += entry.declaredSize;
  }
  if (total > cap) return `文件 ${fileName} 解压后超过 ${Math.round(cap / 1024 / 1024)} MB，可能已损坏或不是正常的 Excel 工作簿。`;
  return undefined;
}

interface SheetRows {
  name: string;
  /** Row number and cell texts of each row, merged continuation cells empty. */
  rows: { row: number; cells: string[] }[];
  /** Index in `rows` of the task-table header, if any. */
  headerAt: number;
  hidden: boolean;
}

function extract(workbook: ExcelJS.Workbook, fileName: string, wanted: string | undefined): XlsxResult {
  const sheets: SheetRows[] = workbook.worksheets.map((worksheet) => {
    const rows: SheetRows['rows'] = [];
    const width = worksheet.columnCount;
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      for (let column = 1; column <= width; column++) {
        const cell = row.getCell(column);
        // A merged range's value sits in its top-left cell; the other cells read as empty, like Word's continuation cells.
        cells.push(cell.isMerged && cell.master !== cell ? '' : cellText(cell.value));
      }
      rows.push({ row: rowNumber, cells });
    });
    const headerAt = rows.findIndex((r) => r.cells.filter((c) => c !== '').length >= 2 && classifyColumns(r.cells) !== undefined);
    return { name: worksheet.name, rows, headerAt, hidden: worksheet.state !== 'visible' && worksheet.state !== undefined };
  });
  const names = sheets.map((s) => `“${s.name}”`).join('、');
  if (!sheets.length) return { ok: false, message: `文件 ${fileName} 中没有工作表。` };
  let chosen: SheetRows | undefined;
  const notes: string[] = [];
  if (wanted !== undefined) {
    chosen = sheets.find((s) => s.name === wanted) ?? (/^\d+$/.test(wanted) ? sheets[Number(wanted) - 1] : undefined);
    if (!chosen) return { ok: false, message: `文件 ${fileName} 中没有名为“${wanted}”的工作表。其中的工作表有：${names}。请用 --sheet 指定其中之一（名称或序号）。` };
  } else {
    const withHeader = sheets.filter((s) => s.headerAt >= 0 && !s.hidden);
    chosen = withHeader[0] ?? sheets.find((s) => !s.hidden && s.rows.length) ?? sheets[0]!;
    if (withHeader.length > 1) {
      notes.push(`工作簿中有 ${withHeader.length} 个工作表含任务表头（${withHeader.map((s) => `“${s.name}”`).join('、')}），已读取第一个“${chosen.name}”；如需读取其他工作表，请用 --sheet 指定。`);
    }
  }
  const lines: { text: string; row: number; kind: SheetLine['kind'] }[] = [];
  const headerWidth = chosen.headerAt >= 0 ? lastFilled(chosen.rows[chosen.headerAt]!.cells) + 1 : Infinity;
  chosen.rows.forEach((r, k) => {
    const filled = r.cells.filter((c) => c !== '');
    if (!filled.length) return;
    if (chosen!.headerAt < 0 || k < chosen!.headerAt) {
      // Title rows and notes above the table (or a sheet without a task table): one line each.
      lines.push({ text: filled.join(' '), row: r.row, kind: filled.length > 1 && chosen!.headerAt < 0 ? 'table-row' : 'paragraph' });
      return;
    }
    const cells = r.cells.slice(0, Math.max(headerWidth, 2));
    lines.push({ text: cells.join('\t'), row: r.row, kind: 'table-row' });
  });
  let text = '';
  const paragraphs: SheetLine[] = [];
  for (const line of lines) {
    const start = text.length;
    text += line.text;
    paragraphs.push({ start, end: text.length, index: line.row, kind: line.kind, sheet: chosen.name });
    text += '\n';
  }
  return { ok: true, text, paragraphs, sheet: chosen.name, notes };
}

function lastFilled(cells: string[]): number {
  for (let k = cells.length - 1; k >= 0; k--) if (cells[k] !== '') return k;
  return -1;
}

/** The text a cell shows: strings, numbers, dates (as 2025年12月31日), rich text, formula results, hyperlinks. */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return clean(value);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    return `${value.getUTCFullYear()}年${value.getUTCMonth() + 1}月${value.getUTCDate()}日`;
  }
  if (typeof value === 'object') {
    const v = value as unknown as Record<string, unknown>;
    if (Array.isArray(v.richText)) return clean((v.richText as { text?: string }[]).map((run) => run.text ?? '').join(''));
    if ('result' in v || 'formula' in v || 'sharedFormula' in v) return cellText(v.result as ExcelJS.CellValue | undefined);
    if ('text' in v) return cellText(v.text as ExcelJS.CellValue);
    if ('error' in v) return '';
  }
  return '';
}

/** Line breaks inside a cell (Alt+Enter) and tabs become spaces, as in Word table cells. */
function clean(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}
