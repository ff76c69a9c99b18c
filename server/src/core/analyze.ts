// The one entry point of the core: analyze(text, prepared baseline, options). Pure and total:
// it never throws; failures of single rules come back as problems.
import { declaresNotApplicable, DRAFT_MARKER, hasGap, isPlaceholder } from './text/placeholders';
import { blankReviewComments, blankTrackedChanges, linesMarkedDeleted } from './text/review';
import { blankPageFurniture } from './text/furniture';
import { blankReferenceAttachments, forwardedDocument } from './text/reference';
import { blankSpans, someLineOpening } from './text/blank';
import { draftingNoteSpans, ownAccount } from './text/drafting-notes';
import { blankRoutingSheet } from './text/routing';
import { blankQuotedMail } from './text/mail';
import { blankWebPage } from './text/webpage';
import { blankErrata, blankRevisionTables, blankSuperseded } from './text/revision';
import { blankFootnoteMarks, footnoteMarks, type FootnoteMark } from './text/footnotes';
import { blankLineNumbers } from './text/line-numbers';
import { readHtmlSource, readReferences } from './text/html-source';
import { readOaExport } from './text/oa-export';
import { mapSpans, reflowLayoutTables } from './layout-table';
import { query } from './align';
import { unwrapHardWrapped } from './hard-wrap';
import { readLegend, withLegend } from './extract/legend';
import { blankRelatedArticles } from './text/article';
import { alignOutlineSteps, COVER_THRESHOLD } from './align-outline';
import type { Deadline } from './baseline/schema';
import type { TaskDecision } from './config';
import { applyTaskDecisions, unmatchedTaskScopes, type LevelRole } from './decisions';
import { makeRegistry, type LocalUnit, type PreparedBaseline, type UnitRegistry } from './engine';
import { inferDocumentFacts } from './baseline/infer';
import { findAllCitations, findCitations } from './extract/citations';
import { asciiDates, completionOf, definesForm, findDeadlines, impossibleYearlessDays, isPeriod, lastDoneMilestone, ocrDayMarks, parseDeadline } from './extract/deadlines';
import { findMojibake } from './extract/mojibake';
import { findCopyDamage, findReferences } from './extract/damage';
import { findStages, namesStage, resolveStages, type Stage } from './extract/stages';
import { planDates, resolveRelative, signatureDate, type PlanDates } from './extract/relative';
import { COORDINATING_BODY, LEAD_MARKS, parseUnitCell, UNIT_NAME_END, type ParseUnitCellOptions } from './extract/units';
import { withPlaceName } from './extract/unitNames';
import { DITTO, parseOutlineSteps, splitCells, splitLines, squeeze, trimSpan, unitTaskRefs } from './outline';
import { cnNumber } from './text/numerals';
import { escapeRegExp } from './text/regexp';
import { drain, type Steps } from './steps';
import { foldForMatching } from './text/fold';
import { isRegionOnly, mirrorTasks, taskListLevel } from './task-scope';
import { DATE_LABELS, isLeaderLabel, isPersonLabel, isPilotLabel, labelRole, LEADER_LABELS, NOTE_LABELS, PILOT_LABELS, ROLLOUT_LABELS, UNIT_LABELS } from './text/labels';
import { isReviewHeading, looksBackFromItsStart, opensWithAnAccount } from './text/looking-back';
import { ALL_RULES } from './rules';
import { unitAt } from './rules/locate';
import { levelLabel } from './rules/quote';
import type { Rule, RuleContext } from './rules/rule';
import type {
  Alignment, AnalysisProblem, CitationMention, Coverage, DeadlineMention, DraftFacts, Finding, FootnoteLink, MojibakeRun, OutlineUnit, Severity, Span, UnitMention,
} from './types';

export type RuleSetting = Severity | 'off';

export interface AnalyzeOptions {
  localUnits?: LocalUnit[];
  /** Severity overrides by rule id. */
  rules?: Record<string, RuleSetting>;
  /** Text longer than this is not analysed (a problem is returned instead). */
  maxChars?: number;
  /** Rules to run (defaults to all). */
  ruleSet?: Rule[];
  /** A prepared registry (front ends cache it per units file). */
  registry?: UnitRegistry;
  /**
   * The draft already read when it is checked against several baselines (analyzeChainSteps); the
   * text given with it is then the one it was read from, reviewers' comments already blanked.
   */
  draft?: DraftFacts;
  /** Recorded decisions about higher-level tasks (`tasks` in the config), keyed as there. */
  tasks?: Record<string, TaskDecision>;
  /** Set by analyzeChain: which level this run is. Unset for a single baseline. */
  level?: LevelRole;
  /**
   * Set by analyzeChain for a parent plan: the primary baseline and the draft's coverage of it. A parent's part that
   * stands for one of the primary's (吴忠's 健全组织机构 for the region's 五个一) is taken up where that part is.
   */
  primary?: { prepared: PreparedBaseline; coverage: Coverage; alignments: Alignment[] };
}

export interface AnalysisResult extends DraftFacts {
  alignments: Alignment[];
  coverage: Coverage;
  findings: Finding[];
  problems: AnalysisProblem[];
}


const DEFAULT_MAX_CHARS = 5 * 1024 * 1024;

function emptyResult(problems: AnalysisProblem[]): AnalysisResult {
  return {
    outline: [], alignments: [], deadlines: [], units: [], citations: [], mojibake: [],
    coverage: { pillars: [], tasks: { applicable: [], covered: [], uncovered: [], takenUp: [], mentioned: [], notApplicable: [] } }, findings: [], problems,
  };
}

/** A heading takes a task up on its own match only at this score or above. */
const HEADING_TASK_FLOOR = 0.3;

/** A runner-up match counts only when it is close to the unit's best match. */
function nearTop(score: number, top: number): boolean {
  return score >= COVER_THRESHOLD && score >= top * 0.8;
}

/**
 * Whether a unit names a pillar: in a heading or sub-item title, as a quoted framework term
 * anywhere (“六级贯通”, "六级贯通", 「六级贯通」), at the start of a sentence (生态环境保护方面，…), or as
 * what a sentence does (厘清…层级职责, 形成区、乡、村三级贯通的工作体系). A mention inside an enumeration
 * (…、六级贯通、七个能力) does not count. A term counting levels (六级贯通) is met by the plan's own
 * count (三级贯通: a county has fewer levels than the region).
 */
function namesPillar(view: { title: string; body: string }, u: OutlineUnit, keywords: RegExp[]): boolean {
  const { title, body } = view;
  // The patterns are global (sticky position in lastIndex): reset before every use.
  if ((u.kind === 'heading' || u.kind === 'subitem') && keywords.some((k) => titleNames(title, k))) return true;
  for (const re of keywords) {
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const i = m.index;
      const before = body[i - 1] ?? '';
      const after = body[i + m[0].length] ?? '';
      if (QUOTE_PAIRS.some(([open, close]) => before === open && after === close)) return true;
      // The plan's own levels given their duties (明确区、乡镇（街道）、村（社区）三级数字政府建设职责分工): the count follows
      // the list of the levels, and a verb setting duties out opens the clause.
      if (levelDuties(m[0])) {
        if (setsDutiesOut(body, i)) return true;
        continue;
      }
      if (/^$|[。；;\n]/.test(before) && /方面|领域/.test(body.slice(i + m[0].length, i + m[0].length + 2))) return true;
      if (!ENUMERATION.test(before) && !ENUMERATION.test(after) && body[i + m[0].length] !== '等') return true;
      // What a clause does (…，健全工作体制机制，形成…): the part's name as the object of a verb that sets it up.
      if (!ENUMERATION.test(before) && SETS_UP.test(body.slice(Math.max(0, i - 4), i)) && after !== '、' && after !== '等') return true;
    }
  }
  return false;
}

const QUOTE_PAIRS = [['“', '”'], ['"', '"'], ['「', '」'], ['‘', '’'], ["'", "'"]];
/** Separators of an enumeration (and the characters around a quoted or bracketed list item). */
const ENUMERATION = /[、，,“”"「」‘’（）()《》]/;
const LEVEL_COUNT = /^[一二三四五六七八九十两]级/;
/** Verbs that set out who does what (明确, 厘清, 理顺, 划分, 细化), before a count of levels and their duties. */
const SETS_DUTIES_OUT = /明确|厘清|理清|理顺|划分|细化/;
/** A match that is a count of levels with their duties (三级…职责), not the pillar's own words. */
const levelDuties = (match: string): boolean => LEVEL_COUNT.test(match) && match.includes('职责');
/** Whether the clause holding position `i` opens with a verb setting duties out (see SETS_DUTIES_OUT). */
function setsDutiesOut(text: string, i: number): boolean {
  let k = i;
  while (k > 0 && !/[。；;，,\n]/.test(text[k - 1]!)) k--;
  return SETS_DUTIES_OUT.test(text.slice(k, i));
}
/** Whether a heading's title names a pillar by this keyword (a count of levels with their duties only as set out). */
function titleNames(title: string, k: RegExp): boolean {
  k.lastIndex = 0;
  for (let m = k.exec(title); m; m = k.exec(title)) if (!levelDuties(m[0]) || setsDutiesOut(title, m.index)) return true;
  return false;
}

/** Verbs that set a part up, right before its name (健全, 完善, 建立健全, 健全完善). */
const SETS_UP = /(?:健全|完善|建立)$/;

/**
 * A pillar keyword as a pattern: a count of levels (六级贯通) matches any count (三级贯通); a mechanism (工作机制)
 * is also named with its system (工作体制机制, the usual pairing).
 */
function keywordPattern(k: string): RegExp {
  let escaped = escapeRegExp(k);
  // A count of levels (六级贯通) is met by the plan's own count of its levels joined up (三级贯通), not by one application
  // used across levels (县、乡、村三级基层治理平台贯通应用: the 互联网+基层治理 task; adjudicated in blind round 434).
  if (LEVEL_COUNT.test(k)) escaped = escaped.replace(/^[一二三四五六七八九十两]/, '[一二三四五六七八九十两]');
  // The levels' duties (层级职责) are also the plan's own count of levels with their duties (三级…职责, see namesPillar).
  if (/^层级[\u4e00-\u9fff]+$/.test(k)) escaped = `(?:${escaped}|[一二三四五六七八九十两]级[^。；;，,、\n]{0,10}?${escapeRegExp(k.slice(2))})`;
  if (/^[\u4e00-\u9fff]{2,}机制$/.test(k)) escaped = `${escaped.slice(0, -2)}(?:体制)?机制`;
  return new RegExp(escaped, 'g');
}

/** For a baseline: the pillars each clause and each task counts for (indices into `pillars`). */
const pillarLookups = new WeakMap<PreparedBaseline, { byClause: Map<string, number[]>; byTask: Map<number, number[]>; keywords: RegExp[][] }>();

function pillarLookupOf(prepared: PreparedBaseline): { byClause: Map<string, number[]>; byTask: Map<number, number[]>; keywords: RegExp[][] } {
  let hit = pillarLookups.get(prepared);
  if (!hit) {
    const byClause = new Map<string, number[]>();
    const byTask = new Map<number, number[]>();
    prepared.baseline.pillars.forEach((p, pi) => {
      for (const id of new Set(p.clauseIds)) byClause.set(id, [...(byClause.get(id) ?? []), pi]);
      for (const no of new Set(p.taskNos)) byTask.set(no, [...(byTask.get(no) ?? []), pi]);
    });
    hit = { byClause, byTask, keywords: prepared.baseline.pillars.map((p) => p.keywords.map((k) => keywordPattern(foldForMatching(k)))) };
    pillarLookups.set(prepared, hit);
  }
  return hit;
}

/**
 * The text around [start, end) that its folded form depends on: folding is per character except that
 * a surrogate pair folds as one, so one character of context on each side decides it. The cache of
 * named pillars is keyed by this window.
 */
function foldingWindow(text: string, start: number, end: number): { window: string; start: number; end: number } {
  const from = Math.max(0, start - 1);
  const to = Math.min(text.length, end + 1);
  return { window: text.slice(from, to), start: start - from, end: end - from };
}

/** The folded text of the window's [start, end), as a slice of the whole text folded would be. */
function folded(w: { window: string; start: number; end: number }): string {
  return foldForMatching(w.window).slice(w.start, w.end);
}

/** Units whose pillar evidence is gathered between two pauses of computeCoverage. */
const COVERAGE_UNITS_PER_STEP = 1024;

function* computeCoverage(text: string, outline: OutlineUnit[], alignments: Alignment[], prepared: PreparedBaseline): Steps<Coverage> {
  const evidence: Evidence[] = [];
  // Units with units under them.
  const parents = new Set<number>();
  for (const u of outline) if (u.parent !== undefined) parents.add(u.parent);
  const bare = bareHeadings(text, outline, parents);
  for (let from = 0; from < alignments.length; from += COVERAGE_UNITS_PER_STEP) {
    if (from > 0) yield;
    gatherEvidence(text, outline, alignments, prepared, from, Math.min(alignments.length, from + COVERAGE_UNITS_PER_STEP), evidence, bare, parents);
  }
  return coverageFrom(text, outline, alignments, prepared, evidence);
}

/** A project's or action's name (数字乡村示范工程, “慧治”平台建设项目): a measure, even with nothing under it. */
const PROJECT_TITLE = /(?:工程|项目|項目|行动|行動|计划|計劃|专项|專項)$/;

/** Longest title of a bare heading: a part's name, not a measure written as a heading. */
const BARE_TITLE_MAX = 30;

/**
 * Headings that stand with nothing under them (（二）提升综合高效的市场监管能力, then the next part's heading): no words of
 * their own after the title, no unit below them. Such a heading names a part without taking any of it up: it is no
 * evidence of the part (the tasks its title matches are still read, as any heading's are).
 */
function bareHeadings(text: string, outline: OutlineUnit[], parents: Set<number>): Set<number> {
  const out = new Set<number>();
  for (const u of outline) {
    // A part's name heads a part (一、, （一）) and is no sentence (动态更新…目录，维护…“一本账”。 is a measure).
    const title = u.title ?? '';
    if (u.kind !== 'heading' || u.level > 2 || parents.has(u.index) || title.length > BARE_TITLE_MAX || /[，,。；;：:]/.test(title) || PROJECT_TITLE.test(title)) continue;
    if (!/[\u4e00-\u9fff0-9A-Za-z]/.test(text.slice(Math.max(u.start, u.titleSpan.end), u.end))) out.add(u.index);
  }
  return out;
}

/** What a unit shows of the pillars: the ones it names, and the clauses and tasks that count for one. */
interface Evidence {
  unit: number;
  named: boolean[];
  clauses: string[];
  tasks: number[];
}

/** A unit's best task at this score or above is a confident match (see gatherEvidence). */
const CONFIDENT_TASK = 0.5;

/** Headings of a plan's guiding thought and principles. */
const GENERAL_REQUIREMENTS = /指导思想|基本原则|工作原则|总体思路/;

/** Whether a title names the guiding thought or principles; kept per title (a long document repeats its headings' titles in every path). */
const generalTitles = new Map<string, boolean>();
function isGeneralTitle(t: string): boolean {
  let hit = generalTitles.get(t);
  if (hit === undefined) {
    hit = GENERAL_REQUIREMENTS.test(foldForMatching(t));
    if (generalTitles.size >= 20000) generalTitles.clear();
    generalTitles.set(t, hit);
  }
  return hit;
}

/** The evidence of alignments[from..to), appended to `evidence`. */
function gatherEvidence(
  text: string, outline: OutlineUnit[], alignments: Alignment[], prepared: PreparedBaseline, from: number, to: number, evidence: Evidence[], bare: Set<number>, parents: Set<number>,
): void {
  const lookup = pillarLookupOf(prepared);
  // Which pillars each unit names, from its folded title and body: cached by the text they are
  // folded from (an edit looks again only at the units it changed).
  const cache = prepared.pillarNameCache;
  for (let k = from; k < to; k++) {
    const a = alignments[k]!;
    const u = outline[a.unit]!;
    const title = foldingWindow(text, u.titleSpan.start, u.titleSpan.end);
    const body = foldingWindow(text, u.start, Math.min(u.end, u.start + 4000));
    const context = `${u.kind}\u0000${title.window}`;
    let flags = cache?.get(body.window, context);
    if (!flags) {
      const view = { title: folded(title), body: folded(body) };
      flags = lookup.keywords.map((keywords) => namesPillar(view, u, keywords));
      cache?.set(body.window, context, flags);
    }
    // The plan's guiding thought and principles (指导思想, 基本原则) say how it means to work, not
    // what it does: they take up no part of the framework. (Goals still count: a plan may state a
    // part's aim there, and a damaged heading can leave measures under 总体目标.)
    if (bare.has(u.index) || isGeneralTitle(u.title ?? '') || u.path.some(isGeneralTitle)) {
      evidence.push({ unit: a.unit, named: flags.map(() => false), clauses: [], tasks: [] });
      continue;
    }
    // A short paragraph that puts a part off (同步营造良好数字生态，具体工作按照…统一部署另行推进) promises it without a
    // measure: it takes up nothing.
    if (u.kind === 'paragraph' && u.end - u.start <= DEFERRAL_MAX && DEFERRAL.test(text.slice(u.start, u.end))) {
      evidence.push({ unit: a.unit, named: flags.map(() => false), clauses: [], tasks: [] });
      continue;
    }
    // The clauses and tasks that count for a pillar: near the unit's best match, or a sentence's own.
    const clauses: string[] = [];
    const tasks: number[] = [];
    // A runner-up clause of another part counts only when no task is matched confidently: a row clearly about
    // task 87 (12345热线, 公共服务) is not 政务公开 work because 畅通政民互动渠道 comes second among its clauses.
    const sure = a.tasks[0] && a.tasks[0].score >= CONFIDENT_TASK ? lookup.byTask.get(a.tasks[0].no) : undefined;
    for (const c of a.clauses) {
      if (!nearTop(c.score, a.clauses[0]!.score)) continue;
      if (c !== a.clauses[0] && sure && !(lookup.byClause.get(c.id) ?? []).some((pi) => sure.includes(pi))) continue;
      clauses.push(c.id);
    }
    for (const c of a.sentenceClauses ?? []) clauses.push(c.id);
    // A part's heading, with units under it, names their theme: its own task match counts only when it is as clear as a
    // heading's must be to take a task up (HEADING_TASK_FLOOR). A title of generic words (健全“三项机制”，保障规范有序运行)
    // may come nearest a task without its part being taken up anywhere under it.
    const floor = u.kind === 'heading' && parents.has(u.index) ? HEADING_TASK_FLOOR : 0;
    for (const t of a.tasks) if (t.score >= floor && nearTop(t.score, a.tasks[0]!.score)) tasks.push(t.no);
    for (const t of a.sentenceTasks ?? []) tasks.push(t.no);
    // Naming a system only one task names (经济运行大数据平台) is work on that task's part of the framework.
    for (const m of a.mentions ?? []) if (m.system) tasks.push(m.no);
    // A part's heading that names its part (（三）夯实数据资源体系) is about that part: its own match to another part's
    // clause or task (数据资源 words in 夯实全区生态环境数据应用基础) is no evidence of that other part.
    if (floor && flags.some(Boolean)) {
      const own = (pis: number[] | undefined) => (pis ?? []).some((pi) => flags[pi]);
      evidence.push({ unit: a.unit, named: flags, clauses: clauses.filter((c) => own(lookup.byClause.get(c))), tasks: tasks.filter((t) => own(lookup.byTask.get(t))) });
      continue;
    }
    evidence.push({ unit: a.unit, named: flags, clauses, tasks });
  }
}

/**
 * Words that put the work itself off to a later arrangement: 另行部署, 另行推进, 待…后再行部署, 暂不开展 (not details
 * left to a later document: 具体办法另行制定).
 */
const DEFERRAL = /另行(?:部署|推进|安排)|待[^。；\n]{1,30}后再(?:行)?(?:部署|推进|安排|开展)|暂不(?:开展|实施|推进|部署)/;
/** Longest paragraph read as a deferral as a whole (one or two sentences). */
const DEFERRAL_MAX = 120;

/** A task list's responsibility naming counties among those who carry the task out (各市、县（区）, 各县区). */
const COUNTIES = /[县縣]/;

/** The pillars a unit's evidence names or matches through its clauses and tasks. */
function pillarsOfEvidence(e: Evidence, lookup: ReturnType<typeof pillarLookupOf>): Set<number> {
  const out = new Set<number>();
  e.named.forEach((n, pi) => n && out.add(pi));
  for (const c of e.clauses) for (const pi of lookup.byClause.get(c) ?? []) out.add(pi);
  for (const t of e.tasks) for (const pi of lookup.byTask.get(t) ?? []) out.add(pi);
  return out;
}

/**
 * A heading that merges parts of the framework (（一）提升经济调节和市场监管能力, （三）夯实数据资源和安全基础) names each, but
 * takes up only those its units take up: a part it names whose work no unit under it does (its three measures all 市场监管)
 * is left out there, however its own title and opening sentence read. The heading's evidence for such a part is dropped;
 * any other evidence stands. A heading naming one part, or with nothing under it, or with a unit under it that reads as
 * none of the parts it names, is read as before.
 */
function mergedHeadingsChecked(outline: OutlineUnit[], evidence: Evidence[], lookup: ReturnType<typeof pillarLookupOf>): Evidence[] {
  const merged = evidence.filter((e) => outline[e.unit]!.kind === 'heading' && e.named.filter(Boolean).length >= 2);
  if (!merged.length) return evidence;
  const byUnit = new Map(evidence.map((e) => [e.unit, e]));
  const children = new Map<number, number[]>();
  for (const u of outline) {
    if (u.parent === undefined) continue;
    const list = children.get(u.parent);
    if (list) list.push(u.index);
    else children.set(u.parent, [u.index]);
  }
  const replaced = new Map<Evidence, Evidence>();
  for (const e of merged) {
    const below = new Set<number>();
    const stack = [...(children.get(e.unit) ?? [])];
    if (!stack.length) continue;
    // Every unit under it with evidence must be plainly another named part's work: one that reads as none of them (a thin
    // item, 推进特色产业数字化) may be the named part's measure the index matches poorly, and the name stands.
    let plain = true;
    while (stack.length) {
      const k = stack.pop()!;
      const ev = byUnit.get(k);
      if (ev) {
        const pis = pillarsOfEvidence(ev, lookup);
        if (![...pis].some((pi) => e.named[pi])) plain = false;
        for (const pi of pis) below.add(pi);
      }
      stack.push(...(children.get(k) ?? []));
    }
    if (!plain) continue;
    const dropped = new Set<number>();
    e.named.forEach((n, pi) => n && !below.has(pi) && dropped.add(pi));
    if (!dropped.size) continue;
    const keeps = (pis: number[] | undefined) => !pis || !pis.some((pi) => dropped.has(pi));
    replaced.set(e, {
      unit: e.unit,
      named: e.named.map((n, pi) => n && !dropped.has(pi)),
      clauses: e.clauses.filter((c) => keeps(lookup.byClause.get(c))),
      tasks: e.tasks.filter((t) => keeps(lookup.byTask.get(t))),
    });
  }
  return replaced.size ? evidence.map((e) => replaced.get(e) ?? e) : evidence;
}

/** Pillars and tasks covered, from every unit's evidence and alignment. */
function coverageFrom(text: string, outline: OutlineUnit[], alignments: Alignment[], prepared: PreparedBaseline, evidence: Evidence[]): Coverage {
  const { baseline } = prepared;
  const lookup = pillarLookupOf(prepared);
  // Each unit, once: the pillars it names or whose clauses and tasks it matches, in unit order.
  const unitsOf: number[][] = baseline.pillars.map(() => []);
  const hit = new Uint8Array(baseline.pillars.length);
  for (const e of mergedHeadingsChecked(outline, evidence, lookup)) {
    let any = false;
    for (let pi = 0; pi < e.named.length; pi++) if (e.named[pi]) (hit[pi] = 1), (any = true);
    for (const c of e.clauses) {
      const pis = lookup.byClause.get(c);
      if (pis) for (const pi of pis) (hit[pi] = 1), (any = true);
    }
    for (const t of e.tasks) {
      const pis = lookup.byTask.get(t);
      if (pis) for (const pi of pis) (hit[pi] = 1), (any = true);
    }
    if (!any) continue;
    for (let pi = 0; pi < hit.length; pi++) if (hit[pi]) (unitsOf[pi]!.push(e.unit), (hit[pi] = 0));
  }
  const pillars = baseline.pillars.map((p, pi) => {
    const units = unitsOf[pi]!;
    return { pillarId: p.id, family: p.family, name: p.name, covered: units.length > 0, units };
  });
  const applicable = baseline.tasks.filter((t) => t.namesLocal).map((t) => t.no);
  const coveredMap = new Map<number, number[]>();
  const mentionMap = new Map<number, number[]>();
  for (const a of alignments) {
    // A heading's title names a theme (驱动数字经济发展), not a task: its own match must be clearer.
    const floor = outline[a.unit]!.kind === 'heading' ? HEADING_TASK_FLOOR : 0;
    const cover = (no: number) => {
      const list = coveredMap.get(no);
      if (list) list.push(a.unit);
      else coveredMap.set(no, [a.unit]);
    };
    for (const t of a.tasks) if (t.score >= floor && nearTop(t.score, a.tasks[0]!.score)) cover(t.no);
    if (a.sentenceTasks) for (const t of a.sentenceTasks) cover(t.no);
    // A unit whose best task is the region's alone (充实自治区领导小组) takes part in the task of the
    // same group that asks cities and counties to mirror it (参照自治区做法，成立相应的组织机构).
    const top = a.tasks[0] && prepared.taskByNo.get(a.tasks[0].no);
    if (top && isRegionOnly(top)) {
      for (const no of mirrorTasks(prepared, top)) {
        const list = mentionMap.get(no);
        if (list) list.push(a.unit);
        else mentionMap.set(no, [a.unit]);
      }
    }
    for (const t of a.mentions ?? []) {
      // Appended in place: copying the list on every mention made a long document's coverage quadratic.
      const list = mentionMap.get(t.no);
      if (list) list.push(a.unit);
      else mentionMap.set(t.no, [a.unit]);
    }
  }
  // Task rows that give their regional task number take that task up explicitly.
  for (const u of outline) {
    if (u.kind === 'task-row' && u.cells?.no !== undefined && prepared.taskByNo.has(u.cells.no)) {
      // A draft's own numbering is not the region's; only trust it when the row also aligns.
      const a = alignments[u.index];
      if (a?.tasks.some((t) => t.no === u.cells!.no && nearTop(t.score, a.tasks[0]!.score))) {
        const list = coveredMap.get(u.cells.no);
        if (list) list.push(u.index);
        else coveredMap.set(u.cells.no, [u.index]);
      }
    }
  }
  // A row that names the task it takes up (对应自治区任务：第48项) takes it up when its words also match
  // it. When they match no task, or that one only weakly (the row words its own part of the task), the
  // task is mentioned: the plan says it takes it up, and the reviewer sees where. When they match
  // another task clearly instead, the number may be wrong (16 for task 15): it is not trusted.
  // A column naming its list's level (对应吴忠市任务) cites only that level's tasks.
  const level = taskListLevel(prepared);
  for (const u of outline) {
    // A measure after a quotation of the region's task (【自治区任务】第48项：…), or citing the tasks it takes up
    // (〔对应自治区任务清单第47、49项〕), names them as such a row does.
    const refs = unitTaskRefs(u);
    if (!refs) continue;
    // A row saying the task it names does not apply here (本市不涉及，由自治区统一建设) does not take it up
    // when the list gives that task to counties too (各市、县（区）): it stays uncovered, for the reviewer
    // to look at. A task the list gives the prefecture-level cities alone (各地级市) may well not be a
    // county's: the row still mentions it.
    const declined = u.kind === 'task-row' && declaresNotApplicable(text.slice(u.titleSpan.start, u.titleSpan.end));
    const a = alignments[u.index];
    for (const ref of refs) {
      const no = ref.no;
      if ((ref.level && ref.level !== level) || !prepared.taskByNo.has(no)) continue;
      if (declined && COUNTIES.test(prepared.taskByNo.get(no)!.unitsRaw)) continue;
      const aligned = a?.tasks.some((t) => t.no === no && nearTop(t.score, a.tasks[0]!.score));
      if (!aligned && a?.tasks.length && !a.tasks.some((t) => t.no === no)) continue;
      const map = aligned ? coveredMap : mentionMap;
      const list = map.get(no);
      if (list) list.push(u.index);
      else map.set(no, [u.index]);
    }
  }
  const covered = applicable.filter((n) => coveredMap.has(n)).map((no) => ({ no, units: [...new Set(coveredMap.get(no))] }));
  const uncovered = applicable.filter((n) => !coveredMap.has(n) && !mentionMap.has(n));
  const takenUp = [...coveredMap.keys()].sort((a, b) => a - b).map((no) => ({ no, units: [...new Set(coveredMap.get(no))] }));
  const mentioned = [...mentionMap.keys()]
    .filter((no) => !coveredMap.has(no))
    .sort((a, b) => a - b)
    .map((no) => ({ no, units: [...new Set(mentionMap.get(no))] }));
  return { pillars, tasks: { applicable, covered, uncovered, takenUp, mentioned, notApplicable: [] } };
}

/** How much of the draft's start its own place is read from (its title and the lines around it). */
const PLACE_REACH = 3000;

/** A milestone of work reported done (see lastDoneMilestone). */
const DONE_MILESTONE = /^已/;
/** A line whose item, after its number, is titled as consolidating work already done: 10．巩固提升安全责任体系。, 持续优化…. */
const CONSOLIDATING_ITEM = /^[ \t\u3000]*(?:[（(]?[0-9０-９一二三四五六七八九十]{1,3}[)）.．、][ \t\u3000]*)?(?:巩固|鞏固|持续|持續|继续|繼續|不断|不斷|迭代)/;

// One level of brackets may nest inside an annotation: （责任单位：…，各县（区）人民政府。完成时限：…）.
/** The note labels, and the short ones a hurried plan writes (（牵头：…，配合：…，2024年底前）, （牵头：…；完成：2024年6月底前）). */
const NOTE_LABELS_SHORT = `${NOTE_LABELS}|牵头|牽頭|配合|主办|主辦|协办|協辦|督办|督辦|时限|時限|完成时间|完成時間|完成|${ROLLOUT_LABELS}|${PILOT_LABELS}`;
/**
 * Words that make a note one for a whole section: （本部分牵头单位：…）, （以上任务完成时限：…）. Group 1 of
 * ANNOTATION; group 2 is the note's fields.
 */
const SECTION_SCOPE = '本部分|本节|本章|本板块|本项|本条|本专项|以上各项任务|以上各项|以上任务|上述任务|上述各项任务|上述各项';
/** The region's task a note says its item answers, before the note's fields: 对应自治区任务清单第48项； (not read here). */
const NOTE_TASK_REF = '(?:(?:对应|對應|落实|落實)[^（()）\\n；;：:，,]{0,12}?第?[0-9０-９]{1,3}(?:\\s*[、和及]\\s*第?[0-9０-９]{1,3})*\\s*[项項]?\\s*[；;，,]\\s*)?';
// A note may run over a line break or two, as a PDF or a scan breaks lines at the page's width (…中国电信海原分公司配合，⏎
// 各乡镇人民政府具体负责；完成时限：2025年6月底前）); more breaks than that are no one note (see WRAPPED_NOTE_BREAKS).
const ANNOTATION = new RegExp(`[（(]\\s*${NOTE_TASK_REF}(?:(${SECTION_SCOPE})(?:的)?)?((?:${NOTE_LABELS_SHORT})\\s*[：:](?:[^（()）]|[（(][^（()）\\n]{0,30}[）)]){0,300})[）)]`, 'g');
/** A note in hexagonal brackets, as some offices write them (〔责任单位：…；完成时限：…〕). Groups as ANNOTATION's. */
const HEX_ANNOTATION = new RegExp(`〔\\s*${NOTE_TASK_REF}(?:(${SECTION_SCOPE})(?:的)?)?((?:${NOTE_LABELS_SHORT})\\s*[：:](?:[^〔〕（()）]|[（(][^（()）\\n]{0,30}[）)]){0,300})〕`, 'g');
/** A note in square brackets (【牵头单位：…；配合单位：…；完成时限：…】). Groups as ANNOTATION's. */
const SQUARE_ANNOTATION = new RegExp(`【\\s*${NOTE_TASK_REF}(?:(${SECTION_SCOPE})(?:的)?)?((?:${NOTE_LABELS_SHORT})\\s*[：:](?:[^【】（()）\\n]|[（(][^（()）\\n]{0,30}[）)]){0,300})】`, 'g');
/** A note's next field after a full stop (…。完成时限：…), as some notes separate their fields. */
const NEXT_FIELD_AFTER_STOP = new RegExp(`。[ \\t\\u3000]*(?:${NOTE_LABELS_SHORT})\\s*[：:]`);
/** Learning from another place: 学习借鉴, 借鉴, 对标, 参照 … and the place (group 1: 银川市, 浙江省, 彭阳县) (global). */
const LEARN_FROM = /(?:学习借鉴|學習借鑒|借鉴|借鑒|对标|對標|参照|參照|参考|參考|学习|學習)[^，,。；;\n]{0,4}?([\u4e00-\u9fff]{2,6}?(?:自治区|自治區|省|市|县|縣|区|區|州|盟|旗))/g;

/**
 * The spans that tell another place's example: the clause naming it after a word of learning (学习借鉴银川市2023年建成城市大脑的
 * 做法，), and the sentences after it in the same line that open with that place's name (银川市由…牵头，2023年建成…。).
 */
function exampleSpans(text: string): Span[] {
  const out: Span[] = [];
  if (!/借鉴|借鑒|对标|對標|参照|參照|参考|參考|学习|學習/.test(text)) return out;
  for (const m of text.matchAll(LEARN_FROM)) {
    const place = m[1]!;
    // The region or the plan's own level is guidance, not another place's example (对标自治区要求，2024年底前建成…).
    if (/自治区|自治區|^(?:全|本|我|上级|上級|市级|市級|县级|縣級)/.test(place)) continue;
    let end = m.index! + m[0].length;
    while (end < text.length && !/[，,。；;\n]/.test(text[end]!)) end++;
    out.push({ start: m.index!, end });
    const lineEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
    // The sentences after it that open with the place's name.
    let at = end;
    while (at < lineEnd) {
      const stop = text.slice(at, lineEnd).search(/[。！？]/);
      const sentenceEnd = stop < 0 ? lineEnd : at + stop + 1;
      const opening = text.slice(at, sentenceEnd).replace(/^[。，,；;\s]+/, '');
      if (opening.startsWith(place)) out.push({ start: at, end: sentenceEnd });
      at = sentenceEnd;
    }
  }
  return out;
}

/**
 * A part of a sentence that counts its parts: 一是, 二是 … 十是, 第一/第二（，）, or a circled number inside a paragraph
 * (…体系。①每半年开展一次演练；②2024年10月底前，…; not one opening a line), at the part's start.
 */
const COUNTED_PART = /^[ \t\u3000]*(?:[一二三四五六七八九十]是|第[一二三四五六七八九十][，,、]|[\u2460-\u2473])/;
/** A circled number ①–⑳ opening a span (after any spaces). */
const CIRCLED = /^[ \t\u3000]*[\u2460-\u2473]/;

/**
 * The span of the counted part (一是…；) a position stands in, from after the ； or 。 before it to the ； or 。 after it,
 * when the part opens with its count; undefined otherwise.
 */
function countedPart(text: string, at: number): Span | undefined {
  let start = at;
  while (start > 0 && at - start < 300 && !/[；;。\n]/.test(text[start - 1]!)) start--;
  if (!COUNTED_PART.test(text.slice(start, start + 4))) return undefined;
  // A circled number opening a line is a sub-item of the outline (read as a unit of its own), not a part of a sentence.
  if ((start === 0 || text[start - 1] === '\n') && CIRCLED.test(text.slice(start, start + 4))) return undefined;
  let end = at;
  while (end < text.length && end - at < 300 && !/[；;。\n]/.test(text[end]!)) end++;
  return { start, end };
}

/**
 * A date read in any cell of a row for a slip: written to the day (2024年9月31日), for a day its month does not have, or
 * with a month no year has (2024年21月, 2024年13月底前; not 13个月), or a year of five digits (20244年底前, a digit typed
 * twice; not 12000元).
 */
const IMPOSSIBLE_ROW_DATE = /(?:19|20)[0-9]{2}\s*年\s*(?:(?:0?[1-9]|1[0-2])\s*月\s*(?:29|3[0-9])\s*[日号]|(?:1[3-9]|[2-9][0-9])\s*月)|(?<![0-9０-９])(?:19|20)[0-9]{3}\s*年/g;

/**
 * Whether a start date is after the completion it leads to: a later year, or the same year and a later month (a start of
 * 2024年 and a completion of 2024年6月 may well agree).
 */
function startsAfterEnd(start: Deadline, end: Deadline): boolean {
  const s = start.milestones[0];
  const e = completionOf(end);
  if (!s || !e || e === 'ongoing') return false;
  return s.year > e.year || (s.year === e.year && s.month !== undefined && e.month !== undefined && s.month > e.month);
}

/** Fields apart by spaces rather than ；: a label after a space. */
const SPACED_FIELDS = new RegExp(`[ \\t\\u3000]\\s*(?:${NOTE_LABELS_SHORT}|时间|時間)\\s*[：:]`);
/** The most line breaks one note is read over. */
const WRAPPED_NOTE_BREAKS = 2;
/**
 * A note whose closing bracket was lost at the end of its line (…。（责任单位：县大数据服务中心；完成时限：2025年底前⏎): its
 * fields run to the line's end; not a note that goes on past it (…县审批服务管理局；⏎— 3 —⏎…：a page break). Groups as
 * ANNOTATION's.
 */
const UNCLOSED_NOTE = new RegExp(`[（(]\\s*${NOTE_TASK_REF}(?:(${SECTION_SCOPE})(?:的)?)?((?:${NOTE_LABELS_SHORT})\\s*[：:](?:[^（()）\\n]|[（(][^（()）\\n]{0,30}[）)]){1,200}?)(?<![；;，,、：:])[ \\t\\u3000。]*$`, 'gm');
const NOTE_FIELD = new RegExp(`^\\s*(${NOTE_LABELS_SHORT})\\s*[：:]\\s*`);
/** How a date written without a label starts: a year, or an ongoing or yearly deadline. */
const DATE_START = '(?:[0-9０-９]{4}\\s*年|持续|持續|长期|長期|常态化|常態化|每年)';
/** Where a note's field ends at a comma: before another label, or before an unlabelled date (，2025年 / ，持续推进). */
const NOTE_COMMA = new RegExp(`[，,](?=\\s*(?:(?:${NOTE_LABELS_SHORT})\\s*[：:]|${DATE_START}))`, 'g');
const BARE_DATE = new RegExp(`^\\s*${DATE_START}`);
/**
 * A note without labels: its units, each group closing with its role, then perhaps a date: (县发改局负责,2025年),
 * （县大数据中心牵头，持续推进）, （市财政局牵头，市直各部门（单位）配合，2024年底前完成）, （市审批局牵头，市直有关部门
 * 配合）, in round, hexagonal or square brackets (〔县市场监管局牵头，…配合，2024年底前〕 opening an item).
 * Group 1: the units with their roles; group 2: the date.
 */
/** A group of units in a note without labels, closing with its role (县财政局、县审计局配合, 市直各部门（单位）配合). */
const BARE_GROUP = '(?:[^（）()\\n：:，,；;。]|[（(][^（）()\\n：:，,；;。]{1,8}[）)]){2,40}?(?:牵头负责|牽頭負責|负责|負責|牵头|牽頭|配合|参与|參與|协助|協助|(?:按照|按)(?:职责|職責)(?:分工)?(?:(?:抓好|做好)?(?:落实|落實)|推进|推進|实施|實施))(?:[\\u4e00-\\u9fff]{2,8}(?=\\s*[，,；;。）)〕】］]))?';
// A role may be followed by the duty it names (县智慧城市运营中心负责平台运维): parseUnitCell reads the duty as no body.
// The note closes with its bracket, or its units end at a semicolon or full stop before more words that close
// with the bracket later on the line (（…牵头，…配合；自治区要求2025年完成，我县2024年底前完成）).
/**
 * A kind of body, not a body (科室, 股室, 单位): a legend saying how a table lists them (（表中牵头科室有多个的，排在第一位的
 * 为主要牵头科室）) names none.
 */
const KIND_OF_BODY = /^(?:科室|股室|处室|處室|单位|單位|部门|部門|机构|機構)$/;
/** A bracket closing its line, with no label, verb or date inside (see extractFields). Group 1: what it holds. */
const NAMES_NOTE = /[（(]([^（）()\n：:；;。]{2,120}?)[）)][ \t\u3000。；;]*$/gm;
const BARE_NOTE = new RegExp(`[（(〔【［]\\s*(${BARE_GROUP}(?:\\s*[，,]\\s*${BARE_GROUP}){0,3})(?:\\s*[，,]\\s*(${DATE_START}[^（）()〔〕【】［］\\n；;。]{0,30}?))?\\s*(?:[）)〕】］]|[；;。](?=[^\\n]{0,300}?[）)〕】］]))`, 'g');
/** The date field of a BAR_NOTE: a date with its year, or a month or the year's end without one (9月底前, 年底前). */
const BAR_DATE = new RegExp(`^\\s*(?:${DATE_START}|[0-9０-９]{1,2}\\s*月|年底|年内)`);
/**
 * A note of two fields split by a bar, as a checklist opens an item (【2024年6月底前｜县大数据服务中心】推进……):
 * a date and the units, in either order. Groups 1 and 2: the two fields (with their indices).
 */
const BAR_NOTE = /[【〔［]\s*([^【】〔〕［］\n｜|]{2,40}?)\s*[｜|]\s*([^【】〔〕［］\n｜|]{2,60}?)\s*[】〕］]/dg;
/**
 * Units and a date after a dash closing an item, as an outline's template writes them (……——区大数据中心，区直有关
 * 部门配合，2024年底前). Group 1: the units; group 2: the last field, the date when it reads as one (with their indices).
 */
const DASH_NOTE = /(?:——|—{2}|－－|--)[ \t\u3000]*([^—\n。；;：:]{2,60}?)(?:[，,][ \t\u3000]*([^—\n。；;，,]{2,30}))?[ \t\u3000。；;]*$/dgm;
/**
 * The dash positions of headings titled topic——subtopic (25.公共服务能力——一网通办, 26.公共服务能力——掌上办): among
 * sibling headings with a dash in their titles, when fewer than half name a body after it, the part after
 * each dash is a subtopic, and a subtopic that happens to end as a body's name does (一网通办) is none.
 * A template's headings closed by their units (1.推进政务云建设——县大数据中心) name bodies throughout.
 */
function dashSubtopicHeadings(text: string, outline: OutlineUnit[], cellOptions: ParseUnitCellOptions): Set<number> {
  const families = new Map<string, { at: number; body: boolean }[]>();
  for (const u of outline) {
    if (u.kind !== 'heading' || !u.title) continue;
    const title = text.slice(u.titleSpan.start, u.titleSpan.end);
    const dash = /——|—{2}|－－|--/.exec(title);
    if (!dash) continue;
    const after = title.slice(dash.index + dash[0].length).split(/[，,]/)[0]!.trim();
    const body = parseUnitCell(after, cellOptions).mentions.some((x) => x.collective || UNIT_NAME_END.test(x.name));
    const key = `${u.parent ?? -1}:${u.level}`;
    let family = families.get(key);
    if (!family) families.set(key, (family = []));
    family.push({ at: u.titleSpan.start + dash.index, body });
  }
  const out = new Set<number>();
  for (const family of families.values()) {
    if (family.length < 3 || family.filter((h) => h.body).length * 2 >= family.length) continue;
    for (const h of family) out.add(h.at);
  }
  return out;
}

/**
 * A label in square brackets with its value after it (【牵头单位】市工信局, [责任单位] 县工信局, ［完成时限］2024年底) or inside it
 * (【牵头单位：市公安局】).
 */
const BRACKET_LABEL = new RegExp(`[【\\[［]\\s*(${NOTE_LABELS_SHORT})\\s*(?:[】\\]］][ \\t\\u3000]*([^【\\[［\\n]*)|[：:]\\s*([^】\\]］\\n]*)[】\\]］])`, 'g');
/**
 * A project's period under its label in running text, as a 专栏 box lists its projects (…。牵头单位：
 * 市大数据局。建设周期：2024.3—2025.6。): the work is due when the period ends. Only a value that is a
 * period is read; a label naming the 完成时限 in a sentence leaves its date to the sentences' reading.
 */
const PERIOD_LABEL = /(?:建设周期|建設週期|建设期限|建設期限|建设年限|建設年限|实施周期|實施週期|实施期限|實施期限|实施年限|實施年限|起止时间|起止時間|起止年限)[ \t\u3000]*[：:][ \t\u3000]*([^。；;\n]{4,30})/g;

/**
 * The period labels of a text with their values: a label at the start of the text or after 。；; or white
 * space (the look-behind a pattern could say is slow on a long text, so the place is checked at each match).
 */
function periodFields(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (!/周期|週期|期限|年限|起止/.test(text)) return out;
  PERIOD_LABEL.lastIndex = 0;
  for (let m = PERIOD_LABEL.exec(text); m; m = PERIOD_LABEL.exec(text)) {
    if (m.index === 0 || /[。；;\s]/.test(text[m.index - 1]!)) out.push(m);
    else PERIOD_LABEL.lastIndex = m.index + 1;
  }
  return out;
}

/** A note label naming the deadline (完成时限, 时限, 完成时间, 全面推广). */
const DEADLINE_LABEL = new RegExp(`时限|時限|时间|時間|期限|节点|節點|进度|進度|日期|^完成$|${ROLLOUT_LABELS}`);
/**
 * A line that opens with a body's name and a colon, then its duty (市发展改革委：负责…, （三）市大数据发展局：牵头…).
 * Group 1: the name.
 */
const DUTY_LINE = /(?:^|\n)[ \t\u3000]*(?:[（(]?[一二三四五六七八九十0-9]{1,2}[）)．.、][ \t\u3000]*)?([^\n：:，,。；;（）()“”、 \t\u3000]{2,30}(?:[（(][^\n（）()]{1,10}[）)][^\n：:，,。；;（）() \t\u3000]{0,10})?)[ \t\u3000]*[：:][ \t\u3000]*(?=(?:主要|具体|全面|牵头|统筹|协调)?(?:负责|牵头|承担|会同|配合|统筹|督促|指导|组织|做好|抓好))/g;
/** A heading naming the body that leads the items under it: 区政务服务管理局牵头事项（8项）, 县财政局负责的任务. */
const LEAD_HEADING = /^([^，,。；;：:“”]{2,30}?)(?:牵头|牽頭|负责|負責)的?(?:事项|事項|任务|任務|工作)[ \t\u3000]*(?:[（(][0-9０-９一二三四五六七八九十]+[项項][）)])?$/;
const DEADLINE_LABEL_LINE = new RegExp(`(?:^|\\n)[ \\t\\u3000]*((?:${DATE_LABELS}|完成时间|完成時間|时限要求|時限要求|时限|時限)\\s*[：:])([^\\n]*)`, 'g');
// A label may also follow the item's last sentence on its line (…新途径。配合单位：区发展和改革局。完成时限：…), or a note's
// clause (注：本部分对应自治区任务清单第29—36项，…；牵头单位：区大数据服务中心，配合单位：…).
const LABEL_LINE = new RegExp(`(?:^|\\n|。|；|;)[ \\t\\u3000]*((?:${LEADER_LABELS}|${UNIT_LABELS}|牵头|牽頭|配合)\\s*[：:])([^\\n]*)`, 'g');
/** Where a field after a sentence or a clause ends: at the next 。, or at a closing bracket with no opening one before it; -1 for neither. */
function fieldEnd(value: string): number {
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '。') return i;
    if (c === '（' || c === '(') depth++;
    else if (c === '）' || c === ')') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}
/** A clock an item's note may mark its date with (⏰2024年底前). */
const CLOCK = /^[⏰⌚⏱⏲]|^\uD83D[\uDD50-\uDD67]/;
/** The next field's label within a label line's value (；配合单位：, 　完成时限：, 时间：, ⏰). Group 1: the label. */
const NEXT_LINE_LABEL = new RegExp(`[；;，,\\s\\u3000]*((?:${NOTE_LABELS}|完成时间|完成時間|时限|時限|时间|時間|牵头|牽頭|配合)\\s*[：:]|[⏰⌚⏱⏲🕐-🕧](?:\\uFE0F)?)`, 'u');

/** Marks of a responsibility matrix's cells: a lead (●, ★, ◎) or a cooperating body (○, ☆, △, √). */
const LEAD_MARK = /^[●★◎]$/;
const MATRIX_MARK = /^[●★◎○☆△√✓]$/;

/** A matrix's closing columns, after its bodies. */
const MATRIX_TRAILING = /^(?:完成时限|完成時限|完成时间|完成時間|时限|時限|时间节点|時間節點|备注|備註)$/;
/** Header cells a responsibility matrix may have before its bodies' columns: the number, the task, its date. */
const MATRIX_LEADING = /^(?:序号|序號|任务序号|编号|任务编号|单位|任务|任務|工作任务|重点任务|任务名称|主要任务|具体任务|工作内容|任务内容|完成时限|完成時限|完成时间|时限|时间节点)?$/;

/**
 * The header cells of a responsibility matrix (序号 | 区政府办 | 区大数据中心 …, then rows of a number and
 * ●/○ marks; or 序号 | 任务 | 完成时限 | 市大数据局 …, each row giving its task and date before the marks), with the
 * role each column's marks give its body: lead when any row marks it ●, else cooperating. Only a table with two
 * rows or more of nothing but marks in the bodies' columns is one; a column without a mark is left out.
 */
function matrixColumns(text: string): (Span & { role: UnitMention['role'] })[] {
  const out: (Span & { role: UnitMention['role'] })[] = [];
  const lines = splitLines(text);
  const cellsOf = (l: Span): Span[] => splitCells(text, l)?.cells ?? [];
  const trimmed = (c: Span) => text.slice(c.start, c.end).trim();
  for (let i = 0; i < lines.length; i++) {
    const names = cellsOf(lines[i]!);
    if (names.length < 4 || !MATRIX_LEADING.test(trimmed(names[0]!))) continue;
    // Every column after the leading ones (at most three: number, task, date) a body (县大数据中心, 区委网信办) or a
    // collective (各乡镇（街道）), not a month or a stage; three bodies or more.
    const isBody = (c: Span) => /^[\u4e00-\u9fff（）()]{2,24}$/.test(trimmed(c)) && (UNIT_NAME_END.test(trimmed(c)) || /^各|[（(]街道[）)]$/.test(trimmed(c)));
    let first = 1;
    while (first < 3 && first < names.length && MATRIX_LEADING.test(trimmed(names[first]!)) && !isBody(names[first]!)) first++;
    // And after the bodies, at most two closing columns (完成时限, 备注).
    let last = names.length;
    while (last > first && names.length - last < 2 && MATRIX_TRAILING.test(trimmed(names[last - 1]!))) last--;
    if (last - first < 3 || !names.slice(first, last).every(isBody)) continue;
    const lead = new Set<number>();
    const marked = new Set<number>();
    let rows = 0;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const cells = cellsOf(lines[j]!);
      if (cells.length < first + 1 || !/^[0-9０-９]{0,3}$/.test(trimmed(cells[0]!))) break;
      const marks = cells.slice(first, last).map(trimmed);
      if (!marks.every((m) => m === '' || MATRIX_MARK.test(m)) || !marks.some((m) => m !== '')) break;
      marks.forEach((m, k) => {
        if (m === '') return;
        marked.add(k + first);
        if (LEAD_MARK.test(m)) lead.add(k + first);
      });
      rows++;
    }
    if (rows < 2) continue;
    names.forEach((c, k) => {
      if (k < first || !marked.has(k)) return;
      out.push({ ...trimSpan(text, c), role: lead.has(k) ? 'lead' : 'cooperating' });
    });
    i = j - 1;
  }
  return out;
}

/** Between the names of a heading that is names alone: 、 and the like, and white space. */
const NAME_JOINERS = /^[、，,及和与與\s\u3000]*$/;

/** Whether `raw` holds nothing but the names found in it: what lies between them only joins them (see NAME_JOINERS). */
function onlyNames(raw: string, names: readonly Span[]): boolean {
  let rest = '';
  let at = 0;
  for (const n of names) (rest += raw.slice(at, n.start)), (at = n.end);
  return NAME_JOINERS.test(rest + raw.slice(at));
}

/**
 * The names of headings that are a body's name alone (（四）区经信局, （十七）星海镇人民政府、各街道办事处), in a
 * division of duties by lead body: read where two or more headings under one parent are such names and they
 * are at least half of that parent's headings. A single heading naming a body among others (（三）县委网信办
 * beside 加强组织领导 and 强化资金保障) heads prose, not a division of duties.
 */
function bodyNameHeadings(text: string, outline: OutlineUnit[], cellOptions: ParseUnitCellOptions): Omit<UnitMention, 'role' | 'context'>[] {
  const siblings = new Map<number, { all: number; named: Omit<UnitMention, 'role' | 'context'>[][] }>();
  for (const u of outline) {
    if (u.kind !== 'heading' || !u.title) continue;
    const key = u.parent ?? -1;
    let group = siblings.get(key);
    if (!group) siblings.set(key, (group = { all: 0, named: [] }));
    group.all++;
    const title = u.title.replace(/[。；;：:\s\u3000]+$/, '');
    // Read only when it ends as a body's name or a collective does ((单位), (社区)): most headings do not.
    if (title.length < 3 || title.length > 40 || !(UNIT_NAME_END.test(title) || /[）)]$/.test(title))) continue;
    // A title with a dash is a topic and its subtopic, or an item closed by its units (see DASH_NOTE): no name alone.
    if (/——|—{2}|－－|--/.test(title)) continue;
    const mentions = parseUnitCell(title, cellOptions).mentions;
    if (!mentions.length || !mentions.every((m) => m.collective || UNIT_NAME_END.test(m.name))) continue;
    // Nothing but the names: what lies between them joins them.
    if (!onlyNames(title, mentions)) continue;
    const offset = text.slice(u.titleSpan.start, u.titleSpan.end).indexOf(title);
    if (offset < 0) continue;
    const start = u.titleSpan.start + offset;
    group.named.push(mentions.map((m) => ({ start: start + m.start, end: start + m.end, name: m.name, collective: m.collective })));
  }
  const out: Omit<UnitMention, 'role' | 'context'>[] = [];
  for (const g of siblings.values()) if (g.named.length >= 2 && g.named.length * 2 >= g.all) for (const names of g.named) out.push(...names);
  return out;
}

/** One place's share of a date cell: the places (原州区、西吉县, 各县（区）), a colon, then what is due and when. */
const PLACE_SHARE = /^[ \t\u3000]*((?:各县[（(]区[）)]|各县区|各区县|[\u4e00-\u9fff]{1,6}?(?:区|县|市|旗))(?:[、，,](?:各县[（(]区[）)]|各县区|各区县|[\u4e00-\u9fff]{1,6}?(?:区|县|市|旗)))*)[ \t\u3000]*[：:]/;

/**
 * The dates of a cell giving each place its own (原州区：2024年底前完成；西吉县、隆德县：2025年6月底前完成；泾源县、彭阳县：同上):
 * each place's first date, where it stands in the cell (none when the places are given no date: 各县（区）：按市级统一部署接入).
 * Undefined unless every part between semicolons is a place's share.
 */
function placeDates(raw: string): { start: number; end: number; deadline: Deadline; invalid?: string }[] | undefined {
  const out: { start: number; end: number; deadline: Deadline; invalid?: string }[] = [];
  let from = 0;
  let shares = 0;
  for (const part of raw.split(/[；;]/)) {
    const at = from;
    from += part.length + 1;
    if (!part.trim()) continue;
    const share = PLACE_SHARE.exec(part);
    if (!share) return undefined;
    shares++;
    const rest = part.slice(share[0].length);
    if (DITTO.test(rest)) continue;
    const found = findDeadlines(rest)[0];
    if (!found) continue;
    const start = at + share[0].length + found.start;
    out.push({ start, end: start + found.end - found.start, deadline: found.deadline, ...(found.invalid ? { invalid: found.invalid } : {}) });
  }
  return shares ? out : undefined;
}

/**
 * The parts of a date field that names each part of its item before the part's date (“互联网+城乡供水”2025年底前，
 * 自然资源和林草平台应用2024年底前): every piece between ，/； a name of two or more characters without digits, then a
 * date that reads alone. Undefined unless there are two such pieces or more and nothing else.
 */
function datedParts(raw: string, year: number | undefined, relative: (date: string) => string | undefined): { name: Span; date: Span; deadline: Deadline }[] | undefined {
  const out: { name: Span; date: Span; deadline: Deadline }[] = [];
  let from = 0;
  for (const piece of raw.split(/[，,；;]/)) {
    const at = from;
    from += piece.length + 1;
    // The name first (“互联网+城乡供水”2025年底前), or the date first with what it completes (2024年底前完成城域网升级,
    // 本方案印发后3个月内完成村级全覆盖: a date relative to the plan read from its issue date).
    const m = NAME_THEN_DATE.exec(piece);
    const n = m ? undefined : DATE_THEN_NAME.exec(piece);
    if (!m && !n) return undefined;
    const [lead, name, date] = m ? [m[1]!, m[2]!, m[3]!] : [n![1]!, n![3]!, n![2]!];
    const absolute = /^(?:于|在|到)?[0-9０-９]{4}/.test(date) ? date : relative(date);
    const read = absolute ? parseDeadline(absolute, { year }) : undefined;
    if (!read || read.invalid || !read.deadline.milestones.length) return undefined;
    const nameStart = at + piece.indexOf(name, m ? lead.length : lead.length + date.length);
    const dateStart = at + piece.indexOf(date, m ? lead.length + name.length : lead.length);
    out.push({ name: { start: nameStart, end: nameStart + name.length }, date: { start: dateStart, end: dateStart + date.length }, deadline: { ...read.deadline, raw: date } });
  }
  return out.length >= 2 ? out : undefined;
}

/** A part's name, then its date (“互联网+城乡供水”2025年底前). */
const NAME_THEN_DATE = /^([\s\u3000]*)([^0-9０-９]{2,30}?)[\s\u3000]*((?:于|在|到)?[0-9０-９]{4}[\s\u3000]*年[^，,；;]{0,12})[\s\u3000。]*$/;
/** A date, then what is completed by it (2024年底前完成城域网升级, 本方案印发后3个月内完成村级全覆盖). */
const DATE_THEN_NAME = /^([\s\u3000]*)((?:于|在|到)?[0-9０-９]{4}[\s\u3000]*年(?:[0-9０-９]{1,2}月)?(?:底|末)?(?:前|以前|之前)?|(?:本)?(?:方案|通知)(?:印发|印發|发布|發布)(?:之日起|后|後)[0-9一二两三四五六七八九十]{1,3}(?:个月|個月|日|天)(?:内|內|以内))(?:完成|实现|實現|建成|上线|上線)([^0-9０-９]{2,30})[\s\u3000。]*$/;

/** A draft's own statement that the first-listed unit of a cell leads (排在第一位的为牵头单位). */
const FIRST_LISTED_LEADS =
  /(?:排在|排|列|列在|居)(?:第一位|第一个|首位|第1位|前面|首)的?(?:单位|單位|部门|部門)?(?:为|為|是|即为|即為)(?:主要)?(?:牵头|牽頭)|(?:第一|首)(?:(?:个|位)(?:单位|單位|部门|部門)?|单位|單位|部门|部門)(?:为|為)(?:主要)?(?:牵头|牽頭)/;

/**
 * A legend saying which mark a lead carries (注：标★的为牵头单位，其余为配合单位; 带▲号的为牵头单位): that mark, besides ★ and ☆,
 * and whether the bodies without it cooperate. Read back from each 牵头 (a pattern over the whole text would try every
 * 标, 带 and 加).
 */
const LEAD_MARK_LEGEND = /(?:标有|标注|标|带有|带|加|注有)\s*([★☆▲△●◆■＊*※])\s*(?:号|符号|标记)?(?:的|者)?(?:单位|部门)?\s*(?:为|是|系)(?:主要|共同)?$/;
const OTHERS_COOPERATE = /(?:其余|其他|其它|未标[^，,。；;\n]{0,4}?)(?:单位|部门)?(?:为|是|系)(?:配合|协同|參與|参与)/;

function leadMarkLegend(text: string): Pick<ParseUnitCellOptions, 'leadMarks' | 'othersCooperate'> {
  for (const lead of ['牵头', '牽頭']) {
    for (let at = text.indexOf(lead); at >= 0; at = text.indexOf(lead, at + 2)) {
      const m = LEAD_MARK_LEGEND.exec(text.slice(Math.max(0, at - 20), at));
      if (!m) continue;
      const mark = m[1]!;
      return { leadMarks: LEAD_MARKS.includes(mark) ? LEAD_MARKS : LEAD_MARKS + mark, othersCooperate: OTHERS_COOPERATE.test(text.slice(at, at + 40)) };
    }
  }
  return {};
}

/**
 * A legend saying the bodies are written without their level (说明：责任单位栏中省略“市”字，如“发改局”即“市发展和改革局”;
 * 单位名称中的“县”字均省略): that level. Read around each 省略, 略去 and 省去, which few drafts hold.
 */
const OMITS_LEVEL_AFTER = /^\s*[“"「‘'『]?(自治区|自治區|市|县|縣|区|區|旗)[”"」’'』]?\s*字/;
const OMITS_LEVEL_BEFORE = /[“"「‘'『](自治区|自治區|市|县|縣|区|區|旗)[”"」’'』]\s*字\s*(?:均|一律|统一|統一|已)?$/;

function omittedLevelLegend(text: string): Pick<ParseUnitCellOptions, 'omittedLevel'> {
  for (const word of ['省略', '略去', '省去']) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 2)) {
      const m = OMITS_LEVEL_AFTER.exec(text.slice(at + 2, at + 12)) ?? OMITS_LEVEL_BEFORE.exec(text.slice(Math.max(0, at - 12), at));
      if (m) return { omittedLevel: m[1]! };
    }
  }
  return {};
}

const lookupOf = new WeakMap<UnitRegistry, ParseUnitCellOptions>();

/** Unit-name lookups for the cell parser, from the registry a draft is checked against (made once per registry). */
export function knownUnitLookup(registry: UnitRegistry | undefined): ParseUnitCellOptions {
  if (!registry) return {};
  let lookup = lookupOf.get(registry);
  if (!lookup) {
    let max = 2;
    for (const n of registry.allNames()) if (n.name.length > max) max = n.name.length;
    lookup = {
      isKnown: (name) => registry.lookup(name) !== undefined || registry.canonicalOf(name) !== undefined,
      maxKnownLength: Math.min(max, 40),
    };
    lookupOf.set(registry, lookup);
  }
  return lookup;
}

function extractFields(
  text: string, outline: OutlineUnit[], registry?: UnitRegistry, year?: number, explained: Span[] = footnotes(text),
): { deadlines: DeadlineMention[]; units: UnitMention[] } {
  const deadlines: DeadlineMention[] = [];
  const units: UnitMention[] = [];
  const cellOptions: ParseUnitCellOptions = { ...knownUnitLookup(registry), firstListedLeads: FIRST_LISTED_LEADS.test(text), ...leadMarkLegend(text), ...omittedLevelLegend(text) };
  const addUnits = (span: Span, context: UnitMention['context'], defaultRole?: UnitMention['role'], wrapped = false, ditto?: Span): void => {
    const slice = text.slice(span.start, span.end);
    // A marker still to be filled in (【待填：牵头单位】) is one placeholder, not names to split at its colon:
    // placeholder-unfilled lists it, and unknown-unit leaves it alone.
    const marker = slice.trim();
    if (marker.startsWith('【') && isPlaceholder(marker)) {
      const at = span.start + slice.indexOf(marker);
      units.push({ start: at, end: at + marker.length, name: marker, role: defaultRole ?? 'unspecified', collective: false, context });
      return;
    }
    // Such a marker among names (【待定：牵头单位】，市直有关部门配合) is one placeholder too; the names around it are read.
    DRAFT_MARKER.lastIndex = 0;
    const markers = slice.includes('【') ? [...slice.matchAll(DRAFT_MARKER)] : [];
    if (markers.length) {
      for (const m of markers) {
        const at = span.start + m.index!;
        units.push({ start: at, end: at + m[0].length, name: m[0], role: defaultRole ?? 'unspecified', collective: false, context });
      }
      const rest = markers.reduce((s, m) => s.slice(0, m.index!) + ' '.repeat(m[0].length) + s.slice(m.index! + m[0].length), slice);
      return addUnitsOf(span, rest, context, defaultRole, wrapped, ditto);
    }
    return addUnitsOf(span, slice, context, defaultRole, wrapped, ditto);
  };
  const addUnitsOf = (span: Span, slice: string, context: UnitMention['context'], defaultRole?: UnitMention['role'], wrapped = false, ditto?: Span): void => {
    // Bodies given place by place in one cell (原州区：区大数据服务中心；西吉县：县大数据服务中心、县审批服务管理局): each part's bodies
    // are that place's (区大数据服务中心 after 原州区： is 原州区大数据服务中心); the place's name before its colon is no body.
    if (!ditto && PER_PLACE_CELL.test(slice)) {
      for (const part of slice.matchAll(PLACE_PART)) {
        const place = part[1]!;
        const from = part.index! + part[0].length - part[2]!.length;
        const before = units.length;
        addUnitsOf({ start: span.start + from, end: span.start + from + part[2]!.length }, part[2]!, context, defaultRole, wrapped);
        for (let k = before; k < units.length; k++) {
          const full = withPlaceName(units[k]!.name, place);
          if (full) units[k] = { ...units[k]!, name: full };
        }
      }
      return;
    }
    // A cell wrapped at a PDF column's width reads on across its line breaks (柳州市消防 / 救援支队).
    // Characters OCR or a justified line spread apart (县 公 安 局) are one name again.
    // A quotation mark a copy's character reference became keeps the reference's length in spaces beside it (县“      数字政府”): closed up.
    const { text: raw, at } = wrapped
      ? unwrapCell(slice)
      : SPACED_OUT.test(slice)
        ? closeSpacedCharacters(slice)
        : QUOTE_GAP.test(slice)
          ? closeQuoteGaps(slice)
          : INNER_SPACE.test(slice)
            ? closeInnerSpaces(slice)
            : { text: slice, at: undefined };
    const offset = (k: number): number => span.start + (at ? (k < at.length ? at[k]! : at[at.length - 1]! + 1) : k);
    // An explicit 牵头/配合 column or label decides the role; only a plain 责任单位 cell follows the
    // document's first-listed-leads convention.
    const opts = defaultRole ? { ...cellOptions, firstListedLeads: false } : cellOptions;
    for (const m of parseUnitCell(raw, opts).mentions) {
      // The kind of body after a gap left to fill, apart from it by a space (×× 局): the gap's, not a body's name.
      if (BODY_WORD_ALONE.test(m.name) && GAP_BEFORE.test(raw.slice(Math.max(0, m.start - 8), m.start))) continue;
      // A ditto cell (同上) names the units of the cell it repeats, where the ditto stands.
      const mention: UnitMention = {
        start: ditto ? ditto.start : offset(m.start), end: ditto ? ditto.end : offset(m.end - 1) + 1, name: m.name,
        role: m.role === 'unspecified' && defaultRole ? defaultRole : m.role, collective: m.collective, context,
      };
      if (m.otherName) mention.otherName = true;
      if (m.levelOmitted) mention.levelOmitted = true;
      units.push(mention);
    }
  };
  // The bodies in brackets after persons' names (李某某（县财政局）, 马某某（县大数据服务中心主任）), without the post.
  const addPersonBodies = (span: Span, context: UnitMention['context'] = 'annotation'): void => {
    for (const b of personBodies(text, span)) {
      // A person's division of a body the registry knows (利通区公安分局网安大队): that body.
      const name = text.slice(b.start, b.end);
      let end = b.end;
      if (registry && !registry.lookup(name)) {
        for (let k = name.length - 1; k >= 4; k--) {
          if (registry.lookup(name.slice(0, k))) {
            end = b.start + k;
            break;
          }
        }
      }
      addUnits({ start: b.start, end }, context);
    }
  };
  // The plan's own stages (实施步骤), for cells that name one (第二阶段完成), and its issue date and period.
  let stages: Stage[] | undefined;
  let plan: PlanDates | undefined;
  const addDeadline = (span: Span, context: DeadlineMention['context'], ditto?: Span): void => {
    const raw = text.slice(span.start, span.end);
    // A cell holding a target per line (a spreadsheet cell with line breaks: 2024年底前完成城域网升级改造⏎2025年底前实现行政村
    // 全覆盖): each line's date is read on its own, where it stands. Lines that only start the work (2023年启动⏎2025年完成)
    // are read as dates written one after another are.
    if (!ditto && raw.includes('\n')) {
      const starts = [0, ...[...raw.matchAll(DATE_PER_LINE)].map((m) => m.index! + m[0].length)];
      const lines = starts.map((from, k) => ({ start: span.start + from, end: span.start + (k + 1 < starts.length ? raw.lastIndexOf('\n', starts[k + 1]! - 1) : raw.length) }));
      if (lines.length >= 2 && lines.every((l) => !STARTS_WORK.test(text.slice(l.start, l.end)))) {
        for (const l of lines) addDeadline(l, context);
        return;
      }
    }
    let { deadline, invalid } = parseDeadline(raw.includes('\n') ? raw.replace(DATE_PER_LINE, '，') : raw, { year });
    if (raw.includes('\n')) deadline = { ...deadline, raw };
    let stage: string | undefined;
    let resolved: string | undefined;
    if (invalid) {
      // Relative to the plan (方案印发后3个月内, 次年3月底前, 本方案实施期内): read from its issue date and period.
      const r = resolveRelative(raw, (plan ??= planDates(text, year)));
      if (r && 'ongoing' in r) ({ deadline, invalid } = { deadline: { raw, milestones: [], ongoing: true }, invalid: undefined });
      else if (r) {
        const read = parseDeadline(r.text, { year });
        if (!read.invalid) ({ deadline, invalid, resolved } = { deadline: { ...read.deadline, raw }, invalid: undefined, resolved: r.text });
      }
    }
    if (invalid && namesStage(raw, (stages ??= findStages(text)))) {
      // Work set for a stage is due when the stage ends: the cell is read with each stage's end date.
      const r = resolveStages(raw, stages);
      if (r.missing.length) invalid = `方案中未写明“${r.missing.join('”“')}”的起止时间。请在实施步骤中写明各阶段的起止时间，或改写为具体时限（如“2024年底前”）。`;
      else {
        const read = parseDeadline(r.text, { year });
        deadline = { ...read.deadline, raw };
        invalid = read.invalid;
        stage = r.used.map((s) => `${s.names[0]}为${s.period}`).join('，');
      }
    }
    // A deadline still being drafted (待定, 2024年X月) is kept for placeholder-unfilled to list.
    if (ditto) {
      // A ditto (同上) repeats the date above, which is checked there; here it is compared for this row's task.
      if (!invalid && (deadline.milestones.length || deadline.ongoing)) deadlines.push({ ...ditto, deadline: { ...deadline, raw: text.slice(ditto.start, ditto.end) }, context, dittoOf: raw });
      return;
    }
    // A date per place (原州区：2024年底前完成；西吉县、隆德县：2025年6月底前完成；泾源县、彭阳县：同上, a city's column of its
    // counties' dates): each place's date is read on its own, for the row's task; 同上 repeats a date read already, and a
    // place given no date (各县（区）：按市级统一部署接入) gives none.
    if (invalid && !ditto && /[：:]/.test(raw)) {
      const places = placeDates(raw);
      if (places) {
        for (const x of places) deadlines.push({ start: span.start + x.start, end: span.start + x.end, deadline: x.deadline, context, ...(x.invalid ? { invalid: x.invalid } : {}) });
        return;
      }
    }
    // A field giving each named part of the item its date (“互联网+城乡供水”2025年底前，自然资源和林草平台应用2024年底前):
    // each date is that part's, compared as a part's date is (see namedPart).
    if (invalid && !ditto && /[，,；;]/.test(raw)) {
      const parts = datedParts(raw, year, (date) => {
        const r = resolveRelative(date, (plan ??= planDates(text, year)));
        return r && !('ongoing' in r) ? r.text : undefined;
      });
      if (parts) {
        for (const x of parts) {
          deadlines.push({ start: span.start + x.date.start, end: span.start + x.date.end, deadline: x.deadline, context, part: { start: span.start + x.name.start, end: span.start + x.name.end } });
        }
        return;
      }
    }
    if (deadline.milestones.length || deadline.ongoing || invalid || isPlaceholder(raw) || hasGap(raw)) {
      const mention: DeadlineMention = { ...span, deadline, context, invalid };
      if (stage) mention.stage = stage;
      if (resolved) mention.resolved = resolved;
      deadlines.push(mention);
    }
  };
  // A task table's cells quoting the higher level (自治区任务（序号及内容）…（完成时限：2025年）) hold that level's notes and
  // dates: they are passed over as notes already read are.
  const covered: Span[] = [];
  for (const u of outline) for (const q of u.cells?.quoted ?? []) covered.push(q);
  // A row packing numbered sub-items （1）…；（2）… whose 完成时限 gives a date per sub-item in the same
  // numbering: each date is read for its own sub-item (the task that sub-item takes up). False when the
  // two cells are not numbered alike.
  const addSubItemDeadlines = (content: Span, cell: Span): boolean => {
    const items = itemSpans(text, content);
    const dates = itemSpans(text, cell);
    if (items.length < 2 || items.length !== dates.length || items.some((it, k) => it.no !== dates[k]!.no)) return false;
    // Markers written together share the date after them ((1)2024年底前；(2)(3)持续开展): an item with nothing of its
    // own takes the next item's date.
    for (let k = dates.length - 2; k >= 0; k--) if (!/[^\s、，,；;。]/.test(text.slice(dates[k]!.start, dates[k]!.end))) dates[k] = { ...dates[k + 1]!, no: dates[k]!.no };
    dates.forEach((d, k) => {
      const before = deadlines.length;
      addDeadline(d, 'task-row');
      for (let i = before; i < deadlines.length; i++) deadlines[i]!.subject = { start: items[k]!.start, end: items[k]!.end };
    });
    return true;
  };
  // A row of a table without a deadline column: a date in its own text (…，2025年底前完成) is its deadline;
  // under a heading naming one year (二、2025年重点任务) a date without a year (9月底前完成) is in that year,
  // and a row giving no date is due by the end of it.
  const rowOwnDeadline = (u: OutlineUnit): void => {
    const content = u.cells?.content;
    if (!content) return;
    const own = findDeadlines(text, content.start, content.end).filter((f) => TARGET_DATE.test(text.slice(f.start, f.end)));
    const last = own[own.length - 1];
    if (last) {
      addDeadline({ start: last.start, end: last.end }, 'task-row');
      return;
    }
    // A rubric's scoring cell states first the date that earns full marks (2024年10月底前完成迁移的得满分；…); the
    // clauses after it grade the lateness (2025年6月底前仍未完成的不得分), so the first clause with a date is read alone.
    const criteria = u.cells?.criteria;
    if (criteria) {
      for (let from = criteria.start; from < criteria.end; ) {
        let to = from;
        while (to < criteria.end && !'；;。'.includes(text[to]!)) to++;
        const scored = findDeadlines(text, from, to).find((f) => TARGET_DATE.test(text.slice(f.start, f.end)));
        if (scored) {
          addDeadline({ start: scored.start, end: scored.end }, 'task-row');
          return;
        }
        from = to + 1;
      }
    }
    const table = tableYearOf(u);
    if (!table) return;
    // The last date without a year in the row's text (not the month of a dated one: 2024年9月底前).
    const cell = text.slice(content.start, content.end);
    const yearless = yearlessTargets(cell).pop();
    if (yearless) {
      const raw = yearless[0];
      const at = content.start + yearless.index!;
      const { deadline, invalid } = parseDeadline(yearlessDigits(raw), { year: table.year });
      // A day or month that does not exist (六月三十一日前) is the slip to report, read in the table's year.
      deadlines.push({ start: at, end: at + raw.length, deadline, context: 'task-row', reading: `按所在的“${table.title}”，即${table.year}年${yearlessDigits(raw)}`, ...(invalid ? { invalid } : {}) });
      return;
    }
    const { deadline } = parseDeadline(`${table.year}年`);
    deadlines.push({ ...content, deadline: { ...deadline, raw: `${table.year}年` }, context: 'task-row', table: table.title });
  };
  // The date a remark sets as a target (…前, …完成, …实现): its last one with a year; not a date told done (已于…完成) or one
  // qualifying something (依托2024年建成的…).
  const remarkDate = (cell: Span): Span | undefined => {
    const own = findDeadlines(text, cell.start, cell.end).filter((f) => TARGET_DATE.test(text.slice(f.start, f.end + 4)) && !/已/.test(text.slice(Math.max(cell.start, f.start - 2), f.start)));
    const last = own[own.length - 1];
    return last && { start: last.start, end: last.end };
  };
  // A row or paragraph a review marks for deletion (【删除】) is on its way out: its units and dates are not checked.
  const deleted = linesMarkedDeleted(text);
  const kept = (s: Span): boolean => !deleted.some((d) => s.start >= d.start && s.start < d.end);
  for (const u of outline) {
    if (u.kind !== 'task-row' || !u.cells) continue;
    const rowDeadlines = deadlines.length;
    if (u.cells.units) addUnits(u.cells.units, 'task-row', u.cells.unitsAreLead ? 'lead' : undefined, u.cells.wrapped, u.cells.ditto?.units);
    if (u.cells.cooperating) addUnits(u.cells.cooperating, 'task-row', 'cooperating', u.cells.wrapped, u.cells.ditto?.cooperating);
    // Another level's bodies (县区责任单位) carry the task out there: none of them leads the row's task.
    for (const more of u.cells.moreUnits ?? []) addUnits(more, 'task-row', 'responsible', u.cells.wrapped);
    if (u.cells.persons) addPersonBodies(u.cells.persons, 'task-row');
    if (u.cells.deadline) {
      // A date per numbered sub-item is read for each sub-item; otherwise the cell is read whole.
      const perItem = !u.cells.ditto?.deadline && u.cells.content && addSubItemDeadlines(u.cells.content, u.cells.deadline);
      const before = deadlines.length;
      if (!perItem) addDeadline(u.cells.deadline, 'task-row', u.cells.ditto?.deadline);
      // A date cell that only says the work is staged (分年度推进, 分步实施) leaves the date to the row's text
      // (…，2024年完成60%，2025年底前全部完成迁移): its last target date is the row's.
      if (!u.cells.ditto?.deadline && u.cells.content && STAGED_CELL.test(text.slice(u.cells.deadline.start, u.cells.deadline.end).replace(/[\s\u3000]+/g, ''))) {
        const own = findDeadlines(text, u.cells.content.start, u.cells.content.end).filter((f) => TARGET_DATE.test(text.slice(f.start, f.end)));
        const last = own[own.length - 1];
        if (last) addDeadline({ start: last.start, end: last.end }, 'task-row');
      }
      if (u.cells.mergedDeadline) for (let k = before; k < deadlines.length; k++) deadlines[k] = { ...deadlines[k]!, mergedFrom: u.cells.deadline.start };
      for (const more of u.cells.moreDeadlines ?? []) addDeadline(more, 'task-row');
    } else if (u.cells.remark && remarkDate(u.cells.remark)) {
      // A remark setting the row's date (2025年6月底前实现社区（村）全覆盖) says when it is done, whatever the schedule's marks.
      addDeadline(remarkDate(u.cells.remark)!, 'task-row');
    } else if (u.cells.yearEnd && (u.cells.yearEnd.year || year !== undefined)) {
      // The row's year columns say when it is done (全面推广 under 2026年): that year (or quarter) is its deadline. A
      // table of quarters with no year (一季度 … 四季度) is in the plan's own year.
      const { month, start, end } = u.cells.yearEnd;
      const y = u.cells.yearEnd.year || year!;
      // A cell may give the month within its year (13月底前全面建成, 6月底前完成 under 2024年目标): read in that year,
      // so that a month that does not exist is reported, and one that does is the row's date.
      const cell = text.slice(start, end);
      // A cell naming a later year of its own (2026年达到100 under 2025年目标) puts the target off to that year.
      const later = findDeadlines(cell).find((f) => !f.invalid && f.deadline.milestones.some((x) => x.year > y));
      if (later) deadlines.push({ start: start + later.start, end: start + later.end, deadline: later.deadline, context: 'task-row' });
      else {
        const within = month === undefined ? yearlessTargets(cell)[0] : undefined;
        const read = parseDeadline(within ? `${y}年${yearlessDigits(within[0])}` : month !== undefined ? `${y}年${month}月底前` : `${y}年`);
        const mention: DeadlineMention = { start, end, deadline: { ...read.deadline, raw: cell }, context: 'task-row', yearColumn: y };
        if (month !== undefined) mention.yearColumnMonth = month;
        if (within && read.invalid) mention.invalid = read.invalid;
        deadlines.push(mention);
      }
    } else if (u.cells.arrangement) {
      // An amended task's new arrangement sets its date among its units (…牵头，2024年12月底前完成).
      const { start, end } = u.cells.arrangement;
      const own = findDeadlines(text, start, end).filter((f) => TARGET_DATE.test(text.slice(f.start, f.end)));
      const last = own[own.length - 1];
      if (last) addDeadline({ start: last.start, end: last.end }, 'task-row');
    } else rowOwnDeadline(u);
    // A start date that is no possible date (2024年13月) is a slip to report; any other start date says nothing.
    if (u.cells.startDate) {
      const raw = text.slice(u.cells.startDate.start, u.cells.startDate.end);
      const { deadline, invalid } = parseDeadline(raw, { year });
      if (invalid && /不存在|超出合理范围/.test(invalid)) deadlines.push({ ...u.cells.startDate, deadline, invalid, context: 'task-row', startsWork: true });
      // A start after the row's own completion (启动时间 2024年10月 | 完成时间 2024年6月) is a slip in one of the two.
      else if (!invalid && u.cells.deadline) {
        const endRaw = text.slice(u.cells.deadline.start, u.cells.deadline.end);
        const end = parseDeadline(endRaw, { year }).deadline;
        // (A completion before the document's year is reported on its own: the start after it is the same slip.)
        const endBeforeYear = year !== undefined && end.milestones.length > 0 && end.milestones.every((m) => m.year < year);
        if (!endBeforeYear && startsAfterEnd(deadline, end)) {
          deadlines.push({ ...u.cells.startDate, deadline, invalid: `晚于本行的完成时间“${endRaw.trim()}”，起止时间颠倒，请核对后改正。`, context: 'task-row', startsWork: true });
        }
      }
    }
    // A day no month has, written in full anywhere in the row (a 进度安排 remark: 2024年9月31日前完成…), or a month no year
    // has (an earlier year column's cell: 2024年21月底前完成摸底), is a slip.
    for (const m of text.slice(u.start, u.end).matchAll(IMPOSSIBLE_ROW_DATE)) {
      const at = u.start + m.index!;
      // (A year column's cell read as its column's year says nothing of the date written in it: that date is still read.)
      const covering = deadlines.filter((x) => x.start <= at && at < x.end);
      if (covering.some((x) => x.yearColumn === undefined || x.invalid)) continue;
      // A year of five digits is read here only in such a cell: elsewhere its cell's date is read whole (计划20225年6月底前完成).
      if (!covering.length && !/月/.test(m[0])) continue;
      const { deadline, invalid } = parseDeadline(m[0], { year });
      if (invalid) deadlines.push({ start: at, end: at + m[0].length, deadline, invalid, context: 'task-row' });
    }
    // A row whose remark says it is done (备注: 已完成) gives the date it was done: past, and no target.
    if (u.cells.planned) for (let k = rowDeadlines; k < deadlines.length; k++) deadlines[k] = { ...deadlines[k]!, planned: true };
    if (u.cells.done) for (let k = rowDeadlines; k < deadlines.length; k++) deadlines[k] = { ...deadlines[k]!, deadline: { ...deadlines[k]!.deadline, ongoing: true }, done: true };
    // Work not yet done, with what is to be done next and by when (下步措施：…，2025年6月底前完成): that new date is the row's too.
    else if (u.cells.nextSteps) {
      const own = findDeadlines(text, u.cells.nextSteps.start, u.cells.nextSteps.end).filter((f) => TARGET_DATE.test(text.slice(f.start, f.end)) || f.invalid);
      const last = own[own.length - 1];
      // (A day no month has there, 2024年11月31日前, is read above already: one slip, one mention.)
      if (last && !deadlines.some((x) => x.start <= last.start && last.start < x.end)) addDeadline({ start: last.start, end: last.end }, 'task-row');
    }
    covered.push(u);
  }
  // The last note's units and deadline, for a note that repeats them (（责任单位：同上；完成时限：同上））.
  let lastUnits: { span: Span; role?: UnitMention['role'] }[] = [];
  let lastDeadline: Span | undefined;
  // Notes closed as they should be, then those whose closing bracket was lost at the end of the line (the lines with a
  // bracket still open only: a note read already is passed over below).
  const unclosed = /[（(][^）)\n]*$/m.test(text) ? [...text.matchAll(UNCLOSED_NOTE)] : [];
  // (Not one whose fields stand apart by spaces, 〔牵头单位：…　配合单位：…　时间：…〕: read as a line of labelled fields.)
  const hexagonal = text.includes('〔') ? [...text.matchAll(HEX_ANNOTATION)].filter((m) => !SPACED_FIELDS.test(m[2]!)) : [];
  // A note of several fields in square brackets (【牵头单位：…；配合单位：…；完成时限：…】) is read field by field as one in round
  // brackets is; a bracket of one label (【牵头单位：市公安局】, 【完成时限】2024年底) is read below (BRACKET_LABEL).
  // (Its fields apart by ；, or by 。 before the next label: 【责任单位：市司法局。完成时限：持续开展】.)
  const square = text.includes('【') ? [...text.matchAll(SQUARE_ANNOTATION)].filter((m) => (/[；;]/.test(m[2]!) || NEXT_FIELD_AFTER_STOP.test(m[2]!)) && !SPACED_FIELDS.test(m[2]!)) : [];
  for (const m of [...text.matchAll(ANNOTATION), ...hexagonal, ...square, ...unclosed]) {
    if (covered.some((c) => m.index! >= c.start && m.index! < c.end)) continue;
    // Where the line of the note's item starts (for an item consolidating done work, below).
    const noteLine = text.lastIndexOf('\n', m.index!) + 1;
    const inner = m[2]!;
    if (inner.includes('\n') && (inner.match(/\n/g)!.length > WRAPPED_NOTE_BREAKS || /\n[ \t\u3000]*\n/.test(inner))) continue;
    const base = m.index! + m[0].indexOf(inner);
    const section = m[1] !== undefined;
    const units: typeof lastUnits = [];
    // Fields inside one annotation are separated by ；or ; or 。, or by a comma before another label
    // or before a date with no label (（牵头：县教育体育局，配合：县民政局，2025年）).
    // A note run over a line break (a label broken too: 完⏎成时限：) is split into fields as if the break were not there.
    const flat = inner.includes('\n') ? unwrapCell(inner) : undefined;
    const fields = flat ? noteFields(flat.text).map((f) => ({ ...f, start: flat.at[f.start] ?? inner.length, end: f.end > f.start ? flat.at[f.end - 1]! + 1 : flat.at[f.start] ?? inner.length })) : noteFields(inner);
    for (const f of fields) {
      const vStart = base + f.start;
      const vEnd = base + f.end;
      if (vEnd <= vStart) continue;
      const span = { start: vStart, end: vEnd };
      const ditto = DITTO.test(text.slice(vStart, vEnd));
      // The pilots' places and date (试点：宁安镇、石空镇，2024年6月底前) are a step on the way, not the work's completion.
      if (f.label !== undefined && isPilotLabel(f.label)) continue;
      if (f.label === undefined || DEADLINE_LABEL.test(f.label)) {
        const before = deadlines.length;
        if (!ditto) (lastDeadline = span), addDeadline(span, 'annotation');
        else if (lastDeadline) addDeadline(lastDeadline, 'annotation', span);
        if (section) for (let k = before; k < deadlines.length; k++) deadlines[k]!.section = true;
        // An item that consolidates work (巩固提升…, 持续优化…) and tells what it builds on, done earlier (在2023年8月印发实施
        // 细则的基础上，…; 已于2023年12月完成…), dates the follow-up in its note (完成时限：2025年6月底前): the date carries that
        // done step, as a later date in the same sentence does (see findDeadlines). An item that extends the work (扩大…覆盖:
        // 在2023年建成的核心节点基础上，…实现县乡村全覆盖) is dated by its note.
        else if (!ditto && CONSOLIDATING_ITEM.test(text.slice(noteLine, m.index!))) {
          const done = lastDoneMilestone(text, noteLine, m.index!);
          for (let k = before; done && k < deadlines.length; k++) {
            const d = deadlines[k]!;
            if (!d.invalid && d.deadline.milestones.length && !d.deadline.milestones.some((x) => DONE_MILESTONE.test(x.due))) {
              d.deadline = { ...d.deadline, milestones: [done, ...d.deadline.milestones] };
            }
          }
        }
      } else if (isLeaderLabel(f.label)) {
        // A leader named by post or name (牵头领导：县委常委、常务副县长) is a person, not a body.
        continue;
      } else if (isPersonLabel(f.label)) {
        // The person in charge is no body; the body in brackets after the name is (马某某（县大数据服务中心主任）).
        addPersonBodies(span);
      } else if (ditto) {
        // 同上 for the units repeats every unit field of the note before, each in its role, where the 同上 stands.
        for (const u of lastUnits) addUnits(u.span, 'annotation', u.role, false, span);
      } else {
        const role = labelRole(f.label);
        units.push({ span, role });
        // A value a line break runs through (县工业⏎信息化和商务局) is read across it.
        addUnits(span, 'annotation', role, text.slice(vStart, vEnd).includes('\n'));
      }
    }
    if (units.length) lastUnits = units;
    covered.push({ start: m.index!, end: m.index! + m[0].length });
  }
  // Labels in square brackets, as some templates write a measure's assignments: 【牵头单位】市工信局 【完成时限】2024年底前,
  // or 【牵头单位：市公安局】. A label's value runs to the next 【, the end of the line or a full stop.
  for (const m of text.matchAll(BRACKET_LABEL)) {
    if (covered.some((c) => m.index! >= c.start && m.index! < c.end)) continue;
    const label = m[1]!;
    const value = (m[2] ?? m[3] ?? '').split(/[。；;]/)[0]!.replace(/[，,\s]+$/, '');
    const vStart = m.index! + m[0].indexOf(m[2] ?? m[3] ?? '', label.length);
    if (!value.trim() || value.length > 80 || /[。]/.test(value)) continue;
    const lead = vStart + (value.length - value.trimStart().length);
    const span = { start: lead, end: vStart + value.length };
    if (DEADLINE_LABEL.test(label)) {
      // Only a value that reads as a date (标注分工 after 【完成时限】 in a note on the labels is none).
      if (!/[0-9０-９]|[〇○零一二三四五六七八九]{4}|持续|持續|长期|長期|常态化|常態化|每年|年底|年内|季度|半年/.test(value)) continue;
      addDeadline(span, 'annotation');
    } else if (isPersonLabel(label)) {
      addPersonBodies(span);
    } else if (!isLeaderLabel(label)) {
      addUnits(span, 'annotation', labelRole(label));
    }
    covered.push({ start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of periodFields(text)) {
    if (covered.some((c) => m.index! >= c.start && m.index! < c.end)) continue;
    const value = m[1]!.replace(/[，,\s]+$/, '');
    const vStart = m.index! + m[0].length - m[1]!.length;
    if (!isPeriod(value)) continue;
    addDeadline({ start: vStart, end: vStart + value.length }, 'annotation');
    covered.push({ start: m.index!, end: vStart + value.length });
  }
  for (const m of text.matchAll(BARE_NOTE)) {
    if (covered.some((c) => m.index! >= c.start && m.index! < c.end)) continue;
    // Without a date, a bracket is a note only when it names a body (not a role after a name: （共同牵头）).
    if (!m[2] && !parseUnitCell(m[1]!, cellOptions).mentions.some((u) => u.collective || (UNIT_NAME_END.test(u.name) && !KIND_OF_BODY.test(u.name)))) continue;
    // The units are read with their role words (牵头, 分别负责, 配合), which give each its role.
    const unitsStart = m.index! + m[0].indexOf(m[1]!);
    addUnits({ start: unitsStart, end: unitsStart + m[1]!.length }, 'annotation');
    if (m[2]) {
      const dateStart = m.index! + m[0].lastIndexOf(m[2]);
      addDeadline({ start: dateStart, end: dateStart + m[2].length }, 'annotation');
    }
    covered.push({ start: m.index!, end: m.index! + m[0].length });
  }
  if (text.includes('——') || text.includes('--') || text.includes('－－')) {
    const subtopics = dashSubtopicHeadings(text, outline, cellOptions);
    for (const m of text.matchAll(DASH_NOTE)) {
      if (covered.some((c) => m.index! >= c.start && m.index! < c.end)) continue;
      if (subtopics.has(m.index!)) continue;
      // The dash closes an item's text (a clause of eight characters or more before it), not a legend's short
      // form (审批——县行政审批服务局) or a list of such pairs.
      const lineStart = text.lastIndexOf('\n', m.index!) + 1;
      const before = text.slice(lineStart, m.index!);
      if (/简称/.test(before) || before.split(/[；;]/).pop()!.replace(/[\s\u3000●■◆▪➢√·•-]/g, '').length < 8) continue;
      // The last field is the date when it reads as one; otherwise it belongs to the units.
      const [unitsAt, lastAt] = [m.indices![1]!, m.indices![2]];
      const date: Span | undefined = lastAt && BAR_DATE.test(m[2]!) ? { start: lastAt[0], end: lastAt[1] } : undefined;
      const names: Span = { start: unitsAt[0], end: date || !lastAt ? unitsAt[1] : lastAt[1] };
      const raw = text.slice(names.start, names.end);
      if (BAR_DATE.test(raw)) continue;
      const found = parseUnitCell(raw, cellOptions).mentions;
      if (!found.length || !found.every((u) => u.collective || UNIT_NAME_END.test(u.name))) continue;
      addUnits(names, 'annotation');
      if (date) addDeadline(date, 'annotation');
      covered.push({ start: m.index!, end: m.index! + m[0].length });
    }
  }
  // A bracket of bodies alone closing an item's line (…追溯监管。（县市场监管局、县农业农村局、县卫健局）): its bodies.
  for (const m of text.matchAll(NAMES_NOTE)) {
    if (covered.some((c) => m.index! >= c.start && m.index! < c.end)) continue;
    const lineStart = text.lastIndexOf('\n', m.index!) + 1;
    if (text.slice(lineStart, m.index!).replace(/[\s\u3000]/g, '').length < 8) continue;
    const raw = m[1]!;
    // A short form defined for the name before it (…联社（以下简称县农信联社）) is no body of the item's.
    if (/^\s*(?:以下简称|以下称|下称|简称)/.test(raw)) continue;
    const mentions = parseUnitCell(raw, cellOptions).mentions;
    if (!mentions.some((u) => !u.collective) || !mentions.every((u) => u.collective || (UNIT_NAME_END.test(u.name) && LEVEL_START.test(u.name) && !KIND_OF_BODY.test(u.name)))) continue;
    if (!onlyNames(raw, mentions)) continue;
    const start = m.index! + 1;
    addUnits({ start, end: start + raw.length }, 'annotation');
    covered.push({ start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of text.matchAll(BAR_NOTE)) {
    if (covered.some((c) => m.index! >= c.start && m.index! < c.end)) continue;
    const first = BAR_DATE.test(m[1]!);
    if (first === BAR_DATE.test(m[2]!)) continue;
    const [date, names] = (first ? [1, 2] : [2, 1]).map((g) => ({ start: m.indices![g]![0], end: m.indices![g]![1] })) as [Span, Span];
    if (!parseUnitCell(text.slice(names.start, names.end), cellOptions).mentions.some((u) => u.collective || UNIT_NAME_END.test(u.name))) continue;
    addUnits(names, 'annotation');
    addDeadline(date, 'annotation');
    covered.push({ start: m.index!, end: m.index! + m[0].length });
  }
  // A division of duties body by body (市大数据发展局：负责统筹…): the body heading the paragraph carries
  // its duties. Only a name that ends as a body's does (局, 委, 办, 中心 …) or a collective is read.
  for (const m of text.matchAll(DUTY_LINE)) {
    const start = m.index! + m[0].indexOf(m[1]!);
    if (covered.some((c) => start >= c.start && start < c.end)) continue;
    const raw = m[1]!;
    if (NOTE_FIELD.test(`${raw}：`)) continue;
    for (const u of parseUnitCell(raw, cellOptions).mentions) {
      if (!u.collective && !UNIT_NAME_END.test(u.name)) continue;
      units.push({ start: start + u.start, end: start + u.end, name: u.name, role: 'lead', collective: u.collective, context: 'label' });
    }
  }
  // Duties grouped by lead body under headings naming it ((六)区大数据管理服务局牵头事项（5项）): the heading
  // names the lead of every item under it.
  for (const u of outline) {
    if (u.kind !== 'heading' || !u.title) continue;
    const m = LEAD_HEADING.exec(u.title);
    if (!m) continue;
    const start = u.titleSpan.start + text.slice(u.titleSpan.start, u.titleSpan.end).indexOf(m[1]!);
    if (covered.some((c) => start >= c.start && start < c.end)) continue;
    for (const x of parseUnitCell(m[1]!, cellOptions).mentions) {
      if (!x.collective && !UNIT_NAME_END.test(x.name)) continue;
      units.push({ start: start + x.start, end: start + x.end, name: x.name, role: 'lead', collective: x.collective, context: 'label' });
    }
  }
  // Duties grouped by lead body under headings that are the body's name alone ((四)区经信局, then 1．…完成时限：…).
  for (const x of bodyNameHeadings(text, outline, cellOptions)) {
    if (!covered.some((c) => x.start >= c.start && x.start < c.end)) units.push({ ...x, role: 'lead', context: 'label' });
  }
  // A responsibility matrix (bodies as columns, tasks as rows, ● 牵头 ○ 配合): each body is named once, in
  // the header, in the role its marks give it.
  if (text.includes('●') || text.includes('○')) {
    for (const col of matrixColumns(text)) addUnits(col, 'label', col.role);
  }
  for (const m of text.matchAll(LABEL_LINE)) {
    const vStart = m.index! + m[0].length - m[2]!.length;
    // A label line of a task read as a row (a form's block) has been read with it.
    if (covered.some((c) => vStart >= c.start && vStart < c.end)) continue;
    // A line may hold several fields (牵头单位：…；配合单位：…；完成时限：…): each value ends where the next label starts.
    // Fields after a sentence on the same line are read for their units only: the line's date is its sentence's.
    const afterSentence = /^[。；;]/.test(m[0]);
    let label = m[1]!;
    let from = vStart;
    // After a sentence the field is one sentence itself (…。牵头单位：市大数据管理服务局。建设周期：…).
    // Inside a bracket (…完成；牵头单位：…，配合单位：…）) the field ends where the bracket closes.
    const stop = afterSentence ? fieldEnd(m[2]!) : -1;
    for (let rest = stop >= 0 ? m[2]!.slice(0, stop) : m[2]!; ; ) {
      const next = NEXT_LINE_LABEL.exec(rest);
      const raw = next ? rest.slice(0, next.index) : rest;
      const value = raw.replace(/[。；;，,\s\u3000]+$/, '');
      // A clock before the value (👥牵头：… ⏰2024年底前) marks the date, as a label would.
      const isDate = (DEADLINE_LABEL.test(label) && !/单位|單位/.test(label)) || CLOCK.test(label);
      if (isDate && afterSentence) break;
      if (value && isDate) {
        if (value.length <= 60) {
          addDeadline({ start: from, end: from + value.length }, 'annotation');
          covered.push({ start: from, end: from + value.length });
        }
      } else if (value && isPersonLabel(label.replace(/\s*[：:]$/, ''))) addPersonBodies({ start: from, end: from + value.length }, 'label');
      else if (value && !isLeaderLabel(label.replace(/\s*[：:]$/, ''))) addUnits({ start: from, end: from + value.length }, 'label', labelRole(label));
      if (!next) break;
      label = next[1]!;
      from += next.index + next[0].length;
      rest = rest.slice(next.index + next[0].length);
    }
  }
  // A 完成时限 on a line of its own after a measure (完成时限：2023年形成机制，长期坚持) is read whole, as
  // an annotation's is, not sentence by sentence.
  for (const m of text.matchAll(DEADLINE_LABEL_LINE)) {
    const vStart = m.index! + m[0].length - m[2]!.length;
    const value = m[2]!.replace(/[。；;\s]+$/, '');
    if (!value || value.length > 60 || covered.some((c) => vStart >= c.start && vStart < c.end)) continue;
    addDeadline({ start: vStart, end: vStart + value.length }, 'annotation');
    covered.push({ start: vStart, end: vStart + value.length });
  }
  // A list of people sent with the plan (联络员名单: 序号 | 单位 | 姓名 | 职务 | 联系电话): each row's body is named there.
  for (const cell of rosterCells(text)) if (!covered.some((c) => cell.start >= c.start && cell.start < c.end)) addUnits(cell, 'roster');
  // The names of a clause read as a unit cell (at `start`): collectives, and the names `keep` accepts, once each.
  const sentenceStarts = new Set<number>();
  // The draft's own level word (县, 区, 市), read when first needed.
  let ownLevel: string | undefined;
  // Whether the clause before `at` (back to the sentence's start) tells what the city's plan asks.
  const citysPlanTold = (at: number): boolean => {
    return CITY_PLAN_ACCOUNT.test(text.slice(sentenceStart(text, at, 60), at));
  };
  const addSentenceUnits = (raw: string, start: number, keep: (name: string) => boolean): void => {
    // Spoken words before a body's name (这个事情县工信商务局牵头，咱们县发改局配合): no part of it (same length).
    if (SPOKEN_FILLER.test(raw)) raw = raw.replace(SPOKEN_FILLER_ALL, (m, lead: string) => lead + ' '.repeat(m.length - lead.length));
    if (SETTING_UP.test(raw)) raw = raw.replace(SETTING_UP, (m, lead: string) => lead + ' '.repeat(m.length - lead.length));
    for (const u of parseUnitCell(raw, cellOptions).mentions) {
      if ((!u.collective && !keep(u.name)) || sentenceStarts.has(start + u.start)) continue;
      // A city's body in a county's or district's account of what the city's plan asks (市方案要求由市工业和信息化局牵头，…。我区由…):
      // the city's, not the draft's.
      if (CITY_BODY.test(u.name) && citysPlanTold(start + u.start) && ((ownLevel ??= ownLevelWord(text) ?? '') === '县' || ownLevel === '区')) continue;
      sentenceStarts.add(start + u.start);
      units.push({ start: start + u.start, end: start + u.end, name: u.name, role: u.role, collective: u.collective, context: 'sentence' });
    }
  };
  // Responsibility written in a sentence: 由区大数据中心牵头，区财政局配合，… Only names that end as a
  // body's name does (局, 委, 办, 中心 …) or a collective are read, so 由第三方机构负责 names nobody.
  for (const m of text.matchAll(BY_UNITS)) {
    if (covered.some((c) => m.index! >= c.start && m.index! < c.end)) continue;
    // An account of the higher level's list (按照全区数字政府建设重点任务清单，…改革由自治区政府办公厅牵头负责、各地级市具体负责):
    // the bodies of that level are the list's leads, not the plan's.
    const account = LIST_ACCOUNT.test(text.slice(sentenceStart(text, m.index!, 120), m.index!));
    // (会同 joins two bodies that do the work together: read as a list, as below.)
    addSentenceUnits(m[1]!.replace(/会同|會同/g, '、 '), m.index! + 1, (name) => UNIT_NAME_END.test(name) && !(account && HIGHER_BODY.test(name)));
  }
  // Cooperating bodies in two clauses of names, the last ending in the role word (由县政府办公室牵头，县委编办、县公安局、县行政
  // 审批局，县直各部门（单位）配合): both clauses are, when the first holds names alone (not what the lead does: 主动对接自治区
  // 发展改革委，积极参与).
  if (text.includes('由')) {
    for (const m of text.matchAll(BY_UNITS_TWO_CLAUSES)) {
      if (covered.some((c) => m.index! >= c.start && m.index! < c.end)) continue;
      const names = parseUnitCell(m[2]!, cellOptions).mentions;
      if (!names.length || !names.every((u) => u.collective || UNIT_NAME_END.test(u.name)) || !onlyNames(m[2]!, names)) continue;
      // The comma between the clauses read as 、 (same length): one list, its role word at its end.
      const joined = m[0].slice(1, m[0].length - m[3]!.length - 1) + '、' + m[3]!;
      addSentenceUnits(joined, m.index! + 1, (name) => UNIT_NAME_END.test(name));
    }
  }
  // 由 + a body + 会同 + another, then the work (由县大数据管理服务局会同中国电信隆德分公司开展城域网升级改造): both named as
  // doing it, read as the subjects below are (names that begin with a level and end as a body's).
  if (text.includes('会同') || text.includes('會同')) {
    for (const m of text.matchAll(BY_WITH)) {
      if (covered.some((c) => m.index! >= c.start && m.index! < c.end)) continue;
      addSentenceUnits(m[1]!.replace(/会同|會同/g, '、 '), m.index! + 1, (name) => UNIT_NAME_END.test(name) && LEVEL_START.test(name) && !COORDINATING_BODY.test(name));
    }
  }
  // A terse note with no label and no role word: the bodies, then the date (（区大数据服务中心、各街道办事处，2024年6月底前）,
  // （县数据局，2024年底前）, （区委网信办、区公安分局，持续推进）, （县委编办、县政府办；2024年6月底前）). Its date is read as the
  // sentence's (the bracket is not marked as read); its bodies are read here.
  if (text.includes('，') || text.includes(',') || text.includes('；') || text.includes(';')) {
    for (const m of text.matchAll(BODIES_THEN_DATE)) {
      if (covered.some((c) => m.index! >= c.start && m.index! < c.end)) continue;
      const names = m[1]!;
      // Every name ends as a body's does and opens with a level, or is a collective (各街道办事处, 区直各部门): not a system's
      // or a place's name in brackets.
      if (!names.split(/[、和及]/).every((n) => (UNIT_NAME_END.test(n.trim()) && LEVEL_START.test(n.trim())) || n.includes('各'))) continue;
      const start = m.index! + 1 + m[0].slice(1).indexOf(names);
      addUnits({ start, end: start + names.length }, 'annotation');
    }
  }
  // Responsibility written as the subject of a sentence: 县电子政务办负责推进…；县卫生健康局牵头，县医疗保障局配合，…；
  // 县审批服务局会同县大数据服务中心负责，… Read only at the start of a sentence or a line, and only names that begin
  // with a level (县, 区, 市, 自治区 …) and end as a body's name does, or collectives: 平台负责… names nobody.
  for (const m of matchAllOnLinesWith(text, SUBJECT_UNITS, SUBJECT_VERB)) {
    const start = m.index! + m[0].length - m[1]!.length;
    if (covered.some((c) => start >= c.start && start < c.end)) continue;
    // 会同 joins two bodies that do the work together: read as a list (same length, so offsets hold). A
    // coordinating body (市数字政府建设领导小组办公室负责统筹协调) is the plan's own, named where it is set up.
    addSentenceUnits(m[1]!.replace(/会同|會同/g, '、 '), start, (name) => UNIT_NAME_END.test(name) && LEVEL_START.test(name) && !COORDINATING_BODY.test(name));
  }
  // A sentence dividing the work body by body over commas (由区政府办公室负责统筹协调，区大数据管理服务局负责…的运维保障，…):
  // after a clause giving a body its part, each clause opening with a body of the place's level and 负责 or 牵头 names it too.
  for (const m of matchAllOnLinesWith(text, CLAUSE_DUTY, SUBJECT_VERB)) {
    const start = m.index! + m[0].length - m[1]!.length;
    if (covered.some((c) => start >= c.start && start < c.end)) continue;
    if (!DUTY_BEFORE.test(text.slice(sentenceStart(text, m.index!, 160), m.index!))) continue;
    addSentenceUnits(m[1]!, start, (name) => UNIT_NAME_END.test(name) && LEVEL_START.test(name) && !COORDINATING_BODY.test(name));
  }
  // A body as the subject of what it is to do (区大数据服务中心要在2024年6月底前完成…；区政府办公室、区档案馆要…), and bodies named
  // for the tasks they carry (县自然资源局、县城乡建设局、县档案馆承担的任务推进滞后, as a supervision bulletin names those praised
  // or behind): read as the subjects above are, except the government or the Party committee itself (县委、县政府要高度重视…),
  // which is no body to look up.
  for (const [pattern, needle] of [[SUBJECT_DUTY, SUBJECT_DUTY_NEEDLE], [SUBJECT_CHARGED, SUBJECT_CHARGED_NEEDLE], [SUBJECT_WITH, SUBJECT_WITH_NEEDLE]] as const) {
    for (const m of matchAllOnLinesWith(text, pattern, needle)) {
      // The names are group 1, after a sentence's opening and its item number at most (no name is in those).
      const start = m.index! + m[0].indexOf(m[1]!);
      // Bodies of every level or of several (各级党委要…, 县乡两级党委要…): an exhortation, not a duty given to a body.
      if (LEVELS_TOGETHER.test(m[1]!) || covered.some((c) => start >= c.start && start < c.end)) continue;
      // (会同 joins two bodies that do the work together: read as a list, same length.)
      addSentenceUnits(m[1]!.replace(/会同|會同/g, '、 '), start, (name) => UNIT_NAME_END.test(name) && LEVEL_START.test(name) && !COORDINATING_BODY.test(name) && !GOVERNMENT_ITSELF.test(name) && !LEVELS_TOGETHER.test(name));
    }
  }
  // The body of this plan's own level that reports are sent to (…于每季度末月25日前将工作进展报送区大数据局): read as named,
  // with no role. Not the government or its office (县人民政府, 区政府办公室), a coordinating body's office, or a body of
  // another level (a county reports to the city's bureaus, which its units file need not list).
  if (text.includes('报送') || text.includes('抄送')) {
    const own = ownLevelWord(text);
    for (const m of own ? text.matchAll(REPORT_TO) : []) {
      const start = m.index! + m[0].length - m[1]!.length;
      const name = m[1]!;
      if (!name.startsWith(own!) || /^(?:县|縣|区|區|市|旗)(?:市|县|區|区)/.test(name) || /政府|政府办公室|政府辦公室|政府办|政府辦|领导小组办公室|領導小組辦公室/.test(name) || COORDINATING_BODY.test(name)) continue;
      if (covered.some((c) => start >= c.start && start < c.end) || sentenceStarts.has(start)) continue;
      for (const u of parseUnitCell(name, { ...cellOptions, firstListedLeads: false }).mentions) {
        if (u.collective || !UNIT_NAME_END.test(u.name) || u.start !== 0 || u.end !== name.length) continue;
        sentenceStarts.add(start);
        units.push({ start, end: start + u.end, name: u.name, role: 'unspecified', collective: false, context: 'sentence', recipient: true });
      }
    }
  }
  // Deadlines written in sentences, outside tables and annotations.
  const inside = (s: number): boolean => covered.some((c) => s >= c.start && s < c.end);
  // A review of the past (一、2025年工作回顾, 发展基础) tells when things were done: its dates are history.
  const history = reviewSections(text, outline).concat(explained);
  for (const d of findDeadlines(text)) {
    if (inside(d.start) || history.some((h) => d.start >= h.start && d.start < h.end)) continue;
    if (year !== undefined && recounts(text, d.start, d.deadline, year)) continue;
    const part = namedPart(text, d.start);
    const mention: DeadlineMention = part ? { start: d.start, end: d.end, deadline: d.deadline, invalid: d.invalid, context: 'sentence', part } : { start: d.start, end: d.end, deadline: d.deadline, invalid: d.invalid, context: 'sentence' };
    // A date in one part of a sentence that counts its parts (一是…；二是…；三是…) is that part's: compared with the task
    // the part takes up, as a sub-item's date is.
    const counted = countedPart(text, d.start);
    if (counted) mention.subject = counted;
    if (d.starts) mention.startsWork = true;
    deadlines.push(mention);
  }
  relativeSentenceDeadlines(text, deadlines, () => (plan ??= planDates(text, year)), (s) => inside(s) || history.some((h) => s >= h.start && s < h.end));
  yearSectionDeadlines(text, outline, deadlines, (s) => inside(s) || history.some((h) => s >= h.start && s < h.end));
  dateSectionDeadlines(text, outline, deadlines, (s) => inside(s) || history.some((h) => s >= h.start && s < h.end));
  // A day no month has, written without a year (（6月31日前完成50%）, 每年9月31日前报送), is a slip wherever it stands,
  // also in a checkpoint within a date read whole (2024年底前（6月31日前完成50%）), unless a date reported already holds it.
  for (const d of impossibleYearlessDays(text)) {
    if (deadlines.some((x) => x.invalid && x.start < d.end && d.start < x.end)) continue;
    const raw = text.slice(d.start, d.end);
    deadlines.push({ start: d.start, end: d.end, deadline: { raw, milestones: [], ongoing: false }, context: 'sentence', invalid: d.invalid });
  }
  deadlines.sort((a, b) => a.start - b.start);
  units.sort((a, b) => a.start - b.start);
  // A task's state as a self-check reports it (状态：已完成（平台于2023年11月上线运行）): what was done, not what is due.
  const states = stateFields(text);
  // A footnote that explains (〔5〕“红酒云”…由自治区工业和信息化厅牵头负责（任务清单第2项，2023年启动…）) quotes others' bodies and dates,
  // in its notes too: none of them is the plan's.
  // Another place's example the plan learns from (学习借鉴银川市2023年建成城市大脑的做法; 银川市由…牵头，2023年建成…): its dates
  // and bodies are that place's.
  const examples = exampleSpans(text);
  const told = (s: Span): boolean =>
    kept(s) && !states.some((r) => s.start >= r.start && s.start < r.end) && !explained.some((r) => s.start >= r.start && s.start < r.end) && !examples.some((r) => s.start >= r.start && s.start < r.end);
  return deleted.length || states.length || explained.length || examples.length ? { deadlines: deadlines.filter(told), units: units.filter(told) } : { deadlines, units };
}

/** A field reporting a task's state or progress, its label ending right before a colon: 状态, 进展情况, 完成情况, 当前进度. */
const STATE_LABEL = /(?:^|[。；;，,\s\u3000])(?:状态|狀態|进展情况|進展情況|完成情况|完成情況|推进情况|推進情況|落实情况|落實情況|当前进度|當前進度|目前进度|目前進度|工作进展|工作進展|进展|進展)[ \t\u3000]*$/;

/**
 * The spans of the state fields of a self-check's lines, each from its label to its line's end. Found colon by colon
 * (a pattern over the whole text would try every character of a long draft on each keystroke).
 */
function stateFields(text: string): Span[] {
  const out: Span[] = [];
  for (const colon of ['：', ':']) {
    for (let at = text.indexOf(colon); at >= 0; at = text.indexOf(colon, at + 1)) {
      const before = text.slice(Math.max(0, at - 8), at);
      const m = STATE_LABEL.exec(before);
      if (!m) continue;
      const start = at - before.length + m.index + m[0].search(/[^。；;，,\s\u3000]/);
      const end = text.indexOf('\n', at);
      out.push({ start, end: end < 0 ? text.length : end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A bracket after a person's name holding a body, perhaps with the person's post after it (group 1: the body). */
const PERSON_BODY = /[（(]([^（）()\n]{2,30}?)(?:主要负责人|负责人|負責人|副主任|主任|副局长|局长|局長|副书记|书记|書記|主席|副部长|部长|部長|科长|股长|所长|站长|院长|校长|大队长|队长|行长|总经理|经理|主管|专员|干部|工作人员|联络员)*[）)]/g;

/** The spans of the bodies in brackets after the persons of a 责任人 field or cell (see PERSON_BODY). */
function personBodies(text: string, span: Span): Span[] {
  const value = text.slice(span.start, span.end);
  if (!value.includes('（') && !value.includes('(')) return [];
  const out: Span[] = [];
  for (const m of value.matchAll(PERSON_BODY)) {
    const body = m[1]!;
    if (!UNIT_NAME_END.test(body)) continue;
    const start = span.start + m.index! + 1;
    out.push({ start, end: start + body.length });
  }
  return out;
}

/** A roster's header cell naming the body (单位, 所在单位, 工作单位, 单位名称). */
const ROSTER_BODY = /^(?:单位|單位|所在单位|所在單位|工作单位|工作單位|单位名称|單位名稱|部门|部門|单位（部门）)$/;
/** A roster's header cells naming the person and how to reach them. */
const ROSTER_PERSON = /^(?:姓名|联络员|聯絡員|联系人|聯繫人)$/;
const ROSTER_CONTACT = /^(?:职务|職務|职务（职级）|联系电话|聯繫電話|电话|電話|手机|手機|手机号码|办公电话|辦公電話)$/;

/**
 * The body cells of the rows of each list of people in the draft (a 联络员名单 or 工作专班成员名单 as a tab-separated table:
 * a header with 单位, 姓名 and 职务 or 联系电话), row by row until a line that is not a row of it.
 */
function rosterCells(text: string): Span[] {
  if (!text.includes('姓名') && !text.includes('联络员') && !text.includes('联系人')) return [];
  const out: Span[] = [];
  let col = -1;
  let width = 0;
  for (const l of splitLines(text)) {
    // Tabs looked for within the line: a draft without them is not searched to its end for every line.
    const row = text.slice(l.start, l.end).includes('\t') ? splitCells(text, l) : undefined;
    if (!row) {
      if (text.slice(l.start, l.end).trim()) col = -1;
      continue;
    }
    const names = row.cells.map((c) => text.slice(c.start, c.end).trim());
    const body = names.findIndex((n) => ROSTER_BODY.test(n));
    if (body >= 0 && names.some((n) => ROSTER_PERSON.test(n)) && names.some((n) => ROSTER_CONTACT.test(n))) {
      col = body;
      width = names.length;
    } else if (col >= 0 && Math.abs(names.length - width) <= 1 && col < names.length) {
      const cell = trimSpan(text, row.cells[col]!);
      if (cell.end > cell.start) out.push(cell);
    } else col = -1;
  }
  return out;
}

/**
 * A date in a sentence written relative to the plan, set as a target: 今年年底前, 今年第三季度前, 明年6月底前, 次年一季度末,
 * (本)方案印发后3个月内, 印发之日起6个月内, years aimed at before what they complete (力争两年内建成, 用三年时间实现); and a
 * quarter of a year (2024年第三季度, 2025年二季度末). Each must end as a
 * target does (底, 末, 前, 内) or be a quarter; 今年以来 and 今年上半年 (a period told) are not read.
 * Without the u flag: every character it names is in the BMP and it has no negated class or dot, so it matches
 * the same, and a scan of the whole text takes half the time.
 */
const RELATIVE_IN_SENTENCE = /(?:今年|本年|明年|次年|翌年)(?:年底|年末|年内|年內|(?:[0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九])月份?(?:底|末)?|第?[一二三四1-4]季度(?:末|底)?|[上下]半年)(?:前|以前|之前|内|內)?|(?:本)?(?:方案|通知)(?:印发|印發|发布|發布|出台)(?:之日起|后|後)\s*(?:[0-9]{1,3}|[一二两三四五六七八九十]{1,2})\s*(?:个月|個月|年|日|天|个工作日|個工作日)(?:内|內|以内|以內)|[0-9０-９]{4}\s*年\s*第?[一二三四1-4１-４]季度(?:末|底)?(?:前|以前|之前)?|(?:力争|力爭|争取|爭取|用)\s*(?:[0-9]{1,2}|[一二两兩三四五])\s*年(?:时间|時間|内|內)(?=[，,]?[\u4e00-\u9fff“”]{0,12}?(?:建成|完成|实现|實現|形成|覆盖|覆蓋|达到|達到))/g;
/** A target's ending: 底, 末, 前, 内, a quarter (第三季度), or a span of years to work in (用两年时间). */
const TARGET_END = /(?:底|末|前|内|內|季度|时间|時間)$/u;
/** A span of years from now set for the work (力争两年内建成, 用三年时间实现): counted from the plan's issue. */
const YEARS_AHEAD = /^(?:力争|力爭|争取|爭取|用)\s*([0-9]{1,2}|[一二两兩三四五])\s*年/u;
/** Work done every year or quarter (每年12月底前总结，次年1月底前报送): its 次年 is the year after each. */
const RECURRING = /每年|每季度|每半年|每月|年度/;

/**
 * Reads the relative dates of sentences (see RELATIVE_IN_SENTENCE) where no date was read: 今年/本年 in the plan's year,
 * 明年/次年 in the year after, a count from the plan's issue from its signature date. A date the plan does not give
 * the means to read (no year, no issue date) is left unread, not reported.
 */
function relativeSentenceDeadlines(text: string, deadlines: DeadlineMention[], plan: () => PlanDates, skip: (at: number) => boolean): void {
  if (!/今年|本年|明年|次年|翌年|印发|印發|发布|發布|出台|季度|年内|年內|年时间|年時間/.test(text)) return;
  const taken = deadlines.map((d) => [d.start, d.end] as const);
  for (const m of text.matchAll(RELATIVE_IN_SENTENCE)) {
    const raw = m[0];
    const start = m.index!;
    const end = start + raw.length;
    if (!TARGET_END.test(raw) || skip(start) || taken.some(([a, b]) => start < b && a < end)) continue;
    // Part of a longer number or word (12024年, 去今年): not a date of its own; nor a legend's example (“2024Q2”指…).
    if (/[0-9０-９]/.test(text[start - 1] ?? '') || definesForm(text, start)) continue;
    const from = sentenceStart(text, start, 120);
    const sentence = text.slice(from, Math.min(text.length, end + 40)).split(/[。！？；;!?\n]/)[0]!;
    if (/^(?:明年|次年|翌年)/.test(raw) && RECURRING.test(sentence)) continue;
    const p = plan();
    let resolved: string | undefined;
    let read: ReturnType<typeof parseDeadline>;
    // A month as it is spoken (明年六月份以前): in digits, without 份.
    const said = raw.replace(/(十[一二]?|[一二三四五六七八九])(?=月)/, (n) => String(cnNumber(n))).replace('月份', '月');
    if (/^(?:今年|本年)/.test(raw)) {
      if (p.year === undefined) continue;
      read = parseDeadline(said, { year: p.year });
      resolved = `${p.year}年${said.slice(2).replace(/^年/, '')}`;
    } else if (/^[0-9０-９]/.test(raw)) {
      read = parseDeadline(raw);
    } else {
      // Years aimed at (力争两年内) count from the plan's issue, as 方案印发后两年内 does.
      const ahead = YEARS_AHEAD.exec(raw);
      const r = resolveRelative(ahead ? `方案印发后${ahead[1]!.replace('兩', '两')}年内` : said, p);
      if (!r || 'ongoing' in r) continue;
      read = parseDeadline(r.text);
      resolved = r.text;
    }
    if (read.invalid || !read.deadline.milestones.length) continue;
    const mention: DeadlineMention = { start, end, deadline: { ...read.deadline, raw }, context: 'sentence' };
    if (resolved) mention.resolved = resolved;
    deadlines.push(mention);
  }
}

/**
 * Items of a prose section for one year (（二）2025年重点任务, then 1.推进…。（责任单位：…）): a month without a year in
 * an item (6月底前) is in the section's year, and an item that gives no date at all is due by the year's end. Only
 * numbered items without items of their own are read, and only under a heading that names one year (not 2026—2027年).
 */
function yearSectionDeadlines(text: string, outline: OutlineUnit[], deadlines: DeadlineMention[], skip: (at: number) => boolean): void {
  if (!outline.some((u) => u.kind === 'heading' && /20[0-9]{2}/.test(inDigits(u.title ?? '')))) return;
  const parents = new Set<number>();
  for (const u of outline) if (u.parent !== undefined && u.kind !== 'paragraph') parents.add(u.parent);
  const added: DeadlineMention[] = [];
  const hasDate = datesWithin(deadlines);
  for (const u of outline) {
    if (u.kind !== 'heading' || !u.marker || parents.has(u.index) || skip(u.start)) continue;
    const section = tableYearOf(u);
    if (!section) continue;
    if (hasDate(u.start, u.end)) continue;
    const body = text.slice(u.start, u.end);
    const yearless = yearlessTargets(body).pop();
    if (yearless) {
      const at = u.start + yearless.index!;
      const { deadline, invalid } = parseDeadline(yearlessDigits(yearless[0]), { year: section.year });
      added.push({ start: at, end: at + yearless[0].length, deadline, context: 'annotation', reading: `按所在的“${section.title}”，即${section.year}年${yearlessDigits(yearless[0])}`, ...(invalid ? { invalid } : {}) });
      continue;
    }
    const { deadline } = parseDeadline(`${section.year}年`);
    added.push({ start: u.titleSpan.start, end: u.titleSpan.end, deadline: { ...deadline, raw: `${section.year}年` }, context: 'annotation', yearSection: section.title });
  }
  deadlines.push(...added);
}

/**
 * Whether a date already read starts within [from, to): the dates sorted once by where they start, so that an item is
 * told at once whether it has one of its own.
 */
function datesWithin(deadlines: DeadlineMention[]): (from: number, to: number) => boolean {
  const starts = deadlines.map((d) => d.start).sort((a, b) => a - b);
  return (from, to) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length && starts[lo]! < to;
  };
}

/** A heading that is a date alone (三、2025年6月底前, （二）2024年底前完成的任务): the items under it fall due then. */
const DATE_HEADING = /^(?:于|在|到)?20[0-9]{2}[ \t\u3000]*年(?:[ \t\u3000]*[0-9]{1,2}[ \t\u3000]*月)?(?:底|末)?(?:前|以前|之前)(?:完成)?(?:的?(?:任务|事项|工作|重点任务))?[：:。]?$/;

/**
 * Items grouped under headings that are their dates (一、2024年6月底前 / 1.… 2.… / 二、2024年底前 / …), in a draft with two
 * such headings or more: each numbered item or task row with no date of its own falls due on its heading's date, read at
 * the item's title (or its first line) and reported with the heading named.
 */
function dateSectionDeadlines(text: string, outline: OutlineUnit[], deadlines: DeadlineMention[], skip: (at: number) => boolean): void {
  const dated = new Map<number, { title: string; deadline: Deadline }>();
  for (const u of outline) {
    if (u.kind !== 'heading' || !u.title || skip(u.start)) continue;
    const title = inDigits(foldForMatching(u.title)).replace(/\s+/g, '');
    if (!DATE_HEADING.test(title)) continue;
    const { deadline, invalid } = parseDeadline(title.replace(/^(?:于|在|到)/, '').replace(/(?:完成)?(?:的?(?:任务|事项|工作|重点任务))?[：:。]?$/, ''));
    if (invalid || !deadline.milestones.length) continue;
    dated.set(u.index, { title: `${u.marker}${text.slice(u.titleSpan.start, u.titleSpan.end).trim()}`, deadline });
  }
  if (dated.size < 2) return;
  const parents = new Set<number>();
  for (const u of outline) if (u.parent !== undefined) parents.add(u.parent);
  const hasDate = datesWithin(deadlines);
  const added: DeadlineMention[] = [];
  for (const u of outline) {
    // Numbered items and task rows only: a signature or a note after the last group is none of its items.
    if (u.parent === undefined || parents.has(u.index) || dated.has(u.index) || !(u.marker || u.kind === 'task-row') || skip(u.start)) continue;
    // The nearest heading above that is a date.
    let group: { title: string; deadline: Deadline } | undefined;
    for (let p: number | undefined = u.parent; p !== undefined && !group; p = outline[p]?.parent) group = dated.get(p);
    if (!group || hasDate(u.start, u.end)) continue;
    let span: Span = u.titleSpan;
    if (span.end <= span.start) {
      const lineEnd = text.indexOf('\n', u.start);
      span = { start: u.start, end: lineEnd < 0 || lineEnd > u.end ? u.end : lineEnd };
    }
    if (span.end <= span.start) continue;
    added.push({ start: span.start, end: span.end, deadline: group.deadline, context: 'annotation', dateSection: group.title });
  }
  deadlines.push(...added);
}

/**
 * The part of an item a date is given for, when the date's clause opens with its name (属地返还机制于2024年底前建立,
 * 平台已于2023年建成): the name, not the plan's place or a body (我区于…, 区大数据中心于…), within a bracketed note
 * after a semicolon or comma. Undefined for any other date.
 */
function namedPart(text: string, at: number): Span | undefined {
  const from = Math.max(0, at - 16);
  const before = text.slice(from, at);
  const m = /[，,；;]([\u4e00-\u9fff“”"]{2,14}?)(?:已经|已|将|拟)?(?:于|在)$/.exec(before);
  if (!m) return undefined;
  const name = m[1]!;
  if (/^(?:我|全|本|各|该|此)|^[县区市乡镇村旗]$|^(?:县|区|市)(?:级|里)?$/.test(name) || UNIT_NAME_END.test(name) || /政府$/.test(name)) return undefined;
  // Only inside a bracketed note: the note gives the item's parts their dates.
  const lineStart = text.lastIndexOf('\n', at) + 1;
  // Looked for within the line only: a long draft with few brackets is not scanned back to its start.
  const line = text.slice(lineStart, at + 1);
  const open = lineStart + Math.max(line.lastIndexOf('（'), line.lastIndexOf('('));
  if (open < lineStart || /[）)]/.test(text.slice(open, at))) return undefined;
  const start = from + m.index! + 1;
  return { start, end: start + name.length };
}

/**
 * A cell wrapped at a column's width, read on across its breaks: white space holding a line break
 * between two characters of a name (柳州市消防 / 救援支队) is taken out; a break after a separator
 * (市统计局， / 市工业和信息化局) is kept. `at[k]` is where character k of the result stands in `cell`.
 */
export function unwrapCell(cell: string): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    if (/\s/.test(c)) {
      let j = i;
      while (j < cell.length && /\s/.test(cell[j]!)) j++;
      const run = cell.slice(i, j);
      const before = text[text.length - 1] ?? '';
      const after = cell[j] ?? '';
      if (run.includes('\n') && /[\u4e00-\u9fff（）()]/.test(before) && /[\u4e00-\u9fff（）()]/.test(after)) {
        i = j - 1;
        continue;
      }
    }
    text += c;
    at.push(i);
  }
  return { text, at };
}

/** Three ideographs or more, each standing alone between single spaces (县 公 安 局). */
const SPACED_OUT = /(?:^|[^\u4e00-\u9fff])[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff][ \u3000][\u4e00-\u9fff](?![\u4e00-\u9fff])/;

/**
 * A cell with its spaced-apart characters closed up: a single space between two ideographs is taken
 * out where the character on each side stands alone (县 公 安 局牵头 → 县公安局牵头), so a list of full
 * names separated by spaces (县公安局 县财政局) keeps its separators. `at[k]` is where character k of
 * the result stands in `cell`.
 */
/** A body's kind alone, with no name before it (局, 中心). */
const BODY_WORD_ALONE = /^(?:局|委|办|辦|中心|厅|廳|处|處|室|科|站|所|队|隊|院|馆|館|部)$/;
/** A gap to fill (××, XX, □□) right before, spaces apart. */
const GAP_BEFORE = /(?:[XxＸｘ]{2,}|×{2,}|□+|_{2,}|＿{2,})[ \t\u3000]+$/;

/** Spaces (two or more) before an opening or after a closing quotation mark: where a decoded reference stood (see readReferences). */
const QUOTE_GAP = /[ ]{2,}[“‘]|[”’][ ]{2,}/;

/** One space between two ideographs, as a photo's recognition leaves inside a word (县审批服务 管理局). */
const INNER_SPACE = /[\u4e00-\u9fff] [\u4e00-\u9fff]/;

/**
 * A cell with a single space inside a body's name taken out (县审批服务 管理局, 县市场监 管局): where the words before the
 * space, back to the last separator, do not end as a body's name does (a list of names apart by spaces keeps them).
 * `at[k]` is where character k of the result stands in `cell`.
 */
function closeInnerSpaces(cell: string): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < cell.length; i++) {
    if (cell[i] === ' ' && /[\u4e00-\u9fff]/.test(cell[i - 1] ?? '') && /[\u4e00-\u9fff]/.test(cell[i + 1] ?? '') && cell[i + 1] !== ' ') {
      const before = text.split(/[、，,；;：:\s]/).pop() ?? '';
      if (!UNIT_NAME_END.test(before) && !/(?:牵头|负责|配合|参与|协助)$/.test(before)) continue;
    }
    text += cell[i]!;
    at.push(i);
  }
  return { text, at };
}

/** A cell with the spaces of QUOTE_GAP taken out; `at[k]` is where character k of the result stands in `cell`. */
function closeQuoteGaps(cell: string): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < cell.length; i++) {
    if (cell[i] === ' ') {
      let j = i;
      while (cell[j] === ' ') j++;
      if (j - i >= 2 && (/[“‘]/.test(cell[j] ?? '') || /[”’]/.test(cell[i - 1] ?? ''))) {
        i = j - 1;
        continue;
      }
    }
    text += cell[i]!;
    at.push(i);
  }
  return { text, at };
}

export function closeSpacedCharacters(cell: string): { text: string; at: number[] } {
  const isIdeograph = (k: number) => k >= 0 && k < cell.length && /[\u4e00-\u9fff]/.test(cell[k]!);
  const isGap = (k: number) => cell[k] === ' ' || cell[k] === '\u3000';
  // A character stands alone when no ideograph touches it (a gap or the cell's edge on each side,
  // except that the last of a spaced run may run on into the word it ends: 局牵头).
  const alone = (k: number) => isIdeograph(k) && !isIdeograph(k - 1);
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < cell.length; i++) {
    if (isGap(i) && isIdeograph(i - 1) && isIdeograph(i + 1) && alone(i - 1) && (alone(i + 1) || (isGap(i - 2) && isIdeograph(i - 3)))) continue;
    text += cell[i]!;
    at.push(i);
  }
  return { text, at };
}

/** A footnotes' heading on its own line: 注释, 注：, 脚注, 尾注. */
const FOOTNOTES_HEADING = /(?:^|\n)[ \t\u3000]*(?:注释|注釋|注解|脚注|腳註|尾注|注)[ \t\u3000]*[：:]?[ \t\u3000]*\r?\n/g;
/** A footnote: a line opening with its marker (①, [1], 〔1〕, 注1：). */
const FOOTNOTE_LINE = /^[ \t\u3000]*(?:[\u2460-\u2473]|[［\[〔(（][0-9０-９]{1,2}[］\]〕)）]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|注[0-9０-９]{1,2}[：:．.、]?)/;
/** A footnote that is a responsibility note (①责任单位：…；完成时限：…): the plan's own assignment, read as any note is. */
const FOOTNOTE_NOTE = new RegExp(`${FOOTNOTE_LINE.source}[ \\t\\u3000]*(?:${NOTE_LABELS}|时限|時限)[ \\t\\u3000]*[：:]`);

/**
 * The footnotes gathered under a heading of their own (注释 / ①指《…》，2023年印发 / ④截至2024年底…): they
 * explain terms and give facts, so their dates are no deadlines. Each run of footnote lines after such a
 * heading, to the first line that is not one.
 */
function footnotes(text: string): Span[] {
  const out: Span[] = [];
  if (!/注|註/.test(text)) return out;
  FOOTNOTES_HEADING.lastIndex = 0;
  for (let m = FOOTNOTES_HEADING.exec(text); m; m = FOOTNOTES_HEADING.exec(text)) {
    let at = m.index + m[0].length;
    let start = at;
    for (;;) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const line = text.slice(at, end);
      if (!FOOTNOTE_LINE.test(line)) break;
      // A footnote that is a note (①责任单位：…) is the plan's: the run of explanations stops before it and goes on after.
      if (FOOTNOTE_NOTE.test(line)) {
        if (at > start) out.push({ start, end: at });
        start = Math.min(end + 1, text.length);
      }
      at = end + 1;
      if (end >= text.length) break;
    }
    if (at > start) out.push({ start, end: Math.min(at, text.length) });
  }
  return out;
}

/** Words that recount the past: 近年来, 自…以来, 截至目前, 先后, 累计. */
const RECOUNT = /近年来|近年來|近几年|近幾年|多年来|多年來|以来|以來|过去|過去|此前|截至目前|截止目前|先后|先後|累计|累計/;

/**
 * Whether a date in running text recounts the past: a year before the plan's, in a sentence that
 * says before it that it looks back (近年来，我市……，2023年建成市民大厅“一窗通办”系统). A sentence
 * without such words (到2023年底，建成…, a goal copied after its year) is still read as a target.
 */
/**
 * After a limit in an account of the past, in its clause: the work done by it (完成, 建成, 实现, 上线), right after it or
 * after what did it (2023年9月底前，县乡两级电子政务外网完成IPv6改造).
 */
const MET_AFTER = /^(?:[，,][\s\u3000]*[^。！？；;!?\n，,]{1,20}?)?(?:完成|建成|实现|實現|上线|上線)/;
/** A sentence opening with a year alone and a comma (2023年，…): group 1 the year. */
const PAST_YEAR_OPENING = /^[\s\u3000]*([0-9]{4})\s*年[，,]/;
/** After a limit, the plan's own place as the one that met it (，我县完成, ，全市建成): a narrative of what it did. */
const OWN_PLACE_MET = /^[，,][\s\u3000]*(?:我|全)[县縣市区區旗]已?(?:完成|建成|实现|實現)/;
/** What a clause achieved, told as done: 打下了…基础, 奠定了…基础 (not 为…打下基础, which may be a target's purpose). */
const ACHIEVED = /(?:打下了|奠定了|夯实了|打牢了)[^。；;，,]{0,12}基础/;

/** Where the sentence (or clause after ；) holding `at` starts, looking back at most `reach` characters. */
function sentenceStart(text: string, at: number, reach: number): number {
  let from = at;
  while (from > 0 && at - from < reach && !SENTENCE_BREAK.test(text[from - 1]!)) from--;
  return from;
}
const SENTENCE_BREAK = /[。！？；;!?\n]/;

function recounts(text: string, at: number, deadline: Deadline, year: number): boolean {
  const done = completionOf(deadline);
  if (!done || done === 'ongoing' || done.year >= year) return false;
  // A past year alone opening a clause (2024年，全市电子政务外网实现…全覆盖) says what happened that year.
  if (/^[0-9]{4}\s*年$/.test(deadline.raw.trim()) && /^[，,]/.test(text.slice(at + deadline.raw.length, at + deadline.raw.length + 1))) return true;
  const start = sentenceStart(text, at, 400);
  if (RECOUNT.test(text.slice(start, at))) return true;
  // A sentence opening with a past year alone (2023年，县人民政府印发实施方案，到2023年底，…全面理清), in a paragraph that opens looking
  // back, tells that year: a date of it or before it there is history.
  const opening = PAST_YEAR_OPENING.exec(text.slice(start, at));
  if (opening && Number(opening[1]) < year && done.year <= Number(opening[1]) && looksBackFromItsStart(text, at)) return true;
  // A clause told as done by what it achieved (2023年底前全面理清…“家底”，为本年度任务推进打下了基础; …，奠定了…基础).
  let end = at;
  while (end < text.length && end - at < 200 && !/[。！？；;!?\n]/.test(text[end]!)) end++;
  if (ACHIEVED.test(text.slice(at, end))) return true;
  // In a paragraph that opens by looking back, a year told as an event (2021年建成…) is history; one set as a
  // limit (2023年底前完成…, 到2023年底) is still a target.
  // A limit met in a paragraph that opens with an account of results (2023年，…取得积极进展。…2023年11月底前完成…扩容) is
  // told as done; elsewhere such a limit is still a target (近年来…夯实。2023年底前完成… under 主要目标).
  if (/前$/.test(deadline.raw.trim()) && !/到|至|力争|争取/.test(deadline.raw) && MET_AFTER.test(text.slice(at + deadline.raw.length, at + deadline.raw.length + 26))) {
    // (So is one the place itself is told to have met, 2023年底前，我县完成…普查, in a paragraph that opens looking back.)
    return opensWithAnAccount(text, at) || (OWN_PLACE_MET.test(text.slice(at + deadline.raw.length, at + deadline.raw.length + 12)) && looksBackFromItsStart(text, at));
  }
  return !/前|到|至|力争|争取/.test(deadline.raw) && looksBackFromItsStart(text, at);
}


/** A sentence announcing results listed after it: …取得阶段性成效：, 取得了积极进展：, 主要成效如下：. */
const RESULTS_INTRO = /(?:取得了?[^。；;，,]{0,8}(?:成效|进展|成果|成绩)|(?:主要|工作)(?:成效|进展|成果|成绩)(?:如下)?)[：:]$/;

/** A sentence telling results, closed by a full stop (…数字政府建设取得阶段性成效。). */
const RESULTS_TOLD = /取得了?[^。；;，,]{0,8}(?:成效|进展|成果|成绩)。$/;

/** An item's title told as a result: what, then how far it has come (工作体系逐步健全, 基础支撑持续夯实, 数字经济加快发展). */
const RESULT_TITLE = /^[\u4e00-\u9fff“”]{2,14}?(?:逐步|持续|不断|稳步|有序|加快|全面|明显|进一步|日益|显著|初步|基本|更加|深入|扎实)(?:健全|夯实|优化|推进|发展|提升|完善|加强|增强|改善|形成|建成|规范|扩大|提高|落地|深化|见效|巩固|摸清|建立)$/;

/** Whether the headings of `items` at the first one's level are two or more, each titled as a result (see RESULT_TITLE). */
function itemsTitledAsResults(outline: OutlineUnit[], items: Span, k: number): boolean {
  const level = outline[k + 1]!.level;
  const titles: string[] = [];
  for (let j = k + 1; j < outline.length && outline[j]!.start < items.end; j++) {
    const v = outline[j]!;
    if (v.kind === 'heading' && v.level === level) titles.push(foldForMatching(v.title ?? '').replace(/[。；;]$/, ''));
  }
  return titles.length >= 2 && titles.every((t) => RESULT_TITLE.test(t));
}

/** The items after unit k that list its results: a run of headings at one level (and what stands between them). */
function resultItems(outline: OutlineUnit[], k: number): Span | undefined {
  const first = outline[k + 1];
  if (!first || first.kind !== 'heading' || !first.marker) return undefined;
  let last = first;
  for (let j = k + 2; j < outline.length; j++) {
    const v = outline[j]!;
    // A heading above the items, or a paragraph outside any of them, ends the list; an item's own lines do not.
    if (v.kind === 'heading' && v.level < first.level) break;
    if (v.kind === 'heading' && v.level === first.level) last = v;
    else if (v.parent === undefined) break;
  }
  return { start: first.start, end: last.end };
}

/**
 * The sections under a heading of a review of the past, from the heading to the next heading of its level or above; and
 * results a sentence announces and lists item by item (see resultItems).
 */
function reviewSections(text: string, outline: OutlineUnit[]): Span[] {
  const out: Span[] = [];
  for (let k = 0; k < outline.length; k++) {
    const u = outline[k]!;
    // An attachment's caption alone (附件) has its title on the next line (…主要指标完成情况).
    const next = outline[k + 1];
    const bareCaption = u.kind === 'heading' && /^附[件表]/.test(u.marker) && (!u.title || /^附[件表][0-9０-９一二三四五六七八九十]*$/.test(u.title));
    const captionTitle = bareCaption && next ? text.slice(next.start, next.end).split(/\r?\n/)[0]!.trim() : '';
    const title = foldForMatching(captionTitle && captionTitle.length <= 40 && !/[。；]/.test(captionTitle) ? captionTitle : u.title ?? '');
    // Results announced by a sentence (…我区数字政府建设取得阶段性成效：, as a meeting hears a report), then listed item by
    // item (（一）基础设施持续完善。…2023年完成…): the items are history, up to the last of them at their level.
    if (u.kind !== 'task-row' && RESULTS_INTRO.test(text.slice(Math.max(u.start, u.end - 40), u.end).trimEnd())) {
      const items = resultItems(outline, k);
      if (items) out.push(items);
      continue;
    }
    // Told with a full stop instead (…取得阶段性成效。), the items are results when each is titled as one (（一）工作体系逐步健全。):
    // not a plan's tasks after its background (5.驱动数字经济发展。).
    if (u.kind !== 'task-row' && RESULTS_TOLD.test(text.slice(Math.max(u.start, u.end - 40), u.end).trimEnd())) {
      const items = resultItems(outline, k);
      if (items && itemsTitledAsResults(outline, items, k)) {
        out.push(items);
        continue;
      }
    }
    if (u.kind !== 'heading' || u.level > 2 || !isReviewHeading(title)) continue;
    let end = text.length;
    for (let j = k + 1; j < outline.length; j++) {
      const v = outline[j]!;
      if (v.kind === 'heading' && v.level <= u.level) {
        end = v.start;
        break;
      }
    }
    out.push({ start: Math.min(u.start, u.titleSpan.start), end });
  }
  return out;
}

/**
 * Units as the subject of a sentence, at its start (after 。；！？ or a line break, and after an item's number:
 * （一）县政府办公室牵头，县审批服务管理局配合，…): names, then 牵头/负责 (分别负责,
 * 共同负责), perhaps after 会同 and a second body, then perhaps one clause of names that cooperate (，县医疗保障局配合).
 * Not 负责同志, 负责人, 负责制 (县委、县政府主要负责同志亲自抓), nor a heading's 牵头事项 (LEAD_HEADING reads those). Minutes and notices ask it of them: 请…牵头, 责成…负责
 * (the 请 is no part of the name). A sentence opening with a preposition (按照自治区政府办公厅牵头建设的平台部署，…) names
 * the body as the one whose work it follows, not as this plan's subject.
 * Group 1: the clause read as a unit cell.
 */
const SUBJECT_UNITS = /(?:^|[。；;！？!?])[ \t\u3000]*(?:(?:[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|[0-9０-９]{1,2}[．.、]|[一二三四五六七八九十]{1,3}[、．.])[ \t\u3000]*)?(?:请|請|责成|責成)?((?!由|按|依照|依据|依據|根据|根據|依托|参照|參照|对照|對照|比照|遵照)[^。；;：:\n（）()“”‘’《》，,]{2,40}?(?:分别|分別|共同|具体|具體)?(?:牵头|牽頭|负责|負責)(?!同志|人|制|事项|事項|[\u4e00-\u9fff]{0,2}的)(?=[，,]|[^，,。；;\n]{0,2}[\u4e00-\u9fff])(?:[，,][^。；;：:\n（）()“”，,]{2,60}?(?:配合|参与|參與|协助|協助)(?=[，,。；;]))?)/gm;
/**
 * The body reports are sent to: 报送 or 抄送 (not the 报 of 报告), then a name that ends as a body's does, closed by
 * punctuation or what the body does with them (…，报送县大数据服务中心汇总). Group 1: the name.
 */
const REPORT_TO = /(?:报送|報送|抄送)(?:至|给|給)?([^，,。；;：:\n（）()“”‘’《》、\s]{2,20}?(?:局|中心|办公室|辦公室|办|辦|委))(?=[，,。；;]|备案|備案|审核|審核|汇总|匯總|审定|審定)/g;

/** The level word of the draft's own bodies, from its title's place (某某县 → 县, 某某区 → 区, a county-level 市 → 市). */
function ownLevelWord(text: string): string | undefined {
  const head = text.slice(0, 300);
  const m = /([\u4e00-\u9fff]{1,6}?)(县|区|市)(?:人民政府|政府|数字政府|关于|“|推进|加强)/.exec(head);
  return m?.[2];
}

/** Spoken words opening a name's part of a sentence, as a dictated draft keeps them (咱们县发改局, 这个事情县工信商务局). */
const SPOKEN_FILLER_SOURCE = '(^|[，,、；;])[ \\t\\u3000]*(?:(?:咱们|我们|这个事情|这件事情?|这一块|这块|这个|那个|就是说?|然后|嗯|啊)[，,]?[ \\t\\u3000]*)+(?=[\\u4e00-\\u9fff]{0,6}?(?:县|縣|区|區|市|旗|乡|鄉|镇|鎮))';
const SPOKEN_FILLER = new RegExp(SPOKEN_FILLER_SOURCE);
const SPOKEN_FILLER_ALL = new RegExp(SPOKEN_FILLER_SOURCE, 'g');
/**
 * A verb setting up a mechanism before the body that leads it (建立县数字政府办统筹、县直部门分工负责…的机制; 明确县大数据服务中心牵头负责…;
 * 健全县数据管理局牵头负责、各部门配合的机制): no part of the body's name. Group 1: what stands before the verb.
 */
const SETTING_UP = /^([ \t\u3000]*)(?:建立健全|建立|健全|完善|明确|成立|组建|设立|形成|实行|推行|压实)(?=[\u4e00-\u9fff]{0,6}?(?:县|縣|区|區|市|旗|乡|鄉|镇|鎮)|自治区|自治區)/;

/**
 * Bodies as the subject of what they are to do, at a sentence's start: names ending as a body's name does, then 要, 应 or 须
 * and the verb (区大数据局要推进…, 县审批服务管理局应当…). Group 1: the names.
 */
const SUBJECT_DUTY = /(?:^|[。；;！？!?])[ \t\u3000]*(?:(?:[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|[0-9０-９]{1,2}[．.、]|[一二三四五六七八九十]{1,3}[、．.])[ \t\u3000]*)?((?!由|按|依照|依据|依據|根据|根據|依托|参照|參照|对照|對照)[^。；;：:\n（）()“”‘’《》，,]{1,40}?(?:局|中心|委|办|辦|办公室|辦公室|室|站|所|院|馆|館|会|會|队|隊))(?:要|应|應|须|須)(?=[\u4e00-\u9fff])/gm;
/** What every match of SUBJECT_DUTY holds: a body's last character, then 要, 应 or 须. */
const SUBJECT_DUTY_NEEDLE = /(?:局|中心|委|办|辦|室|站|所|院|馆|館|会|會|队|隊)(?:要|应|應|须|須)(?=[\u4e00-\u9fff])/g;
/**
 * A sentence opening with the bodies whose tasks it speaks of (县自然资源局、县城乡建设局承担的任务推进滞后): group 1 the names,
 * group 2 what follows them (承担的任务).
 */
const SUBJECT_CHARGED = /(?:^|[。；;！？!?])[ \t\u3000]*((?!由|按|依照|依据|根据|依托|参照|对照)[^。；;：:\n（）()“”‘’《》，,]{2,80}?(?:局|中心|委|办|辦|办公室|辦公室|室|站|所|院|馆|館|会|會|队|隊|乡|鄉|镇|鎮|街道|政府))((?:承担|承擔|负责|負責|牵头|牽頭)的(?:任务|任務|工作|事项|事項))/gm;
/**
 * A bracket of bodies and a date with no label or role word (see BARE_NOTE for one with them): （县数据局，2024年底前）,
 * （区大数据服务中心、各街道办事处，2024年6月底前）, （区委网信办、区公安分局，持续推进）. Group 1: the bodies, separated by 、.
 */
const BODIES_THEN_DATE = /[（(]((?:[^（）()\n：:，,；;。、]{2,24}?(?:局|委|办|辦|中心|政府|院|馆|館|队|隊|站|部|室|管委会|管委會|部门|部門|单位|單位|街道办事处|街道辦事處)[、和及]?){1,6})[，,；;][ \t\u3000]*(?:[0-9０-９]{4}[ \t\u3000]*年|年底前|年内|年內|持续推进|持續推進|长期坚持|長期堅持|[0-9０-９]{1,2}月底前)[^（）()\n]{0,20}[）)]/g;
/**
 * A sentence opening with a body that does the work with another (县经济和信息化局会同贺兰工业园区管委会推动…): group 1 both names,
 * joined by 会同.
 */
const SUBJECT_WITH = /(?:^|[。；;！？!?])[ \t\u3000]*(?:(?:[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|[0-9０-９]{1,2}[．.、]|[一二三四五六七八九十]{1,3}[、．.])[ \t\u3000]*)?((?!按|依照|依据|根据|依托|参照|对照)[^。；;：:\n（）()“”‘’《》，,、由]{2,30}?(?:局|中心|委|办|辦|办公室|辦公室|站|所|院|馆|館|队|隊)(?:会同|會同)[^。；;：:\n（）()“”‘’《》，,]{2,40}?(?:局|中心|委员会|委|办公室|辦公室|办|辦|站|所|院|馆|館|管委会|管委會|队|隊))(?![公会會员員室])(?=[\u4e00-\u9fff])/gm;
/** What every match of SUBJECT_WITH holds. */
const SUBJECT_WITH_NEEDLE = /会同|會同/g;
/** What every match of SUBJECT_CHARGED holds. */
const SUBJECT_CHARGED_NEEDLE = /(?:承担|承擔|负责|負責|牵头|牽頭)的(?:任务|任務|工作|事项|事項)/g;
/** The government or the Party committee of a place itself (县委, 区政府, 市人民政府), not one of its bodies. */
const GOVERNMENT_ITSELF = /^[\u4e00-\u9fff]{0,6}(?:县|縣|区|區|市|旗|乡|鄉|镇|鎮)(?:委|政府|人民政府|党委|黨委|委员会|委員會)$/;

/** Bodies of several levels together (县乡两级党委, 各级审批部门): no one body. */
const LEVELS_TOGETHER = /[两兩三四五六各]级|[两兩三四五六各]級/;

/** What every match of SUBJECT_UNITS holds. */
const SUBJECT_VERB = /牵头|牽頭|负责|負責/g;
/**
 * A clause after a comma opening with a body of the place's own level (区…, 县…, 市…, 自治区…), then 负责 or 牵头: 区大数据管理服务局负责
 * 政务云的运维保障. Group 1: the clause up to its verb, read as a unit cell.
 */
const CLAUSE_DUTY = /[，,][ \t\u3000]*((?:自治区|自治區|[县縣区區市旗])[^。；;：:\n（）()“”‘’《》，,、\s]{1,30}?(?:分别|分別|共同|具体|具體)?(?:牵头|牽頭|负责|負責)(?!同志|人|制|事项|事項|[\u4e00-\u9fff]{0,2}的))(?=[\u4e00-\u9fff])/gm;
/** A clause giving a body its part earlier in the sentence: 由…负责, …牵头, …负责. */
const DUTY_BEFORE = /负责|負責|牵头|牽頭/;

/**
 * text.matchAll(re) for a global, multiline expression whose matches never span a line break and always hold a
 * match of `needle` (global): only the lines holding `needle` are searched, each as the text up to its end, so that
 * ^, $, lookarounds and offsets read as they do in the whole text. A long draft has few such lines.
 */
function* matchAllOnLinesWith(text: string, re: RegExp, needle: RegExp): Generator<RegExpExecArray> {
  const r = new RegExp(re.source, re.flags);
  const find = new RegExp(needle.source, needle.flags);
  for (let n = find.exec(text); n; n = find.exec(text)) {
    let lineEnd = text.indexOf('\n', n.index);
    if (lineEnd < 0) lineEnd = text.length;
    const upTo = text.slice(0, lineEnd);
    r.lastIndex = text.lastIndexOf('\n', n.index) + 1;
    for (let m = r.exec(upTo); m; m = r.exec(upTo)) {
      if (m[0].length === 0) r.lastIndex++;
      yield m;
    }
    find.lastIndex = lineEnd + 1;
  }
}

/** A body's name that begins with its level, as a sentence's subject must (县电子政务办, 同心县财政局, 中卫市生态环境局). */
const LEVEL_START = /^(?:自治区|自治區|[\u4e00-\u9fff]{0,6}(?:县|縣|区|區|市|旗|州|乡|鄉|镇|鎮)|街道)/;

/** A sentence opening that gives the higher level's list as its source: 按照全区…重点任务清单，, 根据自治区任务分工，. */
const LIST_ACCOUNT = /^[ \t\u3000]*(?:按照|根据|根據|依照|对照|對照)[^，,。；;\n]{0,30}?(?:自治区|自治區|全区|全區|上级|上級|省|国家|國家)[^，,。；;\n]{0,30}?(?:清单|清單|分工)[^，,。；;\n]{0,6}[，,]/;
/** What the city's plan asks, told before a body's name in its clause (市方案要求由…, 按照市级实施方案明确的，由…). */
const CITY_PLAN_ACCOUNT = /市(?:级|級)?(?:的)?(?:方案|实施方案|實施方案|工作方案)(?:要求|明确|明確|规定|規定)/;
/** A city's body (市工业和信息化局, 市委政法委), named in a county's or district's account of the city's plan. */
const CITY_BODY = /^市/;
/** A body of a level above a city or county: 自治区…, 省…, 国家…. */
const HIGHER_BODY = /^(?:自治区|自治區|省|国家|國家|国务院|國務院)/;
/**
 * 由 + names + 会同 + names, then what they do (开展, 推进, 实施 …), with no role word (BY_UNITS reads 由…会同…牵头): group 1, the
 * names with 会同 between them. A verb inside a body's name (区推进数字政府建设领导小组办公室) is not the work.
 */
const BY_WITH = /由([^。；;：:\n（）()“”，,、]{2,30}?(?:会同|會同)[^。；;：:\n（）()“”，,]{2,40}?)(?=(?:开展|開展|推进|推進|实施|實施|组织|組織|建设|建設|完成|制定|编制|編制|做好|抓好|共同|统一|統一)(?![^，,。；;\n]{0,6}?(?:领导小组|領導小組|专班|專班|办公室|辦公室|委员会|委員會)))/g;

/** BY_UNITS with its cooperating bodies in two clauses (see where it is read): lead, first clause, last clause with its role word. */
const BY_UNITS_TWO_CLAUSES = /由([^。；;：:\n（）()“”，,]{2,60}?(?:牵头|牽頭|负责|負責))[，,]([^。；;：:\n“”，,]{2,80}?)[，,]([^。；;：:\n“”，,]{2,40}?(?:配合|参与|參與|协助|協助))/g;
/**
 * 由 + units + 牵头/负责, perhaps followed by the units that cooperate: the clause read as a unit cell.
 * The cooperating units are one clause of names (，区财政局、区大数据中心配合); a clause that goes on past
 * a comma (，主动对接自治区发展改革委、…，积极参与…) is what the lead does, not who cooperates. Not the people who
 * lead (由县委、县政府主要负责同志任组长): 负责同志, 负责人 name people, not a role.
 */
const BY_UNITS = /由([^。；;：:\n（）()“”，,]{2,60}?(?:牵头|牽頭|负责|負責|统筹|統籌|主办|主辦)(?!同志|人)(?:[，,、][^。；;：:\n（）()“”，,]{2,60}?(?:配合|参与|參與|协助|協助|协办|協辦))?)/g;

/**
 * The fields of a note's text: its label (undefined for a date written without one) and the value's
 * span within the text. Parts are split at ；; 。 and at a comma before another label or a bare date.
 */
function noteFields(inner: string): { label?: string; start: number; end: number }[] {
  // The parts: cut after ；; 。 and at the commas NOTE_COMMA finds.
  const cuts = [0];
  for (let i = 0; i < inner.length; i++) if (/[；;。]/.test(inner[i]!)) cuts.push(i + 1);
  NOTE_COMMA.lastIndex = 0;
  for (const m of inner.matchAll(NOTE_COMMA)) cuts.push(m.index! + 1);
  cuts.sort((a, b) => a - b);
  const partEnd = (k: number): number => (k + 1 < cuts.length ? cuts[k + 1]! - 1 : inner.length);
  const afterComma = (k: number): boolean => k > 0 && /[，,]/.test(inner[cuts[k]! - 1]!);
  const out: { label?: string; start: number; end: number }[] = [];
  for (let k = 0; k < cuts.length; k++) {
    const from = cuts[k]!;
    const part = inner.slice(from, partEnd(k));
    const fm = NOTE_FIELD.exec(part);
    // A date after a comma belongs to no label; a part after ；with no label is not read.
    const bareDate = !fm && afterComma(k) && BARE_DATE.test(part);
    if (!fm && !bareDate) continue;
    // A date runs over the commas that follow it, up to the next label (2023年形成机制，长期坚持;
    // 完成时限：2023年启动，2025年完成).
    let last = k;
    if (bareDate || DEADLINE_LABEL.test(fm![1]!) || isPilotLabel(fm![1]!)) {
      while (last + 1 < cuts.length && afterComma(last + 1) && !NOTE_FIELD.test(inner.slice(cuts[last + 1]!, partEnd(last + 1)))) last++;
    }
    const start = from + (fm ? fm[0].length : part.length - part.trimStart().length);
    out.push({ label: fm?.[1], start, end: from + inner.slice(from, partEnd(last)).trimEnd().length });
    k = last;
  }
  return out;
}

/** The year the draft states for itself: a signature date such as 2023年11月27日 near the top or bottom. */
function findDocumentYear(text: string): number | undefined {
  return deliveredYear(text) ?? signatureDate(text)?.year ?? coverYear(text) ?? unfilledSignatureYear(text) ?? datelineYear(text);
}

/**
 * The date a report or speech was delivered, under its title (——2024年1月8日在西夏区第十届人民代表大会第四次会议上): the
 * document's own date, whatever date a note sent round with it bears (核对说明 … 2023年12月22日).
 */
const DELIVERED = /(?:^|\n)[ \t\u3000]*[—－\-]{1,2}[ \t\u3000]*(20\d\d)[ \t\u3000]*年[ \t\u3000]*\d{1,2}[ \t\u3000]*月[ \t\u3000]*\d{1,2}[ \t\u3000]*日[ \t\u3000]*在[^\n]{2,60}?(?:会议|會議|大会|大會|会|會)上/;

function deliveredYear(text: string): number | undefined {
  const m = DELIVERED.exec(text.slice(0, 600));
  return m ? Number(m[1]) : undefined;
}

/**
 * A page's dateline, as a website or a WeChat account prints it above what it publishes (发布时间：2024-03-18 10:21,
 * 红寺堡发布  2024年04月08日 18:30  宁夏): the year it was published. Read only when nothing is signed.
 */
const DATELINE = /(?:(?:发布|發佈|發布)(?:时间|時間|日期)[ \t\u3000]*[：:][ \t\u3000]*(20\d\d)[-年/.]|(?:^|[\s\u3000])(20\d\d)(?:年[01]?\d月[0-3]?\d日|-[01]?\d-[0-3]?\d)[ \t\u3000]+[0-2]?\d:[0-5]\d(?![\d:]))/m;

function datelineYear(text: string): number | undefined {
  const m = DATELINE.exec(text.slice(0, 3000));
  return m ? Number(m[1] ?? m[2]) : undefined;
}

/**
 * A draft's signature date with its day (or month and day) left blank for the day it is signed (2023年8月　日, 2024年　月
 * 　日), ending its line near the draft's start or end: the year is the draft's.
 */
const UNFILLED_SIGNATURE = /(?:^|[\s\u3000】])(20\d\d)[ \t\u3000]*年[ \t\u3000]*(?:\d{1,2}[ \t\u3000]*月|[ \t\u3000]+月)[ \t\u3000]+日[ \t\u3000]*(?:\r?\n|\r|$)/;

function unfilledSignatureYear(text: string): number | undefined {
  const m = UNFILLED_SIGNATURE.exec(text.slice(0, 2000)) ?? UNFILLED_SIGNATURE.exec(text.slice(-2000));
  return m ? Number(m[1]) : undefined;
}

/**
 * The year of a cover's date (a report's or slides' first page: 贺兰县数字政府建设推进情况汇报 / 贺兰县人民政府办公室 / 2024年3月):
 * a line of the first few that is only a date, under a line naming who issues it. Read only when nothing is signed.
 */
function coverYear(text: string): number | undefined {
  const lines = text.slice(0, 600).split(/\r?\n|\r/).map((l) => l.replace(/[\s\u3000]+/g, '')).filter((l) => l.length > 0).slice(0, 6);
  for (let k = 1; k < lines.length; k++) {
    const m = /^(20\d\d)年(?:1[0-2]|[1-9])月(?:(?:[12]\d|3[01]|[1-9])日)?$/.exec(lines[k]!);
    if (m && /(?:政府|办公室|辦公室|局|委|委员会|中心|厅|廳|办|辦)$/.test(lines[k - 1]!)) return Number(m[1]);
  }
  return undefined;
}

/** The first few non-empty lines of a draft, where its title and any issuing notice stand. */
function titleLines(text: string): string[] {
  return text.slice(0, 600).split(/\r?\n|\r/).map((l) => l.trim()).filter((l) => l.length > 0).slice(0, 4);
}

/** A title joining one year's summary to a later year's plan: the plan's year is captured. */
const SUMMARY_THEN_PLAN = /20\d\d\s*年[^，。；]{0,20}?(?:工作)?(?:总结|總結)(?:和|及|暨|与|與|、)[^，。；年]{0,8}?(20\d\d)\s*年[^，。；]{0,20}?(?:要点|要點|计划|計劃|工作安排)/;
/**
 * The one year a plan's title names (吴忠市2024年数字政府建设工作要点, 2025年度工作要点, 2025年…工作台账): the year its
 * dates without a year (6月底前, 三季度末) belong to. Undefined for a title with a period (2024—2025年); a
 * summary issued with the next year's plan (2023年…工作总结和2024年工作计划) names the plan's.
 */
function titleYear(text: string): number | undefined {
  const lines = titleLines(text);
  for (const l of lines) {
    if (!/(?:要点|計劃|计划|方案|要點|台账|臺賬|工作安排|任务清单|任務清單)[）)》]?(?:的通知)?$/.test(l)) continue;
    const years = [...l.matchAll(/(20\d\d)\s*年/g)];
    if (years.length === 1 && !/[—–\-~～至到]\s*20\d\d/.test(l)) return Number(years[0]![1]);
    // A summary of one year issued with the next year's plan (2023年数字政府建设工作总结和2024年工作计划): the plan's year.
    const summaryThenPlan = SUMMARY_THEN_PLAN.exec(l);
    if (summaryThenPlan && years.length === 2) return Number(summaryThenPlan[1]);
  }
  return undefined;
}

/**
 * Whether the draft is a township's plan: its title (or the notice that issues it) names a 镇, 乡,
 * 街道 or 苏木 as the place it is for (利通区金积镇数字政府建设工作方案, 金积镇人民政府关于印发…的通知, 关于印发《富宁街街道
 * 2024年数字化治理工作方案》的通知).
 */
function isTownshipPlan(text: string): boolean {
  const lines = titleLines(text);
  return lines.some((l) => /^(?:关于印发《|印发《)?(?:[\u4e00-\u9fff]{2,6}(?:市|区|县|旗))?[\u4e00-\u9fff]{2,5}(?:镇|乡|街道|街道办事处|苏木)(?:人民政府|党委|办事处)?(?:关于)?[^，。；]{0,40}(?:方案|要点|计划)(?:》)?(?:的通知)?$/.test(l));
}

/**
 * Whether the draft reports how the tasks stand (…关于全县数字政府建设重点任务推进情况的通报, a 督查通报): like a ledger, it
 * tracks tasks and does not set out the framework. Its title may stand below a masthead (督 查 通 报, 2024年第5期, 文号).
 */
function isProgressReport(text: string): boolean {
  const lines = text.slice(0, 800).split(/\r?\n|\r/).map((l) => l.replace(/[\s\u3000]+/g, '')).filter((l) => l.length > 0).slice(0, 8);
  return lines.some((l) => /(?:推进|进展|落实|完成|实施|推進|進展|落實|實施)情况的?(?:通报|报告|通報|報告)$/.test(l) || /^督查通报$|^督查通報$/.test(l));
}

/**
 * Whether the draft is a list of projects with their funds (…2024年项目清单及资金安排, 关于下达…项目计划的通知): its title (or
 * the notice that issues it) names one, not a plan with such a list attached.
 */
function isProjectList(text: string): boolean {
  const lines = titleLines(text);
  return lines.some((l) => /项目(?:清单|计划|計劃|库|庫)(?:及|和)?(?:资金|資金)?(?:安排|计划|計劃)?(?:[（(][^（）()]{0,12}[）)])?(?:》)?(?:的通知)?$/.test(l)) && !lines.some((l) => /方案|意见|意見|要点|要點|规划|規劃/.test(l));
}

/**
 * Whether the draft is a task ledger: its title (or the notice that issues it) names a 台账
 * (利通区数字政府建设重点任务推进台账（2024年度）, 关于印发…工作台账的通知), not a plan with a ledger attached.
 */
function isLedger(text: string): boolean {
  return titleLines(text).some((l) => /(?:台账|臺賬)(?:[（(][^（）()]{0,12}[）)])?(?:》)?(?:的通知)?$/.test(l) && !l.includes('方案'));
}

/**
 * The department whose own plan the draft is, by the name its title lines give: a title line names a department as
 * its issuer or owner (平罗县政务服务管理局文件, 县大数据中心关于印发…的通知, 宁夏回族自治区人力资源和社会保障厅文件) and the
 * text speaks of that department as its own (本局, 我局, 局机关各股室, 中心各科室, 厅机关各处室). A government, its office,
 * a zone's 管理委员会, a Party committee or a leading group issues plans for the whole place, and is no department here.
 */
function departmentIssuer(text: string): string | undefined {
  for (const l of titleLines(text)) {
    const m = DEPARTMENT_ISSUER.exec(l);
    if (!m || NOT_DEPARTMENT.test(m[1]!)) continue;
    const own = OWN_BODY[m[2]!]!;
    if (own.test(text)) return m[1]!;
  }
  // A letter one department signs for its own share (承诺单位：县卫生健康局, then 我局承诺…): that department's.
  const signer = SIGNING_DEPARTMENT.exec(text.slice(0, 400));
  if (signer && !NOT_DEPARTMENT.test(signer[1]!) && OWN_BODY[signer[2]!]!.test(text)) return signer[1]!;
  return undefined;
}

/** The department that signs a letter of commitment or responsibility, on its own line near the top (承诺单位：县卫生健康局). */
const SIGNING_DEPARTMENT = /(?:^|\n)[ \t\u3000]*(?:承诺单位|承諾單位|责任单位|責任單位)[ \t\u3000]*[：:][ \t\u3000]*((?:中共)?[\u4e00-\u9fff]{2,24}?(局|委员会|委|中心|办公室|厅))[ \t\u3000]*(?:\r?\n|$)/;

/** A department of a region or province itself (宁夏回族自治区人力资源和社会保障厅, 自治区大数据管理服务局). */
const REGIONAL_ISSUER = /^(?:中共)?(?:[\u4e00-\u9fff]{2,8}?自治区|自治区|[\u4e00-\u9fff]{2,3}省)/;

/**
 * Whether the draft is a thematic plan: its title (or the notice that issues it) names a 专项 plan
 * (同心县政务数据共享和开放专项实施方案, 关于印发《…专项行动方案》的通知).
 */
function isThematicPlan(text: string): boolean {
  return titleLines(text).some((l) => /专项(?:实施|行动|工作|推进|整治|攻坚)?方案(?:[（(][^（）()]{0,12}[）)])?(?:》)?(?:的通知)?$/.test(l));
}

/** The reform a plan's title names (see NAMED_REFORM_PLAN), or undefined. */
function namedReform(text: string): string | undefined {
  for (const l of titleLines(text)) {
    const m = NAMED_REFORM_PLAN.exec(l);
    if (m) return m[1];
  }
  return undefined;
}

/**
 * A plan for one named reform or service (海原县推进“高效办成一件事”实施方案, 关于深化“一网通办”改革的工作方案): its title quotes
 * the reform's name and does not name 数字政府 as a whole.
 */
const NAMED_REFORM_PLAN = /^(?![^\n]*(?:数字政府|數字政府))[^\n]*“([^”\n]{2,16})”[^“”\n]{0,12}(?:实施方案|工作方案|行动方案|改革方案|实施意见)(?:[（(][^（）()]{0,12}[）)])?(?:》)?(?:的通知)?$/;

/**
 * Whether the draft amends a plan rather than setting one out: its title (or the notice that issues it)
 * adjusts, changes or adds to a plan's tasks (关于调整《利通区加强数字政府建设实施方案》部分任务的通知,
 * 关于变更部分重点任务牵头单位的通知). A revised plan issued whole (《…（修订版）》) is a plan.
 */
function isAmendment(text: string): boolean {
  return titleLines(text).some(
    (l) =>
      /关于(?:调整|变更|修改|补充)《[^》]{2,60}》[^，。；《》]{0,24}的通知$/.test(l) ||
      /关于(?:调整|变更|修改|补充)[^，。；《》]{0,40}(?:任务|事项|时限|牵头单位|责任单位|责任分工)[^，。；《》]{0,8}的通知$/.test(l),
  );
}

/** A title line opening with a department's name (group 1) ending in 局, 委, 中心 or 办 (group 2). */
const DEPARTMENT_ISSUER = /^((?:中共)?[\u4e00-\u9fff]{2,24}?(局|委员会|委|中心|办公室|厅))(?:文件|关于|落实|贯彻)/;
/** Issuers that speak for a whole place: a government and its office, a zone's committee, Party committees, leading groups. */
const NOT_DEPARTMENT = /人民政府|政府办公室|政府办|管理委员会|管委会|领导小组|[县市区旗州盟]委员会$|[县市区旗州盟]委$|党委$|工委$/;
/** How a department's own text names it, by the last word of its name. */
const OWN_BODY: Record<string, RegExp> = {
  局: /本局|我局|局机关|局属|局党组|局领导|全局(?!性|观|意识)/,
  委员会: /本委|我委|委机关|委属|委党组|委领导/,
  委: /本委|我委|委机关|委属|委党组|委领导/,
  中心: /本中心|我中心|中心各(?:科室|股室|部门)|中心党组|中心领导/,
  办公室: /本办|我办|办机关|办领导/,
  厅: /本厅|我厅|厅机关|厅属|厅党组|厅领导/,
};

/**
 * A list's bullet before a field of the item above (  - 牵头：…, - **完成时限**：…), as a Markdown page nests them; or a
 * Markdown quotation's mark setting the item's note apart (   > 责任单位：…；完成时限：…).
 */
const FIELD_BULLET = new RegExp(`^[ \\t\\u3000]*(?:[-*+•·][ \\t]+|[>＞][ \\t]*)(?:\\*\\*)?(?:${NOTE_LABELS}|牵头|牽頭|配合|时限|時限|完成时间|完成時間)(?:\\*\\*)?[ \\t]*[：:]`);

/** Symbols or emoji before a field's label (👥牵头：, ⏰完成时限：). Group 1: the symbols. */
const EMOJI_FIELD = new RegExp(`^((?:\\p{Extended_Pictographic}|\\p{So})(?:\\uFE0F|\\u200D|\\p{Extended_Pictographic}|\\p{So})*)[ \\t]*(?:\\*\\*)?(?:${NOTE_LABELS}|牵头|牽頭|配合|时限|時限|完成时间|完成時間)(?:\\*\\*)?[ \\t]*[：:]`, 'u');

/**
 * An item's number written in keycap emoji at a line's opening (1️⃣9️⃣提升…, as a phone types it): each keycap is a digit
 * and its marks (U+FE0F, U+20E3). Group 1: the keycaps.
 */
const KEYCAP_NUMBER = /^((?:[0-9]\uFE0F?\u20E3){1,3})/;

/**
 * The draft with the bullets of its field lines blanked (same length), so that each reads as a label line; and items
 * numbered in keycap emoji written as numbered items (1️⃣9️⃣ → "19." and spaces, same length).
 */
function readLineMarks(text: string): string {
  let out: string[] | undefined;
  someLineOpening(text, (i) => {
    const c = text[i];
    const next = text.charCodeAt(i + 1);
    if (c !== undefined && c >= '0' && c <= '9' && (next === 0xfe0f || next === 0x20e3)) {
      const m = KEYCAP_NUMBER.exec(text.slice(i, i + 9));
      if (m) {
        const digits = m[1]!.replace(/[^0-9]/g, '');
        const written = `${digits}.`.padEnd(m[1]!.length, ' ');
        out ??= text.split('');
        for (let k = 0; k < written.length; k++) out[i + k] = written[k]!;
      }
    } else if ((c === '-' || c === '*' || c === '+' || c === '•' || c === '·' || c === '>' || c === '＞') && FIELD_BULLET.test(text.slice(i, i + 40))) (out ??= text.split(''))[i] = ' ';
    else if (c !== undefined && c.charCodeAt(0) > 0x2000 && !/[\u3000-\u9fff\uff00-\uffef]/.test(c)) {
      // A symbol or an emoji before a field, as a message typed on a phone marks one (👥牵头：…, 📌完成时限：…).
      const m = EMOJI_FIELD.exec(text.slice(i, i + 40));
      if (m) {
        out ??= text.split('');
        for (let k = 0; k < m[1]!.length; k++) out[i + k] = ' ';
      }
    }
  });
  return out ? out.join('') : text;
}

/** A note's label split over two lines, after the note's bracket or a separator: groups opener, first part, break, rest. */
const SPLIT_LABEL = /([（(【；;。，,][ \t\u3000]*)([\u4e00-\u9fff]{1,5})(\r?\n[ \t\u3000]*)([\u4e00-\u9fff]{1,5})(?=[ \t\u3000]*[：:])/g;
const WHOLE_LABEL = new RegExp(`^(?:${NOTE_LABELS}|完成时间|完成時間|时限|時限)$`);
/** Whether a label's rest and its colon follow `at` (/^[ \t\u3000]*[\u4e00-\u9fff]{1,5}[ \t\u3000]*[：:]/), read by code unit. */
function labelRestAt(text: string, at: number): boolean {
  const space = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000;
  let i = at;
  while (i < text.length && space(text.charCodeAt(i))) i++;
  const from = i;
  while (i < text.length && i - from < 6) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) break;
    i++;
  }
  if (i === from || i - from > 5) return false;
  while (i < text.length && space(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  return c === 0xff1a || c === 0x3a;
}

/**
 * What is blanked before anything else, in order, each step's offsets those of the draft: the source and export
 * forms first (a page's HTML, field bullets, an office system's export, line numbers), then what stands around
 * the text (routing sheet, comments, tracked changes, page and web furniture, reference attachments).
 */
const FIRST_READINGS: readonly ((text: string) => string)[] = [
  readHtmlSource, readLineMarks, readOaExport, blankLineNumbers, blankRoutingSheet, blankQuotedMail, blankReviewComments,
  blankTrackedChanges, blankPageFurniture, blankWebPage, blankReferenceAttachments,
];

/**
 * The draft as analysis reads it: a web page's HTML source as the page shows it (see html-source.ts), an office system's paragraph ids
 * and styles (oa-export.ts), a line-numbered copy's line numbers, a document system's routing sheet (发文稿纸), the message an e-mail answers (quoted with >), reviewers' comments, a PDF's page
 * furniture (page numbers, running headers), a copied web page's furniture (menus, breadcrumb, 发布时间 and 浏览次数, 上一篇, footer),
 * attachments that reproduce a higher level's text for reference, a drafting explanation sent
 * with the draft (起草说明, 修订说明), the wording errata take back (删除…“…”, “…”更正为…), old arrangements being
 * replaced (原定…, 原由…牵头), footnote marks ([1], 中心⑦) and Markdown's bold marks blanked, every offset as in the draft.
 * `aside`, when given, receives what is still read in the drafting explanations blanked (see Aside).
 */
export function readable(text: string, aside?: Aside): string {
  if (aside) aside.signedYear = findDocumentYear(text);
  const first = FIRST_READINGS.reduce((t, read) => read(t), text);
  // Character references a web copy left (&ldquo;, 2025&nbsp;年) are read as their characters; garbled-text reports them.
  const references = findReferences(first);
  if (aside && references.length) aside.references = references;
  const sent = references.length ? readReferences(first) : first;
  // A drafting explanation is history, not the plan; but the documents it quotes (起草依据) must still be quoted
  // right, so its citations are kept aside, marked, for basis-mismatch.
  const notes = draftingNoteSpans(sent);
  if (aside && notes.length) {
    // Damaged text is damage wherever it stands: the explanations are read for it on their own (the rest blanked).
    aside.notes = blankSpans(sent, outside(notes, sent.length));
    for (const n of notes) {
      // Not the record of the opinions received, nor an opinion retold: those quote other bodies as they wrote.
      if (n.consultation) continue;
      for (const c of findCitations(sent, n.start, n.end)) {
        if (c.end > n.end) continue;
        const lineStart = sent.lastIndexOf('\n', c.start) + 1;
        const lineEnd = sent.indexOf('\n', c.end);
        if (ownAccount(sent.slice(lineStart, lineEnd < 0 ? sent.length : lineEnd))) aside.citations.push({ ...c, explanation: true });
      }
    }
  }
  const marked = blankErrata(blankSuperseded(blankRelatedArticles(blankRevisionTables(blankSpans(sent, notes)))));
  const marks = footnoteMarks(marked);
  if (aside) aside.explained = footnotes(marked);
  // Footnotes that are notes (⑦责任单位：…) are tied to their paragraphs once the outline is read (footnoteLinks).
  if (aside && marks.some((m) => m.note)) aside.footnotes = marks;
  const plain = blankFootnoteMarks(marked, marks);
  // Markdown bold marks (**推进数据共享。**, a cell **2025年底前**) are no part of the words.
  const unbold = plain.includes('**') ? plain.replace(/\*\*/g, '  ') : plain;
  // An HTML line break in a Markdown table's cell (区工信商务局（牵头）<br>区发改局), as an online document
  // exports a cell of several lines, separates what it stands between, as ； does.
  const unbroken = unbold.includes('<') ? unbold.replace(HTML_BREAK, (m) => '；'.padEnd(m.length, ' ')) : unbold;
  // A scanned copy's 曰 for 日 after a date's digits (2023年6月16曰) is read as the 日 it stands for.
  const dated = ocrDayMarks(unbroken);
  return rejoinSplitLabels(dated);
}

/**
 * A note's label broken by a copy's page width (（责⏎任单位：…, …；完成时⏎限：…): the line break is moved before the label,
 * so that the label reads whole (same length; only the label's first characters move by the break's width).
 */
function rejoinSplitLabels(text: string): string {
  // Looked for from each line break (a scan of the whole text by pattern tries every ideograph).
  let split = false;
  for (let at = text.indexOf('\n'); at > 0 && !split; at = text.indexOf('\n', at + 1)) {
    const before = text.charCodeAt(text[at - 1] === '\r' ? at - 2 : at - 1);
    if (before >= 0x4e00 && before <= 0x9fff && labelRestAt(text, at + 1)) split = true;
  }
  if (!split) return text;
  return text.replace(SPLIT_LABEL, (m, open: string, a: string, br: string, b: string) => (WHOLE_LABEL.test(a + b) ? open + br + a + b : m));
}

/**
 * What analysis still reads in the drafting explanations it blanks (readable): the citations of the office's own account
 * (its 起草依据), marked `explanation`, and the explanations' text alone (the rest blanked, same length), read for damage.
 */
export interface Aside {
  citations: CitationMention[];
  notes?: string;
  /**
   * The year of the draft's signature as written, before anything was blanked: a signature after an attachment that is
   * blanked (the 征求意见采纳情况表 a 送审稿 ends with) still dates the draft.
   */
  signedYear?: number;
  /** The draft's footnote marks, when some footnote is a note (see footnoteLinks). */
  footnotes?: FootnoteMark[];
  /** The footnotes that explain, gathered under a heading (注释：[1]…), found before their marks were blanked (see footnotes). */
  explained?: Span[];
  /** The character references a copy left in the text (see findReferences), found before they were read as their characters. */
  references?: MojibakeRun[];
}

/** The spans of [0, length) outside the given ones (in order, not overlapping). */
function outside(spans: readonly Span[], length: number): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const sp of spans) {
    if (sp.start > at) out.push({ start: at, end: sp.start });
    at = Math.max(at, sp.end);
  }
  if (at < length) out.push({ start: at, end: length });
  return out;
}

/** A sub-item's number in a cell: （1）, (2), ①. */
const ITEM_NUMBER = /[（(]([0-9一二三四五六七八九十]{1,2})[）)]|([\u2460-\u2473])/g;

/** The numbered sub-items of a cell (（1）…；（2）…), each its number and the span of its text. */
function itemSpans(text: string, cell: Span): { no: string; start: number; end: number }[] {
  const value = text.slice(cell.start, cell.end);
  const marks = [...value.matchAll(ITEM_NUMBER)];
  if (marks.length < 2 || marks[0]!.index! > 2) return [];
  return marks.map((m, k) => {
    const start = cell.start + m.index! + m[0].length;
    let end = k + 1 < marks.length ? cell.start + marks[k + 1]!.index! : cell.end;
    while (end > start && /[；;，,。\s]/.test(text[end - 1]!)) end--;
    const no = m[1] ?? String(m[2]!.charCodeAt(0) - 0x2460 + 1);
    return { no: /^[0-9]+$/.test(no) ? no : String(cnNumber(no)), start, end };
  });
}

/** A date set as a target in a row's text: to be done by then (…前, 年底, 完成, 建成). */
const TARGET_DATE = /前|底|末|完成|建成|实现|上线|覆盖/;
/** A cell of bodies given place by place, wholly: parts 某某县：…；某某区：… (one or more), and nothing else. */
const PER_PLACE_CELL = /^[ \t\u3000]*[\u4e00-\u9fff]{1,5}(?:县|縣|区|區|市|旗)[：:][^；;：:\n]+(?:[；;][ \t\u3000]*[\u4e00-\u9fff]{1,5}(?:县|縣|区|區|市|旗)[：:][^；;：:\n]+)*[；;。]?[ \t\u3000]*$/;
/** One place's part of such a cell. Group 1: the place; group 2: its bodies. */
const PLACE_PART = /(?:^|[；;])[ \t\u3000]*([\u4e00-\u9fff]{1,5}(?:县|縣|区|區|市|旗))[：:][ \t\u3000]*([^；;\n]+)/g;
/** A line that only starts its work (2023年启动, 2024年3月开始试点). */
const STARTS_WORK = /^[ \t\u3000]*[0-9０-９]{4}[ \t\u3000]*年[^，,。；;\n]{0,6}?(?:启动|啟動|开始|開始|起)/;
/** A line break before a line that opens with a date (…改造⏎2025年底前…), in a cell: the break between two dates. */
const DATE_PER_LINE = /[ \t\u3000]*\r?\n[ \t\u3000]*(?=(?:到|至|力争|争取)?[0-9０-９]{4}[ \t\u3000]*年)/g;
/** A date cell saying only that the work is staged: 分年度推进, 分步实施, 分阶段完成, 逐年推进. */
const STAGED_CELL = /^(?:分年度|分步|分阶段|分批|按年度|逐年)(?:推进|推進|实施|實施|完成)$/;
/**
 * A date without a year set as a target (9月底前, 6月30日前, 年底前), also in Chinese numerals as formal documents
 * write it (六月底前, 九月三十日前) (global).
 */
const YEARLESS_TARGET = /(?:(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])月(?:(?:[0-9]{1,2}|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])[日号])?(?:底|末)?|年底|年末)(?:前|以前|之前)/g;
/** Characters a date's year or month ends with: a yearless target right after one is part of that date. */
const DATE_BEFORE = /[0-9０-９年〇○零一二三四五六七八九十]/;

/** The targets without a year in `s` (see YEARLESS_TARGET), not the month of a dated one (2024年9月底前, 二〇二四年九月底前). */
function yearlessTargets(s: string): RegExpMatchArray[] {
  return [...s.matchAll(YEARLESS_TARGET)].filter((m) => !DATE_BEFORE.test(s[m.index! - 1] ?? ''));
}

/** A yearless target as the parser reads it: its month and day in digits (九月三十日前 → 9月30日前). */
function yearlessDigits(raw: string): string {
  return /^[0-9年]/.test(raw) ? raw : raw.replace(/[一二三四五六七八九十]+(?=[月日号])/g, (n) => String(cnNumber(n)));
}

/** A title with its dates in Chinese numerals written in digits (二〇二五年重点工作 → 2025年重点工作). */
function inDigits(title: string): string {
  return asciiDates(title).text;
}

/**
 * The year a task row's table (or a prose item's section) is for, from the nearest heading above it that names one
 * year and the tasks (二、2025年重点任务, 2024年度工作任务), not a period (2024—2025年).
 */
function tableYearOf(u: OutlineUnit): { year: number; title: string } | undefined {
  for (let k = u.path.length - 1; k >= 0; k--) {
    const title = inDigits(foldForMatching(u.path[k]!));
    const years = title.match(/20[0-9]{2}/g);
    if (!years || years.length !== 1 || !/任务|工作|事项|项目|清单/.test(title) || /[—–\-~～至到]\s*20[0-9]{2}|20[0-9]{2}\s*年?\s*[—–\-~～至到]/.test(title)) continue;
    return { year: Number(years[0]), title: u.path[k]! };
  }
  return undefined;
}

/** <br>, <br/>, <br />, <BR> (global). */
const HTML_BREAK = /<br\s*\/?>/gi;

/**
 * A row numbered as another list's item (三张清单: 责任清单 or 时间清单 beside the 任务清单) matches what that item matches: its
 * own words are only its number. Sentence matches are left out, their spans being the item's.
 */
function withJoinedRows(outline: OutlineUnit[], alignments: Alignment[]): Alignment[] {
  let out = alignments;
  for (const u of outline) {
    const from = u.joinedTo === undefined ? undefined : alignments[u.joinedTo];
    if (!from || !alignments[u.index]) continue;
    if (out === alignments) out = alignments.slice();
    out[u.index] = { unit: u.index, clauses: from.clauses, tasks: from.tasks };
  }
  return out;
}

/** Reads what a draft says, independent of any baseline: outline, deadlines, units, citations, mojibake. */
export function readDraft(text: string, registry?: UnitRegistry, caches?: Pick<PreparedBaseline, 'paragraphCache'>): DraftFacts {
  return drain(readDraftSteps(text, registry, caches));
}

/** readDraft in steps: pauses within the outline and between the other readings. */
export function* readDraftSteps(text: string, registry?: UnitRegistry, caches?: Pick<PreparedBaseline, 'paragraphCache'>): Steps<DraftFacts> {
  // Reviewers' comments are not the plan (same length: every offset holds).
  return yield* onReflowed(text, (t) => {
    const aside: Aside = { citations: [] };
    return readBlankedSteps(readable(t, aside), registry, caches, aside);
  }, mapFacts);
}

/**
 * Runs a reading of the draft on its text with any layout table reflowed (see layout-table.ts): each row's
 * cells on one line, at the same length. Every span of what it finds is mapped back to the draft.
 */
function* onReflowed<T>(text: string, run: (text: string) => Steps<T>, mapBack: (found: T, map: Int32Array) => T): Steps<T> {
  // A PDF copy's hard-wrapped paragraphs joined first (see hard-wrap.ts), then its layout tables reflowed.
  const unwrapped = unwrapHardWrapped(text);
  const reflow = reflowLayoutTables(unwrapped ? unwrapped.text : text);
  if (!unwrapped) return reflow ? mapBack(yield* run(reflow.text), reflow.map) : yield* run(text);
  if (!reflow) return mapBack(yield* run(unwrapped.text), unwrapped.map);
  const map = reflow.map.map((at) => unwrapped.map[at]!);
  return mapBack(yield* run(reflow.text), map);
}

function mapFacts<F extends DraftFacts>(f: F, map: Int32Array): F {
  return { ...f, ...(f.footnotes ? { footnotes: mapSpans(f.footnotes, map) } : {}), outline: mapSpans(f.outline, map), deadlines: mapSpans(f.deadlines, map), units: mapSpans(f.units, map), citations: mapSpans(f.citations, map), mojibake: mapSpans(f.mojibake, map) };
}

function mapAnalysis<R extends AnalysisResult>(r: R, map: Int32Array): R {
  return { ...mapFacts(r, map), alignments: mapSpans(r.alignments, map), findings: mapSpans(r.findings, map) };
}

function mapChain(r: ChainResult, map: Int32Array): ChainResult {
  return { ...mapAnalysis(r, map), parents: r.parents.map((p) => ({ ...p, alignments: mapSpans(p.alignments, map) })) };
}

/**
 * Footnotes that are notes, each tied to the unit carrying its mark: the nearest mark of the same number and style
 * before it in the text (each part of a plan may number its footnotes afresh from ①).
 */
function footnoteLinks(text: string, outline: OutlineUnit[], marks: readonly FootnoteMark[]): FootnoteLink[] {
  const out: FootnoteLink[] = [];
  const last = new Map<string, FootnoteMark>();
  for (const m of marks) {
    if (!m.note) {
      last.set(m.key, m);
      continue;
    }
    const ref = last.get(m.key);
    const owner = ref && unitAt(outline, ref.start);
    if (!ref || !owner) continue;
    const end = text.indexOf('\n', m.start);
    out.push({ note: { start: m.start, end: end < 0 ? text.length : end }, owner: owner.index, start: ref.start, end: ref.end });
  }
  return out;
}

/** readDraftSteps on a text whose reviewers' comments are already blanked. */
function* readBlankedSteps(text: string, registry?: UnitRegistry, caches?: Pick<PreparedBaseline, 'paragraphCache'>, aside: Aside = { citations: [] }): Steps<DraftFacts> {
  const outline = (yield* parseOutlineSteps(text, { cache: caches?.paragraphCache })).units;
  yield;
  const documentYear = findDocumentYear(text) ?? aside.signedYear;
  const planYear = titleYear(text);
  const fields = extractFields(text, outline, registry, planYear ?? documentYear, aside.explained ?? footnotes(text));
  // A quotation of the higher level (【自治区任务】…（自治区政府办公厅牵头，2024年底前完成）) gives that level's units and dates.
  const quoted = outline.filter((u) => u.quoted);
  const notQuoted = (s: Span): boolean => !quoted.some((u) => s.start >= u.start && s.start < u.end);
  // A forwarded document's bodies and dates are its issuer's (see forwardedDocument).
  const forwarded = forwardedDocument(text);
  const own = (s: Span): boolean => notQuoted(s) && !(forwarded && s.start >= forwarded.start && s.start < forwarded.end);
  const deadlines = quoted.length || forwarded ? fields.deadlines.filter(own) : fields.deadlines;
  const units = quoted.length || forwarded ? fields.units.filter(own) : fields.units;
  yield;
  const found = findAllCitations(text);
  const citations = aside.citations.length ? [...found, ...aside.citations].sort((a, b) => a.start - b.start) : found;
  yield;
  const damage = (t: string): MojibakeRun[] => {
    const gbk = findMojibake(t);
    const copy = findCopyDamage(t).filter((d) => !gbk.some((r) => r.start < d.end && d.start < r.end));
    return copy.length ? [...gbk, ...copy].sort((a, b) => a.start - b.start) : gbk;
  };
  const damaged = aside.notes ? [...damage(text), ...damage(aside.notes)] : damage(text);
  const mojibake = aside.references ? [...damaged, ...aside.references].sort((a, b) => a.start - b.start) : aside.notes ? damaged.sort((a, b) => a.start - b.start) : damaged;
  const facts: DraftFacts = { outline, deadlines, units, citations, mojibake, documentYear };
  if (quoted.length) facts.quotedDeadlines = fields.deadlines.filter((d) => !notQuoted(d));
  const links = aside.footnotes ? footnoteLinks(text, outline, aside.footnotes) : [];
  if (links.length) facts.footnotes = links;
  if (planYear !== undefined) facts.planYear = planYear;
  const place = inferDocumentFacts(text.slice(0, PLACE_REACH)).region;
  if (place) facts.place = place;
  if (isTownshipPlan(text)) facts.township = true;
  if (isLedger(text) || isProgressReport(text)) facts.ledger = true;
  if (isProjectList(text)) facts.projectList = true;
  const issuer = departmentIssuer(text);
  if (issuer) facts.department = true;
  if (issuer && REGIONAL_ISSUER.test(issuer)) facts.regionalDepartment = true;
  if (isThematicPlan(text)) facts.thematic = true;
  const reform = namedReform(text);
  if (reform) facts.reform = reform;
  if (isAmendment(text)) facts.amendment = true;
  return facts;
}

/** Analyses a draft against a prepared baseline. Never throws. */
export function analyze(text: string, prepared: PreparedBaseline, options: AnalyzeOptions = {}): AnalysisResult {
  return drain(analyzeSteps(text, prepared, options));
}

/**
 * analyze in steps: pauses within the outline, the alignment and the coverage, and between rules,
 * so that a front end can run a large check in slices. Drained, it is analyze.
 */
export function* analyzeSteps(text: string, prepared: PreparedBaseline, options: AnalyzeOptions = {}): Steps<AnalysisResult> {
  // A draft read already (analyzeChainSteps) was read from the blanked, reflowed text.
  if (options.draft) return yield* analyzeReadSteps(text, prepared, options);
  return yield* onReflowed(text, (t) => {
    const aside: Aside = { citations: [] };
    return analyzeReadSteps(readable(t, aside), prepared, options, aside);
  }, mapAnalysis);
}

/** analyzeSteps on the text as analysis reads it (blanked, reflowed). */
function* analyzeReadSteps(text: string, prepared: PreparedBaseline, options: AnalyzeOptions, aside: Aside = { citations: [] }): Steps<AnalysisResult> {
  const problems: AnalysisProblem[] = [];
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  if (text.length > maxChars) {
    return emptyResult([{ kind: 'limit', message: `文档长度为 ${text.length} 字符，超过 ${maxChars} 字符的检查上限，未作检查。可在设置中调大上限。` }]);
  }
  let result: AnalysisResult;
  // A legend of short forms under the draft's table (注：表中单位简称：发改——县发展和改革局；…) names its bodies too.
  const given = options.registry ?? makeRegistry(prepared, options.localUnits);
  const registry = options.draft ? given : withLegend(given, readLegend(text));
  try {
    const draft = options.draft ?? (yield* readBlankedSteps(text, registry, prepared, aside));
    const alignments = withJoinedRows(draft.outline, yield* alignOutlineSteps(text, draft.outline, prepared));
    const raw = yield* computeCoverage(text, draft.outline, alignments, prepared);
    // Decisions recorded in the config take tasks out of (or into) what this level must take up.
    const decided = applyTaskDecisions(raw, prepared, options.tasks, options.level ?? 'primary', problems);
    const coverage = options.primary ? withPrimaryPillars(decided, prepared, options.primary) : decided;
    if (options.level === undefined) problems.push(...unmatchedTaskScopes(options.tasks, [prepared]));
    result = { ...draft, alignments, coverage, findings: [], problems };
  } catch (e) {
    return emptyResult([{ kind: 'rule-failed', message: `分析失败：${e instanceof Error ? e.message : String(e)}` }]);
  }
  const ctx: RuleContext = options.level === 'parent' ? { text, prepared, registry, ...result, parentLevel: true } : { text, prepared, registry, ...result };
  for (const rule of options.ruleSet ?? ALL_RULES) {
    const setting = options.rules?.[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    yield;
    try {
      for (const f of rule.check(ctx)) {
        const severity = options.rules?.[rule.id] ? (setting as Severity) : f.severity ?? rule.defaultSeverity;
        result.findings.push({ ...f, rule: rule.id, severity, baseline: prepared.baseline.id });
      }
    } catch (e) {
      problems.push({ kind: 'rule-failed', message: `规则 ${rule.id} 运行出错：${e instanceof Error ? e.message : String(e)}` });
    }
  }
  result.findings.sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule));
  return result;
}

export { squeeze };

/** What a draft is checked against beyond its primary baseline: a higher-level plan. */
export interface ParentAnalysis {
  baseline: { id: string; level: string; region: string; title: string; docNumber: string };
  /** The parent plan as prepared for analysis (clauses and tasks to quote). */
  prepared: PreparedBaseline;
  alignments: Alignment[];
  coverage: Coverage;
}

export interface ChainResult extends AnalysisResult {
  /** One entry per parent plan, nearest first. */
  parents: ParentAnalysis[];
}

/** How well a parent's part must match one of the primary's framework parts to stand for it. */
const PART_STANDS_FOR = 0.3;
const partsStandingFor = new WeakMap<PreparedBaseline, WeakMap<PreparedBaseline, Map<string, string>>>();

/**
 * The primary's framework part each of a parent plan's parts stands for (吴忠's 健全组织机构 for the region's 五个一, 厘清
 * 层级职责 for 六级贯通): the part whose own clause the parent's part's clause matches best, at PART_STANDS_FOR or above.
 * Parent pillar id → primary pillar id; made once per pair.
 */
function partsStandingForPrimary(parent: PreparedBaseline, primary: PreparedBaseline): Map<string, string> {
  let byPrimary = partsStandingFor.get(parent);
  if (!byPrimary) partsStandingFor.set(parent, (byPrimary = new WeakMap()));
  let out = byPrimary.get(primary);
  if (out) return out;
  out = new Map();
  const ownClause = new Map(primary.baseline.pillars.map((x) => [x.clauseIds[0]!, x.id]));
  for (const pillar of parent.baseline.pillars) {
    const clause = parent.clauseById.get(pillar.clauseIds[0]!);
    if (!clause) continue;
    const best = query(primary.index, clause.title, clause.text, 20).find((x) => x.doc.kind === 'clause');
    const stands = best && best.score >= PART_STANDS_FOR ? ownClause.get(best.doc.key) : undefined;
    if (stands) out.set(pillar.id, stands);
  }
  byPrimary.set(primary, out);
  return out;
}

/**
 * A parent's coverage with each part standing for a primary part the draft takes up marked taken up, by the units taking
 * the primary part up whose words match its clause (or the clause of its family): not those counted for it only by a word
 * it shares with another part (加强组织领导 in 保障措施, matched to 党的领导's clause, is no 五个一).
 */
function withPrimaryPillars(coverage: Coverage, parent: PreparedBaseline, primary: NonNullable<AnalyzeOptions['primary']>): Coverage {
  const stands = partsStandingForPrimary(parent, primary.prepared);
  const pillars = coverage.pillars.map((c) => {
    if (c.covered) return c;
    const other = primary.coverage.pillars.find((x) => x.pillarId === stands.get(c.pillarId));
    const pillar = other?.covered ? primary.prepared.baseline.pillars.find((x) => x.id === other.pillarId) : undefined;
    if (!other || !pillar) return c;
    const own = new Set(pillar.clauseIds.flatMap((id) => [id, primary.prepared.clauseById.get(id)?.parentId ?? id]));
    const units = other.units.filter((i) => primary.alignments[i]?.clauses.some((x) => own.has(x.id)));
    return units.length ? { ...c, covered: true, units } : c;
  });
  return { ...coverage, pillars };
}

/** Rules that compare a draft with a particular level; the others run once, on the primary. */
const LEVEL_RULES = new Set(['missing-pillar', 'task-uncovered', 'deadline-later-than-baseline', 'basis-mismatch']);

/**
 * Checks a draft against its primary (regional) baseline and against each parent plan at once
 * (a county plan against its city plan and the region). Every finding names the baseline it
 * comes from; units known at any level are known. Never throws.
 */
export function analyzeChain(
  text: string,
  primary: PreparedBaseline,
  parents: PreparedBaseline[],
  options: AnalyzeOptions = {},
): ChainResult {
  return drain(analyzeChainSteps(text, primary, parents, options));
}


/** analyzeChain in steps (see analyzeSteps). */
export function* analyzeChainSteps(
  text: string,
  primary: PreparedBaseline,
  parents: PreparedBaseline[],
  options: AnalyzeOptions = {},
): Steps<ChainResult> {
  return yield* onReflowed(text, (t) => {
    const aside: Aside = { citations: [] };
    return chainSteps(readable(t, aside), primary, parents, options, aside);
  }, mapChain);
}

/** analyzeChainSteps on the text as analysis reads it (blanked, reflowed). */
function* chainSteps(text: string, primary: PreparedBaseline, parents: PreparedBaseline[], options: AnalyzeOptions, aside: Aside = { citations: [] }): Steps<ChainResult> {
  // Units named in a parent plan's tasks are known units for the draft too, as the plan writes them
  // (市大数据管理服务局) and with its place's name (吴忠市大数据管理服务局).
  const parentUnits = parents.flatMap((p) => p.baseline.units.flatMap((u) => {
    const above = { region: p.baseline.region, level: p.baseline.level };
    const named = withPlaceName(u.name, p.baseline.region);
    return [{ name: u.name, aliases: u.aliases, above }, ...(named ? [{ name: named, aliases: [], above }] : [])];
  }));
  const placesAbove = parents.map((p) => ({ region: p.baseline.region, level: p.baseline.level })).filter((p) => p.region.length >= 2);
  const registry = withLegend(options.registry && !parents.length ? options.registry : makeRegistry(primary, [...(options.localUnits ?? []), ...parentUnits], placesAbove), readLegend(text));
  let draft: DraftFacts | undefined;
  try {
    if (text.length <= (options.maxChars ?? DEFAULT_MAX_CHARS)) draft = yield* readBlankedSteps(text, registry, primary, aside);
  } catch {
    draft = undefined; // analyze() reports the failure as a problem
  }
  const base = yield* analyzeSteps(text, primary, { ...options, registry, draft, level: 'primary' });
  const out: ChainResult = { ...base, parents: [] };
  out.problems.push(...unmatchedTaskScopes(options.tasks, [primary, ...parents]));
  if (base.problems.some((p) => p.kind === 'limit')) return out;
  const levelRules = (options.ruleSet ?? ALL_RULES).filter((r) => LEVEL_RULES.has(r.id));
  for (const parent of parents) {
    const r = yield* analyzeSteps(text, parent, { ...options, registry, ruleSet: levelRules, draft, level: 'parent', primary: { prepared: primary, coverage: base.coverage, alignments: base.alignments } });
    out.findings.push(...r.findings);
    out.problems.push(...r.problems);
    const b = parent.baseline;
    out.parents.push({
      baseline: { id: b.id, level: b.level, region: b.region, title: b.title, docNumber: b.docNumber },
      prepared: parent,
      alignments: r.alignments,
      coverage: r.coverage,
    });
  }
  out.findings = mergeAcrossLevels(out.findings, [primary, ...parents], text);
  out.findings.sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule) || a.baseline.localeCompare(b.baseline));
  return out;
}

/** Rules whose finding at several levels on the same place is one problem for the drafter. */
const MERGED_ACROSS_LEVELS = new Set(['missing-pillar', 'basis-mismatch', 'deadline-later-than-baseline']);

/**
 * What makes two levels' findings one problem: the same rule, place and problem; for a missing part of the
 * framework, its name alone (each level's finding points to where that level's structure would put it: the
 * draft's 三个驱动 section for the region's, another for a parent plan that orders its parts otherwise).
 */
function mergeKey(f: Finding): string {
  return f.rule === 'missing-pillar' && f.problemKey ? `${f.rule}\u0000${f.problemKey}` : `${f.rule}\u0000${f.start}\u0000${f.end}\u0000${f.problemKey ?? ''}`;
}

/**
 * One finding per problem: the same wrong 文号, the same missing pillar or the same late date found
 * against the region and a parent plan is reported once, its message naming every level concerned.
 * The nearest level's finding is kept (the parent plan's), its related quotes joined with the others'.
 */
function mergeAcrossLevels(findings: Finding[], levels: PreparedBaseline[], text: string): Finding[] {
  const labelOf = new Map(levels.map((p) => [p.baseline.id, levelLabel(p)]));
  const groups = new Map<string, Finding[]>();
  const out: Finding[] = [];
  for (const f of findings) {
    if (!MERGED_ACROSS_LEVELS.has(f.rule)) {
      out.push(f);
      continue;
    }
    const key = mergeKey(f);
    const g = groups.get(key);
    if (g) g.push(f);
    else {
      groups.set(key, [f]);
      out.push(f);
    }
  }
  return out.map((f) => {
    if (!MERGED_ACROSS_LEVELS.has(f.rule)) return f;
    const g = groups.get(mergeKey(f))!;
    if (g.length < 2) return f;
    // Parents come after the primary in `levels`; the nearest parent is the first of them.
    const order = (x: Finding) => {
      const i = levels.findIndex((p) => p.baseline.id === x.baseline);
      return i === 0 ? levels.length : i;
    };
    const [keep, ...rest] = [...g].sort((a, b) => order(a) - order(b));
    const others = [...new Set(rest.filter((x) => x.baseline !== keep!.baseline && x.message !== keep!.message).map((x) => labelOf.get(x.baseline) ?? x.baseline))];
    const related = [...keep!.related];
    for (const x of rest) for (const r of x.related) if (!related.some((y) => y.quote === r.quote)) related.push(r);
    const own = labelOf.get(keep!.baseline);
    let message = keep!.message;
    if (others.length && own && message.includes(`上级（${own}）`)) message = message.replace(`上级（${own}）`, `上级（${[own, ...others].join('、')}）`);
    else if (others.length) message = `${message}对照${others.join('、')}同样如此。`;
    // A missing part is shown where a level's structure puts it; an attachment's caption is no such place
    // when another level points to a section of the plan.
    const caption = (x: Finding) => /^[ \t\u3000]*附[件表]/.test(text.slice(x.start, x.end));
    const place = caption(keep!) ? g.find((x) => !caption(x)) : undefined;
    return place ? { ...keep!, start: place.start, end: place.end, fixes: place.fixes, message, related } : { ...keep!, message, related };
  });
}
