// Reads one draft file for the CLI and the language server: size limit, .docx or text decoding,
// and a clear Chinese message for every way a file can fail to be read. Never throws.
import { promises as fs } from 'fs';
import * as path from 'path';
import { decodeBytes, type LineEndings } from './decode';
import { isOleFile, readDoc } from './doc';
import { readDocx, type DocxParagraph } from './docx';
import { readOfd, type OfdParagraph } from './ofd';
import { readPdf, type PdfParagraph } from './pdf';
import { readXlsx, type SheetLine } from './xlsx';

export type DraftFileErrorCode = 'not-found' | 'is-directory' | 'unreadable' | 'too-large' | 'binary' | 'undecodable' | 'docx-broken' | 'doc-broken' | 'xlsx-broken' | 'pdf-unreadable' | 'ofd-unreadable';

export type DraftFile =
  | {
      ok: true;
      path: string;
      text: string;
      /** 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030', 'docx', 'doc', 'xlsx', 'pdf' or 'ofd'. */
      encoding: string;
      kind: 'text' | 'docx' | 'doc' | 'xlsx' | 'pdf' | 'ofd';
      /** Only for .docx, .doc/.wps, .xlsx, PDF and OFD: the paragraphs and table rows (worksheet rows), in order. */
      paragraphs?: (DocxParagraph | SheetLine | PdfParagraph | OfdParagraph)[];
      /** Notes for the user about how the file was read (e.g. which worksheet). */
      notes?: string[];
      /** Only for text files: the line endings found (they are kept as they are). */
      lineEndings?: LineEndings;
    }
  | { ok: false; path: string; message: string; code: DraftFileErrorCode };

export interface ReadDraftOptions {
  /** Largest file accepted, in bytes (xianjie.maxFileSize / --max-size). */
  maxBytes: number;
  /** Cap on the uncompressed size of a .docx; default 50 MB. */
  maxDocxUncompressedBytes?: number;
  /** Only for .xlsx: the worksheet to read (name or 1-based number). */
  sheet?: string;
}

/**
 * Reads `filePath` as a draft. A file is read as PDF or OFD by its name (a PDF also by its
 * signature), as .docx when its name ends in .docx or its content starts with a zip signature and
 * its name is not a plain-text extension; otherwise as text. An empty file is a valid, empty text.
 */
export async function readDraftFile(filePath: string, opts: ReadDraftOptions): Promise<DraftFile> {
  const name = path.basename(filePath);
  const fail = (code: DraftFileErrorCode, message: string): DraftFile => ({ ok: false, path: filePath, message, code });
  try {
    let stat;
    try {
      stat = await fs.stat(filePath);
    } catch (error) {
      return failForSystemError(error, filePath, fail);
    }
    if (stat.isDirectory()) return fail('is-directory', `${filePath} 是文件夹，不是文件。请指定要检查的 .txt、.md、.docx、.doc、.wps、.xlsx、.pdf 或 .ofd 文件。`);
    if (stat.size > opts.maxBytes) {
      return fail(
        'too-large',
        `文件 ${name} 大小为 ${formatSize(stat.size)}，超过单个文件 ${formatSize(opts.maxBytes)} 的上限。如确需检查，请使用 --max-size 参数或设置 xianjie.maxFileSize 调整上限。`,
      );
    }
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(filePath);
    } catch (error) {
      return failForSystemError(error, filePath, fail);
    }
    // The size may have changed between stat and read.
    if (bytes.length > opts.maxBytes) {
      return fail('too-large', `文件 ${name} 大小为 ${formatSize(bytes.length)}，超过单个文件 ${formatSize(opts.maxBytes)} 的上限。如确需检查，请使用 --max-size 参数或设置 xianjie.maxFileSize 调整上限。`);
    }
    if (path.extname(name).toLowerCase() === '.pdf' || (bytes.length >= 5 && Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-')) {
      const pdf = await readPdf(bytes, name);
      if (!pdf.ok) return fail('pdf-unreadable', pdf.message);
      return { ok: true, path: filePath, text: pdf.text, encoding: 'pdf', kind: 'pdf', paragraphs: pdf.paragraphs };
    }
    if (path.extname(name).toLowerCase() === '.ofd') {
      const ofd = readOfd(bytes, name, opts.maxDocxUncompressedBytes !== undefined ? { maxUncompressedBytes: opts.maxDocxUncompressedBytes } : {});
      if (!ofd.ok) return fail('ofd-unreadable', ofd.message);
      return { ok: true, path: filePath, text: ofd.text, encoding: 'ofd', kind: 'ofd', paragraphs: ofd.paragraphs };
    }
    if (isXlsxCandidate(name)) {
      const xlsx = await readXlsx(bytes, name, { ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}), ...(opts.maxDocxUncompressedBytes !== undefined ? { maxUncompressedBytes: opts.maxDocxUncompressedBytes } : {}) });
      if (!xlsx.ok) return fail('xlsx-broken', xlsx.message);
      return { ok: true, path: filePath, text: xlsx.text, encoding: 'xlsx', kind: 'xlsx', paragraphs: xlsx.paragraphs, notes: xlsx.notes };
    }
    if (isDocCandidate(name, bytes)) {
      const doc = await readDoc(bytes, name);
      if (!doc.ok) return fail('doc-broken', doc.message);
      return { ok: true, path: filePath, text: doc.text, encoding: 'doc', kind: 'doc', paragraphs: doc.paragraphs };
    }
    if (isDocxCandidate(name, bytes)) {
      const docx = await readDocx(bytes, name, opts.maxDocxUncompressedBytes !== undefined ? { maxUncompressedBytes: opts.maxDocxUncompressedBytes } : {});
      if (!docx.ok) return fail('docx-broken', docx.message);
      return { ok: true, path: filePath, text: docx.text, encoding: 'docx', kind: 'docx', paragraphs: docx.paragraphs };
    }
    const decoded = decodeBytes(bytes, name);
    if (!decoded.ok) return fail(decoded.reason, decoded.message);
    return { ok: true, path: filePath, text: decoded.text, encoding: decoded.encoding, kind: 'text', lineEndings: decoded.lineEndings };
  } catch (error) {
    return fail('unreadable', `读取文件 ${filePath} 时出错：${error instanceof Error ? error.message : String(error)}。`);
  }
}

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.text']);

function isXlsxCandidate(name: string): boolean {
  const extension = path.extname(name).toLowerCase();
  return extension === '.xlsx' || extension === '.xlsm';
}

/** Word 97-2003 and WPS files by name, or any OLE compound file not named as another type. */
function isDocCandidate(name: string, bytes: Uint8Array): boolean {
  const extension = path.extname(name).toLowerCase();
  if (['.doc', '.dot', '.wps', '.wpt'].includes(extension)) return true;
  if (TEXT_EXTENSIONS.has(extension) || extension === '.docx' || extension === '.docm') return false;
  return isOleFile(bytes);
}

function isDocxCandidate(name: string, bytes: Uint8Array): boolean {
  const extension = path.extname(name).toLowerCase();
  if (extension === '.docx' || extension === '.docm') return true;
  if (TEXT_EXTENSIONS.has(extension)) return false;
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function failForSystemError(error: unknown, filePath: string, fail: (code: DraftFileErrorCode, message: string) => DraftFile): DraftFile {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return fail('not-found', `找不到文件 ${filePath}，请检查路径是否正确。`);
  if (code === 'EISDIR') return fail('is-directory', `${filePath} 是文件夹，不是文件。请指定要检查的 .txt、.md、.docx、.doc、.wps、.xlsx、.pdf 或 .ofd 文件。`);
  if (code === 'EACCES' || code === 'EPERM') return fail('unreadable', `没有权限读取文件 ${filePath}，请检查文件权限。`);
  return fail('unreadable', `读取文件 ${filePath} 时出错（${code ?? String(error)}），请确认文件可以正常打开。`);
}

/** Formats a byte count as "7.2 MB", "5 MB", "300 KB" or "12 字节". */
export function formatSize(bytes: number): string {
  const trim = (value: number): string => (Math.round(value * 10) / 10).toString();
  if (bytes >= 1024 * 1024) return `${trim(bytes / 1024 / 1024)} MB`;
  if (bytes >= 1024) return `${trim(bytes / 1024)} KB`;
  return `${bytes} 字节`;
}

/**
 * The paragraph (or table row) containing `offset`, for messages such as "第 N 段"; the end of
 * a paragraph counts as inside it. Undefined for offsets in empty lines or outside the text.
 */
export function paragraphOf<T extends { start: number; end: number; index: number }>(offset: number, paragraphs: readonly T[]): T | undefined {
  let low = 0;
  let high = paragraphs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const paragraph = paragraphs[middle]!;
    if (offset < paragraph.start) high = middle - 1;
    else if (offset > paragraph.end) low = middle + 1;
    else return paragraph;
  }
  return undefined;
}
