// `xianjie check --format github|junit|rdjson|codeclimate`, run as a child process and read back
// the way each platform reads it: workflow commands decoded as the Actions runner does, JUnit XML
// through a real XML parser, rdjson against reviewdog's published JSON Schema (Ajv), and GitLab
// Code Quality fields with fingerprints unique and stable. Each is compared with the JSON output.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv-draft-04';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ROOT } from '../helpers/server';
import { describeRun, runCli, WUZHONG, WUZHONG_UNITS, type CliRun } from './run';

type JsonOutput = import('../../server/src/cli/json').JsonOutput;

const fx = (name: string) => path.join('test', 'fixtures', 'cli', name);
const INPUTS = [fx('basis-error.txt'), fx('warning-only.txt'), fx('non-bmp.txt')];

function json(args: string[]): JsonOutput {
  const r = runCli(['check', ...args, '--format', 'json']);
  return JSON.parse(r.stdout) as JsonOutput;
}

/** Undoes the runner's escaping of a command's message and properties. */
function unescape(s: string): string {
  return s.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

interface WorkflowCommand {
  kind: string;
  props: Record<string, string>;
  message: string;
}

/** Parses `::kind k=v,k=v::message` as the Actions runner does (split on , then on the first =). */
function parseCommand(line: string): WorkflowCommand {
  const m = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line);
  assert.ok(m, `not a workflow command: ${line}`);
  const props: Record<string, string> = {};
  for (const part of (m[2] ?? '').split(',').filter(Boolean)) {
    const eq = part.indexOf('=');
    props[part.slice(0, eq)] = unescape(part.slice(eq + 1));
  }
  return { kind: m[1]!, props, message: unescape(m[3]!) };
}

function expectExit(r: CliRun, code: number): void {
  assert.strictEqual(r.status, code, `expected exit ${code}\n${describeRun(r)}`);
}

describe('xianjie check: CI formats', () => {
  const expected = json(INPUTS);
  const allDiags = expected.files.flatMap((f) => f.diagnostics.map((d) => ({ file: f.path, d })));

  it('the fixtures give errors, warnings and information, and a line with characters beyond the BMP', () => {
    assert.ok(expected.summary.error > 0 && expected.summary.warning > 0 && expected.summary.information > 0, JSON.stringify(expected.summary));
    const nonBmp = expected.files.find((f) => f.path.endsWith('non-bmp.txt'))!;
    assert.ok(nonBmp.diagnostics.some((d) => d.range.start.line === 1 && d.range.start.character > 0), 'a finding after 𠀋𠮷😀 on line 2');
  });

  it('every CI format leaves out findings accepted in the suppressions file, as the text output does', () => {
    const plan = 'test/fixtures/matrix/同心县/同心县数字政府建设实施方案.txt';
    const all = json([plan]).files[0]!.diagnostics;
    const live = all.filter((d) => !d.suppressed);
    assert.strictEqual(all.length - live.length, 3, 'the fixture accepts three findings');
    const gh = runCli(['check', plan, '--format', 'github']).stdout.split('\n').filter(Boolean);
    assert.strictEqual(gh.length, live.length);
    assert.ok(!gh.some((l) => l.includes('deadline-invalid')));
    const rd = JSON.parse(runCli(['check', plan, '--format', 'rdjson']).stdout);
    assert.strictEqual(rd.diagnostics.length, live.length);
    const cc = JSON.parse(runCli(['check', plan, '--format', 'codeclimate']).stdout);
    assert.strictEqual(cc.length, live.length);
    const junit = runCli(['check', plan, '--format', 'junit']).stdout;
    assert.strictEqual((junit.match(/<failure /g) ?? []).length, live.filter((d) => d.severity === 'error' || d.severity === 'warning').length);
  });

  describe('--format github', () => {
    const r = runCli(['check', ...INPUTS, '--format', 'github']);
    const lines = r.stdout.split('\n').filter(Boolean);

    it('exits as the JSON run does and prints only workflow commands, one per finding', () => {
      expectExit(r, 1);
      assert.strictEqual(lines.length, allDiags.length);
      for (const l of lines) assert.match(l, /^::(error|warning|notice) /);
    });

    it('each command names file, line, col and title and carries the message; levels map error/warning/notice', () => {
      lines.forEach((l, i) => {
        const c = parseCommand(l);
        const { file, d } = allDiags[i]!;
        assert.strictEqual(c.kind, { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' }[d.severity]);
        assert.strictEqual(c.props.file, file.split(path.sep).join('/'));
        assert.strictEqual(Number(c.props.line), d.range.start.line + 1);
        assert.strictEqual(Number(c.props.col), d.range.start.character + 1);
        assert.strictEqual(c.props.title, `衔接 ${d.rule}`);
        assert.strictEqual(c.message.split('\n')[0], d.message);
      });
    });

    it('escapes %, CR and LF in messages and , : in properties so that they round-trip', () => {
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-gh-'));
      try {
        const name = path.join(tmp, '方案,第2稿:100%.txt');
        fs.copyFileSync(path.join(ROOT, fx('basis-error.txt')), name);
        const out = runCli(['check', name, '--format', 'github']);
        expectExit(out, 1);
        const cmds = out.stdout.split('\n').filter(Boolean);
        assert.ok(cmds.length > 0);
        for (const l of cmds) {
          // Raw separators appear only where the syntax puts them.
          const props = /^::\w+ ([^:]*)::/.exec(l)![1]!;
          assert.ok(props.includes('%2C第2稿%3A100%25.txt'), props);
          const c = parseCommand(l);
          assert.strictEqual(c.props.file, name);
        }
        // A message with a quote spans two lines, sent as %0A.
        const multi = cmds.find((l) => l.includes('%0A'));
        assert.ok(multi && !/\r|\n/.test(multi));
        assert.strictEqual(parseCommand(multi).message.split('\n').length, 2);
      } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
      }
    });

    it('escapes CR too, and the escaping functions invert as the runner decodes', () => {
      const gh = require(path.join(ROOT, 'server/out/cli/formats/github')) as typeof import('../../server/src/cli/formats/github');
      const raw = '100% 完成\r\n第二行：甲,乙';
      assert.strictEqual(gh.escapeData(raw), '100%25 完成%0D%0A第二行：甲,乙');
      assert.strictEqual(gh.escapeProperty('a:b,c%\r'), 'a%3Ab%2Cc%25%0D');
      assert.strictEqual(unescape(gh.escapeData(raw)), raw);
      assert.strictEqual(unescape(gh.escapeProperty(raw)), raw);
    });

    it('an unreadable file is an error command and exit 2', () => {
      const out = runCli(['check', fx('no-such-file.txt'), '--format', 'github']);
      expectExit(out, 2);
      const c = parseCommand(out.stdout.trim());
      assert.strictEqual(c.kind, 'error');
      assert.strictEqual(c.props.file, 'test/fixtures/cli/no-such-file.txt');
    });
  });

  describe('--format junit', () => {
    const r = runCli(['check', ...INPUTS, fx('no-such-file.txt'), '--format', 'junit']);
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['testcase', 'failure'].includes(name) });

    it('is well-formed XML (fast-xml-parser validator)', () => {
      expectExit(r, 2);
      const v = XMLValidator.validate(r.stdout);
      assert.strictEqual(v, true, JSON.stringify(v));
    });

    it('has one testcase per file and one failure per error or warning, with counts that agree', () => {
      const doc = parser.parse(r.stdout);
      const suite = doc.testsuites.testsuite;
      const cases = suite.testcase as Record<string, unknown>[];
      assert.strictEqual(cases.length, INPUTS.length + 1);
      let failures = 0;
      for (const f of expected.files) {
        const tc = cases.find((c) => c['@name'] === f.path)!;
        assert.ok(tc, f.path);
        const want = f.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
        const got = (tc.failure as Record<string, string>[] | undefined) ?? [];
        assert.deepStrictEqual(got.map((x) => x['@type']), want.map((d) => d.rule));
        got.forEach((x, i) => assert.ok(x['@message']!.includes(want[i]!.message), x['@message']));
        failures += want.length;
        // Information and hints are not failures; they are listed in system-out.
        for (const d of f.diagnostics.filter((x) => x.severity === 'information')) assert.ok(String(tc['system-out']).includes(d.message));
      }
      const missing = cases.find((c) => String(c['@name']).endsWith('no-such-file.txt'))!;
      assert.ok(missing.error, 'an unreadable file is an <error>');
      assert.strictEqual(Number(suite['@failures']), failures);
      assert.strictEqual(Number(doc.testsuites['@failures']), failures);
      assert.strictEqual(Number(suite['@errors']), 1);
      assert.strictEqual(Number(suite['@tests']), INPUTS.length + 1);
    });

    it('escapes markup and control characters in messages and names', () => {
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-junit-'));
      try {
        const name = path.join(tmp, 'a&b<c>"d\'.txt');
        fs.writeFileSync(name, fs.readFileSync(path.join(ROOT, fx('basis-error.txt')), 'utf8').replace('制定本方案', '制定本方案\u0001<b>&amp;'));
        const out = runCli(['check', name, '--format', 'junit']);
        assert.strictEqual(XMLValidator.validate(out.stdout), true);
        const doc = parser.parse(out.stdout);
        // The parser decodes entities: the name reads back exactly.
        assert.strictEqual(doc.testsuites.testsuite.testcase[0]['@name'], name);
        assert.ok(out.stdout.includes('a&amp;b&lt;c&gt;&quot;d&apos;.txt'));
      } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
      }
    });
  });

  describe('--format rdjson', () => {
    const r = runCli(['check', ...INPUTS, '--format', 'rdjson']);
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/ci-formats/rdjson.DiagnosticResult.schema.json'), 'utf8'));
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const doc = JSON.parse(r.stdout) as any;

    it('validates against reviewdog’s published DiagnosticResult JSON Schema', () => {
      expectExit(r, 1);
      const ajv = new Ajv({ allErrors: true, strict: false });
      const validate = ajv.compile(schema);
      const valid: boolean = validate(doc);
      assert.ok(valid, JSON.stringify(validate.errors, null, 1));
      // The schema is permissive; the fields reviewdog needs are there too.
      assert.strictEqual(doc.source.name, 'xianjie');
      assert.strictEqual(doc.diagnostics.length, allDiags.length);
      for (const d of doc.diagnostics) {
        assert.ok(['ERROR', 'WARNING', 'INFO'].includes(d.severity));
        assert.ok(d.location.path && d.location.range.start.line >= 1 && d.location.range.start.column >= 1);
        assert.ok(d.code.value);
      }
    });

    it('a schema violation is caught (the validator is not vacuous)', () => {
      const validate = new Ajv({ strict: false }).compile(schema);
      assert.ok(!validate({ diagnostics: [{ message: 1 }] }));
      assert.ok(!validate({ diagnostics: [{ message: 'x', severity: 'FATAL' }] }));
    });

    it('counts columns in UTF-8 bytes from 1, as rdjson requires (𠀋𠮷😀 are 4 bytes each)', () => {
      const text = fs.readFileSync(path.join(ROOT, fx('non-bmp.txt')), 'utf8');
      const line2 = text.split(/\r?\n/)[1]!;
      const file = expected.files.find((f) => f.path.endsWith('non-bmp.txt'))!;
      const rd = doc.diagnostics.filter((d: { location: { path: string } }) => d.location.path.endsWith('non-bmp.txt'));
      assert.strictEqual(rd.length, file.diagnostics.length);
      let checked = 0;
      file.diagnostics.forEach((d, i) => {
        if (d.range.start.line !== 1) return;
        const col = rd[i].location.range.start.column;
        assert.strictEqual(col, Buffer.byteLength(line2.slice(0, d.range.start.character), 'utf8') + 1);
        // The byte column points at the same text as the UTF-16 character.
        assert.strictEqual(Buffer.from(line2, 'utf8').subarray(col - 1).toString('utf8'), line2.slice(d.range.start.character));
        checked++;
      });
      assert.ok(checked > 0);
      assert.ok(rd.some((d: { location: { range: { start: { column: number } } } }) => d.location.range.start.column > 12));
    });

    it('carries fixes as suggestions', () => {
      const withFix = allDiags.filter(({ d }) => d.fix);
      assert.ok(withFix.length > 0, 'the fixtures have a finding with a fix');
      const sug = doc.diagnostics.filter((d: { suggestions?: unknown[] }) => d.suggestions?.length);
      assert.strictEqual(sug.length, withFix.length);
      assert.strictEqual(sug[0].suggestions[0].text, withFix[0]!.d.fix!.edits[0]!.newText);
    });
  });

  describe('--format codeclimate (GitLab Code Quality)', () => {
    const run = (args: string[]) => JSON.parse(runCli(['check', ...args, '--format', 'codeclimate']).stdout) as {
      check_name: string; description: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } };
    }[];
    const issues = run([...INPUTS, WUZHONG, '--units', WUZHONG_UNITS]);

    it('has the fields GitLab reads, one issue per finding', () => {
      const all = json([...INPUTS, WUZHONG, '--units', WUZHONG_UNITS]);
      const diags = all.files.flatMap((f) => f.diagnostics.map((d) => ({ file: f.path, d })));
      assert.strictEqual(issues.length, diags.length);
      issues.forEach((x, i) => {
        assert.strictEqual(x.check_name, diags[i]!.d.rule);
        assert.strictEqual(x.description, diags[i]!.d.message);
        assert.strictEqual(x.location.path, diags[i]!.file.split(path.sep).join('/'));
        assert.strictEqual(x.location.lines.begin, diags[i]!.d.range.start.line + 1);
        assert.ok(['info', 'minor', 'major', 'critical', 'blocker'].includes(x.severity));
        assert.match(x.fingerprint, /^[0-9a-f]{32}$/);
      });
    });

    it('fingerprints are unique, and equal across two runs', () => {
      assert.ok(issues.length > 20, String(issues.length));
      assert.strictEqual(new Set(issues.map((x) => x.fingerprint)).size, issues.length);
      const again = run([...INPUTS, WUZHONG, '--units', WUZHONG_UNITS]);
      assert.deepStrictEqual(again.map((x) => x.fingerprint), issues.map((x) => x.fingerprint));
    });

    it('fingerprints do not move when a line is inserted above a finding', () => {
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-cc-'));
      try {
        const a = path.join(tmp, 'plan.txt');
        const text = fs.readFileSync(path.join(ROOT, WUZHONG), 'utf8');
        fs.writeFileSync(a, text);
        const units = path.join(ROOT, WUZHONG_UNITS);
        const before = run([a, '--units', units]);
        const lines = text.split('\n');
        fs.writeFileSync(a, [...lines.slice(0, 2), '', ...lines.slice(2)].join('\n'));
        const after = run([a, '--units', units]);
        assert.ok(before.length >= 5 && before.every((x) => x.location.lines.begin > 2), 'the findings lie below the inserted line');
        assert.deepStrictEqual(after.map((x) => x.fingerprint), before.map((x) => x.fingerprint));
        assert.deepStrictEqual(after.map((x) => x.location.lines.begin), before.map((x) => x.location.lines.begin + 1));
      } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
      }
    });
  });
});
