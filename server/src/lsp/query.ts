// Lookups over one analysis shared by hover, completion, code lens and coverage: which unit, task,
// clause or mention sits at an offset, and short Chinese labels for baseline clauses and tasks.
import type { Clause, Task } from '../core/baseline/schema';
import { formatDeadline } from '../core/extract/deadlines';
import type { Alignment, OutlineUnit, Span } from '../core/types';
import type { Analysis } from './documents';

/** The outline unit whose span holds the offset (units are consecutive and do not overlap). */
export function unitAt(outline: OutlineUnit[], offset: number): OutlineUnit | undefined {
  let lo = 0;
  let hi = outline.length - 1;
  let best: OutlineUnit | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const u = outline[mid]!;
    if (u.start <= offset) {
      best = u;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best && offset <= best.end ? best : undefined;
}

export function within(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

export function alignmentOf(a: Analysis, unit: OutlineUnit | undefined): Alignment | undefined {
  if (!unit) return undefined;
  const al = a.result.alignments[unit.index];
  return al && al.unit === unit.index ? al : a.result.alignments.find((x) => x.unit === unit.index);
}

/** The nearest alignment with a task: the unit itself, else its enclosing headings. */
export function alignedTask(a: Analysis, unit: OutlineUnit | undefined): Task | undefined {
  let u = unit;
  for (let depth = 0; u && depth < 4; depth++) {
    const t = alignmentOf(a, u)?.tasks[0];
    if (t) return a.prepared.taskByNo.get(t.no);
    u = u.parent !== undefined ? a.result.outline[u.parent] : undefined;
  }
  return undefined;
}

/** Markers of a clause's path, e.g. 三、（一）. */
export function clauseMarkers(clause: Pick<Clause, 'markers'>): string {
  return clause.markers.filter(Boolean).join('');
}

/** Title path joined with ' › ', e.g. 聚焦“四个支撑”… › 加快构建… › 强化安全管理责任. */
export function clausePathLabel(clause: Pick<Clause, 'path' | 'title'>): string {
  return [...clause.path, clause.title].join(' › ');
}

export function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n)}…` : t;
}

export function baselineLabel(a: Pick<Analysis, 'prepared'>): string {
  const b = a.prepared.baseline;
  return b.docNumber.trim() ? `《${b.title}》（${b.docNumber}）` : `《${b.title}》`;
}

/** One line per task: 任务N：content；责任单位：…；完成时限：…. */
export function taskLine(task: Task, contentMax = 80): string {
  return `任务${task.no}：${clip(task.content, contentMax)}；责任单位：${task.unitsRaw}；完成时限：${task.deadline.raw}${task.deadline.assumed ? '（未写明，按工作年度计）' : ''}`;
}

/** The code lens label of an aligned unit: 对应 三、（一） · 任务14 · 2023年. */
export function alignmentLabel(a: Analysis, al: Alignment | undefined): string | undefined {
  if (!al || (!al.clauses.length && !al.tasks.length)) return undefined;
  const parts: string[] = [];
  const clause = al.clauses[0] ? a.prepared.clauseById.get(al.clauses[0].id) : undefined;
  if (clause) parts.push(clauseMarkers(clause) || clause.title);
  if (al.tasks.length) parts.push(`任务${al.tasks.map((t) => t.no).join('、')}`);
  const task = al.tasks[0] ? a.prepared.taskByNo.get(al.tasks[0].no) : undefined;
  if (task) parts.push(formatDeadline(task.deadline));
  return `对应 ${parts.join(' · ')}`;
}
