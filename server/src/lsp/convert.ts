// The only place that maps core results (UTF-16 offsets, rule ids, fixes) to LSP types:
// ranges, diagnostics, text edits, document symbols and folding ranges.
import {
  DiagnosticSeverity, DocumentSymbol, FoldingRange, FoldingRangeKind, SymbolKind,
  type Diagnostic, type DiagnosticRelatedInformation, type Position, type Range, type TextEdit,
} from 'vscode-languageserver';
import type { LineIndex } from '../core/positions';
import type { AnalysisProblem, Finding, Fix, OutlineUnit, Severity, Span } from '../core/types';

export const SOURCE = '衔接';

/** What a diagnostic carries for code actions: the fixes, already as LSP edits of that version. */
export interface DiagnosticData {
  version: number;
  rule: string;
  fixes: LspFix[];
  /** Index of the finding in the analysis of that version (for the decision quick fixes). */
  finding?: number;
  /** True when the suppressions file accepts the finding. */
  suppressed?: boolean;
}

export interface LspFix {
  title: string;
  preferred: boolean;
  edits: TextEdit[];
}

export function toPosition(lines: LineIndex, offset: number): Position {
  return lines.positionAt(offset);
}

export function toRange(lines: LineIndex, span: Span): Range {
  const start = lines.positionAt(span.start);
  const end = lines.positionAt(Math.max(span.start, span.end));
  return { start, end };
}

export function toOffset(lines: LineIndex, position: Position): number {
  return lines.offsetAt(position);
}

/** The range of the first line's content, where document-level messages go. */
export function topRange(lines: LineIndex): Range {
  return { start: { line: 0, character: 0 }, end: lines.positionAt(lines.lineEnd(0)) };
}

export function toSeverity(severity: Severity): DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'information':
      return DiagnosticSeverity.Information;
    default:
      return DiagnosticSeverity.Hint;
  }
}

export function severityName(s: DiagnosticSeverity | undefined): 'error' | 'warning' | 'information' | 'hint' {
  return s === DiagnosticSeverity.Error ? 'error' : s === DiagnosticSeverity.Warning ? 'warning' : s === DiagnosticSeverity.Information ? 'information' : 'hint';
}

export function toFix(lines: LineIndex, fix: Fix): LspFix {
  return {
    title: fix.title,
    preferred: fix.preferred === true,
    edits: fix.edits.map((e) => ({ range: toRange(lines, e.span), newText: e.newText })),
  };
}

const MAX_QUOTE = 300;

function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n)}…` : t;
}

/** The message of an accepted finding: says so first, with the reason. */
export function acceptedMessage(finding: Finding): string {
  const why = finding.suppressed?.reason ? `理由：${finding.suppressed.reason}` : '未注明理由';
  return `【已接受，${why}】${finding.message}`;
}

/**
 * A finding as a diagnostic. `placeAt` (the view of a PDF or Word file) names where the finding lies
 * in the original (第 3 页, 第 12 段); the message ends with it, as the CLI's text output shows it.
 */
export function toDiagnostic(finding: Finding, lines: LineIndex, uri: string, version: number, index?: number, placeAt?: (offset: number) => string | undefined): Diagnostic {
  const range = toRange(lines, finding);
  const related: DiagnosticRelatedInformation[] = finding.related
    .filter((r) => r.quote)
    .map((r) => ({
      location: { uri, range: r.span ? toRange(lines, r.span) : range },
      message: clip(r.quote, MAX_QUOTE),
    }));
  const data: DiagnosticData = { version, rule: finding.rule, fixes: finding.fixes.map((f) => toFix(lines, f)) };
  if (index !== undefined) data.finding = index;
  if (finding.suppressed) data.suppressed = true;
  const diagnostic: Diagnostic = {
    range,
    // An accepted finding stays visible as the lightest hint, saying it was accepted and why.
    severity: finding.suppressed ? DiagnosticSeverity.Hint : toSeverity(finding.severity),
    source: SOURCE,
    code: finding.rule,
    message: finding.suppressed ? acceptedMessage(finding) : finding.message,
    data,
  };
  const place = placeAt?.(finding.start);
  if (place) diagnostic.message += `（原文${place}）`;
  if (related.length) diagnostic.relatedInformation = related;
  return diagnostic;
}

/** One diagnostic at the top of the document (bad settings, failed check, analysis problems). */
export function topDiagnostic(lines: LineIndex, message: string, severity: DiagnosticSeverity, code: string): Diagnostic {
  return { range: topRange(lines), severity, source: SOURCE, code, message };
}

export function problemsDiagnostic(lines: LineIndex, problems: AnalysisProblem[]): Diagnostic | undefined {
  if (!problems.length) return undefined;
  const message = problems.length === 1 ? problems[0]!.message : problems.map((p, i) => `${i + 1}. ${p.message}`).join('\n');
  return topDiagnostic(lines, message, DiagnosticSeverity.Information, problems.some((p) => p.kind === 'limit') ? 'limit' : 'analysis-problem');
}

/** The end offset of a unit's section: the end of its last descendant. */
export function sectionEnds(outline: OutlineUnit[]): number[] {
  const ends = outline.map((u) => u.end);
  for (let i = outline.length - 1; i >= 0; i--) {
    const p = outline[i]!.parent;
    if (p !== undefined && ends[i]! > ends[p]!) ends[p] = ends[i]!;
  }
  return ends;
}

function trimEndSpan(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}

function symbolKind(u: OutlineUnit): SymbolKind {
  if (u.kind === 'task-row') return SymbolKind.Event;
  if (u.kind === 'subitem') return SymbolKind.Field;
  return u.level === 1 ? SymbolKind.Namespace : u.level === 2 ? SymbolKind.Module : SymbolKind.Class;
}

export function symbolName(u: OutlineUnit): string {
  if (u.kind === 'task-row') return `${u.cells?.no !== undefined ? `${u.cells.no}. ` : ''}${clip(u.title, 30)}`;
  // A chapter, section or article number (第一章) is set off from its title by a space, as printed.
  const gap = u.title && /^第.+[章节条]$/.test(u.marker) ? ' ' : '';
  return `${u.marker}${gap}${u.title}` || u.marker || '（无标题）';
}

/** Headings and sub-items (and task rows) as a hierarchy; `detail` gives each unit's alignment label. */
export function toDocumentSymbols(text: string, lines: LineIndex, outline: OutlineUnit[], detail: (u: OutlineUnit) => string | undefined): DocumentSymbol[] {
  const ends = sectionEnds(outline);
  const keep = (u: OutlineUnit): boolean => u.kind !== 'paragraph';
  const nodes = new Map<number, DocumentSymbol>();
  const roots: DocumentSymbol[] = [];
  for (const u of outline) {
    if (!keep(u)) continue;
    const end = trimEndSpan(text, u.start, ends[u.index]!);
    const range = toRange(lines, { start: u.start, end: Math.max(end, u.titleSpan.end) });
    const sel = u.titleSpan.end > u.titleSpan.start ? u.titleSpan : { start: u.start, end: Math.min(end, u.start + 1) };
    const selectionRange = toRange(lines, { start: Math.max(u.start, sel.start), end: Math.max(sel.start, sel.end) });
    const sym = DocumentSymbol.create(symbolName(u), detail(u), symbolKind(u), range, selectionRange, []);
    nodes.set(u.index, sym);
    let p = u.parent;
    while (p !== undefined && !nodes.has(p)) p = outline[p]?.parent;
    if (p !== undefined) nodes.get(p)!.children!.push(sym);
    else roots.push(sym);
  }
  return roots;
}

/** A folding range per heading, from its line to the last line of its section. */
export function toFoldingRanges(text: string, lines: LineIndex, outline: OutlineUnit[]): FoldingRange[] {
  const ends = sectionEnds(outline);
  const out: FoldingRange[] = [];
  for (const u of outline) {
    if (u.kind !== 'heading') continue;
    const startLine = lines.positionAt(u.start).line;
    const endLine = lines.positionAt(trimEndSpan(text, u.start, ends[u.index]!)).line;
    if (endLine > startLine) out.push(FoldingRange.create(startLine, endLine, undefined, undefined, FoldingRangeKind.Region));
  }
  return out;
}
