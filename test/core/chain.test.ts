// A county plan checked against its city plan and the region at once: a mistake only the city
// plan reveals and one against the region are both caught, each naming its level and baseline.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { core, node, ROOT, seed } from '../helpers/server';

const DIR = path.join(ROOT, 'test/fixtures/chain/litong');

describe('chained baselines (county → city → region)', () => {
  const draft = fs.readFileSync(path.join(DIR, 'draft.txt'), 'utf8');
  const localUnits = node.project.loadLocalUnits(path.join(DIR, 'units.txt'));
  const { prepared } = node.baselines.getPrepared('ningxia-2023');

  it('compiles the city plan into a baseline with its own framework and goals', async () => {
    const city = await node.baselines.preparePlanFile(seed('wuzhong-2023-shishi-fangan.txt'));
    assert.strictEqual(city.baseline.level, '市');
    assert.strictEqual(city.baseline.region, '吴忠市');
    assert.ok(city.baseline.pillars.some((p) => p.family === '一套体系' && p.name === '工作机制'));
    assert.deepStrictEqual(city.baseline.goals.map((g) => g.deadline.milestones[0]!.year), [2023, 2025, 2035]);
  });

  it('finds the city-only mistake against the city and the regional one against the region', async () => {
    const city = await node.baselines.preparePlanFile(seed('wuzhong-2023-shishi-fangan.txt'));
    const r = core.analyze.analyzeChain(draft, prepared, [city], { localUnits });
    const level = r.findings.filter((f) => f.rule !== 'task-uncovered');
    const summary = level.map((f) => `${f.baseline} ${f.rule} ${draft.slice(0, f.start).split('\n').length}`);
    assert.deepStrictEqual(summary, [`${city.baseline.id} missing-pillar 9`, 'ningxia-2023 deadline-later-than-baseline 23']);
    assert.match(level[0]!.message, /吴忠市方案/);
    assert.match(level[1]!.message, /自治区任务清单第19项/);
    assert.strictEqual(r.parents.length, 1);
    assert.strictEqual(r.parents[0]!.baseline.region, '吴忠市');
  });

  it('takes the plan’s own title in its issuing notice for no citation of the city plan', async () => {
    const city = await node.baselines.preparePlanFile(seed('wuzhong-2023-shishi-fangan.txt'));
    const notice = '利政发〔2024〕9号\n吴忠市利通区人民政府关于印发《利通区加强数字政府建设实施方案》的通知\n现将《利通区加强数字政府建设实施方案》印发给你们。\n';
    const basis = (text: string) => core.analyze.analyzeChain(text, prepared, [city], { localUnits }).findings.filter((f) => f.rule === 'basis-mismatch');
    assert.deepStrictEqual(basis(notice), []);
    // Near miss: the city plan cited with a wrong title is still reported.
    assert.strictEqual(basis('根据吴忠市人民政府《关于加快推进数字政府建设的实施方案》，结合我区实际，制定本方案。\n').length, 1);
  });

  it('a city’s later plan under its own earlier plan: its title in the notice cites nothing, its bodies in full lead (blind round 481)', async () => {
    const city = await node.baselines.preparePlanFile(seed('wuzhong-2023-shishi-fangan.txt'));
    const text = [
      '吴忠市人民政府办公室关于印发吴忠市2024年数字政府建设工作推进方案的通知',
      '吴政办发〔2024〕9号',
      '《吴忠市2024年数字政府建设工作推进方案》已经市人民政府同意，现印发给你们，请认真抓好落实。',
      '吴忠市人民政府办公室',
      '2024年3月15日',
      '吴忠市2024年数字政府建设工作推进方案',
      '1．推进非税收入收缴电子化。（牵头单位：吴忠市财政局；完成时限：2024年底前）',
      '2．推进政务数据共享。（牵头单位：吴忠市大数据管理服务局；完成时限：2024年底前）',
    ].join('\n');
    const r = core.analyze.analyzeChain(text, prepared, [city], { localUnits: [] });
    assert.deepStrictEqual(r.findings.filter((f) => f.rule === 'basis-mismatch').map((f) => f.message), []);
    assert.deepStrictEqual(r.findings.filter((f) => f.rule === 'unknown-unit' && /上级/.test(f.message)).map((f) => f.message), []);
    // A county's plan under the same city plan still may not be led by the city's bodies.
    const county = text.replace(/吴忠市2024年数字政府建设工作推进方案/g, '利通区2024年数字政府建设工作推进方案').replace('吴忠市人民政府办公室关于', '利通区人民政府办公室关于');
    const led = core.analyze.analyzeChain(county, prepared, [city], { localUnits: [] }).findings.filter((f) => f.rule === 'unknown-unit' && /上级（吴忠市）/.test(f.message));
    assert.strictEqual(led.length, 2, led.map((f) => f.message).join('\n'));
  });

  it('a part of the city’s framework set up in a clause of another item (健全工作体制机制) is taken up; listed among others it is not', async () => {
    const city = await node.baselines.preparePlanFile(seed('wuzhong-2023-shishi-fangan.txt'));
    const item = '（一）健全组织机构。健全区、乡（镇）两级数字政府建设组织领导机构，逐级明确职责任务，构建齐抓共管的工作格局。';
    assert.ok(draft.includes(item));
    const missing = (text: string) => core.analyze.analyzeChain(text, prepared, [city], { localUnits }).findings
      .filter((f) => f.rule === 'missing-pillar').map((f) => /中的“([^”]+)”/.exec(f.message)![1]);
    assert.deepStrictEqual(missing(draft), ['工作机制']);
    const setUp = draft.replace(item, '（一）健全组织机构。健全区、乡（镇）两级数字政府建设组织领导机构，明确分管领导和具体工作人员，健全工作体制机制，构建齐抓共管的工作格局。');
    assert.deepStrictEqual(missing(setUp), []);
    // Near misses: the name in a list of parts, or after a verb that does not set it up, takes nothing up.
    const listed = draft.replace(item, '（一）健全组织机构。统筹组织机构、工作体制机制等建设，逐级明确职责任务，构建齐抓共管的工作格局。');
    assert.deepStrictEqual(missing(listed), ['工作机制']);
    const reported = draft.replace(item, '（一）健全组织机构。健全区、乡（镇）两级数字政府建设组织领导机构，定期报告工作机制，构建齐抓共管的工作格局。');
    assert.deepStrictEqual(missing(reported), ['工作机制']);
  });

  it('without the parent, the city-only mistake goes unseen', () => {
    const r = core.analyze.analyze(draft, prepared, { localUnits });
    assert.ok(!r.findings.some((f) => f.rule === 'missing-pillar'));
  });

  it('the CLI takes --parent and names each finding’s baseline in JSON', () => {
    let out = '';
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'bin/xianjie.js'), 'check', path.join(DIR, 'draft.txt'), '--units', path.join(DIR, 'units.txt'),
        '--parent', seed('wuzhong-2023-shishi-fangan.txt'), '--format', 'json'], { encoding: 'utf8' });
    } catch (e) {
      out = (e as { stdout: string }).stdout;
    }
    const diags = JSON.parse(out).files[0].diagnostics as { rule: string; baseline: string }[];
    const bases = new Set(diags.filter((d) => d.rule !== 'task-uncovered').map((d) => `${d.rule}@${d.baseline.startsWith('plan-') ? 'city' : d.baseline}`));
    assert.deepStrictEqual([...bases].sort(), ['deadline-later-than-baseline@ningxia-2023', 'missing-pillar@city']);
  });

  it('a missing parent file is a clear input error (exit 2)', () => {
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'bin/xianjie.js'), 'check', path.join(DIR, 'draft.txt'), '--parent', 'no-such-city-plan.txt'], { encoding: 'utf8', stdio: 'pipe' });
      assert.fail('should exit 2');
    } catch (e) {
      const err = e as { status: number; stderr: string };
      assert.strictEqual(err.status, 2);
      assert.match(err.stderr, /找不到上级方案文件 .*no-such-city-plan\.txt/);
    }
  });

  it('reports one problem once: a wrong 文号 or a pillar missing at both levels is one finding naming both', async () => {
    const city = await node.baselines.preparePlanFile(seed('wuzhong-2023-shishi-fangan.txt'));
    const text = draft.replace('宁政发〔2023〕17号', '宁政发〔2023〕71号').split('\n').filter((l) => !/营造良好数字生态/.test(l)).join('\n');
    const r = core.analyze.analyzeChain(text, prepared, [city], { localUnits });
    const basis = r.findings.filter((f) => f.rule === 'basis-mismatch');
    assert.strictEqual(basis.length, 1, basis.map((f) => f.message).join('\n'));
    const ecology = r.findings.filter((f) => f.rule === 'missing-pillar' && f.message.includes('“数字生态”'));
    assert.strictEqual(ecology.length, 1, ecology.map((f) => f.message).join('\n'));
    assert.match(ecology[0]!.message, /上级（吴忠市方案、自治区）框架/);
    // Different problems are not merged: the city's 工作机制 stays its own finding.
    assert.ok(r.findings.some((f) => f.rule === 'missing-pillar' && f.message.includes('“工作机制”')));
  });

  it('merges a part missing at both levels though each level points elsewhere, and shows it at a section, not an attachment', async () => {
    // Blind round 199 (红寺堡区): the region's 数字生态 points to the plan's drives section, 吴忠's to its 附件 caption.
    const dir = path.join(ROOT, 'test/blind/blind199-hongsibao-threedates');
    const text = fs.readFileSync(path.join(dir, 'draft.txt'), 'utf8');
    const city = await node.baselines.preparePlanFile(seed('wuzhong-2023-shishi-fangan.txt'));
    const r = core.analyze.analyzeChain(text, prepared, [city], { localUnits: node.project.loadLocalUnits(path.join(dir, 'units.txt')) });
    const ecology = r.findings.filter((f) => f.rule === 'missing-pillar' && f.message.includes('“数字生态”'));
    assert.strictEqual(ecology.length, 1, ecology.map((f) => f.message).join('\n'));
    assert.match(ecology[0]!.message, /上级（吴忠市方案、自治区）框架/);
    assert.ok(!/^\s*附件/.test(text.slice(ecology[0]!.start, ecology[0]!.end)), text.slice(ecology[0]!.start, ecology[0]!.end));
  });

  it('takes a part the city names in government (政务数据资源) as named by the region’s shorter name (数据资源)', async () => {
    // Blind round 727 (利通区, in plain words): （三）把数据管好用好（数据资源） under 打好四个底子（四大支撑）.
    const dir = path.join(ROOT, 'test/blind/blind727-litong-own-words');
    const text = fs.readFileSync(path.join(dir, 'draft.txt'), 'utf8');
    const city = await node.baselines.preparePlanFile(seed('wuzhong-2023-shishi-fangan.txt'));
    assert.ok(city.baseline.pillars.find((p) => p.name === '政务数据资源')!.keywords.includes('数据资源'));
    const units = node.project.loadLocalUnits(path.join(dir, 'units.txt'));
    const data = (t: string) => core.analyze.analyzeChain(t, prepared, [city], { localUnits: units }).findings.filter((f) => f.rule === 'missing-pillar' && f.message.includes('数据资源'));
    assert.deepStrictEqual(data(text).map((f) => f.message), []);
    // Without the part (its heading and its four items), the part is missing at both levels.
    const lines = text.split('\n');
    const from = lines.findIndex((l) => l.includes('（数据资源）'));
    const without = [...lines.slice(0, from), ...lines.slice(from + 5)].join('\n');
    const missing = data(without).map((f) => f.message);
    assert.ok(missing.some((m) => /吴忠市方案.*“政务数据资源”/.test(m)), missing.join('\n'));
    assert.ok(missing.some((m) => /自治区.*“数据资源”/.test(m)), missing.join('\n'));
  });

  it('takes a city part that stands for a regional one (健全组织机构 for 五个一) as taken up where the regional part is', async () => {
    // Blind round 393 (同心县): the county's 五个一 (领导小组, 办公室, 数据专员) sits in its work-system part and 保障措施; nothing
    // is headed 健全组织机构, so the city's 组织机构 was reported though the region's 五个一 was taken up.
    const dir = path.join(ROOT, 'test/blind/blind393-tongxin-2026-followup');
    const text = fs.readFileSync(path.join(dir, 'draft.txt'), 'utf8');
    const city = await node.baselines.preparePlanFile(seed('wuzhong-2023-shishi-fangan.txt'));
    const units = node.project.loadLocalUnits(path.join(dir, 'units.txt'));
    const missing = (t: string) => core.analyze.analyzeChain(t, prepared, [city], { localUnits: units }).findings
      .filter((f) => f.rule === 'missing-pillar').map((f) => `${f.baseline === city.baseline.id ? '市' : '区'} ${/中的“([^”]+)”/.exec(f.message)![1]}`);
    assert.deepStrictEqual(missing(text), []);
    const r = core.analyze.analyzeChain(text, prepared, [city], { localUnits: units });
    const organs = r.parents[0]!.coverage.pillars.find((p) => p.name === '组织机构')!;
    const fiveOnes = r.coverage.pillars.find((p) => p.name === '五个一')!;
    assert.ok(organs.covered);
    assert.ok(organs.units.length && organs.units.every((i) => fiveOnes.units.includes(i)));
    // Near miss: without the work-system part, the part it left out (六级贯通, the city's 厘清层级职责) is missing at both levels.
    const lines = text.split('\n');
    const from = lines.findIndex((l) => l.startsWith('三、健全“五个一”'));
    const without = [...lines.slice(0, from), ...lines.slice(from + 4)].join('\n');
    assert.deepStrictEqual(missing(without), ['区 六级贯通', '市 厘清层级职责']);
  });

  it('a city plan cited by title alone is checked by its title (加快推进 for 加强, 工作方案 for 实施方案)', async () => {
    const city = await node.baselines.preparePlanFile(seed('wuzhong-2023-shishi-fangan.txt'));
    const cite = (c: string) => draft.replace('吴忠市《关于加强数字政府建设的实施方案》', c);
    const basisAt = (text: string) => core.analyze.analyzeChain(text, prepared, [city], { localUnits }).findings.filter((f) => f.rule === 'basis-mismatch').map((f) => f.message);
    for (const wrong of ['吴忠市人民政府《关于加快推进数字政府建设的实施方案》', '《吴忠市数字政府建设工作方案》', '吴忠市《关于加强数字政府建设的行动方案》']) {
      const msgs = basisAt(cite(wrong));
      assert.strictEqual(msgs.length, 1, `${wrong}: ${msgs.join(' | ')}`);
      assert.match(msgs[0]!, /关于加强数字政府建设的实施方案/);
    }
    // A misnamed plan is wrong wherever it is cited, not only as the basis (严格对照…).
    const later = basisAt(draft + '\n各乡镇要严格对照吴忠市人民政府《关于加快推进数字政府建设的实施方案》细化任务。\n');
    assert.strictEqual(later.length, 1, later.join(' | '));
    for (const right of ['吴忠市人民政府《关于加强数字政府建设的实施方案》', '《吴忠市关于加强数字政府建设的实施方案》', '吴忠市《数字吴忠建设三年行动计划》', '《吴忠市优化营商环境条例》']) {
      assert.deepStrictEqual(basisAt(cite(right)), [], right);
    }
  });

  it('compares 主要目标 however they are phrased, with the region and with the parent plan', async () => {
    const city = await node.baselines.preparePlanFile(seed('wuzhong-2023-shishi-fangan.txt'));
    const goals = fs.readFileSync(path.join(ROOT, 'test/fixtures/chain/goals/draft.txt'), 'utf8');
    const r = core.analyze.analyzeChain(goals, prepared, [city]);
    const late = r.findings.filter((f) => f.rule === 'deadline-later-than-baseline').map((f) => goals.slice(0, f.start).split('\n').length);
    // 到2026年，… / 到2026年底… / 2026年底前… / 力争2026年… against 到2025年, and 到2024年底 against the
    // city's 到2023年底 for the same goal; 到2025年 and 到2035年 are on time.
    assert.deepStrictEqual(late, [5, 6, 7, 8, 9]);
    assert.ok(!r.findings.some((f) => f.rule === 'deadline-invalid'));
  });
});

describe('a city plan issued under a notice (test/fixtures/chain/notice)', () => {
  const dir = path.join(ROOT, 'test/fixtures/chain/notice');
  const draft = fs.readFileSync(path.join(dir, 'draft.txt'), 'utf8');
  const localUnits = node.project.loadLocalUnits(path.join(dir, 'units.txt'));
  const { prepared } = node.baselines.getPrepared('ningxia-2023');
  const lineOf = (offset: number) => draft.slice(0, offset).split('\n').length;
  const run = async () => {
    const city = await node.baselines.preparePlanFile(path.join(dir, 'parent.txt'));
    return { city, r: core.analyze.analyzeChain(draft, prepared, [city], { localUnits }) };
  };

  it('knows the plan by its own title, not the notice’s, with the notice’s 文号', async () => {
    const { city } = await run();
    assert.strictEqual(city.baseline.title, '石嘴山市加强数字政府建设实施方案');
    assert.strictEqual(city.baseline.docNumber, '石政发〔2023〕41号');
  });

  it('reports the plan cited with a wrong 文号; the notice cited by its own title and 文号 is right', async () => {
    const { r } = await run();
    const basis = r.findings.filter((f) => f.rule === 'basis-mismatch');
    assert.deepStrictEqual(basis.map((f) => lineOf(f.start)), [3]);
    assert.match(basis[0]!.message, /石政发〔2023〕41号/);
  });

  it('reports a city body leading a district task; as technical or business guidance it is right', async () => {
    const { r } = await run();
    const units = r.findings.filter((f) => f.rule === 'unknown-unit');
    assert.deepStrictEqual(units.map((f) => `${lineOf(f.start)} ${draft.slice(f.start, f.end)}`), ['10 市大数据管理服务中心']);
    assert.match(units[0]!.message, /上级（石嘴山市）单位/);
  });

  it('compares no goal target with a bracketed place of a city goal (乡镇（街道）)', async () => {
    const { r } = await run();
    assert.ok(!r.findings.some((f) => f.rule === 'deadline-later-than-baseline' && lineOf(f.start) === 7));
  });
});

describe('a township plan under its district’s plan (test/fixtures/chain/township)', () => {
  const dir = path.join(ROOT, 'test/fixtures/chain/township');
  const draft = fs.readFileSync(path.join(dir, 'draft.txt'), 'utf8');
  const localUnits = node.project.loadLocalUnits(path.join(dir, 'units.txt'));
  const { prepared } = node.baselines.getPrepared('ningxia-2023');
  const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;
  const run = async (text: string) => {
    const district = await node.baselines.preparePlanFile(path.join(dir, 'parent.txt'));
    return { district, r: core.analyze.analyzeChain(text, prepared, [district], { localUnits }) };
  };

  it('reads the district plan as the district’s (吴忠市利通区 → 利通区, county level), under its own title', async () => {
    const { district } = await run(draft);
    assert.strictEqual(district.baseline.region, '利通区');
    assert.strictEqual(district.baseline.level, '县');
    assert.strictEqual(district.baseline.title, '吴忠市利通区加强数字政府建设实施方案');
  });

  it('asks a township neither to mirror the framework nor to take up every task for cities and counties', async () => {
    const { r } = await run(draft);
    assert.strictEqual(r.township, true);
    assert.ok(!r.findings.some((f) => f.rule === 'missing-pillar' || f.rule === 'task-uncovered'), r.findings.map((f) => f.rule).join(' '));
    // Near miss: the same text as the district's own plan is asked for both.
    const county = draft.replace(/^金积镇人民政府关于印发《利通区金积镇数字政府建设工作方案》的通知$/m, '某县人民政府关于印发《某县数字政府建设实施方案》的通知').replace(/^利通区金积镇数字政府建设工作方案$/m, '某县数字政府建设实施方案');
    const c = await run(county);
    assert.ok(!c.r.township);
    assert.ok(c.r.findings.some((f) => f.rule === 'missing-pillar'));
  });

  it('reports a district body leading a township task; as business guidance it is right', async () => {
    const { r } = await run(draft);
    const units = r.findings.filter((f) => f.rule === 'unknown-unit');
    assert.deepStrictEqual(units.map((f) => `${lineOf(draft, f.start)} ${draft.slice(f.start, f.end)}`), ['11 区审批服务管理局']);
    assert.match(units[0]!.message, /上级（利通区）单位/);
  });

  it('does not take the township’s own title for a misnamed district plan; reads 3.到2025年底 as a date', async () => {
    const { r } = await run(draft);
    assert.ok(!r.findings.some((f) => f.rule === 'basis-mismatch'), r.findings.filter((f) => f.rule === 'basis-mismatch').map((f) => f.message).join(' '));
    assert.ok(r.deadlines.some((d) => draft.slice(d.start, d.end).startsWith('到2025年底')));
  });

  it('knows the city plan’s bodies written with the city’s name (吴忠市大数据管理服务局), and keeps them from leading', async () => {
    const city = await node.baselines.preparePlanFile(seed('wuzhong-2023-shishi-fangan.txt'));
    const text = [
      '青铜峡市加强数字政府建设实施方案',
      '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
      '1\t推进政务信息系统向政务信创云迁移适配\t市大数据服务中心\t吴忠市大数据管理服务局、吴忠市委政法委\t2024年',
      '2\t推动基础数据向全区一体化政务大数据体系汇聚\t吴忠市大数据管理服务局\t市大数据服务中心\t2024年',
      '3\t推进生态环境监测数据共享\t吴忠市生态环境局青铜峡分局\t市大数据服务中心\t2024年',
      '4\t推进城市运行管理服务平台建设\t吴忠市利通区城市管理局\t市大数据服务中心\t2024年',
    ].join('\n');
    const units = [{ name: '市大数据服务中心', aliases: [] }, { name: '吴忠市生态环境局青铜峡分局', aliases: [] }];
    const r = core.analyze.analyzeChain(text, prepared, [city], { localUnits: units });
    const unknown = r.findings.filter((f) => f.rule === 'unknown-unit').map((f) => [text.slice(0, f.start).split('\n').length, f.message]);
    assert.deepStrictEqual(unknown.map(([line]) => line), [4, 6]);
    assert.match(String(unknown[0]![1]), /“吴忠市大数据管理服务局”是上级（吴忠市）单位，不宜作为本地任务的牵头单位/);
    // Near miss: a body of another place within the city (吴忠市利通区…) is no body of the city's.
    assert.match(String(unknown[1]![1]), /不在单位名录中/);
  });
});

describe('a parent plan without a 文号 (blind round 79: 梧州 → 藤县)', () => {
  const dir = path.join(ROOT, 'test/blind/blind79-guangxi-chain');
  const draft = fs.readFileSync(path.join(dir, 'draft.txt'), 'utf8');
  const localUnits = node.project.loadLocalUnits(path.join(dir, 'units.txt'));
  const { prepared } = node.baselines.getPrepared('guangxi-2022');

  it('quotes the parent by its title, never by an empty number', async () => {
    const city = await node.baselines.preparePlanFile(path.join(dir, 'parent.txt'));
    assert.strictEqual(city.baseline.docNumber, '');
    const r = core.analyze.analyzeChain(draft, prepared, [city], { localUnits });
    const quotes = r.findings.flatMap((f) => f.related.map((x) => x.quote));
    for (const q of quotes) assert.ok(!/^\s/.test(q), q);
    assert.ok(quotes.some((q) => q.startsWith(`《${city.baseline.title}》 任务清单第`)), quotes.join('\n'));
  });
});
