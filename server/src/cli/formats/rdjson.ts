// reviewdog Diagnostic Format (rdjson): the DiagnosticResult message, with 1-based lines and
// columns counted in UTF-8 bytes as the format requires, and fixes as suggestions.
import { LineIndex } from '../../core/positions';
import type { FormatContext } from './shared';
import { ciPath, liveDiagnostics, messageWithQuote } from './shared';

const SEVERITY: Record<string, 'ERROR' | 'WARNING' | 'INFO'> = { error: 'ERROR', warning: 'WARNING', information: 'INFO', hint: 'INFO' };

interface RdPosition {
  line: number;
  column: number;
}
interface RdRange {
  start: RdPosition;
  end: RdPosition;
}
export interface RdDiagnostic {
  message: string;
  location: { path: string; range?: RdRange };
  severity: 'ERROR' | 'WARNING' | 'INFO';
  source: { name: string };
  code: { value: string };
  suggestions?: { range: RdRange; text: string }[];
}
export interface RdDiagnosticResult {
  source: { name: string; url: string };
  diagnostics: RdDiagnostic[];
}

/** Converts 0-based (line, UTF-16 character) to 1-based (line, UTF-8 byte column). */
function positionConverter(text: string): (p: { line: number; character: number }) => RdPosition {
  const lines = new LineIndex(text);
  return (p) => {
    const start = lines.lineStart(p.line);
    const before = text.slice(start, Math.min(start + p.character, lines.lineEnd(p.line)));
    return { line: p.line + 1, column: Buffer.byteLength(before, 'utf8') + 1 };
  };
}

export function toRdjson(c: FormatContext): RdDiagnosticResult {
  const diagnostics: RdDiagnostic[] = [];
  for (const f of c.out.files) {
    const convert = positionConverter(c.texts.get(f.path) ?? '');
    const range = (r: { start: { line: number; character: number }; end: { line: number; character: number } }): RdRange => ({ start: convert(r.start), end: convert(r.end) });
    for (const d of liveDiagnostics(f)) {
      diagnostics.push({
        message: messageWithQuote(d),
        location: { path: ciPath(f.path), range: range(d.range) },
        severity: SEVERITY[d.severity]!,
        source: { name: `xianjie（${d.baseline}）` },
        code: { value: d.rule },
        ...(d.fix ? { suggestions: d.fix.edits.map((e) => ({ range: range(e.range), text: e.newText })) } : {}),
      });
    }
  }
  for (const e of c.out.errors) {
    diagnostics.push({ message: e.message, location: { path: ciPath(e.path) }, severity: 'ERROR', source: { name: 'xianjie' }, code: { value: 'unreadable-file' } });
  }
  return { source: { name: 'xianjie', url: 'https://github.com/xianjie/xianjie' }, diagnostics };
}
