// Word, WPS, PDF and Excel files shown in the editor as read-only text (URI scheme `xianjie-doc:`): the
// original file of such a URI, the text the input layer extracts from it, and where an offset lies in it.
import * as path from 'path';
import { fileURLToPath } from 'url';
import { paragraphOf, readDraftFile, type DraftFile } from '../input/read';

/** The scheme of the editor's read-only view of an extracted document. */
export const EXTRACTED_SCHEME = 'xianjie-doc';
/** Appended to the original's path in the view's URI, so its tab reads “方案.pdf（文字）”. */
export const EXTRACTED_SUFFIX = '（文字）';

/** Extensions the editor opens as extracted text (the client's menus list the same). */
export const EXTRACTED_EXTENSIONS = ['.docx', '.doc', '.wps', '.pdf', '.ofd', '.xlsx'];

export function isExtractedUri(uri: string): boolean {
  return uri.startsWith(`${EXTRACTED_SCHEME}:`);
}

/**
 * The file a document stands for: the path of a `file:` URI, or the original file of a `xianjie-doc:`
 * view (its path without the suffix). Undefined for any other URI.
 */
export function sourceFileOf(uri: string): string | undefined {
  try {
    if (uri.startsWith('file:')) return fileURLToPath(uri);
    if (!isExtractedUri(uri)) return undefined;
    const view = new URL(uri);
    let p = decodeURIComponent(view.pathname);
    if (p.endsWith(EXTRACTED_SUFFIX)) p = p.slice(0, -EXTRACTED_SUFFIX.length);
    const file = new URL('file:///');
    // A Windows share (\\server\share\方案.pdf) keeps its server as the authority.
    if (view.host) file.host = view.host;
    file.pathname = p;
    return fileURLToPath(file);
  } catch {
    return undefined;
  }
}

type ReadKind = Extract<DraftFile, { ok: true }>['kind'];
type ParagraphLike = { start: number; end: number; index: number; page?: number; sheet?: string };

/** Where offsets of an extracted text lie in the original: pages of a PDF, paragraphs of Word, rows of Excel. */
export interface Places {
  kind: ReadKind;
  /** The original file's name (方案.pdf). */
  fileName: string;
  /** The 1-based PDF page of an offset. */
  pageAt(offset: number): number | undefined;
  /** “第 3 页”, “第 12 段”, “工作表“任务”第 5 行”; undefined where nothing is known. */
  labelAt(offset: number): string | undefined;
}

function placesOf(file: string, kind: ReadKind, paragraphs: readonly ParagraphLike[]): Places {
  // paragraphOf leaves out offsets between paragraphs; the paragraph before them is the nearer place.
  const at = (offset: number): ParagraphLike | undefined => {
    const hit = paragraphOf(offset, paragraphs);
    if (hit) return hit;
    let before: ParagraphLike | undefined;
    for (const p of paragraphs) {
      if (p.start > offset) break;
      before = p;
    }
    return before ?? paragraphs[0];
  };
  return {
    kind,
    fileName: path.basename(file),
    pageAt: (offset) => at(offset)?.page,
    labelAt: (offset) => {
      const p = at(offset);
      if (!p) return undefined;
      if (p.page !== undefined) return `第 ${p.page} 页`;
      if (p.sheet !== undefined) return `工作表“${p.sheet}”第 ${p.index} 行`;
      return `第 ${p.index} 段`;
    },
  };
}

export type Extraction = { ok: true; text: string; kind: ReadKind; places: Places; notes: string[]; pages?: number } | { ok: false; message: string };

/**
 * The texts the server extracted, by original file: the client's view shows the text the last
 * extraction gave, and the analysis of the view finds its pages and paragraphs here.
 */
export class ExtractedFiles {
  private readonly byFile = new Map<string, { text: string; places: Places }>();

  /** Reads the original with the CLI's reader; a failure is a Chinese message, never a throw. */
  async extract(file: string, maxBytes: number): Promise<Extraction> {
    const read = await readDraftFile(file, { maxBytes });
    if (!read.ok) {
      this.byFile.delete(file);
      return { ok: false, message: read.message };
    }
    const paragraphs = (read.paragraphs ?? []) as ParagraphLike[];
    const places = placesOf(file, read.kind, paragraphs);
    this.byFile.set(file, { text: read.text, places });
    const pages = paragraphs.length && paragraphs[0]!.page !== undefined ? Math.max(...paragraphs.map((p) => p.page ?? 0)) : undefined;
    return { ok: true, text: read.text, kind: read.kind, places, notes: read.notes ?? [], ...(pages !== undefined ? { pages } : {}) };
  }

  /**
   * The places of a view's text. After a server restart the client's view outlives the cache: the
   * original is then read again, and its places are used only when it still gives the view's text.
   */
  async placesFor(uri: string, text: string, maxBytes: number): Promise<Places | undefined> {
    const file = isExtractedUri(uri) ? sourceFileOf(uri) : undefined;
    if (!file) return undefined;
    let hit = this.byFile.get(file);
    if (!hit || hit.text !== text) {
      await this.extract(file, maxBytes);
      hit = this.byFile.get(file);
    }
    return hit && hit.text === text ? hit.places : undefined;
  }
}
