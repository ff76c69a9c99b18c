// Reads the text layer of a PDF draft with pdfjs-dist; layout.ts rebuilds lines, paragraphs and table
// rows from the glyph positions and drops running headers, footers and page numbers. Never throws.
import * as path from 'path';
import { layoutText, linesOf, visibleCharacters, type LayoutParagraph, type Line, type PlacedRun } from './layout';

export type PdfParagraph = LayoutParagraph;

export type PdfResult = { ok: true; text: string; paragraphs: PdfParagraph[]; pages: number } | { ok: false; message: string };

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

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
    // A bundle loaded with a code cache (bin/code-cache.js) cannot import() on its own on every Node version: the
    // loader lends its own, which resolves from the bundle's folder as this import would.
    const lent = (globalThis as Record<symbol, unknown>)[Symbol.for('xianjie.import')] as ((specifier: string) => Promise<unknown>) | undefined;
    pdfjs = lent ? ((await lent('pdfjs-dist/legacy/build/pdf.mjs')) as typeof pdfjs) : await import('pdfjs-dist/legacy/build/pdf.mjs');
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
      pages.push(linesOf(runsOf(content.items.filter((item): item is TextItemLike & typeof item => 'str' in item) as TextItemLike[]), number));
      page.cleanup();
    }
    const visible = visibleCharacters(pages);
    if (visible === 0) {
      return { ok: false, message: `文件 ${fileName} 没有文字层（可能是扫描件或图片），无法读取其中的文字。本工具不做文字识别（OCR），请取得原始的 Word 文件，或用 OCR 软件转成文字后另存为 .txt 再检查。` };
    }
    return { ok: true, ...layoutText(pages), pages: document.numPages };
  } catch (error) {
    return { ok: false, message: `读取 PDF 文件 ${fileName} 时出错（${error instanceof Error ? error.message : String(error)}）。请另存为 .docx 或 .txt 后再检查。` };
  } finally {
    void document.destroy();
  }
}

/** pdf.js text items as placed runs: the baseline start and size from the item's transform. */
function runsOf(items: TextItemLike[]): PlacedRun[] {
  return items.map((item) => {
    const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
    return { text: item.str, x, y, w: item.width, size: Math.hypot(c, d) || item.height || 10 };
  });
}
