// A task table as pdftotext -layout gives it (columns apart by spaces, long cells wrapped onto lines of
// their own) is read reflowed: each row's cells on one tab-separated line within the row's own lines, at
// the same length, and what analysis finds is mapped back to the draft.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { core, ROOT } from '../helpers/server';

const { reflowLayoutTables, mapSpans } = core.layoutTable;

describe('layout tables (pdftotext -layout)', () => {
  const table = [
    '附件',
    '序号      重点任务                      责任单位            完成时限',
    '  1   加快推进“智慧园区”建设，提升    县工信局牵头，县住房城乡  持续推进，',
    '      园区公共服务数字化水平          建设局配合              2025年取得明',
    '                                                              显成效',
    '— 7 —',
    '  2   推进数字乡村建设                县农业农村局牵头        2024年',
    '三、保障措施',
  ].join('\n');

  it('gathers each row’s cells onto its first line, keeping the length, the line count and every character', () => {
    const r = reflowLayoutTables(table)!;
    assert.strictEqual(r.text.length, table.length);
    const lines = r.text.split('\n');
    assert.strictEqual(lines.length, table.split('\n').length);
    assert.deepStrictEqual(lines.map((l) => l.trimEnd()), [
      '附件',
      '序号\t重点任务\t责任单位\t完成时限',
      '1\t加快推进“智慧园区”建设，提升园区公共服务数字化水平\t县工信局牵头，县住房城乡建设局配合\t持续推进，2025年取得明显成效',
      '',
      '',
      '— 7 —',
      '2\t推进数字乡村建设\t县农业农村局牵头\t2024年',
      '三、保障措施',
    ]);
    // Every reflowed character that is not a tab or a space is the draft's character at its mapped offset.
    for (let i = 0; i < r.text.length; i++) if (!/\s/.test(r.text[i]!)) assert.strictEqual(table[r.map[i]!], r.text[i], `at ${i}`);
    assert.strictEqual(new Set(r.map).size, r.map.length);
  });

  it('goes on past a group’s title between rows, and reads a row spaced on its own (gaps not aligned) cell by cell', () => {
    const spaced = [
      '序号    重点任务                      责任单位              完成时限',
      '一、着眼“三个驱动”',
      '1     推进数字乡村建设，补齐信息基础设施短板。   县农业农村局牵头，各乡镇配合     2025年',
      '二、聚焦“四大支撑”',
      '2     推进政务信息系统迁移上云。      县大数据服务中心牵头，县直各部门配合        2024年',
      '3     推动政务服务事项标准化，规范办事指南，推动政务服务事项要素统一。       县审批服务管理局牵头   2024年底前',
      '      ',
      '三、保障措施',
      '（一）加强组织领导。',
    ].join('\n');
    const r = reflowLayoutTables(spaced)!;
    assert.strictEqual(r.text.length, spaced.length);
    assert.deepStrictEqual(r.text.split('\n').map((l) => l.trimEnd()), [
      '序号\t重点任务\t责任单位\t完成时限',
      '一、着眼“三个驱动”',
      '1\t推进数字乡村建设，补齐信息基础设施短板。\t县农业农村局牵头，各乡镇配合\t2025年',
      '二、聚焦“四大支撑”',
      '2\t推进政务信息系统迁移上云。\t县大数据服务中心牵头，县直各部门配合\t2024年',
      '3\t推动政务服务事项标准化，规范办事指南，推动政务服务事项要素统一。\t县审批服务管理局牵头\t2024年底前',
      '',
      '三、保障措施',
      '（一）加强组织领导。',
    ]);
    for (let i = 0; i < r.text.length; i++) if (!/\s/.test(r.text[i]!)) assert.strictEqual(spaced[r.map[i]!], r.text[i], `at ${i}`);
  });

  it('maps spans back: within one piece exactly, across a wrap to the longest piece; drops a fix over a wrap', () => {
    const r = reflowLayoutTables(table)!;
    const at = (s: string) => r.text.indexOf(s);
    const name = { start: at('县农业农村局'), end: at('县农业农村局') + 6 };
    const wrapped = { start: at('县住房城乡建设局'), end: at('县住房城乡建设局') + 8 };
    const date = { start: at('持续推进，2025'), end: at('显成效') + 3 };
    const fix = (span: { start: number; end: number }) => ({ title: 't', edits: [{ span, newText: 'x' }] });
    const mapped = mapSpans([{ ...name, fixes: [fix(name)] }, { ...wrapped, fixes: [fix(wrapped)] }, date], r.map) as ({ start: number; end: number; fixes?: unknown[] })[];
    const slice = (s: { start: number; end: number }) => table.slice(s.start, s.end);
    assert.strictEqual(slice(mapped[0]!), '县农业农村局');
    assert.strictEqual(mapped[0]!.fixes!.length, 1);
    assert.strictEqual(slice(mapped[1]!), '县住房城乡');
    assert.strictEqual(mapped[1]!.fixes!.length, 0);
    assert.strictEqual(slice(mapped[2]!), '2025年取得明');
  });

  it('reads the units and the deadline of a wrapped row in analysis, at the draft’s lines', () => {
    const facts = core.analyze.readDraft(table);
    const lineOf = (o: number) => table.slice(0, o).split('\n').length;
    assert.deepStrictEqual(facts.units.map((u) => [u.name, lineOf(u.start)]), [['县工信局', 3], ['县住房城乡建设局', 3], ['县农业农村局', 7]]);
    assert.deepStrictEqual(facts.deadlines.map((d) => [d.deadline.raw, lineOf(d.start)]), [['持续推进，2025年取得明显成效', 4], ['2024年', 7]]);
  });

  it('near misses: tab tables, a header of one spaced line without rows, and prose are left alone', () => {
    for (const text of [
      '序号\t重点任务\t责任单位\t完成时限\n1\t推进数据共享\t县大数据中心\t2024年',
      '序号   重点任务   责任单位   完成时限\n说明：本表由县大数据中心汇总。',
      '推进政务数据共享，2024年底前完成。',
    ]) {
      const r = reflowLayoutTables(text);
      assert.ok(!r || r.text === text, text);
    }
  });

  it('reads a blind draft’s table whose header is centred over its columns', () => {
    const text = fs.readFileSync(path.join(ROOT, 'test/blind/blind41-zhongning-layout/draft.txt'), 'utf8');
    const r = reflowLayoutTables(text)!;
    const row = r.text.split('\n').find((l) => l.startsWith('1\t'))!;
    assert.deepStrictEqual(row.trimEnd().split('\t'), ['1', '加快推进“智慧园区”建设，提升中宁工业园区公共服务、资源匹配、应急安全等数字化服务水平', '县工业信息化和商务局牵头，中宁工业园区管委会配合', '持续推进，2025年取得明显成效']);
  });
});
