// JUnit XML for CI test reports (GitLab, Jenkins, Azure): one testcase per checked file, one
// <failure> per error or warning; information and hints go to the testcase's system-out.
import type { FormatContext } from './shared';
import { ciPath, liveDiagnostics } from './shared';

const SEVERITY_CN: Record<string, string> = { error: '错误', warning: '警告', information: '提示', hint: '建议' };

/** Drops characters XML 1.0 cannot carry (C0 controls other than tab and line breaks, lone surrogates, U+FFFE/F). */
function xmlChars(s: string): string {
  return s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD');
}

export function xmlText(s: string): string {
  return xmlChars(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

export function toJunit(c: FormatContext): string {
  const cases: string[] = [];
  let failures = 0;
  for (const f of c.out.files) {
    const p = ciPath(f.path);
    const body: string[] = [];
    const notes: string[] = [];
    for (const d of liveDiagnostics(f)) {
      const where = `${p}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      const detail = `${where} ${SEVERITY_CN[d.severity]} ${d.rule}\n${d.message}${d.related[0] ? `\n↳ ${d.related[0].quote}` : ''}`;
      if (d.severity === 'error' || d.severity === 'warning') {
        failures++;
        body.push(`      <failure message="${xmlAttr(`${SEVERITY_CN[d.severity]} ${d.rule}：${d.message}`)}" type="${xmlAttr(d.rule)}">${xmlText(detail)}</failure>`);
      } else notes.push(detail);
    }
    const t = f.coverage.tasks;
    const missing = f.coverage.pillars.filter((x) => !x.covered).map((x) => x.name);
    notes.push(`覆盖本级任务 ${t.covered}/${t.applicable}；框架板块 ${f.coverage.pillars.length - missing.length}/${f.coverage.pillars.length}${missing.length ? `（缺：${missing.join('、')}）` : ''}`);
    body.push(`      <system-out>${xmlText(notes.join('\n'))}</system-out>`);
    cases.push(`    <testcase classname="xianjie.check" name="${xmlAttr(p)}" file="${xmlAttr(p)}">\n${body.join('\n')}\n    </testcase>`);
  }
  for (const e of c.out.errors) {
    const p = ciPath(e.path);
    cases.push(`    <testcase classname="xianjie.check" name="${xmlAttr(p)}" file="${xmlAttr(p)}">\n      <error message="${xmlAttr(e.message)}" type="unreadable"/>\n    </testcase>`);
  }
  const tests = c.out.files.length + c.out.errors.length;
  const errors = c.out.errors.length;
  const name = xmlAttr(`衔接 对照 ${c.out.baseline.title}（${c.out.baseline.docNumber}）`);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="xianjie" tests="${tests}" failures="${failures}" errors="${errors}">\n` +
    `  <testsuite name="${name}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="0">\n` +
    (cases.length ? cases.join('\n') + '\n' : '') +
    `  </testsuite>\n</testsuites>\n`
  );
}
