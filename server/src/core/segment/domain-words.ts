// Keeps a baseline's domain words whole on top of any jieba engine: runs of the engine's tokens that
// spell a dictionary word are merged back into that word. Pure; the engines are loaded in server/src/segment.
import type { Segmenter } from './segmenter';

/** A jieba cut (HMM on): text in, tokens out, covering the text in order. */
export type CutFunction = (text: string) => string[];

/**
 * A jieba engine with a baseline's domain dictionary. The engines keep one dictionary per process,
 * so words are not inserted into it (that would make segmentation depend on which baselines a
 * process loaded before); instead, runs of tokens that spell a domain word are merged back into that
 * word. The result depends only on the engine, the dictionary and the text.
 */
export class DomainWordSegmenter implements Segmenter {
  private readonly words: Set<string>;
  /** Every proper prefix of a dictionary word: extending a run stops as soon as it leaves these. */
  private readonly prefixes = new Set<string>();
  private readonly maxLen: number;
  /**
   * Both jieba engines cut the pieces between full-width commas on their own (jieba-rs: a comma is
   * not a Han block, and the HMM replay treats it as a separator; cppjieba: its pre-filter splits
   * there); a run of tokens is merged only into a dictionary word, so no merge spans a comma unless
   * a word holds one.
   */
  readonly cutsAtComma: boolean;

  constructor(readonly name: string, private readonly engineCut: CutFunction, dictionary: Iterable<string>) {
    this.words = new Set([...dictionary].filter((w) => w.length >= 2));
    let maxLen = 2;
    for (const w of this.words) {
      for (let k = 1; k < w.length; k++) this.prefixes.add(w.slice(0, k));
      if (w.length > maxLen) maxLen = w.length;
    }
    this.maxLen = Math.min(24, maxLen);
    this.cutsAtComma = ![...this.words].some((w) => w.includes('，'));
  }

  cut(text: string): string[] {
    return this.merge(this.engineCut(text));
  }

  /**
   * The texts joined by line breaks and cut in one engine call, the tokens then dealt back to the
   * texts by position. A line break is a hard boundary for both engines (jieba-rs cuts Han blocks
   * apart at it, cppjieba's pre-filter and the HMM replay split there), so each text gets the tokens
   * its own cut would give. Should a token ever straddle a boundary, the texts it touches are cut on
   * their own instead.
   */
  cutMany(texts: string[]): string[][] {
    if (texts.length < 2) return texts.map((t) => this.cut(t));
    const tokens = this.engineCut(texts.join('\n'));
    const out: string[][] = texts.map(() => []);
    const redo = new Set<number>();
    let k = 0;
    let end = texts[0]!.length;
    let pos = 0;
    for (const tok of tokens) {
      const from = pos;
      pos += tok.length;
      // Past the end of text k: the token is the separator, or the start of a later text.
      while (k < texts.length - 1 && from >= end + 1) end += 1 + texts[++k]!.length;
      if (from === end && tok === '\n' && k < texts.length - 1) continue;
      if (pos <= end) out[k]!.push(tok);
      else {
        // Straddles the boundary after text k (and perhaps more): recut the texts it touches.
        redo.add(k);
        let e = end;
        for (let j = k + 1; j < texts.length && e < pos; j++) (e += 1 + texts[j]!.length), redo.add(j);
      }
    }
    return out.map((toks, i) => (redo.has(i) ? this.cut(texts[i]!) : this.merge(toks)));
  }

  private merge(tokens: string[]): string[] {
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
