// One department's plan for its share of the work (a bureau's 落实方案) and a thematic plan (专项实施方案)
// take up part of the higher level's document: missing-pillar leaves them alone, as it leaves a ledger.
// A department issuing the whole place's plan, and a plan that merely speaks of 专项 work, are still checked.
import * as assert from 'assert';
import { core, node } from '../helpers/server';

describe('plans that take up a share of the work', () => {
  const { prepared } = node.baselines.getPrepared('ningxia-2023');
  const body = '一、重点任务\n（一）推进政务数据共享。编制县级政务数据资源目录，推动数据按需共享（2024年底前）。\n';
  const facts = (text: string) => core.analyze.analyze(text, prepared);
  const pillars = (text: string) => facts(text).findings.filter((f) => f.rule === 'missing-pillar').length;

  it('a bureau’s plan, issued to its own sections', () => {
    const text = `平罗县政务服务管理局文件\n平政管发〔2024〕9号\n平罗县政务服务管理局关于印发落实数字政府建设重点任务实施方案的通知\n局机关各股室：\n${body}`;
    assert.strictEqual(facts(text).department, true);
    assert.strictEqual(pillars(text), 0);
    const centre = `盐池县大数据中心关于印发数字政府建设工作方案的通知\n中心各科室：\n${body}`;
    assert.strictEqual(facts(centre).department, true);
  });

  it('near misses: a department issuing the county’s plan, a zone’s committee, a government office', () => {
    for (const title of [
      '盐池县数据管理服务局关于印发《盐池县数字政府建设实施方案》的通知\n各乡镇人民政府，县直各部门：',
      '宁夏宁东能源化工基地管理委员会关于印发《宁东基地数字政府建设实施方案》的通知\n基地各部门：',
      '盐池县人民政府办公室关于印发数字政府建设实施方案的通知\n各乡镇人民政府，县直各部门：',
      '中共盐池县委员会文件\n本局认真落实。',
    ]) {
      const text = `${title}\n${body}`;
      assert.strictEqual(facts(text).department, undefined, title);
      assert.ok(pillars(text) > 0, title);
    }
  });

  it('a thematic plan, by its title or the notice that issues it', () => {
    for (const title of ['同心县政务数据共享和开放专项实施方案', '关于印发《同心县“高效办成一件事”专项行动方案（2024—2025年）》的通知']) {
      const text = `${title}\n${body}`;
      assert.strictEqual(facts(text).thematic, true, title);
      assert.strictEqual(pillars(text), 0, title);
    }
  });

  it('near misses: a plan that speaks of 专项 work is still a plan', () => {
    const text = `同心县数字政府建设行动方案\n开展数据共享专项行动，形成专项方案。\n${body}`;
    assert.strictEqual(facts(text).thematic, undefined);
    assert.ok(pillars(text) > 0);
  });
});
