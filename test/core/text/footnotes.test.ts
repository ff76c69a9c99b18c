// Footnote marks kept from a Word file ([1], 中心⑦, 《…》②) are blanked at the same length; a circled
// number opening an item of a list is kept.
import * as assert from 'assert';
import { textModule } from './server-modules';

const { blankFootnoteMarks, footnoteMarks } = textModule;

describe('footnote marks', () => {
  it('blanks [N], ［N］, superscripts and circled numbers after a word, keeping the length', () => {
    const cases: [string, string][] = [
      ['县委网信办、县公安局\t县大数据服务中心[1]\t持续推进，长期坚持[2]', '县委网信办、县公安局\t县大数据服务中心\t持续推进，长期坚持'],
      ['统一由县大数据服务中心⑦\n审核。', '统一由县大数据服务中心\n审核。'],
      ['根据《自治区人民政府关于加强数字政府建设的实施意见》②，结合实际', '根据《自治区人民政府关于加强数字政府建设的实施意见》，结合实际'],
      ['到2025年底³，全网通办。', '到2025年底，全网通办。'],
    ];
    for (const [input, kept] of cases) {
      const out = blankFootnoteMarks(input);
      assert.strictEqual(out.length, input.length, input);
      assert.strictEqual(out.replace(/ +/g, ''), kept.replace(/ +/g, ''), input);
    }
  });

  it('near misses: a list’s circled numbers, a Markdown link and 文号 brackets are kept', () => {
    for (const text of ['（二）完善基础设施。①2024年底前完成外网覆盖；②2025年6月底前完成迁移。', '主要包括①数据共享、②业务协同。', '[政务服务](https://example.cn)', '宁政发〔2023〕17号']) {
      assert.strictEqual(blankFootnoteMarks(text), text, text);
    }
  });

  it('a footnote’s own mark before a note’s label is blanked and marked as a note, keyed by style and number', () => {
    const text = '开放公共数据⑦。\n整合视频资源[3]。\n⑦责任单位：县大数据服务中心；完成时限：2024年底前\n［3］ 牵头单位：县公安局\n〔12〕完成时限：持续推进';
    const marks = footnoteMarks(text).map((m) => `${text.slice(m.start, m.end)}:${m.key}:${m.note ? 'note' : 'mark'}`);
    assert.deepStrictEqual(marks, ['⑦:c7:mark', '[3]:b3:mark', '⑦:c7:note', '［3］:b3:note', '〔12〕:b12:note']);
    const out = blankFootnoteMarks(text);
    assert.ok(out.includes('\n 责任单位：') && out.includes('\n    牵头单位：') && out.includes('\n    完成时限：'), out);
  });

  it('near misses: a circled number opening a list item without a label, and a 文号 at a line’s start, are no notes', () => {
    for (const text of ['①2024年底前完成外网覆盖；', '〔2023〕17号文件要求：', '①推进责任单位：制度建设']) {
      assert.ok(!footnoteMarks(text).some((m) => m.note), text);
    }
  });
});

