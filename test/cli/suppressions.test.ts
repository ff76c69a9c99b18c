// The suppressions file as CI uses it, through the built CLI as a child process: --suppress-all
// turns CI green, a new mistake fails it, fixing an old one and --prune-suppressions shrinks the
// file. Entries survive inserted lines and re-encoding (the fingerprint), never hide a new finding
// elsewhere, and show up in JSON, text, SARIF and the report.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as iconv from 'iconv-lite';
import { cliJson, ROOT } from '../helpers/server';
import { describeRun, hasStackTrace, runCli, type CliRun } from './run';

type JsonOutput = import('../../server/src/cli/json').JsonOutput;
type JsonDiagnostic = JsonOutput['files'][number]['diagnostics'][number];

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'suppressions');
const SUPPRESSIONS = 'xianjie-suppressions.json';

function parseJson(r: CliRun): JsonOutput {
  const parsed = cliJson.JsonOutputSchema.safeParse(JSON.parse(r.stdout));
  assert.ok(parsed.success, `JSON output does not validate: ${parsed.success ? '' : parsed.error.message}\n${describeRun(r)}`);
  return parsed.data;
}

function expectExit(r: CliRun, code: number): void {
  assert.strictEqual(r.status, code, `expected exit ${code}\n${describeRun(r)}`);
  assert.ok(!hasStackTrace(r.stderr), `stack trace\n${describeRun(r)}`);
}

/** Findings that fail CI at the default level (errors) or at --fail-on warning. */
function failing(out: JsonOutput): JsonDiagnostic[] {
  return out.files.flatMap((f) => f.diagnostics).filter((d) => (d.severity === 'error' || d.severity === 'warning') && !d.suppressed);
}

interface Entry { file: string; rule: string; fingerprint: string; count?: number; quote?: string; path?: string; reason?: string }

function readEntries(file: string): Entry[] {
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { version: number; suppressions: Entry[] };
  assert.strictEqual(json.version, 1);
  return json.suppressions;
}

/** A project folder: the fixture draft and units file and a config naming them. */
function project(root: string, sub = ''): { dir: string; draft: string } {
  const dir = path.join(root, sub);
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(FIXTURE, 'draft.txt'), path.join(dir, 'draft.txt'));
  fs.copyFileSync(path.join(FIXTURE, 'units.txt'), path.join(dir, 'units.txt'));
  fs.writeFileSync(path.join(dir, 'xianjie.config.json'), JSON.stringify({ units: 'units.txt' }));
  return { dir, draft: path.join(dir, 'draft.txt') };
}

/** Inserts lines after line `at` (0-based) of a UTF-8 file. */
function insertLines(file: string, at: number, lines: string[]): void {
  const all = fs.readFileSync(file, 'utf8').split('\n');
  all.splice(at + 1, 0, ...lines);
  fs.writeFileSync(file, all.join('\n'));
}

describe('suppressions file (CLI, child process)', () => {
  let tmp: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-suppress-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  describe('adopting the checker on an existing plan', () => {
    let dir: string;
    let draft: string;
    let baseline: JsonOutput;
    const check = (...args: string[]) => runCli(['check', 'draft.txt', ...args], 60_000, dir);

    before(() => {
      ({ dir, draft } = project(tmp, 'adopt'));
      baseline = parseJson(check('--format', 'json'));
    });

    it('before: the plan fails CI (errors and warnings found)', () => {
      expectExit(check(), 1);
      assert.ok(failing(baseline).some((d) => d.rule === 'deadline-later-than-baseline'));
      assert.ok(failing(baseline).some((d) => d.rule === 'unknown-unit'));
    });

    it('--suppress-all records every error and warning beside the config, and the run passes', () => {
      const r = check('--suppress-all', '--suppress-reason', '存量问题，下次修订时处理');
      expectExit(r, 0);
      const entries = readEntries(path.join(dir, SUPPRESSIONS));
      const n = failing(baseline).length;
      assert.strictEqual(entries.reduce((s, e) => s + (e.count ?? 1), 0), n);
      assert.match(r.stderr, new RegExp(`新记录 ${n} 处`));
      for (const e of entries) {
        assert.strictEqual(e.file, 'draft.txt');
        assert.match(e.fingerprint, /^[0-9a-f]{16}$/);
        assert.strictEqual(e.reason, '存量问题，下次修订时处理');
        assert.ok(!('line' in e), 'entries carry no line numbers');
      }
      const late = entries.find((e) => e.rule === 'deadline-later-than-baseline' && e.quote === '2026年')!;
      assert.strictEqual(late.path, '重点任务 › 加快构建数字化履职能力体系 › 提升政务服务能力');
      // The file is what a reviewer reads: sorted, two-space JSON, a final newline.
      const text = fs.readFileSync(path.join(dir, SUPPRESSIONS), 'utf8');
      assert.ok(text.endsWith('}\n') && text.includes('\n  "suppressions": [\n    {'));
    });

    it('with the file committed, CI is green even at --fail-on warning; JSON keeps the findings, marked', () => {
      expectExit(check('--fail-on', 'warning'), 0);
      const out = parseJson(check('--format', 'json', '--fail-on', 'warning'));
      const all = out.files[0]!.diagnostics;
      const accepted = all.filter((d) => d.suppressed);
      assert.strictEqual(accepted.length, failing(baseline).length);
      assert.deepStrictEqual(failing(out), []);
      for (const d of accepted) assert.strictEqual(d.suppressionReason, '存量问题，下次修订时处理');
      assert.strictEqual(out.summary.suppressed, accepted.length);
      assert.strictEqual(out.summary.error + out.summary.warning, 0);
      assert.strictEqual(out.summary.information, all.filter((d) => d.severity === 'information').length);
    });

    it('the text format prints one count line instead of the accepted findings', () => {
      const r = check();
      expectExit(r, 0);
      const n = failing(baseline).length;
      assert.strictEqual(r.stdout.split('\n').filter((l) => l.includes('已接受')).length, 1);
      assert.match(r.stdout, new RegExp(`已接受 ${n} 处问题（记于 ${SUPPRESSIONS}），未逐条列出`));
      assert.ok(!/ 错误 deadline-later-than-baseline /.test(r.stdout), 'accepted errors are not listed');
      assert.match(r.stdout, /共检查 1 个文件：错误 0，警告 0，/);
    });

    it('SARIF marks accepted results with external suppressions and the justification', () => {
      const r = check('--format', 'sarif');
      expectExit(r, 0);
      const log = JSON.parse(r.stdout) as { runs: { results: { ruleId: string; suppressions?: { kind: string; justification?: string }[] }[] }[] };
      const results = log.runs[0]!.results;
      const suppressed = results.filter((x) => x.suppressions);
      assert.strictEqual(suppressed.length, failing(baseline).length);
      for (const x of suppressed) assert.deepStrictEqual(x.suppressions!.map((s) => [s.kind, s.justification]), [['external', '存量问题，下次修订时处理']]);
      assert.ok(results.some((x) => !x.suppressions), 'unsuppressed (information) results stay plain');
    });

    it('fingerprint: inserted lines above and a GB18030 re-encoding with CRLF keep every entry matching', () => {
      const copy = path.join(dir, 'moved.txt');
      fs.copyFileSync(draft, copy);
      insertLines(copy, 1, ['各乡镇人民政府、县直各部门要高度重视，认真组织实施。', '', '各有关单位要加强协作。']);
      // A paragraph inside the very section that holds the first accepted finding.
      insertLines(copy, 8, ['为做好以下工作，特作如下安排。']);
      const text = fs.readFileSync(copy, 'utf8').replace(/\n/g, '\r\n');
      fs.writeFileSync(copy, iconv.encode(text, 'gb18030'));
      // Entries name the file: point them at the moved copy for this run.
      const set = JSON.parse(fs.readFileSync(path.join(dir, SUPPRESSIONS), 'utf8')) as { suppressions: Entry[] };
      for (const e of set.suppressions) e.file = 'moved.txt';
      fs.writeFileSync(path.join(dir, 'moved-suppressions.json'), JSON.stringify(set));
      const r = runCli(['check', 'moved.txt', '--suppressions', 'moved-suppressions.json', '--format', 'json', '--fail-on', 'warning'], 60_000, dir);
      expectExit(r, 0);
      const out = parseJson(r);
      assert.strictEqual(out.files[0]!.encoding, 'gb18030');
      assert.strictEqual(out.summary.suppressed, failing(baseline).length);
      // The same findings, four lines further down.
      const lines = (o: JsonOutput) => o.files[0]!.diagnostics.filter((d) => d.rule === 'deadline-later-than-baseline').map((d) => d.range.start.line);
      assert.deepStrictEqual(lines(out), lines(baseline).map((l) => l + 4));
    });

    it('a new mistake of the same rule in another paragraph fails CI, and only it is listed', () => {
      const copy = path.join(dir, 'draft.txt');
      const original = fs.readFileSync(copy, 'utf8');
      try {
        // Under （二）: a late deadline, and the same unknown unit already accepted under （一）.
        insertLines(copy, 9, [
          '3.推进政务协同。推动“宁政通”移动办公向乡村延伸，推进部门间业务协同。（责任单位：县数字化推进中心。完成时限：2026年）',
        ]);
        const r = check('--format', 'json');
        expectExit(r, 1);
        const live = failing(parseJson(r));
        assert.deepStrictEqual(live.map((d) => `${d.rule}@${d.range.start.line}`).sort(), ['deadline-later-than-baseline@10', 'unknown-unit@10']);
        const text = check();
        expectExit(text, 1);
        assert.match(text.stdout, /draft\.txt:11:\d+ 错误 deadline-later-than-baseline/);
      } finally {
        fs.writeFileSync(copy, original);
      }
    });

    it('fixing an old mistake and --prune-suppressions shrinks the file; a second prune changes nothing', () => {
      const file = path.join(dir, SUPPRESSIONS);
      const before = readEntries(file);
      fs.writeFileSync(draft, fs.readFileSync(draft, 'utf8').replace('完成时限：2026年）', '完成时限：2023年）'));
      expectExit(check('--fail-on', 'warning'), 0);
      assert.deepStrictEqual(readEntries(file), before, 'a plain check never writes the file');
      const r = check('--prune-suppressions');
      expectExit(r, 0);
      assert.match(r.stderr, /删除 1 处已不存在的问题，现有 \d+ 条记录/);
      const after = readEntries(file);
      assert.strictEqual(after.length, before.length - 1);
      assert.deepStrictEqual(before.filter((e) => !after.some((a) => a.fingerprint === e.fingerprint)).map((e) => e.quote), ['2026年']);
      const bytes = fs.readFileSync(file, 'utf8');
      expectExit(check('--prune-suppressions'), 0);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), bytes);
    });
  });

  describe('options and where the file is', () => {
    it('--suppress-rule records only that rule; other errors still fail', () => {
      const { dir } = project(tmp, 'rule');
      const r = runCli(['check', 'draft.txt', '--suppress-rule', 'unknown-unit'], 60_000, dir);
      expectExit(r, 1);
      const entries = readEntries(path.join(dir, SUPPRESSIONS));
      assert.deepStrictEqual([...new Set(entries.map((e) => e.rule))], ['unknown-unit']);
      assert.strictEqual(entries[0]!.reason, undefined);
    });

    it('the file sits beside the config in use, whatever the current folder; entries name the draft relative to it', () => {
      const root = path.join(tmp, 'beside');
      const { dir } = project(root, 'proj');
      fs.mkdirSync(path.join(dir, 'plans'));
      fs.renameSync(path.join(dir, 'draft.txt'), path.join(dir, 'plans', 'draft.txt'));
      const r = runCli(['check', path.join('proj', 'plans', 'draft.txt'), '--suppress-all'], 60_000, root);
      expectExit(r, 0);
      assert.ok(!fs.existsSync(path.join(root, SUPPRESSIONS)));
      const entries = readEntries(path.join(dir, SUPPRESSIONS));
      assert.ok(entries.length > 0 && entries.every((e) => e.file === 'plans/draft.txt'));
    });

    it('without a config file the current folder holds it; --suppressions names another', () => {
      const dir = path.join(tmp, 'noconfig');
      fs.mkdirSync(dir);
      fs.copyFileSync(path.join(FIXTURE, 'draft.txt'), path.join(dir, 'draft.txt'));
      expectExit(runCli(['check', 'draft.txt', '--suppress-all'], 60_000, dir), 0);
      assert.ok(readEntries(path.join(dir, SUPPRESSIONS)).length > 0);
      expectExit(runCli(['check', 'draft.txt', '--suppress-all', '--suppressions', 'ci/accepted.json'], 60_000, dir), 0);
      assert.ok(readEntries(path.join(dir, 'ci', 'accepted.json')).length > 0);
      expectExit(runCli(['check', 'draft.txt', '--suppressions', 'ci/accepted.json'], 60_000, dir), 0);
    });

    it('refuses, with exit 2 and one Chinese sentence: a named file that does not exist, a bad file, bad flags', () => {
      const { dir } = project(tmp, 'refuse');
      const missing = runCli(['check', 'draft.txt', '--suppressions', 'nosuch.json'], 60_000, dir);
      expectExit(missing, 2);
      assert.match(missing.stderr, /找不到抑制文件 nosuch\.json/);
      fs.writeFileSync(path.join(dir, SUPPRESSIONS), '{"version": 1, "suppressions": [{"file": "draft.txt", "rule": "unknown-unit"}]}');
      const bad = runCli(['check', 'draft.txt'], 60_000, dir);
      expectExit(bad, 2);
      assert.match(bad.stderr, /抑制文件 .*xianjie-suppressions\.json 的格式不正确（suppressions\.0\.fingerprint/);
      fs.writeFileSync(path.join(dir, SUPPRESSIONS), '{ not json');
      assert.match(runCli(['check', 'draft.txt'], 60_000, dir).stderr, /不是有效的 JSON/);
      fs.rmSync(path.join(dir, SUPPRESSIONS));
      const both = runCli(['check', 'draft.txt', '--suppress-all', '--suppress-rule', 'unknown-unit'], 60_000, dir);
      expectExit(both, 2);
      assert.match(both.stderr, /不能同时使用/);
      const rule = runCli(['check', 'draft.txt', '--suppress-rule', 'no-such-rule'], 60_000, dir);
      expectExit(rule, 2);
      assert.match(rule.stderr, /无法识别。可用的规则：missing-pillar、/);
      expectExit(runCli(['check', 'draft.txt', '--suppress-reason', '理由'], 60_000, dir), 2);
      assert.ok(!fs.existsSync(path.join(dir, SUPPRESSIONS)), 'refused runs write nothing');
    });
  });

  describe('report and JSON with recorded decisions', () => {
    let dir: string;
    before(() => {
      ({ dir } = project(tmp, 'report'));
      fs.writeFileSync(path.join(dir, 'xianjie.config.json'), JSON.stringify({
        units: 'units.txt',
        tasks: { '98': { applies: false, reason: '本县无林草资源，由市级统筹' } },
      }));
      // Only warnings remain once the late deadlines are accepted: the run passes at the default --fail-on error.
      expectExit(runCli(['check', 'draft.txt', '--suppress-rule', 'deadline-later-than-baseline', '--suppress-reason', '经县政府常务会议研究同意'], 60_000, dir), 0);
    });

    it('JSON lists the task under coverage.tasks.notApplicable, not in uncovered, and no finding for it', () => {
      const out = parseJson(runCli(['check', 'draft.txt', '--format', 'json', '--fail-on', 'never'], 60_000, dir));
      const t = out.files[0]!.coverage.tasks;
      assert.deepStrictEqual(t.notApplicable, [{ no: 98, reason: '本县无林草资源，由市级统筹' }]);
      assert.ok(!t.uncovered.includes(98));
      assert.ok(!out.files[0]!.diagnostics.some((d) => d.rule === 'task-uncovered' && d.related.some((r) => r.taskNo === 98)));
      const text = runCli(['check', 'draft.txt'], 60_000, dir);
      assert.match(text.stdout, /覆盖本级任务 \d+\/\d+（另有 1 项不适用本级）/);
    });

    it('Markdown, CSV and HTML show 不适用本级 and 已接受 rows with their reasons and counts in the header', () => {
      const md = runCli(['report', 'draft.txt', '--format', 'md', '--date', '2026-01-01'], 60_000, dir);
      expectExit(md, 0);
      const row = (no: number) => md.stdout.split('\n').find((l) => l.startsWith(`| ${no} |`))!;
      assert.match(row(98), /\| 不适用本级（本县无林草资源，由市级统筹） \|$/);
      assert.match(row(85), /\| 已接受（经县政府常务会议研究同意） \|$/);
      assert.match(md.stdout, /未覆盖 \d+；不适用本级 1 项，已接受 2 项/);
      assert.match(md.stdout, /- 第7行 `deadline-later-than-baseline`（已接受：经县政府常务会议研究同意）：/);
      const csv = runCli(['report', 'draft.txt', '--format', 'csv'], 60_000, dir).stdout;
      const line98 = csv.split('\r\n').find((l) => l.startsWith('98,'))!;
      assert.ok(line98.includes(',否,不适用本级,') && line98.includes('理由：本县无林草资源，由市级统筹'), line98);
      const html = runCli(['report', 'draft.txt'], 60_000, dir).stdout;
      assert.match(html, /<tr id="task-98" data-status="不适用本级"[^]*?<span class="status na">不适用本级<\/span><p class="reason">理由：本县无林草资源，由市级统筹<\/p>/);
      assert.match(html, /<tr id="task-85" data-status="已接受"[^]*?<span class="status accepted">已接受<\/span><p class="reason">理由：经县政府常务会议研究同意<\/p>/);
      assert.match(html, /<li>不适用本级 <strong>1<\/strong> 项<\/li>\n<li>已接受 <strong>2<\/strong> 项<\/li>/);
      assert.match(html, /<option>不适用本级<\/option><option>已接受<\/option>/);
    });
  });
});
