// What every CI format reads (the JSON contract, the checked texts, the rules) and small helpers they share.
import type { Rule } from '../../core/rules/rule';
import type { JsonOutput } from '../json';

export interface FormatContext {
  out: JsonOutput;
  /** The text each file was checked as, by the path shown in `out.files[].path`. */
  texts: Map<string, string>;
  rules: Rule[];
  version: string;
}

/** A path as CI platforms expect it: forward slashes, no leading ./ */
export function ciPath(p: string): string {
  return p.split('\\').join('/').replace(/^(?:\.\/)+/, '');
}

/** The first related quote of a diagnostic, as a second line of its message. */
export function messageWithQuote(d: JsonOutput['files'][number]['diagnostics'][number]): string {
  return d.message + (d.related[0] ? `\n${d.related[0].quote}` : '');
}

type Diagnostic = JsonOutput['files'][number]['diagnostics'][number];

/**
 * The findings a CI platform should show: accepted ones (recorded in the suppressions file) are
 * left out, as the text output leaves them out; they never fail a run either.
 */
export function liveDiagnostics(f: JsonOutput['files'][number]): Diagnostic[] {
  return f.diagnostics.filter((d) => !d.suppressed);
}
