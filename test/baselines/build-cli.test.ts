// `xianjie baseline build` on an invented region (青岚省, Markdown body and a Markdown task table
// with 牵头单位 and 配合单位 columns), then a city draft with planted mistakes checked against the
// built file; override files; a Word task table; `xianjie baselines`.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describeRun, hasStackTrace, runCli } from '../cli/run';
import { core, node, ROOT } from '../helpers/server';

const FX = path.join('test', 'fixtures', 'baselines', 'qinglan');
const fx = (name: string) => path.join(FX, name);

describe('xianjie baseline build', () => {
  let tmp: string;
  let built: string;
  let report: string;

  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-baseline-'));
    built = path.join(tmp, 'qinglan-2023.json');
    const r = runCli(['baseline', 'build', fx('shishi-yijian.md'), '--tasks', fx('renwu.md'), '--id', 'qinglan-2023',
      '--overrides', fx('overrides.json'), '--out', built]);
    assert.strictEqual(r.status, 0, describeRun(r));
    report = r.stdout;
  });

  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('writes a valid baseline with facts read from the document', () => {
    const b = node.baselines.loadBaseline(built);
    assert.strictEqual(b.id, 'qinglan-2023');
    assert.strictEqual(b.docNumber, '青政发〔2023〕8号');
    assert.strictEqual(b.date, '2023-06-08');
    assert.strictEqual(b.level, '省');
    assert.strictEqual(b.title, '青岚省人民政府关于加快数字政府建设的实施意见');
    assert.strictEqual(b.clauses.filter((c) => c.level === 1).length, 4);
  });

  it('reads the Markdown table: numbers, group rows, 牵头/配合 columns with the 省 prefix distributed', () => {
    const b = node.baselines.loadBaseline(built);
    assert.deepStrictEqual(b.tasks.map((t) => t.no), [1, 2, 3, 4, 5, 6, 7, 8]);
    const t1 = b.tasks[0]!;
    assert.strictEqual(t1.group, '一、夯实数字政府基础');
    assert.deepStrictEqual(t1.units.lead, ['省大数据局']);
    assert.deepStrictEqual(t1.units.cooperating, ['省发展改革委', '省公安厅', '省自然资源厅']);
    assert.strictEqual(t1.namesLocal, true);
    assert.deepStrictEqual(t1.deadline.milestones, [{ year: 2024, due: '' }]);
    assert.ok(t1.content.startsWith('编制政务数据资源目录：'));
    assert.deepStrictEqual(b.tasks[2]!.deadline.milestones, [{ year: 2024, due: '启动' }, { year: 2025, due: '完成' }]);
    assert.deepStrictEqual(b.units.find((u) => u.name === '省大数据局')!.leads, [1, 2, 3, 4]);
  });

  it('derives pillars from the headings and applies the overrides', () => {
    const b = node.baselines.loadBaseline(built);
    assert.deepStrictEqual(
      b.pillars.map((p) => `${p.family}·${p.name}`),
      ['三个体系·数据资源体系', '三个体系·平台支撑', '三个体系·安全防护', '全面提升政府数字化履职能力·政务服务',
        '全面提升政府数字化履职能力·市场监管', '全面提升政府数字化履职能力·社会治理'],
    );
    // 四、保障措施 (组织领导, 资金保障) holds support measures, not parts of the framework.
    assert.ok(!b.pillars.some((p) => p.family === '保障措施'));
    assert.deepStrictEqual(b.pillars.find((p) => p.name === '安全防护')!.keywords, ['安全防护', '网络安全']);
    assert.ok(b.units.find((u) => u.name === '省大数据局')!.aliases.includes('省数据局'));
    assert.ok(b.dictionary.includes('青岚办'));
  });

  it('reads yearly deadlines in a task table (每年12月底前, 每年年底前) instead of listing them as unparsed', () => {
    const body = path.join(tmp, 'yearly.txt');
    const tasks = path.join(tmp, 'yearly-tasks.txt');
    fs.writeFileSync(body, '青岚省人民政府关于加快数字政府建设的实施意见\n青政发〔2023〕8号\n一、总体要求\n（一）主要目标\n到2025年，数字政府体系框架全面形成。\n二、推进数据共享\n（一）健全数据目录。建立全省政务数据资源目录。\n2023年5月1日\n');
    fs.writeFileSync(tasks, '序号\t重点任务\t责任单位\t完成时限\n1\t更新政务数据资源目录\t省大数据局，各市（州）人民政府\t每年12月底前\n2\t开展数据质量评估\t省大数据局\t每年年底前\n3\t建立数据共享机制\t省大数据局\t2024年\n');
    const out = path.join(tmp, 'yearly.json');
    const r = runCli(['baseline', 'build', body, '--tasks', tasks, '--id', 'qinglan-yearly', '--out', out]);
    assert.strictEqual(r.status, 0, describeRun(r));
    assert.ok(!/未能解析：任务[12]/.test(r.stdout + r.stderr), r.stdout + r.stderr);
    const b = node.baselines.loadBaseline(out);
    assert.deepStrictEqual(b.tasks.map((t) => t.deadline.recurringMonth ?? null), [12, 12, null]);
  });

  it('prints what it recognised and every line it could not parse, with the reason', () => {
    for (const s of ['条款：1级标题 4，2级标题 10', '框架（由标题推出，6 个板块）', '任务 8（来自任务表）', '文号：从正文识别为“青政发〔2023〕8号”']) {
      assert.ok(report.includes(s), `report lacks “${s}”\n${report}`);
    }
    assert.match(report, /未能解析：任务8「尽快」——“尽快”没有写明完成时间/);
    assert.match(report, /未能解析：任务表第15行.*缺少任务内容/);
    assert.match(report, /未能解析：任务表第17行「注：本清单中“省”指青岚省。」——不是表格行/);
  });

  it('a draft with planted mistakes, checked against the built file, shows each of them', () => {
    const r = runCli(['check', fx('draft.txt'), '--baseline', built, '--format', 'json']);
    assert.strictEqual(r.status, 1, describeRun(r));
    const out = JSON.parse(r.stdout);
    assert.strictEqual(out.baseline.docNumber, '青政发〔2023〕8号');
    const d = out.files[0].diagnostics as { rule: string; message: string; range: { start: { line: number } } }[];
    const find = (rule: string, text: string) => d.find((x) => x.rule === rule && x.message.includes(text));
    assert.ok(find('basis-mismatch', '青政发〔2023〕8号'), JSON.stringify(d, null, 1));
    assert.ok(find('missing-pillar', '安全防护'), JSON.stringify(d, null, 1));
    assert.ok(find('deadline-later-than-baseline', '2026年底'), JSON.stringify(d, null, 1));
    assert.ok(find('unknown-unit', '省大数剧局') && find('unknown-unit', '省大数剧局')!.message.includes('省大数据局'), JSON.stringify(d, null, 1));
    // Nothing else is called missing: the draft covers the other seven pillars.
    assert.strictEqual(d.filter((x) => x.rule === 'missing-pillar').length, 1);
  });

  it('a bad override file exits 2 with a message naming the key, and writes nothing', () => {
    const out = path.join(tmp, 'bad.json');
    const r = runCli(['baseline', 'build', fx('shishi-yijian.md'), '--id', 'qinglan-2023', '--overrides', fx('overrides-bad.json'), '--out', out]);
    assert.strictEqual(r.status, 2, describeRun(r));
    assert.ok(r.stderr.includes('pillars.renam'), describeRun(r));
    assert.ok(!hasStackTrace(r.stderr));
    assert.ok(!fs.existsSync(out));
  });

  it('an override naming a pillar that does not exist exits 2 and names it', () => {
    const file = path.join(tmp, 'unknown-pillar.json');
    fs.writeFileSync(file, JSON.stringify({ pillars: { rename: { 不存在的板块: '新名称' } } }));
    const r = runCli(['baseline', 'build', fx('shishi-yijian.md'), '--id', 'qinglan-2023', '--overrides', file, '--out', path.join(tmp, 'x.json')]);
    assert.strictEqual(r.status, 2, describeRun(r));
    assert.ok(r.stderr.includes('pillars.rename') && r.stderr.includes('不存在的板块'), describeRun(r));
  });

  it('rejects a bad id and a missing --out with exit 2', () => {
    assert.strictEqual(runCli(['baseline', 'build', fx('shishi-yijian.md'), '--id', 'Qing Lan', '--out', path.join(tmp, 'y.json')]).status, 2);
    assert.strictEqual(runCli(['baseline', 'build', fx('shishi-yijian.md'), '--id', 'qinglan-2023']).status, 2);
  });

  it('reads a task table from a .docx (Word table rows)', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const docx = require(path.join(ROOT, 'node_modules', 'docx')) as typeof import('docx');
    const rows = [
      ['序号', '重点任务', '具体内容', '牵头单位', '配合单位', '完成时间'],
      ['1', '编制政务数据资源目录', '编制全省政务数据资源目录', '省大数据局', '省公安厅、民政厅，各市人民政府', '2024年底'],
      ['2', '电子政务外网升级', '升级电子政务外网', '省大数据局', '省通信管理局', '2025年'],
    ];
    const table = new docx.Table({
      rows: rows.map((r) => new docx.TableRow({ children: r.map((c) => new docx.TableCell({ children: [new docx.Paragraph(c)] })) })),
    });
    const doc = new docx.Document({ sections: [{ children: [new docx.Paragraph('青岚省数字政府建设重点任务清单'), table] }] });
    const file = path.join(tmp, '任务清单.docx');
    fs.writeFileSync(file, await docx.Packer.toBuffer(doc));
    const out = path.join(tmp, 'docx.json');
    const r = runCli(['baseline', 'build', fx('shishi-yijian.md'), '--tasks', file, '--id', 'qinglan-docx', '--out', out]);
    assert.strictEqual(r.status, 0, describeRun(r));
    const b = node.baselines.loadBaseline(out);
    assert.strictEqual(b.tasks.length, 2);
    assert.deepStrictEqual(b.tasks[0]!.units.cooperating, ['省公安厅', '省民政厅']);
    assert.deepStrictEqual(b.tasks[1]!.deadline.milestones, [{ year: 2025, due: '' }]);
  });

  it('uses inline annotations when no task table is given (Guangxi layout)', () => {
    const out = path.join(tmp, 'gx.json');
    const r = runCli(['baseline', 'build', 'seeds/guangxi-2022-shishi-yijian.txt', '--id', 'gx-test', '--date', '2022-11-30', '--out', out]);
    assert.strictEqual(r.status, 0, describeRun(r));
    const b = node.baselines.loadBaseline(out);
    assert.strictEqual(b.tasks.length, 43);
    assert.match(r.stdout, /任务：正文中的责任单位括注/);
    assert.ok(b.pillars.length > 0);
  });
});

describe('xianjie baselines', () => {
  it('lists each built-in with title, 文号, date and counts', () => {
    const r = runCli(['baselines']);
    assert.strictEqual(r.status, 0, describeRun(r));
    const lines = r.stdout.trim().split('\n');
    assert.deepStrictEqual(lines.map((l) => l.split('\t')[0]), ['guangxi-2022', 'ningxia-2020', 'ningxia-2023']);
    const gx = lines[0]!.split('\t');
    assert.deepStrictEqual(gx.slice(2, 7), ['桂政发〔2022〕31号', '2022-11-30', '条款 70', '任务 43', '单位 40']);
  });

  it('--baseline takes a built-in id for a Traditional baseline and checks a Simplified draft', () => {
    const r = runCli(['check', 'seeds/wuzhong-2023-shishi-fangan.txt', '--baseline', 'guangxi-2022', '--format', 'json', '--fail-on', 'never']);
    assert.strictEqual(r.status, 0, describeRun(r));
    assert.strictEqual(JSON.parse(r.stdout).baseline.id, 'guangxi-2022');
  });
});

describe('pillars derived without a manifest', () => {
  it('name pillars from titles: 提升科学精准的经济调节能力 → 经济调节, 驱动数字经济发展 → 数字经济', () => {
    assert.strictEqual(core.baselinePillars.shortPillarName('提升科学精准的经济调节能力'), '经济调节');
    assert.strictEqual(core.baselinePillars.shortPillarName('驱动数字经济发展'), '数字经济');
    assert.strictEqual(core.baselinePillars.shortPillarName('加快构建全方位安全保障体系'), '全方位安全保障');
    assert.deepStrictEqual(core.baselinePillars.frameworkNames('健全“五个一”和“六级贯通”的工作体系'), ['五个一', '六级贯通']);
  });

  it('on ningxia-2023, recover the 34567 families from the headings', () => {
    const b = node.baselines.loadBaseline('ningxia-2023');
    const derived = core.baselinePillars.derivePillars(b.clauses);
    const families = [...new Set(derived.map((p) => p.family))];
    // The document states its framework as “三个驱动、四大支撑、五个机构、六级贯通、七个能力”: the
    // sections announcing those parts are the framework (四大支撑 = 四个支撑); 六、加强党的领导 is not
    // among them, so without a manifest it is left out (the manifest adds it, as DOMAIN.md says).
    assert.deepStrictEqual(families, ['三个驱动', '四个支撑', '五个一、六级贯通', '七个能力']);
    assert.deepStrictEqual(derived.filter((p) => p.family === '三个驱动').map((p) => p.name), ['数字经济', '数字社会', '数字生态']);
    assert.strictEqual(derived.length, 16);
  });

  it('a slogan that starts with 一 (“一网通办”, “一网统管”) is not a numbered framework term', () => {
    assert.deepStrictEqual(core.baselinePillars.frameworkNames('深化城市治理“一网统管”'), []);
    assert.deepStrictEqual(core.baselinePillars.frameworkNames('构建“一套体系”'), ['一套体系']);
    assert.deepStrictEqual(core.baselinePillars.frameworkNames('形成“五位一体”总体架构'), ['五位一体']);
  });

  it('reads goals stated in 总体要求 after a 主要目标： label (no heading of their own)', () => {
    // test/blind/blind15-baotou-inline/province.txt (written blind): 主要目标：到2024年底，… then 到2025年底…, 到2027年….
    const body = fs.readFileSync(path.join(ROOT, 'test/blind/blind15-baotou-inline/province.txt'), 'utf8');
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-goals-')), 'b.json');
    const r = runCli(['baseline', 'build', path.join(ROOT, 'test/blind/blind15-baotou-inline/province.txt'), '--id', 'goals-test', '--out', out, '--quiet']);
    assert.strictEqual(r.status, 0, describeRun(r));
    const goals = (JSON.parse(fs.readFileSync(out, 'utf8')) as { goals: { text: string; deadline: { raw: string } }[] }).goals;
    assert.deepStrictEqual(goals.map((g) => g.deadline.raw), ['到2024年底', '到2025年底', '到2027年']);
    assert.ok(goals[0]!.text.startsWith('到2024年底'), goals[0]!.text);
    // Near miss: without the label the paragraphs are not goals.
    fs.writeFileSync(out + '.txt', body.replace('主要目标：', ''));
    const r2 = runCli(['baseline', 'build', out + '.txt', '--id', 'goals-test', '--out', out, '--quiet']);
    assert.strictEqual(r2.status, 0, describeRun(r2));
    assert.strictEqual((JSON.parse(fs.readFileSync(out, 'utf8')) as { goals: unknown[] }).goals.length, 0);
  });

  describe('a part named in the plan\'s own words that quotes the higher framework\'s term (厘清层级职责: “六级贯通”)', () => {
    const pillarsOf = (text: string) => core.baselinePillars.derivePillars(core.baselineClauses.buildClauses(text).clauses);
    const wuzhong = fs.readFileSync(path.join(ROOT, 'seeds/wuzhong-2023-shishi-fangan.txt'), 'utf8');

    it('takes the quoted numbered term its own clause uses as a keyword', () => {
      const derived = pillarsOf(wuzhong);
      // Its object alone (层级职责) names it too: a group titled 组织机构和层级职责 takes it up.
      assert.deepStrictEqual(derived.find((p) => p.name === '厘清层级职责')?.keywords, ['厘清层级职责', '六级贯通', '层级职责']);
      // A part named in government (政务数据资源) is also named without 政务, as the region names it (数据资源).
      assert.deepStrictEqual(derived.find((p) => p.name === '政务数据资源')?.keywords, ['政务数据资源', '数据资源']);
      // The others keep their names only: “六优” is too short to name a part, “三个驱动” is a family's name, and no other
      // name opens with the verb of its heading or with 政务.
      const others = derived.filter((p) => p.name !== '厘清层级职责' && p.name !== '政务数据资源');
      assert.ok(others.every((p) => p.keywords.length === 1 && p.keywords[0] === p.name), others.map((p) => p.keywords.join('/')).join(' '));
    });

    it('near miss: a term two parts quote names neither', () => {
      const twice = wuzhong.replace('推动形成“一联系、两清单”', '按照“六级贯通”要求，推动形成“一联系、两清单”');
      const derived = pillarsOf(twice);
      assert.deepStrictEqual(derived.find((p) => p.name === '厘清层级职责')?.keywords, ['厘清层级职责', '层级职责']);
      assert.deepStrictEqual(derived.find((p) => p.name === '工作机制')?.keywords, ['工作机制']);
    });
  });

  describe('a framework declared as named parts and their count (“数字底座、数据中枢…”五位一体)', () => {
    // test/blind/blind13-baoji-smartcity/province.txt (written blind): 一、总体要求 declares the five
    // parts; 二 to 六 are the five sections, in that order; 七、保障措施 is support.
    const body = fs.readFileSync(path.join(ROOT, 'test/blind/blind13-baoji-smartcity/province.txt'), 'utf8');
    const pillarsOf = (text: string) => core.baselinePillars.derivePillars(core.baselineClauses.buildClauses(text).clauses);

    it('makes each section, in order, the pillar of its part', () => {
      const derived = pillarsOf(body);
      assert.deepStrictEqual(derived.map((p) => p.name), ['数字底座', '数据中枢', '智慧应用', '产业生态', '安全保障']);
      assert.deepStrictEqual(derived.map((p) => p.root.title), ['夯实城市数字底座', '建强城市数据中枢', '拓展智慧应用场景', '培育智慧城市产业生态', '筑牢安全防护屏障']);
      assert.ok(derived.every((p) => p.family === '五位一体'));
    });

    it('near misses: a count that does not match the parts or the sections falls back to the headings', () => {
      const four = pillarsOf(body.replace('五位一体', '四位一体'));
      assert.ok(!four.some((p) => p.family === '四位一体'), JSON.stringify(four.map((p) => p.family)));
      const extra = pillarsOf(body.replace('七、保障措施', '七、深化改革创新'));
      assert.ok(!extra.some((p) => p.family === '五位一体'), JSON.stringify(extra.map((p) => p.family)));
      assert.ok(extra.length > 5);
    });
  });
});
