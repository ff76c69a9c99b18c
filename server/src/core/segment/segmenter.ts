// The segmentation interface the core depends on, the engine names, and a pure-JavaScript fallback
// segmenter (dictionary longest match plus character bigrams) for when no jieba engine can be loaded.

/**
 * The engines a user may choose (config key `segmenter`): jieba-rs through @node-rs/jieba (prebuilt
 * for every desktop platform; the default), nodejieba (cppjieba, compiled at install), and the
 * built-in fallback.
 */
export const SEGMENTER_NAMES = ['jieba-rs', 'nodejieba', 'fallback'] as const;
export type SegmenterName = (typeof SEGMENTER_NAMES)[number];
export const DEFAULT_SEGMENTER: SegmenterName = 'jieba-rs';

export interface Segmenter {
  /** One of SEGMENTER_NAMES. */
  readonly name: string;
  /** Splits text into words; punctuation and whitespace may be returned and are filtered later. */
  cut(text: string): string[];
  /**
   * True when no cut joins text across a full-width comma: cutting the pieces between commas gives
   * the whole text's tokens, the commas aside (align.ts tokenizeSentences relies on it).
   */
  readonly cutsAtComma?: boolean;
  /**
   * Cuts several texts at once, each exactly as cut() would (an engine called once for many short
   * texts saves its per-call cost). Optional: callers cut one by one without it.
   */
  cutMany?(texts: string[]): string[][];
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Longest-match over a dictionary; runs of CJK characters not in the dictionary become
 * overlapping bigrams, which keeps recall for words the dictionary lacks.
 */
export class FallbackSegmenter implements Segmenter {
  readonly name = 'fallback';
  private readonly words = new Set<string>();
  private maxLen = 1;
  /** A comma is never part of a CJK run or a letter run; only a dictionary word could span one. */
  cutsAtComma = true;

  constructor(dictionary: Iterable<string>) {
    for (const w of dictionary) this.add(w);
  }

  add(word: string): void {
    if (word.length < 2) return;
    this.words.add(word);
    if (word.includes('，')) this.cutsAtComma = false;
    if (word.length > this.maxLen) this.maxLen = Math.min(word.length, 16);
  }

  cut(text: string): string[] {
    const out: string[] = [];
    let run = '';
    const flushRun = (): void => {
      if (run.length === 1) out.push(run);
      for (let k = 0; k + 1 < run.length; k++) out.push(run.slice(k, k + 2));
      run = '';
    };
    let i = 0;
    while (i < text.length) {
      const ch = text[i]!;
      if (!CJK.test(ch)) {
        flushRun();
        let j = i + 1;
        if (/[A-Za-z0-9]/.test(ch)) while (j < text.length && /[A-Za-z0-9+]/.test(text[j]!)) j++;
        out.push(text.slice(i, j));
        i = j;
        continue;
      }
      let matched = 0;
      for (let len = Math.min(this.maxLen, text.length - i); len >= 2; len--) {
        if (this.words.has(text.slice(i, i + len))) {
          matched = len;
          break;
        }
      }
      if (matched) {
        flushRun();
        out.push(text.slice(i, i + matched));
        i += matched;
      } else {
        run += ch;
        i++;
      }
    }
    flushRun();
    return out;
  }
}
