// A plan whose automatic numbering was lost on export: its headings stand bare on lines of their own.
// They are read as headings (level 1 for the plan's first-level sections, level 2 otherwise), but only
// in a document without numbered headings that has two or more first-level sections standing bare.
import * as assert from 'assert';
import { core } from '../helpers/server';

const headings = (text: string) =>
  core.outline.parseOutline(text).units.filter((u) => u.kind === 'heading').map((u) => `${u.level} ${u.title} < ${u.path.join(' / ')}`);

describe('headings that lost their numbers', () => {
  const plan = [
    '金凤区加强数字政府建设实施方案',
    '（此件公开发布）',
    '总体要求',
    '主要目标',
    '到2025年，“34567”体系框架全面成型，数据治理初见成效。',
    '主要任务',
    '着眼“三个驱动”，构建数字政府引领数字金凤发展新格局',
    '驱动数字经济发展',
    '依托宁夏软件园和阅海湾中央商务区，推动产业数字化。',
    '构建“五个一”工作体系，推动“六级贯通”',
    '健全组织机构。建立区数字政府建设领导小组。',
    '保障措施',
    '加大资金保障。统筹现有资金渠道。',
    '银川市金凤区人民政府办公室',
    '附件：金凤区数字政府建设重点任务分工表',
    '金凤区数字政府建设重点任务分工表',
    '序号\t重点任务\t责任单位\t完成时限',
  ].join('\n');

  it('reads bare headings with their levels, and not titles, issuers or captions', () => {
    assert.deepStrictEqual(headings(plan), [
      '1 总体要求 < ',
      '2 主要目标 < 总体要求',
      '1 主要任务 < ',
      '2 着眼“三个驱动”，构建数字政府引领数字金凤发展新格局 < 主要任务',
      '2 驱动数字经济发展 < 主要任务',
      '2 构建“五个一”工作体系，推动“六级贯通” < 主要任务',
      '1 保障措施 < ',
      '1 金凤区数字政府建设重点任务分工表 < ',
    ]);
  });

  it('a sentence under a bare 主要目标 has it in its path', () => {
    const units = core.outline.parseOutline(plan).units;
    const goal = units.find((u) => u.kind === 'paragraph' && plan.slice(u.start, u.end).startsWith('到2025年'));
    assert.deepStrictEqual(goal?.path, ['总体要求', '主要目标']);
  });

  it('near misses: a numbered plan keeps its short lines as paragraphs', () => {
    const numbered = plan.replace('总体要求', '一、总体要求').replace('主要任务', '二、主要任务');
    assert.deepStrictEqual(headings(numbered).filter((h) => !/^[12] (总体要求|主要任务) /.test(h)), [
      '1 金凤区数字政府建设重点任务分工表 < ',
    ]);
  });

  it('near misses: one bare section is not enough, and a table of short lines is no outline', () => {
    assert.deepStrictEqual(headings('某县数字政府建设重点任务分工\n总体要求\n推进数据共享\n推进政务上云\n'), []);
  });
});
