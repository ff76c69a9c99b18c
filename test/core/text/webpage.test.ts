// A plan copied from a government web site: the page's menus, breadcrumb, 信息公开 block, publishing line,
// links to other articles and footer are blanked at the same length; the plan itself is kept. A text with
// only one mark of a page is left alone.
import * as assert from 'assert';
import { core, node } from '../../helpers/server';
import { textModule } from './server-modules';

const { blankWebPage } = textModule;

const PAGE_TOP = [
  '某县人民政府',
  '无障碍 | 长者模式 | 手机版 | 网站地图',
  '首页 | 政务公开 | 政务服务 | 互动交流',
  '请输入关键字　搜索',
  '您当前的位置：首页 > 政务公开 > 政策文件',
  '索 引 号：',
  '640424/2024-00041',
  '成文日期：',
  '2024-03-15',
  '发布时间：2024-03-18 10:21　　来源：某县人民政府办公室　　浏览次数：2025　　【字体：大 中 小】',
];
const PLAN = [
  '某县关于加强数字政府建设的实施方案',
  '一、推进网络平台建设',
  '（一）推进城域网升级改造，实现县、乡、村全覆盖。（责任单位：县大数据服务中心；完成时限：2024年底前）',
];
const PAGE_BOTTOM = [
  '分享到：微信　微博',
  '【打印本页】　【关闭窗口】',
  '上一篇：某县关于印发《某县2024—2026年城乡供水一体化提升三年行动方案》的通知',
  '热点文章',
  '· 某县2024年政府工作报告　2024-01-30',
  '中国政府网 | 宁夏回族自治区人民政府 | 固原市人民政府',
  '主办单位：某县人民政府办公室　　承办单位：某县信息化服务中心',
  '网站标识码：6404240001　　ICP备案号：宁ICP备05001866号-1',
];
const kept = (out: string): string[] => out.split('\n').map((l) => l.trim()).filter(Boolean);

describe('a plan copied from a web page', () => {
  it('blanks the page around the plan, keeping the length', () => {
    const text = [...PAGE_TOP, ...PLAN, ...PAGE_BOTTOM].join('\n');
    const out = blankWebPage(text);
    assert.strictEqual(out.length, text.length);
    assert.deepStrictEqual(kept(out), ['某县人民政府', ...PLAN]);
  });

  it('leaves a text alone that shows one mark of a page or none', () => {
    for (const text of [
      [...PLAN, '【打印本页】　【关闭窗口】'].join('\n'),
      [...PLAN, '（二）完善政府网站功能，建设网站地图 | 无障碍 | 长者模式等栏目。', '来源：某县人民政府办公室'].join('\n'),
      [...PLAN, '| 序号 | 任务 | 责任单位 |', '| 1 | 城域网 | 县大数据服务中心 |'].join('\n'),
    ]) {
      assert.strictEqual(blankWebPage(text), text, text);
    }
  });

  it('does not count the tool bar’s 无障碍 as taking up the task on accessibility (task 93)', () => {
    const { prepared } = node.baselines.getPrepared('ningxia-2023');
    const page = [...PAGE_TOP, ...PLAN, ...PAGE_BOTTOM].join('\n');
    const r = core.analyze.analyze(page, prepared);
    assert.ok(r.coverage.tasks.uncovered.includes(93));
    // Near miss: the plan's own words take it up.
    const own = [...PAGE_TOP, ...PLAN, '（二）推进政府网站、政务移动端和公共服务场所适老化与信息无障碍改造。（责任单位：县人民政府办公室；完成时限：2024年底前）', ...PAGE_BOTTOM].join('\n');
    assert.ok(!core.analyze.analyze(own, prepared).coverage.tasks.uncovered.includes(93));
  });
});
