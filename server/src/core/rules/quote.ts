// Shared wording for rules: how a baseline clause or task is quoted in messages and related info.
import type { Clause, Task } from '../baseline/schema';
import type { PreparedBaseline } from '../engine';
import { formatDeadline } from '../extract/deadlines';
import type { RelatedInfo } from '../types';

export function clauseLabel(c: Clause): string {
  const markers = c.markers.filter(Boolean).join('');
  return `${markers}${c.title}`;
}

export function quoteClause(p: PreparedBaseline, c: Clause, max = 120): RelatedInfo {
  const path = [...c.path, c.title].join(' › ');
  const body = c.text.length > max ? c.text.slice(0, max) + '…' : c.text;
  return {
    clauseTitle: c.title,
    clausePath: c.path,
    quote: `${p.baseline.docNumber} ${path}：${body}`,
  };
}

export function quoteTask(p: PreparedBaseline, t: Task): RelatedInfo {
  const content = t.content.length > 80 ? t.content.slice(0, 80) + '…' : t.content;
  return {
    taskNo: t.no,
    quote: `${p.baseline.docNumber} 任务清单第${t.no}项：${content} 责任单位：${t.unitsRaw}；完成时限：${t.deadline.raw || formatDeadline(t.deadline)}`,
  };
}
