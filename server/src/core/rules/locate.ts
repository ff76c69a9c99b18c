// Helpers for rules: which outline unit contains an offset, and which baseline task a unit
// implements.
import { bestMatch, tokenize } from '../align';
import { namesIn, SENTENCE_TASK_THRESHOLD } from '../align-outline';
import { foldForMatching } from '../text/fold';
import { NOTE_LABELS } from '../text/labels';
import type { PreparedBaseline } from '../engine';
import type { Alignment, DeadlineMention, FootnoteLink, OutlineUnit } from '../types';
import type { RuleContext } from './rule';

/** The innermost outline unit containing `offset` (leaves win over headings). */
export function unitAt(outline: OutlineUnit[], offset: number): OutlineUnit | undefined {
  let best: OutlineUnit | undefined;
  // Units are in document order; binary search for the last unit starting at or before offset.
  let lo = 0;
  let hi = outline.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (outline[mid]!.start <= offset) lo = mid + 1;
    else hi = mid - 1;
  }
  for (let i = hi; i >= 0 && i >= hi - 50; i--) {
    const u = outline[i]!;
    if (u.start <= offset && offset < Math.max(u.end, u.start + 1)) {
      if (!best || u.level > best.level) best = u;
      if (u.kind !== 'heading') break;
    }
  }
  return best;
}

/** The best task for a unit, if its score is at least `min`. */
export function bestTask(alignments: Alignment[], unit: OutlineUnit | undefined, min: number): { no: number; score: number } | undefined {
  if (!unit) return undefined;
  const t = alignments[unit.index]?.tasks[0];
  return t && t.score >= min ? t : undefined;
}

const lineages = new Map<string, string[]>();

/** Ids of a clause and its ancestors: "3.4.s2" → ["3.4.s2", "3.4", "3"] (kept per id; read only). */
function clauseLineage(id: string): string[] {
  let hit = lineages.get(id);
  if (!hit) {
    const parts = id.split('.');
    hit = parts.map((_, i) => parts.slice(0, i + 1).join('.'));
    if (lineages.size < 50000) lineages.set(id, hit);
  }
  return hit;
}

const sectionCache = new WeakMap<Alignment[], Map<string, OutlineUnit | undefined>>();

/**
 * Finds the draft heading whose section implements a baseline clause: every unit votes, through
 * its own best clause, for the headings that contain it. The heading with most votes wins; on a
 * tie the more specific (deeper) heading wins. Votes for all clauses are counted in one pass per
 * analysis and cached.
 */
export function sectionForClause(outline: OutlineUnit[], alignments: Alignment[], clauseId: string): OutlineUnit | undefined {
  let table = sectionCache.get(alignments);
  if (!table) {
    const votes = new Map<string, Map<number, number>>();
    for (const a of alignments) {
      const top = a.clauses[0];
      if (!top) continue;
      let u: OutlineUnit | undefined = outline[a.unit];
      // A heading votes for itself; leaves vote for their enclosing headings.
      if (u && u.kind !== 'heading') u = u.parent !== undefined ? outline[u.parent] : undefined;
      const lineage = clauseLineage(top.id);
      for (; u; u = u.parent !== undefined ? outline[u.parent] : undefined) {
        for (const id of lineage) {
          let m = votes.get(id);
          if (!m) votes.set(id, (m = new Map()));
          m.set(u.index, (m.get(u.index) ?? 0) + 1);
        }
      }
    }
    table = new Map();
    for (const [id, m] of votes) {
      let best: OutlineUnit | undefined;
      let bestVotes = 0;
      for (const [i, v] of m) {
        const u = outline[i]!;
        if (v > bestVotes || (v === bestVotes && best && u.level > best.level)) {
          best = u;
          bestVotes = v;
        }
      }
      table.set(id, best);
    }
    sectionCache.set(alignments, table);
  }
  return table.get(clauseId);
}

/**
 * Minimum alignment score for a task row or annotation to be compared with a task: the score at
 * which a sentence takes a task up on its own. Below it the row shares only a few common words with
 * the task (主动融入全区一体化政务大数据体系 with 数据供需对接 at 0.25), and no date is compared.
 */
const ROW_MIN = SENTENCE_TASK_THRESHOLD;
/** Sentences in running text are compared only when they match a task closely. */
const SENTENCE_MIN = 0.4;

/**
 * The task a deadline belongs to: for a task row, the row's best task; in running text, the
 * task of the sentence that holds the deadline or that an annotation follows, else the unit's
 * best task. Among near-equal candidates a task that names cities and counties wins, since a
 * local plan takes those up.
 */
export function taskForMention(ctx: RuleContext, unit: OutlineUnit | undefined, at: number, context: string): { no: number; score: number } | undefined {
  if (!unit) return undefined;
  const a = ctx.alignments[unit.index];
  if (!a) return undefined;
  if (unit.kind !== 'task-row' && a.sentenceTasks?.length) {
    let sentence: { no: number; score: number; start: number; end: number } | undefined;
    for (const st of a.sentenceTasks) if (st.start <= at) sentence = st;
    if (sentence && (at < sentence.end || /^[\s。；;]*[（(]/.test(ctx.text.slice(sentence.end, at + 1)))) return sentence;
  }
  // A date in running text belongs to the sentence that holds it. The unit-level match also reads
  // the enclosing heading's title, so it stands in only for a short unit (a sub-item of a sentence
  // or two), never for a long paragraph such as a table pasted out of a PDF column by column.
  if (context === 'sentence' && unit.end - unit.start > 300) return undefined;
  const min = context === 'sentence' ? (unit.end - unit.start <= 80 ? 0.35 : SENTENCE_MIN) : ROW_MIN;
  const top = a.tasks[0];
  if (!top) return undefined;
  // A short row that works on a system only its best task names (整合至全区统一的协同办公平台: task 104) is that task's,
  // though its few words match it less well than a sentence would.
  const namesItsSystem = unit.kind === 'task-row' && top.score >= ROW_SYSTEM_MIN && !!a.mentions?.some((m) => m.system && m.no === top.no);
  // An item whose own title names a programme only its best task quotes (推广应用“智桂通”。…（…完成时限：…）: task 9) is that
  // task's, though its other words, the item's own, match the task less well than a note's date otherwise needs.
  const titleNamesItsProgramme = context === 'annotation' && (unit.kind === 'subitem' || unit.kind === 'heading') && top.score >= ROW_SYSTEM_MIN && titleQuotesOnly(ctx, unit, top.no);
  if (top.score < min && !namesItsSystem && !titleNamesItsProgramme) return undefined;
  const local = a.tasks.find((t) => t.score >= top.score * 0.85 && ctx.prepared.taskByNo.get(t.no)?.namesLocal);
  const chosen = local ?? top;
  // A row matching its task only weakly, through a few of its words (推进智慧文旅建设，推广电子门票… with task 54's 电子文件…推广 at
  // 0.30): most of what the row does is not that task's, and its date is not held to it.
  // Not when one of its clauses matches that task closely (推进“雪亮工程”向基层全覆盖，补齐…视频点位短板: task 79 at 0.51 on the
  // first clause): the row takes that task up, whatever else it adds.
  const clauseTakesItUp = unit.kind === 'task-row' && !!a.mentions?.some((m) => m.no === chosen.no && m.score >= CLAUSE_TAKES_UP);
  if (unit.kind === 'task-row' && chosen.score < WEAK_ROW && !namesItsSystem && !clauseTakesItUp && fewWordsShared(ctx, unit, chosen.no)) return undefined;
  return chosen;
}

/** How closely a clause of a weakly matched row must match the row's task for the row to take that task up. */
const CLAUSE_TAKES_UP = 0.45;
/** Below this match a row's date is held to its task only when the row shares a fair part of its words with it. */
const WEAK_ROW = 0.35;
/** The least share of a weakly matched row's own words that its task must hold. */
const SHARED_WORDS_MIN = 1 / 3;

/** Whether fewer than SHARED_WORDS_MIN of the row's own words (its content cell, else its title) are words of task `no`. */
function fewWordsShared(ctx: RuleContext, row: OutlineUnit, no: number): boolean {
  const span = row.cells?.content ?? row.titleSpan;
  const own = new Set(tokenize(ctx.prepared.segmenter, ctx.text.slice(span.start, span.end)));
  if (own.size < 3) return false;
  // The task's words as the index holds them (its content, cut when the baseline was prepared).
  const key = String(no);
  const words = ctx.prepared.index.docs.find((x) => x.kind === 'task' && x.key === key)?.vec;
  let shared = 0;
  for (const w of own) if (words?.has(w)) shared++;
  return shared < own.size * SHARED_WORDS_MIN;
}

/**
 * Whether the unit's title names a programme that task `no` alone quotes and no other task's words hold (“智桂通”; not
 * “数字政府”, which one task quotes and many others name).
 */
function titleQuotesOnly(ctx: RuleContext, unit: OutlineUnit, no: number): boolean {
  const title = foldForMatching(ctx.text.slice(unit.titleSpan.start, unit.titleSpan.end));
  return namesIn(title, ctx.prepared.programmeNames).some((name) => {
    const nos = ctx.prepared.programmeNames.get(name)!;
    if (nos.length !== 1 || nos[0] !== no || tasksNaming(ctx, name) !== 1) return false;
    // Not a title that only relies on it (依托“一张图”开展耕地保护宣传): the work is another.
    const before = title.slice(0, title.indexOf(name));
    return !RELIES_ON.test(before);
  });
}

/** Words by which a title relies on a programme for other work, in the clause before its name. */
const RELIES_ON = /(?:依托|依靠|利用|通过|借助|基于|运用|用好)[^，,。；;]*$/;

/** How many tasks' words hold a programme name, quoted or not (compared as phraseIndex holds them: ideographs only). */
function tasksNaming(ctx: RuleContext, name: string): number {
  const words = name.replace(/[^\u4e00-\u9fff]/g, '');
  return phraseIndex(ctx.prepared).filter((t) => t.words.includes(words)).length;
}

/** Each task's text as characters of words only (folded), built once per baseline. */
export function phraseIndex(p: PreparedBaseline): { no: number; words: string }[] {
  let hit = phraseTexts.get(p);
  if (!hit) phraseTexts.set(p, (hit = p.baseline.tasks.map((t) => ({ no: t.no, words: foldForMatching(t.content).replace(/[^\u4e00-\u9fff]/g, '') }))));
  return hit;
}
const phraseTexts = new WeakMap<PreparedBaseline, { no: number; words: string }[]>();

/** How well a row (or an item whose title names its programme) must still match the one task whose system it names (see taskForMention). */
const ROW_SYSTEM_MIN = 0.2;

/** A rival task must match the annotated sentence at least this well to hold back a comparison. */
const RIVAL_MIN = 0.15;

/**
 * Other tasks a deadline may belong to when its unit-level match is not the sentence's own: the
 * best task of the sentence the date sits in or the annotation follows (a heading titled 经济调节能力
 * matches task 67 on its title while its sentence, 对接使用宁夏经济运行大数据平台…, is task 66).
 * A deadline is late only if it is later than every candidate's.
 */
export function rivalTasks(ctx: RuleContext, unit: OutlineUnit | undefined, at: number, chosen: number): number[] {
  if (!unit || unit.kind === 'task-row') return [];
  const text = ctx.text;
  // The annotation's opening bracket, if the date sits in one; the sentence ends there.
  let end = at;
  // Looked for within the unit only: a long draft with few brackets is not scanned back to its start.
  const own = text.slice(unit.start, at + 1);
  const open = unit.start + Math.max(own.lastIndexOf('（'), own.lastIndexOf('('));
  const inNote = open >= unit.start && !/[）)]/.test(text.slice(open, at));
  if (inNote) end = open;
  let start = end;
  while (start > unit.start && !/[。；;\n]/.test(text[start - 1]!)) start--;
  // Who does the work (由县民政局牵头，县卫生健康局、县教育体育局配合，2025年6月底前完成…) is no rival task: a sentence
  // whose words before the date only say so is read from the date on, as one the date opens.
  if (!inNote && dutyOnly(text.slice(start, end))) start = end;
  if (end - start < 4 && !inNote) {
    // A date that opens its sentence (2025年底前，完成…适老化…建设) is that sentence's: read on from it.
    start = at;
    end = at;
    while (end < unit.end && !/[。；;\n]/.test(text[end]!)) end++;
  } else if (end - start < 4 && start > unit.start) {
    // The annotation follows a finished sentence (…问题。（牵头单位：…）): read that sentence.
    end = start - 1;
    start = end;
    while (start > unit.start && !/[。；;\n]/.test(text[start - 1]!)) start--;
  }
  const tokens = tokenize(ctx.prepared.segmenter, text.slice(start, end));
  if (tokens.length < 2) return [];
  const best = bestMatch(ctx.prepared.index, [], tokens, 'task');
  if (!best || best.score < RIVAL_MIN || Number(best.doc.key) === chosen) return [];
  return [Number(best.doc.key)];
}

/** A comma clause that names who does the work: 由…牵头, …配合, …负责, …按职责分工落实. */
const DUTY_CLAUSE = /^[ \t\u3000]*(?:由)?[^，,。；;：:\n]{2,60}?(?:牵头负责|牽頭負責|牵头|牽頭|负责|負責|配合|参与|參與|协助|協助|(?:按照|按)(?:职责|職責)(?:分工)?(?:落实|落實|推进|推進|实施|實施))[ \t\u3000]*$/;

/** Whether text (up to a date) is only clauses naming who does the work. */
function dutyOnly(text: string): boolean {
  const clauses = text.split(/[，,]/).filter((c) => c.trim());
  return clauses.length > 0 && clauses.every((c) => DUTY_CLAUSE.test(c));
}

/** A line that is nothing but an item's note: （责任单位：…；完成时限：…）, 【牵头单位：…；完成时限：…】. */
const NOTE_LINE = new RegExp(`^[ \\t\\u3000]*[（(【][^（(）)【】]{0,6}(?:${NOTE_LABELS}|時限|时限)[：:][^\\n]*[）)】][ \\t\\u3000。；;]*$`);
/** A line that is one field of an item's note, without brackets: 时间节点：2025年6月底前, 协同部门：县财政局. */
const FIELD_LINE = new RegExp(`^[ \\t\\u3000]*(?:${NOTE_LABELS}|完成时间|完成時間|时限|時限|牵头|牽頭|配合)[ \\t\\u3000]*[：:][^\\n]*$`);

/**
 * The unit a date belongs to: a note written on a line of its own under an item (15.建立数字资源“一本账”。梳理…⏎
 * （责任单位：…；完成时限：2024年9月底前）) is the item's, whose words say which task it is; any other unit is its own.
 */
export function noteOwner(ctx: RuleContext, unit: OutlineUnit | undefined): OutlineUnit | undefined {
  if (!unit || unit.kind !== 'paragraph') return unit;
  const own = ctx.text.slice(unit.start, unit.end);
  if (!NOTE_LINE.test(own) && !fieldLines(own)) return unit;
  // A draft whose notes stand on the line before their items (see notesFirst): the next item's.
  if (NOTE_LINE.test(own) && notesFirst(ctx)) {
    const next = ctx.outline[unit.index + 1];
    return next && next.kind !== 'paragraph' && next.kind !== 'task-row' && next.marker ? next : unit;
  }
  // The note's other fields may stand on lines of their own between the item and this one (牵头部门：…⏎协同部门：…⏎时间节点：…).
  let k = unit.index - 1;
  while (k >= 0 && ctx.outline[k]!.kind === 'paragraph' && fieldLines(ctx.text.slice(ctx.outline[k]!.start, ctx.outline[k]!.end))) k--;
  const owner = k >= 0 ? ctx.outline[k]! : undefined;
  if (!owner || owner.kind === 'task-row') return unit;
  // (Fields alone: a line that goes on past its fields with a measure, 时限：…；牵头：…。持续推广…, is that measure's.)
  if (owner.kind === 'paragraph') return fieldLines(own) && !/[。！!？?][ \t\u3000]*[^\s）)]/.test(own) ? bodyLineOwner(ctx, owner, unit) : unit;
  return fieldLines(ctx.text.slice(owner.end, unit.start)) ? owner : unit;
}

/**
 * Whether the draft writes each item's note on the line before the item (【牵头单位：…；完成时限：…】⏎1．推进…): notes on lines of
 * their own stand between a part's heading and its first item (two or more), and none stands between a part's last item and
 * the next part's heading, as a note under its item would. Decided once per check.
 */
function notesFirst(ctx: RuleContext): boolean {
  let hit = notesFirstByCheck.get(ctx);
  if (hit !== undefined) return hit;
  let before = 0;
  let after = 0;
  const { outline, text } = ctx;
  for (let k = 1; k + 1 < outline.length; k++) {
    const u = outline[k]!;
    if (u.kind !== 'paragraph' || !NOTE_LINE.test(text.slice(u.start, u.end))) continue;
    const prev = outline[k - 1]!;
    const next = outline[k + 1]!;
    const item = (v: OutlineUnit) => v.kind !== 'paragraph' && v.kind !== 'task-row' && !!v.marker;
    // A part's heading: an item whose next unit is an item of a deeper level (its children).
    const part = (v: OutlineUnit, below: OutlineUnit) => item(v) && item(below) && below.parent === v.index;
    if (item(next) && part(prev, next)) before++;
    // A note after a part's last item: the next unit is a heading above that item (neither its child nor its sibling).
    else if (item(prev) && item(next) && next.parent !== prev.parent && next.parent !== prev.index) after++;
  }
  hit = before >= 2 && after === 0;
  notesFirstByCheck.set(ctx, hit);
  return hit;
}
const notesFirstByCheck = new WeakMap<RuleContext, boolean>();

/**
 * A note of fields alone under an item typed a sentence a line (19.提升网络支撑能力。⏎推进…改造，实现县乡村三级全覆盖。⏎牵头：…
 * ⏰2025年底前): when the item's title takes up no task, the note is the item's last line that does (the lines between are the
 * item's own paragraphs, under its heading). Else the note is its own unit.
 */
function bodyLineOwner(ctx: RuleContext, last: OutlineUnit, note: OutlineUnit): OutlineUnit {
  const item = last.parent !== undefined ? ctx.outline[last.parent] : undefined;
  if (!item || item.kind === 'paragraph' || item.kind === 'task-row' || note.parent !== item.index || !item.marker) return note;
  if (ctx.alignments[item.index]?.tasks.length) return note;
  for (let k = last.index; k > item.index; k--) {
    const u = ctx.outline[k]!;
    if (u.parent !== item.index || u.kind !== 'paragraph') return note;
    if (ctx.alignments[u.index]?.tasks.length) return u;
  }
  return note;
}

/** The footnote that is a note (⑦责任单位：…；完成时限：…) holding `offset`, tied to the unit carrying its mark. */
export function footnoteAt(ctx: RuleContext, offset: number): FootnoteLink | undefined {
  return ctx.footnotes?.find((f) => f.note.start <= offset && offset < f.note.end);
}

/**
 * The unit a date belongs to (see noteOwner), and where the date stands among its words: for a footnote, the unit
 * carrying its mark and the mark (…开放公共数据⑦。), whose sentence the note closes; else the date itself.
 */
export function dateOwner(ctx: RuleContext, d: { start: number; context?: string }): { unit: OutlineUnit | undefined; at: number } {
  const footnote = ctx.footnotes && footnoteAt(ctx, d.start);
  if (footnote) return { unit: ctx.outline[footnote.owner], at: footnote.start };
  const remarked = hasRemarkMarks(ctx) ? remarkedRow(ctx, d.start) : undefined;
  if (remarked) return { unit: remarked, at: remarked.start };
  const unit = noteOwner(ctx, unitAt(ctx.outline, d.start));
  // A note after a finished sentence (…等服务方式。（责任单位：…；完成时限：2024年6月底前）完成县乡两级…) closes that
  // sentence, though the next measure follows it at once or a copy's line breaks split it into paragraphs of its own:
  // its date is read at its bracket, in the unit of the sentence it closes.
  if (d.context === 'annotation' && unit && unit.kind !== 'task-row') {
    const open = noteOpening(ctx.text, d.start);
    let end = open;
    while (end > 0 && /\s/.test(ctx.text[end - 1]!)) end--;
    if (open >= 0 && end > 0 && /[。；;！!？?]/.test(ctx.text[end - 1]!)) {
      const owner = open < unit.start ? noteOwner(ctx, unitAt(ctx.outline, end - 1)) : unit;
      // Read as a date just inside the bracket, as if the note followed the sentence at once.
      if (owner && owner.kind !== 'task-row') return { unit: owner, at: open + 1 };
    }
  }
  return { unit, at: d.start };
}

/** Whether the draft has any ※ mark, looked for once per check (dateOwner runs for every date). */
const remarkMarks = new WeakMap<RuleContext, boolean>();
function hasRemarkMarks(ctx: RuleContext): boolean {
  let has = remarkMarks.get(ctx);
  if (has === undefined) remarkMarks.set(ctx, (has = ctx.text.includes('※')));
  return has;
}

/** A remark under a table opening with its mark (※3 第54项：…). */
const REMARK_LINE = /^[ \t\u3000]*(※[0-9]{1,2})(?![0-9])/;

/**
 * The task row a remark under the table dates (※3 第54项：…2026年6月底前全部完成), when the date at `offset` stands in a line
 * opening with a mark that one row's cells carry (分步实施※3): that row, whose date the remark gives.
 */
function remarkedRow(ctx: RuleContext, offset: number): OutlineUnit | undefined {
  const lineStart = ctx.text.lastIndexOf('\n', offset - 1) + 1;
  const m = REMARK_LINE.exec(ctx.text.slice(lineStart, lineStart + 8));
  if (!m) return undefined;
  const rows = ctx.outline.filter((u) => {
    if (u.kind !== 'task-row' || u.start > lineStart) return false;
    const row = ctx.text.slice(u.start, u.end);
    for (let at = row.indexOf(m[1]!); at >= 0; at = row.indexOf(m[1]!, at + 1)) if (!/[0-9]/.test(row[at + m[1]!.length] ?? '')) return true;
    return false;
  });
  return rows.length === 1 ? rows[0] : undefined;
}

/** How far back a note's opening bracket is looked for from a date inside it. */
const NOTE_REACH = 200;

/** Where the note (a bracket not closed before `at`) holding `at` opens, within NOTE_REACH and its sentence; else -1. */
function noteOpening(text: string, at: number): number {
  let depth = 0;
  for (let k = at - 1; k >= 0 && at - k <= NOTE_REACH; k--) {
    const c = text[k];
    if (c === '）' || c === ')') depth++;
    else if (c === '（' || c === '(') {
      if (depth === 0) return k;
      depth--;
    } else if (c === '。' && depth === 0) return -1;
  }
  return -1;
}

/** Whether every line of `text` is blank or one field of a note (see FIELD_LINE). */
function fieldLines(text: string): boolean {
  return text.split('\n').every((l) => !l.trim() || FIELD_LINE.test(l));
}

/** Milestones as year and month only (what a date says when, not what is due by it). */
function when(d: DeadlineMention): string {
  return `${d.deadline.ongoing ? '~' : ''}${d.deadline.milestones.map((m) => `${m.year}.${m.month ?? ''}`).join(',')}`;
}

/**
 * Findings on dates less the ones on a date in an item's running text that its note gives again, the
 * same, and that are found there too (…2026年3月底前实现基层干部填表报数工作量压减50%以上。（…；完成时限：2026年3月底前）):
 * one deadline written twice is reported once, at the note's date. A sentence's finding the note does not
 * share (the note compared with another task) stays, and so do hints.
 */
export function dropRestated<F extends { start: number; severity?: string }>(ctx: RuleContext, findings: F[]): F[] {
  if (findings.length < 2) return findings;
  const mentionAt = new Map<number, DeadlineMention>();
  for (const d of ctx.deadlines) if (!mentionAt.has(d.start)) mentionAt.set(d.start, d);
  const noted = new Set<string>();
  const owner = (d: DeadlineMention) => dateOwner(ctx, d).unit?.index ?? -1;
  for (const f of findings) {
    const d = f.severity === 'hint' ? undefined : mentionAt.get(f.start);
    if (d?.context === 'annotation' && d.deadline.milestones.length) noted.add(`${owner(d)}\u0000${when(d)}`);
  }
  if (!noted.size) return findings;
  return findings.filter((f) => {
    const d = f.severity === 'hint' ? undefined : mentionAt.get(f.start);
    return !(d?.context === 'sentence' && d.deadline.milestones.length && noted.has(`${owner(d)}\u0000${when(d)}`));
  });
}

/** The stretch around a span up to the marks that end it (`ends`) on either side, at most `reach` characters each way. */
export function spanAround(text: string, d: { start: number; end: number }, ends: RegExp, reach: number): { start: number; end: number } {
  let from = d.start;
  while (from > 0 && d.start - from < reach && !ends.test(text[from - 1]!)) from--;
  let to = d.end;
  while (to < text.length && to - d.end < reach && !ends.test(text[to]!)) to++;
  return { start: from, end: to };
}
