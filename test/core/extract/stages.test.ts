// Tests of a plan's own stages (server/src/core/extract/stages.ts): where the plan defines them, and
// 完成时限 cells that name one read with the stage's end date.
import * as assert from 'assert';
import { stages as mod } from './server-modules';

const { findStages, namesStage, resolveStages } = mod;

describe('extract/stages', () => {
  const plan = [
    '六、实施步骤',
    '第一阶段：动员部署（2024年3月—4月）。印发实施方案，召开动员部署会。',
    '第二阶段：集中攻坚（2024年5月—2025年6月）。各责任单位全面推进重点任务。',
    '（三）巩固提升阶段（2025年7月1日至12月31日）。开展全面评估。',
  ].join('\n');

  it('finds each stage with its names and the date its period ends', () => {
    const found = findStages(plan);
    assert.deepStrictEqual(found.map((s) => [s.names, s.end]), [
      [['第一阶段', '动员部署阶段', '动员部署'], '2024年4月'],
      [['第二阶段', '集中攻坚阶段', '集中攻坚'], '2025年6月'],
      [['第三阶段', '巩固提升阶段', '巩固提升'], '2025年12月'],
    ]);
  });

  it('reads a cell naming stages with their end dates', () => {
    const found = findStages(plan);
    assert.strictEqual(resolveStages('第二阶段完成', found).text, '2025年6月完成');
    assert.strictEqual(resolveStages('第一阶段启动，第三阶段取得明显成效', found).text, '2024年4月启动，2025年12月取得明显成效');
    assert.strictEqual(resolveStages('集中攻坚阶段', found).text, '2025年6月');
    assert.deepStrictEqual(resolveStages('第四阶段', found).missing, ['第四阶段']);
    assert.ok(namesStage('第2阶段完成', found));
  });

  it('near misses: a stage without a period, 新阶段 in prose, and cells naming no stage', () => {
    assert.deepStrictEqual(findStages('第一阶段：动员部署。印发实施方案。\n推动数字政府建设迈上新阶段，2025年取得明显成效。'), []);
    assert.strictEqual(namesStage('2024年底前', findStages(plan)), false);
    assert.strictEqual(namesStage('持续推进', findStages(plan)), false);
  });
});
