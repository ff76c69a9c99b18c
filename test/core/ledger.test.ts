// A task ledger (推进台账, 工作台账) tracks the tasks a plan set out: missing-pillar leaves it alone, as it
// leaves a township's plan. A plan with a ledger attached or named in a subtitle is still a plan.
import * as assert from 'assert';
import { core, node } from '../helpers/server';

describe('a task ledger', () => {
  const { prepared } = node.baselines.getPrepared('ningxia-2023');
  const rows = '序号\t重点任务\t责任单位\t完成时限\n1\t推广“宁政通”移动办公“总门户”，实现区乡村三级党政机关全覆盖。\t区政府办公室\t2024年12月\n';
  const pillars = (text: string) => core.analyze.analyze(text, prepared).findings.filter((f) => f.rule === 'missing-pillar').length;

  it('is not asked to mirror the framework', () => {
    assert.strictEqual(pillars(`吴忠市利通区数字政府建设重点任务推进台账（2024年度）\n${rows}`), 0);
    assert.strictEqual(pillars(`灵武市人民政府办公室关于印发灵武市2025年数字政府建设工作台账的通知\n${rows}`), 0);
  });

  it('near misses: a plan whose subtitle or text names a ledger is still checked', () => {
    assert.ok(pillars(`吴忠市利通区加强数字政府建设实施方案\n（任务台账版）\n${rows}`) > 0);
    assert.ok(pillars(`吴忠市利通区加强数字政府建设实施方案\n建立工作台账，逐项销号。\n${rows}`) > 0);
  });
});
