// Aligns each outline unit of a draft to its best baseline clauses and tasks, with thresholds
// below which a unit gets no match rather than a weak guess. Results are cached per unit text, so an
// edit re-segments and re-aligns only the units it changed.
import { bestMatch, queryTokens, tokenizeBatch, type IndexedDoc, type Scored, type SentenceTokens } from './align';
import type { PreparedBaseline, SentenceEvidence } from './engine';
import { SYSTEM_WORD_IN, destinations, movesTo, systemHolders, systemNames, tasksByItemTerm, tasksListed, worksOn } from './task-names';
import { drain, type Steps } from './steps';
import { organisationMirrors } from './task-scope';
import type { TextKeyedCache } from './text-cache';
import type { Alignment, ClauseMatch, OutlineUnit } from './types';
import { foldForMatching } from './text/fold';
import { NOTE_LABELS } from './text/labels';
import { declaresNotApplicable } from './text/placeholders';


/** Minimum cosine score for a clause or task to count as matched. */
export const CLAUSE_THRESHOLD = 0.2;
export const TASK_THRESHOLD = 0.2;
/** A unit "takes up" a task or addresses a pillar at this score or above. */
export const COVER_THRESHOLD = 0.22;

/** A sentence must match a task at least this well to take it up on its own. */
export const SENTENCE_TASK_THRESHOLD = 0.3;
/** A sentence must match a clause at least this well to address its pillar on its own. */
export const SENTENCE_CLAUSE_THRESHOLD = 0.3;
/**
 * Weaker evidence that a sentence takes a task up, counted as a mention (coverage: 可能已承接, never
 * task-uncovered) and never as the unit's own task:
 *  - the sentence's second task, at this score or above (one sentence often carries two tasks);
 *  - its best task below SENTENCE_TASK_THRESHOLD but at SECTION_TASK_FLOOR or above, when that task is
 *    filed under the clause the unit matches best (the section corroborates the sentence);
 *  - a programme name quoted in the task list (“审管联动”, “宁政通”) that the sentence names, when
 *    that task is among the sentence's five best tasks at MENTION_NAME_FLOOR or above;
 *  - a comma-separated clause of the sentence that matches a task at MENTION_CLAUSE_FLOOR (the sentence
 *    threshold), when that task is among the sentence's five best;
 *  - the name of a system (平台, 系统, 工程, 中心, 数据库, 专区, 门户, APP) that only one task names and
 *    the opinions name at most once (经济运行大数据平台, 协同办公平台: engine.ts systemNames).
 */
export const MENTION_RUNNER_UP = 0.3;
export const SECTION_TASK_FLOOR = 0.18;
/**
 * A clause of a sentence (between commas: four words or more, or three that are all the task's own
 * words) whose best task is among the sentence's five best, scoring as a sentence must to take a
 * task up on its own.
 */
export const MENTION_CLAUSE_FLOOR = SENTENCE_TASK_THRESHOLD;
const MENTION_NAME_FLOOR = 0.1;
/** A sentence that restates a clause (its best clause scores this many times its best task) names a programme as the framework does, not as a task. */
const RESTATES_CLAUSE = 2;
/** How much of a unit's body is read for sentence-level task matching. */
const BODY_CAP = 4000;
/** How much of the body joins the title in the unit-level query. */
const UNIT_BODY = 400;

function splitSentences(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // 。；;
    if (c === 0x3002 || c === 0xff1b || c === 0x3b) {
      if (i + 1 - s > 1) out.push({ start: s, end: i + 1 });
      s = i + 1;
    }
  }
  if (to - s > 1) out.push({ start: s, end: to });
  return out;
}

/**
 * The apparatus of an official notice, not its content: 此件公开发布, the addressee line (各县（市、区）
 * 人民政府，市政府各部门：), 现印发给你们，请认真贯彻执行, 抄送/印发 lines. Their words (公开, 发布,
 * 印发) would otherwise match tasks such as 政务公开.
 */
const APPARATUS = [
  /^[（(]\s*此件[^）)]{0,8}[）)]\s*$/,
  /^各[^。]{0,60}[：:]\s*$/,
  /(?:现|现将)[^。]{0,20}印发给你们/,
  /^(?:抄送|印发|主送|联系人|附件)[：:]/,
];

/**
 * An attachment's caption (附件：洛阳市…重点任务清单, or 附件2 with the title on the next line): it names the
 * attachment, whose rows carry the content. Its words (重点任务, 清单) would otherwise match a clause
 * such as 实行事项清单动态管理.
 */
function isCaption(text: string, outline: OutlineUnit[], u: OutlineUnit): boolean {
  if (u.kind === 'heading' && /^附[件表]/.test(u.marker)) return true;
  const before = u.index > 0 ? outline[u.index - 1] : undefined;
  // The caption's title is on the next line when the attachment's own line holds only its number.
  if (!before || before.kind !== 'heading' || !/^附[件表]/.test(before.marker) || !/^(?:附[件表][0-9０-９一二三四五六七八九十]{0,2}[：:]?)?$/.test(before.title ?? '')) return false;
  const own = text.slice(u.start, u.end).trim();
  return own.length <= 40 && !/[。；，]/.test(own);
}

export function isApparatus(text: string): boolean {
  const t = text.trim();
  return t.length < 120 && APPARATUS.some((re) => re.test(t));
}

/**
 * What a unit's alignment depends on: its kind, title, the enclosing heading's title, a task row's
 * group cell, the quotation it answers (or that it is one) and the unit's whole text. Sentence offsets in the cached value are relative to where
 * that text starts.
 */
function cacheKey(text: string, outline: OutlineUnit[], u: OutlineUnit): { unitText: string; context: string; from: number } {
  const parent = u.parent !== undefined && u.kind !== 'heading' ? outline[u.parent] : undefined;
  const from = Math.min(u.start, u.titleSpan.start);
  const to = Math.max(u.end, u.titleSpan.end);
  const parentTitle = parent ? parent.title ?? '' : '\u0001';
  const quote = u.quoted ? '\u0002' : u.quotation ?? '';
  return { unitText: text.slice(from, to), context: `${u.kind}\u0000${u.title ?? ''}\u0000${parentTitle}\u0000${u.cells?.group ?? ''}\u0000${quote}`, from };
}

/** The alignment with its sentence offsets moved by `by` (same shape: absent fields stay absent). */
function shifted(a: Alignment, unit: number, by: number): Alignment {
  const out: Alignment = { unit, clauses: a.clauses.slice(), tasks: a.tasks.slice() };
  if (a.sentenceTasks) out.sentenceTasks = a.sentenceTasks.map((x) => ({ no: x.no, score: x.score, start: x.start + by, end: x.end + by }));
  if (a.sentenceClauses) out.sentenceClauses = a.sentenceClauses.map((x) => ({ id: x.id, score: x.score, start: x.start + by, end: x.end + by }));
  if (a.mentions) out.mentions = a.mentions.map((x) => (x.system ? { no: x.no, score: x.score, start: x.start + by, end: x.end + by, system: true as const } : { no: x.no, score: x.score, start: x.start + by, end: x.end + by }));
  return out;
}

/**
 * Aligns every outline unit to its best clauses and tasks, and each of its sentences to a task. A unit
 * whose text was aligned before against the same prepared baseline is taken from its cache.
 */
export function alignOutline(text: string, outline: OutlineUnit[], prepared: PreparedBaseline): Alignment[] {
  return drain(alignOutlineSteps(text, outline, prepared));
}

/** Cached units looked up, and uncached units aligned, between two pauses of alignOutlineSteps. */
const LOOKUPS_PER_STEP = 1024;
const ALIGNMENTS_PER_STEP = 16;

/** A unit not in the cache: its cache key, where its text starts, and its place in the result. */
interface Missing {
  u: OutlineUnit;
  unitText: string;
  context: string;
  from: number;
  at: number;
}

/** Looks outline[from..to) up in the cache: hits go to `out` at their offsets, the others to `missing` or `repeats`. */
function lookUp(
  text: string, outline: OutlineUnit[], cache: TextKeyedCache<Alignment>, from: number, to: number,
  out: Alignment[], missing: Missing[], repeats: Missing[], missingKeys: Set<string>,
): void {
  for (let k = from; k < to; k++) {
    const u = outline[k]!;
    const { unitText, context, from: at } = cacheKey(text, outline, u);
    const hit = cache.get(unitText, context);
    if (hit) {
      out.push(shifted(hit, u.index, at));
    } else {
      const key = `${context}\u0000${unitText}`;
      (missingKeys.has(key) ? repeats : missing).push({ u, unitText, context, from: at, at: out.length });
      missingKeys.add(key);
      out.push(undefined as unknown as Alignment);
    }
  }
}

/**
 * alignOutline in steps. Each unit aligned is cached at once, so a run dropped part way (a newer
 * version of the document) leaves its work for the next.
 */
export function* alignOutlineSteps(text: string, outline: OutlineUnit[], prepared: PreparedBaseline): Steps<Alignment[]> {
  const cache = prepared.alignCache;
  if (!cache) return yield* alignUnitsSteps(text, outline, prepared, outline);
  const out: Alignment[] = [];
  const missing: Missing[] = [];
  // A unit repeated within the document (the same text under the same heading) is aligned once.
  const repeats: Missing[] = [];
  const missingKeys = new Set<string>();
  for (let from = 0; from < outline.length; from += LOOKUPS_PER_STEP) {
    if (from > 0) yield;
    lookUp(text, outline, cache, from, Math.min(outline.length, from + LOOKUPS_PER_STEP), out, missing, repeats, missingKeys);
  }
  if (!missing.length) return out;
  const relative = new Map<string, Alignment>();
  yield* alignUnitsSteps(text, outline, prepared, missing.map((m) => m.u), (k, a) => {
    const m = missing[k]!;
    out[m.at] = a;
    const rel = shifted(a, a.unit, -m.from);
    relative.set(`${m.context}\u0000${m.unitText}`, rel);
    cache.set(m.unitText, m.context, rel);
  });
  for (const r of repeats) out[r.at] = shifted(relative.get(`${r.context}\u0000${r.unitText}`)!, r.u.index, r.from);
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const QUOTES = /[“”"「」『』‘’]/g;
const ANNOTATION_START = new RegExp(`^\\s*[（(]?\\s*(?:${NOTE_LABELS})\\s*[：:]`);

/** Characters from which a heading's or sub-item's title is content (a whole numbered item), not a name. */
const CONTENT_TITLE = 45;
function isContentTitle(title: string | undefined): boolean {
  return (title?.replace(/\s+/g, '').length ?? 0) >= CONTENT_TITLE;
}

/** Names by their first two characters (as one number), with each name's place in its list. */
interface NameIndex {
  byStart: Map<number, string[]>;
  /** 1 for every first character of a name: the two-character key is only made where one starts. */
  first: Uint8Array;
  order: Map<string, number>;
}

/** Per name list; undefined when a name is shorter than two characters. */
const nameIndexes = new WeakMap<Map<string, unknown>, NameIndex | undefined>();

/**
 * The names of `names` that occur in `plain` (exactly those for which `plain.includes(name)`), in the
 * list's own order, found in one pass over `plain` instead of one search per name.
 */
export function namesIn(plain: string, names: Map<string, unknown>): string[] {
  if (!nameIndexes.has(names)) {
    let index: NameIndex | undefined = { byStart: new Map(), first: new Uint8Array(0x10000), order: new Map() };
    for (const name of names.keys()) {
      if (name.length < 2) {
        index = undefined;
        break;
      }
      const start = (name.charCodeAt(0) << 16) | name.charCodeAt(1);
      index.first[name.charCodeAt(0)] = 1;
      const list = index.byStart.get(start);
      if (list) list.push(name);
      else index.byStart.set(start, [name]);
      index.order.set(name, index.order.size);
    }
    nameIndexes.set(names, index);
  }
  const index = nameIndexes.get(names);
  if (!index) return [...names.keys()].filter((name) => plain.includes(name));
  const found = new Set<string>();
  const first = index.first;
  for (let i = 0; i + 1 < plain.length; i++) {
    if (first[plain.charCodeAt(i)] === 0) continue;
    const candidates = index.byStart.get((plain.charCodeAt(i) << 16) | plain.charCodeAt(i + 1));
    if (candidates) for (const name of candidates) if (plain.startsWith(name, i)) found.add(name);
  }
  return found.size < 2 ? [...found] : [...found].sort((x, y) => index.order.get(x)! - index.order.get(y)!);
}

/** The length of text[from..to) without white space (what `.replace(/\s+/g, '').length` counts). */
function nonSpaceLength(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (!isWhiteSpaceCode(text.charCodeAt(i))) n++;
  return n;
}

/** Whether the one-unit string with this code matches /\s/ (ECMAScript WhiteSpace and LineTerminator). */
function isWhiteSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Aligns the given units of the outline (the uncached ones), pausing every ALIGNMENTS_PER_STEP units;
 * `done` hears of each alignment as it is made (k: its place in `units`). The words of a step's
 * units (their sentences, titles and group cells) are cut together before any is aligned.
 */
function* alignUnitsSteps(
  text: string, outline: OutlineUnit[], prepared: PreparedBaseline, units: OutlineUnit[], done?: (k: number, a: Alignment) => void,
): Steps<Alignment[]> {
  const out: Alignment[] = [];
  const words: RunWords = { titles: new Map(), cells: new Map(), sentences: new Map() };
  for (let from = 0; from < units.length; from += ALIGNMENTS_PER_STEP) {
    if (from > 0) yield;
    const plans = units.slice(from, from + ALIGNMENTS_PER_STEP).map((u) => planUnit(text, outline, u));
    cutPlans(text, outline, prepared, plans, words);
    plans.forEach((plan, j) => {
      const a = alignUnit(text, outline, prepared, plan, words);
      out.push(a);
      done?.(from + j, a);
    });
  }
  return out;
}

/** The words cut within one run: titles by unit index, group cells (and quotations) and sentences by their text. */
interface RunWords {
  titles: Map<number, string[]>;
  cells: Map<string, string[]>;
  sentences: Map<string, SentenceTokens>;
}

/** What a unit's alignment reads, found before anything is cut. */
interface UnitPlan {
  u: OutlineUnit;
  /** A notice's apparatus or an attachment's caption: aligned to nothing. */
  skip: boolean;
  /** The body's sentences (a task row's: its content cell's). */
  sentences: { start: number; end: number }[];
  /** The title's sentences, when the title is a whole numbered item (see isContentTitle). */
  ownTitle: { start: number; end: number }[];
}

function planUnit(text: string, outline: OutlineUnit[], u: OutlineUnit): UnitPlan {
  // A quotation of the higher level is that level's text: the paragraphs after it answer it (see OutlineUnit.quotation).
  if (u.quoted || (u.kind === 'paragraph' && isApparatus(text.slice(u.start, u.end))) || isCaption(text, outline, u)) {
    return { u, skip: true, sentences: [], ownTitle: [] };
  }
  // A row saying its task does not apply here (本市不涉及，由自治区统一建设) takes nothing up, whatever it names.
  if (u.kind === 'task-row' && declaresNotApplicable(text.slice(u.titleSpan.start, u.titleSpan.end))) {
    return { u, skip: true, sentences: [], ownTitle: [] };
  }
  const bodyEnd = Math.min(u.end, u.titleSpan.end + BODY_CAP);
  // A task row's other cells (units, deadline) are not content; its title is its content.
  const sentences =
    u.kind === 'task-row'
      ? splitSentences(text, u.titleSpan.start, u.titleSpan.end)
      : splitSentences(text, Math.max(u.titleSpan.end, u.start), bodyEnd);
  // A numbered item written as one long sentence (1.依托…；推进…。) is outlined as a heading whose
  // title is the whole item: its sentences are content and are read one by one like a body's.
  const ownTitle = u.kind !== 'task-row' && u.kind !== 'paragraph' && isContentTitle(u.title) ? splitSentences(text, u.titleSpan.start, u.titleSpan.end) : [];
  return { u, skip: false, sentences, ownTitle };
}

/** Whether a unit's title is read as words (a paragraph has none). */
const hasTitleWords = (v: OutlineUnit): boolean => v.kind !== 'paragraph' && !!v.title;

/**
 * Cuts, in one call to the engine, every text the plans' units read that this run has not cut yet:
 * their titles, their parents' titles, task rows' group cells, and sentences not in the cache.
 */
function cutPlans(text: string, outline: OutlineUnit[], prepared: PreparedBaseline, plans: UnitPlan[], words: RunWords): void {
  const wholes: string[] = [];
  const wholeTitles: number[] = [];
  const wholeCells: string[] = [];
  const addTitle = (v: OutlineUnit) => {
    if (words.titles.has(v.index)) return;
    // Marked as cut at once (a unit and its parent may both ask); filled in after the engine call.
    words.titles.set(v.index, []);
    if (!hasTitleWords(v)) return;
    wholeTitles.push(v.index);
    wholes.push(v.title!);
  };
  const raws: string[] = [];
  const queued = new Set<string>();
  for (const plan of plans) {
    if (plan.skip) continue;
    const u = plan.u;
    addTitle(u);
    const parent = u.parent !== undefined ? outline[u.parent] : undefined;
    if (u.kind === 'task-row') {
      const group = u.cells?.group;
      if (group && !words.cells.has(group) && !queued.has(`\u0000${group}`)) queued.add(`\u0000${group}`), wholeCells.push(group);
      const name = u.cells?.name ? text.slice(u.cells.name.start, u.cells.name.end) : undefined;
      if (name && !words.cells.has(name) && !queued.has(`\u0000${name}`)) queued.add(`\u0000${name}`), wholeCells.push(name);
    } else if (parent && u.kind !== 'heading') addTitle(parent);
    const quotation = u.quotation;
    if (quotation && !words.cells.has(quotation) && !queued.has(`\u0000${quotation}`)) queued.add(`\u0000${quotation}`), wholeCells.push(quotation);
    // The quotation is also read as a sentence: what it takes up, the measure answering it takes up (see alignUnit).
    if (quotation && !words.sentences.has(quotation) && !queued.has(quotation)) {
      const hit = prepared.sentenceCache?.get(quotation, 'cut')?.cut;
      if (hit) words.sentences.set(quotation, hit);
      else queued.add(quotation), raws.push(quotation);
    }
    for (const sen of plan.ownTitle.concat(plan.sentences)) {
      const raw = text.slice(sen.start, sen.end);
      if (words.sentences.has(raw) || queued.has(raw)) continue;
      const hit = prepared.sentenceCache?.get(raw, 'cut')?.cut;
      if (hit) words.sentences.set(raw, hit);
      else queued.add(raw), raws.push(raw);
    }
  }
  if (!wholes.length && !wholeCells.length && !raws.length) return;
  const cut = tokenizeBatch(prepared.segmenter, wholes.concat(wholeCells), raws);
  wholeTitles.forEach((index, k) => words.titles.set(index, cut.wholes[k]!));
  wholeCells.forEach((cell, k) => words.cells.set(cell, cut.wholes[wholeTitles.length + k]!));
  raws.forEach((raw, k) => {
    words.sentences.set(raw, cut.sentences[k]!);
    prepared.sentenceCache?.set(raw, 'cut', { cut: cut.sentences[k]! });
  });
}

/** Aligns one unit, from the words its run has cut. */
function alignUnit(text: string, outline: OutlineUnit[], prepared: PreparedBaseline, plan: UnitPlan, words: RunWords): Alignment {
  const { u, sentences, ownTitle } = plan;
  if (plan.skip) return { unit: u.index, clauses: [], tasks: [] };
  // A row's own name (项目名称: “雪亮工程”三期建设项目) is read with its title.
  const own = words.titles.get(u.index)!;
  const tTok = u.cells?.name ? own.concat(words.cells.get(text.slice(u.cells.name.start, u.cells.name.end))!) : own;
  const bTok: string[] = [];
  const all = ownTitle.length ? [...ownTitle, ...sentences] : sentences;
  const allCuts = all.map((sen) => words.sentences.get(text.slice(sen.start, sen.end))!);
  // The unit query reads the first UNIT_BODY characters of the body, not counting whitespace,
  // so that a copy with stray spaces and line breaks reads the same words.
  let read = 0;
  sentences.forEach((sen, k) => {
    const tok = allCuts[ownTitle.length + k]!.tokens;
    if (u.kind !== 'task-row' && read < UNIT_BODY) bTok.push(...tok);
    read += nonSpaceLength(text, sen.start, sen.end);
  });
  // The enclosing heading's title is context: a sub-item under 驱动数字经济发展 is about it. A task
  // row's context is its own group cell (主要任务), never the heading above the table, which is
  // often the last heading of the body (强化考核评价) and would pull every row to one task.
  const parent = u.parent !== undefined ? outline[u.parent] : undefined;
  // A unit with fewer than two words of its own (完成时限 / 2024 年 / 底, a page number) is not
  // matched on its heading's words alone.
  if (tTok.length + bTok.length < 2) {
    return { unit: u.index, clauses: [], tasks: [] };
  }
  if (u.kind === 'task-row') {
    if (u.cells?.group) bTok.push(...words.cells.get(u.cells.group)!);
  } else if (parent && u.kind !== 'heading') {
    const pt = words.titles.get(parent.index)!;
    bTok.push(...pt, ...pt);
  }
  // A measure after a quotation of the higher level (【我区落实】… after 【自治区任务】…) answers it: the quotation is its context.
  if (u.quotation) bTok.push(...words.cells.get(u.quotation)!);
  const scored = rankForUnit(prepared, tTok, bTok);
  const clauses: ClauseMatch[] = [];
  const tasks: { no: number; score: number }[] = [];
  for (const s of scored) {
    const score = Math.round(s.score * 1000) / 1000;
    if (s.doc.kind === 'clause' && score >= CLAUSE_THRESHOLD && clauses.length < 3) {
      const c = prepared.clauseById.get(s.doc.key)!;
      clauses.push({ id: c.id, title: c.title, path: c.path, score });
    } else if (s.doc.kind === 'task' && score >= TASK_THRESHOLD && tasks.length < 3) {
      tasks.push({ no: Number(s.doc.key), score });
    }
  }
  const sentenceTasks: { no: number; score: number; start: number; end: number }[] = [];
  const sentenceClauses: { id: string; score: number; start: number; end: number }[] = [];
  const mentions: { no: number; score: number; start: number; end: number; system?: true }[] = [];
  const lineage = clauses[0] ? lineageOf(clauses[0].id) : undefined;
  // A task row of one sentence is matched as a whole above; its sentence is read only for the names
  // it mentions (a programme or system, a list it takes up: 推广“宁政通” in a row about 协同办公平台) and
  // for comma clauses that take up a task of their own (制定年度…考核指标，纳入…效能目标管理考核: 121 beside 123),
  // not for runner-up scores, which the row's own match already weighs.
  const rowMentionsOnly = u.kind === 'task-row' && all.length === 1;
  if (all.length > 1 || ownTitle.length || sentences.length === 1) {
    const lineageKey = clauses[0]?.id ?? '';
    all.forEach((sen, k) => {
      const raw = text.slice(sen.start, sen.end);
      const context = `${rowMentionsOnly ? 'n' : 'e'}:${lineageKey}`;
      let ev = prepared.sentenceCache?.get(raw, context);
      if (!ev) {
        ev = sentenceEvidence(prepared, raw, allCuts[k]!, lineage, rowMentionsOnly);
        prepared.sentenceCache?.set(raw, context, ev);
      }
      if (ev.task && !rowMentionsOnly) sentenceTasks.push({ ...ev.task, ...sen });
      if (ev.clause && !rowMentionsOnly) sentenceClauses.push({ ...ev.clause, ...sen });
      for (const m of ev.mentions ?? []) mentions.push({ ...m, ...sen });
    });
  }
  // A measure answering a quotation of the higher level (【区级举措】… after 【市级任务】…) carries that task out: the tasks the
  // quotation takes up, it takes up, shown at the measure's first sentence.
  if (u.quotation) {
    const context = `q:${clauses[0]?.id ?? ''}`;
    let ev = prepared.sentenceCache?.get(u.quotation, context);
    if (!ev) {
      ev = sentenceEvidence(prepared, u.quotation, words.sentences.get(u.quotation)!, lineage);
      prepared.sentenceCache?.set(u.quotation, context, ev);
    }
    const at = all[0] ?? { start: u.start, end: u.end };
    const taken: { no: number; score: number; system?: true }[] = ev.task ? [ev.task, ...(ev.mentions ?? [])] : ev.mentions ?? [];
    for (const m of taken) if (!mentions.some((x) => x.no === m.no)) mentions.push(m.system ? { no: m.no, score: m.score, start: at.start, end: at.end, system: true } : { no: m.no, score: m.score, start: at.start, end: at.end });
  }
  return mentions.length ? { unit: u.index, clauses, tasks, sentenceTasks, sentenceClauses, mentions } : { unit: u.index, clauses, tasks, sentenceTasks, sentenceClauses };
}

/**
 * Whether a sentence opening with a note label is the note and nothing else: the note (its bracket, or the
 * bracket a label after a semicolon is still inside: …；完成时限：持续开展）) runs to the sentence's end, or is
 * followed by punctuation only. Brackets inside the note (各县（市、区）人民政府) are nested.
 */
function isWholeNote(raw: string): boolean {
  let depth = 1;
  const open = /^\s*[（(]/.exec(raw);
  for (let i = open ? open[0].length : 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && --depth === 0) return /^[\s。；;，,、）)]*$/.test(raw.slice(i + 1));
  }
  return true;
}

/**
 * What one sentence gives its unit: its best task and clause when they are clear, and the tasks it
 * mentions (see MENTION_RUNNER_UP). `lineage` is the unit's best clause and its ancestors. With
 * `namesOnly`, only the mentions by name (programmes, systems, listed items) and by a comma clause are gathered.
 */
function sentenceEvidence(prepared: PreparedBaseline, raw: string, cut: SentenceTokens, lineage: Set<string> | undefined, namesOnly = false): SentenceEvidence {
  const ev: SentenceEvidence = {};
  const tok = cut.tokens;
  if (tok.length < 2) return ev;
  // A responsibility or deadline note (（责任单位：市民政局、卫生健康委、文化广电体育和旅游局…）) names bodies, not
  // work: it takes up no task or clause and mentions none, whatever the bodies' names share with one (体育, 卫生健康).
  // A note followed in the same sentence by a measure (…完成时限：2025年）推进智慧城市建设…。) still gives the measure's.
  const note = ANNOTATION_START.test(raw.slice(0, 12));
  if (note && isWholeNote(raw)) return ev;
  const mentions: { no: number; score: number; system?: true }[] = [];
  // One query serves the sentence's own match and its mentions (the best 16 documents).
  const scoredDocs = queryTokens(prepared.index, [], tok, 4);
  const ranked = scoredDocs.filter((x) => x.doc.kind === 'task');
  const bestTask: Scored | undefined = ranked[0];
  const bestClause: Scored | undefined = scoredDocs.find((x) => x.doc.kind === 'clause');
  if (bestTask && tok.length >= 4 && bestTask.score >= SENTENCE_TASK_THRESHOLD) {
    ev.task = { no: Number(bestTask.doc.key), score: round(bestTask.score) };
  }
  if (bestClause && bestClause.score >= SENTENCE_CLAUSE_THRESHOLD) {
    ev.clause = { id: bestClause.doc.key, score: round(bestClause.score) };
  }
  const mention = (x: Scored) => {
    const no = Number(x.doc.key);
    if (!mentions.some((m) => m.no === no)) mentions.push({ no, score: round(x.score) });
  };
  // A responsibility note (（责任单位：…）) names units, not work: it mentions no task.
  if (note) return ev;
  if (!namesOnly && tok.length >= 4 && ranked[1] && ranked[1].score >= MENTION_RUNNER_UP) mention(ranked[1]);
  if (!namesOnly && tok.length >= 4 && bestTask && bestTask.score >= SECTION_TASK_FLOOR && bestTask.score < SENTENCE_TASK_THRESHOLD && lineage) {
    const t = prepared.taskByNo.get(Number(bestTask.doc.key));
    if (t && t.groupClauseIds.some((g) => lineage.has(g))) mention(bestTask);
  }
  // A lean plan lists several tasks in one sentence, a clause each (落实…责任，建立…机制，开展…演练).
  const clausesOf = raw.split(/[，,]/);
  if (clausesOf.length > 1) {
    const partTokens = cut.parts();
    for (let j = 0; j < clausesOf.length; j++) {
      const pt = partTokens[j]!;
      if (pt.length < 2) continue;
      const best = bestMatch(prepared.index, [], pt, 'task');
      if (!best || best.score < MENTION_CLAUSE_FLOOR || !ranked.slice(0, 5).some((x) => x.doc.key === best.doc.key)) continue;
      // A clause of three words must have the task's words only (公共数据和社会数据融合); one of two, words
      // that no other task has together (实现市、县、乡、村四级全覆盖: 多级 and 覆盖, task 48 alone).
      if (pt.length >= 4 || (pt.length === 3 && pt.every((w) => best.doc.vec.has(w))) || (pt.length === 2 && onlyTaskWith(prepared, pt) === best.doc)) mention(best);
    }
  }
  // Coverage of several levels (县、乡、村全覆盖, 市县乡村四级贯通, read as 多级) is the work of the one task that
  // names such coverage (推进区市县乡村5级全覆盖), whatever network or system the sentence covers them with.
  if (tok.includes('多级')) {
    for (const w of LEVEL_WORDS) {
      if (!tok.includes(w)) continue;
      const doc = onlyTaskWith(prepared, ['多级', w]);
      const no = doc && Number(doc.key);
      if (no !== undefined && !mentions.some((m) => m.no === no)) mentions.push({ no, score: 0 });
    }
  }
  const plain = foldForMatching(raw).replace(QUOTES, '');
  // A system only one task names (经济运行大数据平台, 协同办公平台): naming it is taking part in that task.
  // Every system name ends with a system word (平台, 系统, 工程 …): a sentence without one names none.
  const namesSystems = SYSTEM_WORD_IN.test(plain);
  // A mention by name counts for its task's part of the framework (gatherEvidence), however else it was found.
  const byName = (no: number) => {
    const had = mentions.find((m) => m.no === no);
    if (had) had.system = true;
    else mentions.push({ no, score: 0, system: true });
  };
  const systems = systemNames(prepared);
  for (const name of namesSystems ? namesIn(plain, systems) : []) byName(systems.get(name)!);
  // A system one task names that the sentence works on (对接自治区统一的政务数据平台: task 29), not one it relies on
  // (依托…政务数据平台): the sentence takes part in that task.
  // (The names are found in one pass over the sentence; only those present are looked at again.)
  const holders = systemHolders(prepared);
  for (const name of namesSystems ? namesIn(plain, holders) : []) {
    const nos = holders.get(name)!;
    if (nos.length === 1 && worksOn(plain, name) && !mentions.some((m) => m.no === nos[0])) mentions.push({ no: nos[0]!, score: 0 });
  }
  // Moving its own systems where a task moves things (向自治区政务信创云有序迁移: task 43's 向政务信创云安全过渡) is taking part in it.
  for (const [place, nos] of destinations(prepared)) {
    if (plain.includes(place) && movesTo(plain, place)) for (const no of nos) if (!mentions.some((m) => m.no === no)) mentions.push({ no, score: 0 });
  }
  // Setting up the plan's own coordinating body (成立…领导小组, 组建…工作专班) is the local share of the task
  // that asks cities and counties to set up bodies as the region has (成立相应的组织机构), however the
  // region words its own (充实自治区…领导小组成员).
  if (SETS_UP_BODY.test(plain)) for (const no of organisationMirrors(prepared)) byName(no);
  // A list of the sentence's own that takes up a task's list (食品、药品、特种设备 for task 71's 食品药品、
  // 医疗器械、特种设备…), when that task is among the sentence's five best: the plan takes part in it.
  if (plain.includes('、')) {
    for (const no of tasksListed(prepared, plain)) {
      const x = ranked.slice(0, 5).find((r) => Number(r.doc.key) === no);
      if (x) mention(x);
    }
    // A list that runs through the tasks of the sentence's best task's group, an item each (电子印章、
    // 公共支付、非税支付): an item naming a term only one of those tasks uses takes part in it.
    const group = bestTask && bestTask.score >= SENTENCE_TASK_THRESHOLD ? prepared.taskByNo.get(Number(bestTask.doc.key))?.groupClauseIds : undefined;
    if (group?.length && !namesOnly) {
      const sameGroup = (no: number) => prepared.taskByNo.get(no)?.groupClauseIds.some((g) => group.includes(g)) === true;
      for (const no of tasksByItemTerm(prepared, plain, sameGroup)) {
        if (!mentions.some((m) => m.no === no)) mentions.push({ no, score: 0 });
      }
    }
  }
  if (bestTask && !(bestClause && bestClause.score >= RESTATES_CLAUSE * bestTask.score)) {
    for (const name of namesIn(plain, prepared.programmeNames)) {
      const nos = prepared.programmeNames.get(name)!;
      // The name's best-placed task takes it, with any other that scores nearly as well.
      const holders = ranked.slice(0, 5).filter((x) => x.score >= MENTION_NAME_FLOOR && nos.includes(Number(x.doc.key)));
      for (const x of holders) if (x.score >= 0.8 * holders[0]!.score) mention(x);
    }
  }
  if (mentions.length) ev.mentions = mentions;
  return ev;
}

/** Setting up a coordinating body: 成立/组建/设立 (or 调整充实) before its name, in one clause. */
const SETS_UP_BODY = /(?:成立|组建|組建|设立|設立|充实|充實)[^。；;，,\n]{0,30}?(?:领导小组|領導小組|工作专班|工作專班|指挥部|指揮部|委员会|委員會)/;

/** What a count of levels is read with (see LEVEL_COUNT in align.ts). */
const LEVEL_WORDS = ['覆盖', '贯通', '联动', '互通'];

/** The one task whose words include all of `words`; undefined when none or several do. */
function onlyTaskWith(prepared: PreparedBaseline, words: string[]): IndexedDoc | undefined {
  const lists = words.map((w) => prepared.index.postings.get(w));
  if (lists.some((p) => !p)) return undefined;
  let found: IndexedDoc | undefined;
  for (const i of lists[0]!.docs) {
    const doc = prepared.index.docs[i]!;
    if (doc.kind !== 'task' || !words.every((w) => doc.vec.has(w))) continue;
    if (found) return undefined;
    found = doc;
  }
  return found;
}

const lineages = new Map<string, Set<string>>();

/** A clause id and its ancestors' ("3.4.s2" → 3.4.s2, 3.4, 3), kept per id; read only. */
function lineageOf(id: string): Set<string> {
  let hit = lineages.get(id);
  if (!hit) {
    const parts = id.split('.');
    hit = new Set(parts.map((_, i) => parts.slice(0, i + 1).join('.')));
    if (lineages.size < 50000) lineages.set(id, hit);
  }
  return hit;
}

/** How much a task filed under the unit's best clause (or one of its ancestors) is preferred. */
const GROUP_BOOST = 0.15;

/**
 * Clauses and tasks for a unit's words, best first. A task filed under the clause the unit matches
 * best (or under one of that clause's ancestors) is preferred to an equally worded task of another
 * section: its score is raised by GROUP_BOOST.
 */
export function rankForUnit(prepared: PreparedBaseline, tTok: string[], bTok: string[]): Scored[] {
  const scored = queryTokens(prepared.index, tTok, bTok, 5);
  const best = scored.find((s) => s.doc.kind === 'clause');
  if (!best) return scored;
  const lineage = lineageOf(best.doc.key);
  return scored
    .map((s) => {
      if (s.doc.kind !== 'task') return s;
      const t = prepared.taskByNo.get(Number(s.doc.key));
      return t && t.groupClauseIds.some((g) => lineage.has(g)) ? { doc: s.doc, score: Math.min(1, s.score * (1 + GROUP_BOOST)) } : s;
    })
    .sort((a, b) => b.score - a.score || (a.doc.key < b.doc.key ? -1 : 1));
}

