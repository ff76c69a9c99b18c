// The coverage report's model: one row per baseline task with where the draft takes it up, the
// draft's deadlines and units there, and a status in plain words. Built from the same analysis
// as the CLI's JSON; rendered as HTML, Markdown or CSV.
import type { AnalysisResult } from '../core/analyze';
import type { PreparedBaseline } from '../core/engine';
import { LineIndex } from '../core/positions';
import type { OutlineUnit, Severity } from '../core/types';

export type TaskStatus = '已覆盖' | '时限晚于上级' | '单位待核' | '未覆盖' | '不适用本级';
export const STATUSES: TaskStatus[] = ['已覆盖', '时限晚于上级', '单位待核', '未覆盖', '不适用本级'];

export interface ReportPlace {
  /** 1-based line in the draft. */
  line: number;
  /** Heading path in the draft, outermost first, ending with the unit's own title. */
  path: string[];
  quote: string;
}

export interface ReportRow {
  no: number;
  group: string;
  content: string;
  unitsRaw: string;
  deadlineRaw: string;
  /** The task names cities or counties: this level must take it up. */
  applicable: boolean;
  status: TaskStatus;
  places: ReportPlace[];
  draftDeadlines: string[];
  draftUnits: string[];
  /** Messages of findings that concern this task. */
  notes: string[];
}

export interface ReportFinding {
  line: number;
  character: number;
  severity: Severity;
  rule: string;
  message: string;
}

export interface ReportModel {
  draft: string;
  generated: string;
  baseline: { id: string; title: string; docNumber: string; date: string };
  totals: {
    tasks: number;
    applicable: number;
    covered: number;
    uncovered: number;
    pillars: number;
    pillarsCovered: number;
    findings: Record<Severity, number>;
  };
  pillars: { family: string; name: string; covered: boolean; places: ReportPlace[] }[];
  rows: ReportRow[];
  findings: ReportFinding[];
}

function place(text: string, lines: LineIndex, u: OutlineUnit): ReportPlace {
  const line = lines.positionAt(u.start).line + 1;
  const own = u.title || text.slice(u.start, Math.min(u.end, u.start + 24)).replace(/\s+/g, '');
  const quoteStart = u.kind === 'task-row' && u.cells?.content ? u.cells.content.start : u.start;
  const raw = text.slice(quoteStart, Math.min(u.end, quoteStart + 60)).replace(/\s+/g, ' ').trim();
  return { line, path: [...u.path, own], quote: raw + (u.end - quoteStart > 60 ? '…' : '') };
}

export interface ReportOptions {
  /** The draft's name as shown in the report. */
  draft: string;
  /** The generation date (YYYY-MM-DD), passed in so output is reproducible. */
  generated: string;
}

export function buildReportModel(text: string, result: AnalysisResult, prepared: PreparedBaseline, options: ReportOptions): ReportModel {
  const lines = new LineIndex(text);
  const b = prepared.baseline;
  const takenUp = new Map(result.coverage.tasks.takenUp.map((t) => [t.no, t.units]));
  const applicable = new Set(result.coverage.tasks.applicable);
  const inUnit = (u: OutlineUnit, s: number) => s >= u.start && s < u.end;
  const rows: ReportRow[] = b.tasks.map((t) => {
    const units = (takenUp.get(t.no) ?? []).map((i) => result.outline[i]!);
    const places = units.map((u) => place(text, lines, u));
    const draftDeadlines = [...new Set(result.deadlines.filter((d) => units.some((u) => inUnit(u, d.start))).map((d) => d.deadline.raw.trim()))];
    const draftUnits = [...new Set(result.units.filter((m) => units.some((u) => inUnit(u, m.start))).map((m) => m.name))];
    const late = result.findings.filter((f) => f.rule === 'deadline-later-than-baseline' && f.related.some((r) => r.taskNo === t.no));
    const unitIssues = result.findings.filter(
      (f) => f.rule === 'unknown-unit' && f.severity !== 'hint' && units.some((u) => inUnit(u, f.start)),
    );
    let status: TaskStatus;
    if (late.length) status = '时限晚于上级';
    else if (unitIssues.length) status = '单位待核';
    else if (units.length) status = '已覆盖';
    else status = applicable.has(t.no) ? '未覆盖' : '不适用本级';
    return {
      no: t.no,
      group: t.group,
      content: t.content,
      unitsRaw: t.unitsRaw,
      deadlineRaw: t.deadline.raw,
      applicable: applicable.has(t.no),
      status,
      places,
      draftDeadlines,
      draftUnits,
      notes: [...late, ...unitIssues].map((f) => f.message),
    };
  });
  const findingCounts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  const findings = result.findings.map((f) => {
    findingCounts[f.severity]++;
    const p = lines.positionAt(f.start);
    return { line: p.line + 1, character: p.character + 1, severity: f.severity, rule: f.rule, message: f.message };
  });
  const pillars = result.coverage.pillars.map((p) => ({
    family: p.family,
    name: p.name,
    covered: p.covered,
    places: p.units.slice(0, 5).map((i) => place(text, lines, result.outline[i]!)),
  }));
  return {
    draft: options.draft,
    generated: options.generated,
    baseline: { id: b.id, title: b.title, docNumber: b.docNumber, date: b.date },
    totals: {
      tasks: b.tasks.length,
      applicable: result.coverage.tasks.applicable.length,
      covered: result.coverage.tasks.covered.length,
      uncovered: result.coverage.tasks.uncovered.length,
      pillars: pillars.length,
      pillarsCovered: pillars.filter((p) => p.covered).length,
      findings: findingCounts,
    },
    pillars,
    rows,
    findings,
  };
}
