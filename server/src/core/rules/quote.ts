// Shared wording for rules: how a baseline clause or task is quoted in messages and related info.
import type { Clause, Task } from '../baseline/schema';
import type { PreparedBaseline } from '../engine';
import { formatDeadline } from '../extract/deadlines';
import type { RelatedInfo } from '../types';

/**
 * How a quote names the document it comes from: its 文号, or its title in 《》 when it has none (a
 * parent plan cited by title, whose notice gave no number).
 */
export function sourceLabel(b: { docNumber: string; title: string }): string {
  return b.docNumber.trim() || `《${b.title}》`;
}

export function clauseLabel(c: Clause): string {
  const markers = c.markers.filter(Boolean).join('');
  return `${markers}${c.title}`;
}

export function quoteClause(p: PreparedBaseline, c: Clause, max = 120): RelatedInfo {
  const path = [...c.path, c.title].join(' › ');
  // A section's text spans lines; a quote is one line.
  const flat = c.text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  const body = flat.length > max ? flat.slice(0, max) + '…' : flat;
  return {
    clauseTitle: c.title,
    clausePath: c.path,
    quote: `${sourceLabel(p.baseline)} ${path}：${body}`,
  };
}

export function quoteTask(p: PreparedBaseline, t: Task): RelatedInfo {
  const content = t.content.length > 80 ? t.content.slice(0, 80) + '…' : t.content;
  return {
    taskNo: t.no,
    quote: `${sourceLabel(p.baseline)} 任务清单第${t.no}项：${content} 责任单位：${t.unitsRaw}；完成时限：${t.deadline.raw || formatDeadline(t.deadline)}${t.deadline.assumed ? '（未写明，按工作年度计）' : ''}`,
  };
}

/**
 * How messages name the level a finding compares against: 自治区 / 省 for regional documents,
 * the issuer for plans (吴忠市方案), so a county sees which level each finding comes from.
 */
export function levelLabel(p: PreparedBaseline): string {
  const b = p.baseline;
  if (b.level === '自治区' || b.level === '省' || b.level === '国家') return b.level;
  return `${b.region || b.level}方案`;
}
