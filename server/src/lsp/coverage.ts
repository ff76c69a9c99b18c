// The coverage summary (xianjie/coverage) and the status bar payload (xianjie/status) of one analysis:
// uncovered applicable tasks and missing pillars, each with the draft line where it belongs.
import { formatDeadline } from '../core/extract/deadlines';
import type { OutlineUnit } from '../core/types';
import { severityName } from './convert';
import type { Analysis } from './documents';
import type { CoveragePillar, CoverageResult, CoverageTask, NotApplicableTask, StatusParams } from './protocol';

function lineOf(a: Analysis, offset: number): number {
  return a.lines.positionAt(offset).line;
}

function baselineInfo(a: Analysis): CoverageResult['baseline'] {
  const b = a.prepared.baseline;
  return { id: b.id, title: b.title, docNumber: b.docNumber };
}

/** Draft units aligned with any of the given clause ids (or their sub-clauses). */
function unitsAlignedWith(a: Analysis, clauseIds: string[]): OutlineUnit[] {
  const out: OutlineUnit[] = [];
  for (const al of a.result.alignments) {
    if (al.clauses.some((c) => clauseIds.some((id) => c.id === id || c.id.startsWith(`${id}.`)))) out.push(a.result.outline[al.unit]!);
  }
  return out;
}

/** A finding of `rule` that names the task or pillar, for its span. */
function findingLine(a: Analysis, rule: string, match: (quoteOrTask: { taskNo?: number; message: string }) => boolean): number | undefined {
  for (const f of a.result.findings) {
    if (f.rule !== rule) continue;
    // A grouped task-uncovered finding quotes several tasks: any of them may be the one asked for.
    const taskNos = f.related.filter((r) => r.taskNo !== undefined).map((r) => r.taskNo);
    if ((taskNos.length ? taskNos : [undefined]).some((taskNo) => match({ taskNo, message: f.message }))) return lineOf(a, f.start);
  }
  return undefined;
}

function endLine(a: Analysis): number {
  return Math.max(0, a.lines.lineCount - 1);
}

export function coverageOf(a: Analysis): CoverageResult {
  const { coverage } = a.result;
  const task = (no: number): CoverageTask | undefined => {
    const t = a.prepared.taskByNo.get(no);
    if (!t) return undefined;
    const section = unitsAlignedWith(a, t.groupClauseIds)[0];
    const line = findingLine(a, 'task-uncovered', (f) => f.taskNo === no) ?? (section ? lineOf(a, section.start) : 0);
    return { no, group: t.group, content: t.content, unitsRaw: t.unitsRaw, deadline: formatDeadline(t.deadline), line };
  };
  const uncoveredTasks: CoverageTask[] = [];
  for (const no of coverage.tasks.uncovered) {
    const t = task(no);
    if (t) uncoveredTasks.push(t);
  }
  const applicable = new Set(coverage.tasks.applicable);
  const mentionedTasks: CoverageTask[] = [];
  for (const m of coverage.tasks.mentioned) {
    const t = applicable.has(m.no) ? task(m.no) : undefined;
    const u = a.result.outline[m.units[0]!];
    if (t && u) mentionedTasks.push({ ...t, line: lineOf(a, u.start) });
  }
  const notApplicableTasks: NotApplicableTask[] = [];
  for (const { no, reason } of coverage.tasks.notApplicable) {
    const t = task(no);
    if (t) notApplicableTasks.push({ ...t, reason });
  }
  const pillars: CoveragePillar[] = coverage.pillars.map((p) => {
    const lines = p.units.map((i) => a.result.outline[i]).filter((u): u is OutlineUnit => !!u).map((u) => lineOf(a, u.start));
    let suggestedLine = lines[0] ?? findingLine(a, 'missing-pillar', (f) => f.message.includes(p.name));
    if (suggestedLine === undefined) {
      // The section of a sibling pillar of the same family, else the end of the document.
      const family = coverage.pillars.find((q) => q.family === p.family && q.covered && q.units.length);
      const u = family ? a.result.outline[family.units[family.units.length - 1]!] : undefined;
      suggestedLine = u ? lineOf(a, u.end) : endLine(a);
    }
    return { id: p.pillarId, family: p.family, name: p.name, covered: p.covered, lines, suggestedLine };
  });
  return {
    uri: a.uri,
    version: a.version,
    baseline: baselineInfo(a),
    applicable: coverage.tasks.applicable.length,
    covered: coverage.tasks.covered.length,
    uncoveredTasks,
    mentionedTasks,
    notApplicableTasks,
    pillars,
    missingPillars: pillars.filter((p) => !p.covered),
  };
}

export function statusOf(a: Analysis): StatusParams {
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const d of a.diagnostics) {
    if ((d.data as { suppressed?: boolean } | undefined)?.suppressed) continue;
    counts[severityName(d.severity)]++;
  }
  const { coverage } = a.result;
  return {
    uri: a.uri,
    version: a.version,
    covered: coverage.tasks.covered.length,
    applicable: coverage.tasks.applicable.length,
    notApplicable: coverage.tasks.notApplicable.length,
    suppressed: a.result.findings.filter((f) => f.suppressed).length,
    pillarsCovered: coverage.pillars.filter((p) => p.covered).length,
    pillarsTotal: coverage.pillars.length,
    baseline: baselineInfo(a),
    segmenter: a.prepared.segmenter.name,
    segmenterFallback: a.segmenterNotice !== undefined,
    segmenterNotice: a.segmenterNotice,
    counts,
    skipped: a.skipped,
  };
}
