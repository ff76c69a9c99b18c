// Code lenses on aligned headings, sub-items and task rows (对应 三、（一） · 任务14 · 2023年),
// resolved lazily into a client command (xianjie.showClause) that shows the quoted baseline text.
import type { CodeLens } from 'vscode-languageserver';
import type { Task } from '../core/baseline/schema';
import type { PreparedBaseline } from '../core/engine';
import { sourceLabel } from '../core/rules/quote';
import { toRange } from './convert';
import type { Analysis } from './documents';
import type { ShowClauseArgs } from './protocol';
import { alignmentLabel, alignmentOf, baselineLabel, clauseMarkers, clausePathLabel, taskLine } from './query';

export const SHOW_CLAUSE_COMMAND = 'xianjie.showClause';

interface LensData {
  title: string;
  baseline: string;
  clauseId?: string;
  taskNos: number[];
}

export function provideCodeLenses(a: Analysis): CodeLens[] {
  const lenses: CodeLens[] = [];
  for (const u of a.result.outline) {
    if (u.kind === 'paragraph') continue;
    const al = alignmentOf(a, u);
    const title = alignmentLabel(a, al);
    if (!al || !title) continue;
    const span = u.titleSpan.end > u.titleSpan.start ? u.titleSpan : u;
    const data: LensData = { title, baseline: a.prepared.baseline.id, clauseId: al.clauses[0]?.id, taskNos: al.tasks.map((t) => t.no) };
    lenses.push({ range: toRange(a.lines, { start: span.start, end: span.start }), data });
  }
  return lenses;
}

/** The plain-text quote shown by xianjie.showClause. */
export function clauseQuote(prepared: PreparedBaseline, clauseId: string | undefined, taskNos: number[]): ShowClauseArgs {
  const parts: string[] = [];
  const clause = clauseId ? prepared.clauseById.get(clauseId) : undefined;
  let title = baselineLabel({ prepared });
  if (clause) {
    title = `${sourceLabel(prepared.baseline)} ${clauseMarkers(clause)} ${clause.title}`;
    parts.push(clausePathLabel(clause), clause.text.trim());
  }
  const tasks = taskNos.map((n) => prepared.taskByNo.get(n)).filter((t): t is Task => !!t);
  if (tasks.length) parts.push(tasks.map((t) => taskLine(t, 400)).join('\n'));
  parts.push(`—— ${baselineLabel({ prepared })}`);
  return { title, quote: parts.join('\n\n') };
}

export function resolveCodeLens(lens: CodeLens, preparedById: (id: string) => PreparedBaseline | undefined): CodeLens {
  const data = lens.data as LensData | undefined;
  const prepared = data ? preparedById(data.baseline) : undefined;
  if (!data) return lens;
  if (!prepared) {
    lens.command = { title: data.title, command: '' };
    return lens;
  }
  const args = clauseQuote(prepared, data.clauseId, data.taskNos ?? []);
  lens.command = { title: data.title, command: SHOW_CLAUSE_COMMAND, arguments: [args] };
  return lens;
}
