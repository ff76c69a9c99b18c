// Reads the text of a Word 97-2003 (.doc) or WPS (.wps) draft with word-extractor: one line per
// paragraph, one tab-joined line per table row, with paragraph offsets as for .docx. Never throws.
import type { DocxParagraph } from './docx';

export type DocResult = { ok: true; text: string; paragraphs: DocxParagraph[] } | { ok: false; message: string; reason: 'encrypted' | 'not-word' | 'broken' };

/** Why a file could not be read, raised from inside the extractor. */
class DocReadError extends Error {
  constructor(readonly reason: 'encrypted' | 'not-word' | 'broken') {
    super(reason);
  }
}

/** fEncrypted in the FIB's flags word (offset 0x0A of the WordDocument stream). */
const FIB_ENCRYPTED = 0x0100;
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

interface WordOleExtractorInstance {
  extract(reader: unknown): Promise<{ getBody(options: { filterUnicode: boolean }): string }>;
}
type WordOleExtractorClass = new () => WordOleExtractorInstance;

let extractorClass: WordOleExtractorClass | undefined;

/**
 * word-extractor's OLE extractor, extended to refuse encrypted files (it would return scrambled
 * text) and OLE files without a WordDocument stream (Works .wps, encrypted .docx, other Office
 * files) before reading them. Loaded on first use, so a plain-text check never reads its source.
 */
function loadExtractor(): WordOleExtractorClass {
  if (extractorClass) return extractorClass;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Base = require('word-extractor/lib/word-ole-extractor') as new () => {
    documentStream(document: unknown, name: string): Promise<unknown>;
    extractWordDocument(document: unknown, buffer: Buffer): Promise<unknown>;
  };
  class CheckedExtractor extends Base {
    override documentStream(document: unknown, name: string): Promise<unknown> {
      const streams = (document as { _rootStorage?: { _dirEntry?: { streams?: Record<string, unknown> } } })._rootStorage?._dirEntry?.streams;
      if (streams && !streams[name]) {
        if (name === 'WordDocument') throw new DocReadError(streams['EncryptionInfo'] || streams['EncryptedPackage'] ? 'encrypted' : 'not-word');
        throw new DocReadError('broken');
      }
      return super.documentStream(document, name);
    }
    override extractWordDocument(document: unknown, buffer: Buffer): Promise<unknown> {
      if (buffer.length < 0x20 || buffer.readUInt16LE(0) !== 0xa5ec) throw new DocReadError('not-word');
      if (buffer.readUInt16LE(0x0a) & FIB_ENCRYPTED) throw new DocReadError('encrypted');
      return super.extractWordDocument(document, buffer);
    }
  }
  extractorClass = CheckedExtractor as unknown as WordOleExtractorClass;
  return extractorClass;
}

/** Whether the bytes start with the OLE compound file signature (.doc, .wps, .xls, encrypted .docx). */
export function isOleFile(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && OLE_SIGNATURE.every((value, index) => bytes[index] === value);
}

export async function readDoc(bytes: Uint8Array, fileName: string): Promise<DocResult> {
  const wps = fileName.toLowerCase().endsWith('.wps');
  const kind = wps ? 'WPS 文字文档（.wps）' : 'Word 97-2003 文档（.doc）';
  const fail = (reason: DocReadError['reason'], detail?: string): DocResult => ({ ok: false, reason, message: messageFor(reason, fileName, kind, wps, detail) });
  if (!isOleFile(bytes)) return fail('not-word');
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const BufferReader = require('word-extractor/lib/buffer-reader') as new (buffer: Buffer) => { open(): Promise<unknown>; close(): Promise<unknown> };
    const reader = new BufferReader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    await reader.open();
    const document = await new (loadExtractor())().extract(reader);
    return { ok: true, ...linesOf(document.getBody({ filterUnicode: false })) };
  } catch (error) {
    if (error instanceof DocReadError) return fail(error.reason);
    return fail('broken', error instanceof Error ? error.message : String(error));
  }
}

function messageFor(reason: DocReadError['reason'], fileName: string, kind: string, wps: boolean, detail?: string): string {
  switch (reason) {
    case 'encrypted':
      return `文件 ${fileName} 已加密，无法读取。请在 Word 或 WPS 中取消密码后另存为 .docx，再检查。`;
    case 'not-word':
      return wps
        ? `文件 ${fileName} 不是能读取的 WPS 文字文档：它可能来自 Microsoft Works 或很旧的 WPS 版本。请用 WPS 打开后另存为 .docx（“文件—另存为—Word 文件”），再检查。`
        : `文件 ${fileName} 不是有效的 ${kind}，请用 Word 或 WPS 打开后另存为 .docx 或 .txt 再检查。`;
    case 'broken':
      return `文件 ${fileName} 无法作为${kind}读取${detail ? `（${detail}）` : ''}，可能已损坏。请用 Word 或 WPS 打开后另存为 .docx，再检查。`;
  }
}

/** Lines of the largest table a row may span when a cell holds several paragraphs. */
const MAX_ROW_LINES = 40;

/**
 * Turns word-extractor's body text into lines. In it, every table cell ends with '\t' and every
 * row with '\n', and a paragraph break inside a cell is a '\n' as well; so a row is the run of
 * lines up to one ending in '\t', its cell paragraphs joined by a space (as the .docx reader
 * joins them). A line without a tab right after a row starts the next row only when the joined
 * row has as many cells as the row before; otherwise it is a paragraph of its own.
 */
export function linesOf(body: string): { text: string; paragraphs: DocxParagraph[] } {
  const raw = body.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  const lines: { text: string; kind: DocxParagraph['kind'] }[] = [];
  let previousCells = -1;
  for (let k = 0; k < raw.length; k++) {
    const line = raw[k]!;
    const row = previousCells >= 0 || line.includes('\t') ? rowFrom(raw, k) : undefined;
    if (row && (line.includes('\t') || row.cells.length === previousCells)) {
      if (row.cells.some((cell) => cell !== '')) lines.push({ text: row.cells.join('\t'), kind: 'table-row' });
      previousCells = row.cells.length;
      k = row.last;
      continue;
    }
    lines.push({ text: line.replace(/^\t+/, (tabs) => ' '.repeat(tabs.length)), kind: 'paragraph' });
    previousCells = -1;
  }
  let text = '';
  let index = 0;
  const paragraphs: DocxParagraph[] = [];
  lines.forEach((line, lineIndex) => {
    if (lineIndex > 0) text += '\n';
    const start = text.length;
    text += line.text;
    if (line.text.trim() !== '') paragraphs.push({ start, end: text.length, index: ++index, kind: line.kind });
  });
  return { text, paragraphs };
}

/** The row starting at line `first`: lines up to one ending in '\t', cells split and trimmed. */
function rowFrom(raw: readonly string[], first: number): { cells: string[]; last: number } | undefined {
  const parts: string[] = [];
  for (let k = first; k < raw.length && k < first + MAX_ROW_LINES; k++) {
    const line = raw[k]!;
    if (line.endsWith('\t')) {
      parts.push(line.slice(0, -1));
      // Paragraphs inside one cell are joined by a space; the tabs between them separate cells.
      const cells = parts
        .join('\n')
        .split('\t')
        .map((cell) => cell.split('\n').map((part) => part.trim()).filter((part) => part !== '').join(' '));
      return { cells, last: k };
    }
    parts.push(line);
  }
  return undefined;
}
