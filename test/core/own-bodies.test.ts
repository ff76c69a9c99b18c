// A plan that sets up its own coordinating body (成立…领导小组，领导小组办公室设在…) takes up the local share of
// the region's 五个一: the task asking cities and counties to set up bodies as the region has (第64项,
// 成立相应的组织机构), wherever the item stands (here under a heading naming its lead body). A plan that
// only names a body it already has (在…领导小组统一领导下) does not.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { core, node, ROOT } from '../helpers/server';

describe('a plan setting up its own coordinating body', () => {
  const text = fs.readFileSync(path.join(ROOT, 'test/fixtures/coverage/own-leading-group.txt'), 'utf8');
  const { prepared } = node.baselines.getPrepared('ningxia-2023');
  const pillar = (r: ReturnType<typeof core.analyze.analyze>) => r.coverage.pillars.find((p) => p.name === '五个一')!;
  const lineOf = (t: string, offset: number) => t.slice(0, offset).split('\n').length;

  it('finds the organisation task among the region\'s tasks asking for a body like its own', () => {
    assert.deepStrictEqual(core.taskScope.organisationMirrors(prepared), [64]);
    const { prepared: guangxi } = node.baselines.getPrepared('guangxi-2022');
    assert.deepStrictEqual(core.taskScope.organisationMirrors(guangxi), []);
  });

  it('counts the item setting the body up for 五个一, and mentions task 64 there', () => {
    const r = core.analyze.analyze(text, prepared);
    assert.ok(pillar(r).covered, JSON.stringify(pillar(r)));
    assert.deepStrictEqual(pillar(r).units.map((u) => lineOf(text, r.outline[u]!.start)), [4]);
    assert.ok(!r.coverage.tasks.uncovered.includes(64));
    assert.ok(!r.findings.some((f) => f.rule === 'missing-pillar' && f.message.includes('“五个一”')));
  });

  it('does not count a body only named (在…领导小组统一领导下), nor its office at work', () => {
    const lines = text.split('\n');
    const without = lines.filter((_, i) => i !== 3).join('\n');
    const r = core.analyze.analyze(without, prepared);
    assert.ok(!pillar(r).covered, JSON.stringify(pillar(r)));
    assert.ok(r.coverage.tasks.uncovered.includes(64));
    assert.ok(r.findings.some((f) => f.rule === 'missing-pillar' && f.message.includes('“五个一”')));
    const office = without.replace('二、区委宣传部牵头事项', '二、区委宣传部牵头事项\n1.领导小组办公室要加强统筹调度，定期通报进展。完成时限：2024年12月底前。');
    assert.ok(!pillar(core.analyze.analyze(office, prepared)).covered);
  });

  it('counts a work team set up (组建…工作专班) as it counts a leading group', () => {
    const team = text.replace('成立由区政府主要负责同志任组长的区推进数字政府建设领导小组', '组建区数字政府建设工作专班');
    assert.ok(pillar(core.analyze.analyze(team, prepared)).covered);
  });
});
