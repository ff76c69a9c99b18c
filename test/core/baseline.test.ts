// Baseline facts pinned from the seed (宁政发〔2023〕17号 and 附件2), determinism of the build,
// and the one-line copy compiling to the same clause titles.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { core, node, seed } from '../helpers/server';

describe('ningxia-2023 baseline', () => {
  const b = node.baselines.loadBaseline('ningxia-2023');
  const task = (n: number) => b.tasks.find((t) => t.no === n)!;

  it('has tasks 1–124, contiguous, each with a deadline', () => {
    assert.deepStrictEqual(b.tasks.map((t) => t.no), Array.from({ length: 124 }, (_, i) => i + 1));
    for (const t of b.tasks) assert.ok(t.deadline.milestones.length > 0 || t.deadline.ongoing, `任务${t.no}缺少时限`);
  });

  it('task 19: led by 自治区政府办公厅, 2023 启动 and 2024 建成', () => {
    assert.deepStrictEqual(task(19).units.lead, ['自治区政府办公厅']);
    assert.deepStrictEqual(task(19).deadline.milestones, [
      { year: 2023, due: '启动' },
      { year: 2024, due: '建成' },
    ]);
  });

  it('task 16: led by 自治区党委国安办, cooperating units distributed over the prefix', () => {
    assert.deepStrictEqual(task(16).units.lead, ['自治区党委国安办']);
    for (const u of ['自治区发展改革委', '宁夏通信管理局', '自治区公安厅']) assert.ok(task(16).units.cooperating.includes(u), u);
  });

  it('flags tasks that name cities and counties', () => {
    assert.strictEqual(task(6).namesLocal, true);
    assert.strictEqual(task(19).namesLocal, false);
  });

  it('places 强化安全管理责任 under 三、 › （一）', () => {
    const c = b.clauses.find((x) => x.title === '强化安全管理责任')!;
    assert.strictEqual(c.kind, 'subitem');
    assert.deepStrictEqual(c.markers.slice(0, 2), ['三、', '（一）']);
    assert.strictEqual(c.path[1], '加快构建全方位安全保障体系');
  });

  it('repairs page-break splits (no clause text keeps a split word)', () => {
    const goal = b.clauses.find((x) => x.title === '主要目标')!;
    assert.ok(goal.text.includes('履职平台迭代升级'), goal.text.slice(0, 200));
  });

  it('links every framework pillar to clauses', () => {
    assert.strictEqual(b.pillars.length, 20);
    for (const p of b.pillars) assert.ok(p.clauseIds.length > 0, p.name);
    const families = [...new Set(b.pillars.map((p) => p.family))];
    assert.deepStrictEqual(families, ['三个驱动', '四个支撑', '工作体系', '七个能力', '党的领导']);
  });

  it('registers units with levels and aliases', () => {
    const dev = b.units.find((u) => u.name === '自治区发展改革委')!;
    assert.strictEqual(dev.level, '自治区');
    assert.ok(dev.aliases.includes('自治区发改委'));
    assert.ok(b.dictionary.includes('宁政通') && b.dictionary.includes('我的宁夏'));
  });

  it('compiles deterministically and the committed file is current', () => {
    const dir = path.dirname(seed('x'));
    const a = node.baselines.serializeBaseline(node.baselines.compileManifest(path.join(dir, 'baselines/ningxia-2023.manifest.json')).baseline);
    const again = node.baselines.serializeBaseline(node.baselines.compileManifest(path.join(dir, 'baselines/ningxia-2023.manifest.json')).baseline);
    assert.strictEqual(a, again);
    assert.strictEqual(fs.readFileSync(seed('baselines/ningxia-2023.json'), 'utf8'), a, '基准文件已过期：请运行 npm run build:baselines');
  });

  it('the one-line copy compiles to the same clause titles', () => {
    const one = fs.readFileSync(seed('ningxia-2023-shishi-yijian.oneline.txt'), 'utf8');
    const titles = core.compile.buildClauses(one).clauses.map((c) => c.title);
    // Every clause title of the gazette copy, in order; the one-line copy reads two short
    // sentences inside sections as sub-items too (探索建立首席数据官制度), which the gazette's
    // line breaks rule out.
    const expected = b.clauses.map((c) => c.title);
    assert.deepStrictEqual(titles.filter((t) => expected.includes(t)), expected);
    assert.ok(titles.length - expected.length <= 2, `extra: ${titles.filter((t) => !expected.includes(t)).join('、')}`);
  });
});
