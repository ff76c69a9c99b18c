// cppjieba's mixed segmentation (nodejieba's cut with HMM) on top of a maximum-probability cut made by
// another jieba engine: runs of single characters go through cppjieba's HMM with its rules for
// letters and numbers. Lets jieba-rs cut text the way nodejieba does. Pure; the model is read elsewhere.

/**
 * cppjieba's HMM (states B, E, M, S; natural-log probabilities), as stored in seeds/segment/hmm-model.json
 * by scripts/build-hmm-model.js: `chars` lists the characters with an emission probability, `emit[state]`
 * has one value per character of `chars` (null where the model has none for that state).
 */
export interface HmmModelData {
  start: number[];
  /** trans[from][to]. */
  trans: number[][];
  chars: string;
  emit: (number | null)[][];
}

/** The model ready for Viterbi: emissions in one flat array, four per character. */
export interface HmmModel {
  start: Float64Array;
  trans: Float64Array;
  index: Map<number, number>;
  emit: Float64Array;
}

/** cppjieba's value for "no probability". */
export const MIN_DOUBLE = -3.14e100;
const E = 1;
const S = 3;

export function prepareHmmModel(data: HmmModelData): HmmModel {
  const chars = Array.from(data.chars);
  if (data.start.length !== 4 || data.trans.length !== 4 || data.emit.length !== 4 || data.emit.some((row) => row.length !== chars.length)) {
    throw new Error('HMM 模型数据格式不正确');
  }
  const index = new Map<number, number>();
  const emit = new Float64Array(chars.length * 4);
  chars.forEach((c, i) => {
    index.set(c.codePointAt(0)!, i);
    for (let y = 0; y < 4; y++) emit[i * 4 + y] = data.emit[y]![i] ?? MIN_DOUBLE;
  });
  return { start: Float64Array.from(data.start), trans: Float64Array.from(data.trans.flat()), index, emit };
}

/** Parses cppjieba's hmm_model.utf8 (comment lines start with #) into the stored form. */
export function parseHmmModelText(text: string): HmmModelData {
  const lines = text.split(/\r?\n/).filter((l) => l && !l.startsWith('#'));
  if (lines.length < 9) throw new Error('HMM 模型文件不完整');
  const nums = (l: string): number[] => l.trim().split(/\s+/).map(Number);
  const perState: Map<string, number>[] = [0, 1, 2, 3].map((y) => {
    const m = new Map<string, number>();
    for (const pair of lines[5 + y]!.split(',')) {
      const colon = pair.lastIndexOf(':');
      if (colon > 0) m.set(pair.slice(0, colon), Number(pair.slice(colon + 1)));
    }
    return m;
  });
  const chars = [...new Set(perState.flatMap((m) => [...m.keys()]))].sort();
  return {
    start: nums(lines[0]!),
    trans: [1, 2, 3, 4].map((i) => nums(lines[i]!)),
    chars: chars.join(''),
    emit: perState.map((m) => chars.map((c) => m.get(c) ?? null)),
  };
}

/** Viterbi over runes (cppjieba HMMSegment::Viterbi, same arithmetic and tie-breaking); pushes the words. */
function viterbiCut(model: HmmModel, runes: string[], from: number, to: number, out: string[]): void {
  const X = to - from;
  if (X === 1) {
    out.push(runes[from]!);
    return;
  }
  const weight = new Float64Array(X * 4);
  const path = new Int8Array(X * 4);
  const rows = new Int32Array(X);
  for (let x = 0; x < X; x++) rows[x] = model.index.get(runes[from + x]!.codePointAt(0)!) ?? -1;
  const emitOf = (x: number, y: number): number => (rows[x]! < 0 ? MIN_DOUBLE : model.emit[rows[x]! * 4 + y]!);
  for (let y = 0; y < 4; y++) {
    weight[y * X] = model.start[y]! + emitOf(0, y);
    path[y * X] = -1;
  }
  for (let x = 1; x < X; x++) {
    for (let y = 0; y < 4; y++) {
      let best = MIN_DOUBLE;
      let prev = E;
      const emitProb = emitOf(x, y);
      for (let preY = 0; preY < 4; preY++) {
        const tmp = weight[x - 1 + preY * X]! + model.trans[preY * 4 + y]! + emitProb;
        if (tmp > best) {
          best = tmp;
          prev = preY;
        }
      }
      weight[x + y * X] = best;
      path[x + y * X] = prev;
    }
  }
  let stat = weight[X - 1 + E * X]! >= weight[X - 1 + S * X]! ? E : S;
  const status = new Int8Array(X);
  for (let x = X - 1; x >= 0; x--) {
    status[x] = stat;
    stat = path[x + stat * X]!;
  }
  let word = '';
  for (let i = 0; i < X; i++) {
    word += runes[from + i]!;
    if (status[i]! % 2) {
      out.push(word);
      word = '';
    }
  }
  if (word) out.push(word);
}

const isLetter = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const isDigit = (c: string): boolean => c >= '0' && c <= '9';

/** cppjieba HMMSegment::Cut over a run of single runes: ASCII by its letter and number rules, the rest by Viterbi. */
function hmmCut(model: HmmModel, runes: string[], out: string[]): void {
  if (runes.length === 1) {
    out.push(runes[0]!);
    return;
  }
  let left = 0;
  let right = 0;
  while (right < runes.length) {
    const c = runes[right]!;
    if (c.length === 1 && c.charCodeAt(0) < 0x80) {
      if (left !== right) viterbiCut(model, runes, left, right, out);
      left = right;
      right = left + 1;
      if (isLetter(c)) {
        while (right < runes.length && (isLetter(runes[right]!) || isDigit(runes[right]!))) right++;
      } else if (isDigit(c)) {
        while (right < runes.length && (isDigit(runes[right]!) || runes[right] === '.')) right++;
      }
      out.push(right - left === 1 ? c : runes.slice(left, right).join(''));
      left = right;
    } else right++;
  }
  if (left !== right) viterbiCut(model, runes, left, right, out);
}

/** cppjieba's pre-filter separators: a run of single characters never crosses one. */
function isSeparator(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0xff0c || c === 0x3002;
}

/**
 * Whether a token of two or more UTF-16 units is a dictionary word. jieba-rs (no HMM) returns words,
 * single characters, runs of letters and digits it groups itself (no dictionary word is letters and
 * digits only), and \r\n; only words contain something other than letters, digits and whitespace.
 */
function isWordToken(tok: string): boolean {
  if (tok.length === 2 && tok.charCodeAt(0) >= 0xd800 && tok.charCodeAt(0) < 0xdc00) return false; // one astral character
  let other = false;
  for (let i = 0; i < tok.length; i++) {
    const c = tok.charCodeAt(i);
    if (c <= 0x20 || c === 0x3000) return false;
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) other = true;
  }
  return other;
}

/**
 * Re-cuts a maximum-probability cut (no HMM) as cppjieba's MixSegment would: multi-character
 * dictionary words stay; every other token (single characters, and the letter and digit runs that
 * jieba-rs groups) is split into characters, and each run of them between words and separators goes
 * through the HMM.
 */
export function mixCut(model: HmmModel, mpTokens: string[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
  for (const tok of mpTokens) {
    if (tok.length > 1 && isWordToken(tok)) {
      if (run.length) hmmCut(model, run, out), (run = []);
      out.push(tok);
      continue;
    }
    for (let i = 0; i < tok.length; i++) {
      const c = tok.charCodeAt(i);
      if (isSeparator(c)) {
        if (run.length) hmmCut(model, run, out), (run = []);
        out.push(tok[i]!);
      } else if (c >= 0xd800 && c < 0xdc00 && i + 1 < tok.length) {
        run.push(tok.slice(i, i + 2));
        i++;
      } else run.push(tok[i]!);
    }
  }
  if (run.length) hmmCut(model, run, out);
  return out;
}
