// The `xianjie check` command as users and CI run it: a child process of bin/xianjie.js from
// the repository root. Exit codes (0/1/2), the text, JSON and SARIF formats, argument, config
// and input errors, encodings and .docx, line endings, and large inputs. Drafts live in
// test/fixtures/cli/; generated inputs (encodings, .docx, large files) go to a temporary folder.
// Set XIANJIE_REPORT_TIMINGS=1 to print the wall times of the large-input runs (never asserted).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as iconv from 'iconv-lite';
import { cliJson, ROOT } from '../helpers/server';
import { describeRun, hasStackTrace, runCli, WUZHONG, WUZHONG_UNITS, type CliRun } from './run';

type JsonOutput = import('../../server/src/cli/json').JsonOutput;
type JsonFile = JsonOutput['files'][number];
type JsonDiagnostic = JsonFile['diagnostics'][number];

// The default size limit and its wording come from the server (the default has changed before).
const DEFAULT_LIMIT = (require(path.join(ROOT, 'server', 'out', 'core', 'config')) as typeof import('../../server/src/core/config')).ConfigSchema.parse({}).maxFileSize;
const { formatSize } = require(path.join(ROOT, 'server', 'out', 'input', 'read')) as typeof import('../../server/src/input/read');

const fx = (name: string) => path.join('test', 'fixtures', 'cli', name);
const timings: Record<string, number> = {};

function parseJson(r: CliRun): JsonOutput {
  let raw: unknown;
  try {
    raw = JSON.parse(r.stdout);
  } catch (e) {
    assert.fail(`stdout is not JSON (${String(e)})\n${describeRun(r)}`);
  }
  const parsed = cliJson.JsonOutputSchema.safeParse(raw);
  assert.ok(parsed.success, `JSON output does not validate against JsonOutputSchema: ${parsed.success ? '' : parsed.error.message}`);
  return parsed.data;
}

function expectExit(r: CliRun, code: number): void {
  assert.strictEqual(r.status, code, `expected exit ${code}\n${describeRun(r)}`);
}

/** An exit-2 refusal: one short message on stderr, naming `mentions`, no stack trace. */
function expectRefusal(r: CliRun, ...mentions: string[]): void {
  expectExit(r, 2);
  assert.ok(!hasStackTrace(r.stderr) && !hasStackTrace(r.stdout), `stack trace in output\n${describeRun(r)}`);
  const lines = r.stderr.split('\n').filter((l) => l.trim());
  assert.ok(lines.length >= 1, `no message on stderr\n${describeRun(r)}`);
  for (const m of mentions) assert.ok(r.stderr.includes(m), `stderr does not mention “${m}”\n${describeRun(r)}`);
  assert.ok(!/内部错误/.test(r.stderr), `reported as an internal error\n${describeRun(r)}`);
}

/** Rule, message and range of each diagnostic, in order: what must not change across encodings. */
function signature(f: JsonFile): string[] {
  return f.diagnostics.map((d) => `${d.rule}|${d.message}|${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);
}

/** Lines of `text` as LSP sees them (\n, \r\n and \r end a line). */
function lspLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Every range of a file lies inside the document it was computed on. */
function assertRangesInside(f: JsonFile, text: string): void {
  const lines = lspLines(text);
  const check = (r: JsonDiagnostic['range'], what: string) => {
    for (const p of [r.start, r.end]) {
      assert.ok(p.line < lines.length, `${what}: line ${p.line} beyond ${lines.length} lines`);
      assert.ok(p.character <= lines[p.line]!.length, `${what}: character ${p.character} beyond line ${p.line} (${lines[p.line]!.length})`);
    }
    assert.ok(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), `${what}: start after end`);
  };
  for (const d of f.diagnostics) {
    check(d.range, `${d.rule} diagnostic`);
    for (const e of d.fix?.edits ?? []) check(e.range, `${d.rule} fix edit`);
  }
  for (const a of f.alignments) check(a.range, `alignment ${a.heading}`);
  for (const p of f.coverage.pillars) for (const l of p.lines) assert.ok(l < lines.length, `pillar ${p.name} line ${l}`);
}

describe('xianjie check (CLI, child process)', () => {
  let tmp: string;
  let generated: Record<string, string>;

  before(async function () {
    this.timeout(120_000);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-cli-'));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const script = require(path.join(ROOT, 'scripts', 'make-input-fixtures.js')) as { makeInputFixtures(dir: string): Promise<Record<string, string>> };
    generated = await script.makeInputFixtures(path.join(tmp, 'input'));
  });

  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    if (process.env.XIANJIE_REPORT_TIMINGS === '1') console.log('CLI wall times (ms):', JSON.stringify(timings));
  });

  describe('CLI: exit codes', () => {
    it('exits 0 on the Wuzhong sample with its units file', () => {
      const r = runCli(['check', WUZHONG, '--units', WUZHONG_UNITS]);
      expectExit(r, 0);
      assert.ok(!hasStackTrace(r.stderr));
    });

    it('exits 1 on a draft citing the regional document with a wrong number (basis-mismatch error)', () => {
      const r = runCli(['check', fx('basis-error.txt'), '--format', 'json']);
      expectExit(r, 1);
      const out = parseJson(r);
      const errors = out.files[0]!.diagnostics.filter((d) => d.severity === 'error');
      assert.deepStrictEqual(errors.map((d) => d.rule), ['basis-mismatch']);
      assert.match(errors[0]!.message, /宁政发〔2023〕17号/);
      assert.strictEqual(errors[0]!.range.start.line, 1);
    });

    it('--fail-on never exits 0 despite an error', () => {
      expectExit(runCli(['check', fx('basis-error.txt'), '--fail-on', 'never']), 0);
    });

    it('a warning-only draft exits 0 by default and 1 with --fail-on warning', () => {
      const json = parseJson(runCli(['check', fx('warning-only.txt'), '--format', 'json']));
      assert.strictEqual(json.summary.error, 0);
      assert.ok(json.summary.warning > 0, 'the planted draft should have warnings');
      expectExit(runCli(['check', fx('warning-only.txt')]), 0);
      expectExit(runCli(['check', fx('warning-only.txt'), '--fail-on', 'warning']), 1);
      expectExit(runCli(['check', fx('warning-only.txt'), '--fail-on', 'information']), 1);
    });

    it('an empty file and a blank file are checked without findings and exit 0', () => {
      for (const name of ['empty.txt', 'blank.txt']) {
        const r = runCli(['check', fx(name), '--format', 'json', '--fail-on', 'information']);
        expectExit(r, 0);
        const out = parseJson(r);
        assert.strictEqual(out.files.length, 1, name);
        assert.deepStrictEqual(out.files[0]!.diagnostics, [], `${name} should have no findings`);
        assert.deepStrictEqual(out.files[0]!.problems, [], name);
        assert.deepStrictEqual(out.errors, [], name);
      }
    });
  });

  describe('CLI: text output', () => {
    const LINE = /^(.+?):(\d+):(\d+)(?:（第 \d+ 段“[^\n]*”）)? (错误|警告|提示|建议) ([a-z]+(?:-[a-z]+)*) (\S.*)$/;
    const SUMMARY = /^共检查 (\d+) 个文件：错误 (\d+)，警告 (\d+)，提示 (\d+)，建议 (\d+)。对照基准：.+（.+）。$/;
    const CN: Record<string, string> = { error: '错误', warning: '警告', information: '提示', hint: '建议' };

    it('prints `path:line:col 级别 rule message` per finding and a summary line that agree with the JSON', () => {
      const file = fx('basis-error.txt');
      const text = runCli(['check', file]);
      expectExit(text, 1);
      const json = parseJson(runCli(['check', file, '--format', 'json']));
      const lines = text.stdout.replace(/\n$/, '').split('\n');
      const findings = lines.filter((l) => LINE.test(l));
      assert.strictEqual(findings.length, json.files[0]!.diagnostics.length, 'one line per diagnostic');
      json.files[0]!.diagnostics.forEach((d, i) => {
        const m = LINE.exec(findings[i]!)!;
        assert.strictEqual(m[1], file);
        assert.strictEqual(Number(m[2]), d.range.start.line + 1, 'line is 1-based');
        assert.strictEqual(Number(m[3]), d.range.start.character + 1, 'column is 1-based');
        assert.strictEqual(m[4], CN[d.severity]);
        assert.strictEqual(m[5], d.rule);
        assert.strictEqual(m[6], d.message);
      });
      for (const l of lines) {
        assert.ok(LINE.test(l) || l.startsWith('    ↳ ') || l.startsWith(`${file}：覆盖本级任务 `) || SUMMARY.test(l), `unexpected output line: ${l}`);
      }
      const s = SUMMARY.exec(lines[lines.length - 1]!);
      assert.ok(s, `last line is not the summary: ${lines[lines.length - 1]}`);
      assert.deepStrictEqual(s.slice(1, 6).map(Number), [1, json.summary.error, json.summary.warning, json.summary.information, json.summary.hint]);
    });

    it('prints a suggestion repeated word for word once, at its first place, with the lines of the others', () => {
      const file = fx('repeated-hints.txt');
      const units = fx('repeated-hints.units.txt');
      const text = runCli(['check', file, '--units', units, '--fail-on', 'never']);
      expectExit(text, 0);
      const json = parseJson(runCli(['check', file, '--units', units, '--format', 'json', '--fail-on', 'never']));
      const lines = text.stdout.replace(/\n$/, '').split('\n').filter((l) => LINE.test(l));
      const diagnostics = json.files[0]!.diagnostics;
      // Errors, warnings and information: one line each, as in JSON.
      const others = diagnostics.filter((d) => d.severity !== 'hint');
      assert.strictEqual(lines.filter((l) => !/ 建议 /.test(l)).length, others.length);
      // Suggestions: one line per distinct message, at its first place, naming the lines of the rest.
      const hints = diagnostics.filter((d) => d.severity === 'hint');
      const byMessage = new Map<string, number[]>();
      for (const d of hints) byMessage.set(d.message, [...(byMessage.get(d.message) ?? []), d.range.start.line + 1]);
      assert.ok([...byMessage.values()].some((at) => at.length >= 3), 'the fixture repeats a short name three times or more');
      const printed = lines.filter((l) => / 建议 /.test(l));
      assert.strictEqual(printed.length, byMessage.size);
      for (const [message, at] of byMessage) {
        const line = printed.find((l) => l.includes(message));
        assert.ok(line, message);
        assert.strictEqual(Number(LINE.exec(line)![2]), at[0], 'printed at its first place');
        if (at.length === 1) assert.ok(line.endsWith(message), line);
        else assert.ok(line.endsWith(`${message}（同样的建议另有 ${at.length - 1} 处，见第 ${at.slice(1).join('、')} 行）`), line);
      }
      // The summary still counts every suggestion.
      const s = SUMMARY.exec(text.stdout.trim().split('\n').pop()!);
      assert.strictEqual(Number(s![5]), hints.length);
    });

    it('no message spans lines (the text format is one finding per line)', () => {
      const json = parseJson(runCli(['check', WUZHONG, fx('basis-error.txt'), '--format', 'json', '--units', WUZHONG_UNITS]));
      for (const f of json.files) for (const d of f.diagnostics) assert.ok(!/[\r\n]/.test(d.message), `${d.rule}: ${d.message}`);
    });

    it('--quiet prints only errors and the summary', () => {
      const r = runCli(['check', fx('basis-error.txt'), '--quiet']);
      expectExit(r, 1);
      const lines = r.stdout.trim().split('\n').filter((l) => !l.startsWith('    ↳ '));
      assert.strictEqual(lines.length, 2, r.stdout);
      assert.match(lines[0]!, / 错误 basis-mismatch /);
      assert.match(lines[1]!, SUMMARY);
    });
  });

  describe('CLI: JSON output', () => {
    it('validates against JsonOutputSchema and every range lies inside the document (Wuzhong)', () => {
      const r = runCli(['check', WUZHONG, '--units', WUZHONG_UNITS, '--format', 'json']);
      expectExit(r, 0);
      const out = parseJson(r);
      assert.strictEqual(out.version, 1);
      assert.strictEqual(out.files.length, 1);
      assert.strictEqual(out.files[0]!.encoding, 'utf-8');
      assert.ok(out.files[0]!.alignments.length > 0);
      assertRangesInside(out.files[0]!, fs.readFileSync(path.join(ROOT, WUZHONG), 'utf8'));
      const total = out.summary.error + out.summary.warning + out.summary.information + out.summary.hint;
      assert.strictEqual(total, out.files[0]!.diagnostics.length);
    });

    it('counts lines and characters from 0 in UTF-16 code units (non-BMP characters before a finding)', () => {
      const file = fx('non-bmp.txt');
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      const line = lspLines(text)[1]!;
      const expected = line.indexOf('宁政发〔2023〕71号');
      assert.ok(expected > [...line].indexOf('宁'), 'fixture must have astral characters before the number');
      const out = parseJson(runCli(['check', file, '--format', 'json']));
      const d = out.files[0]!.diagnostics.find((x) => x.rule === 'basis-mismatch');
      assert.ok(d, 'basis-mismatch expected');
      assert.deepStrictEqual(d.range.start, { line: 1, character: expected });
      assert.deepStrictEqual(d.range.end, { line: 1, character: expected + '宁政发〔2023〕71号'.length });
      assertRangesInside(out.files[0]!, text);
    });

    it('reports unreadable files in errors[] and still writes valid JSON', () => {
      const r = runCli(['check', fx('basis-error.txt'), fx('no-such-file.txt'), '--format', 'json']);
      expectExit(r, 2);
      const out = parseJson(r);
      assert.strictEqual(out.files.length, 1);
      assert.deepStrictEqual(out.errors.map((e) => e.path), [fx('no-such-file.txt')]);
    });
  });

  describe('CLI: SARIF output', () => {
    it('is SARIF 2.1.0 with rule metadata and 1-based regions', () => {
      const r = runCli(['check', fx('basis-error.txt'), WUZHONG, '--units', WUZHONG_UNITS, '--format', 'sarif']);
      expectExit(r, 1);
      const log = JSON.parse(r.stdout);
      const json = parseJson(runCli(['check', fx('basis-error.txt'), WUZHONG, '--units', WUZHONG_UNITS, '--format', 'json']));
      assert.strictEqual(log.version, '2.1.0');
      const run = log.runs[0];
      const rules = run.tool.driver.rules as { id: string; shortDescription: { text: string }; fullDescription: { text: string }; defaultConfiguration: { level: string }; help: { text: string } }[];
      assert.ok(rules.length >= 7);
      assert.strictEqual(new Set(rules.map((x) => x.id)).size, rules.length, 'rule ids unique');
      for (const rule of rules) {
        assert.match(rule.id, /^[a-z]+(-[a-z]+)*$/);
        for (const t of [rule.shortDescription.text, rule.fullDescription.text, rule.help.text]) assert.ok(typeof t === 'string' && t.length > 0, rule.id);
        assert.ok(['error', 'warning', 'note', 'none'].includes(rule.defaultConfiguration.level), rule.id);
      }
      const results = run.results as { ruleId: string; ruleIndex?: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn?: number; endLine?: number; endColumn?: number } } }[] }[];
      const diagnostics = json.files.flatMap((f) => f.diagnostics);
      assert.strictEqual(results.length, diagnostics.length);
      assert.ok(results.some((x) => x.ruleId === 'basis-mismatch' && x.level === 'error'));
      for (const res of results) {
        assert.ok(rules.some((x) => x.id === res.ruleId), `unknown ruleId ${res.ruleId}`);
        if (res.ruleIndex !== undefined) assert.strictEqual(rules[res.ruleIndex]!.id, res.ruleId);
        assert.ok(['error', 'warning', 'note', 'none'].includes(res.level));
        assert.ok(res.message.text.length > 0);
        const region = res.locations[0]!.physicalLocation.region;
        assert.ok(Number.isInteger(region.startLine) && region.startLine >= 1, `startLine ${region.startLine}`);
        if (region.startColumn !== undefined) assert.ok(region.startColumn >= 1);
        if (region.endLine !== undefined) assert.ok(region.endLine >= region.startLine);
        assert.ok(res.locations[0]!.physicalLocation.artifactLocation.uri.length > 0);
      }
    });
  });

  describe('CLI: bad arguments exit 2 with one message and no stack trace', () => {
    const cases: [string, string[], RegExp][] = [
      ['an unknown option', ['check', WUZHONG, '--bogus'], /--bogus/],
      ['a bad --format value', ['check', WUZHONG, '--format', 'xml'], /xml/],
      ['a bad --fail-on value', ['check', WUZHONG, '--fail-on', 'sometimes'], /sometimes/],
      ['a missing files argument', ['check'], /files|文件/],
      ['an unknown command', ['frobnicate'], /frobnicate/],
      ['a non-numeric --max-size', ['check', WUZHONG, '--max-size', 'abc'], /--max-size/],
      ['a zero --max-size', ['check', WUZHONG, '--max-size', '0'], /--max-size/],
      ['an unknown baseline', ['check', WUZHONG, '--baseline', 'atlantis-2099'], /atlantis-2099/],
    ];
    for (const [what, args, mention] of cases) {
      it(what, () => {
        const r = runCli(args);
        expectExit(r, 2);
        assert.ok(!hasStackTrace(r.stderr), `stack trace\n${describeRun(r)}`);
        const lines = r.stderr.split('\n').filter((l) => l.trim());
        assert.ok(lines.length >= 1 && lines.length <= 2, `expected a one-line message (plus at most a suggestion)\n${describeRun(r)}`);
        assert.match(lines[0]!, /^(xianjie: |error: )/);
        assert.match(r.stderr, mention);
        assert.strictEqual(r.stdout, '', 'nothing on stdout');
      });
    }
  });

  describe('CLI: unreadable inputs exit 2 naming the file', () => {
    it('a missing file', () => expectRefusal(runCli(['check', fx('no-such-file.txt')]), 'no-such-file.txt'));
    it('a folder without drafts', () => expectRefusal(runCli(['check', fx('config')]), 'config'));
    it('a binary file', () => expectRefusal(runCli(['check', generated['binary.txt']!]), 'binary.txt'));
    it('undecodable bytes', () => expectRefusal(runCli(['check', generated['undecodable.txt']!]), 'undecodable.txt'));
    it('a zip that is not a Word document', () => expectRefusal(runCli(['check', generated['not-docx.docx']!]), 'not-docx.docx'));
    it('a missing --units file', () => expectRefusal(runCli(['check', WUZHONG, '--units', fx('no-such-units.txt')]), 'no-such-units.txt'));
    it('a missing --config file', () => expectRefusal(runCli(['check', WUZHONG, '--config', fx('no-such.config.json')]), 'no-such.config.json'));
    it('a glob that matches nothing', () => expectRefusal(runCli(['check', 'test/fixtures/cli/glob/*.nothing']), '*.nothing'));
  });

  describe('CLI: segmentation engines', () => {
    it('without either jieba engine, checks on the built-in segmenter and says why, once', () => {
      // The hook makes @node-rs/jieba and nodejieba unresolvable, as on a platform that has neither.
      const hook = path.join(ROOT, 'test', 'fixtures', 'cli', 'no-engines.js');
      const r = runCli(['check', WUZHONG, '--units', WUZHONG_UNITS, '--format', 'json'], 60_000, ROOT, { NODE_OPTIONS: `--require ${hook}`, XIANJIE_SEGMENTER: '' });
      assert.ok(r.status === 0 || r.status === 1, describeRun(r));
      assert.ok(!hasStackTrace(r.stderr), describeRun(r));
      const notes = r.stderr.split('\n').filter((l) => l.includes('已改用内置分词'));
      assert.strictEqual(notes.length, 1, describeRun(r));
      assert.match(notes[0]!, /jieba-rs 无法加载.*jieba-rs：.*nodejieba：/);
      assert.ok(parseJson(r).files[0]!.diagnostics.length > 0);
    });

    it('with segmenter: nodejieba in the config file, the findings equal the default engine’s, without a notice', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-seg-'));
      try {
        fs.writeFileSync(path.join(dir, 'xianjie.config.json'), JSON.stringify({ segmenter: 'nodejieba' }));
        const r = runCli(['check', WUZHONG, '--config', path.join(dir, 'xianjie.config.json'), '--units', WUZHONG_UNITS, '--format', 'json'], 60_000, ROOT, { XIANJIE_SEGMENTER: '' });
        const d = runCli(['check', WUZHONG, '--units', WUZHONG_UNITS, '--format', 'json'], 60_000, ROOT, { XIANJIE_SEGMENTER: '' });
        assert.strictEqual(r.stderr, '', describeRun(r));
        // The same findings on both engines.
        assert.deepStrictEqual(parseJson(r).files[0]!.diagnostics, parseJson(d).files[0]!.diagnostics);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('CLI: config files', () => {
    const cfg = (name: string) => fx(path.join('config', name));

    it('an unknown key exits 2 naming the key', () => expectRefusal(runCli(['check', WUZHONG, '--config', cfg('unknown-key.json')]), 'colour'));
    it('an unknown segmentation engine exits 2 naming the key and the engines', () => {
      expectRefusal(runCli(['check', WUZHONG, '--config', cfg('bad-segmenter.json')]), 'segmenter', 'jieba-rs、nodejieba、fallback');
    });
    it('a bad rule level exits 2 naming the key and the allowed levels', () => {
      expectRefusal(runCli(['check', WUZHONG, '--config', cfg('bad-level.json')]), 'rules.unknown-unit', 'off');
    });
    it('an unknown rule id exits 2 naming rules.<id> and listing the rule ids', () => {
      const r = runCli(['check', WUZHONG, '--config', cfg('unknown-rule.json')]);
      expectRefusal(r, 'rules.no-such-rule', 'basis-mismatch');
    });
    it('invalid JSON exits 2 naming the file', () => expectRefusal(runCli(['check', WUZHONG, '--config', cfg('broken.json')]), 'broken.json'));

    it('turning a rule off removes its findings (--config)', () => {
      const before = parseJson(runCli(['check', fx('basis-error.txt'), '--format', 'json']));
      assert.ok(before.files[0]!.diagnostics.some((d) => d.rule === 'basis-mismatch'));
      const r = runCli(['check', fx('basis-error.txt'), '--format', 'json', '--config', cfg('basis-off.json')]);
      expectExit(r, 0);
      const after = parseJson(r);
      assert.ok(!after.files[0]!.diagnostics.some((d) => d.rule === 'basis-mismatch'));
      assert.strictEqual(after.files[0]!.diagnostics.length, before.files[0]!.diagnostics.length - 1, 'only that rule is affected');
    });

    it('finds xianjie.config.json next to the draft', () => {
      const r = runCli(['check', fx('config/discovered/draft.txt'), '--format', 'json']);
      expectExit(r, 0);
      assert.ok(!parseJson(r).files[0]!.diagnostics.some((d) => d.rule === 'basis-mismatch'));
    });

    it('a rule raised to error makes a warning-only draft fail', () => {
      const r = runCli(['check', fx('warning-only.txt'), '--config', cfg('pillar-error.json')]);
      expectExit(r, 1);
      assert.match(r.stdout, / 错误 missing-pillar /);
    });
  });

  describe('CLI: several files and globs', () => {
    it('checks several files in one run and sums the summary', () => {
      const r = runCli(['check', fx('basis-error.txt'), fx('warning-only.txt'), WUZHONG, '--format', 'json']);
      expectExit(r, 1);
      const out = parseJson(r);
      assert.deepStrictEqual(out.files.map((f) => f.path), [fx('basis-error.txt'), fx('warning-only.txt'), WUZHONG]);
      const count = (sev: JsonDiagnostic['severity']) => out.files.reduce((n, f) => n + f.diagnostics.filter((d) => d.severity === sev && !d.suppressed).length, 0);
      const suppressed = out.files.reduce((n, f) => n + f.diagnostics.filter((d) => d.suppressed).length, 0);
      assert.strictEqual(suppressed, 0, 'no suppressions file applies here');
      assert.deepStrictEqual(out.summary, { error: count('error'), warning: count('warning'), information: count('information'), hint: count('hint'), suppressed });
    });

    it('expands * and ** globs (and skips files the pattern does not match)', () => {
      const flat = parseJson(runCli(['check', 'test/fixtures/cli/glob/*.txt', '--format', 'json']));
      assert.deepStrictEqual(flat.files.map((f) => path.basename(f.path)), ['a.txt']);
      const deep = parseJson(runCli(['check', 'test/fixtures/cli/glob/**/*.txt', '--format', 'json']));
      assert.deepStrictEqual(deep.files.map((f) => path.basename(f.path)).sort(), ['a.txt', 'b.txt']);
    });

    it('checks the drafts directly inside a folder (not its sub-folders)', () => {
      const out = parseJson(runCli(['check', 'test/fixtures/cli/glob', '--format', 'json']));
      assert.deepStrictEqual(out.files.map((f) => path.basename(f.path)), ['a.txt', 'ignored.md']);
    });
  });

  describe('CLI: encodings, .docx and line endings give the same diagnostics', () => {
    let original: JsonFile;
    before(function () {
      this.timeout(60_000);
      original = parseJson(runCli(['check', generated['wuzhong.utf8.txt']!, '--units', WUZHONG_UNITS, '--format', 'json'])).files[0]!;
      assert.ok(original.diagnostics.length > 0, 'the sample has findings to compare');
    });

    const encodings: [string, string][] = [
      ['wuzhong.gb18030.txt', 'gb18030'],
      ['wuzhong.utf16le-bom.txt', 'utf-16le'],
      ['wuzhong.utf16be-bom.txt', 'utf-16be'],
      ['wuzhong.utf8-bom.txt', 'utf-8-bom'],
    ];
    for (const [name, encoding] of encodings) {
      it(`${name}: encoding ${encoding}, same rule, message and range`, () => {
        const f = parseJson(runCli(['check', generated[name]!, '--units', WUZHONG_UNITS, '--format', 'json'])).files[0]!;
        assert.strictEqual(f.encoding, encoding);
        assert.deepStrictEqual(signature(f), signature(original));
      });
    }

    it('a BOM-less UTF-16LE copy is read as utf-16le with the same diagnostics', () => {
      const file = path.join(tmp, 'wuzhong.utf16le-nobom.txt');
      fs.writeFileSync(file, iconv.encode(fs.readFileSync(generated['wuzhong.utf8.txt']!, 'utf8'), 'utf16le'));
      const out = parseJson(runCli(['check', file, '--units', WUZHONG_UNITS, '--format', 'json']));
      assert.deepStrictEqual(out.errors, [], 'the file is refused');
      const f = out.files[0]!;
      assert.strictEqual(f.encoding, 'utf-16le');
      assert.deepStrictEqual(signature(f), signature(original));
    });

    for (const name of ['wuzhong.crlf.txt', 'wuzhong.cr.txt']) {
      it(`${name}: same lines and characters as LF`, () => {
        const f = parseJson(runCli(['check', generated[name]!, '--units', WUZHONG_UNITS, '--format', 'json'])).files[0]!;
        assert.deepStrictEqual(signature(f), signature(original));
        assert.deepStrictEqual(f.alignments.map((a) => a.range), original.alignments.map((a) => a.range));
        assertRangesInside(f, fs.readFileSync(generated[name]!, 'utf8'));
      });
    }

    it('a .docx made from the Wuzhong text: same findings, each with its paragraph', async () => {
      // Built here (not with make-input-fixtures.js, whose .docx adds a task table) so the text is the same.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const docx = require('docx') as typeof import('docx');
      const lines = fs.readFileSync(generated['wuzhong.utf8.txt']!, 'utf8').split('\n');
      if (lines[lines.length - 1] === '') lines.pop();
      const doc = new docx.Document({ sections: [{ children: lines.map((l) => new docx.Paragraph({ children: [new docx.TextRun(l)] })) }] });
      const file = path.join(tmp, 'wuzhong-plain.docx');
      fs.writeFileSync(file, await docx.Packer.toBuffer(doc));
      const r = runCli(['check', file, '--units', WUZHONG_UNITS, '--format', 'json']);
      expectExit(r, 0);
      const f = parseJson(r).files[0]!;
      assert.strictEqual(f.encoding, 'docx');
      assert.deepStrictEqual(signature(f), signature(original));
      for (const d of f.diagnostics) {
        assert.ok(d.paragraph, `${d.rule} at line ${d.range.start.line} has no paragraph`);
        assert.ok(d.paragraph.index >= 1);
      }
      // The text format names the paragraph too.
      const text = runCli(['check', file, '--units', WUZHONG_UNITS]);
      assert.match(text.stdout, /:\d+:\d+（第 \d+ 段“/);
    });
  });

  describe('CLI: size limits and large inputs (hang guards, not timings)', () => {
    it('--max-size 1000 on the sample exits 2 naming the limit and --max-size', () => {
      const r = runCli(['check', WUZHONG, '--max-size', '1000']);
      expectRefusal(r, 'wuzhong-2023-shishi-fangan.txt', '1000', '--max-size');
    });

    it('a file just over the default limit exits 2 naming the limit and --max-size', function () {
      this.timeout(120_000);
      const seed = fs.readFileSync(path.join(ROOT, WUZHONG));
      const file = path.join(tmp, 'over-limit.txt');
      const buf = Buffer.alloc(DEFAULT_LIMIT + 1, 0x0a);
      for (let at = 0; at + seed.length <= buf.length; at += seed.length) seed.copy(buf, at);
      fs.writeFileSync(file, buf);
      expectRefusal(runCli(['check', file]), 'over-limit.txt', formatSize(DEFAULT_LIMIT), '--max-size');
    });

    describe('a 5 MB draft (the sample repeated)', () => {
      let file: string;
      before(() => {
        const seed = fs.readFileSync(path.join(ROOT, WUZHONG), 'utf8');
        file = path.join(tmp, 'five-mb.txt');
        fs.writeFileSync(file, seed.repeat(Math.floor((5 * 1024 * 1024 - 1) / Buffer.byteLength(seed))));
      });

      it('with the default limit: analysed, or exit 2 naming the limit and --max-size', function () {
        this.timeout(180_000);
        const r = runCli(['check', file, '--units', WUZHONG_UNITS, '--format', 'json'], 150_000);
        if (DEFAULT_LIMIT < fs.statSync(file).size) {
          expectRefusal(r, 'five-mb.txt', formatSize(DEFAULT_LIMIT), '--max-size');
          return;
        }
        timings['5MB draft'] = r.ms;
        assert.ok(r.status === 0 || r.status === 1, describeRun(r));
        assert.deepStrictEqual(parseJson(r).files[0]!.problems, []);
      });

      it('with --max-size 6000000: analysed without problems', function () {
        this.timeout(180_000);
        const r = runCli(['check', file, '--units', WUZHONG_UNITS, '--format', 'json', '--max-size', '6000000'], 150_000);
        timings['5MB draft --max-size 6000000'] = r.ms;
        assert.ok(r.status === 0 || r.status === 1, describeRun(r));
        const out = parseJson(r);
        assert.strictEqual(out.files.length, 1);
        assert.deepStrictEqual(out.files[0]!.problems, []);
      });
    });

    it('a 1 MB single line finishes', function () {
      this.timeout(120_000);
      const file = path.join(tmp, 'one-line.txt');
      const unit = '推进政务数据共享，由市大数据管理服务局负责，2025年底前完成（责任单位：市政务服务中心；完成时限：2024年12月）。';
      let line = '';
      while (Buffer.byteLength(line) < 1024 * 1024) line += unit;
      fs.writeFileSync(file, line);
      const r = runCli(['check', file, '--format', 'json'], 90_000);
      timings['1MB line'] = r.ms;
      assert.ok(r.status === 0 || r.status === 1, describeRun(r));
      const out = parseJson(r);
      assert.deepStrictEqual(out.files[0]!.problems, []);
      assertRangesInside(out.files[0]!, line);
    });
  });
});
