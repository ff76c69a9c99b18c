// `--changed-since <git ref>` and the README's CI examples, run for real in temporary git
// repositories: the GitHub Actions step, the GitLab CI script and the pre-commit hook are read out
// of README.md as written and executed with `npx xianjie` resolving to this checkout's CLI.
import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { load as loadYaml } from 'js-yaml';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ROOT } from '../helpers/server';
import { BIN, describeRun, runCli, WUZHONG, WUZHONG_UNITS, type CliRun } from './run';

const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The fenced code block that follows the first README line mentioning `marker`. */
function readmeBlock(marker: string): string {
  const at = README.indexOf(marker);
  assert.ok(at >= 0, `README has no ${marker}`);
  const m = /```[a-z]*\n([\s\S]*?)```/.exec(README.slice(at));
  assert.ok(m, `no code block after ${marker}`);
  return m[1]!;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=测试', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function run(cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const started = Date.now();
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
}

const CLEAN = fs.readFileSync(path.join(ROOT, WUZHONG), 'utf8');
const UNITS = fs.readFileSync(path.join(ROOT, WUZHONG_UNITS), 'utf8');
const WARNING_ONLY = fs.readFileSync(path.join(ROOT, 'test/fixtures/cli/warning-only.txt'), 'utf8');
/** A wrong 文号 for the regional document: a basis-mismatch error. */
const breakBasis = (t: string) => t.replace('宁政发〔2023〕17号', '宁政发〔2023〕71号');

/**
 * A repository of plans as the README describes it: 方案/<县>/ with a config each, `npx xianjie`
 * resolving to this checkout through node_modules/.bin, one commit on main.
 */
function makeRepo(): { dir: string; plan: (county: string) => string } {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-ci-')));
  const plan = (county: string) => path.join(dir, '方案', county, `${county}实施方案.txt`);
  for (const [county, text] of [['甲县', CLEAN], ['乙县', WARNING_ONLY], ['丙县', WARNING_ONLY]] as const) {
    fs.mkdirSync(path.dirname(plan(county)), { recursive: true });
    fs.writeFileSync(plan(county), text);
  }
  // 甲县 has its own units file; the others take the defaults.
  fs.writeFileSync(path.join(dir, '方案/甲县/units.txt'), UNITS);
  fs.writeFileSync(path.join(dir, '方案/甲县/xianjie.config.json'), JSON.stringify({ baseline: 'ningxia-2023', units: 'units.txt' }, null, 2));
  for (const county of ['乙县', '丙县']) fs.writeFileSync(path.join(dir, `方案/${county}/xianjie.config.json`), JSON.stringify({ baseline: 'ningxia-2023' }, null, 2));
  fs.mkdirSync(path.join(dir, 'node_modules/.bin'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'node_modules/.bin/xianjie'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, { mode: 0o755 });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ private: true, devDependencies: { xianjie: '*' } }, null, 2));
  fs.writeFileSync(path.join(dir, '.gitignore'), 'node_modules/\n');
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'plans');
  return { dir, plan };
}

/** Paths of the files a JSON run checked, relative to the repository. */
function checked(dir: string, r: CliRun): string[] {
  assert.ok(r.status === 0 || r.status === 1, describeRun(r));
  return (JSON.parse(r.stdout).files as { path: string }[]).map((f) => path.relative(dir, path.resolve(dir, f.path)).split(path.sep).join('/')).sort();
}

function checkIn(dir: string, args: string[]): CliRun {
  return run(dir, process.execPath, [BIN, 'check', '方案/**/*实施方案*.txt', '--format', 'json', ...args]);
}

describe('xianjie check --changed-since (temporary git repositories)', () => {
  let repo: ReturnType<typeof makeRepo>;
  beforeEach(() => {
    repo = makeRepo();
  });
  afterEach(() => fs.rmSync(repo.dir, { recursive: true, force: true }));

  it('checks nothing when nothing changed, and exits 0', () => {
    const r = checkIn(repo.dir, ['--changed-since', 'HEAD']);
    assert.deepStrictEqual(checked(repo.dir, r), []);
    assert.strictEqual(r.status, 0);
    assert.match(r.stderr, /有改动的方案：0 个（共 3 个）/);
  });

  it('checks an edited plan (unstaged, staged or committed) and only that one', () => {
    fs.writeFileSync(repo.plan('乙县'), breakBasis(WARNING_ONLY));
    let r = checkIn(repo.dir, ['--changed-since', 'HEAD']);
    assert.deepStrictEqual(checked(repo.dir, r), ['方案/乙县/乙县实施方案.txt']);
    assert.strictEqual(r.status, 1, 'the edit introduced an error');
    git(repo.dir, 'add', '-A');
    assert.deepStrictEqual(checked(repo.dir, checkIn(repo.dir, ['--changed-since', 'HEAD'])), ['方案/乙县/乙县实施方案.txt']);
    git(repo.dir, 'commit', '-qm', 'edit');
    assert.deepStrictEqual(checked(repo.dir, checkIn(repo.dir, ['--changed-since', 'HEAD'])), []);
    assert.deepStrictEqual(checked(repo.dir, checkIn(repo.dir, ['--changed-since', 'HEAD~1'])), ['方案/乙县/乙县实施方案.txt']);
  });

  it('checks a new, untracked plan', () => {
    fs.mkdirSync(path.join(repo.dir, '方案/丁县'));
    fs.writeFileSync(path.join(repo.dir, '方案/丁县/丁县实施方案.txt'), WARNING_ONLY);
    assert.deepStrictEqual(checked(repo.dir, checkIn(repo.dir, ['--changed-since', 'HEAD'])), ['方案/丁县/丁县实施方案.txt']);
  });

  it('rechecks the plans whose units file, config or suppressions file changed', () => {
    fs.appendFileSync(path.join(repo.dir, '方案/甲县/units.txt'), '县数据局\n');
    assert.deepStrictEqual(checked(repo.dir, checkIn(repo.dir, ['--changed-since', 'HEAD'])), ['方案/甲县/甲县实施方案.txt']);
    git(repo.dir, 'checkout', '--', '.');
    fs.writeFileSync(path.join(repo.dir, '方案/丙县/xianjie.config.json'), JSON.stringify({ baseline: 'ningxia-2023', rules: { 'task-uncovered': 'off' } }));
    assert.deepStrictEqual(checked(repo.dir, checkIn(repo.dir, ['--changed-since', 'HEAD'])), ['方案/丙县/丙县实施方案.txt']);
    git(repo.dir, 'checkout', '--', '.');
    // A suppressions file beside 乙县's config (findings accepted there) changes 乙县's result.
    fs.writeFileSync(path.join(repo.dir, '方案/乙县/xianjie-suppressions.json'), JSON.stringify({ version: 1, suppressions: [] }));
    assert.deepStrictEqual(checked(repo.dir, checkIn(repo.dir, ['--changed-since', 'HEAD'])), ['方案/乙县/乙县实施方案.txt']);
  });

  it('compares a branch with where it left the base branch, not with the base branch’s later commits', () => {
    git(repo.dir, 'checkout', '-qb', 'feature');
    fs.writeFileSync(repo.plan('乙县'), breakBasis(WARNING_ONLY));
    git(repo.dir, 'commit', '-qam', 'feature edit');
    git(repo.dir, 'checkout', '-q', 'main');
    fs.appendFileSync(repo.plan('丙县'), '\n');
    git(repo.dir, 'commit', '-qam', 'main moves on');
    git(repo.dir, 'checkout', '-q', 'feature');
    assert.deepStrictEqual(checked(repo.dir, checkIn(repo.dir, ['--changed-since', 'main'])), ['方案/乙县/乙县实施方案.txt']);
  });

  it('each plan is checked with its own folder’s config', () => {
    // 乙县 and 丙县 hold the same text; only 丙县's config turns task-uncovered off.
    fs.writeFileSync(path.join(repo.dir, '方案/丙县/xianjie.config.json'), JSON.stringify({ baseline: 'ningxia-2023', rules: { 'task-uncovered': 'off' } }));
    const files = JSON.parse(checkIn(repo.dir, []).stdout).files as { path: string; diagnostics: { rule: string }[] }[];
    assert.strictEqual(files.length, 3);
    const uncovered = (county: string) => files.find((f) => f.path.includes(county))!.diagnostics.filter((d) => d.rule === 'task-uncovered').length;
    assert.ok(uncovered('乙县') > 0);
    assert.strictEqual(uncovered('丙县'), 0);
    // Files come out in the order they were given, whatever their config group.
    const order = ['丙县', '甲县', '乙县'];
    const r = run(repo.dir, process.execPath, [BIN, 'check', ...order.map((c) => path.relative(repo.dir, repo.plan(c))), '--format', 'json']);
    assert.deepStrictEqual((JSON.parse(r.stdout).files as { path: string }[]).map((f) => f.path.split(path.sep)[1]), order);
  });

  it('an unknown ref, or a folder outside git, exits 2 with a clear message', () => {
    const r = checkIn(repo.dir, ['--changed-since', 'no-such-branch']);
    assert.strictEqual(r.status, 2, describeRun(r));
    assert.match(r.stderr, /无法识别 --changed-since 的 git 引用“no-such-branch”/);
    const outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-nogit-')));
    try {
      fs.writeFileSync(path.join(outside, 'a.txt'), WARNING_ONLY);
      const o = run(outside, process.execPath, [BIN, 'check', 'a.txt', '--changed-since', 'HEAD'], { GIT_CEILING_DIRECTORIES: path.dirname(outside) });
      assert.strictEqual(o.status, 2, describeRun(o));
      assert.match(o.stderr, /只能在 git 仓库中使用/);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('before the first commit, --changed-since HEAD checks every plan', () => {
    fs.rmSync(path.join(repo.dir, '.git'), { recursive: true, force: true });
    git(repo.dir, 'init', '-q');
    assert.strictEqual(checked(repo.dir, checkIn(repo.dir, ['--changed-since', 'HEAD'])).length, 3);
  });
});

describe('README CI examples, run as written', () => {
  let repo: ReturnType<typeof makeRepo>;
  let origin: string;
  beforeEach(() => {
    repo = makeRepo();
    // A local "origin" so that `git fetch origin main` works without a network.
    origin = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-origin-')));
    git(origin, 'init', '-q', '--bare');
    git(repo.dir, 'remote', 'add', 'origin', origin);
    git(repo.dir, 'push', '-q', 'origin', 'main');
    git(repo.dir, 'fetch', '-q', 'origin');
    // A merge request: 乙县 gets a wrong 文号 on a branch.
    git(repo.dir, 'checkout', '-qb', 'feature');
    fs.writeFileSync(repo.plan('乙县'), breakBasis(WARNING_ONLY));
    git(repo.dir, 'commit', '-qam', '乙县 edit');
  });
  afterEach(() => {
    fs.rmSync(repo.dir, { recursive: true, force: true });
    fs.rmSync(origin, { recursive: true, force: true });
  });

  it('GitHub Actions: the check step annotates only the changed plan and fails the job', () => {
    const workflow = loadYaml(readmeBlock('`.github/workflows/xianjie.yml`')) as { on: unknown; jobs: Record<string, { steps: { name?: string; run?: string; uses?: string; with?: Record<string, unknown> }[] }> };
    const steps = Object.values(workflow.jobs)[0]!.steps;
    assert.strictEqual(steps.find((s) => s.uses?.startsWith('actions/checkout'))?.with?.['fetch-depth'], 0, 'full history for --changed-since');
    const step = steps.find((s) => s.run?.includes('xianjie check'))!;
    const r = run(repo.dir, 'bash', ['-e', '-c', step.run!], { GITHUB_BASE_REF: 'main' });
    assert.strictEqual(r.status, 1, describeRun(r));
    const lines = r.stdout.split('\n').filter(Boolean);
    assert.ok(lines.length > 0 && lines.every((l) => /^::(error|warning|notice) file=方案\/乙县\/乙县实施方案\.txt,/.test(l)), r.stdout.slice(0, 500));
    assert.ok(lines.some((l) => l.startsWith('::error ') && l.includes('title=衔接 basis-mismatch')));
  });

  it('GitLab CI: the script writes a Code Quality report and a JUnit report for the changed plan', () => {
    const config = loadYaml(readmeBlock('`.gitlab-ci.yml`')) as Record<string, { script: string[]; artifacts: { reports: Record<string, string> } }>;
    const job = Object.values(config)[0]!;
    // `npm ci` installs the repository's dependencies; here node_modules/.bin/xianjie stands in for it.
    const script = job.script.filter((l) => l.trim() !== 'npm ci');
    const r = run(repo.dir, 'bash', ['-e', '-c', script.join('\n')], { CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main' });
    assert.strictEqual(r.status, 1, `the junit step fails the job on an error\n${describeRun(r)}`);
    const quality = JSON.parse(fs.readFileSync(path.join(repo.dir, job.artifacts.reports.codequality!), 'utf8')) as { check_name: string; location: { path: string } }[];
    assert.ok(quality.length > 0 && quality.every((i) => i.location.path === '方案/乙县/乙县实施方案.txt'));
    assert.ok(quality.some((i) => i.check_name === 'basis-mismatch'));
    const xml = fs.readFileSync(path.join(repo.dir, job.artifacts.reports.junit!), 'utf8');
    assert.strictEqual(XMLValidator.validate(xml), true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => n === 'testcase' }).parse(xml);
    assert.deepStrictEqual(doc.testsuites.testsuite.testcase.map((t: Record<string, string>) => t['@name']), ['方案/乙县/乙县实施方案.txt']);
  });

  it('pre-commit hook: blocks a commit that brings an error, lets a clean one through', () => {
    const hook = path.join(repo.dir, '.git/hooks/pre-commit');
    fs.writeFileSync(hook, readmeBlock('`.git/hooks/pre-commit`'), { mode: 0o755 });
    // A harmless edit to 甲县 commits.
    fs.appendFileSync(repo.plan('甲县'), '\n');
    git(repo.dir, 'add', '-A');
    git(repo.dir, 'commit', '-qm', 'ok');
    // A wrong 文号 in 丙县 is refused, with the finding on stderr or stdout.
    fs.writeFileSync(repo.plan('丙县'), breakBasis(WARNING_ONLY));
    git(repo.dir, 'add', '-A');
    const r = run(repo.dir, 'git', ['-c', 'user.name=测试', '-c', 'user.email=t@example.invalid', 'commit', '-qm', 'bad']);
    assert.notStrictEqual(r.status, 0, describeRun(r));
    assert.match(r.stdout + r.stderr, /丙县实施方案\.txt:\d+:\d+ 错误 basis-mismatch/);
    assert.strictEqual(git(repo.dir, 'log', '-1', '--format=%s').trim(), 'ok');
  });
});

describe('README documents the CI formats it tests', () => {
  it('names each format and --changed-since in the usage line', () => {
    const usage = runCli(['check', '--help']);
    for (const f of ['github', 'junit', 'rdjson', 'codeclimate']) {
      assert.ok(README.includes(`\`${f}\``), f);
      assert.ok(usage.stdout.includes(f), f);
    }
    assert.ok(usage.stdout.includes('--changed-since'));
  });
});
