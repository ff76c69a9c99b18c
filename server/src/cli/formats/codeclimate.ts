// GitLab Code Quality (a subset of the Code Climate issue format): check_name, description,
// fingerprint, severity, location.path, location.lines.begin. A fingerprint hashes what the finding
// is and the text it points at, not its line number, so it is stable across runs and across edits
// elsewhere in the file; repeats of the same finding on the same text get an occurrence number.
import { createHash } from 'crypto';
import { LineIndex } from '../../core/positions';
import type { FormatContext } from './shared';
import { ciPath, liveDiagnostics } from './shared';

const SEVERITY: Record<string, 'info' | 'minor' | 'major' | 'critical' | 'blocker'> = { error: 'major', warning: 'minor', information: 'info', hint: 'info' };

export interface CodeClimateIssue {
  type: 'issue';
  check_name: string;
  description: string;
  categories: string[];
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number; end: number } };
}

export function toCodeClimate(c: FormatContext): CodeClimateIssue[] {
  const issues: CodeClimateIssue[] = [];
  const seen = new Map<string, number>();
  const fingerprint = (parts: string[]): string => {
    const key = parts.join('\u0000');
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return createHash('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, 32);
  };
  for (const f of c.out.files) {
    const text = c.texts.get(f.path) ?? '';
    const lines = new LineIndex(text);
    const p = ciPath(f.path);
    for (const d of liveDiagnostics(f)) {
      const quoted = text.slice(lines.offsetAt(d.range.start), lines.offsetAt(d.range.end));
      issues.push({
        type: 'issue',
        check_name: d.rule,
        description: d.message,
        categories: ['Clarity'],
        fingerprint: fingerprint([p, d.rule, d.baseline, d.message, quoted]),
        severity: SEVERITY[d.severity]!,
        location: { path: p, lines: { begin: d.range.start.line + 1, end: d.range.end.line + 1 } },
      });
    }
  }
  for (const e of c.out.errors) {
    const p = ciPath(e.path);
    issues.push({
      type: 'issue', check_name: 'unreadable-file', description: e.message, categories: ['Bug Risk'],
      fingerprint: fingerprint([p, 'unreadable-file']), severity: 'critical', location: { path: p, lines: { begin: 1, end: 1 } },
    });
  }
  return issues;
}
