// Reads an OFD (GB/T 33190-2016) draft: OFD.xml → the first document's Document.xml → each page's
// Content.xml (and its templates); text placed from TextObject/TextCode positions, then layout.ts
// rebuilds lines, paragraphs and table rows as for a PDF. Never throws.
import { layoutText, linesOf, visibleCharacters, type LayoutParagraph, type Line, type PlacedRun } from './layout';
import { attribute, scanXml } from './xml';
import { readZipDirectory, readZipEntry, ZipError, type ZipEntry } from './zip';

export type OfdParagraph = LayoutParagraph;

export type OfdResult = { ok: true; text: string; paragraphs: OfdParagraph[]; pages: number } | { ok: false; message: string };

export interface ReadOfdOptions {
  /** Cap on the uncompressed size of the parts read. Default 50 MB. */
  maxUncompressedBytes?: number;
}

const DEFAULT_MAX_UNCOMPRESSED = 50 * 1024 * 1024;
/** Millimetres (OFD's unit) to points (the unit layout.ts's thresholds were tuned in). */
const MM_TO_PT = 72 / 25.4;

/** An element of a parsed part: local name (prefix dropped), raw attributes, children, text. */
interface XmlElement {
  name: string;
  attributes: string;
  children: XmlElement[];
  text: string;
}

/** Raised for a package that is a zip but not a readable OFD; the message is shown as it is. */
class OfdError extends Error {}

/** Reads `bytes` as an OFD package; every failure becomes a Chinese message. */
export function readOfd(bytes: Uint8Array, fileName: string, options: ReadOfdOptions = {}): OfdResult {
  const cap = options.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED;
  try {
    return readOfdSync(bytes, fileName, cap);
  } catch (error) {
    return { ok: false, message: messageFor(error, fileName, cap) };
  }
}

const AGAIN = '请用 OFD 阅读器（如数科、福昕、永中）重新打开后另存，或另存为 .docx、.pdf、.txt 再检查。';

function messageFor(error: unknown, fileName: string, cap: number): string {
  if (error instanceof OfdError) return error.message;
  if (error instanceof ZipError) {
    switch (error.kind) {
      case 'not-zip':
        return `文件 ${fileName} 不是有效的 OFD 文件（OFD 文件是 zip 格式的压缩包，这个文件不是）。${AGAIN}`;
      case 'encrypted':
        return `文件 ${fileName} 的内容已加密，无法读取。请在 OFD 阅读器中取消加密后另存，或另存为 .docx、.pdf、.txt 再检查。`;
      case 'too-large':
        return `文件 ${fileName} 解压后超过 ${Math.round(cap / 1024 / 1024)} MB，可能已损坏或不是正常的 OFD 文件。${AGAIN}`;
      case 'unsupported':
        return `文件 ${fileName} 使用了暂不支持的压缩方式。${AGAIN}`;
      default:
        return `文件 ${fileName} 已损坏（压缩包不完整），无法读取。${AGAIN}`;
    }
  }
  return `读取 OFD 文件 ${fileName} 时出错（${error instanceof Error ? error.message : String(error)}）。${AGAIN}`;
}

function readOfdSync(bytes: Uint8Array, fileName: string, cap: number): OfdResult {
  const entries = readZipDirectory(bytes);
  const budget = { remaining: cap };
  const byLowerName = new Map<string, ZipEntry>();
  for (const [name, entry] of entries) byLowerName.set(name.toLowerCase(), entry);
  const broken = (what: string): OfdError => new OfdError(`文件 ${fileName} 的结构不完整：${what}，无法读取。${AGAIN}`);

  /** Reads and parses one part; `from` is the folder a relative location is resolved against. */
  const part = (location: string, from: string, what: string): { element: XmlElement; name: string } => {
    const name = resolveLocation(location, from);
    // Producers differ in the case of folder names (Tpls, TPLS); zip names are matched without case as a fallback.
    const entry = entries.get(name) ?? byLowerName.get(name.toLowerCase());
    if (!entry) throw broken(`找不到${what}（${name}）`);
    const element = parseXml(new TextDecoder('utf-8').decode(readZipEntry(bytes, entry, budget)));
    if (!element) throw new OfdError(`文件 ${fileName} 中的 ${name} 不是完整的 XML（文件可能已损坏），无法读取。${AGAIN}`);
    return { element, name };
  };

  if (!entries.has('OFD.xml') && !byLowerName.has('ofd.xml')) {
    throw new OfdError(`文件 ${fileName} 是压缩包，但缺少 OFD 文件的入口 OFD.xml，不是有效的 OFD 文件。请确认文件类型；${AGAIN}`);
  }
  const ofd = part('OFD.xml', '', '入口文件 OFD.xml').element;
  if (ofd.name !== 'OFD') throw broken('OFD.xml 的根元素不是 ofd:OFD');
  // A package may hold several documents; the first is the one a reader opens.
  const docRoot = child(child(ofd, 'DocBody'), 'DocRoot')?.text.trim();
  if (!docRoot) throw broken('OFD.xml 中没有指明文档（DocBody/DocRoot）');
  const document = part(docRoot, '', '文档描述文件');
  const documentFolder = folderOf(document.name);
  const templates = new Map<string, string>();
  for (const template of children(child(document.element, 'CommonData'), 'TemplatePage')) {
    const id = attribute(template.attributes, 'ID');
    const location = attribute(template.attributes, 'BaseLoc');
    if (id && location) templates.set(id, location);
  }
  const pageLocations = children(child(document.element, 'Pages'), 'Page').map((page) => attribute(page.attributes, 'BaseLoc'));
  if (!pageLocations.length) throw new OfdError(`文件 ${fileName} 中没有页面，无法读取。${AGAIN}`);

  const pages: Line[][] = [];
  let images = 0;
  const templateRuns = new Map<string, { runs: PlacedRun[]; images: number }>();
  pageLocations.forEach((location, k) => {
    if (!location) throw broken(`第 ${k + 1} 页没有指明内容文件（BaseLoc）`);
    const page = part(location, documentFolder, `第 ${k + 1} 页的内容文件`);
    const runs: PlacedRun[] = [];
    // Templates carry what repeats on pages (running heads, form labels); their text is on the page too.
    for (const use of children(page.element, 'Template')) {
      const id = attribute(use.attributes, 'TemplateID') ?? '';
      let read = templateRuns.get(id);
      if (!read) {
        const templateLocation = templates.get(id);
        if (!templateLocation) throw broken(`第 ${k + 1} 页引用的模板 ${id} 不存在`);
        read = { runs: [], images: 0 };
        read.images = placeText(child(part(templateLocation, documentFolder, `模板 ${id} 的内容文件`).element, 'Content'), read.runs);
        templateRuns.set(id, read);
      }
      runs.push(...read.runs);
      images += read.images;
    }
    images += placeText(child(page.element, 'Content'), runs);
    pages.push(linesOf(runs, k + 1));
  });
  if (visibleCharacters(pages) === 0) {
    const what = images > 0 ? '页面上只有图片（可能是扫描件）' : '页面上没有文字';
    return { ok: false, message: `文件 ${fileName} 没有文字层（${what}），无法读取其中的文字。本工具不做文字识别（OCR），请取得原始的 Word 文件，或用 OCR 软件转成文字后另存为 .txt 再检查。` };
  }
  return { ok: true, ...layoutText(pages), pages: pages.length };
}

/**
 * Places the text of a page's or template's Content as runs (points, y upwards); returns the number
 * of image objects seen. Text in layers and page blocks at any depth is read; text turned by a CTM
 * or written vertically (watermarks, the ring of a seal) is left out.
 */
function placeText(content: XmlElement | undefined, runs: PlacedRun[]): number {
  let images = 0;
  const stack: XmlElement[] = content ? [...content.children].reverse() : [];
  while (stack.length) {
    const element = stack.pop()!;
    if (element.name === 'ImageObject') images++;
    else if (element.name === 'TextObject') placeTextObject(element, runs);
    else if (element.name === 'Layer' || element.name === 'PageBlock') for (let k = element.children.length - 1; k >= 0; k--) stack.push(element.children[k]!);
  }
  return images;
}

function placeTextObject(object: XmlElement, runs: PlacedRun[]): void {
  const boundary = numbers(attribute(object.attributes, 'Boundary'));
  const size = Number(attribute(object.attributes, 'Size'));
  if (boundary.length < 4 || !(size > 0)) return;
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = numbers(attribute(object.attributes, 'CTM'));
  const direction = Number(attribute(object.attributes, 'ReadDirection') ?? 0) || 0;
  if (Math.abs(b) > Math.abs(a) * 1e-3 || Math.abs(c) > Math.abs(d) * 1e-3 || a <= 0 || d <= 0 || direction !== 0) return;
  const hScale = Number(attribute(object.attributes, 'HScale') ?? 1) || 1;
  const toPage = (x: number, y: number): [number, number] => [boundary[0]! + a * x + c * y + e, boundary[1]! + b * x + d * y + f];
  let x: number | undefined;
  let y: number | undefined;
  for (const code of children(object, 'TextCode')) {
    x = numberOr(attribute(code.attributes, 'X'), x);
    y = numberOr(attribute(code.attributes, 'Y'), y);
    // Line breaks and indentation around a TextCode's text come from pretty-printed XML, not the page.
    const chars = [...code.text.replace(/^[ \t]*[\r\n][\s]*|[\s]*[\r\n][ \t]*$/g, '')];
    if (!chars.length || x === undefined || y === undefined) continue;
    const deltaX = deltas(attribute(code.attributes, 'DeltaX'), chars.length - 1);
    const deltaY = deltas(attribute(code.attributes, 'DeltaY'), chars.length - 1);
    // A run is a stretch of characters at their usual advance on one baseline; a jump (a gap, a step
    // back or a change of baseline) starts a new run, as pdf.js would start a new text item.
    let runX = x;
    let runY = y;
    let start = 0;
    let cx = x;
    let cy = y;
    const flush = (end: number, lastX: number): void => {
      const [x0, y0] = toPage(runX, runY);
      const [x1] = toPage(lastX + advance(chars[end - 1]!, size) * hScale, runY);
      runs.push({ text: chars.slice(start, end).join(''), x: x0 * MM_TO_PT, y: -y0 * MM_TO_PT, w: (x1 - x0) * MM_TO_PT, size: size * d * MM_TO_PT });
    };
    for (let k = 1; k <= chars.length; k++) {
      if (k === chars.length) {
        flush(k, cx);
        break;
      }
      const dx = deltaX[k - 1] ?? 0;
      const dy = deltaY[k - 1] ?? 0;
      const usual = advance(chars[k - 1]!, size) * hScale;
      const jump = dy !== 0 || dx < -size * 0.1 || dx > usual + size * 0.6;
      if (jump) {
        flush(k, cx);
        start = k;
        runX = cx + dx;
        runY = cy + dy;
      }
      cx += dx;
      cy += dy;
    }
  }
}

/** A glyph's usual advance when the font is unknown: half an em for ASCII, a full em otherwise. */
const advance = (char: string, size: number): number => (char.codePointAt(0)! < 0x80 ? size / 2 : size);

/**
 * Expands a DeltaX or DeltaY list, where `g N v` stands for N copies of v; at most `count` values
 * are produced (a hostile `g 1000000000 1` costs nothing). A list shorter than `count` repeats its
 * last value, as renderers do; no list means no offset.
 */
export function deltas(list: string | undefined, count: number): number[] {
  const tokens = (list ?? '').trim().split(/\s+/).filter((t) => t !== '');
  const out: number[] = [];
  for (let k = 0; k < tokens.length && out.length < count; k++) {
    if (tokens[k] === 'g') {
      const times = Math.min(Number(tokens[k + 1]), count - out.length);
      const value = Number(tokens[k + 2]);
      if (Number.isFinite(times) && Number.isFinite(value)) for (let n = 0; n < times; n++) out.push(value);
      k += 2;
    } else {
      const value = Number(tokens[k]);
      if (Number.isFinite(value)) out.push(value);
    }
  }
  const last = out[out.length - 1];
  while (out.length < count && last !== undefined) out.push(last);
  return out;
}

const numbers = (value: string | undefined): number[] => (value ?? '').trim().split(/[\s,]+/).filter((t) => t !== '').map(Number).filter(Number.isFinite);

function numberOr(value: string | undefined, fallback: number | undefined): number | undefined {
  const parsed = value === undefined || value.trim() === '' ? NaN : Number(value);
  return Number.isFinite(parsed) ? parsed : fallback;
}

/** Resolves an ST_Loc: absolute from the package root when it starts with '/', else from `folder`. */
function resolveLocation(location: string, folder: string): string {
  const path = location.trim().replace(/\\/g, '/');
  const parts = (path.startsWith('/') ? path : `${folder}/${path}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return out.join('/');
}

const folderOf = (name: string): string => name.split('/').slice(0, -1).join('/');

const child = (element: XmlElement | undefined, name: string): XmlElement | undefined => element?.children.find((c) => c.name === name);
const children = (element: XmlElement | undefined, name: string): XmlElement[] => element?.children.filter((c) => c.name === name) ?? [];

/**
 * Parses a part into elements (namespace prefixes dropped; text kept only for leaves). Returns
 * undefined when the XML is not well formed: a tag closed out of order, an unclosed element, or
 * no root element.
 */
function parseXml(xml: string): XmlElement | undefined {
  const root: XmlElement = { name: '', attributes: '', children: [], text: '' };
  const stack: XmlElement[] = [root];
  const names: string[] = [];
  let wellFormed = true;
  scanXml(xml.replace(/^\uFEFF/, ''), {
    open(name, attributes) {
      const element: XmlElement = { name: name.slice(name.indexOf(':') + 1), attributes, children: [], text: '' };
      stack[stack.length - 1]!.children.push(element);
      stack.push(element);
      names.push(name);
    },
    close(name) {
      if (names.pop() !== name) wellFormed = false;
      if (stack.length > 1) stack.pop();
    },
    text(text) {
      stack[stack.length - 1]!.text += text;
    },
  });
  if (!wellFormed || names.length > 0 || root.children.length !== 1) return undefined;
  return root.children[0];
}
