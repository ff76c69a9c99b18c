// A plan numbered as a design document is (1, 1.1, 1.1.1, 1.1.1.1): each number's depth is its heading's
// level, but only where that is the document's numbering; quantities and dates at a line's start stay text.
import * as assert from 'assert';
import { core } from '../helpers/server';

const headings = (text: string) =>
  core.outline.parseOutline(text).units.filter((u) => u.kind === 'heading').map((u) => `${u.level} ${u.marker} ${u.title.slice(0, 12)} < ${u.path.join(' / ')}`);

describe('a plan with decimal outline numbers', () => {
  const plan = [
    '平罗县加强数字政府建设实施方案',
    '1 总体要求',
    '1.1 主要目标',
    '到2025年，体系框架全面成型。',
    '2 主要任务',
    '2.1 驱动数字经济发展',
    '2.1.1 加快推进“智慧园区”建设，提升园区数字化服务水平。',
    '责任单位：县工业园区管委会；完成时限：2025年',
    '2.1.1.1 建设园区综合服务平台。',
    '2.2．提升政务服务能力',
    '1.5万户市场主体完成电子营业执照申领。',
    '2024.6前完成数据核对。',
  ].join('\n');

  it('reads each number at its depth, and leaves quantities and dates as text', () => {
    assert.deepStrictEqual(headings(plan), [
      '1 1 总体要求 < ',
      '2 1.1 主要目标 < 总体要求',
      '1 2 主要任务 < ',
      '2 2.1 驱动数字经济发展 < 主要任务',
      '3 2.1.1 加快推进“智慧园区”建设 < 主要任务 / 驱动数字经济发展',
      '4 2.1.1.1 建设园区综合服务平台 < 主要任务 / 驱动数字经济发展 / 加快推进“智慧园区”建设，提升园区数字化服务水平',
      '2 2.2． 提升政务服务能力 < 主要任务',
    ]);
  });

  it('keeps the common numbering where 一、 headings number the plan', () => {
    const common = ['某县实施方案', '一、总体要求', '1.1 主要目标', '二、主要任务', '2.1 推进一网通办', '2.2 推进一网统管', '3.1 推进一网协同'].join('\n');
    assert.deepStrictEqual(headings(common).map((h) => h.split(' <')[0]), ['1 一、 总体要求', '1 二、 主要任务']);
  });
});
