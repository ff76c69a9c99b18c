// A drafting explanation sent with a draft (起草说明, 修订说明) is the draft's history: blanked at the same
// length, from its title to the plan's own title, the next attachment or the end.
import * as assert from 'assert';
import { textModule } from './server-modules';

const { blankDraftingNotes, draftingNoteSpans, ownAccount } = textModule;

const kept = (out: string): string[] => out.split('\n').map((l) => l.trim()).filter(Boolean);

describe('drafting explanations', () => {
  it('blanks an explanation in front of the plan, up to the plan title, keeping the length', () => {
    const text = [
      '关于《某县加强数字政府建设实施方案（送审稿）》的起草说明',
      '建议将完成时限由2025年底前延至2026年底前，未予采纳。',
      '附：修订说明',
      '1.将牵头单位由县信息中心调整为县大数据服务中心。',
      '某县加强数字政府建设实施方案',
      '（一）推进城域网升级改造。（责任单位：县大数据服务中心；完成时限：2024年底前）',
    ].join('\n');
    const out = blankDraftingNotes(text);
    assert.strictEqual(out.length, text.length);
    assert.deepStrictEqual(kept(out), ['某县加强数字政府建设实施方案', '（一）推进城域网升级改造。（责任单位：县大数据服务中心；完成时限：2024年底前）']);
  });

  it('blanks an explanation printed after the plan to the end, or to the next attachment', () => {
    const plan = '某县加强数字政府建设实施方案\n（一）推进城域网升级改造，2024年底前完成。';
    const atEnd = `${plan}\n附件1\n起草说明\n2024年3月征求意见，收到意见12条。`;
    assert.deepStrictEqual(kept(blankDraftingNotes(atEnd)), [...plan.split('\n'), '附件1']);
    const beforeTable = `${plan}\n附件1：编制说明\n征求意见12条。\n附件2：重点任务分工表\n序号\t任务\t责任单位`;
    assert.deepStrictEqual(kept(blankDraftingNotes(beforeTable)), [...plan.split('\n'), '附件2：重点任务分工表', '序号\t任务\t责任单位']);
    // Titled with the plan's name before 编制说明 (round 503): the old plan's dates it compares are history.
    const titled = `${plan}\n附件2\n《某县数字政府建设实施方案》编制说明\n原方案提出2022年底前建成县级政务云平台，现调整为2024年底前。`;
    assert.deepStrictEqual(kept(blankDraftingNotes(titled)), [...plan.split('\n'), '附件2']);
    const bare = `${plan}\n某县数字政府建设实施方案修订说明\n原定2022年6月底前完成。`;
    assert.deepStrictEqual(kept(blankDraftingNotes(bare)), plan.split('\n'));
  });

  it('blanks the record of a consultation (征求意见采纳情况表) attached after the plan', () => {
    const plan = '某县加强数字政府建设实施方案\n（一）推进城域网升级改造，2024年底前完成。（责任单位：县大数据服务中心）';
    const record = [
      '附件',
      '某县加强数字政府建设实施方案（征求意见稿）征求意见采纳情况表',
      '序号\t提出单位\t意见内容\t采纳情况\t说明',
      '1\t县财政局\t建议将完成时限由2024年底调整为2025年底。\t未采纳\t与自治区发展改革委要求一致。',
    ].join('\n');
    assert.deepStrictEqual(kept(blankDraftingNotes(`${plan}\n${record}`)), [...plan.split('\n'), '附件']);
    const summary = `${plan}\n附件2：征求意见及采纳情况说明\n县发改局建议将牵头单位调整为县工信商务局，已采纳。`;
    assert.deepStrictEqual(kept(blankDraftingNotes(summary)), plan.split('\n'));
  });

  it('leaves a plan alone whose own section explains it, or that only mentions an explanation', () => {
    for (const text of [
      '某县实施方案\n一、编制说明\n本方案依据宁政发〔2023〕17号编制，2024年底前完成。',
      '某县实施方案\n（一）有关说明。各单位按照起草说明的要求，2024年底前完成。',
      '某县实施方案\n说明\n2024年底前完成。',
      // A sentence naming an explanation, not a title of one.
      '某县实施方案\n各单位参照《某县数字政府建设实施方案》编制说明的要求，2024年底前完成。',
      '某县实施方案\n（五）广泛征求意见。各单位对征求意见稿提出的意见，2024年3月底前反馈县大数据服务中心。',
      '某县实施方案\n三、征求意见情况\n2024年3月征求县直各部门意见。',
    ]) {
      assert.strictEqual(blankDraftingNotes(text), text, text);
    }
  });

  it('tells the office\'s own account from the record of a consultation, and from opinions retold', () => {
    const plan = '某县加强数字政府建设实施方案\n（一）推进城域网升级改造，2024年底前完成。';
    const text = `${plan}\n起草说明\n一、起草依据\n（一）《实施意见》（宁政发〔2023〕17号）。\n附件2：征求意见采纳情况表\n1\t县财政局\t建议…\t未采纳`;
    const spans = draftingNoteSpans(text);
    assert.deepStrictEqual(spans.map((s: { consultation: boolean }) => s.consultation), [false, true]);
    assert.strictEqual(text.slice(spans[0].start, spans[0].start + 4), '起草说明');
    assert.deepStrictEqual(draftingNoteSpans(plan), []);
    assert.strictEqual(ownAccount('（一）《实施意见》（宁政发〔2023〕17号）；'), true);
    assert.strictEqual(ownAccount('县应急管理局建议根据《实施意见》（宁政发〔2022〕17号）补充内容，已采纳。'), false);
    assert.strictEqual(ownAccount('1\t县水务局\t依据《实施意见》补充\t已采纳'), false);
  });
});
