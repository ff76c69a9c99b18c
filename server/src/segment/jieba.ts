// Loads nodejieba with the baseline's domain dictionary, or falls back to the pure-JavaScript
// segmenter when the native addon cannot be loaded. Used by the CLI and the language server.
import { FallbackSegmenter, type Segmenter } from '../core/segment/segmenter';

interface NodeJieba {
  cut(text: string, hmm?: boolean): string[];
  insertWord(word: string, tag?: string): boolean;
  load(options?: Record<string, string>): void;
}

let jieba: NodeJieba | undefined;
let loadError: string | undefined;

function loadJieba(): NodeJieba | undefined {
  if (jieba || loadError) return jieba;
  if (process.env.XIANJIE_SEGMENTER === 'fallback') {
    loadError = '已按 XIANJIE_SEGMENTER=fallback 设置使用内置分词';
    return undefined;
  }
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    jieba = require('nodejieba') as NodeJieba;
    jieba.cut('数字政府');
  } catch (e) {
    jieba = undefined;
    loadError = e instanceof Error ? e.message : String(e);
  }
  return jieba;
}

/**
 * nodejieba with a baseline's domain dictionary. nodejieba keeps one global dictionary, so words
 * are not inserted into it (that would make segmentation depend on which baselines a process
 * loaded before); instead, runs of jieba's tokens that spell a domain word are merged back into
 * that word. The result depends only on the dictionary and the text.
 */
class JiebaSegmenter implements Segmenter {
  readonly name = 'nodejieba';
  private readonly words: Set<string>;
  /** Every proper prefix of a dictionary word: extending a run stops as soon as it leaves these. */
  private readonly prefixes = new Set<string>();
  private readonly maxLen: number;
  constructor(private readonly j: NodeJieba, dictionary: string[]) {
    this.words = new Set(dictionary.filter((w) => w.length >= 2));
    for (const w of this.words) for (let k = 1; k < w.length; k++) this.prefixes.add(w.slice(0, k));
    this.maxLen = Math.min(24, Math.max(2, ...[...this.words].map((w) => w.length)));
  }

  cut(text: string): string[] {
    const tokens = this.j.cut(text, true);
    const out: string[] = [];
    for (let i = 0; i < tokens.length; ) {
      // Longest run tokens[i..j] whose concatenation is a domain word.
      let joined = tokens[i]!;
      let best = -1;
      let bestWord = '';
      for (let k = i + 1; k < tokens.length && joined.length < this.maxLen && this.prefixes.has(joined); k++) {
        joined += tokens[k]!;
        if (joined.length > this.maxLen) break;
        if (this.words.has(joined)) {
          best = k;
          bestWord = joined;
        }
      }
      if (best > i) {
        // The whole domain word, and its parts: 政务信创云 also matches 信创云 through 信创.
        out.push(bestWord);
        for (let k = i; k <= best; k++) if (tokens[k]!.length >= 2) out.push(tokens[k]!);
        i = best + 1;
      } else {
        out.push(tokens[i]!);
        i++;
      }
    }
    return out;
  }
}

export interface SegmenterChoice {
  segmenter: Segmenter;
  /** Set when the native addon could not be loaded and the fallback is in use. */
  fallbackReason?: string;
}

/** Returns a segmenter that keeps every dictionary word whole. */
export function createSegmenter(dictionary: Iterable<string>): SegmenterChoice {
  const words = [...dictionary];
  const j = loadJieba();
  if (j) return { segmenter: new JiebaSegmenter(j, words) };
  return { segmenter: new FallbackSegmenter(words), fallbackReason: loadError };
}
