// The baseline compiler's parts on small inputs: title completion after a partial mojibake repair,
// the task-table reader, the override file, and facts read from a document.
import * as assert from 'assert';
import { core } from '../helpers/server';

describe('baseline compiler parts', () => {
  it('completes a partly recovered title from a known title, in the document’s script', () => {
    const doc = '完善法規制度。健全法規制度體系。';
    assert.deepStrictEqual(core.baselineRepair.completeTitle('完善法規制?', ['完善法规制度', '健全标准规范'], doc), {
      title: '完善法規制度',
      source: '按已知标题“完善法规制度”补全',
    });
    // Two known titles fit: no guess.
    assert.strictEqual(core.baselineRepair.completeTitle('提升安全?', ['提升安全保障能力', '提升安全意识'], ''), undefined);
    // No known title: a phrase the document writes out elsewhere.
    assert.strictEqual(core.baselineRepair.completeTitle('強化考核評?', [], '要強化考核評估，確保實效。')?.title, '強化考核評估');
  });

  it('leaves clean text alone', () => {
    const text = '一、總體要求\n（一）指導思想。\n';
    assert.deepStrictEqual(core.baselineRepair.repairSource(text, []), { text, repairs: [] });
  });

  it('reads tab rows with a repeated header, group cells and numbers in the content cell', () => {
    const t = core.baselineTables.parseTaskTable(
      '主要任务\t重点内容\t责任单位\t完成时限\n(一) 数字经济\t1. 建设平台\t自治区发展改革委牵头\t2024年\n\t2. 推进共享\t自治区大数据局\t2025 年\n\n' +
        '主要任务\t重点内容\t责任单位\t完成时限\n\t3. 开放数据\t自治区大数据局\t持续推进\n',
    );
    assert.strictEqual(t.headers, 2);
    assert.deepStrictEqual(t.rows.map((r) => [r.no, r.group, r.content, r.deadlineRaw]), [
      [1, '(一)数字经济', '建设平台', '2024年'],
      [2, '(一)数字经济', '推进共享', '2025 年'],
      [3, '(一)数字经济', '开放数据', '持续推进'],
    ]);
    assert.deepStrictEqual(t.unparsed, []);
  });

  it('classifies 牵头单位 / 配合单位 / 完成时间 columns and reports rows before a header', () => {
    assert.deepStrictEqual(core.baselineTables.classifyColumns(['序号', '任务名称', '具体内容', '牵头单位', '配合单位', '完成时间']), [
      'no', 'name', 'content', 'lead', 'cooperating', 'deadline',
    ]);
    const t = core.baselineTables.parseTaskTable('| 1 | 建设平台 | 市大数据局 |\n');
    assert.strictEqual(t.rows.length, 0);
    assert.match(t.unparsed[0]!.reason, /表头之前/);
  });

  it('validates override files strictly and names the bad key', () => {
    const ok = core.baselineOverrides.parseOverrides('{"pillars":{"rename":{"甲":"乙"}},"unitAliases":{"省大数据局":["省数据局"]}}');
    assert.ok(ok.overrides && !ok.error);
    assert.match(core.baselineOverrides.parseOverrides('{"pilars":{}}').error!, /不认识的键 pilars/);
    assert.match(core.baselineOverrides.parseOverrides('{"unitAliases":{"省大数据局":"省数据局"}}').error!, /unitAliases\.省大数据局/);
    assert.match(core.baselineOverrides.parseOverrides('{"pillars":{"add":[{"family":"甲","name":"乙"}]}}').error!, /pillars\.add\.0/);
    assert.match(core.baselineOverrides.parseOverrides('{').error!, /不是有效的 JSON/);
  });

  it('reads title, 文号, date and level from a document head and signature', () => {
    const facts = core.baselineInfer.inferDocumentFacts(
      '关于印发《青岚省数字政府建设实施意见》的通知\n（青政发〔2023〕8号）\n正文。\n青岚省人民政府\n二〇二三年六月八日\n',
    );
    assert.deepStrictEqual(facts, { title: '青岚省数字政府建设实施意见', docNumber: '青政发〔2023〕8号', date: '2023-06-08', level: '省', region: '青岚省' });
  });

  it('reads the place of a plan whose title names the higher document in 《》 without sending it out, and of a district named alone', () => {
    const infer = (text: string) => core.baselineInfer.inferDocumentFacts(text);
    const sideBySide = infer('盐池县贯彻落实《宁夏回族自治区人民政府关于加强数字政府建设的实施意见》任务对照表\n正文。\n');
    assert.strictEqual(sideBySide.region, '盐池县');
    assert.strictEqual(sideBySide.title, '盐池县贯彻落实《宁夏回族自治区人民政府关于加强数字政府建设的实施意见》任务对照表');
    assert.strictEqual(infer('吴忠市红寺堡区人民政府办公室关于印发《红寺堡区2024年数字政府建设实施方案》的通知\n').region, '红寺堡区');
    assert.strictEqual(infer('利通区数字政府建设实施方案\n').region, '利通区');
    // Kinds of area and a town under its district are no district's own plan.
    assert.strictEqual(infer('示范区数字政府建设实施方案\n').region, undefined);
    assert.strictEqual(infer('利通区金积镇数字政府建设工作方案\n').region, undefined);
  });
});
