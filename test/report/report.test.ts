// The coverage report for the 吴忠 plan: every task present, statuses consistent with the
// CLI's JSON coverage, the Markdown form pinned by a snapshot, the HTML structurally sound.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { expectJson, FIXTURES } from '../helpers/fixtures';
import { core, node, report, ROOT, seed } from '../helpers/server';

describe('coverage report', () => {
  const text = fs.readFileSync(seed('wuzhong-2023-shishi-fangan.txt'), 'utf8');
  const { prepared } = node.baselines.getPrepared('ningxia-2023');
  const result = core.analyze.analyze(text, prepared, { localUnits: node.project.loadLocalUnits(seed('units/wuzhong.units.txt')) });
  const model = report.model.buildReportModel(text, result, prepared, { draft: 'wuzhong.txt', generated: '2026-11-23' });

  it('lists all 124 tasks once, in order', () => {
    assert.deepStrictEqual(model.rows.map((r) => r.no), Array.from({ length: 124 }, (_, i) => i + 1));
  });

  it('agrees with the CLI JSON on covered and uncovered tasks', () => {
    const out = execFileSync(process.execPath, [path.join(ROOT, 'bin/xianjie.js'), 'check', seed('wuzhong-2023-shishi-fangan.txt'), '--units', seed('units/wuzhong.units.txt'), '--format', 'json', '--fail-on', 'never'], { encoding: 'utf8' });
    const cov = JSON.parse(out).files[0].coverage.tasks;
    const uncovered = model.rows.filter((r) => r.status === '未覆盖').map((r) => r.no);
    assert.deepStrictEqual(uncovered, cov.uncovered);
    const coveredApplicable = model.rows.filter((r) => r.applicable && r.status !== '未覆盖' && r.status !== '可能已覆盖').map((r) => r.no);
    assert.deepStrictEqual(coveredApplicable, cov.coveredTasks.map((c: { no: number }) => c.no));
    // Tasks only mentioned are 可能已覆盖 in both, with the lines of the mention as the report's places.
    const mentioned = model.rows.filter((r) => r.status === '可能已覆盖');
    assert.deepStrictEqual(mentioned.map((r) => r.no), cov.mentionedTasks.map((c: { no: number }) => c.no));
    assert.ok(mentioned.length > 0);
    for (const r of mentioned) {
      const json = cov.mentionedTasks.find((c: { no: number }) => c.no === r.no) as { lines: number[] };
      assert.strictEqual(r.places.length, json.lines.length, `任务${r.no}`);
    }
    for (const r of model.rows) if (r.status !== '未覆盖' && r.status !== '非本级任务') assert.ok(r.places.length > 0, `任务${r.no}`);
  });

  it('matches the Markdown snapshot', () => {
    const md = report.text.renderMarkdown(model);
    expectJson({ markdown: md.split('\n') }, path.join(FIXTURES, 'report/wuzhong/expected.md.json'));
  });

  it('writes CSV with a BOM, a header and one row per task', () => {
    const csv = report.text.renderCsv(model);
    assert.ok(csv.startsWith('\ufeff序号,'));
    const lines = csv.slice(1).trimEnd().split('\r\n');
    assert.strictEqual(lines.length, 125);
    assert.ok(lines[19]!.startsWith('19,'));
  });

  it('renders self-contained, well-formed HTML', () => {
    const html = report.html.renderHtml(model, { lineHref: (l) => `file:///drafts/wuzhong.txt#L${l}` });
    assert.ok(!/(?:src|href)="https?:/.test(html), 'no remote resources');
    assert.ok(!/<link\b/.test(html) && !/@import|url\(/.test(html), 'no external styles or fonts');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'/);
    for (let n = 1; n <= 124; n++) assert.ok(html.includes(`<tr id="task-${n}" `), `任务${n}`);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    assert.ok(hrefs.length > 50);
    for (const h of hrefs) assert.match(h, /^file:\/\/\/drafts\/wuzhong\.txt#L\d+$/);
    // Every line number a link names exists in the draft.
    const lineCount = text.split('\n').length;
    for (const h of hrefs) assert.ok(Number(h.split('#L')[1]) <= lineCount);
    assert.strictEqual((html.match(/<tr /g) ?? []).length, 124);
    assert.match(html, /<th scope="col">状态<\/th>/);
    assert.match(html, /@page \{ size: A4 landscape/);
  });

  it('shows recorded decisions: 不适用本级 with its reason, 已接受 rows, counts that leave accepted findings out', () => {
    const draft = fs.readFileSync(path.join(FIXTURES, 'suppressions', 'draft.txt'), 'utf8');
    const units = node.project.loadLocalUnits(path.join(FIXTURES, 'suppressions', 'units.txt'));
    const r = core.analyze.analyze(draft, prepared, { localUnits: units, tasks: { '98': { applies: false, reason: '本县无林草资源' } } });
    const late = r.findings.filter((f) => f.rule === 'deadline-later-than-baseline');
    const task = (f: (typeof late)[number]) => f.related.find((x) => x.taskNo !== undefined)!.taskNo!;
    assert.strictEqual(late.length, 2);
    late[0]!.suppressed = { reason: '经县政府同意' };
    const uncovered = r.findings.find((f) => f.rule === 'task-uncovered')!;
    uncovered.suppressed = {};
    const m = report.model.buildReportModel(draft, r, prepared, { draft: 'draft.txt', generated: '2026-01-01' });
    const row = (no: number) => m.rows.find((x) => x.no === no)!;
    assert.strictEqual(row(98).status, '不适用本级');
    assert.strictEqual(row(98).reason, '本县无林草资源');
    assert.strictEqual(row(98).applicable, false);
    assert.strictEqual(row(task(late[0]!)).status, '已接受');
    assert.strictEqual(row(task(late[0]!)).reason, '经县政府同意');
    assert.deepStrictEqual(row(task(late[0]!)).notes, [`已接受：${late[0]!.message}`]);
    assert.strictEqual(row(task(late[1]!)).status, '时限晚于上级');
    // An accepted task-uncovered finding lists a section's uncovered tasks: each becomes 已接受.
    const listed = uncovered.related.map((x) => x.taskNo!).filter((n) => n !== undefined);
    assert.ok(listed.length >= 1);
    for (const no of listed) {
      assert.strictEqual(row(no).status, '已接受', `任务${no}`);
      assert.strictEqual(row(no).reason, '已记入抑制文件，未注明理由');
    }
    assert.strictEqual(m.totals.notApplicable, 1);
    assert.strictEqual(m.totals.accepted, 1 + listed.length);
    assert.strictEqual(m.totals.uncovered, r.coverage.tasks.uncovered.length - listed.length);
    assert.strictEqual(m.totals.acceptedFindings, 2);
    assert.strictEqual(m.totals.findings.error, 1);
    assert.strictEqual(m.findings.filter((f) => f.accepted).length, 2);
  });
});
