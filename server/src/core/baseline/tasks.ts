// Baseline tasks from the three places a regional document keeps them: a task table, inline
// annotations after each measure (（责任单位：…。完成时限：…）), or the headings of a 工作要点.
import { findDeadlines, parseDeadline } from '../extract/deadlines';
import { namesLocalLevel } from '../extract/units';
import { squeeze } from '../outline';
import type { OutlineUnit } from '../types';
import { descendants } from './clauses';
import type { Clause, Deadline, Task } from './schema';
import { bigramSimilarity } from './similarity';
import { parseTaskTable, type Unparsed } from './tables';
import { roleOfLabel, taskUnitsOf, unitsRawOf, type UnitField } from './taskUnits';

function checkDeadline(raw: string, where: string, unparsed: Unparsed[]): Deadline {
  const { deadline, invalid } = parseDeadline(raw);
  if (invalid || (deadline.milestones.length === 0 && !deadline.ongoing && deadline.recurringMonth === undefined)) {
    unparsed.push({ where, text: raw, reason: invalid ?? '未识别出完成时限' });
  }
  return deadline;
}

/** Tasks from a task table; groups are linked to the body's level-1/2 headings by title similarity. */
export function tasksFromTable(text: string, clauses: Clause[], firstListedLeads: boolean, unparsed: Unparsed[]): Task[] {
  const parsed = parseTaskTable(text);
  if (parsed.headers === 0) unparsed.push({ where: '任务表', text: text.trim().slice(0, 30), reason: '没有找到表头（应含“责任单位”或“牵头单位”以及“完成时限”等列名）' });
  const tasks: Task[] = [];
  const groupTitles = clauses.filter((c) => c.kind === 'heading' && c.level <= 2);
  for (const row of parsed.rows) {
    const no = row.no ?? tasks.length + 1;
    const where = `任务${row.no ?? '?'}`;
    const deadline = checkDeadline(row.deadlineRaw, where, unparsed);
    const units = taskUnitsOf(row.unitFields, firstListedLeads);
    const unitsRaw = squeeze(unitsRawOf(row.unitFields));
    if (!unitsRaw) unparsed.push({ where, text: row.content.slice(0, 20), reason: '缺少责任单位' });
    const groupTitle = row.group.replace(/^[（(][一二三四五六七八九十]+[）)]|^[一二三四五六七八九十]+、/, '');
    const best = groupTitles.map((c) => ({ c, s: bigramSimilarity(groupTitle, c.title) })).sort((a, b) => b.s - a.s)[0];
    tasks.push({
      no,
      group: row.group,
      groupClauseIds: best && best.s > 0.3 ? [best.c.id] : [],
      content: row.content,
      unitsRaw,
      units,
      namesLocal: namesLocalLevel(units),
      deadline,
    });
  }
  unparsed.push(...parsed.unparsed);
  const seen = new Set<number>();
  for (const t of tasks) {
    if (seen.has(t.no)) unparsed.push({ where: `任务${t.no}`, text: t.content.slice(0, 20), reason: '任务序号重复' });
    seen.add(t.no);
  }
  return tasks;
}

const LABEL = '(?:责任单位|牵头单位|配合单位|责任部门|牵头部门|配合部门|責任單位|牽頭單位|配合單位|責任部門|牽頭部門|配合部門|完成时限|完成時限|完成时间|完成時間)';
const ANNOTATION = new RegExp(`[（(]\\s*(${LABEL}\\s*[：:](?:[^（()）\\n]|[（(][^（()）\\n]*[）)])*)[）)]`, 'g');
const FIELD = new RegExp(`^\\s*(${LABEL})\\s*[：:]\\s*`);
const LABEL_ANYWHERE = new RegExp(`${LABEL}\\s*[：:]`, 'g');

/** True when only blanks (or a Markdown prefix) stand between the line start and `offset`. */
function startsLine(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[\s\u3000>#*+-]*$/.test(text.slice(lineStart, offset));
}

function headingLabel(c: Clause): string {
  return `${c.marker}${c.title}`;
}

/**
 * Tasks from annotations in the body: every measure followed by `（责任单位：…。完成时限：…）` is a
 * task, numbered 1..N in document order. Its group is the nearest heading above it; its content
 * is the measure's text from the start of its paragraph (or the previous annotation) to the
 * annotation.
 */
export function tasksFromAnnotations(
  body: string,
  clauses: Clause[],
  outline: OutlineUnit[],
  clauseOfUnit: Map<number, string>,
  firstListedLeads: boolean,
  unparsed: Unparsed[],
): Task[] {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const tasks: Task[] = [];
  const covered: [number, number][] = [];
  let previousEnd = 0;
  let unitIndex = 0;
  let heading: Clause | undefined;
  for (const m of body.matchAll(ANNOTATION)) {
    const start = m.index!;
    const end = start + m[0].length;
    covered.push([start, end]);
    // The outline unit that starts the annotation's paragraph (mid-line sub-items do not count),
    // and the nearest heading clause at or above it.
    while (unitIndex + 1 < outline.length && outline[unitIndex + 1]!.start <= start) unitIndex++;
    let lineUnit = unitIndex;
    while (lineUnit > 0 && !startsLine(body, outline[lineUnit]!.start)) lineUnit--;
    const unit = outline[lineUnit];
    for (let k = unitIndex; k >= 0; k--) {
      const id = clauseOfUnit.get(k);
      const c = id ? byId.get(id) : undefined;
      if (c && c.kind === 'heading') {
        heading = c;
        break;
      }
    }
    let from = unit ? unit.start : 0;
    if (unit && unit.kind === 'heading') from = unit.titleSpan.end;
    from = Math.max(from, previousEnd);
    previousEnd = end;
    let content = squeeze(body.slice(from, start)).replace(/^[。；;，,\s]+/, '');
    if (!content && heading) content = heading.title;
    const no = tasks.length + 1;
    const where = `任务${no}（第${body.slice(0, start).split('\n').length}行）`;
    const fields: UnitField[] = [];
    let deadlineRaw = '';
    for (const part of m[1]!.split(/[；;。]/)) {
      const fm = FIELD.exec(part);
      if (!fm) {
        if (part.trim()) unparsed.push({ where, text: part.trim(), reason: '括注中无法识别的内容（应为“责任单位：…”或“完成时限：…”）' });
        continue;
      }
      const value = part.slice(fm[0].length).trim();
      if (/时限|時限|时间|時間/.test(fm[1]!)) deadlineRaw = value;
      else if (value) fields.push({ raw: value, role: roleOfLabel(fm[1]!) });
    }
    const units = taskUnitsOf(fields, firstListedLeads);
    const unitsRaw = squeeze(unitsRawOf(fields));
    if (!unitsRaw) unparsed.push({ where, text: m[0].slice(0, 30), reason: '括注缺少责任单位' });
    const deadline = checkDeadline(deadlineRaw, where, unparsed);
    tasks.push({
      no,
      group: heading ? headingLabel(heading) : '',
      groupClauseIds: heading ? [heading.id] : [],
      content,
      unitsRaw,
      units,
      namesLocal: namesLocalLevel(units),
      deadline,
    });
  }
  // Labels outside any complete annotation: a bracket or a colon is missing.
  for (const m of body.matchAll(LABEL_ANYWHERE)) {
    const at = m.index!;
    if (covered.some(([s, e]) => at >= s && at < e)) continue;
    const lineStart = body.lastIndexOf('\n', at) + 1;
    unparsed.push({
      where: `正文第${body.slice(0, at).split('\n').length}行`,
      text: body.slice(Math.max(lineStart, at - 6), at + 24).trim(),
      reason: '有“责任单位/完成时限”字样，但不在完整的括注中（缺少括号），未作为任务',
    });
  }
  return tasks;
}

/**
 * Tasks from the headings of one level (工作要点 without a task list): content is the clause's text,
 * the deadline gathers the dates written in it, units are not recorded.
 */
export function tasksFromHeadings(clauses: Clause[], level: number, defaultDeadline: string | undefined, unparsed: Unparsed[]): Task[] {
  const tasks: Task[] = [];
  const fallback = defaultDeadline ? checkDeadline(defaultDeadline, '清单 tasks.defaultDeadline', unparsed) : undefined;
  const undated: number[] = [];
  const byId = new Map(clauses.map((c) => [c.id, c]));
  for (const c of clauses.filter((x) => x.kind === 'heading' && x.level === level)) {
    const no = tasks.length + 1;
    const content = descendants(clauses, c).map((d) => d.text).join('\n').replace(/^\s*[（(]?[一二三四五六七八九十0-9]+[）)、.．]?\s*/, '');
    const found = findDeadlines(content).filter((d) => !d.invalid);
    let deadline: Deadline = {
      raw: found.map((d) => d.deadline.raw).join('；'),
      milestones: found.flatMap((d) => d.deadline.milestones),
      ongoing: false,
    };
    if (found.length === 0) {
      if (fallback) {
        deadline = { ...fallback, assumed: true };
        undated.push(no);
      } else unparsed.push({ where: `任务${no}`, text: c.title.slice(0, 20), reason: '正文中没有写明完成时限' });
    }
    const parent = c.parentId ? byId.get(c.parentId) : undefined;
    tasks.push({
      no,
      group: parent ? headingLabel(parent) : '',
      groupClauseIds: [c.id],
      content,
      unitsRaw: '',
      units: { lead: [], responsible: [], cooperating: [], collectives: [] },
      namesLocal: false,
      deadline,
    });
  }
  if (undated.length) {
    unparsed.push({ where: `任务${undated.join('、')}`, text: `共${undated.length}项`, reason: `正文没有写明完成时限，按清单的 defaultDeadline 记为“${defaultDeadline}”` });
  }
  if (tasks.length) unparsed.push({ where: '全部任务', text: `共${tasks.length}项`, reason: '按标题生成的任务不记录责任单位（正文没有逐项标注责任单位）' });
  return tasks;
}
