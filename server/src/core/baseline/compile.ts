// The baseline compiler: source texts + manifest -> Baseline data and a report of what was
// recognised. Pure: the caller reads files and writes the result.
import { findDeadlines, parseDeadline } from '../extract/deadlines';
import { levelOfUnit, namesLocalLevel, parseUnitCell, type AliasTable, expandAliases } from '../extract/units';
import { parseOutline, squeeze } from '../outline';
import type { OutlineUnit } from '../types';
import { sliceSource, type Manifest } from './manifest';
import { BaselineSchema, type Baseline, type Clause, type Goal, type Pillar, type Task, type UnitEntry } from './schema';
import { bigramSimilarity } from './similarity';

export interface CompileReport {
  clausesByLevel: Record<string, number>;
  pillars: { name: string; clauses: number; tasks: number }[];
  tasks: number;
  units: number;
  deadlines: number;
  goals: number;
  /** Lines or cells that could not be parsed, with the reason, in Chinese. */
  unparsed: { where: string; text: string; reason: string }[];
}

export interface CompileInput {
  manifest: Manifest;
  /** Source texts by file name. */
  files: Record<string, string>;
  aliases: AliasTable;
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** Converts a Chinese numeral up to 99 (一, 十二, 二十三) to a number. */
export function cnNumber(s: string): number {
  const t = s.replace(/[^一二三四五六七八九十]/g, '');
  if (!t) return NaN;
  if (t === '十') return 10;
  const i = t.indexOf('十');
  if (i < 0) return CN_DIGITS[t[0]!] ?? NaN;
  const tens = i === 0 ? 1 : CN_DIGITS[t[0]!] ?? NaN;
  const ones = i === t.length - 1 ? 0 : CN_DIGITS[t[i + 1]!] ?? NaN;
  return tens * 10 + ones;
}

function markerNumber(marker: string): number {
  const digits = marker.replace(/[^0-9０-９]/g, '').replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  if (digits) return parseInt(digits, 10);
  return cnNumber(marker);
}

/** Builds the clause tree from the outline of the body text. */
export function buildClauses(body: string): { clauses: Clause[]; units: OutlineUnit[] } {
  const { units } = parseOutline(body, { runOnSubitems: false });
  const clauses: Clause[] = [];
  const idOfUnit = new Map<number, string>();
  const subCount = new Map<string, number>();
  const texts = new Map<string, string[]>();
  let last: Clause | undefined;
  for (const u of units) {
    if (u.kind === 'paragraph' || u.kind === 'task-row') {
      if (last) texts.get(last.id)!.push(squeeze(body.slice(u.start, u.end)));
      continue;
    }
    const parentId = u.parent !== undefined ? idOfUnit.get(u.parent) : undefined;
    const parent = parentId ? clauses.find((c) => c.id === parentId) : undefined;
    let id: string;
    if (u.kind === 'subitem') {
      const key = parentId ?? 'root';
      const k = (subCount.get(key) ?? 0) + 1;
      subCount.set(key, k);
      id = `${parentId ?? '0'}.s${k}`;
    } else {
      const n = markerNumber(u.marker);
      id = parentId ? `${parentId}.${n}` : String(n);
    }
    // Duplicate numbering (a document restarting its count) keeps ids unique.
    while (clauses.some((c) => c.id === id)) id += "'";
    const clause: Clause = {
      id,
      level: u.level,
      kind: u.kind === 'subitem' ? 'subitem' : 'heading',
      marker: u.marker,
      title: u.title,
      path: parent ? [...parent.path, parent.title] : [],
      markers: parent ? [...parent.markers, u.marker] : [u.marker],
      text: '',
      parentId,
    };
    idOfUnit.set(u.index, id);
    texts.set(id, [squeeze(body.slice(u.start, u.end))]);
    clauses.push(clause);
    last = clause;
  }
  for (const c of clauses) c.text = texts.get(c.id)!.join('\n');
  return { clauses, units };
}

function findClauseByNumbers(clauses: Clause[], spec: string): Clause | undefined {
  const nums = spec.split('/').map(cnNumber);
  return clauses.find(
    (c) => c.kind === 'heading' && c.markers.length === nums.length && c.markers.every((m, i) => markerNumber(m) === nums[i]),
  );
}

function descendants(clauses: Clause[], root: Clause): Clause[] {
  return clauses.filter((c) => c.id === root.id || c.id.startsWith(root.id + '.'));
}

/** Compiles a manifest and its sources into a validated baseline. */
export function compileBaseline(input: CompileInput): { baseline: Baseline; report: CompileReport } {
  const { manifest, files, aliases } = input;
  const unparsed: CompileReport['unparsed'] = [];
  const source = (name: string): string => {
    const t = files[name];
    if (t === undefined) throw new Error(`缺少源文件：${name}`);
    return t;
  };
  const body = sliceSource(source(manifest.body.file), manifest.body);
  const { clauses } = buildClauses(body);

  // Tasks from the task list (tab-separated or Markdown table).
  const tasks: Task[] = [];
  const groupTitles = clauses.filter((c) => c.kind === 'heading' && c.level <= 2);
  if (manifest.tasks) {
    const text = sliceSource(source(manifest.tasks.file), manifest.tasks);
    const parsed = parseOutline(text);
    for (const u of parsed.units) {
      if (u.kind !== 'task-row' || !u.cells) continue;
      const group = (parsed.rowGroups.get(u.index) ?? '').replace(/\s+/g, '');
      const unitsRaw = u.cells.units ? squeeze(text.slice(u.cells.units.start, u.cells.units.end)) : '';
      const deadlineRaw = u.cells.deadline ? text.slice(u.cells.deadline.start, u.cells.deadline.end).trim() : '';
      const { deadline, invalid } = parseDeadline(deadlineRaw);
      if (invalid || deadline.milestones.length === 0 && !deadline.ongoing) {
        unparsed.push({ where: `任务${u.cells.no ?? '?'}`, text: deadlineRaw, reason: invalid ?? '未识别出完成时限' });
      }
      const { units } = parseUnitCell(unitsRaw);
      if (!unitsRaw) unparsed.push({ where: `任务${u.cells.no ?? '?'}`, text: u.title.slice(0, 20), reason: '缺少责任单位' });
      const groupTitle = group.replace(/^[（(][一二三四五六七八九十]+[）)]/, '');
      const best = groupTitles
        .map((c) => ({ c, s: bigramSimilarity(groupTitle, c.title) }))
        .sort((a, b) => b.s - a.s)[0];
      tasks.push({
        no: u.cells.no ?? tasks.length + 1,
        group,
        groupClauseIds: best && best.s > 0.3 ? [best.c.id] : [],
        content: u.title,
        unitsRaw,
        units,
        namesLocal: namesLocalLevel(units),
        deadline,
      });
    }
  }

  // Framework pillars, linked to their clauses and to the tasks of their group.
  const pillars: Pillar[] = [];
  const pillarRoots = new Map<string, Clause>();
  for (const spec of manifest.framework) {
    const root = findClauseByNumbers(clauses, spec.clause);
    if (!root) {
      unparsed.push({ where: `框架 ${spec.family}·${spec.name}`, text: spec.clause, reason: '找不到对应条款' });
      continue;
    }
    pillarRoots.set(spec.name, root);
  }
  const taskPillar = new Map<number, string[]>();
  for (const t of tasks) {
    const gid = t.groupClauseIds[0];
    if (!gid) continue;
    // Pillars whose clause is the group clause itself, or lies inside it (shared groups).
    const inside = [...pillarRoots].filter(([, c]) => c.id === gid || c.id.startsWith(gid + '.') || gid.startsWith(c.id + '.'));
    if (inside.length <= 1) {
      taskPillar.set(t.no, inside.map(([n]) => n));
      continue;
    }
    const best = inside
      .map(([n, c]) => ({ n, s: bigramSimilarity(t.content, descendants(clauses, c).map((d) => d.text).join('')) }))
      .sort((a, b) => b.s - a.s)[0]!;
    taskPillar.set(t.no, [best.n]);
  }
  for (const spec of manifest.framework) {
    const root = pillarRoots.get(spec.name);
    if (!root) continue;
    const taskNos = tasks.filter((t) => (taskPillar.get(t.no) ?? []).includes(spec.name)).map((t) => t.no);
    pillars.push({
      id: `${manifest.id}:${spec.family}:${spec.name}`,
      family: spec.family,
      name: spec.name,
      clauseIds: descendants(clauses, root).map((c) => c.id),
      taskNos,
      keywords: spec.keywords.length ? spec.keywords : [spec.name],
    });
  }

  // Goals: the dated sentences of 主要目标.
  const goals: Goal[] = [];
  const goalClause = clauses.find((c) => /主要目标|发展目标|工作目标/.test(c.title));
  if (goalClause) {
    for (const para of goalClause.text.split('\n')) {
      const found = findDeadlines(para);
      const first = found[0];
      if (first && first.start < 4) goals.push({ text: para, deadline: first.deadline, clauseId: goalClause.id });
    }
  }

  // Unit registry.
  const unitMap = new Map<string, UnitEntry>();
  const addUnit = (name: string, lead?: number): void => {
    let e = unitMap.get(name);
    if (!e) {
      e = { name, level: levelOfUnit(name), aliases: expandAliases(name, aliases).filter((a) => a !== name), leads: [] };
      unitMap.set(name, e);
    }
    if (lead !== undefined && !e.leads.includes(lead)) e.leads.push(lead);
  };
  for (const t of tasks) {
    for (const n of t.units.lead) addUnit(n, t.no);
    for (const n of [...t.units.responsible, ...t.units.cooperating]) addUnit(n);
  }
  const units = [...unitMap.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  // Segmentation dictionary: units, aliases, quoted terms, framework words, manifest extras.
  const dict = new Set<string>(manifest.dictionary);
  for (const u of units) {
    dict.add(u.name);
    for (const a of u.aliases) dict.add(a);
  }
  for (const p of pillars) {
    dict.add(p.name);
    dict.add(p.family);
  }
  for (const m of body.matchAll(/[“"]([\u4e00-\u9fffA-Za-z0-9+]{2,8})[”"]/g)) dict.add(m[1]!);
  const dictionary = [...dict].filter((w) => w.length >= 2).sort();

  const cites = [...body.matchAll(/《([^》]{4,60})》\s*[（(]([^）)]{4,20}号)[）)]/g)].map((m) => ({
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
    sources: [...new Set([manifest.body.file, ...(manifest.tasks ? [manifest.tasks.file] : [])])],
    supersedes: manifest.supersedes,
    cites,
    clauses,
    pillars,
    tasks,
    units,
    goals,
    dictionary,
  });
  const clausesByLevel: Record<string, number> = {};
  for (const c of clauses) {
    const k = c.kind === 'subitem' ? '小标题' : `${c.level}级标题`;
    clausesByLevel[k] = (clausesByLevel[k] ?? 0) + 1;
  }
  const report: CompileReport = {
    clausesByLevel,
    pillars: pillars.map((p) => ({ name: `${p.family}·${p.name}`, clauses: p.clauseIds.length, tasks: p.taskNos.length })),
    tasks: tasks.length,
    units: units.length,
    deadlines: tasks.filter((t) => t.deadline.milestones.length || t.deadline.ongoing).length,
    goals: goals.length,
    unparsed,
  };
  return { baseline, report };
}
