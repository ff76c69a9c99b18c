// Alignment of draft text to baseline clauses and tasks: TF-IDF cosine over segmented words,
// with title words weighted. The index is built once per baseline and segmenter.
import type { Baseline, Clause, Task } from './baseline/schema';
import type { Segmenter } from './segment/segmenter';
import { foldForMatching } from './text/fold';

/** Words too common in these documents to tell clauses apart. */
const STOPWORDS = new Set(
  ('的 和 与 及 等 在 对 为 以 将 了 是 并 按 按照 通过 推动 推进 加强 加快 提升 提高 完善 健全 建立 建设 强化 实现 ' +
    '全面 进一步 不断 持续 积极 深入 有效 充分 各类 各级 相关 有关 工作 能力 水平 体系 机制 全区 全市 自治区 我市 ' +
    '数字 政府 数字政府 构建 打造 形成 开展 统筹 依托 着力 促进 支撑 服务 管理 应用 平台 系统 数据 各地 各部门 ' +
    '部门 单位 方面 领域 重点 主要 作用 基础 发展 化 一批 一体化 数字化 智能化').split(/\s+/),
);
// Common verbs and "数据/平台/系统" are kept out of the stop list's effect on titles: they are
// down-weighted by IDF anyway, but listing them here keeps short titles from matching on them alone.

export function tokenize(segmenter: Segmenter, text: string): string[] {
  return wordsOf(segmenter.cut(forCutting(text)));
}

/** tokenize() of each text, with one call to the engine for them all when it can take several. */
export function tokenizeMany(segmenter: Segmenter, texts: string[]): string[][] {
  const ready = texts.map(forCutting);
  const cuts = segmenter.cutMany ? segmenter.cutMany(ready) : ready.map((t) => segmenter.cut(t));
  return cuts.map(wordsOf);
}

/**
 * The text as it is cut: spaces and line breaks inside CJK text (PDF copies) would split words, and
 * a count of levels before a coverage or a link (区市县乡村5级全覆盖, 县乡村三级全覆盖, 六级贯通) is
 * each level's own count of the same thing, read as one word (多级).
 */
function forCutting(text: string): string {
  const joined = HAS_SPACE.test(text) ? text.replace(/([\u3400-\u9fff])[\s\u3000]+(?=[\u3400-\u9fff])/g, '$1') : text;
  const folded = foldForMatching(joined);
  // The patterns only match around 级, 覆盖, 贯通 and 库: most texts have none of them.
  const levels = folded.includes('级') || folded.includes('覆盖') || folded.includes('贯通') ? folded.replace(LEVEL_COUNT, '多级') : folded;
  return levels.includes('库') ? levels.replace(LIBRARY, '$1库') : levels;
}

/**
 * A kind of database named in full (基础数据资源库, 主题数据库, 专题信息资源库) is read as its usual short
 * form (基础库, 主题库, 专题库): plans write either, and the task lists mostly the full one.
 */
const LIBRARY = /(基础|主题|专题)(?:数据资源|信息资源|数据|信息)库/g;

/**
 * N级 before 全覆盖, 覆盖, 贯通, 联动 or 互通 (perhaps with the network or the bodies between), or three
 * levels or more named without their count (县乡村全覆盖, 市县乡村贯通,
 * 区、乡镇（街道）、村（社区）全覆盖; as before a count, 乡镇 counts its two characters).
 */
const LEVEL_COUNT = /(?:(?:(?:自治区|[区市县乡镇村])(?:[（(][^（）()]{1,8}[）)])?[、，,]?){2,})?[一二三四五六七八九十两0-9]级(?=(?:电子政务外网|政务外网|网络|党政机关)?(?:全覆盖|覆盖|贯通|联动|互通))|(?:(?:自治区|[区市县乡镇村])(?:[（(][^（）()]{1,8}[）)])?、?){3,}(?=全覆盖|覆盖|贯通)/g;

/** The words of a cut that carry meaning: two characters or more, with a letter or ideograph, not a stop word. */
function wordsOf(cut: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < cut.length; k++) {
    const raw = cut[k]!;
    const t = raw.length && (isSpaceEdge(raw.charCodeAt(0)) || isSpaceEdge(raw.charCodeAt(raw.length - 1))) ? raw.trim() : raw;
    if (t.length < 2) {
      // A one-character head after a two-character word is one compound (基础库, 城域网).
      const prev = k > 0 ? cut[k - 1]! : '';
      if (t.length === 1 && COMPOUND_HEADS.has(t) && prev.length === 2 && isIdeograph(prev.charCodeAt(0)) && isIdeograph(prev.charCodeAt(1))) out.push(prev + t);
      continue;
    }
    if (!hasWordCharacter(t)) continue;
    if (STOPWORDS.has(t)) continue;
    out.push(t);
  }
  return out;
}

const HAS_SPACE = /[\s\u3000]/;

/** Whether a code unit may be white space that trim() removes (ASCII controls and spaces, or beyond ASCII). */
const isSpaceEdge = (c: number): boolean => c <= 0x20 || (c >= 0x80 && c <= 0xa0) || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * One-character nouns that close a compound the segmenter leaves in two pieces (基础|库, 主题|库,
 * 城域|网): alone they are dropped as too short, and the compound is how task lists name the thing.
 */
const COMPOUND_HEADS = new Set(['库', '网']);
const isIdeograph = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/** A sentence's tokens, and (when asked) those of each of its comma-separated parts. */
export interface SentenceTokens {
  tokens: string[];
  /** Tokens of `sentence.split(/[，,]/)`, part by part. */
  parts(): string[][];
}

/**
 * Tokens of each sentence and of its comma-separated parts, all cut in one call to the engine when it
 * can. When the segmenter never cuts across a comma, the parts are cut and a sentence's tokens are
 * theirs in order: folding makes a half-width comma full-width, joining spaces only happens between
 * two CJK characters, and the comma itself is filtered out, so this equals tokenize(segmenter,
 * sentence) with one cut instead of two.
 */
export function tokenizeSentences(segmenter: Segmenter, sentences: string[]): SentenceTokens[] {
  return tokenizeBatch(segmenter, [], sentences).sentences;
}

/**
 * tokenize() of each of `wholes` and tokenizeSentences() of `sentences`, all cut in one call to the
 * engine when it can take several (the engine's own cost per call is paid once per batch).
 */
export function tokenizeBatch(segmenter: Segmenter, wholes: string[], sentences: string[]): { wholes: string[][]; sentences: SentenceTokens[] } {
  const split = sentences.map((s) => s.split(/[，,]/));
  const byParts = segmenter.cutsAtComma === true;
  // What is cut: the wholes, then a sentence's parts when the engine cuts at commas, else the sentence whole.
  const texts: string[] = wholes.slice();
  split.forEach((pieces, i) => (byParts && pieces.length > 1 ? texts.push(...pieces) : texts.push(sentences[i]!)));
  const cuts = tokenizeMany(segmenter, texts);
  let at = wholes.length;
  const out = split.map((pieces): SentenceTokens => {
    if (byParts && pieces.length > 1) {
      const parts = cuts.slice(at, (at += pieces.length));
      return { tokens: parts.flat(), parts: () => parts };
    }
    const tokens = cuts[at++]!;
    let parts: string[][] | undefined;
    return { tokens, parts: () => (parts ??= pieces.length > 1 ? tokenizeMany(segmenter, pieces) : [tokens]) };
  });
  return { wholes: cuts.slice(0, wholes.length), sentences: out };
}

/** Whether `t` holds a CJK ideograph (U+4E00–U+9FFF) or a Latin letter (/[\u4e00-\u9fffA-Za-z]/). */
function hasWordCharacter(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
  }
  return false;
}

type Vec = Map<string, number>;

export interface IndexedDoc {
  kind: 'clause' | 'task';
  /** Clause id or task number. */
  key: string;
  vec: Vec;
  norm: number;
}

export interface Posting {
  /** Document indices containing the word. */
  docs: Int32Array;
  /** The word's weight in each of those documents (parallel to docs). */
  weights: Float64Array;
  /** The same for the task documents alone (a query for tasks only walks these). */
  taskDocs: Int32Array;
  taskWeights: Float64Array;
  /** The word's IDF (as in AlignmentIndex.idf), so a query looks a word up once. */
  idf: number;
  /** Scratch for the query being scored: its number, and the word's frequency in it. */
  q: number;
  f: number;
}

/** Postings as they are gathered, before they are frozen into typed arrays. */
interface GatheredPosting {
  docs: number[];
  weights: number[];
}

function freeze(gathered: Map<string, GatheredPosting>, idf: Map<string, number>, docs: IndexedDoc[]): Map<string, Posting> {
  const out = new Map<string, Posting>();
  for (const [t, g] of gathered) {
    const tasks = g.docs.map((_, k) => k).filter((k) => docs[g.docs[k]!]!.kind === 'task');
    out.set(t, {
      docs: Int32Array.from(g.docs), weights: Float64Array.from(g.weights),
      taskDocs: Int32Array.from(tasks, (k) => g.docs[k]!), taskWeights: Float64Array.from(tasks, (k) => g.weights[k]!),
      idf: idf.get(t)!, q: 0, f: 0,
    });
  }
  return out;
}

export interface AlignmentIndex {
  docs: IndexedDoc[];
  postings: Map<string, Posting>;
  idf: Map<string, number>;
  segmenter: Segmenter;
  /** Reusable accumulators for queries (the core is single-threaded). */
  scratch?: Scratch;
}

/** Reusable accumulators for queries, and each document's kind (1: task) and norm as arrays. */
interface Scratch {
  acc: Float64Array;
  shared: Int32Array;
  touched: Int32Array;
  cand: Int32Array;
  candScore: Float64Array;
  used: Posting[];
  query: number;
  isTask: Uint8Array;
  norm: Float64Array;
}

function termFreq(title: string[], body: string[], titleWeight: number): Map<string, number> {
  const tf = new Map<string, number>();
  for (const t of body) tf.set(t, (tf.get(t) ?? 0) + 1);
  for (const t of title) tf.set(t, (tf.get(t) ?? 0) + titleWeight);
  return tf;
}

function weigh(tf: Map<string, number>, idf: Map<string, number>, defaultIdf: number): { vec: Vec; norm: number } {
  const vec: Vec = new Map();
  let sq = 0;
  for (const [t, f] of tf) {
    const w = (1 + Math.log(f)) * (idf.get(t) ?? defaultIdf);
    if (w <= 0) continue;
    vec.set(t, w);
    sq += w * w;
  }
  return { vec, norm: Math.sqrt(sq) || 1 };
}

export const TITLE_WEIGHT = 3;

/** Builds the index over every clause (with its title weighted) and every task's content. */
export function buildIndex(baseline: Baseline, segmenter: Segmenter): AlignmentIndex {
  const raw: { kind: 'clause' | 'task'; key: string; tf: Map<string, number> }[] = [];
  const byId = new Map(baseline.clauses.map((c) => [c.id, c]));
  for (const c of baseline.clauses) {
    const title = tokenize(segmenter, c.title);
    // A heading's own text is short; its sub-items carry the content and are indexed themselves.
    const body = tokenize(segmenter, c.text.slice(0, 600));
    const parent = c.parentId ? byId.get(c.parentId) : undefined;
    const context = parent ? tokenize(segmenter, parent.title) : [];
    const tf = termFreq(title, body.concat(context), TITLE_WEIGHT);
    raw.push({ kind: 'clause', key: c.id, tf });
  }
  for (const t of baseline.tasks) {
    raw.push({ kind: 'task', key: String(t.no), tf: termFreq([], tokenize(segmenter, t.content), 1) });
  }
  const df = new Map<string, number>();
  for (const d of raw) for (const t of d.tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = raw.length;
  const idf = new Map<string, number>();
  for (const [t, c] of df) idf.set(t, Math.log((n + 1) / (c + 0.5)));
  const docs: IndexedDoc[] = [];
  const gathered = new Map<string, GatheredPosting>();
  raw.forEach((d, i) => {
    const { vec, norm } = weigh(d.tf, idf, Math.log(n + 1));
    docs.push({ kind: d.kind, key: d.key, vec, norm });
    for (const [t, w] of vec) {
      let p = gathered.get(t);
      if (!p) gathered.set(t, (p = { docs: [], weights: [] }));
      p.docs.push(i);
      p.weights.push(w);
    }
  });
  return { docs, postings: freeze(gathered, idf, docs), idf, segmenter };
}

/**
 * An index as plain data (seeds/baselines/<id>.index.json): each document's words and weights, and
 * the IDF table. Numbers survive JSON exactly, so a restored index scores exactly as a built one.
 */
export interface IndexData {
  docs: [kind: 'clause' | 'task', key: string, norm: number, words: string[], weights: number[]][];
  idf: [word: string, idf: number][];
}

export function indexToData(index: AlignmentIndex): IndexData {
  return {
    docs: index.docs.map((d) => [d.kind, d.key, d.norm, [...d.vec.keys()], [...d.vec.values()]]),
    idf: [...index.idf],
  };
}

/** Rebuilds an index from its data (postings are derived); the segmenter must cut as the one that built it. */
export function indexFromData(data: IndexData, segmenter: Segmenter): AlignmentIndex {
  const idf = new Map(data.idf);
  const docs: IndexedDoc[] = [];
  const gathered = new Map<string, GatheredPosting>();
  data.docs.forEach(([kind, key, norm, words, weights], i) => {
    const vec: Vec = new Map();
    for (let k = 0; k < words.length; k++) {
      const t = words[k]!;
      const w = weights[k]!;
      vec.set(t, w);
      let p = gathered.get(t);
      if (!p) gathered.set(t, (p = { docs: [], weights: [] }));
      p.docs.push(i);
      p.weights.push(w);
    }
    docs.push({ kind, key, vec, norm });
  });
  return { docs, postings: freeze(gathered, idf, docs), idf, segmenter };
}

export interface Scored {
  doc: IndexedDoc;
  score: number;
}

/** Scores a query (title words weighted) against the index; returns the best documents first. */
export function query(index: AlignmentIndex, title: string, body: string, limit = 5): Scored[] {
  const tTok = title ? tokenize(index.segmenter, title) : [];
  const bTok = body ? tokenize(index.segmenter, body) : [];
  return queryTokens(index, tTok, bTok, limit);
}

/**
 * Accumulates a query's cosine scores into the index's scratch arrays. Returns the candidate
 * documents (sharing at least two words with the query, and of `kind` when given) in `cand`, their
 * scores in `candScore`, and how many there are; the scratch arrays are left zeroed.
 */
function score(index: AlignmentIndex, tTok: string[], bTok: string[], kind: 'clause' | 'task' | undefined): number {
  const n = index.docs.length;
  if (!index.scratch || index.scratch.acc.length !== n) {
    index.scratch = {
      acc: new Float64Array(n), shared: new Int32Array(n), touched: new Int32Array(n), cand: new Int32Array(n), candScore: new Float64Array(n), used: [], query: 0,
      isTask: Uint8Array.from(index.docs, (d) => (d.kind === 'task' ? 1 : 0)), norm: Float64Array.from(index.docs, (d) => d.norm),
    };
  }
  const scratch = index.scratch;
  const { acc, shared, touched, cand, candScore, used, isTask, norm: docNorm } = scratch;
  // 0: any kind; 1: tasks only; 2: clauses only.
  const want = kind === undefined ? 0 : kind === 'task' ? 1 : 2;
  // The query's term frequencies, kept on the postings themselves (body words first, then title
  // words weighted, in first-seen order, as a Map would keep them). Words unknown to the baseline
  // carry no evidence for any clause (every word the baseline knows has a posting).
  const q = ++scratch.query;
  let nUsed = 0;
  for (let k = 0; k < bTok.length; k++) {
    const p = index.postings.get(bTok[k]!);
    if (p === undefined) continue;
    if (p.q !== q) (p.q = q), (p.f = 0), (used[nUsed++] = p);
    p.f += 1;
  }
  for (let k = 0; k < tTok.length; k++) {
    const p = index.postings.get(tTok[k]!);
    if (p === undefined) continue;
    if (p.q !== q) (p.q = q), (p.f = 0), (used[nUsed++] = p);
    p.f += TITLE_WEIGHT;
  }
  let touchedCount = 0;
  let sq = 0;
  for (let u = 0; u < nUsed; u++) {
    const p = used[u]!;
    const w = (1 + Math.log(p.f)) * p.idf;
    if (w <= 0) continue;
    sq += w * w;
    // A query for tasks only walks the tasks' entries: a clause's score would not be read.
    const docs = want === 1 ? p.taskDocs : p.docs;
    const weights = want === 1 ? p.taskWeights : p.weights;
    for (let j = 0; j < docs.length; j++) {
      const i = docs[j]!;
      if (shared[i] === 0) touched[touchedCount++] = i;
      acc[i] += w * weights[j]!;
      shared[i]++;
    }
  }
  let count = 0;
  const norm = Math.sqrt(sq);
  for (let k = 0; k < touchedCount; k++) {
    const i = touched[k]!;
    // One shared word is not evidence of a match, however rare the word.
    if (sq !== 0 && shared[i]! >= 2 && (want === 0 || (want === 1) === (isTask[i] === 1))) {
      cand[count] = i;
      candScore[count++] = acc[i]! / (norm * docNorm[i]!);
    }
    acc[i] = 0;
    shared[i] = 0;
  }
  return count;
}

export function queryTokens(index: AlignmentIndex, tTok: string[], bTok: string[], limit = 5, kind?: 'clause' | 'task'): Scored[] {
  const count = score(index, tTok, bTok, kind);
  const { cand, candScore } = index.scratch!;
  const k = limit * 4;
  // Keep the best k candidates (score descending, then key ascending) without sorting them all:
  // queries run per sentence. A candidate becomes a Scored only once it is among the best.
  const best: Scored[] = [];
  for (let c = 0; c < count; c++) {
    const sc = candScore[c]!;
    if (best.length === k && sc < best[k - 1]!.score) continue;
    const doc = index.docs[cand[c]!]!;
    if (best.length === k) {
      const last = best[k - 1]!;
      if (sc === last.score && !(doc.key < last.doc.key)) continue;
      best.pop();
    }
    let i = best.length;
    while (i > 0 && before(sc, doc.key, best[i - 1]!)) i--;
    best.splice(i, 0, { doc, score: sc });
  }
  return best;
}

/** Whether a document scoring `sc` with key `key` ranks before `x`: higher score, then lower key. */
function before(sc: number, key: string, x: Scored): boolean {
  return sc > x.score || (sc === x.score && key < x.doc.key);
}

/** The best document of `kind` for a query (queryTokens(…)[0]), found without ranking the others. */
export function bestMatch(index: AlignmentIndex, tTok: string[], bTok: string[], kind?: 'clause' | 'task'): Scored | undefined {
  const count = score(index, tTok, bTok, kind);
  const { cand, candScore } = index.scratch!;
  let bi = -1;
  let bs = 0;
  for (let c = 0; c < count; c++) {
    const sc = candScore[c]!;
    if (bi < 0 || sc > bs || (sc === bs && index.docs[cand[c]!]!.key < index.docs[bi]!.key)) (bi = cand[c]!), (bs = sc);
  }
  return bi < 0 ? undefined : { doc: index.docs[bi]!, score: bs };
}

export type { Clause, Task };
