// The names the task list gives its work, as evidence that a draft takes a task up: systems (平台,
// 系统, 工程…) that one or two tasks name, and the items of the task list's 、-lists. Built once per
// prepared baseline, on first use, and kept on it.
import type { PreparedBaseline } from './engine';
import { foldForMatching } from './text/fold';

/** The words a system's name ends with (平台, 系统, 工程 …). */
const SYSTEM_WORDS = '平台|系统|工程|中心|数据库|基础库|主题库|专区|门户|APP';
const SYSTEM_WORD = new RegExp(`(?:${SYSTEM_WORDS})$`, 'i');
/** A system word anywhere in a text: a text without one names no system. */
export const SYSTEM_WORD_IN = new RegExp(SYSTEM_WORDS, 'i');
const NAME_BREAK = /[，。；、：,.;:（）()“”"《》〈〉\s的等与和及各]/;

/**
 * Names of systems in the task list: the word runs (as the segmenter cuts them) that end with 平台,
 * 系统, 工程, 中心, 数据库, 专区, 门户 or APP, six characters or more, found in one task only and in at
 * most one clause of the opinions. 经济运行大数据平台 and 协同办公平台 qualify; 政务信息系统 (two
 * tasks) and 一体化政务服务平台 (many) do not. Built once per prepared baseline, on first use.
 */
export function systemNames(prepared: PreparedBaseline): Map<string, number> {
  if (prepared.systemNames) return prepared.systemNames;
  const { holders, tasks, clauses } = systemHoldersOf(prepared);
  const out = new Map<string, number>();
  for (const [name, nos] of holders) {
    if (nos.length !== 1) continue;
    if (tasks.filter((t) => t.text.includes(name)).length !== 1) continue;
    if (clauses.filter((c) => c.includes(name)).length > 1) continue;
    out.set(name, nos[0]!);
  }
  prepared.systemNames = out;
  return out;
}

/**
 * Names of systems in the task list (as systemNames finds them) with the one or two tasks that name
 * them, however often the opinions do (一体化数字资源管理系统: tasks 23 and 59). A row that names one
 * may belong to those tasks whatever its other words say. Built once per prepared baseline.
 */
export function systemHolders(prepared: PreparedBaseline): Map<string, number[]> {
  if (prepared.systemHolders) return prepared.systemHolders;
  const out = new Map<string, number[]>();
  for (const [name, nos] of systemHoldersOf(prepared).named) if (nos.length <= 2) out.set(name, nos);
  prepared.systemHolders = out;
  return out;
}

/**
 * The system names of the task list, each with the tasks whose text names it as a system: `holders`
 * those with a word of their own that few documents use; `named` also those, eight characters or
 * more, that few documents use as a whole (一体化数字资源管理系统, whose words are all common).
 */
interface SystemHolders {
  holders: Map<string, number[]>;
  named: Map<string, number[]>;
  tasks: { no: number; text: string }[];
  clauses: string[];
}

/**
 * The names of this module as data, kept in a baseline's prebuilt index (seeds/baselines/<id>.index.json)
 * beside the alignment index: finding the system names cuts every task and looks each word up in every
 * document, and the list items check each item against every document (together about 0.1 s at start).
 */
export interface TaskNamesData {
  /** systemHoldersOf's `holders` and `named`. */
  systems: { holders: [name: string, tasks: number[]][]; named: [name: string, tasks: number[]][] };
  /** listedItems's `distinct` and `itemsOf`. */
  lists: { distinct: [item: string, task: number][]; itemsOf: [task: number, items: string[]][] };
}

/** The names of a prepared baseline as data, for its prebuilt index. */
export function taskNamesData(prepared: PreparedBaseline): TaskNamesData {
  const { holders, named } = systemHoldersOf(prepared);
  const { distinct, itemsOf } = listedItems(prepared);
  return { systems: { holders: [...holders], named: [...named] }, lists: { distinct: [...distinct], itemsOf: [...itemsOf] } };
}

const holdersOf = new WeakMap<PreparedBaseline, SystemHolders>();

function systemHoldersOf(prepared: PreparedBaseline): SystemHolders {
  let hit = holdersOf.get(prepared);
  if (!hit) {
    const tasks = prepared.baseline.tasks.map((t) => ({ no: t.no, text: foldForMatching(t.content) }));
    const clauses = prepared.baseline.clauses.map((c) => foldForMatching(c.text));
    const data = prepared.prebuiltNames?.systems;
    hit = data ? { holders: new Map(data.holders), named: new Map(data.named), tasks, clauses } : findSystemHolders(prepared, tasks, clauses);
    holdersOf.set(prepared, hit);
  }
  return hit;
}

function findSystemHolders(prepared: PreparedBaseline, tasks: { no: number; text: string }[], clauses: string[]): SystemHolders {
  const df = new Map<string, number>();
  const docsWith = (w: string): number => {
    let n = df.get(w);
    if (n === undefined) df.set(w, (n = tasks.filter((t) => t.text.includes(w)).length + clauses.filter((c) => c.includes(w)).length));
    return n;
  };
  const holders = new Map<string, Set<number>>();
  const named = new Map<string, Set<number>>();
  for (const t of tasks) {
    // The words in reading order; a search-mode engine also returns the parts of a compound word
    // (三维一体, 三维, 一体), which are skipped.
    const words: string[] = [];
    const starts: number[] = [];
    let at = 0;
    for (const w of prepared.segmenter.cut(t.text)) {
      if (!w || !t.text.startsWith(w, at)) continue;
      words.push(w);
      starts.push(at);
      at += w.length;
    }
    for (let j = 0; j < words.length; j++) {
      const end = starts[j]! + words[j]!.length;
      if (!SYSTEM_WORD.test(t.text.slice(starts[j]!, end))) continue;
      // A name needs a word of its own that few documents use (经济运行, 协同办公), not only common
      // ones (全区, 政务, 公共服务).
      let specific = false;
      for (let i = j; i >= 0 && j - i < 6; i--) {
        const name = t.text.slice(starts[i]!, end);
        if (NAME_BREAK.test(name)) break;
        if (i < j && words[i]!.length >= 2 && docsWith(words[i]!) <= 6) specific = true;
        if (name.length >= 6 && specific) holders.set(name, (holders.get(name) ?? new Set<number>()).add(t.no));
        // A name of common words is still one system when few documents use it whole: eight characters or
        // more in three (一体化数字资源管理系统), six or more in two (政务数据平台: task 29 and one clause).
        if ((name.length >= 6 && specific) || (name.length >= 8 && docsWith(name) <= 3) || (name.length >= 6 && docsWith(name) <= 2)) named.set(name, (named.get(name) ?? new Set<number>()).add(t.no));
      }
    }
  }
  const sorted = (m: Map<string, Set<number>>) => new Map([...m].map(([name, nos]) => [name, [...nos].sort((a, b) => a - b)]));
  return { holders: sorted(holders), named: sorted(named), tasks, clauses };
}

/**
 * A verb that makes the system after it a means (依托, 基于, 利用…), or 在 making it the place the work is done
 * (在自治区政务数据平台完成目录挂接), then at most a few words of place.
 */
const INSTRUMENT = /(?:依托|基于|利用|借助|通过|运用|使用|依靠|在)[^，。；、,;]{0,6}$/;
/** Joining a system and using it (积极对接使用宁夏经济运行大数据平台, 接入并使用…): a county's share of the work on it, not a means. */
const JOINED_USE = /(?:对接|接入)(?:并|和)?(?:使用|利用|运用)[^，。；、,;]{0,6}$/;

/**
 * The systems of systemHolders that a folded text names as the object of its work (纳入…一体化数字
 * 资源管理系统, 建成…平台), with their tasks. A system the work relies on (依托宁夏经济运行大数据平台，
 * 加强监测分析) is its means, not its object, and says nothing of which task the work is.
 */
export function systemsWorkedOn(prepared: PreparedBaseline, plain: string): [name: string, tasks: number[]][] {
  const out: [string, number[]][] = [];
  for (const [name, nos] of systemHolders(prepared)) if (worksOn(plain, name)) out.push([name, nos]);
  return out;
}

/** Whether `plain` names the system `name` at least once as the object of its work (see systemsWorkedOn). */
export function worksOn(plain: string, name: string): boolean {
  let i = plain.indexOf(name);
  while (i >= 0) {
    const before = plain.slice(Math.max(0, i - 10), i);
    if (!INSTRUMENT.test(before) || JOINED_USE.test(before)) break;
    i = plain.indexOf(name, i + 1);
  }
  return i >= 0;
}

/**
 * Characters that end an item of a list (X、Y、Z等): punctuation, brackets, quotes and spaces. By code
 * unit, 1 where an item breaks (as /[，。；：、,.;:（）()“”"《》〈〉【】\s]/ would test).
 */
const ITEM_BREAK_CODES = (() => {
  const out = new Uint8Array(0x10000);
  for (const ch of '，。；：、,.;:（）()“”"《》〈〉【】') out[ch.charCodeAt(0)] = 1;
  // \s: ECMAScript white space and line terminators.
  for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) out[c] = 1;
  for (let c = 0x2000; c <= 0x200a; c++) out[c] = 1;
  return out;
})();
/** Words after which a list's last item ends (特种设备等重点领域, 医疗器械和危化品). */
const LIST_END = /(?:等|以及|和|及|与)/;
/** Words before which a list's first item starts (对食品药品、…, 推进教育、…): what precedes is the verb. */
const LIST_START = /^.*(?:对|在|为|把|将|以|向|从|推进|推动|推广|深化|加强|强化|围绕|面向|聚焦|涵盖|包括|实现|开展|提升|完善|覆盖|拓展|深入推进|重点)/;

/**
 * The items of the lists in a folded text: runs of two or more short phrases joined by 、 (食品药品、
 * 医疗器械、特种设备等). The first item loses the verb before it and the last the words after 等/和/及;
 * items of two to eight characters are kept, each once.
 */
export function listItems(folded: string): string[] {
  // A sentence's list is read for its tasks' lists and for their own terms: read it once.
  if (folded === lastList.folded) return lastList.items;
  const items = readListItems(folded);
  lastList.folded = folded;
  lastList.items = items;
  return items;
}

/** The text listItems read last, and its items (never changed by their users). */
const lastList: { folded?: string; items: string[] } = { items: [] };

function readListItems(folded: string): string[] {
  const out = new Set<string>();
  let i = 0;
  while ((i = folded.indexOf('、', i)) >= 0) {
    // The run of 、-joined pieces around this mark, from the break before it to the break after the last.
    let from = i;
    while (from > 0 && ITEM_BREAK_CODES[folded.charCodeAt(from - 1)] === 0) from--;
    let to = i;
    for (;;) {
      let j = to + 1;
      while (j < folded.length && ITEM_BREAK_CODES[folded.charCodeAt(j)] === 0) j++;
      to = j;
      if (folded[j] !== '、') break;
    }
    const pieces = folded.slice(from, to).split('、');
    pieces[0] = pieces[0]!.replace(LIST_START, '');
    const last = pieces.length - 1;
    const end = LIST_END.exec(pieces[last]!);
    if (end) pieces[last] = pieces[last]!.slice(0, end.index);
    for (const p of pieces) if (p.length >= 2 && p.length <= 8) out.add(p);
    i = to;
  }
  return [...out];
}

/** A task's list items, and the items of three characters or more that it alone lists. */
export interface ListedItems {
  /** Item -> the one task that lists it (found in no other task, in at most one clause of the opinions). */
  distinct: Map<string, number>;
  /** Task number -> every item of its lists. */
  itemsOf: Map<number, string[]>;
}

/**
 * The items of the task list's lists (食品药品、医疗器械、特种设备… in task 71), and those that one task
 * alone lists (特种设备). Built once per prepared baseline, on first use.
 */
export function listedItems(prepared: PreparedBaseline): ListedItems {
  if (prepared.listedItems) return prepared.listedItems;
  const data = prepared.prebuiltNames?.lists;
  if (data) return (prepared.listedItems = { distinct: new Map(data.distinct), itemsOf: new Map(data.itemsOf) });
  const tasks = prepared.baseline.tasks.map((t) => ({ no: t.no, text: foldForMatching(t.content) }));
  const clauses = prepared.baseline.clauses.map((c) => foldForMatching(c.text));
  const holders = new Map<string, Set<number>>();
  const itemsOf = new Map<number, string[]>();
  for (const t of tasks) {
    const items = listItems(t.text);
    itemsOf.set(t.no, items);
    for (const item of items) holders.set(item, (holders.get(item) ?? new Set<number>()).add(t.no));
  }
  const distinct = new Map<string, number>();
  for (const [item, nos] of holders) {
    if (item.length < 3 || nos.size !== 1) continue;
    if (tasks.filter((t) => t.text.includes(item)).length !== 1) continue;
    if (clauses.filter((c) => c.includes(item)).length > 1) continue;
    distinct.set(item, [...nos][0]!);
  }
  prepared.listedItems = { distinct, itemsOf };
  return prepared.listedItems;
}

/**
 * The tasks whose lists a sentence's list takes up: its list names an item that one task alone lists
 * (特种设备) and at least one more of that task's items, the same or one within the other (食品 in
 * 食品药品). One shared item, however rare, is a coincidence (文化旅游 among industries).
 */
export function tasksListed(prepared: PreparedBaseline, folded: string): number[] {
  const { distinct, itemsOf } = listedItems(prepared);
  const items = listItems(folded);
  const out: number[] = [];
  for (const item of items) {
    const no = distinct.get(item);
    if (no === undefined || out.includes(no)) continue;
    const theirs = itemsOf.get(no)!;
    const shared = items.filter((a) => theirs.some((b) => a === b || (a.length >= 2 && b.length >= 2 && (a.includes(b) || b.includes(a))))).length;
    if (shared >= 2) out.push(no);
  }
  return out;
}

/**
 * Words that one task alone uses, in no clause of the opinions and no other task (非税 in task 56,
 * 城域网 in task 48): word -> task. Two characters or more, with an ideograph. Built once per
 * prepared baseline from its index, on first use.
 */
export function ownTerms(prepared: PreparedBaseline): Map<string, number> {
  if (prepared.ownTerms) return prepared.ownTerms;
  const out = new Map<string, number>();
  const { docs, postings } = prepared.index;
  for (const [word, p] of postings) {
    if (p.docs.length !== 1 || word.length < 2 || !/[\u4e00-\u9fff]/.test(word)) continue;
    const doc = docs[p.docs[0]!]!;
    if (doc.kind === 'task') out.set(word, Number(doc.key));
  }
  prepared.ownTerms = out;
  return out;
}

/**
 * The tasks the items of a sentence's 、-list name by a term of their own (非税支付 for task 56's 非税),
 * among `candidates` (the tasks filed with the sentence's best task: a list of 电子身份认证、电子印章、
 * 非税支付 runs through one group's tasks an item each). Items of two to eight characters, as
 * listItems finds them. A term that several items share is the list's common head (支付 in 公共支付、
 * 非税支付), not an item's own; an item naming the terms of two tasks names neither.
 */
export function tasksByItemTerm(prepared: PreparedBaseline, folded: string, candidates: (no: number) => boolean): number[] {
  const terms = ownTerms(prepared);
  const items = listItems(folded);
  const found = items.map((item) => {
    const here = new Set<string>();
    for (let i = 0; i + 1 < item.length; i++) for (let j = i + 2; j <= item.length; j++) if (terms.has(item.slice(i, j))) here.add(item.slice(i, j));
    return here;
  });
  const seen = new Map<string, number>();
  for (const here of found) for (const t of here) seen.set(t, (seen.get(t) ?? 0) + 1);
  const out: number[] = [];
  for (const here of found) {
    const nos = new Set([...here].filter((t) => seen.get(t) === 1).map((t) => terms.get(t)!));
    if (nos.size !== 1) continue;
    const no = [...nos][0]!;
    if (candidates(no) && !out.includes(no)) out.push(no);
  }
  return out;
}

/**
 * Where tasks move things to (推进现有政务云向政务信创云安全过渡: 政务信创云, task 43; 非涉密业务专网向电子政务外网整合迁移:
 * 电子政务外网), with the tasks moving things there. A draft moving its own systems there (向自治区政务信创云有序迁移, 迁移至
 * 全区政务信创云, 部署在…政务信创云) takes part in those tasks, whatever else its words match. Found once per baseline.
 */
export function destinations(prepared: PreparedBaseline): Map<string, number[]> {
  let hit = destinationsOf.get(prepared);
  if (!hit) {
    hit = new Map();
    for (const t of prepared.baseline.tasks) {
      for (const m of foldForMatching(t.content).matchAll(TASK_MOVES_TO)) {
        const nos = hit.get(m[1]!) ?? [];
        if (!nos.includes(t.no)) hit.set(m[1]!, [...nos, t.no]);
      }
    }
    destinationsOf.set(prepared, hit);
  }
  return hit;
}

const destinationsOf = new WeakMap<PreparedBaseline, Map<string, number[]>>();
/** A task moving things to a destination: 向X(安全|有序|整合…)过渡/迁移/迁入. Group 1: X. */
const TASK_MOVES_TO = /向([^，。；、,;向]{2,12}?)(?:安全|有序|整合|逐步|全面|部署)?(?:过渡|迁移|迁入)/g;

/** Whether a folded sentence moves things to `place`: 向…X…迁移, 迁移至…X, 部署在…X (within one clause). */
export function movesTo(plain: string, place: string): boolean {
  for (let i = plain.indexOf(place); i >= 0; i = plain.indexOf(place, i + 1)) {
    const before = plain.slice(Math.max(0, i - 8), i);
    const after = plain.slice(i + place.length, i + place.length + 10);
    if (/向[^，。；;,向]{0,6}$/.test(before) && /^[^，。；;,]{0,8}?(?:迁移|过渡|迁入|部署|上云)/.test(after)) return true;
    if (/(?:迁移|迁入|部署|过渡)(?:至|到|在|进)[^，。；;,]{0,6}$/.test(before)) return true;
  }
  return false;
}

