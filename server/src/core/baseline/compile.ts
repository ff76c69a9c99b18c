// The baseline compiler: source texts + manifest (+ optional overrides) -> Baseline data and a
// report of what was recognised and what was not. Pure: the caller reads files and writes results.
import { findDeadlines } from '../extract/deadlines';
import { expandAliases, levelOfUnit, type AliasTable } from '../extract/units';
import { foldForMatching } from '../text/fold';
import { buildClauses, descendants } from './clauses';
import { sliceSource, type Manifest } from './manifest';
import type { Overrides } from './overrides';
import { derivePillars, resolvePillarSpecs, type ResolvedPillar } from './pillars';
import { repairSource, type SourceRepair } from './repair';
import { BaselineSchema, type Baseline, type Clause, type Goal, type Pillar, type Task, type UnitEntry } from './schema';
import { bigramSimilarity } from './similarity';
import type { Unparsed } from './tables';
import { tasksFromAnnotations, tasksFromHeadings, tasksFromTable } from './tasks';

export { buildClauses, cnNumber } from './clauses';

export interface CompileReport {
  clausesByLevel: Record<string, number>;
  /** Where the tasks came from: 任务表, 正文括注, 标题, or 无. */
  tasksFrom: string;
  pillars: { name: string; clauses: number; tasks: number; origin: string }[];
  /** True when the pillars were derived from the headings (no framework given). */
  pillarsDerived: boolean;
  tasks: number;
  units: number;
  /** Tasks with a readable deadline. */
  deadlines: number;
  deadlineKinds: { dated: number; ongoing: number; none: number };
  goals: number;
  /** Encoding repairs made to the sources before compiling. */
  repairs: SourceRepair[];
  /** Lines or cells that could not be parsed, with the reason, in Chinese. */
  unparsed: Unparsed[];
  /** Mistakes in the overrides (unknown pillar names …); a front end refuses to write the baseline. */
  errors: string[];
}

export interface CompileInput {
  manifest: Manifest;
  /** Source texts by file name. */
  files: Record<string, string>;
  aliases: AliasTable;
  /** Titles from other baselines (manifest.knownTitlesFrom, resolved by the caller). */
  knownTitles?: readonly string[];
  overrides?: Overrides;
}

/** Applies pillar overrides: rename, families, remove, keywords, add. Unknown names become errors. */
function applyPillarOverrides(pillars: ResolvedPillar[], overrides: Overrides | undefined, clauses: Clause[], unparsed: Unparsed[], errors: string[]): ResolvedPillar[] {
  const o = overrides?.pillars;
  if (!o) return pillars;
  const names = (): string => pillars.map((p) => p.name).join('、') || '（无）';
  let out = pillars;
  for (const [from, to] of Object.entries(o.rename ?? {})) {
    const hit = out.filter((p) => p.name === from);
    if (!hit.length) errors.push(`pillars.rename 中的“${from}”不是已有的框架板块（已有：${names()}）`);
    for (const p of hit) {
      if (p.keywords.length === 1 && p.keywords[0] === p.name) p.keywords = [to];
      p.name = to;
    }
  }
  for (const [from, to] of Object.entries(o.families ?? {})) {
    const hit = out.filter((p) => p.family === from);
    if (!hit.length) errors.push(`pillars.families 中的“${from}”不是已有的框架（已有：${[...new Set(out.map((p) => p.family))].join('、')}）`);
    for (const p of hit) p.family = to;
  }
  for (const name of o.remove ?? []) {
    if (!out.some((p) => p.name === name)) errors.push(`pillars.remove 中的“${name}”不是已有的框架板块（已有：${names()}）`);
    out = out.filter((p) => p.name !== name);
  }
  for (const [name, words] of Object.entries(o.keywords ?? {})) {
    const hit = out.filter((p) => p.name === name);
    if (!hit.length) errors.push(`pillars.keywords 中的“${name}”不是已有的框架板块（已有：${names()}）`);
    for (const p of hit) p.keywords = words;
  }
  if (o.add?.length) {
    const before = unparsed.length;
    out = [...out, ...resolvePillarSpecs(o.add, clauses, unparsed)];
    for (const u of unparsed.slice(before)) errors.push(`pillars.add 中的“${u.where.replace(/^框架 /, '')}”${u.reason}：${u.text}`);
  }
  return out;
}

/** Assigns each task to at most one pillar per family: the deepest pillar containing its group clause. */
function assignTasks(pillars: ResolvedPillar[], tasks: Task[], clauses: Clause[]): Map<ResolvedPillar, number[]> {
  const out = new Map<ResolvedPillar, number[]>(pillars.map((p) => [p, []]));
  const families = [...new Set(pillars.map((p) => p.family))];
  for (const t of tasks) {
    const gid = t.groupClauseIds[0];
    if (!gid) continue;
    for (const family of families) {
      const members = pillars.filter((p) => p.family === family);
      const containing = members.filter((p) => gid === p.root.id || gid.startsWith(p.root.id + '.')).sort((a, b) => b.root.id.length - a.root.id.length);
      let chosen = containing[0];
      if (!chosen) {
        const inside = members.filter((p) => p.root.id.startsWith(gid + '.'));
        chosen = inside.length <= 1
          ? inside[0]
          : inside.map((p) => ({ p, s: bigramSimilarity(t.content, descendants(clauses, p.root).map((d) => d.text).join('')) })).sort((a, b) => b.s - a.s)[0]!.p;
      }
      if (chosen) out.get(chosen)!.push(t.no);
    }
  }
  return out;
}

/** Compiles a manifest and its sources into a validated baseline. */
/** A paragraph that states the goals without a heading of its own: 主要目标：到2024年底，… */
const GOALS_LABEL = /^[\s\u3000]*(?:主要目标|發展目標|主要目標|发展目标|工作目标|工作目標)[：:是为為]?[\s\u3000]*/;

/** The paragraphs of a level-1 clause from the first that starts with a goals label, when there is one. */
function goalsParagraphs(clauses: Clause[]): { clause: Clause; paras: string[] } | undefined {
  for (const c of clauses) {
    if (c.level !== 1) continue;
    const paras = c.text.split('\n');
    const at = paras.findIndex((p) => GOALS_LABEL.test(p) && /[：:是为為]/.test(p.slice(0, 8)));
    if (at >= 0) return { clause: c, paras: paras.slice(at) };
  }
  return undefined;
}

export function compileBaseline(input: CompileInput): { baseline: Baseline; report: CompileReport } {
  const { manifest, files, aliases, overrides } = input;
  const unparsed: Unparsed[] = [];
  const errors: string[] = [];
  const source = (name: string): string => {
    const t = files[name];
    if (t === undefined) throw new Error(`缺少源文件：${name}`);
    return t;
  };
  const knownTitles = [...manifest.knownTitles, ...(input.knownTitles ?? [])];
  const rawBody = sliceSource(source(manifest.body.file), manifest.body);
  const bodyRepair = repairSource(rawBody, knownTitles);
  const body = bodyRepair.text;
  const repairs = [...bodyRepair.repairs];
  for (const r of repairs) if (r.partial) unparsed.push({ where: `正文第${r.line}行`, text: r.written, reason: r.how });
  const { clauses, units: outline, clauseOfUnit } = buildClauses(body);

  // Tasks: a task table, annotations in the body, or headings.
  let tasks: Task[] = [];
  let tasksFrom = '无';
  const spec = manifest.tasks;
  if (spec && 'file' in spec) {
    const tableRepair = repairSource(sliceSource(source(spec.file), spec), knownTitles);
    repairs.push(...tableRepair.repairs.map((r) => ({ ...r, how: `任务表：${r.how}` })));
    tasks = tasksFromTable(tableRepair.text, clauses, spec.firstListedLeads, unparsed);
    tasksFrom = '任务表';
  } else if (spec && 'inline' in spec) {
    tasks = tasksFromAnnotations(body, clauses, outline, clauseOfUnit, spec.firstListedLeads, unparsed);
    tasksFrom = '正文括注';
  } else if (spec && 'headings' in spec) {
    tasks = tasksFromHeadings(clauses, spec.headings, spec.defaultDeadline, unparsed);
    tasksFrom = `第${spec.headings}级标题`;
  }

  // Framework pillars, linked to their clauses and to the tasks of their group.
  const derived = manifest.framework === undefined;
  let resolved = derived ? derivePillars(clauses) : resolvePillarSpecs(manifest.framework!, clauses, unparsed);
  resolved = applyPillarOverrides(resolved, overrides, clauses, unparsed, errors);
  const taskNosOf = assignTasks(resolved, tasks, clauses);
  const pillars: Pillar[] = resolved.map((p) => ({
    id: `${manifest.id}:${p.family}:${p.name}`,
    family: p.family,
    name: p.name,
    clauseIds: descendants(clauses, p.root).map((c) => c.id),
    taskNos: taskNosOf.get(p)!,
    keywords: p.keywords,
  }));

  // Goals: the dated sentences of 主要目标, under its own heading or, in a document without one, from
  // the paragraph of 总体要求 that starts 主要目标：(到2024年底，…) to the end of that section.
  const goals: Goal[] = [];
  const goalClause = clauses.find((c) => /主要目标|发展目标|工作目标/.test(foldForMatching(c.title)));
  const labelled = goalClause ? undefined : goalsParagraphs(clauses);
  const goalSource = goalClause ? { clause: goalClause, paras: goalClause.text.split('\n') } : labelled;
  if (goalSource) {
    for (const raw of goalSource.paras) {
      const para = raw.replace(GOALS_LABEL, '');
      const first = findDeadlines(para)[0];
      if (first && first.start < 4) goals.push({ text: para, deadline: first.deadline, clauseId: goalSource.clause.id });
    }
  }

  // Unit registry: every unit named in a task, with aliases from the alias table and the overrides.
  const extraAliases = Object.entries(overrides?.unitAliases ?? {});
  const unitMap = new Map<string, UnitEntry>();
  const addUnit = (name: string, lead?: number): void => {
    let e = unitMap.get(name);
    if (!e) {
      let found = expandAliases(name, aliases);
      // Traditional names find the (Simplified) alias table through folding.
      if (found.length === 0 && foldForMatching(name) !== name) {
        found = expandAliases(foldForMatching(name), aliases).filter((a) => foldForMatching(a) !== foldForMatching(name));
      }
      e = { name, level: levelOfUnit(name), aliases: found.filter((a) => a !== name), leads: [] };
      unitMap.set(name, e);
    }
    if (lead !== undefined && !e.leads.includes(lead)) e.leads.push(lead);
  };
  for (const t of tasks) {
    for (const n of t.units.lead) addUnit(n, t.no);
    for (const n of [...t.units.responsible, ...t.units.cooperating]) addUnit(n);
  }
  for (const [name, list] of extraAliases) {
    addUnit(name);
    const e = unitMap.get(name)!;
    for (const a of list) if (a !== name && !e.aliases.includes(a)) e.aliases.push(a);
  }
  const units = [...unitMap.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  // Segmentation dictionary: units, aliases, quoted terms, framework words, manifest extras;
  // Traditional words are added in their Simplified form too (drafts are mostly Simplified).
  const dict = new Set<string>([...manifest.dictionary, ...(overrides?.dictionary ?? [])]);
  for (const u of units) {
    dict.add(u.name);
    for (const a of u.aliases) dict.add(a);
  }
  for (const p of pillars) {
    dict.add(p.name);
    dict.add(p.family);
  }
  for (const m of body.matchAll(/[“"]([\u4e00-\u9fffA-Za-z0-9+]{2,8})[”"]/g)) dict.add(m[1]!);
  for (const w of [...dict]) dict.add(foldForMatching(w));
  const dictionary = [...dict].filter((w) => w.length >= 2).sort();

  const cites = [...body.matchAll(/《([^》]{4,60})》\s*[（(]([^）)]{4,20}[号號])[）)]/g)].map((m) => ({
    title: m[1]!,
    docNumber: m[2]!,
  }));

  const baseline: Baseline = BaselineSchema.parse({
    schemaVersion: 1,
    id: manifest.id,
    level: manifest.level,
    region: manifest.region,
    title: manifest.title,
    docNumber: manifest.docNumber,
    date: manifest.date,
    year: parseInt(manifest.date.slice(0, 4), 10),
    sources: [...new Set([manifest.body.file, ...(spec && 'file' in spec ? [spec.file] : [])])],
    supersedes: manifest.supersedes,
    cites,
    clauses,
    pillars,
    tasks,
    units,
    goals,
    dictionary,
    ...(manifest.places ? { places: manifest.places } : {}),
  });
  const clausesByLevel: Record<string, number> = {};
  for (const c of clauses) {
    const k = c.kind === 'subitem' ? '小标题' : `${c.level}级标题`;
    clausesByLevel[k] = (clausesByLevel[k] ?? 0) + 1;
  }
  const dated = tasks.filter((t) => t.deadline.milestones.length > 0).length;
  const ongoing = tasks.filter((t) => t.deadline.milestones.length === 0 && (t.deadline.ongoing || t.deadline.recurringMonth !== undefined)).length;
  const report: CompileReport = {
    clausesByLevel,
    tasksFrom,
    pillars: pillars.map((p, i) => ({ name: `${p.family}·${p.name}`, clauses: p.clauseIds.length, tasks: p.taskNos.length, origin: resolved[i]!.origin })),
    pillarsDerived: derived,
    tasks: tasks.length,
    units: units.length,
    deadlines: dated + ongoing,
    deadlineKinds: { dated, ongoing, none: tasks.length - dated - ongoing },
    goals: goals.length,
    repairs,
    unparsed,
    errors,
  };
  return { baseline, report };
}
