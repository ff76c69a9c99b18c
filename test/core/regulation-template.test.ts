// A plan drafted on a regulation's template: 第一章 chapters, 第一节 sections and 第一条 articles are its
// headings (levels 1, 2 and 3), but only where they are the document's numbering: chapters that hold
// 一、 headings are left as they are.
import * as assert from 'assert';
import { core } from '../helpers/server';

const headings = (text: string) =>
  core.outline.parseOutline(text).units.filter((u) => u.kind === 'heading').map((u) => `${u.level} ${u.marker}${u.title} < ${u.path.join(' / ')}`);

describe('a plan on a regulation template', () => {
  const plan = [
    '中宁县加强数字政府建设实施方案',
    '第一章　总体要求',
    '第一条　指导思想。坚持以习近平新时代中国特色社会主义思想为指导。',
    '第二条　主要目标。到2024年底，全县政务信息系统基本完成迁移上云。',
    '到2025年，“34567”体系框架全面成型。',
    '第二章 主要任务',
    '第一节　构建全方位安全保障体系',
    '第三条强化安全管理责任。县直各部门（单位）落实网络安全主体责任。',
    '第二十五条　加强经济运行监测。积极对接宁夏经济运行大数据平台。',
  ].join('\n');

  it('reads chapters, sections and articles as headings', () => {
    assert.deepStrictEqual(headings(plan), [
      '1 第一章总体要求 < ',
      '3 第一条指导思想 < 总体要求',
      '3 第二条主要目标 < 总体要求',
      '1 第二章主要任务 < ',
      '2 第一节构建全方位安全保障体系 < 主要任务',
      '3 第三条强化安全管理责任 < 主要任务 / 构建全方位安全保障体系',
      '3 第二十五条加强经济运行监测 < 主要任务 / 构建全方位安全保障体系',
    ]);
  });

  it('a goal after an article 主要目标 has it in its path', () => {
    const units = core.outline.parseOutline(plan).units;
    const goal = units.find((u) => plan.slice(u.start, u.end).startsWith('到2025年'));
    assert.deepStrictEqual(goal?.path, ['总体要求', '主要目标']);
  });

  it('near misses: chapters holding 一、 headings, one article alone, and 第一批 are not read', () => {
    const numbered = plan.replace('第一条　指导思想。', '一、指导思想\n').replace('第二条　主要目标。', '二、主要目标\n');
    assert.ok(headings(numbered).every((h) => !h.includes('第')), headings(numbered).join('\n'));
    assert.deepStrictEqual(headings('某县方案\n第一条　为推进数字政府建设，制定本方案。\n'), []);
    assert.deepStrictEqual(headings('某县方案\n第一批试点单位名单如下。\n第二批试点单位另行公布。\n'), []);
  });
});
