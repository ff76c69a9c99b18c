// Guangxi baseline facts pinned from the seed (广西 实施意见, Traditional script, inline
// annotations, GBK mojibake headings), and the inline-annotation compiler on small texts.
import * as assert from 'assert';
import { core, node } from '../helpers/server';

describe('guangxi-2022 baseline', () => {
  const b = node.baselines.loadBaseline('guangxi-2022');
  const task = (n: number) => b.tasks.find((t) => t.no === n)!;

  it('has 70 clauses and 43 tasks numbered 1–43 in document order', () => {
    assert.strictEqual(b.clauses.length, 70);
    assert.deepStrictEqual(b.tasks.map((t) => t.no), Array.from({ length: 43 }, (_, i) => i + 1));
    assert.strictEqual(b.clauses.filter((c) => c.level === 1).length, 8);
  });

  it('repairs the garbled headings, completing 三、（一） 強化安全管理責任 in its Traditional form', () => {
    const c = b.clauses.find((x) => x.id === '3.1')!;
    assert.strictEqual(c.title, '強化安全管理責任');
    assert.strictEqual(c.marker, '（一）');
    assert.strictEqual(c.path[0], '構建數字政府全方位安全保障體系');
    // The other three partial repairs, and no heading left with damage.
    assert.strictEqual(b.clauses.find((x) => x.id === '3.2')!.title, '落實安全制度要求');
    assert.strictEqual(b.clauses.find((x) => x.id === '3.5')!.title, '提高自主可控水平');
    assert.strictEqual(b.clauses.find((x) => x.id === '4.3')!.title, '完善法規制度');
    for (const x of b.clauses) assert.ok(!/[?？ㄒ唬┌]/.test(x.title), x.title);
    assert.deepStrictEqual(
      b.clauses.filter((x) => x.parentId === '2').map((x) => x.id),
      ['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7'],
    );
  });

  it('parses inline deadlines: 持續開展 is ongoing, 2025年底 a year milestone', () => {
    assert.deepStrictEqual(task(1).deadline, { raw: '持續開展', milestones: [], ongoing: true });
    assert.deepStrictEqual(task(3).deadline, { raw: '2025年底', milestones: [{ year: 2025, due: '' }], ongoing: false });
    assert.strictEqual(b.tasks.filter((t) => t.deadline.milestones.some((m) => m.year === 2025)).length, 4);
  });

  it('distributes the 自治區 prefix over unit lists in Traditional script', () => {
    assert.deepStrictEqual(task(1).units.responsible, ['自治區發展改革委', '自治區統計局', '自治區大數據發展局']);
    assert.deepStrictEqual(task(1).units.collectives, ['各市人民政府']);
    assert.strictEqual(task(1).namesLocal, true);
    assert.ok(task(23).units.responsible.includes('自治區黨委國安辦'), task(23).unitsRaw);
    assert.ok(task(6).units.responsible.includes('廣西消防救援總隊'));
    assert.strictEqual(task(23).namesLocal, false);
  });

  it('groups each task under its heading and gives it the measure text', () => {
    assert.strictEqual(task(1).group, '（一）強化經濟運行大數據監測分析,提升經濟調節能力');
    assert.deepStrictEqual(task(1).groupClauseIds, ['2.1']);
    assert.ok(task(5).content.startsWith('推進社會治安防控體系智能化。'), task(5).content.slice(0, 30));
    assert.ok(!task(5).content.includes('責任單位'));
  });

  it('takes its framework from its own structure', () => {
    assert.deepStrictEqual([...new Set(b.pillars.map((p) => p.family))], ['履职能力', '体系框架', '数字化发展', '党的领导']);
    const abilities = b.pillars.filter((p) => p.family === '履职能力');
    assert.deepStrictEqual(abilities.map((p) => p.clauseIds[0]), ['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7']);
    assert.deepStrictEqual(
      b.pillars.filter((p) => p.family !== '履职能力').map((p) => `${p.name}@${p.clauseIds[0]}`),
      // 七 has three parts, each a pillar of its own: a plan may take up 数字经济 and 数字社会 and leave out 数字生态.
      ['安全保障@3', '制度规则@4', '数据资源@5', '平台支撑@6', '数字经济@7.1', '数字社会@7.2', '数字生态@7.3', '党的领导@8'],
    );
    assert.deepStrictEqual(b.pillars.find((p) => p.name === '经济调节')!.taskNos, [1]);
  });

  it('reads its goals and its citation of 國發〔2022〕14號', () => {
    assert.strictEqual(b.goals.length, 2);
    assert.deepStrictEqual(b.cites.map((c) => c.docNumber), ['國發〔2022〕14號']);
  });

  it('reports the four partial repairs and how each was completed', () => {
    const { report } = node.baselines.compileManifest(require('path').join(node.baselines.seedsDir(), 'baselines', 'guangxi-2022.manifest.json'));
    const completed = report.repairs.filter((r) => r.how.includes('补全'));
    assert.strictEqual(completed.length, 4);
    assert.ok(completed.every((r) => !r.partial && r.how.includes('已知标题')));
    assert.strictEqual(report.repairs.filter((r) => /^\S*（[一二三四五六七]）/.test(r.repaired.trim())).length, 24);
    assert.deepStrictEqual(report.unparsed, []);
  });
});

describe('inline annotations (compiler)', () => {
  const compile = (body: string) =>
    core.compile.compileBaseline({
      manifest: core.manifest.ManifestSchema.parse({
        id: 'inline-test', level: '自治区', region: '測試', title: '測試', docNumber: '', date: '2023-01-01',
        body: { file: 'b.txt' }, tasks: { inline: true }, unitPrefix: '自治区', framework: [],
      }),
      files: { 'b.txt': body },
      aliases: [],
    });

  it('reads Traditional role verbs and labelled fields: lead and cooperating units after prefix distribution', () => {
    const { baseline } = compile(
      '一、總體要求\n（一）加強統籌。\n建設全區統一平臺。(責任單位:自治區大數據發展局牽頭,自治區公安廳、財政廳配合,各市人民政府。完成時限:持續開展)\n' +
        '推進數據共享。(牽頭單位:自治區發展改革委;配合單位:自治區統計局、民政廳。完成時限:2024年6月底前)\n',
    );
    const [t1, t2] = baseline.tasks;
    assert.deepStrictEqual(t1!.units.lead, ['自治區大數據發展局']);
    assert.deepStrictEqual(t1!.units.cooperating, ['自治區公安廳', '自治區財政廳']);
    assert.deepStrictEqual(t2!.units.lead, ['自治區發展改革委']);
    assert.deepStrictEqual(t2!.units.cooperating, ['自治區統計局', '自治區民政廳']);
    assert.deepStrictEqual(t2!.deadline.milestones, [{ year: 2024, month: 6, due: '' }]);
    assert.strictEqual(t1!.group, '（一）加強統籌');
  });

  it('reports an annotation without units and a label outside any bracket', () => {
    const { baseline, report } = compile('一、要求\n推進工作。(完成時限:2025年底)\n另一項工作。責任單位:自治區公安廳\n');
    assert.strictEqual(baseline.tasks.length, 1);
    assert.ok(report.unparsed.some((u) => u.reason.includes('缺少责任单位')), JSON.stringify(report.unparsed));
    assert.ok(report.unparsed.some((u) => u.reason.includes('不在完整的括注中')), JSON.stringify(report.unparsed));
  });
});
