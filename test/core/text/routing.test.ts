// A document system's routing sheet (发文稿纸) in front of a document is its paperwork: blanked at the same length,
// from its title to a separator line or the notice's or plan's own title.
import * as assert from 'assert';
import { textModule } from './server-modules';

const { blankRoutingSheet } = textModule;

const kept = (out: string): string[] => out.split('\n').map((l) => l.trim()).filter(Boolean);

describe('routing sheets', () => {
  const sheet = [
    '某县人民政府办公室发文稿纸',
    '文件标题：某县人民政府关于印发《某县加强数字政府建设实施方案》的通知',
    '公开属性：主动公开（此件公开发布）',
    '签发：杨××（县长）　2024年3月18日',
    '抄送：县委各部门，县人大常委会办公室',
  ];

  it('blanks the sheet up to a separator line, keeping the length', () => {
    const text = [...sheet, '————————————————', '某县人民政府', '（一）推进城域网升级改造，2024年底前完成。'].join('\n');
    const out = blankRoutingSheet(text);
    assert.strictEqual(out.length, text.length);
    assert.deepStrictEqual(kept(out), ['————————————————', '某县人民政府', '（一）推进城域网升级改造，2024年底前完成。']);
  });

  it('ends the sheet at the notice title or the plan title, not at a labelled line naming it', () => {
    const text = [...sheet, '某县人民政府关于印发《某县加强数字政府建设实施方案》的通知', '各乡镇人民政府：'].join('\n');
    assert.deepStrictEqual(kept(blankRoutingSheet(text)), ['某县人民政府关于印发《某县加强数字政府建设实施方案》的通知', '各乡镇人民政府：']);
  });

  it('leaves alone a plan that only mentions a routing sheet, or a sheet that never ends', () => {
    for (const text of [
      '某县实施方案\n（一）规范公文处理。统一使用发文稿纸，2024年底前完成。',
      ['某县人民政府办公室发文稿纸', '签发：杨××　2024年3月18日', '（一）推进城域网升级改造。'].join('\n'),
    ]) {
      assert.strictEqual(blankRoutingSheet(text), text, text);
    }
  });
});
