// Tests for the review left in a draft saved from Word (core/text/review.ts): reviewers' comments are
// blanked out at the same length, lines marked 【删除】 are found, and ordinary brackets are left alone.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { textModule } from './server-modules';

const { blankReviewComments, blankTrackedChanges, linesMarkedDeleted } = textModule;

describe('review marks', () => {
  it('blanks out comments in every bracket, keeping the length and the text around them', () => {
    const cases: [string, string][] = [
      ['泾政发〔2024〕□□号【批注：文号待县政府办统一编排。】', '泾政发〔2024〕□□号'],
      ['动态维护政务数据“一本账”。（修改意见：自治区清单中该项为2023年任务）', '动态维护政务数据“一本账”。'],
      ['（三）提升社会管理能力〔审核：原一条已并入本条。〕', '（三）提升社会管理能力'],
      ['【审核意见汇总：1.补充“营造良好数字生态”内容；2.核对时限】', ''],
      ['推进数据共享[批注: 请核实]，提升效率', '推进数据共享，提升效率'],
      // Who wrote it, in brackets before the colon; and a body's 意见 or 建议 as the label.
      ['2024年底前【批注（区财政局）：涉及银行端改造，建议调整为2025年底前】', '2024年底前'],
      ['〔区委网信办意见：建议本项由自治区党委网信办牵头，区委网信办配合。〕', ''],
      ['（区审批局意见：建议增加“免证办”（含电子证照）场景。）', ''],
      ['【县财政局建议：资金纳入2025年预算】推进项目建设', '推进项目建设'],
      // A remark or an editor's note on a line of its own: the whole line, and only that line.
      ['修改意见：建议由自治区大数据中心牵头。（县应急管理局）\n推进指挥调度中心建设。', '\n推进指挥调度中心建设。'],
      ['编者按：本稿根据第二轮反馈意见修改。\n一、总体要求', '\n一、总体要求'],
      ['　　审核意见: 时限建议改为2027年\r\n（一）指导思想', '\r\n（一）指导思想'],
      ['批注3：此处是否应为县数据局？', ''],
      // A document number inside a comment brings brackets of its own.
      ['〔修改意见：对照宁政发〔2023〕17号附件2第3项，原稿“2026年建成”晚于自治区，请调整。〕推进智慧园区建设', '推进智慧园区建设'],
      // The drafting office's queries to bodies, and its notes of what the earlier draft said.
      ['区工业信息化和商务局【原稿为“区经信局”，已按机构改革后名称调整，请核实】、金积工业园区管委会', '区工业信息化和商务局、金积工业园区管委会'],
      ['区委政法委【请区委政法委确认牵头单位，原稿为“区综治中心”】、吴忠市公安局利通区分局', '区委政法委、吴忠市公安局利通区分局'],
      ['2024年【请区发改局核实时限】', '2024年'],
      ['纳入年度预算〔请县财政局核实〕，统筹利用现有资金渠道', '纳入年度预算，统筹利用现有资金渠道'],
    ];
    for (const [input, kept] of cases) {
      const out = blankReviewComments(input);
      assert.strictEqual(out.length, input.length, input);
      assert.strictEqual(out.replace(/ +/g, ''), kept.replace(/ +/g, ''), input);
    }
  });

  it('leaves plan text in brackets alone: notes, units, numbers, 报批审核', () => {
    for (const text of [
      '推进公文流转、报批审核、督查考核等机关公务数字化。（责任单位：县政府办公室；完成时限：2024年）',
      '（注：本清单中标注“新增”的条目为新增任务）',
      '依据《自治区人民政府关于加强数字政府建设的实施意见》（宁政发〔2023〕17号）',
      '【待填：本县数字经济举措】',
      '（审核）',
      // A label that is no body's 意见: a note, or the plan's own words before a colon.
      '（责任单位：县发展和改革局；配合单位：县财政局）',
      '（二）主要目标：到2025年，全县数字政府建设体系框架全面成型。',
      '《关于征求〈实施方案（征求意见稿）〉意见的函》',
      // Those words inside a line, or without their colon, are the plan's.
      '（四）强化考核评价。县政府督查室汇总修改意见：按季度通报。',
      '修改意见的办理情况纳入年度考核。',
      // A gap to fill is a placeholder, not a query; a request in the plan's own words, or in round brackets, is the plan's.
      '【待定：牵头单位】',
      '【待确认】',
      '【请填写】',
      '各部门于每月5日前报送进展情况，请县政府办公室核实汇总。',
      '（请各单位于每年12月10日前确认并报送）',
    ]) {
      assert.strictEqual(blankReviewComments(text), text, text);
    }
  });

  it('finds the lines marked for deletion, and only those', () => {
    const text = ['27（新增）\t深化“互联网+城乡供水”建设\t县水务局\t2025年', '32【删除】\t运用数字技术开展疫情智能监测\t县卫生健康局\t2024年', '删除冗余数据，清理僵尸系统。'].join('\n');
    const lines = linesMarkedDeleted(text);
    assert.deepStrictEqual(lines.map((l) => text.slice(l.start, l.end).slice(0, 6)), ['32【删除】']);
  });

  it('never changes the length of any text', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('【', '】', '批', '注', '：', '（', '）', '审', '核', '意', '见', '甲', '\n', ' ') }), (s) => blankReviewComments(s).length === s.length));
  });
});

describe('tracked changes never accepted', () => {
  const read = (s: string) => blankTrackedChanges(s).replace(/ +/g, ' ').trim();

  it('blanks what a revision deleted and keeps what it inserted, at the same length', () => {
    const cases: [string, string][] = [
      ['[删除：2025年底前][插入：2024年底前]', '2024年底前'],
      ['县大数据中心\t[删除：自治区党委政法委][插入：县委政法委]\t2024年', '县大数据中心\t 县委政法委 \t2024年'],
      ['推进政务云迁移【删去：，力争2026年完成】。', '推进政务云迁移 。'],
      ['（删除：县直各部门（单位）配合）', ''],
      ['完成时限：~~2025年底~~2024年底', '完成时限： 2024年底'],
      ['<del>2026年</del><ins>2025年</ins>', '2025年'],
      ['[插入：同步实施IPv6改造，]提升网络支撑能力', '同步实施IPv6改造， 提升网络支撑能力'],
      // A revision note with its label, as Word's comments pane saves it: the words it put in kept, no others.
      ['保障体系，【修订：删除“2025年底前”】常态化开展演练', '保障体系， 常态化开展演练'],
      ['【修订（区民政局）：将“2025年底前”改为“2024年底前”】完成改造', '2024年底前 完成改造'],
      ['全覆盖，【修改：插入“2025年底前”】实现', '全覆盖， 2025年底前 实现'],
      ['〔修订记录：删去“由区人大常委会办公室负责监督”〕', ''],
    ];
    for (const [input, expected] of cases) {
      assert.strictEqual(blankTrackedChanges(input).length, input.length, input);
      assert.strictEqual(read(input), expected, input);
    }
  });

  it('near misses: words about deleting or adding in the plan’s own text, and a line marked 【删除】', () => {
    for (const text of [
      '删除冗余数据，增加共享事项，新增“一件事”10项。',
      '（新增事项由县审批局负责）',
      '【删除】本条与第三条重复。',
      '推进数据“增、删、改、查”全流程留痕',
      // A reviewer's suggestion is no revision made; nor is a plan's own account of what it revised.
      '【修改：建议将“2024年”改为“2025年”】',
      '（修订说明：根据反馈意见修改完善）',
      '本方案修订：删除原第三部分。',
    ]) assert.strictEqual(blankTrackedChanges(text), text, text);
  });

  it('never changes the length of any text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (s) => blankTrackedChanges(s).length === s.length));
    const pieces = fc.constantFrom('[删除：', '[插入：', '【修订：', '删除“', '将“', '”改为“', '”', '】', ']', '~~', '<del>', '</del>', '<ins>', '</ins>', '2024年', '（', '）', '\n', '县');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
      const s = parts.join('');
      return blankTrackedChanges(s).length === s.length;
    }));
  });
});

describe('old arrangements being replaced', () => {
  const { blankSuperseded } = textModule;
  it('blanks an old date or an old lead introduced by 原定, 原由, 原计划 to the next comma, at the same length', () => {
    const cases: [string, string][] = [
      ['第30项原定2025年6月底前完成，调整为2024年11月底前完成。', '第30项，调整为2024年11月底前完成。'],
      ['原由区信息化中心牵头，调整为区委宣传部牵头。', '，调整为区委宣传部牵头。'],
      ['删除第19项（原由区发展和改革局牵头，原定2025年12月底前完成）。', '删除第19项（，）。'],
      ['该项目原计划于2024年6月底前建成，现延至2024年底。', '该项目，现延至2024年底。'],
    ];
    for (const [input, kept] of cases) {
      const out = blankSuperseded(input);
      assert.strictEqual(out.length, input.length, input);
      assert.strictEqual(out.replace(/ +/g, ''), kept, input);
    }
  });

  it('near misses: the former lead as a noun, a restoration, and 原 words holding no date or role', () => {
    for (const text of [
      '原牵头单位应于2024年10月15日前移交新的牵头单位。',
      '推动数据还原为可用资源，2024年底前完成。',
      '坚持原则，原汁原味宣传解读政策。',
      '原有系统整合迁移上云。',
    ]) assert.strictEqual(blankSuperseded(text), text, text);
  });
});
