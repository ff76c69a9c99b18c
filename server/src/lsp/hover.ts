// Hover: the regional clause and tasks a heading or sub-item answers to, what a unit mention is,
// and which regional deadline a deadline is compared with. Markdown, short, in Chinese.
import type { ChainResult } from '../core/analyze';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { Task } from '../core/baseline/schema';
import { compareDeadlines, formatDeadline } from '../core/extract/deadlines';
import { sourceLabel } from '../core/rules/quote';
import type { DeadlineMention, OutlineUnit, UnitMention } from '../core/types';
import { toOffset, toRange } from './convert';
import type { Analysis } from './documents';
import { alignedTask, alignmentOf, baselineLabel, clauseMarkers, clausePathLabel, clip, taskLine, unitAt, within } from './query';

const ROLE: Record<UnitMention['role'], string> = {
  lead: '牵头', responsible: '负责', cooperating: '配合', unspecified: '未注明',
};

/** Escapes Markdown control characters in quoted Chinese text. */
function md(s: string): string {
  return s.replace(/([\\`*_[\]#|<>])/g, '\\$1');
}

function hover(a: Analysis, lines: string[], span: { start: number; end: number }): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') }, range: toRange(a.lines, span) };
}

function unitHover(a: Analysis, m: UnitMention): Hover {
  const known = a.registry.lookup(m.name);
  const canonical = a.registry.canonicalOf(m.name);
  const out: string[] = [];
  if (m.collective) {
    out.push(`**${md(m.name)}**：泛指的责任主体（如各县（市、区）、有关部门），不需要在单位名录中登记。`);
  } else if (known) {
    const source = known.source === 'local' ? '本地单位名录' : `基准${md(sourceLabel(a.prepared.baseline))}的单位名录`;
    out.push(`**${md(known.name)}**（规范名称，来自${source}）`);
    if (known.leads.length) out.push(`在上级任务清单中牵头：${known.leads.map((n) => `任务${n}`).join('、')}`);
  } else if (canonical) {
    out.push(`**${md(m.name)}** 是简称或别名，规范名称为 **${md(canonical)}**。`);
    const k = a.registry.lookup(canonical);
    if (k?.leads.length) out.push(`在上级任务清单中牵头：${k.leads.map((n) => `任务${n}`).join('、')}`);
  } else {
    out.push(`**${md(m.name)}**：未在基准或本地单位名录中找到。可在本地单位名录文件中登记，或改用规范名称。`);
  }
  if (m.role !== 'unspecified') out.push(`本处角色：${ROLE[m.role]}单位`);
  return hover(a, out, m);
}

/** The task a deadline is compared with: the one a deadline finding names, else the aligned task. */
function comparedTask(a: Analysis, d: DeadlineMention): Task | undefined {
  for (const f of a.result.findings) {
    if (!f.rule.startsWith('deadline') || f.end < d.start || f.start > d.end) continue;
    const no = f.related.find((r) => r.taskNo !== undefined)?.taskNo;
    if (no !== undefined) return a.prepared.taskByNo.get(no);
  }
  return alignedTask(a, unitAt(a.result.outline, d.start));
}

function deadlineHover(a: Analysis, d: DeadlineMention): Hover {
  const out = [`**完成时限**：${md(d.deadline.raw)}（按 ${md(formatDeadline(d.deadline))} 计）`];
  if (d.invalid) out.push(`⚠ ${md(d.invalid)}`);
  const task = comparedTask(a, d);
  if (task) {
    const cmp = compareDeadlines(d.deadline, task.deadline);
    const verdict = cmp === 'later' ? '晚于上级时限' : cmp === 'earlier' ? '早于上级时限' : cmp === 'same' ? '与上级时限一致' : '无法直接比较';
    // A date the higher level did not write itself (Deadline.assumed) says so.
    const assumed = task.deadline.assumed ? '，上级文件未写明该项时限，按其工作年度计' : '';
    out.push(`对照上级任务${task.no}的完成时限：**${md(task.deadline.raw)}**（${verdict}${assumed}）`);
    out.push(md(clip(task.content, 80)));
  } else {
    out.push('未找到与此处对应的上级任务。');
  }
  return hover(a, out, d);
}

function clauseHover(a: Analysis, u: OutlineUnit): Hover | null {
  const al = alignmentOf(a, u);
  if (!al || (!al.clauses.length && !al.tasks.length)) return null;
  const out: string[] = [];
  const clause = al.clauses[0] ? a.prepared.clauseById.get(al.clauses[0].id) : undefined;
  if (clause) {
    out.push(`**对应上级条款 ${md(clauseMarkers(clause))}**：${md(clausePathLabel(clause))}`);
    out.push(`> ${md(clip(clause.text, 200))}`);
  }
  out.push(`*${md(baselineLabel(a))}*`);
  const tasks = al.tasks.map((t) => a.prepared.taskByNo.get(t.no)).filter((t): t is Task => !!t);
  if (tasks.length) out.push(...tasks.map((t) => md(taskLine(t))));
  else out.push('未找到直接对应的重点任务。');
  // A county draft checked against its city plan too: quote the city clause as well.
  for (const parent of (a.result as Partial<ChainResult>).parents ?? []) {
    const pc = parent.alignments[u.index]?.clauses[0];
    const c = pc ? parent.prepared.clauseById.get(pc.id) : undefined;
    if (!c) continue;
    out.push(`**对应${md(parent.baseline.region || parent.baseline.level)}方案条款 ${md(clauseMarkers(c))}**：${md(clausePathLabel(c))}`);
    out.push(`> ${md(clip(c.text, 160))}`);
  }
  return hover(a, out, u.titleSpan.end > u.titleSpan.start ? u.titleSpan : u);
}

/** What an accepted finding at the place says: that it is accepted, where, and why. */
function acceptedLines(a: Analysis, offset: number): { lines: string[]; span?: { start: number; end: number } } {
  const here = a.result.findings.filter((f) => f.suppressed && within(f, offset));
  const file = a.settings.suppressions?.file;
  const where = file ? `抑制文件 \`${md(file.split(/[\\/]/).pop() ?? file)}\`` : '抑制文件';
  const lines = here.map((f) => {
    const why = f.suppressed?.reason ? `理由：${md(f.suppressed.reason)}` : '未注明理由';
    return `**已接受**（${md(f.rule)}，记于${where}；${why}）：${md(f.message)}`;
  });
  return { lines, span: here[0] };
}

export function provideHover(a: Analysis, position: Position): Hover | null {
  const offset = toOffset(a.lines, position);
  const accepted = acceptedLines(a, offset);
  const h = placeHover(a, offset);
  if (!accepted.lines.length) return h;
  if (!h) return hover(a, [...accepted.lines, '此处不再作为问题列出；要恢复检查，可用快速修复“取消忽略”，或从抑制文件中删除这一条。'], accepted.span!);
  const value = (h.contents as { value: string }).value;
  return { ...h, contents: { kind: MarkupKind.Markdown, value: `${accepted.lines.join('\n\n')}\n\n---\n\n${value}` } };
}

function placeHover(a: Analysis, offset: number): Hover | null {
  const r = a.result;
  const unitMention = r.units.find((m) => within(m, offset) && m.end > m.start);
  if (unitMention) return unitHover(a, unitMention);
  const deadline = r.deadlines.find((d) => within(d, offset) && d.end > d.start);
  if (deadline) return deadlineHover(a, deadline);
  const u = unitAt(r.outline, offset);
  if (!u) return null;
  if ((u.kind === 'heading' || u.kind === 'subitem') && within(u.titleSpan, offset) && u.titleSpan.end > u.titleSpan.start) {
    return clauseHover(a, u);
  }
  if (u.kind === 'task-row' && u.cells?.content && within(u.cells.content, offset)) return clauseHover(a, u);
  // A heading line's marker (一、) also counts as the heading.
  if (u.kind === 'heading' && offset >= u.start && offset < u.titleSpan.start) return clauseHover(a, u);
  return null;
}
