// Turns the bytes of a plain-text draft into a string: BOMs, strict UTF-8, GB18030 (GBK), and a
// clear refusal for binary or undecodable files. Line endings are kept exactly as they are.
import * as iconv from 'iconv-lite';

/** jschardet (about 20 ms to load) is needed only for text that is neither UTF-8 nor UTF-16. */
function detectCharset(bytes: Uint8Array): { encoding: string | null; confidence: number } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { detect } = require('jschardet') as { detect(b: Uint8Array): { encoding: string | null; confidence: number } };
  return detect(bytes);
}

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';
export type LineEndings = 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName; lineEndings: LineEndings }
  | { ok: false; reason: 'binary' | 'undecodable'; message: string };

/** Known binary formats, recognised by their first bytes, with the advice given for each. */
const BINARY_SIGNATURES: { bytes: number[]; what: string; advice: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'PDF 文件', advice: '请在 PDF 阅读器中复制全文，另存为 .txt 后再检查' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: '旧版 Word（.doc）、WPS 文件或加密的文档', advice: '请用 Word 或 WPS 打开后另存为 .docx 或 .txt（如设置了打开密码，请先取消密码）再检查' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: '压缩包（zip）文件', advice: '如果是 Word 文档，请使用 .docx 扩展名；否则请另存为 .txt 后再检查' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'RTF 文件', advice: '请另存为 .docx 或 .txt 后再检查' },
];

/**
 * Decodes a text file. Order: byte-order marks (UTF-8, UTF-16 LE/BE; the BOM is not part of
 * the text), known binary signatures, NUL bytes (BOM-less UTF-16 is accepted only when it
 * decodes to plain text), control characters, strict UTF-8, then GB18030 when the bytes have
 * its structure and jschardet does not take them for Big5. Never throws.
 */
export function decodeBytes(bytes: Uint8Array, fileName: string): DecodeResult {
  try {
    return decodeOrThrow(bytes, fileName);
  } catch (error) {
    return { ok: false, reason: 'undecodable', message: `文件 ${fileName} 无法解码（${String(error)}），请另存为 UTF-8 编码的 .txt 后再检查。` };
  }
}

function decodeOrThrow(bytes: Uint8Array, fileName: string): DecodeResult {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = strictDecode('utf-8', bytes.subarray(3));
    if (text === undefined) return undecodable(fileName, '开头标明是 UTF-8 编码，但内容中有不合法的 UTF-8 字节');
    return finish(text, 'utf-8-bom', fileName);
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = strictDecode(encoding, bytes.subarray(2));
    if (text === undefined) return undecodable(fileName, `开头标明是 ${encoding.toUpperCase()} 编码，但内容不完整或有不合法的字节`);
    return finish(text, encoding, fileName);
  }
  for (const signature of BINARY_SIGNATURES) {
    if (startsWith(bytes, signature.bytes)) {
      return { ok: false, reason: 'binary', message: `文件 ${fileName} 是${signature.what}，不是纯文本文件。${signature.advice}。` };
    }
  }
  if (bytes.indexOf(0) >= 0) {
    const utf16 = guessUtf16WithoutBom(bytes);
    if (utf16) return finish(utf16.text, utf16.encoding, fileName);
    return binary(fileName);
  }
  if (hasManyControlCharacters(bytes)) return binary(fileName);
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== undefined) return finish(utf8, 'utf-8', fileName);
  // A UTF-8 file cut inside its last character: keep the complete part, mark the cut with U+FFFD.
  const cut = incompleteUtf8Tail(bytes);
  if (cut > 0) {
    const head = strictDecode('utf-8', bytes.subarray(0, bytes.length - cut));
    if (head !== undefined) return finish(head + '\ufffd', 'utf-8', fileName);
  }
  if (hasGb18030Structure(bytes)) {
    // Big5 (Traditional, Taiwan and Hong Kong) bytes also fit the GBK structure but decode to
    // nonsense; jschardet tells the two apart on a sample.
    if (looksLikeBig5(bytes)) {
      return undecodable(fileName, '看起来是繁体 Big5 编码，本工具只读取 UTF-8、UTF-16 和 GBK/GB18030 编码');
    }
    const text = iconv.decode(toBuffer(bytes), 'gb18030');
    if (!text.includes('\ufffd')) return finish(text, 'gb18030', fileName);
  }
  return undecodable(fileName, '既不是 UTF-8 编码，也不是 GBK/GB18030 编码');
}

function finish(text: string, encoding: TextEncodingName, fileName: string): DecodeResult {
  if (hasManyControlCharactersInText(text)) return binary(fileName);
  return { ok: true, text, encoding, lineEndings: detectLineEndings(text) };
}

function binary(fileName: string): DecodeResult {
  return { ok: false, reason: 'binary', message: `文件 ${fileName} 不是文本文件（含有二进制内容），请另存为 .txt 或 .docx 后再检查。` };
}

function undecodable(fileName: string, what: string): DecodeResult {
  return {
    ok: false,
    reason: 'undecodable',
    message: `无法识别文件 ${fileName} 的文字编码：${what}。请用记事本或 WPS 打开，另存为 UTF-8 编码的 .txt 后再检查。`,
  };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let index = 0; index < prefix.length; index++) if (bytes[index] !== prefix[index]) return false;
  return true;
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Decodes with a fatal TextDecoder; undefined when the bytes are not valid in that encoding. */
function strictDecode(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function looksLikeBig5(bytes: Uint8Array): boolean {
  const guess = detectCharset(bytes.subarray(0, 16 * 1024));
  return (guess.encoding ?? '').toLowerCase() === 'big5' && guess.confidence >= 0.6;
}

/** Control characters other than tab, line feed, form feed, carriage return, ESC and the DOS end-of-file mark. */
function isStrayControl(unit: number): boolean {
  return unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0c && unit !== 0x0d && unit !== 0x1a && unit !== 0x1b;
}

/** More than 1% stray control bytes (and at least 4) means binary; text files have almost none. */
function hasManyControlCharacters(bytes: Uint8Array): boolean {
  let count = 0;
  for (let index = 0; index < bytes.length; index++) if (isStrayControl(bytes[index]!)) count++;
  return count >= 4 && count * 100 > bytes.length;
}

function hasManyControlCharactersInText(text: string): boolean {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit === 0 || isStrayControl(unit)) count++;
  }
  return count >= 4 && count * 100 > text.length;
}

/**
 * BOM-less UTF-16: NUL bytes mostly on one side (ASCII characters) and a strict decode that
 * yields ordinary text (Chinese, ASCII, common punctuation) for at least 95% of the characters.
 */
function guessUtf16WithoutBom(bytes: Uint8Array): { text: string; encoding: 'utf-16le' | 'utf-16be' } | undefined {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined;
  let zerosEven = 0;
  let zerosOdd = 0;
  for (let index = 0; index < bytes.length; index++) {
    if (bytes[index] === 0) {
      if (index % 2 === 0) zerosEven++;
      else zerosOdd++;
    }
  }
  const encoding = zerosOdd > zerosEven ? 'utf-16le' : 'utf-16be';
  // CJK text puts zero bytes on both sides (U+4E00 is 00 4E), so the check is only that one side
  // clearly dominates; the ordinary-text test below decides.
  if (Math.min(zerosEven, zerosOdd) * 2 > Math.max(zerosEven, zerosOdd)) return undefined;
  const text = strictDecode(encoding, bytes);
  if (text === undefined || text.length === 0) return undefined;
  let ordinary = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (
      (unit >= 0x20 && unit < 0x7f) ||
      unit === 0x09 ||
      unit === 0x0a ||
      unit === 0x0d ||
      (unit >= 0x2000 && unit <= 0x206f) ||
      (unit >= 0x3000 && unit <= 0x9fff) ||
      (unit >= 0xff00 && unit <= 0xffef)
    ) {
      ordinary++;
    }
  }
  return ordinary >= text.length * 0.95 ? { text, encoding } : undefined;
}

/**
 * True when the bytes follow the GB18030 structure: ASCII (and 0x80, the euro sign in GBK/CP936),
 * two-byte sequences 81–FE + 40–7E/80–FE, and four-byte sequences 81–FE 30–39 81–FE 30–39.
 * A file cut in the middle of a sequence does not qualify.
 */
export function hasGb18030Structure(bytes: Uint8Array): boolean {
  const length = bytes.length;
  let index = 0;
  while (index < length) {
    const lead = bytes[index]!;
    if (lead <= 0x80) {
      index++;
      continue;
    }
    if (lead === 0xff || index + 1 >= length) return false;
    const second = bytes[index + 1]!;
    if ((second >= 0x40 && second <= 0x7e) || (second >= 0x80 && second <= 0xfe)) {
      index += 2;
      continue;
    }
    if (second >= 0x30 && second <= 0x39 && index + 3 < length) {
      const third = bytes[index + 2]!;
      const fourth = bytes[index + 3]!;
      if (third >= 0x81 && third <= 0xfe && fourth >= 0x30 && fourth <= 0x39) {
        index += 4;
        continue;
      }
    }
    return false;
  }
  return true;
}

/** Reports which line endings the text uses, without changing them. */
export function detectLineEndings(text: string): LineEndings {
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit === 0x0d) {
      if (text.charCodeAt(index + 1) === 0x0a) {
        crlf++;
        index++;
      } else {
        cr++;
      }
    } else if (unit === 0x0a) {
      lf++;
    }
  }
  const kinds = (lf > 0 ? 1 : 0) + (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return lf > 0 ? 'lf' : crlf > 0 ? 'crlf' : 'cr';
}

/** Length of an incomplete UTF-8 sequence at the end of `bytes` (0 when the end is complete). */
function incompleteUtf8Tail(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}
