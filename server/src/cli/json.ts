// The CLI's JSON output: a stable contract (version 1), described by a zod schema that the
// tests validate against and the README documents.
import * as z from 'zod/mini';
import '../core/zod-locale';
import type { AnalysisResult } from '../core/analyze';
import type { Baseline } from '../core/baseline/schema';
import { LineIndex } from '../core/positions';
import type { Finding, Span } from '../core/types';

const PositionSchema = z.object({ line: z.number().check(z.int(), z.minimum(0)), character: z.number().check(z.int(), z.minimum(0)) });
const RangeSchema = z.object({ start: PositionSchema, end: PositionSchema });

export const JsonDiagnosticSchema = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning', 'information', 'hint']),
  message: z.string(),
  range: RangeSchema,
  baseline: z.string(),
  related: z.array(
    z.object({
      clauseTitle: z.optional(z.string()),
      clausePath: z.optional(z.array(z.string())),
      taskNo: z.optional(z.number().check(z.int())),
      quote: z.string(),
    }),
  ),
  fix: z.optional(
    z.object({ title: z.string(), edits: z.array(z.object({ range: RangeSchema, newText: z.string() })) }),
  ),
  /** .docx input: the 1-based paragraph number Word shows, and the paragraph's opening words.
   * .xlsx input: the row number Excel shows (`index`) and the worksheet (`sheet`). */
  paragraph: z.optional(z.object({ index: z.number().check(z.int()), quote: z.string(), sheet: z.optional(z.string()) })),
  /** .pdf and .ofd input only: the 1-based page the finding starts on. */
  page: z.optional(z.number().check(z.int())),
  /** Accepted in the suppressions file: listed, but not counted in the summary nor for --fail-on. */
  suppressed: z.optional(z.literal(true)),
  /** The reason the suppressions file gives, if any. */
  suppressionReason: z.optional(z.string()),
});

export const JsonFileSchema = z.object({
  path: z.string(),
  encoding: z.string(),
  diagnostics: z.array(JsonDiagnosticSchema),
  alignments: z.array(
    z.object({
      range: RangeSchema,
      heading: z.string(),
      kind: z.string(),
      clauses: z.array(z.object({ id: z.string(), title: z.string(), path: z.array(z.string()), score: z.number() })),
      tasks: z.array(z.number().check(z.int())),
    }),
  ),
  coverage: z.object({
    pillars: z.array(
      z.object({ family: z.string(), name: z.string(), covered: z.boolean(), lines: z.array(z.number().check(z.int())) }),
    ),
    tasks: z.object({
      applicable: z.number().check(z.int()),
      covered: z.number().check(z.int()),
      uncovered: z.array(z.number().check(z.int())),
      coveredTasks: z.array(z.object({ no: z.number().check(z.int()), lines: z.array(z.number().check(z.int())) })),
      /** Applicable tasks only mentioned (可能已覆盖, to confirm): neither covered nor in `uncovered`. */
      mentionedTasks: z.array(z.object({ no: z.number().check(z.int()), lines: z.array(z.number().check(z.int())) })),
      /** Tasks the config (`tasks`) says do not apply to this level, with the reason; not counted in `applicable`. */
      notApplicable: z.array(z.object({ no: z.number().check(z.int()), reason: z.string() })),
    }),
  }),
  problems: z.array(z.string()),
});

export const JsonOutputSchema = z.object({
  version: z.literal(1),
  baseline: z.object({ id: z.string(), docNumber: z.string(), title: z.string() }),
  files: z.array(JsonFileSchema),
  /** Files that could not be read, with the reason. */
  errors: z.array(z.object({ path: z.string(), message: z.string() })),
  summary: z.object({
    error: z.number().check(z.int()),
    warning: z.number().check(z.int()),
    information: z.number().check(z.int()),
    hint: z.number().check(z.int()),
    /** Findings accepted in the suppressions file (not in the four counts above). */
    suppressed: z.number().check(z.int()),
  }),
});
export type JsonOutput = z.infer<typeof JsonOutputSchema>;
export type JsonFile = z.infer<typeof JsonFileSchema>;

export interface ParagraphInfo {
  start: number;
  end: number;
  index: number;
  /** .xlsx: the worksheet of the row. */
  sheet?: string;
  /** .pdf and .ofd: the page the line starts on. */
  page?: number;
}

function locate(paragraphs: ParagraphInfo[], offset: number): ParagraphInfo {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paragraphs[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return paragraphs[lo]!;
}

function paragraphFor(text: string, paragraphs: ParagraphInfo[] | undefined, offset: number): { index: number; quote: string; sheet?: string } | undefined {
  if (!paragraphs?.length || paragraphs[0]!.page !== undefined) return undefined;
  const p = locate(paragraphs, offset);
  return { index: p.index, quote: text.slice(p.start, Math.min(p.end, p.start + 20)), ...(p.sheet !== undefined ? { sheet: p.sheet } : {}) };
}

export function pageFor(paragraphs: ParagraphInfo[] | undefined, offset: number): number | undefined {
  if (!paragraphs?.length || paragraphs[0]!.page === undefined) return undefined;
  return locate(paragraphs, offset).page;
}

export function toJsonFile(
  path: string,
  encoding: string,
  text: string,
  result: AnalysisResult,
  paragraphs?: ParagraphInfo[],
): JsonFile {
  const lines = new LineIndex(text);
  const range = (s: Span) => ({ start: lines.positionAt(s.start), end: lines.positionAt(s.end) });
  const diag = (f: Finding) => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    range: range(f),
    baseline: f.baseline,
    related: f.related.map((r) => ({
      ...(r.clauseTitle !== undefined ? { clauseTitle: r.clauseTitle } : {}),
      ...(r.clausePath ? { clausePath: r.clausePath } : {}),
      ...(r.taskNo !== undefined ? { taskNo: r.taskNo } : {}),
      quote: r.quote,
    })),
    ...(f.fixes[0]
      ? { fix: { title: f.fixes[0].title, edits: f.fixes[0].edits.map((e) => ({ range: range(e.span), newText: e.newText })) } }
      : {}),
    ...(paragraphFor(text, paragraphs, f.start) ? { paragraph: paragraphFor(text, paragraphs, f.start) } : {}),
    ...(pageFor(paragraphs, f.start) !== undefined ? { page: pageFor(paragraphs, f.start) } : {}),
    ...(f.suppressed ? { suppressed: true as const, ...(f.suppressed.reason ? { suppressionReason: f.suppressed.reason } : {}) } : {}),
  });
  const lineOf = (i: number) => lines.positionAt(result.outline[i]!.start).line;
  return {
    path,
    encoding,
    diagnostics: result.findings.map(diag),
    alignments: result.alignments
      .filter((a) => a.clauses.length || a.tasks.length)
      .map((a) => {
        const u = result.outline[a.unit]!;
        return {
          range: range(u.titleSpan.end > u.titleSpan.start ? u.titleSpan : { start: u.start, end: Math.min(u.end, u.start + 20) }),
          heading: u.title,
          kind: u.kind,
          clauses: a.clauses,
          tasks: a.tasks.map((t) => t.no),
        };
      }),
    coverage: {
      pillars: result.coverage.pillars.map((p) => ({
        family: p.family, name: p.name, covered: p.covered, lines: [...new Set(p.units.map(lineOf))],
      })),
      tasks: {
        applicable: result.coverage.tasks.applicable.length,
        covered: result.coverage.tasks.covered.length,
        uncovered: result.coverage.tasks.uncovered,
        coveredTasks: result.coverage.tasks.covered.map((c) => ({ no: c.no, lines: [...new Set(c.units.map(lineOf))] })),
        mentionedTasks: result.coverage.tasks.mentioned
          .filter((m) => result.coverage.tasks.applicable.includes(m.no))
          .map((c) => ({ no: c.no, lines: [...new Set(c.units.map(lineOf))] })),
        notApplicable: result.coverage.tasks.notApplicable.map((t) => ({ no: t.no, reason: t.reason })),
      },
    },
    problems: result.problems.map((p) => p.message),
  };
}

export function baselineHeader(b: Baseline): JsonOutput['baseline'] {
  return { id: b.id, docNumber: b.docNumber, title: b.title };
}
