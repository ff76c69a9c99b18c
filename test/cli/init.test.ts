// `xianjie init`: the scaffold of a new plan, checked with its own config, gives no error and no
// warning, covers every pillar and leaves no applicable task uncovered; its 【待填】 markers are
// reported by placeholder-unfilled (information) until filled. Runs the CLI as a child process
// in temporary folders.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { node, ROOT, seed } from '../helpers/server';
import { BIN, describeRun, type CliRun } from './run';

type JsonOutput = import('../../server/src/cli/json').JsonOutput;

const PLAN = '盐池县数字政府建设实施方案.plan.txt';
const UNITS = '盐池县单位名录.txt';

function xianjie(cwd: string, args: string[]): CliRun {
  const started = Date.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
}

function checkJson(cwd: string, file = PLAN, extra: string[] = []): { run: CliRun; out: JsonOutput } {
  const run = xianjie(cwd, ['check', file, '--format', 'json', ...extra]);
  assert.ok(run.status === 0 || run.status === 1, describeRun(run));
  return { run, out: JSON.parse(run.stdout) as JsonOutput };
}

function tmpdir(): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-init-')));
}

const region = node.baselines.loadBaseline('ningxia-2023');
const applicable = region.tasks.filter((t) => t.namesLocal);

/** Data rows of the scaffold's task table (tab-separated, first cell a number). */
function tableRows(text: string): string[][] {
  return text.split('\n').filter((l) => /^\d+\t/.test(l)).map((l) => l.split('\t'));
}

/** What a clean scaffold must show: no error or warning, all pillars, all applicable tasks, only placeholder information. */
function assertCleanScaffold(out: JsonOutput, text: string): void {
  const f = out.files[0]!;
  assert.strictEqual(out.summary.error, 0, JSON.stringify(f.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)));
  assert.strictEqual(out.summary.warning, 0, JSON.stringify(f.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message)));
  assert.deepStrictEqual(f.coverage.pillars.filter((p) => !p.covered).map((p) => p.name), []);
  assert.deepStrictEqual(f.coverage.tasks.uncovered, []);
  assert.strictEqual(f.coverage.tasks.covered, f.coverage.tasks.applicable);
  assert.strictEqual(f.coverage.tasks.applicable, applicable.length);
  // Every information is a placeholder, one per 【待填】 marker.
  const info = f.diagnostics.filter((d) => d.severity === 'information');
  assert.deepStrictEqual([...new Set(info.map((d) => d.rule))], ['placeholder-unfilled']);
  assert.strictEqual(info.length, (text.match(/【待填】/g) ?? []).length);
  assert.ok(info.length > applicable.length, 'one marker per task row plus the body');
}

describe('xianjie init (scaffold of a new plan)', function () {
  this.timeout(180_000);
  let dir: string;
  beforeEach(() => {
    dir = tmpdir();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the plan, a config and a units template into the current folder', () => {
    const r = xianjie(dir, ['init', '--baseline', 'ningxia-2023', '--name', '盐池县', '--level', '县']);
    assert.strictEqual(r.status, 0, describeRun(r));
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), [PLAN, UNITS, 'xianjie.config.json'].sort());
    const config = node.project.loadConfig(path.join(dir, 'xianjie.config.json')).config;
    assert.strictEqual(config.baseline, 'ningxia-2023');
    assert.strictEqual(config.units, path.join(dir, UNITS));
    // The units template is a valid units file.
    assert.ok(node.project.loadLocalUnits(path.join(dir, UNITS)).some((u) => u.name === '盐池县人民政府'));
  });

  it('lists every task this level must take up, with the regional deadline and 【待填】 for the units', () => {
    xianjie(dir, ['init', '--name', '盐池县', '--level', '县']);
    const text = fs.readFileSync(path.join(dir, PLAN), 'utf8');
    const rows = tableRows(text);
    assert.strictEqual(rows.length, applicable.length);
    rows.forEach((cells, i) => {
      const t = applicable[i]!;
      assert.strictEqual(cells[0], String(i + 1));
      assert.strictEqual(cells[2], t.content.replace(/[\t\r\n]+/g, ' ').trim());
      assert.strictEqual(cells[3], '【待填】');
      assert.strictEqual(cells[4], t.deadline.raw.trim());
      assert.strictEqual(cells[5], `自治区任务清单第${t.no}项`);
    });
    // 主要目标 carries the region's dates, made the county's.
    const goals = text.slice(text.indexOf('主要目标'), text.indexOf('（三）'));
    for (const g of region.goals) assert.ok(goals.includes(`到${g.deadline.milestones[0]!.year}年`), String(g.deadline.milestones[0]!.year));
    assert.ok(goals.includes('全县') && !goals.includes('全区'));
    // The framework: every level-1 heading of the region, in order.
    const heads = text.split('\n').filter((l) => /^[一二三四五六七八九十]+、/.test(l)).map((l) => l.replace(/^[一二三四五六七八九十]+、/, ''));
    assert.deepStrictEqual(heads, region.clauses.filter((c) => c.level === 1).map((c) => c.title.trim().replace(/,/g, '，')));
  });

  it('checked with its own config: no error, no warning, every pillar, no applicable task uncovered', () => {
    xianjie(dir, ['init', '--baseline', 'ningxia-2023', '--name', '盐池县', '--level', '县']);
    const { run, out } = checkJson(dir);
    assert.strictEqual(run.status, 0);
    assertCleanScaffold(out, fs.readFileSync(path.join(dir, PLAN), 'utf8'));
  });

  it('with --parent (the 吴忠 plan): the city framework, cited by title, and still clean at both levels', () => {
    fs.copyFileSync(seed('wuzhong-2023-shishi-fangan.txt'), path.join(dir, '吴忠市实施方案.txt'));
    const county = path.join(dir, '盐池县');
    fs.mkdirSync(county);
    const r = xianjie(county, ['init', '--baseline', 'ningxia-2023', '--parent', '../吴忠市实施方案.txt', '--name', '盐池县', '--level', '县']);
    assert.strictEqual(r.status, 0, describeRun(r));
    const config = JSON.parse(fs.readFileSync(path.join(county, 'xianjie.config.json'), 'utf8'));
    assert.deepStrictEqual(config.parents, ['../吴忠市实施方案.txt']);
    const text = fs.readFileSync(path.join(county, PLAN), 'utf8');
    assert.ok(text.includes('和吴忠市人民政府《关于加强数字政府建设的实施方案》精神'));
    assert.ok(text.includes('二、完善“一套体系”'), 'the city plan’s 1347 framework');
    const { run, out } = checkJson(county);
    assert.strictEqual(run.status, 0);
    assertCleanScaffold(out, text);
    // Against the city plan too: nothing from the parent level.
    assert.ok(!out.files[0]!.diagnostics.some((d) => d.baseline.startsWith('plan-') && d.severity !== 'information'));
  });

  it('a filled placeholder is no longer reported; a filled unit is checked like any other', () => {
    xianjie(dir, ['init', '--name', '盐池县', '--level', '县']);
    const file = path.join(dir, PLAN);
    const text = fs.readFileSync(file, 'utf8');
    const before = checkJson(dir).out.files[0]!.diagnostics;
    // The first task row gets a unit the units file knows, the second one it does not.
    const rows = text.split('\n');
    const first = rows.findIndex((l) => /^1\t/.test(l));
    rows[first] = rows[first]!.replace('【待填】', '县大数据服务中心');
    rows[first + 1] = rows[first + 1]!.replace('【待填】', '县数据管理局');
    fs.writeFileSync(file, rows.join('\n'));
    fs.appendFileSync(path.join(dir, UNITS), '县大数据服务中心\n');
    const after = checkJson(dir).out.files[0]!.diagnostics;
    const count = (ds: typeof before) => ds.filter((d) => d.rule === 'placeholder-unfilled').length;
    assert.strictEqual(count(after), count(before) - 2);
    const unknown = after.filter((d) => d.rule === 'unknown-unit');
    assert.strictEqual(unknown.length, 1, JSON.stringify(unknown.map((d) => d.message)));
    assert.ok(unknown[0]!.message.includes('县数据管理局'));
  });

  it('placeholder-unfilled raised to error in the config fails the check (for a plan about to be submitted)', () => {
    xianjie(dir, ['init', '--name', '盐池县', '--level', '县']);
    const cfg = path.join(dir, 'xianjie.config.json');
    const config = JSON.parse(fs.readFileSync(cfg, 'utf8'));
    config.rules = { 'placeholder-unfilled': 'error' };
    fs.writeFileSync(cfg, JSON.stringify(config));
    const r = xianjie(dir, ['check', PLAN]);
    assert.strictEqual(r.status, 1, describeRun(r));
    assert.match(r.stdout, /错误 placeholder-unfilled “责任单位”一栏尚待填写/);
  });

  it('a city scaffold speaks of 全市 and 我市', () => {
    xianjie(dir, ['init', '--name', '固原市', '--level', '市']);
    const text = fs.readFileSync(path.join(dir, '固原市数字政府建设实施方案.plan.txt'), 'utf8');
    assert.ok(text.includes('结合我市实际') && text.includes('到2025年，全市'));
    const { out } = checkJson(dir, '固原市数字政府建设实施方案.plan.txt');
    assertCleanScaffold(out, text);
  });

  it('refuses to overwrite, and bad input exits 2 with one clear message', () => {
    assert.strictEqual(xianjie(dir, ['init', '--name', '盐池县', '--level', '县']).status, 0);
    fs.writeFileSync(path.join(dir, PLAN), '已写了一部分');
    const again = xianjie(dir, ['init', '--name', '盐池县', '--level', '县']);
    assert.strictEqual(again.status, 2);
    assert.match(again.stderr, /已存在，未作改动：盐池县数字政府建设实施方案\.plan\.txt.*--force/);
    assert.strictEqual(fs.readFileSync(path.join(dir, PLAN), 'utf8'), '已写了一部分');
    assert.strictEqual(xianjie(dir, ['init', '--name', '盐池县', '--level', '县', '--force']).status, 0);
    assert.notStrictEqual(fs.readFileSync(path.join(dir, PLAN), 'utf8'), '已写了一部分');
    const cases: [string[], RegExp][] = [
      [['init', '--name', '盐池县', '--level', '乡'], /--level 只能是 市、县、区/],
      [['init', '--name', '盐池县', '--level', '县', '--baseline', 'no-such'], /没有名为“no-such”的内置基准/],
      [['init', '--name', '盐池县', '--level', '县', '--parent', 'no-such.txt', '--force'], /找不到上级方案文件 no-such\.txt/],
      [['init', '--name', '盐池/县', '--level', '县'], /--name 应为地名/],
      [['init', '--level', '县'], /--name/],
    ];
    for (const [args, message] of cases) {
      const r = xianjie(dir, args);
      assert.strictEqual(r.status, 2, describeRun(r));
      assert.match(r.stderr, message);
      assert.ok(!/\n\s+at /.test(r.stderr), 'no stack trace');
    }
  });
});

describe('placeholder-unfilled (rule)', () => {
  const { prepared } = node.baselines.getPrepared('ningxia-2023');
  const core = require(path.join(ROOT, 'server/out/core/analyze')) as typeof import('../../server/src/core/analyze');

  it('reports 【待填】 and 【待填：说明】, naming the table column or the guidance that follows', () => {
    const text = '某县数字政府建设实施方案\n（一）主要目标\n【待填：本县目标】\n【待填】写明指导思想。\n序号\t重点内容\t责任单位\t完成时限\n1\t建设政务信创云\t【待填】\t2025年\n';
    const found = core.analyze(text, prepared).findings.filter((f) => f.rule === 'placeholder-unfilled');
    assert.deepStrictEqual(found.map((f) => text.slice(f.start, f.end)), ['【待填：本县目标】', '【待填】', '【待填】']);
    assert.ok(found.every((f) => f.severity === 'information'));
    assert.match(found[1]!.message, /“写明指导思想”尚待填写/);
    assert.match(found[2]!.message, /“责任单位”一栏尚待填写/);
    // The placeholder in the units cell is not an unknown unit.
    assert.ok(!core.analyze(text, prepared).findings.some((f) => f.rule === 'unknown-unit'));
  });

  it('text without markers gives nothing', () => {
    const text = fs.readFileSync(seed('wuzhong-2023-shishi-fangan.txt'), 'utf8');
    assert.ok(!core.analyze(text, prepared).findings.some((f) => f.rule === 'placeholder-unfilled'));
  });
});
