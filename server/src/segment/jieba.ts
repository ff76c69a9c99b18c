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
const inserted = new Set<string>();

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

class JiebaSegmenter implements Segmenter {
  readonly name = 'nodejieba';
  constructor(private readonly j: NodeJieba) {}
  cut(text: string): string[] {
    return this.j.cut(text, true);
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
  if (j) {
    for (const w of words) {
      if (!inserted.has(w)) {
        j.insertWord(w);
        inserted.add(w);
      }
    }
    return { segmenter: new JiebaSegmenter(j) };
  }
  return { segmenter: new FallbackSegmenter(words), fallbackReason: loadError };
}
