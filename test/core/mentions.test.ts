// Weaker evidence of take-up (align-outline.ts): a sentence's runner-up task, a programme name the
// task list quotes, a section-corroborated match. Such tasks are 可能已覆盖: never task-uncovered,
// never a unit's own task; a restated clause is no such evidence (a responsibility note neither: the
// Guangxi 柳州 fixture, test/baselines/guangxi-draft.test.ts, keeps task 14 uncovered for that).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { core, node, ROOT } from '../helpers/server';

describe('tasks a draft only mentions', () => {
  const text = fs.readFileSync(path.join(ROOT, 'test/fixtures/coverage/mentions.txt'), 'utf8');
  const { prepared } = node.baselines.getPrepared('ningxia-2023');
  const result = core.analyze.analyze(text, prepared);
  const tasks = result.coverage.tasks;
  const mentioned = tasks.mentioned.map((m) => m.no);
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;

  it('counts a programme name the task list quotes (“证照分离”) as a mention of its task', () => {
    // 加快“证照分离”改革… sits in a sentence whose own best task is 89 (惠企政策); 88 quotes 证照分离.
    assert.ok(mentioned.includes(88), JSON.stringify(tasks.mentioned));
    assert.ok(!tasks.uncovered.includes(88));
    assert.deepStrictEqual(tasks.mentioned.find((m) => m.no === 88)!.units.map((u) => lineOf(result.outline[u]!.start)), [4]);
  });

  it('gives a name two tasks quote (“宁政通”) to the better-placed one and to any that scores nearly as well', () => {
    assert.ok(tasks.takenUp.some((t) => t.no === 105));
    assert.ok(mentioned.includes(106), JSON.stringify(tasks.mentioned));
  });

  it('keeps a sentence that restates the opinions (聚焦“六新六特六优”产业) from mentioning task 2', () => {
    assert.ok(tasks.uncovered.includes(2));
    assert.ok(!mentioned.includes(2));
  });

  it('counts a system only one task names (经济运行大数据平台) as a mention of that task', () => {
    assert.ok(mentioned.includes(66) || tasks.takenUp.some((t) => t.no === 66), JSON.stringify(tasks.mentioned));
    assert.ok(!tasks.uncovered.includes(66));
    const systems = core.taskNames.systemNames(prepared);
    assert.strictEqual(systems.get('经济运行大数据平台'), 66);
    assert.strictEqual(systems.get('协同办公平台'), 104);
  });

  it('does not count a system many tasks or the opinions name (政务信息系统, 一体化政务服务平台)', () => {
    const systems = core.taskNames.systemNames(prepared);
    for (const generic of ['政务信息系统', '一体化政务服务平台', '政务服务平台', '公共服务平台']) assert.ok(!systems.has(generic), generic);
    assert.ok(tasks.uncovered.includes(85) && tasks.uncovered.includes(22), JSON.stringify(tasks.uncovered));
  });

  it('keeps mentioned tasks apart from taken-up and uncovered ones', () => {
    const taken = new Set(tasks.takenUp.map((t) => t.no));
    for (const no of mentioned) {
      assert.ok(!taken.has(no), `任务${no}`);
      assert.ok(!tasks.uncovered.includes(no), `任务${no}`);
    }
    const applicable = new Set(tasks.applicable);
    const partition = [...tasks.covered.map((c) => c.no), ...tasks.uncovered, ...mentioned.filter((n) => applicable.has(n))].sort((a, b) => a - b);
    assert.deepStrictEqual(partition, tasks.applicable);
  });

  it('lists no task-uncovered finding for a mentioned task', () => {
    const listed = result.findings.filter((f) => f.rule === 'task-uncovered').flatMap((f) => f.related.map((r) => r.taskNo));
    for (const no of mentioned) assert.ok(!listed.includes(no), `任务${no}`);
    assert.ok(listed.includes(2));
  });

  it('moves a mentioned task that the config says does not apply to 不适用本级', () => {
    const decided = core.decisions.applyTaskDecisions(result.coverage, prepared, { '88': { applies: false, reason: '本县无此职能' } }, 'primary', []);
    assert.deepStrictEqual(decided.tasks.notApplicable.map((t) => t.no), [88]);
    assert.ok(!decided.tasks.uncovered.includes(88) && !decided.tasks.applicable.includes(88));
  });
});

describe('a list that takes up a task’s list', () => {
  const file = path.join(ROOT, 'test/fixtures/coverage/listed-items.txt');
  const text = fs.readFileSync(file, 'utf8');
  const { prepared } = node.baselines.getPrepared('ningxia-2023');
  const result = core.analyze.analyze(text, prepared);
  const tasks = result.coverage.tasks;
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  const fold = core.fold.foldForMatching;

  it('reads the items of a 、-list, the verb before the first and the words after 等 left out', () => {
    assert.deepStrictEqual(core.taskNames.listItems(fold('对食品药品、医疗器械、特种设备、危化品、农副产品等重点领域实行追溯')), ['食品药品', '医疗器械', '特种设备', '危化品', '农副产品']);
    assert.deepStrictEqual(core.taskNames.listItems(fold('加强食品、药品、特种设备、质量监督等重点监管领域治理管控')), ['食品', '药品', '特种设备', '质量监督']);
    assert.deepStrictEqual(core.taskNames.listItems(fold('做好特种设备安全监管工作')), []);
  });

  it('knows the items one task alone lists (特种设备: task 71), not those several tasks or the opinions use', () => {
    const { distinct } = core.taskNames.listedItems(prepared);
    assert.strictEqual(distinct.get('特种设备'), 71);
    for (const generic of ['教育', '医疗', '数据共享']) assert.ok(!distinct.has(generic), generic);
  });

  it('counts 食品、药品、特种设备、质量监督 as a mention of task 71 (食品药品、医疗器械、特种设备…)', () => {
    const m = tasks.mentioned.find((x) => x.no === 71);
    assert.ok(m, JSON.stringify(tasks.mentioned));
    assert.deepStrictEqual(m.units.map((u) => lineOf(result.outline[u]!.start)), [4]);
    assert.ok(!tasks.uncovered.includes(71));
  });

  it('does not count one rare item in a list about something else (文化旅游 among industries) for task 6', () => {
    assert.deepStrictEqual(core.taskNames.tasksListed(prepared, fold('重点面向精细化工、新材料、新能源、农产品加工、商贸物流、文化旅游等领域')), []);
    assert.ok(!tasks.mentioned.some((x) => x.no === 6) && !tasks.takenUp.some((x) => x.no === 6), JSON.stringify(tasks.mentioned));
  });

  it('does not count a distinct item outside a list (做好特种设备安全监管工作)', () => {
    assert.deepStrictEqual(core.taskNames.tasksListed(prepared, fold('做好特种设备安全监管工作，开展隐患排查整治')), []);
  });
});

describe('short forms and comma clauses that take a task up', () => {
  // test/fixtures/coverage/short-forms.txt: 对接全区统一基础库和主题库 (task 29 writes 基础库、主题库) and a
  // comma clause that scores as a sentence would (加速数字技术与智慧旅游、健康养老…融合应用, task 6).
  const file = path.join(ROOT, 'test/fixtures/coverage/short-forms.txt');
  const text = fs.readFileSync(file, 'utf8');
  const { prepared } = node.baselines.getPrepared('ningxia-2023');
  const coverage = (t: string) => core.analyze.analyze(t, prepared).coverage.tasks;

  it('reads 基础库 and 主题库 as the task list writes them: task 29 is not uncovered', () => {
    const tasks = coverage(text);
    assert.ok(!tasks.uncovered.includes(29), JSON.stringify(tasks.uncovered));
    assert.ok(tasks.takenUp.some((t) => t.no === 29) || tasks.mentioned.some((m) => m.no === 29));
  });

  it('counts a comma clause scoring at the sentence threshold as a mention: task 6 is 可能已覆盖', () => {
    const tasks = coverage(text);
    assert.ok(tasks.mentioned.some((m) => m.no === 6), JSON.stringify(tasks.mentioned));
    assert.ok(!tasks.uncovered.includes(6));
  });

  it('counts a three-word clause made of one task’s words only (公共数据和社会数据融合: task 42)', () => {
    const tasks = coverage(text);
    assert.ok(tasks.mentioned.some((m) => m.no === 42), JSON.stringify(tasks.mentioned));
    // Near miss: 深化“一网通办” shares 一网通办 with task 89 (惠企政策) but also a word it lacks.
    assert.ok(tasks.uncovered.includes(89), JSON.stringify(tasks.uncovered));
    const without42 = coverage(text.replace('加快推进公共数据和社会数据融合，', ''));
    assert.ok(without42.uncovered.includes(42), JSON.stringify(without42.uncovered));
  });

  it('near misses: without those clauses both tasks are uncovered', () => {
    const without29 = coverage(text.replace('积极对接全区统一基础库和主题库，完善社会保障、应急管理、医疗健康等主题库', '加强数据质量管理'));
    assert.ok(without29.uncovered.includes(29), JSON.stringify(without29.uncovered));
    const without6 = coverage(text.replace('加速数字技术与智慧旅游、健康养老、文体娱乐等融合应用，', ''));
    assert.ok(without6.uncovered.includes(6), JSON.stringify(without6.uncovered));
  });
});

describe('rows that name a programme, and the local share of a regional task', () => {
  // test/fixtures/coverage/rows-and-mirrors.txt: a row on the district's own 领导小组 (task 60 is the
  // region's alone; task 64 asks cities and counties to 参照自治区做法，成立相应的组织机构) and a row on
  // 协同办公平台 (task 104) that also 推广“宁政通” (task 105's programme).
  const text = fs.readFileSync(path.join(ROOT, 'test/fixtures/coverage/rows-and-mirrors.txt'), 'utf8');
  const { prepared } = node.baselines.getPrepared('ningxia-2023');
  const coverage = (t: string) => core.analyze.analyze(t, prepared).coverage.tasks;

  it('counts a row whose best task is the region’s alone as a mention of the task that mirrors it locally', () => {
    const tasks = coverage(text);
    assert.ok(tasks.mentioned.some((m) => m.no === 64), JSON.stringify(tasks.mentioned));
    assert.ok(!tasks.uncovered.includes(64));
    assert.deepStrictEqual(core.taskScope.mirrorTasks(prepared, prepared.taskByNo.get(60)!), [64]);
    // Near misses: a region-only task of a group with no such task (4, 国资监管) mirrors nothing, and
    // without the 领导小组 row task 64 is uncovered.
    assert.deepStrictEqual(core.taskScope.mirrorTasks(prepared, prepared.taskByNo.get(4)!), []);
    const without = coverage(text.replace(/^1\t健全组织机构.*\n/m, ''));
    assert.ok(without.uncovered.includes(64), JSON.stringify(without.uncovered));
  });

  it('reads a one-sentence row for the programmes it names (“宁政通”), not for runner-up scores', () => {
    const tasks = coverage(text);
    assert.ok(tasks.takenUp.some((t) => t.no === 104));
    assert.ok(tasks.mentioned.some((m) => m.no === 105), JSON.stringify(tasks.mentioned));
    const without = coverage(text.replace('，推广“宁政通”', ''));
    assert.ok(without.uncovered.includes(105), JSON.stringify(without.uncovered));
  });

  it('reads a one-sentence row clause by clause: a clause that takes up another task (考核指标: 121) mentions it', () => {
    const row = (content: string) =>
      `某市数字政府建设任务分解表\n序号\t重点任务\t具体措施\t牵头单位\t完成时限\n1\t强化考核评价\t${content}\t市委办\t长期坚持\n`;
    const tasks = coverage(row('制定年度数字政府建设考核指标，纳入全市效能目标管理考核，考核结果作为领导班子和有关领导干部综合考核评价的重要参考。'));
    assert.ok(tasks.takenUp.some((t) => t.no === 123), JSON.stringify(tasks.takenUp));
    assert.ok(tasks.mentioned.some((m) => m.no === 121), JSON.stringify(tasks.mentioned));
    // Near miss: without that clause the row takes up 123 alone.
    const without = coverage(row('将数字政府建设纳入全市效能目标管理考核，考核结果作为领导班子和有关领导干部综合考核评价的重要参考。'));
    assert.ok(without.uncovered.includes(121), JSON.stringify(without.uncovered));
  });
});

describe('the guiding thought and principles take up no part of the framework', () => {
  // test/fixtures/coverage/principles.txt: 营造良好数字生态 stated only as a principle (blind round 13:
  // a 基本原则 paragraph matched a part the plan never takes up).
  const text = fs.readFileSync(path.join(ROOT, 'test/fixtures/coverage/principles.txt'), 'utf8');
  const { prepared } = node.baselines.getPrepared('ningxia-2023');
  const ecology = (t: string) => core.analyze.analyze(t, prepared).coverage.pillars.find((p) => p.name === '数字生态')!.covered;

  it('a principle does not cover 数字生态', () => assert.strictEqual(ecology(text), false));

  it('near misses: the same words as a measure, or under 总体要求 without a 基本原则 heading, do', () => {
    assert.strictEqual(ecology(text.replace('一、总体要求\n（一）基本原则\n', '三、营造良好数字生态\n')), true);
    assert.strictEqual(ecology(text.replace('（一）基本原则\n', '')), true);
  });
});

describe('a list that runs through a group of tasks, an item each', () => {
  // test/fixtures/coverage/item-terms.txt: 推广应用…电子印章、公共支付、非税支付、电子文件… under 共性应用支撑
  // (tasks 51–57, one group); 非税 is a word task 56 alone uses. A list of 高频事项 under 政务服务 that
  // names 非税缴费 is a near miss: its sentence's best task is of another group.
  const text = fs.readFileSync(path.join(ROOT, 'test/fixtures/coverage/item-terms.txt'), 'utf8');
  const { prepared } = node.baselines.getPrepared('ningxia-2023');
  const coverage = (t: string) => core.analyze.analyze(t, prepared).coverage.tasks;

  it('counts an item naming a term one task of the group alone uses (非税支付: task 56) as a mention', () => {
    const tasks = coverage(text);
    assert.ok(tasks.mentioned.some((m) => m.no === 56), JSON.stringify(tasks.mentioned));
    assert.ok(!tasks.uncovered.includes(56));
    assert.strictEqual(core.taskNames.ownTerms(prepared).get('非税'), 56);
  });

  it('near misses: the list without that item, and the term in a list of another group', () => {
    assert.ok(coverage(text.replace('、非税支付', '')).uncovered.includes(56));
    const services = text.split('\n').filter((l) => !l.includes('公共支付')).join('\n');
    assert.ok(coverage(services).uncovered.includes(56));
  });

  it('reads a term several items share as the list’s head, and an item with two tasks’ terms as neither', () => {
    // 支付 is task 55's alone, but 公共支付、非税支付 share it: only 非税 tells 非税支付 apart.
    const any = () => true;
    assert.deepStrictEqual(core.taskNames.tasksByItemTerm(prepared, '推广电子印章、公共支付、非税支付等服务', any), [56]);
    assert.deepStrictEqual(core.taskNames.tasksByItemTerm(prepared, '推进城域网非税改造、电子印章、公共支付等', any), [55]);
    assert.deepStrictEqual(core.taskNames.tasksByItemTerm(prepared, '推广电子印章、公共支付、非税支付等服务', (no) => no !== 56), []);
  });
});

describe('a comma clause of two words that only one task has together', () => {
  const { prepared } = node.baselines.getPrepared('ningxia-2023');
  const coverage = (t: string) => core.analyze.analyze(t, prepared).coverage.tasks;
  const plan = (sentence: string) => `某市加强数字政府建设实施方案\n一、夯实平台支撑\n（一）提升网络平台支撑能力。${sentence}\n`;

  it('takes part in that task (实现市、县、乡、村四级全覆盖: 多级 and 覆盖, task 48 alone)', () => {
    const tasks = coverage(plan('进一步拓宽电子政务外网覆盖范围，建成电子政务外网“一张网”，实现市、县(市、区)、乡(街道)、村(社区)四级全覆盖。'));
    assert.ok(tasks.mentioned.some((m) => m.no === 48) || tasks.takenUp.some((t) => t.no === 48), JSON.stringify(tasks.mentioned));
    assert.ok(!tasks.uncovered.includes(48));
  });

  it('near misses: the sentence without that clause, and a count of levels before another word (四级贯通)', () => {
    assert.ok(coverage(plan('进一步拓宽电子政务外网覆盖范围，建成电子政务外网“一张网”。')).uncovered.includes(48));
    assert.ok(coverage(plan('进一步拓宽电子政务外网覆盖范围，建成电子政务外网“一张网”，实现市、县、乡、村四级贯通。')).uncovered.includes(48));
  });
});

describe('a system only one task names, as evidence of its part of the framework', () => {
  const { prepared } = node.baselines.getPrepared('ningxia-2023');
  const head = '某市2025年数字政府建设工作台账\n序号\t工作内容\t责任单位\t完成时限\n';
  const covered = (rows: string) => core.analyze.analyze(head + rows, prepared).coverage.pillars.find((p) => p.name === '经济调节')!.covered;

  it('counts a row that names the 经济运行大数据平台 (task 66 alone) for 经济调节', () => {
    assert.strictEqual(covered('1\t配合建设宁夏经济运行大数据平台，归集本地重点企业运行数据。\t市发展和改革局\t2025年10月底前\n'), true);
  });

  it('near miss: without it the part is not taken up', () => {
    assert.strictEqual(covered('1\t推进政务服务事项标准化，编制办事指南。\t市审批服务管理局\t2025年10月底前\n'), false);
  });
});


describe('the year of a plan for one year', () => {
  it('reads it from a title that names one year: 工作要点, 工作台账, 工作安排, 任务清单', () => {
    for (const title of ['灵武市2025年数字政府建设工作要点', '灵武市2025年数字政府建设工作台账', '某县2025年数字政府建设工作安排', '某县2025年数字政府建设重点任务清单']) {
      assert.strictEqual(core.analyze.readDraft(`${title}\n一、总体要求\n`).planYear, 2025, title);
    }
    // Near misses: a period, and a title of no plan.
    assert.strictEqual(core.analyze.readDraft('某县数字政府建设实施方案（2024—2025年）\n').planYear, undefined);
    assert.strictEqual(core.analyze.readDraft('某县2025年数字政府建设情况报告\n').planYear, undefined);
  });
});

describe('a review of the past and Markdown marks', () => {
  it('reads no deadline in a review section (一、2025年工作回顾), and reads the plan’s own goals after it', () => {
    const text = '某县2026年数字政府建设工作要点\n一、2025年工作回顾\n（一）数据资源底数进一步摸清。2025年6月底，县级政务数据资源目录完成全量更新。\n二、总体要求和主要目标\n到2026年底，全县政务数据共享满足率达到95%以上。\n';
    const lines = core.analyze.readDraft(text).deadlines.map((d) => text.slice(0, d.start).split('\n').length);
    assert.deepStrictEqual(lines.filter((l) => l === 2 || l === 3), []);
    assert.ok(lines.includes(5), JSON.stringify(lines));
    // Near miss: a heading that joins the base with the requirements heads goals, not history.
    const joined = '某县数字政府建设实施方案\n一、发展基础和总体要求\n（四）主要目标。\n到2026年底，全县数字政府统筹协调机制更加健全。\n';
    assert.strictEqual(core.analyze.readDraft(joined).deadlines.length, 1);
  });

  it('reads a date or a name written bold in Markdown (**2025年底前**) as written plain, every offset kept', () => {
    const text = '| 8 | 推进电子证照互通互认 | **县审批服务管理局** | **2025年底前** |';
    const plain = core.analyze.readable(text);
    assert.strictEqual(plain.length, text.length);
    assert.ok(!plain.includes('*'));
    assert.strictEqual(core.analyze.readDraft(`某县方案\n推进电子证照互通互认，${plain.split('|')[4]!.trim()}完成。\n`).deadlines[0]!.invalid, undefined);
  });
});


// A task taken part in by what the sentence names rather than by its words as a whole: a system one task names,
// worked on (对接…政务数据平台: task 29) rather than relied on (依托…), and coverage of several levels (县、乡、村全覆盖,
// read as 多级 覆盖: task 48, 推进区市县乡村5级全覆盖) though the words match the network's upgrade (task 47) better.
describe('tasks named by what a sentence works on', () => {
  const { prepared } = node.baselines.getPrepared('ningxia-2023');
  const table = (row: string) => `某县数字政府建设重点任务分工表\n序号\t重点任务\t牵头单位\t完成时限\n1\t${row}\t县大数据服务中心\t2024年\n`;
  const tasksOf = (row: string) => core.analyze.analyze(table(row), prepared).coverage.tasks;

  it('mentions the task of a system the sentence connects to', () => {
    const t = tasksOf('全面对接自治区统一的政务数据平台，推动县级政务数据按需归集共享。');
    assert.ok(t.mentioned.some((m) => m.no === 29) || t.takenUp.some((x) => x.no === 29), JSON.stringify(t.mentioned));
    assert.ok(!t.uncovered.includes(29));
  });

  it('does not mention it for a system the sentence only relies on', () => {
    const t = tasksOf('依托自治区统一的政务数据平台，推进县级政务数据汇聚治理。');
    assert.ok(t.uncovered.includes(29), JSON.stringify(t.mentioned));
  });

  it('mentions the task naming coverage of the levels', () => {
    const t = tasksOf('开展县乡村电子政务外网升级改造，推进电子政务外网县、乡、村全覆盖。');
    assert.ok(!t.uncovered.includes(48), JSON.stringify(t.mentioned));
  });

  it('does not for an upgrade without the levels', () => {
    const t = tasksOf('开展县级电子政务外网升级改造，扩大互联网出口带宽。');
    assert.ok(t.uncovered.includes(48), JSON.stringify(t.mentioned));
  });
});
