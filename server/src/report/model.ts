// The coverage report's model: one row per baseline task with where the draft takes it up, the
// draft's deadlines and units there, and a status in plain words. Built from the same analysis
// as the CLI's JSON; rendered as HTML, Markdown or CSV.
import type { AnalysisResult } from '../core/analyze';
import type { PreparedBaseline } from '../core/engine';
import { LineIndex } from '../core/positions';
import type { Finding, OutlineUnit, Severity } from '../core/types';

/**
 * 可能已覆盖: no part of the draft clearly takes the task up, but a sentence mentions it (a programme
 * name it quotes, or close wording): the reviewer confirms. 不适用本级: the config records that the task does not apply here (with the reason). 已接受: the
 * task's findings are accepted in the suppressions file. 非本级任务: the list does not assign the
 * task to cities or counties and the draft does not take it up.
 */
export type TaskStatus = '已覆盖' | '时限晚于上级' | '单位待核' | '可能已覆盖' | '未覆盖' | '不适用本级' | '已接受' | '非本级任务';
export const STATUSES: TaskStatus[] = ['已覆盖', '时限晚于上级', '单位待核', '可能已覆盖', '未覆盖', '不适用本级', '已接受', '非本级任务'];
/** The reason shown on a 可能已覆盖 row. */
export const MENTIONED_REASON = '方案中有相近表述，但未明确落实该任务，请核对';

export interface ReportPlace {
  /** 1-based line in the draft. */
  line: number;
  /** Only for a PDF or OFD draft: the 1-based page the line is on. */
  page?: number;
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
  /** Messages of findings that concern this task (accepted ones say so). */
  notes: string[];
  /** Why the status holds: the recorded reason for 不适用本级, the suppressions file's reasons for 已接受. */
  reason?: string;
}

export interface ReportFinding {
  line: number;
  character: number;
  /** Only for a PDF or OFD draft: the 1-based page of the finding. */
  page?: number;
  severity: Severity;
  rule: string;
  message: string;
  /** Accepted in the suppressions file, with its reason if any. */
  accepted?: { reason?: string };
}

export interface ReportModel {
  draft: string;
  generated: string;
  baseline: { id: string; title: string; docNumber: string; date: string };
  totals: {
    tasks: number;
    applicable: number;
    covered: number;
    /** Applicable tasks only mentioned (可能已覆盖): neither counted as covered nor as uncovered. */
    mentioned: number;
    uncovered: number;
    /** Tasks recorded as not applying to this level. */
    notApplicable: number;
    /** Tasks whose findings are all accepted. */
    accepted: number;
    pillars: number;
    pillarsCovered: number;
    /** Findings by severity, accepted ones not included. */
    findings: Record<Severity, number>;
    /** Findings accepted in the suppressions file. */
    acceptedFindings: number;
  };
  pillars: { family: string; name: string; covered: boolean; places: ReportPlace[] }[];
  rows: ReportRow[];
  findings: ReportFinding[];
}

function place(text: string, lines: LineIndex, u: OutlineUnit, pageAt: ReportOptions['pageAt']): ReportPlace {
  const line = lines.positionAt(u.start).line + 1;
  const page = pageAt?.(u.start);
  const own = u.title || text.slice(u.start, Math.min(u.end, u.start + 24)).replace(/\s+/g, '');
  const quoteStart = u.kind === 'task-row' && u.cells?.content ? u.cells.content.start : u.start;
  const raw = text.slice(quoteStart, Math.min(u.end, quoteStart + 60)).replace(/\s+/g, ' ').trim();
  return { line, ...(page !== undefined ? { page } : {}), path: [...u.path, own], quote: raw + (u.end - quoteStart > 60 ? '…' : '') };
}

export interface ReportOptions {
  /** The draft's name as shown in the report. */
  draft: string;
  /** The generation date (YYYY-MM-DD), passed in so output is reproducible. */
  generated: string;
  /** Only for a PDF or OFD draft: the page holding a text offset (from the reader's paragraphs). */
  pageAt?: (offset: number) => number | undefined;
}

/** “已接受” with the reasons given, for a status cell or a note. */
function acceptedNote(findings: Finding[]): string {
  const reasons = [...new Set(findings.map((f) => f.suppressed?.reason).filter((r): r is string => !!r))];
  return reasons.length ? reasons.join('；') : '已记入抑制文件，未注明理由';
}

export function buildReportModel(text: string, result: AnalysisResult, prepared: PreparedBaseline, options: ReportOptions): ReportModel {
  const lines = new LineIndex(text);
  const b = prepared.baseline;
  const takenUp = new Map(result.coverage.tasks.takenUp.map((t) => [t.no, t.units]));
  const mentioned = new Map(result.coverage.tasks.mentioned.map((t) => [t.no, t.units]));
  const applicable = new Set(result.coverage.tasks.applicable);
  const notApplicable = new Map(result.coverage.tasks.notApplicable.map((t) => [t.no, t.reason]));
  const inUnit = (u: OutlineUnit, s: number) => s >= u.start && s < u.end;
  const rows: ReportRow[] = b.tasks.map((t) => {
    const strong = (takenUp.get(t.no) ?? []).map((i) => result.outline[i]!);
    // A task only mentioned is shown where it is mentioned, for the reviewer to confirm.
    const weak = strong.length || !applicable.has(t.no) ? [] : (mentioned.get(t.no) ?? []).map((i) => result.outline[i]!);
    const units = strong.length ? strong : weak;
    const places = units.map((u) => place(text, lines, u, options.pageAt));
    const draftDeadlines = [...new Set(result.deadlines.filter((d) => units.some((u) => inUnit(u, d.start))).map((d) => d.deadline.raw.trim()))];
    const draftUnits = [...new Set(result.units.filter((m) => units.some((u) => inUnit(u, m.start))).map((m) => m.name))];
    const late = result.findings.filter((f) => f.rule === 'deadline-later-than-baseline' && f.related.some((r) => r.taskNo === t.no));
    const unitIssues = result.findings.filter(
      (f) => f.rule === 'unknown-unit' && f.severity !== 'hint' && units.some((u) => inUnit(u, f.start)),
    );
    const live = (fs: Finding[]) => fs.filter((f) => !f.suppressed);
    const uncoveredFindings = result.findings.filter(
      (f) => f.rule === 'task-uncovered' && f.baseline === b.id && f.related.some((r) => r.taskNo === t.no),
    );
    let status: TaskStatus;
    let reason: string | undefined;
    if (notApplicable.has(t.no)) {
      status = '不适用本级';
      reason = notApplicable.get(t.no);
    } else if (live(late).length) status = '时限晚于上级';
    else if (live(unitIssues).length) status = '单位待核';
    else if (late.length || unitIssues.length) {
      status = '已接受';
      reason = acceptedNote([...late, ...unitIssues]);
    } else if (strong.length) status = '已覆盖';
    else if (!applicable.has(t.no)) status = '非本级任务';
    else if (weak.length) {
      status = '可能已覆盖';
      reason = MENTIONED_REASON;
    }
    else if (uncoveredFindings.length && !live(uncoveredFindings).length) {
      status = '已接受';
      reason = acceptedNote(uncoveredFindings);
    } else status = '未覆盖';
    // On an 已接受 row the reason line already gives the reasons; elsewhere an accepted note carries its own.
    const note = (f: Finding) => {
      if (!f.suppressed) return f.message;
      return status === '已接受' ? `已接受：${f.message}` : `已接受（${f.suppressed.reason ?? '未注明理由'}）：${f.message}`;
    };
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
      notes: [...late, ...unitIssues].map(note),
      ...(reason !== undefined ? { reason } : {}),
    };
  });
  const findingCounts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let acceptedFindings = 0;
  const findings = result.findings.map((f): ReportFinding => {
    if (f.suppressed) acceptedFindings++;
    else findingCounts[f.severity]++;
    const p = lines.positionAt(f.start);
    const page = options.pageAt?.(f.start);
    return {
      line: p.line + 1, character: p.character + 1, ...(page !== undefined ? { page } : {}), severity: f.severity, rule: f.rule, message: f.message,
      ...(f.suppressed ? { accepted: { ...(f.suppressed.reason ? { reason: f.suppressed.reason } : {}) } } : {}),
    };
  });
  const pillars = result.coverage.pillars.map((p) => ({
    family: p.family,
    name: p.name,
    covered: p.covered,
    places: p.units.slice(0, 5).map((i) => place(text, lines, result.outline[i]!, options.pageAt)),
  }));
  return {
    draft: options.draft,
    generated: options.generated,
    baseline: { id: b.id, title: b.title, docNumber: b.docNumber, date: b.date },
    totals: {
      tasks: b.tasks.length,
      applicable: result.coverage.tasks.applicable.length,
      covered: result.coverage.tasks.covered.length,
      mentioned: rows.filter((r) => r.status === '可能已覆盖').length,
      uncovered: rows.filter((r) => r.status === '未覆盖').length,
      notApplicable: rows.filter((r) => r.status === '不适用本级').length,
      accepted: rows.filter((r) => r.status === '已接受').length,
      pillars: pillars.length,
      pillarsCovered: pillars.filter((p) => p.covered).length,
      findings: findingCounts,
      acceptedFindings,
    },
    pillars,
    rows,
    findings,
  };
}
