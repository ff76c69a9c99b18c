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

describe('task tables copied out of a PDF cell by cell', () => {
  // The header on one line apart by spaces; each row starts with its number and its content cell,
  // wrapped at the column's width; the units cell and the deadline follow on lines of their own.
  const parse = (lines: string[]) => rows(lines);
  const FLAT = '序号 重点任务 责任单位 完成时限';

  it('reads each row whole: content to its full stop, then the units, then the deadline line', () => {
    const { rows: r } = parse([
      FLAT,
      '1 加速全县电子政务外网升级改造，推动骨',
      '干网扩容升级。',
      '县大数据服务中心，县财政局，县公安',
      '局',
      '2025年底',
      '2 推进12345政务服务便民热线改革。',
      '县人民政府办公室',
      '持续推进',
    ]);
    assert.deepStrictEqual(r, [
      { no: 1, content: '加速全县电子政务外网升级改造，推动骨\n干网扩容升级。', units: '县大数据服务中心，县财政局，县公安\n局', deadline: '2025年底' },
      { no: 2, content: '推进12345政务服务便民热线改革。', units: '县人民政府办公室', deadline: '持续推进' },
    ]);
  });

  it('reads a row whose content has no full stop for its content and deadline only', () => {
    const { rows: r } = parse([FLAT, '1 迭代升级协同办公平台，实现公文流转、', '信息报送等', '县人民政府办公室', '2024年底']);
    assert.deepStrictEqual(r, [{ no: 1, content: '迭代升级协同办公平台，实现公文流转、\n信息报送等\n县人民政府办公室', units: undefined, deadline: '2024年底' }]);
  });

  it('reads across the page furniture the analysis blanks, and stops at a heading after the table', () => {
    const text = [FLAT, '1 推进电子文件归档。', '— 4 —', '某县人民政府公报　　2024年第2期', '县档案馆', '2024年底',
      '某县人民政府公报　　2024年第2期', '— 5 —', '某县人民政府公报　　2024年第2期', '三、保障措施', '加强组织领导。'].join('\n');
    const units = core.outline.parseOutline(core.analyze.readable(text)).units;
    const row = units.find((u) => u.kind === 'task-row')!;
    assert.strictEqual(text.slice(row.cells!.units!.start, row.cells!.units!.end), '县档案馆');
    assert.ok(units.some((u) => u.kind === 'heading' && u.title === '保障措施'));
  });

  it('near misses: a line of names apart by spaces that is no header, and numbered lines without one', () => {
    const a = parse(['序号 名称 备注', '1 推进电子文件归档。', '县档案馆', '2024年底']);
    assert.deepStrictEqual(a.rows, []);
    const b = parse(['1 推进电子文件归档。', '县档案馆', '2024年底']);
    assert.deepStrictEqual(b.rows, []);
  });
});

describe('page furniture of a PDF copy', () => {
  const blank = (t: string) => core.analyze.readable(t);

  it('blanks page numbers between dashes and a running header on three pages or more, keeping every offset', () => {
    const text = ['正文第一段，', '— 7 —', '柳州市人民政府公报　　2023年第13期', '正文接续。', '-8-', '柳州市人民政府公报　　2023年第13期', '— 9 —', '柳州市人民政府公报　　2023年第13期'].join('\n');
    const out = blank(text);
    assert.strictEqual(out.length, text.length);
    assert.deepStrictEqual(out.split('\n').map((l) => l.trim()), ['正文第一段，', '', '', '正文接续。', '', '', '', '']);
  });

  it('blanks the plan’s own title where it is printed next to a page number on two pages, not at the head', () => {
    const title = '大武口区数字政府建设实施方案';
    const text = [title, '正文第一段2024年', '— 3 —', title, '底前完成。', '正文。', '', '— 5 —', '', title, '附件', '-6-', '  序号   重点任务     完成时限', '-7-', '  序号   重点任务     完成时限'].join('\n');
    const out = blank(text);
    assert.strictEqual(out.length, text.length);
    assert.deepStrictEqual(out.split('\n').map((l) => l.trim()), [title, '正文第一段2024年', '', '', '底前完成。', '正文。', '', '', '', '', '附件', '', '序号   重点任务     完成时限', '', '序号   重点任务     完成时限']);
  });

  it('near misses: a line next to one page number only is kept', () => {
    const text = ['大武口区数字政府建设实施方案', '— 3 —', '三、保障措施', '加强组织领导。', '— 4 —', '（一）加强组织领导'].join('\n');
    assert.deepStrictEqual(blank(text).split('\n').map((l) => l.trim()), ['大武口区数字政府建设实施方案', '', '三、保障措施', '加强组织领导。', '', '（一）加强组织领导']);
  });

  it('near misses: a gazette named once, a dash in a date range, a numbered list, and no furniture at all', () => {
    const once = '依据《柳州市人民政府公报》2023年第13期刊载的文件。';
    assert.strictEqual(blank(once), once);
    const kept = ['2024—2025年', '1. 推进政务公开', '第三期工程'].join('\n');
    assert.strictEqual(blank(kept), kept);
    const plain = '加强数字政府建设。';
    assert.strictEqual(blank(plain), plain);
  });
});

describe('a task table with both a 牵头单位 and a 责任单位 column (and a 责任领导 column of people)', () => {
  it('reads 责任单位 beside 牵头单位 as the units that work with the lead, and no person as a unit', () => {
    const text = [
      '序号\t工作任务\t责任领导\t牵头单位\t责任单位\t完成时限',
      '1\t深化审管协同\t县委常委、常务副县长 杨某某\t县审批服务管理局\t县市场监督管局、县住建局\t6月底前',
    ].join('\n');
    const row = core.outline.parseOutline(text).units.find((u) => u.kind === 'task-row')!;
    const cell = (s: { start: number; end: number } | undefined) => (s ? text.slice(s.start, s.end) : undefined);
    assert.strictEqual(cell(row.cells!.units), '县审批服务管理局');
    assert.strictEqual(row.cells!.unitsAreLead, true);
    assert.strictEqual(cell(row.cells!.cooperating), '县市场监督管局、县住建局');
    const facts = core.analyze.readDraft(text);
    assert.deepStrictEqual(facts.units.map((u) => [u.name, u.role]), [['县审批服务管理局', 'lead'], ['县市场监督管局', 'cooperating'], ['县住建局', 'cooperating']]);
  });

  it('keeps a 责任单位 column written before the 牵头单位 column as the cooperating units', () => {
    const text = ['序号\t工作任务\t责任单位\t牵头单位\t完成时限', '1\t深化审管协同\t县住建局\t县审批服务管理局\t2025年'].join('\n');
    const row = core.outline.parseOutline(text).units.find((u) => u.kind === 'task-row')!;
    assert.strictEqual(text.slice(row.cells!.units!.start, row.cells!.units!.end), '县审批服务管理局');
    assert.strictEqual(text.slice(row.cells!.cooperating!.start, row.cells!.cooperating!.end), '县住建局');
  });
});

describe('an attachment that reproduces a higher level’s text for reference', () => {
  const blank = (t: string) => core.analyze.readable(t);

  it('is blanked from its caption to the next attachment (附件2：自治区…清单（摘录，供参考）), every offset kept', () => {
    const text = ['某县加强数字政府建设实施方案', '附件1：某县重点任务分工', '1\t推进数据共享\t县数据局\t2024年', '附件2', '自治区数字政府建设重点任务清单（摘录，供参考）',
      '47\t加速全区电子政务外网升级改造。\t自治区政府办公厅牵头负责\t2024 年', '附件3：某县数字政府建设项目表', '1\t县级城域网改造\t县数据局\t2024年'].join('\n');
    const out = blank(text);
    assert.strictEqual(out.length, text.length);
    const lines = out.split('\n').map((l) => l.trim());
    assert.deepStrictEqual(lines.slice(3, 6), ['', '', '']);
    assert.strictEqual(lines[2], '1\t推进数据共享\t县数据局\t2024年');
    assert.strictEqual(lines[6], '附件3：某县数字政府建设项目表');
  });

  it('near misses: the plan’s own attachments, and a title that only names the region in passing', () => {
    const own = '附件：某县落实自治区数字政府建设任务分工\n1\t推进数据共享\t县数据局\t2024年';
    assert.strictEqual(blank(own), own);
    const plain = '附件：某县数字政府建设重点任务清单\n1\t推进数据共享\t县数据局\t2024年';
    assert.strictEqual(blank(plain), plain);
  });
});

describe('a year-by-year plan (2024年 | 2025年 | 2026年 columns)', () => {
  const header = '序号\t重点任务\t责任单位\t2024年\t2025年\t2026年度\t完成时限';
  const rowOf = (cells: string) => {
    const text = `${header}\n${cells}\n`;
    const row = core.outline.parseOutline(text).units.find((u) => u.kind === 'task-row')!;
    return { text, cells: row.cells! };
  };

  it('reads the last year that schedules work to finish when the row has no 完成时限', () => {
    const { text, cells } = rowOf('1\t推广填表报数系统。\t县政府办公室\t试点运行\t\t全面推广\t');
    assert.strictEqual(cells.deadline, undefined);
    assert.strictEqual(cells.yearEnd!.year, 2026);
    assert.strictEqual(text.slice(cells.yearEnd!.start, cells.yearEnd!.end), '全面推广');
  });

  it('near misses: upkeep after completion, figures, a filled 完成时限, and tables with one year column', () => {
    assert.strictEqual(rowOf('1\t推广宁政通。\t县政府办公室\t完成主体建设\t持续优化\t巩固提升\t').cells.yearEnd!.year, 2024);
    assert.strictEqual(rowOf('1\t推广宁政通。\t县政府办公室\t持续推进\t持续优化\t常态化运行\t').cells.yearEnd, undefined);
    assert.strictEqual(rowOf('1\t网上可办率。\t县审批局\t90%\t95%\t98%\t').cells.yearEnd, undefined);
    const filled = rowOf('1\t推广宁政通。\t县政府办公室\t试点运行\t全面推广\t全面建成\t2025年');
    assert.strictEqual(filled.cells.yearEnd, undefined);
    assert.strictEqual(filled.text.slice(filled.cells.deadline!.start, filled.cells.deadline!.end), '2025年');
    const one = '序号\t重点任务\t责任单位\t2025年目标\t完成时限\n1\t推广宁政通。\t县政府办公室\t全面推广\t\n';
    assert.strictEqual(core.outline.parseOutline(one).units.find((u) => u.kind === 'task-row')!.cells!.yearEnd, undefined);
  });
});

describe('a task table flattened to one cell per line', () => {
  const header = '序号\n重点任务\n牵头单位\n配合单位\n完成时限\n';
  const rowsOf = (text: string) => core.outline.parseOutline(text).units.filter((u) => u.kind === 'task-row');
  const cell = (text: string, s: { start: number; end: number } | undefined) => (s ? text.slice(s.start, s.end) : undefined);

  it('reads each row from its number line, a content cell wrapping to its full stop', () => {
    const text = `${header}\n1\n推进数字乡村建设，补齐乡村信息基础设施短板，\n提高综合信息服务水平。\n县农业农村局\n各乡镇人民政府\n持续推进，2025年取得明显成效\n\n2\n推广“宁政通”。\n县政府办公室\n县直各部门（单位）\n2024年\n`;
    const rows = rowsOf(text);
    assert.strictEqual(rows.length, 2);
    assert.strictEqual(rows[0]!.cells!.no, 1);
    assert.ok(cell(text, rows[0]!.cells!.content)!.endsWith('提高综合信息服务水平。'));
    assert.strictEqual(cell(text, rows[0]!.cells!.units), '县农业农村局');
    assert.strictEqual(rows[0]!.cells!.unitsAreLead, true);
    assert.strictEqual(cell(text, rows[0]!.cells!.cooperating), '各乡镇人民政府');
    assert.strictEqual(cell(text, rows[0]!.cells!.deadline), '持续推进，2025年取得明显成效');
    assert.strictEqual(cell(text, rows[1]!.cells!.deadline), '2024年');
  });

  it('reads rows without empty lines between them, and stops at a heading after the table', () => {
    const text = `${header}1\n推广“宁政通”。\n县政府办公室\n县直各部门（单位）\n2024年\n2\n建设视频共享平台。\n县公安局\n县大数据服务中心\n2025年\n三、保障措施\n加强组织领导。\n`;
    const rows = rowsOf(text);
    assert.deepStrictEqual(rows.map((r) => cell(text, r.cells!.deadline)), ['2024年', '2025年']);
  });

  it('near misses: short lines that are no header, and numbers without one', () => {
    assert.strictEqual(rowsOf('序号\n重点任务\n备注\n\n1\n推广宁政通。\n县政府办公室\n').length, 0);
    assert.strictEqual(rowsOf('序号\n1\n2\n').length, 0);
    assert.strictEqual(rowsOf('1\n推广宁政通。\n县政府办公室\n2024年\n').length, 0);
  });
});

describe('a project table (项目名称 beside 建设内容)', () => {
  it('reads the project name as the row\'s own name, not as a group carried down', () => {
    const text = '序号\t项目名称\t建设内容\t建设年限\t责任单位\n1\t“雪亮工程”三期建设项目\t新建公共视频监控点位。\t2024—2026年\t市公安局\n2\t\t扩容视频存储。\t2024年\t市公安局\n';
    const rows = core.outline.parseOutline(text).units.filter((u) => u.kind === 'task-row');
    assert.strictEqual(text.slice(rows[0]!.cells!.name!.start, rows[0]!.cells!.name!.end), '“雪亮工程”三期建设项目');
    assert.strictEqual(rows[0]!.cells!.group, undefined);
    assert.strictEqual(rows[1]!.cells!.name, undefined);
    // Near miss: 重点任务 beside 具体内容 is still the rows' group.
    const grouped = core.outline.parseOutline('序号\t重点任务\t具体内容\t责任单位\n1\t数字经济\t推进智慧园区建设。\t县工信局\n').units.find((u) => u.kind === 'task-row')!;
    assert.strictEqual(grouped.cells!.group, '数字经济');
  });
});

describe('ditto cells (同上, 〃)', () => {
  it('reads a ditto as the nearest cell above that states a value, through chains, and marks where it stands', () => {
    const text = '序号\t具体内容\t牵头单位\t配合单位\t完成时限\n1\t建设视频共享平台。\t县公安局\t县大数据服务中心\t2025年\n2\t城域网升级改造。\t县大数据服务中心\t同上\t同上\n3\t推广宁政通。\t〃\t〃\t〃\n';
    const rows = core.outline.parseOutline(text).units.filter((u) => u.kind === 'task-row');
    const at = (s: { start: number; end: number } | undefined) => (s ? text.slice(s.start, s.end) : undefined);
    assert.strictEqual(at(rows[1]!.cells!.deadline), '2025年');
    assert.strictEqual(at(rows[1]!.cells!.ditto!.deadline), '同上');
    assert.strictEqual(at(rows[1]!.cells!.cooperating), '县大数据服务中心');
    assert.strictEqual(at(rows[2]!.cells!.units), '县大数据服务中心');
    assert.strictEqual(at(rows[2]!.cells!.deadline), '2025年');
    assert.strictEqual(at(rows[2]!.cells!.ditto!.units), '〃');
  });

  it('near misses: a ditto with nothing above, and a cell that only contains 同上', () => {
    const text = '序号\t具体内容\t责任单位\t完成时限\n1\t建设视频共享平台。\t同上\t同上\n2\t推广宁政通。\t同上级要求的单位\t同上级时限\n';
    const rows = core.outline.parseOutline(text).units.filter((u) => u.kind === 'task-row');
    assert.strictEqual(rows[0]!.cells!.units, undefined);
    assert.strictEqual(rows[0]!.cells!.deadline, undefined);
    assert.strictEqual(rows[1]!.cells!.ditto, undefined);
    assert.strictEqual(text.slice(rows[1]!.cells!.deadline!.start, rows[1]!.cells!.deadline!.end), '同上级时限');
  });
});

describe('a Markdown table exported from an online document (cells holding <br>)', () => {
  it('reads <br> in a cell as a separator, keeping every offset', () => {
    const text = '| 序号 | 重点任务 | 责任单位 | 完成时限 |\n|---|---|---|---|\n| 1 | **推进智慧园区建设**<br>提升园区服务水平。 | 区工信商务局（牵头）<br/>区发改局 | 2024年12月31日前<BR>（持续推进） |\n';
    const plain = core.analyze.readable(text);
    assert.strictEqual(plain.length, text.length);
    const row = core.outline.parseOutline(plain).units.find((u) => u.kind === 'task-row')!;
    const units = core.units.parseUnitCell(plain.slice(row.cells!.units!.start, row.cells!.units!.end)).mentions.map((m) => [m.name, m.role]);
    assert.deepStrictEqual(units, [['区工信商务局', 'lead'], ['区发改局', 'unspecified']]);
    // Near miss: a < that opens no line break is left alone.
    assert.strictEqual(core.analyze.readable('指标<90%的单位'), '指标<90%的单位');
  });
});

describe('tasks as form blocks (任务名称： / 工作内容： / 牵头单位： / 完成时限：)', () => {
  it('reads a block of labelled lines as one task row, two labels on a line apart by spaces', () => {
    const text = '任务名称：推进城域网升级改造\n工作内容：开展县级城域网升级改造。\n牵头单位：县大数据服务中心    配合单位：各乡镇人民政府\n完成时限：2025年6月底\n\n';
    const row = core.outline.parseOutline(text).units.find((u) => u.kind === 'task-row')!;
    const at = (s: { start: number; end: number } | undefined) => (s ? text.slice(s.start, s.end) : undefined);
    assert.strictEqual(at(row.cells!.content), '开展县级城域网升级改造。');
    assert.strictEqual(at(row.cells!.name), '推进城域网升级改造');
    assert.strictEqual(at(row.cells!.units), '县大数据服务中心');
    assert.strictEqual(at(row.cells!.cooperating), '各乡镇人民政府');
    assert.strictEqual(at(row.cells!.deadline), '2025年6月底');
  });

  it('near misses: a lone label line, and labels without a task\'s content', () => {
    const rows = (t: string) => core.outline.parseOutline(t).units.filter((u) => u.kind === 'task-row').length;
    assert.strictEqual(rows('责任单位：县政府办公室\n'), 0);
    assert.strictEqual(rows('牵头单位：县政府办公室\n完成时限：2024年\n'), 0);
  });
});

describe('a task table pasted from a spreadsheet saved as CSV', () => {
  const rows = (text: string) =>
    core.outline.parseOutline(text).units.filter((u) => u.kind === 'task-row').map((u) => ({
      content: text.slice(u.titleSpan.start, u.titleSpan.end),
      units: u.cells?.units ? text.slice(u.cells.units.start, u.cells.units.end) : undefined,
      cooperating: u.cells?.cooperating ? text.slice(u.cells.cooperating.start, u.cells.cooperating.end) : undefined,
      deadline: u.cells?.deadline ? text.slice(u.cells.deadline.start, u.cells.deadline.end) : undefined,
    }));

  it('reads its rows, a quoted cell whole (its ASCII commas and doubled quotes inside)', () => {
    const text = [
      '序号,重点任务,牵头单位,配合单位,完成时限',
      '1,推进“智慧园区”建设，提升园区数字化服务水平。,县工业信息化和商务局,"县发改局,县应急管理局","持续推进,2025年取得明显成效"',
      '2,推广""我的宁夏""政务APP。,县人民政府办公室,,2024年',
    ].join('\n');
    assert.deepStrictEqual(rows(text), [
      { content: '推进“智慧园区”建设，提升园区数字化服务水平。', units: '县工业信息化和商务局', cooperating: '县发改局,县应急管理局', deadline: '持续推进,2025年取得明显成效' },
      { content: '推广""我的宁夏""政务APP。', units: '县人民政府办公室', cooperating: undefined, deadline: '2024年' },
    ]);
  });

  it('near misses: a sentence with ASCII commas and a note is no header, and a row of another width is no row', () => {
    assert.deepStrictEqual(rows('推进数据共享,提升治理效能,完成时限,责任单位\n1,推进数据共享,县大数据服务中心,2024年'), []);
    assert.deepStrictEqual(rows('序号,重点任务,牵头单位,完成时限\n1,推进数据共享,县大数据服务中心\n'), []);
  });
});

describe('a table amending a plan’s tasks (原安排 | 调整后安排) and a 备注 column', () => {
  const rows = (text: string) => core.outline.parseOutline(text).units.filter((u) => u.kind === 'task-row');
  const cell = (text: string, s: { start: number; end: number } | undefined) => (s ? text.slice(s.start, s.end) : undefined);

  it('reads the new arrangement’s leading units and leaves the old arrangement unread', () => {
    const text = [
      '序号\t任务内容\t调整事项\t原安排\t调整后安排',
      '1\t建立健全政务数据供需对接机制\t调整牵头单位\t区人民政府办公室牵头\t区大数据服务中心牵头，区直各部门（单位）配合',
      '2\t开展城域网升级改造\t调整完成时限\t2024年9月底前完成\t2025年6月底前完成',
      '3\t推进热线联动\t新增任务\t—\t区审批服务管理局牵头，区公安分局配合，2024年12月底前完成',
      '4\t建设区政务云平台\t删除任务\t区发展和改革局牵头，2025年12月底前完成\t删除',
    ].join('\n');
    assert.deepStrictEqual(rows(text).map((r) => [cell(text, r.cells!.units), cell(text, r.cells!.arrangement)]), [
      ['区大数据服务中心牵头，区直各部门（单位）配合', '区大数据服务中心牵头，区直各部门（单位）配合'],
      [undefined, '2025年6月底前完成'],
      ['区审批服务管理局牵头，区公安分局配合', '区审批服务管理局牵头，区公安分局配合，2024年12月底前完成'],
      [undefined, '删除'],
    ]);
    const facts = core.analyze.readDraft(text);
    assert.deepStrictEqual(facts.deadlines.map((d) => d.deadline.raw), ['2025年6月底前完成', '2024年12月底前完成']);
  });

  it('marks a row whose 备注 says it is done, and not one whose 备注 says anything else', () => {
    const text = [
      '序号\t工作任务\t牵头单位\t完成时限\t备注',
      '1\t明确数据专员\t县大数据服务中心\t2023年\t已完成',
      '2\t调整充实领导小组\t县人民政府办公室\t2024年6月底前\t2023年已启动',
      '3\t理顺中心职能配置\t县委编办\t2024年底\t涉及编制调整需报批',
    ].join('\n');
    assert.deepStrictEqual(rows(text).map((r) => r.cells!.done === true), [true, false, false]);
  });
});

describe('a side-by-side table quoting a higher level’s task list', () => {
  it('reads the plan’s own columns, and the quoted task only as the row’s context', () => {
    const text = [
      '序号\t自治区任务（原文）\t自治区责任单位\t自治区完成时限\t我县落实举措\t县牵头单位\t县配合单位\t县完成时限',
      '1\t开展各级城域网升级改造。\t自治区政府办公厅牵头\t2024年\t完成县城域网升级改造。\t县大数据服务中心\t各乡镇人民政府\t2024年底前',
    ].join('\n');
    const row = core.outline.parseOutline(text).units.find((u) => u.kind === 'task-row')!;
    const cell = (s: { start: number; end: number } | undefined) => (s ? text.slice(s.start, s.end) : undefined);
    assert.deepStrictEqual([row.title, cell(row.cells!.units), cell(row.cells!.cooperating), cell(row.cells!.deadline), row.cells!.group], [
      '完成县城域网升级改造。', '县大数据服务中心', '各乡镇人民政府', '2024年底前', '开展各级城域网升级改造。',
    ]);
    // Near miss: a cross-reference column naming the level (对应自治区任务序号) is still read as one.
    const ref = ['序号\t重点任务\t对应自治区任务序号\t责任单位\t完成时限', '1\t完成县城域网升级改造\t48\t县大数据服务中心\t2024年'].join('\n');
    assert.deepStrictEqual(core.outline.parseOutline(ref).units.find((u) => u.kind === 'task-row')!.cells!.refs, [{ no: 48, level: 'region' }]);
  });
});

describe('notes without labels', () => {
  it('reads a bracket of units with their roles and no date, and not a role in brackets after a name', () => {
    const text = [
      '深化电子证照社会化应用。（市审批服务管理局牵头，市直有关部门配合）',
      '责任单位：县委政法委、县公安局（共同牵头），各乡镇人民政府',
    ].join('\n');
    const facts = core.analyze.readDraft(text);
    assert.deepStrictEqual(facts.units.map((u) => [u.name, u.role]), [
      ['市审批服务管理局', 'lead'], ['市直有关部门', 'cooperating'], ['县委政法委', 'unspecified'], ['县公安局', 'lead'], ['各乡镇人民政府', 'unspecified'],
    ]);
  });
});
