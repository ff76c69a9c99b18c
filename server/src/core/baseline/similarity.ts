// Character-bigram similarity, used at baseline build time to link task-list groups and tasks
// to body clauses without a segmenter.
import { detach } from '../text-cache';

/** Counts of a string's character bigrams (of ideographs, letters and digits), each bigram keyed by its two code units as one number. */
function bigrams(s: string): Map<number, number> {
  const t = s.replace(/[^\u4e00-\u9fffA-Za-z0-9]/g, '');
  const m = new Map<number, number>();
  for (let i = 0; i + 1 < t.length; i++) {
    const g = t.charCodeAt(i) * 0x10000 + t.charCodeAt(i + 1);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Bigram counts of strings compared often (a baseline's goals, clause titles), kept for reuse. */
const cache = new Map<string, Map<number, number>>();
const CACHE_LIMIT = 4096;

function cachedBigrams(s: string): Map<number, number> {
  let m = cache.get(s);
  if (!m) {
    m = bigrams(s);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    // A copy: a draft's sentence sliced from the document would keep that version of it alive.
    cache.set(detach(s), m);
  }
  return m;
}

/** Dice coefficient over character bigrams of the shorter string against the longer (0..1). */
export function bigramSimilarity(a: string, b: string): number {
  const A = cachedBigrams(a);
  const B = cachedBigrams(b);
  let inter = 0;
  let na = 0;
  for (const [g, c] of A) {
    na += c;
    inter += Math.min(c, B.get(g) ?? 0);
  }
  let nb = 0;
  for (const c of B.values()) nb += c;
  const small = Math.min(na, nb);
  return small === 0 ? 0 : inter / small;
}
