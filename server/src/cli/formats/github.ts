// GitHub Actions workflow commands (::error file=…,line=…::message): annotations on the pull
// request's changed lines. Data and property values are escaped as the Actions runner decodes them.
import type { FormatContext } from './shared';
import { ciPath, liveDiagnostics, messageWithQuote } from './shared';

const COMMAND: Record<string, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** Escapes a command's message: %, CR and LF (the runner's escapeData). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value: as data, plus the separators : and , (the runner's escapeProperty). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(kind: string, props: [string, string | number | undefined][], message: string): string {
  const list = props.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${kind}${list.length ? ' ' + list.join(',') : ''}::${escapeData(message)}`;
}

export function toGithub(c: FormatContext): string {
  const lines: string[] = [];
  for (const f of c.out.files) {
    for (const d of liveDiagnostics(f)) {
      const { start, end } = d.range;
      const sameLine = start.line === end.line;
      lines.push(
        command(
          COMMAND[d.severity]!,
          [
            ['file', ciPath(f.path)],
            ['line', start.line + 1],
            ['endLine', end.line + 1],
            ['col', start.character + 1],
            // GitHub reads endColumn only on one-line annotations.
            ['endColumn', sameLine ? end.character + 1 : undefined],
            ['title', `衔接 ${d.rule}`],
          ],
          messageWithQuote(d),
        ),
      );
    }
  }
  for (const e of c.out.errors) lines.push(command('error', [['file', ciPath(e.path)], ['title', '衔接 无法检查']], e.message));
  return lines.length ? lines.join('\n') + '\n' : '';
}
