// Task tables copied out of Word (core/outline.ts rowContinuation): a row whose cells hold several
// paragraphs runs over several lines, and is read as one row with its cells whole; lines that are not
// such a continuation (a new numbered row, the header repeated, a heading, a paragraph after the
// table) are never joined to a row.
import * as assert from 'assert';
import { core } from '../helpers/server';

function rows(lines: string[]) {
  const text = lines.join('\n');
  const units = core.outline.parseOutline(text).units;
  const cell = (s: { start: number; end: number } | undefined) => (s ? text.slice(s.start, s.end) : undefined);
  return {
    rows: units
      .filter((u) => u.kind === 'task-row')
      .map((u) => ({ no: u.cells!.no, content: cell(u.cells!.content), units: cell(u.cells!.units), deadline: cell(u.cells!.deadline) })),
    others: units.filter((u) => u.kind !== 'task-row').map((u) => text.slice(u.start, u.end)),
  };
}

const HEADER = '序号\t重点任务\t工作内容\t责任单位\t完成时限';

describe('task tables copied out of Word', () => {
  it('reads a row whose cells run over three lines as one row, each cell whole', () => {
    const { rows: r } = rows([
      HEADER,
      '1\t（一）平台支撑\t开展区级城域网升级改造，实现区、乡、村全覆盖。',
      '在安全可控前提下按需向企事业单位拓展。\t区大数据服务中心牵头',
      '各乡镇人民政府配合\t2025年',
      '2\t\t推动政务APP应上尽上。\t区审批局\t2024年',
    ]);
    assert.deepStrictEqual(r, [
      { no: 1, content: '开展区级城域网升级改造，实现区、乡、村全覆盖。\n在安全可控前提下按需向企事业单位拓展。', units: '区大数据服务中心牵头\n各乡镇人民政府配合', deadline: '2025年' },
      { no: 2, content: '推动政务APP应上尽上。', units: '区审批局', deadline: '2024年' },
    ]);
  });

  it('joins a middle paragraph with no tab, and a deadline cell of two lines before the next row', () => {
    const { rows: r } = rows([
      HEADER,
      '1\t\t建立健全安全技术保障体系。',
      '开展常态化安全防护和应急演练。',
      '定期开展网络安全检查评估。\t区委网信办\t2023年形成机制，长期坚持',
      '2\t\t推进政务数据目录编制。\t区大数据服务中心\t2024年启动',
      '2024年完成',
      '3\t\t持续更新事项要素库。\t区审批局\t2024年',
    ]);
    assert.deepStrictEqual(r.map((x) => [x.no, x.content?.split('\n').length, x.deadline]), [
      [1, 3, '2023年形成机制，长期坚持'],
      [2, 1, '2024年启动\n2024年完成'],
      [3, 1, '2024年'],
    ]);
  });

  it('starts a new row at a number with a review mark, and at the header repeated after a page break', () => {
    const { rows: r } = rows([
      HEADER,
      '26\t\t整合视频资源。\t区委政法委\t2024年',
      '27（新增）\t\t深化“互联网+城乡供水”建设。\t区水务局\t2025年',
      HEADER,
      '28\t\t建设城市运行管理服务平台。\t区住建局\t2024年',
    ]);
    assert.deepStrictEqual(r.map((x) => [x.no, x.content]), [
      [26, '整合视频资源。'],
      [27, '深化“互联网+城乡供水”建设。'],
      [28, '建设城市运行管理服务平台。'],
    ]);
  });

  it('never joins a full row to a paragraph or heading after the table, nor a short row to the next numbered row', () => {
    const { rows: r, others } = rows([
      HEADER,
      '1\t\t整合视频资源。\t区委政法委\t2024年',
      '各单位要按照本清单抓好落实。',
      '',
      HEADER,
      '2\t\t推进数字乡村建设。',
      '3\t\t推进智慧教育。\t区教育局\t2024年',
      '四、保障措施',
    ]);
    assert.deepStrictEqual(r.map((x) => [x.no, x.content, x.deadline]), [
      [1, '整合视频资源。', '2024年'],
      [2, '推进数字乡村建设。', undefined],
      [3, '推进智慧教育。', '2024年'],
    ]);
    assert.ok(others.includes('各单位要按照本清单抓好落实。'), JSON.stringify(others));
    assert.ok(others.some((o) => o.startsWith('四、保障措施')), JSON.stringify(others));
  });
});
