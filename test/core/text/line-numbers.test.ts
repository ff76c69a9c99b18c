// A copy of a PDF that numbers every line (a plan sent out for comment) is read without its line numbers and the
// page footers between them; numbered lists and tables keep their numbers.
import * as assert from 'assert';
import { textModule } from './server-modules';

const { blankLineNumbers } = textModule;

/** Text of `n` numbered lines wrapped at 20 characters, with a footer after every `page` lines. */
function numbered(body: string, page = 8, first = 1): string {
  const lines: string[] = [];
  for (let k = 0; k * 20 < body.length; k++) lines.push(body.slice(k * 20, k * 20 + 20));
  const out: string[] = [];
  lines.forEach((l, k) => {
    out.push(`${first + k}  ${l}`);
    if ((k + 1) % page === 0) out.push(`第 ${(k + 1) / page} 页 共 9 页`);
  });
  return out.join('\n');
}

const BODY = '为深入贯彻落实党中央、国务院关于加强数字政府建设的决策部署，结合我县实际，制定本方案。一、构建智能集约的平台支撑体系。推进县级政务信息系统向政务信创云有序迁移，做到应上尽上。（责任单位：县大数据服务中心牵头，县直各部门（单位）配合；完成时限：2024年）开展城域网升级改造，推进县、乡、村电子政务外网全覆盖。（责任单位：县大数据服务中心；完成时限：2025年6月底前）';

describe('line numbers of a line-numbered copy', () => {
  it('blanks every line’s number and the page footers, keeping the length, so the text reads on', () => {
    const text = `关于征求意见的说明\n请于2023年8月15日前反馈意见。\n\n${numbered(BODY + BODY)}\n`;
    const out = blankLineNumbers(text);
    assert.strictEqual(out.length, text.length);
    assert.ok(!/(?:^|\n)\s*[0-9]+  /.test(out), out);
    assert.ok(!out.includes('第 1 页'), out);
    assert.strictEqual(out.replace(/\s+/g, ''), text.replace(/\n[0-9]+  /g, '\n').replace(/第 [0-9] 页 共 9 页/g, '').replace(/\s+/g, ''));
    // The comment instructions before the numbered lines are the draft's own text.
    assert.ok(out.startsWith('关于征求意见的说明\n请于2023年8月15日前反馈意见。'));
    // The footer goes with the line break before it: the page's last line reads on into the next page's first.
    assert.strictEqual(out.split('\n').length, text.split('\n').length - text.match(/第 [0-9] 页/g)!.length);
  });

  it('reads numbering that starts again on each page', () => {
    const pages = [numbered(BODY, 99), `第 1 页 共 2 页`, numbered(BODY, 99)].join('\n');
    assert.ok(!/(?:^|\n)[0-9]+  /.test(blankLineNumbers(pages)));
  });

  it('reads a review system’s export: numbers right-aligned before a tab, a running header ending in the page’s number', () => {
    const lines = numbered(BODY + BODY, 99).split('\n').map((l) => l.replace(/^([0-9]+)  /, (_m, n: string) => `${n.padStart(3)}\t`));
    lines.splice(10, 0, '某县人民政府办公室  送审稿  第 2 页');
    const text = ['某县人民政府办公室  送审稿  第 1 页', ...lines].join('\n');
    const out = blankLineNumbers(text);
    assert.strictEqual(out.length, text.length);
    assert.ok(!/(?:^|\n)\s*[0-9]+\t/.test(out), out);
    assert.ok(!out.includes('第 2 页'), out);
  });

  it('near misses: a numbered list of sentences, a tab-separated table and a table laid out with spaces keep their numbers', () => {
    const list = Array.from({ length: 15 }, (_, k) => `${k + 1} 推进第${k + 1}项政务信息系统整合共享工作，按期完成。`).join('\n');
    assert.strictEqual(blankLineNumbers(list), list);
    const tsv = Array.from({ length: 15 }, (_, k) => `${k + 1}\t推进第${k + 1}项系统整合\t县大数据服务中心\t2024年`).join('\n');
    assert.strictEqual(blankLineNumbers(tsv), tsv);
    const spaced = Array.from({ length: 15 }, (_, k) => `${k + 1}  推进第${k + 1}项系统整合    县大数据服务中心    2024年`).join('\n');
    assert.strictEqual(blankLineNumbers(spaced), spaced);
    // Too few numbered lines to tell them from a list.
    const short = numbered(BODY.slice(0, 100));
    assert.strictEqual(blankLineNumbers(short), short);
  });
});
