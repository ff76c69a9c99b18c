// The matrix report (`xianjie report --matrix`) for three county plans of 吴忠 (test/fixtures/matrix/,
// each with its own config naming the 吴忠 plan as parent; 红寺堡区's config records a task that does
// not apply, 同心县 has a suppressions file accepting three findings): every column equals that plan's own
// JSON coverage from `xianjie check`, the CSV carries a BOM and parses, the HTML is self-contained
// with its script allowed by hash, links each cell and each plan's own report, and agrees with the CSV.
import * as assert from 'assert';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseHtml } from 'node-html-parser';
import { describeRun, runCli } from '../cli/run';
import { node, report, ROOT, seed } from '../helpers/server';

type JsonOutput = import('../../server/src/cli/json').JsonOutput;

const FOLDER = 'test/fixtures/matrix';
const COUNTIES = ['红寺堡区', '同心县', '盐池县'];
const planFile = (c: string) => path.join(FOLDER, c, `${c}数字政府建设实施方案.txt`);
const COVERED = new Set(['已覆盖', '时限晚于上级', '单位待核']);

function csvOf(args: string[]): string[][] {
  const r = runCli(['report', '--matrix', ...args, '--format', 'csv']);
  assert.strictEqual(r.status, 0, describeRun(r));
  assert.ok(r.stdout.startsWith('\ufeff类别,'), 'BOM then the header');
  return parseCsv(r.stdout.slice(1), { relax_column_count: false }) as string[][];
}

describe('matrix report (three county plans of 吴忠)', function () {
  this.timeout(180_000);
  const csv = csvOf([FOLDER]);
  const head = csv[0]!;
  const body = csv.slice(1);
  const own = new Map<string, JsonOutput['files'][number]>();
  for (const c of COUNTIES) {
    // The plan checked on its own, with the config found from its folder.
    const r = runCli(['check', planFile(c), '--format', 'json', '--fail-on', 'never']);
    assert.strictEqual(r.status, 0, describeRun(r));
    own.set(c, (JSON.parse(r.stdout) as JsonOutput).files[0]!);
  }
  const column = (c: string) => head.indexOf(`${c}数字政府建设实施方案`);

  it('has one column per plan, headed by its file name without extension, found from the folder', () => {
    assert.deepStrictEqual(head.slice(6), COUNTIES.map((c) => `${c}数字政府建设实施方案`));
    // The parent plan (seeds/) and the units files are not columns.
    assert.strictEqual(head.length, 6 + 3);
  });

  it('has one row per regional task and per element of the 吴忠 plan’s framework', async () => {
    const tasks = body.filter((r) => r[0] === '重点任务');
    assert.deepStrictEqual(tasks.map((r) => Number(r[1])), Array.from({ length: 124 }, (_, i) => i + 1));
    const framework = body.filter((r) => r[0] === '上级方案框架');
    const city = await node.baselines.preparePlanFile(seed('wuzhong-2023-shishi-fangan.txt'));
    assert.deepStrictEqual(framework.map((r) => `${r[3]} ${r[4]}`), city.baseline.pillars.map((p) => `${p.family} ${p.name}`));
    assert.ok(framework.every((r) => r[2] === '吴忠市方案'));
    assert.ok(framework.some((r) => r[3] === '一套体系' && r[4] === '工作机制'));
  });

  for (const c of COUNTIES) {
    it(`${c}: the column equals the plan’s own JSON coverage (tasks, pillars, totals)`, () => {
      const f = own.get(c)!;
      const col = column(c);
      const status = new Map(body.filter((r) => r[0] === '重点任务').map((r) => [Number(r[1]), r[col]!]));
      const mentioned = f.coverage.tasks.mentionedTasks.map((t) => t.no);
      const applicable = new Set([...f.coverage.tasks.uncovered, ...f.coverage.tasks.coveredTasks.map((t) => t.no), ...mentioned]);
      assert.strictEqual(applicable.size, f.coverage.tasks.applicable);
      assert.deepStrictEqual([...status].filter(([, s]) => s === '未覆盖').map(([n]) => n), f.coverage.tasks.uncovered);
      // A task only mentioned is 可能已覆盖 (to confirm), neither covered nor uncovered.
      assert.deepStrictEqual([...status].filter(([, s]) => s === '可能已覆盖').map(([n]) => n), mentioned);
      assert.deepStrictEqual(
        [...status].filter(([n, s]) => applicable.has(n) && COVERED.has(s)).map(([n]) => n),
        f.coverage.tasks.coveredTasks.map((t) => t.no),
      );
      // Tasks the config says do not apply are 不适用本级; tasks the list does not give this level are 非本级任务
      // unless the plan takes them up anyway.
      assert.deepStrictEqual([...status].filter(([, s]) => s === '不适用本级').map(([n]) => n), f.coverage.tasks.notApplicable.map((t) => t.no));
      for (const [n, s] of status) if (!applicable.has(n)) assert.ok(['非本级任务', '不适用本级'].includes(s) || COVERED.has(s), `任务${n}: ${s}`);
      // A late deadline and a unit to verify show as such on their task.
      for (const d of f.diagnostics.filter((x) => x.rule === 'deadline-later-than-baseline' && x.baseline === 'ningxia-2023')) {
        for (const r of d.related.filter((x) => x.taskNo !== undefined)) assert.strictEqual(status.get(r.taskNo!), '时限晚于上级', `任务${r.taskNo}`);
      }
      // The pillar grid.
      const pillars = body.filter((r) => r[0] === '框架板块');
      assert.deepStrictEqual(pillars.map((r) => `${r[3]} ${r[4]}`), f.coverage.pillars.map((p) => `${p.family} ${p.name}`));
      assert.deepStrictEqual(pillars.map((r) => r[col] === '已覆盖'), f.coverage.pillars.map((p) => p.covered));
      // Totals.
      const total = (label: string) => body.find((r) => r[0] === '汇总' && r[4] === label)![col];
      const count = (sev: string) => String(f.diagnostics.filter((d) => d.severity === sev && !d.suppressed).length);
      assert.strictEqual(total('错误'), count('error'));
      assert.strictEqual(total('警告'), count('warning'));
      assert.strictEqual(total('提示'), count('information'));
      assert.strictEqual(total('已接受的问题'), String(f.diagnostics.filter((d) => d.suppressed).length));
      assert.strictEqual(total('不适用本级的任务'), String(f.coverage.tasks.notApplicable.length));
      assert.strictEqual(total('本级任务已覆盖'), `${f.coverage.tasks.covered}/${f.coverage.tasks.applicable}`);
      assert.strictEqual(total('本级任务覆盖率（%）'), String(Math.round((f.coverage.tasks.covered / f.coverage.tasks.applicable) * 1000) / 10));
      // The 吴忠 framework rows: an element is 未覆盖 exactly when the plan's check names it missing against the city plan.
      const cityMissing = f.diagnostics.filter((d) => d.rule === 'missing-pillar' && d.baseline.startsWith('plan-')).map((d) => d.message).join('\n');
      for (const r of body.filter((x) => x[0] === '上级方案框架')) {
        assert.strictEqual(r[col] === '未覆盖', cityMissing.includes(`“${r[4]}”`), `${r[3]} ${r[4]}: ${r[col]}`);
      }
    });
  }

  it('shows every status the fixtures were written for', () => {
    const yanchi = body.filter((r) => r[0] === '重点任务').map((r) => r[column('盐池县')]);
    for (const s of ['已覆盖', '时限晚于上级', '单位待核', '未覆盖', '非本级任务']) assert.ok(yanchi.includes(s), s);
    // 红寺堡区's config: task 11 does not apply there.
    assert.strictEqual(body.find((r) => r[0] === '重点任务' && r[1] === '11')![column('红寺堡区')], '不适用本级');
    // 同心县's suppressions file: three accepted findings, and fewer warnings than the plan has.
    const total = (label: string, c: string) => body.find((r) => r[0] === '汇总' && r[4] === label)![column(c)];
    assert.strictEqual(total('已接受的问题', '同心县'), '3');
    assert.strictEqual(total('警告', '同心县'), String(own.get('同心县')!.diagnostics.filter((d) => d.severity === 'warning' && !d.suppressed).length));
    const hongsibu = body.filter((r) => r[0] === '上级方案框架' && r[3] === '一套体系').map((r) => r[column('红寺堡区')]);
    assert.deepStrictEqual(hongsibu, ['未覆盖', '未覆盖', '未覆盖']);
  });

  it('xianjie check over the three plans at once gives each the result it gets alone (own config, own suppressions file)', () => {
    const r = runCli(['check', ...COUNTIES.map(planFile), '--format', 'json', '--fail-on', 'never']);
    assert.strictEqual(r.status, 0, describeRun(r));
    const together = (JSON.parse(r.stdout) as JsonOutput).files;
    assert.deepStrictEqual(together.map((f) => f.path), COUNTIES.map(planFile));
    together.forEach((f, i) => assert.deepStrictEqual(f, own.get(COUNTIES[i]!)));
  });

  it('--parent on the command line gives the same matrix as the parents in the configs', () => {
    assert.deepStrictEqual(csvOf([...COUNTIES.map(planFile), '--parent', seed('wuzhong-2023-shishi-fangan.txt')]), csv);
  });

  describe('HTML', () => {
    let dir: string;
    let html: string;
    let doc: ReturnType<typeof parseHtml>;
    before(() => {
      dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-matrix-')));
      const r = runCli(['report', '--matrix', FOLDER, '--out', path.join(dir, '汇总.html'), '--date', '2026-12-04']);
      assert.strictEqual(r.status, 0, describeRun(r));
      html = fs.readFileSync(path.join(dir, '汇总.html'), 'utf8');
      doc = parseHtml(html);
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('is self-contained: no remote resources, one script, allowed by its own hash', () => {
      assert.ok(!/(?:src|href)="https?:/.test(html));
      assert.ok(!/<link\b/.test(html) && !/@import|url\(/.test(html));
      const scripts = doc.querySelectorAll('script');
      assert.strictEqual(scripts.length, 1);
      const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
      assert.match(csp, /^default-src 'none'/);
      const hash = createHash('sha256').update(scripts[0]!.innerHTML, 'utf8').digest('base64');
      assert.ok(csp.includes(`script-src 'sha256-${hash}'`), csp);
      assert.ok(!/script-src[^;]*unsafe-inline/.test(csp), csp);
      assert.match(html, /@page \{ size: A4 landscape/);
    });

    it('agrees cell by cell with the CSV, and links each cell to its line in the plan', () => {
      const rows = doc.querySelectorAll('#matrix tbody tr');
      const csvRows = body.filter((r) => r[0] === '重点任务' || r[0] === '上级方案框架');
      assert.strictEqual(rows.length, csvRows.length);
      rows.forEach((tr, i) => {
        const cells = tr.querySelectorAll('td.st');
        assert.deepStrictEqual(cells.map((td) => td.getAttribute('data-status')), csvRows[i]!.slice(6));
        cells.forEach((td, k) => {
          const a = td.querySelector('a');
          if (!COVERED.has(td.getAttribute('data-status')!)) return;
          assert.ok(a, `row ${i} plan ${k}: a covered cell links to its place`);
          const url = new URL(a.getAttribute('href')!);
          const file = fileURLToPath(url);
          assert.strictEqual(file, path.resolve(ROOT, planFile(COUNTIES[k]!)));
          const line = Number(url.hash.slice(2));
          assert.ok(line >= 1 && line <= fs.readFileSync(file, 'utf8').split('\n').length);
        });
      });
      // The pillar grid too.
      const grid = doc.querySelectorAll('#pillars tbody tr').map((tr) => tr.querySelectorAll('td.st').map((td) => td.getAttribute('data-status')));
      assert.deepStrictEqual(grid, body.filter((r) => r[0] === '框架板块').map((r) => r.slice(6)));
    });

    it('lists per-plan totals at the top and links each plan’s own report, written beside it', () => {
      const totals = doc.querySelectorAll('#totals tbody tr');
      assert.deepStrictEqual(totals.map((tr) => tr.querySelector('th')!.text), COUNTIES.map((c) => `${c}数字政府建设实施方案`));
      totals.forEach((tr, i) => {
        const f = own.get(COUNTIES[i]!)!;
        const tds = tr.querySelectorAll('td');
        assert.strictEqual(tds[0]!.text, String(f.diagnostics.filter((d) => d.severity === 'error' && !d.suppressed).length));
        assert.strictEqual(tds[1]!.text, String(f.diagnostics.filter((d) => d.severity === 'warning' && !d.suppressed).length));
        assert.ok(tds[4]!.text.startsWith(`${f.coverage.tasks.covered}/${f.coverage.tasks.applicable}（`));
        const href = tr.querySelector('a')!.getAttribute('href')!;
        const target = path.join(dir, decodeURIComponent(href));
        assert.ok(fs.existsSync(target), target);
        const ownReport = fs.readFileSync(target, 'utf8');
        assert.ok(ownReport.includes('<h1>衔接对照报告</h1>'));
        assert.ok(ownReport.includes(`本级应承接任务：已覆盖 <strong>${f.coverage.tasks.covered}</strong> / ${f.coverage.tasks.applicable}`));
      });
    });

    it('has sortable headers and filters by status, plan, group and text', () => {
      assert.ok(doc.querySelector('#filter-status') && doc.querySelector('#filter-plan') && doc.querySelector('#filter-group') && doc.querySelector('#filter-text'));
      assert.deepStrictEqual(doc.querySelectorAll('#filter-plan option').slice(1).map((o) => o.text), COUNTIES.map((c) => `${c}数字政府建设实施方案`));
      assert.match(html, /th\.addEventListener\('click', sort\)/);
    });
  });

  it('the Markdown form lists the totals and the matrix', () => {
    const r = runCli(['report', '--matrix', FOLDER, '--format', 'md', '--date', '2026-12-04']);
    assert.strictEqual(r.status, 0);
    assert.match(r.stdout, /^# 衔接汇总对照表/);
    const yanchi = own.get('盐池县')!;
    assert.ok(r.stdout.includes(`| 盐池县数字政府建设实施方案 | ${yanchi.diagnostics.filter((d) => d.severity === 'error' && !d.suppressed).length} |`));
    assert.strictEqual(r.stdout.split('\n').filter((l) => /^\| \d+ \| 自治区任务清单 \|/.test(l)).length, 124);
  });

  it('a parent plan inside the folder is not a column; a folder without plans exits 2', () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-matrix-')));
    try {
      fs.copyFileSync(seed('wuzhong-2023-shishi-fangan.txt'), path.join(dir, '吴忠市实施方案.txt'));
      fs.mkdirSync(path.join(dir, '盐池县'));
      fs.copyFileSync(path.join(ROOT, planFile('盐池县')), path.join(dir, '盐池县', '盐池县实施方案.txt'));
      fs.writeFileSync(path.join(dir, '盐池县', 'xianjie.config.json'), JSON.stringify({ parents: ['../吴忠市实施方案.txt'] }));
      const r = runCli(['report', '--matrix', dir, '--format', 'csv']);
      assert.strictEqual(r.status, 0, describeRun(r));
      assert.deepStrictEqual(parseCsv(r.stdout.slice(1))[0].slice(6), ['盐池县实施方案']);
      fs.mkdirSync(path.join(dir, 'empty'));
      const none = runCli(['report', '--matrix', path.join(dir, 'empty')]);
      assert.strictEqual(none.status, 2);
      assert.match(none.stderr, /没有找到方案文件/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('in a folder, plan files are *.plan.txt/.md and files named …实施方案… (.txt, .md, .docx, .pdf), sub-folders included', () => {
    const matrix = require(path.join(ROOT, 'server/out/cli/matrix')) as typeof import('../../server/src/cli/matrix');
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-plans-')));
    try {
      const names = ['a.plan.txt', 'b.plan.md', '甲县实施方案.txt', '乙县实施方案（送审稿）.docx', 'sub/丙县实施方案.pdf', 'units.txt', '任务分工.xlsx', '说明.md'];
      for (const n of names) {
        fs.mkdirSync(path.dirname(path.join(dir, n)), { recursive: true });
        fs.writeFileSync(path.join(dir, n), '');
      }
      const found = matrix.findPlans([dir], {}).map((f) => path.relative(dir, f).split(path.sep).join('/')).sort();
      assert.deepStrictEqual(found, ['a.plan.txt', 'b.plan.md', 'sub/丙县实施方案.pdf', '乙县实施方案（送审稿）.docx', '甲县实施方案.txt'].sort());
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('every status of the report model has a look in the matrix', () => {
    for (const s of report.model.STATUSES) assert.ok(report.matrix.MATRIX_STATUS[s], s);
  });
});
