// `xianjie report` on plans of several folders: each plan is reported with the xianjie.config.json
// found from its own folder (its units file decides which units are known), as `check` does.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describeRun, runCli } from './run';

describe('xianjie report with one configuration per folder', () => {
  let tmp: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-report-configs-'));
    const plan = (unit: string) =>
      `某县数字政府建设重点任务清单\n序号\t重点任务\t责任单位\t完成时限\n1\t推进政务数据汇聚共享\t${unit}\t2024年\n`;
    for (const [dir, unit] of [['a', '县甲数据中心'], ['b', '县乙数据中心']] as const) {
      fs.mkdirSync(path.join(tmp, dir));
      fs.writeFileSync(path.join(tmp, dir, '方案.txt'), plan(unit));
      fs.writeFileSync(path.join(tmp, dir, 'units.txt'), `${unit}\n`);
      fs.writeFileSync(path.join(tmp, dir, 'xianjie.config.json'), JSON.stringify({ units: 'units.txt' }));
    }
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('knows each folder’s own units: neither plan reports its unit as unknown', () => {
    const r = runCli(['report', path.join(tmp, 'a', '方案.txt'), path.join(tmp, 'b', '方案.txt'), '--format', 'md', '--date', '2026-12-04']);
    assert.strictEqual(r.status, 0, describeRun(r));
    assert.ok(!r.stdout.includes('不在单位名录中'), r.stdout);
    // The same two plans under one --config (a's) do report b's unit.
    const one = runCli(['report', path.join(tmp, 'a', '方案.txt'), path.join(tmp, 'b', '方案.txt'), '--format', 'md', '--date', '2026-12-04', '--config', path.join(tmp, 'a', 'xianjie.config.json')]);
    assert.strictEqual(one.status, 0, describeRun(one));
    assert.ok(one.stdout.includes('“县乙数据中心”不在单位名录中'), one.stdout);
  });
});
