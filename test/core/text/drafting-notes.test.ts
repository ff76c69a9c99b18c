// A drafting explanation sent with a draft (起草说明, 修订说明) is the draft's history: blanked at the same
// length, from its title to the plan's own title, the next attachment or the end.
import * as assert from 'assert';
import { textModule } from './server-modules';

const { blankDraftingNotes } = textModule;

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
  });

  it('leaves a plan alone whose own section explains it, or that only mentions an explanation', () => {
    for (const text of [
      '某县实施方案\n一、编制说明\n本方案依据宁政发〔2023〕17号编制，2024年底前完成。',
      '某县实施方案\n（一）有关说明。各单位按照起草说明的要求，2024年底前完成。',
      '某县实施方案\n说明\n2024年底前完成。',
    ]) {
      assert.strictEqual(blankDraftingNotes(text), text, text);
    }
  });
});
