// Tests of citation finding and 文号 normalisation (server/src/core/extract/citations.ts).
import * as assert from 'assert';
import { citations, readSeed } from './server-modules';

const { findCitations, normalizeDocNumber } = citations;

describe('extract/citations', () => {
  const cases: [string, string, string | undefined, string][] = [
    ['为贯彻《国务院关于加强数字政府建设的指导意见》(国发〔2022〕14号)，', '国务院关于加强数字政府建设的指导意见', '国发〔2022〕14号', '《国务院关于加强数字政府建设的指导意见》(国发〔2022〕14号)'],
    ['根据《实施意见》（宁政发〔2023〕17号）要求', '实施意见', '宁政发〔2023〕17号', '《实施意见》（宁政发〔2023〕17号）'],
    ['印发《关于深化生态保护补偿制度改革的实施意见》（宁党办[2023]32号）', '关于深化生态保护补偿制度改革的实施意见', '宁党办[2023]32号', '《关于深化生态保护补偿制度改革的实施意见》（宁党办[2023]32号）'],
    ['《某方案》(宁政办发［２０２３］１１号)', '某方案', '宁政办发［２０２３］１１号', '《某方案》(宁政办发［２０２３］１１号)'],
    ['《数字政府建设工作要点》 宁政办发〔2020〕14号 印发', '数字政府建设工作要点', '宁政办发〔2020〕14号', '《数字政府建设工作要点》 宁政办发〔2020〕14号'],
    ['《國務院關于加強數字政府建設的指導意見》(國發〔2022〕14號)', '國務院關于加強數字政府建設的指導意見', '國發〔2022〕14號', '《國務院關于加強數字政府建設的指導意見》(國發〔2022〕14號)'],
    ['按照《全国一体化政务大数据体系建设指南》要求', '全国一体化政务大数据体系建设指南', undefined, '《全国一体化政务大数据体系建设指南》'],
    ['《关于印发《数字宁夏行动计划》的通知》', '关于印发《数字宁夏行动计划》的通知', undefined, '《关于印发《数字宁夏行动计划》的通知》'],
    // A year in round brackets after the issuer's code, or in the small-form brackets ﹝﹞, as drafts type them.
    ['根据《实施意见》（宁政发（2023）17号）要求', '实施意见', '宁政发（2023）17号', '《实施意见》（宁政发（2023）17号）'],
    ['根据《实施意见》(宁政发(2023)17号)要求', '实施意见', '宁政发(2023)17号', '《实施意见》(宁政发(2023)17号)'],
    ['《指导意见》（国发﹝2022﹞14号）', '指导意见', '国发﹝2022﹞14号', '《指导意见》（国发﹝2022﹞14号）'],
    // Near misses: a parenthesis that is not a 文号, a 文号 without 号, a year in round brackets after no issuer's code.
    ['《指南》（试行）', '指南', undefined, '《指南》'],
    ['《年度报告（2023）》编制', '年度报告（2023）', undefined, '《年度报告（2023）》'],
    ['《指南》(2023年版)', '指南', undefined, '《指南》'],
  ];
  for (const [text, title, docNumber, whole] of cases) {
    it(`finds ${whole}`, () => {
      const found = findCitations(text);
      assert.strictEqual(found.length, 1, JSON.stringify(found));
      const c = found[0]!;
      assert.strictEqual(c.title, title);
      assert.strictEqual(text.slice(c.titleSpan.start, c.titleSpan.end), title);
      assert.strictEqual(text.slice(c.start, c.end), whole);
      assert.strictEqual(c.docNumber, docNumber);
      if (docNumber) assert.strictEqual(text.slice(c.docNumberSpan!.start, c.docNumberSpan!.end), docNumber);
      else assert.strictEqual(c.docNumberSpan, undefined);
    });
  }

  it('reads a title wrapped over a line break (a PDF copy), but not an unclosed 《 far from any 》', () => {
    const wrapped = findCitations('根据《自治区人民政府关于加强数字政府\n建设的实施意见》（宁政发〔2023〕71\n号）');
    assert.strictEqual(wrapped.length, 1);
    assert.strictEqual(wrapped[0]!.title, '自治区人民政府关于加强数字政府建设的实施意见');
    assert.strictEqual(wrapped[0]!.docNumber, '宁政发〔2023〕71\n号');
    assert.deepStrictEqual(findCitations('《未闭合的书名\n第二行\n第三行\n下一行》'), []);
    assert.deepStrictEqual(findCitations('《未闭合的书名' + '很长的正文'.repeat(20) + '\n下一行》'), []);
    assert.deepStrictEqual(findCitations('宁政发〔2023〕17号'), []);
  });

  it('respects from and to', () => {
    const text = '《甲》和《乙》';
    assert.deepStrictEqual(findCitations(text, 1).map((c) => c.title), ['乙']);
    assert.deepStrictEqual(findCitations(text, 0, 3).map((c) => c.title), ['甲']);
  });

  it('finds the bases cited by the Wuzhong plan', () => {
    const numbers = findCitations(readSeed('wuzhong-2023-shishi-fangan.txt')).flatMap((c) => (c.docNumber ? [c.docNumber] : []));
    assert.deepStrictEqual(numbers, ['国发〔2022〕14号', '宁政发〔2023〕17号', '宁政办发〔2023〕11号']);
  });

  const normal: [string, string][] = [
    ['宁党办[2023]32号', '宁党办〔2023〕32号'],
    ['宁党办［２０２３］３２号', '宁党办〔2023〕32号'],
    ['宁党办【2023】32号', '宁党办〔2023〕32号'],
    ['国发 〔2022〕 14号', '国发〔2022〕14号'],
    ['国发〔2022〕14号', '国发〔2022〕14号'],
    ['宁政发（2023）17号', '宁政发〔2023〕17号'],
    ['宁政发(２０２３)17号', '宁政发〔2023〕17号'],
    ['国发﹝2022﹞14号', '国发〔2022〕14号'],
  ];
  for (const [input, expected] of normal) {
    it(`normalizes ${input}`, () => assert.strictEqual(normalizeDocNumber(input), expected));
  }
});
