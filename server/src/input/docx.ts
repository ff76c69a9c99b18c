// Reads the text of a .docx draft: one line per paragraph, one line per table row (cells joined
// by tabs, as the core reads task rows), with paragraph offsets. Never throws or rejects.
import { ListNumbering } from './numbering';
import { readZipDirectory, readZipEntry, ZipError, type ZipEntry } from './zip';
import { attribute, scanXml } from './xml';

export interface DocxParagraph {
  /** Offset of the first character of the paragraph (or table row) in `text`. */
  start: number;
  /** Offset just after its last character (before the '\n'). */
  end: number;
  /** 1-based number among the non-empty paragraphs and table rows, in document order. */
  index: number;
  kind: 'paragraph' | 'table-row';
}

export type DocxResult = { ok: true; text: string; paragraphs: DocxParagraph[] } | { ok: false; message: string };

export interface ReadDocxOptions {
  /** Cap on the uncompressed size of the parts read (document, numbering, styles). Default 50 MB. */
  maxUncompressedBytes?: number;
}

const DEFAULT_MAX_UNCOMPRESSED = 50 * 1024 * 1024;
const MAIN_NAMESPACES = ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'];

/**
 * Reads the main document part directly (word/document.xml, found through _rels/.rels) rather
 * than through mammoth: mammoth's HTML drops Word's list numbers, loses empty and merged cells
 * that keep task-row columns aligned, and reads the archive with no limit on its uncompressed size.
 */
export async function readDocx(bytes: Uint8Array, fileName: string, options: ReadDocxOptions = {}): Promise<DocxResult> {
  try {
    return readDocxSync(bytes, fileName, options);
  } catch (error) {
    return { ok: false, message: messageFor(error, fileName, options.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED) };
  }
}

function messageFor(error: unknown, fileName: string, cap: number): string {
  if (error instanceof ZipError) {
    switch (error.kind) {
      case 'not-zip':
        return `文件 ${fileName} 不是有效的 Word 文档（.docx），请用 Word 或 WPS 打开后另存为 .docx 或 .txt 再检查。`;
      case 'encrypted':
        return `文件 ${fileName} 已加密，无法读取。请在 Word 或 WPS 中取消密码后另存，再检查。`;
      case 'too-large':
        return `文件 ${fileName} 解压后超过 ${Math.round(cap / 1024 / 1024)} MB，可能已损坏或不是正常的 Word 文档。请用 Word 打开后另存为 .docx 或 .txt 再检查。`;
      case 'unsupported':
        return `文件 ${fileName} 使用了暂不支持的压缩方式，请用 Word 或 WPS 打开后另存为 .docx 再检查。`;
      case 'broken':
        return `文件 ${fileName} 已损坏，无法读取。请用 Word 或 WPS 打开修复后另存为 .docx 或 .txt 再检查。`;
    }
  }
  return `文件 ${fileName} 无法作为 Word 文档读取（${error instanceof Error ? error.message : String(error)}）。请用 Word 或 WPS 打开后另存为 .docx 或 .txt 再检查。`;
}

/** Signature of OLE compound files: old .doc files, and .docx files protected by a password. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function readDocxSync(bytes: Uint8Array, fileName: string, options: ReadDocxOptions): DocxResult {
  if (bytes.length >= 8 && OLE_SIGNATURE.every((value, index) => bytes[index] === value)) {
    return {
      ok: false,
      message: `文件 ${fileName} 设置了打开密码，或是改了扩展名的旧版 Word（.doc）文件，无法读取。请在 Word 或 WPS 中取消密码，或另存为 .docx 后再检查。`,
    };
  }
  const entries = readZipDirectory(bytes);
  const budget = { remaining: options.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED };
  const decoder = new TextDecoder('utf-8');
  const readPart = (entry: ZipEntry | undefined): string | undefined => (entry ? decoder.decode(readZipEntry(bytes, entry, budget)) : undefined);

  const mainPath = findMainDocumentPath(readPart(entries.get('_rels/.rels')));
  const main = entries.get(mainPath) ?? entries.get('word/document.xml');
  if (!main) {
    return { ok: false, message: `文件 ${fileName} 是压缩包，但不是 Word 文档（.docx）：其中没有正文部分。请确认文件类型，或另存为 .txt 后再检查。` };
  }
  const documentXml = readPart(main)!;
  const prefix = namespacePrefix(documentXml);
  if (prefix === undefined) {
    return { ok: false, message: `文件 ${fileName} 的正文不是 Word 格式，无法读取。请用 Word 或 WPS 打开后另存为 .docx 或 .txt 再检查。` };
  }
  const folder = main.name.includes('/') ? main.name.slice(0, main.name.lastIndexOf('/') + 1) : '';
  const numbering = new ListNumbering(readPart(entries.get(folder + 'numbering.xml')), readPart(entries.get(folder + 'styles.xml')), prefix);
  return { ok: true, ...extractText(documentXml, prefix, numbering) };
}

function findMainDocumentPath(relationships: string | undefined): string {
  if (!relationships) return 'word/document.xml';
  const match = /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(relationships);
  const target = match ? attribute(match[0].slice(13), 'Target') : undefined;
  return target ? target.replace(/^\//, '') : 'word/document.xml';
}

/** The prefix bound to the WordprocessingML namespace on the root element (usually 'w'). */
function namespacePrefix(xml: string): string | undefined {
  const root = /<([A-Za-z_][\w.-]*:)?document\b[^>]*>/.exec(xml);
  if (!root) return undefined;
  for (const namespace of MAIN_NAMESPACES) {
    const binding = new RegExp(`xmlns:([A-Za-z_][\\w.-]*)=["']${namespace.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}["']`).exec(root[0]);
    if (binding) return binding[1];
  }
  return undefined;
}

/** A paragraph being read; `deferred` holds paragraphs of text boxes anchored inside it. */
interface ParagraphBuilder {
  text: string;
  numId?: string;
  ilvl?: number;
  styleId?: string;
  deferred: string[];
}

interface CellBuilder {
  parts: string[];
  span: number;
}

/**
 * Walks the document part. Body paragraphs become lines; a table row becomes one line with its
 * cells joined by '\t' (a cell spanning n grid columns adds n-1 empty cells; a vertically
 * merged continuation cell is empty). Inside a cell, paragraphs, line breaks and tabs become
 * spaces, and a nested table's rows are joined into the cell's text. Deleted text (tracked
 * changes), field codes and the VML fallback copies of text boxes are skipped.
 */
function extractText(xml: string, prefix: string, numbering: ListNumbering): { text: string; paragraphs: DocxParagraph[] } {
  const p = prefix + ':';
  const lines: { text: string; kind: DocxParagraph['kind'] }[] = [];
  const paragraphStack: ParagraphBuilder[] = [];
  const tableStack: { rows: string[][]; row?: string[]; cell?: CellBuilder }[] = [];
  let inText = false;
  let skipDepth = 0;
  let skipName = '';

  const emitParagraphText = (text: string): void => {
    const table = tableStack[tableStack.length - 1];
    if (table?.cell) {
      const cellText = text.replace(/[\t\n]/g, ' ').trim();
      if (cellText) table.cell.parts.push(cellText);
    } else {
      lines.push({ text: text.replace(/^\t+/, (tabs) => ' '.repeat(tabs.length)), kind: 'paragraph' });
    }
  };

  scanXml(xml, {
    open(name, attributes, selfClosing) {
      if (skipDepth > 0) {
        if (name === skipName && !selfClosing) skipDepth++;
        return;
      }
      const paragraph = paragraphStack[paragraphStack.length - 1];
      switch (name) {
        case p + 'delText':
        case p + 'instrText':
        case 'mc:Fallback':
          if (!selfClosing) {
            skipDepth = 1;
            skipName = name;
          }
          return;
        case p + 'p':
          if (!selfClosing) paragraphStack.push({ text: '', deferred: [] });
          else emitParagraphText('');
          return;
        case p + 't':
          inText = !selfClosing;
          return;
        case p + 'tab':
          // w:tab inside w:tabs (paragraph properties) defines tab stops; only runs' tabs are text.
          if (paragraph && selfClosing && !attributes.includes(p + 'val')) paragraph.text += '\t';
          return;
        case p + 'br':
        case p + 'cr': {
          const type = attribute(attributes, p + 'type');
          if (paragraph && type !== 'page' && type !== 'column') paragraph.text += '\n';
          return;
        }
        case p + 'noBreakHyphen':
          if (paragraph) paragraph.text += '-';
          return;
        case p + 'pStyle':
          if (paragraph) paragraph.styleId = attribute(attributes, p + 'val') ?? '';
          return;
        case p + 'numId':
          if (paragraph) paragraph.numId = attribute(attributes, p + 'val') ?? '0';
          return;
        case p + 'ilvl':
          if (paragraph) paragraph.ilvl = Number(attribute(attributes, p + 'val') ?? 0) || 0;
          return;
        case p + 'tbl':
          tableStack.push({ rows: [] });
          return;
        case p + 'tr': {
          const table = tableStack[tableStack.length - 1];
          if (table) table.row = [];
          return;
        }
        case p + 'tc': {
          const table = tableStack[tableStack.length - 1];
          if (table) table.cell = { parts: [], span: 1 };
          return;
        }
        case p + 'gridSpan': {
          const cell = tableStack[tableStack.length - 1]?.cell;
          if (cell) cell.span = Math.min(64, Math.max(1, Number(attribute(attributes, p + 'val') ?? 1) || 1));
          return;
        }
      }
    },
    close(name) {
      if (skipDepth > 0) {
        if (name === skipName) skipDepth--;
        return;
      }
      switch (name) {
        case p + 't':
          inText = false;
          return;
        case p + 'p': {
          const paragraph = paragraphStack.pop();
          if (!paragraph) return;
          const label = labelFor(paragraph, numbering);
          const text = label + paragraph.text;
          const outer = paragraphStack[paragraphStack.length - 1];
          if (outer) {
            // A paragraph inside a text box anchored in another paragraph: emit it after that one.
            outer.deferred.push(text, ...paragraph.deferred);
          } else {
            emitParagraphText(text);
            for (const boxed of paragraph.deferred) emitParagraphText(boxed);
          }
          return;
        }
        case p + 'tc': {
          const table = tableStack[tableStack.length - 1];
          if (table?.cell && table.row) {
            table.row.push(table.cell.parts.join(' '));
            for (let extra = 1; extra < table.cell.span; extra++) table.row.push('');
          }
          if (table) delete table.cell;
          return;
        }
        case p + 'tr': {
          const table = tableStack[tableStack.length - 1];
          if (table?.row) table.rows.push(table.row);
          if (table) delete table.row;
          return;
        }
        case p + 'tbl': {
          const table = tableStack.pop();
          if (!table) return;
          const outer = tableStack[tableStack.length - 1];
          if (outer?.cell) {
            for (const row of table.rows) {
              const rowText = row.filter((cell) => cell !== '').join(' ');
              if (rowText) outer.cell.parts.push(rowText);
            }
          } else {
            for (const row of table.rows) if (row.some((cell) => cell !== '')) lines.push({ text: row.join('\t'), kind: 'table-row' });
          }
          return;
        }
      }
    },
    text(decoded) {
      if (inText && skipDepth === 0) {
        const paragraph = paragraphStack[paragraphStack.length - 1];
        if (paragraph) paragraph.text += decoded;
      }
    },
  });

  let text = '';
  let index = 0;
  const paragraphs: DocxParagraph[] = [];
  for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
    const line = lines[lineIndex]!;
    if (lineIndex > 0) text += '\n';
    const start = text.length;
    text += line.text;
    if (line.text.trim() !== '') paragraphs.push({ start, end: text.length, index: ++index, kind: line.kind });
  }
  return { text, paragraphs };
}

function labelFor(paragraph: ParagraphBuilder, numbering: ListNumbering): string {
  let numId = paragraph.numId;
  let ilvl = paragraph.ilvl;
  if (numId === undefined && paragraph.styleId) {
    const fromStyle = numbering.styleNumbering(paragraph.styleId);
    numId = fromStyle.numId;
    ilvl ??= fromStyle.ilvl;
  }
  if (numId === undefined || numId === '0') return '';
  return numbering.next(numId, ilvl ?? 0);
}
