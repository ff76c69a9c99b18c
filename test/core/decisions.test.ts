// Tasks that do not apply to this level (`tasks` in xianjie.config.json): they leave the coverage
// denominator and get no task-uncovered finding, at the primary level and, by scoped keys, at a
// parent plan's level; bad keys and entries get clear Chinese messages.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { core, node, ROOT, seed } from '../helpers/server';

const configModule = require(path.join(ROOT, 'server', 'out', 'core', 'config')) as typeof import('../../server/src/core/config');
const decisions = require(path.join(ROOT, 'server', 'out', 'core', 'decisions')) as typeof import('../../server/src/core/decisions');

const DIR = path.join(ROOT, 'test/fixtures/decisions');
const CITY = path.join(DIR, '吴忠市实施方案.txt');

/** The tasks task-uncovered findings name (a finding lists the uncovered tasks of one section), ascending. */
function uncoveredTasks(findings: { rule: string; baseline: string; related: { taskNo?: number }[] }[], baseline: string): number[] {
  return findings
    .filter((f) => f.rule === 'task-uncovered' && f.baseline === baseline)
    .flatMap((f) => f.related.map((r) => r.taskNo).filter((n): n is number => n !== undefined))
    .sort((a, b) => a - b);
}

describe('task decisions (tasks in the config)', () => {
  const { prepared } = node.baselines.getPrepared('ningxia-2023');
  const wuzhong = fs.readFileSync(seed('wuzhong-2023-shishi-fangan.txt'), 'utf8');
  const localUnits = node.project.loadLocalUnits(seed('units/wuzhong.units.txt'));
  const plain = core.analyze.analyze(wuzhong, prepared, { localUnits });

  it('a task that does not apply leaves the denominator, the uncovered list and task-uncovered', () => {
    assert.ok(plain.coverage.tasks.uncovered.includes(98), 'task 98 (智慧林草) is uncovered in the sample to begin with');
    const r = core.analyze.analyze(wuzhong, prepared, { localUnits, tasks: { '98': { applies: false, reason: '本区无林草资源，由市级统筹' } } });
    assert.deepStrictEqual(r.coverage.tasks.notApplicable, [{ no: 98, reason: '本区无林草资源，由市级统筹' }]);
    assert.strictEqual(r.coverage.tasks.applicable.length, plain.coverage.tasks.applicable.length - 1);
    assert.ok(!r.coverage.tasks.applicable.includes(98) && !r.coverage.tasks.uncovered.includes(98));
    assert.deepStrictEqual(r.coverage.tasks.covered, plain.coverage.tasks.covered);
    assert.deepStrictEqual(uncoveredTasks(r.findings, 'ningxia-2023'), uncoveredTasks(plain.findings, 'ningxia-2023').filter((n) => n !== 98));
    assert.deepStrictEqual(r.problems, []);
  });

  it('a covered task marked not applicable leaves covered too, so covered stays within applicable', () => {
    const no = plain.coverage.tasks.covered[0]!.no;
    const r = core.analyze.analyze(wuzhong, prepared, { localUnits, tasks: { [String(no)]: { applies: false, reason: '由市级统一建设' } } });
    assert.ok(!r.coverage.tasks.covered.some((c) => c.no === no));
    assert.strictEqual(r.coverage.tasks.covered.length, plain.coverage.tasks.covered.length - 1);
    assert.ok(r.coverage.tasks.takenUp.some((t) => t.no === no), 'what the draft takes up is still reported');
  });

  it('applies: true adds a task the list does not assign locally, covered or uncovered as the draft says', () => {
    const notLocal = prepared.baseline.tasks.filter((t) => !t.namesLocal).map((t) => t.no);
    const taken = new Set(plain.coverage.tasks.takenUp.map((t) => t.no));
    const a = notLocal.find((n) => taken.has(n))!;
    const b = notLocal.find((n) => !taken.has(n))!;
    const r = core.analyze.analyze(wuzhong, prepared, { localUnits, tasks: { [a]: { applies: true }, [b]: { applies: true, reason: '本市也建设' } } });
    assert.strictEqual(r.coverage.tasks.applicable.length, plain.coverage.tasks.applicable.length + 2);
    assert.ok(r.coverage.tasks.covered.some((c) => c.no === a));
    assert.ok(r.coverage.tasks.uncovered.includes(b));
    assert.ok(uncoveredTasks(r.findings, 'ningxia-2023').includes(b));
  });

  it('a key naming a task the list does not have, or a level not checked, is an analysis problem', () => {
    const r = core.analyze.analyze(wuzhong, prepared, {
      localUnits,
      tasks: { '200': { applies: false, reason: '测试' }, '某市方案.txt:3': { applies: false, reason: '测试' } },
    });
    const messages = r.problems.map((p) => p.message);
    assert.ok(messages.some((m) => m.includes('“200”') && m.includes('没有第200项')), messages.join('\n'));
    assert.ok(messages.some((m) => m.includes('“某市方案.txt:3”') && m.includes('未对照')), messages.join('\n'));
    assert.ok(r.problems.every((p) => p.kind === 'config'));
  });

  describe('with a parent plan (county → city → region)', () => {
    const draft = fs.readFileSync(path.join(DIR, 'draft.txt'), 'utf8');
    const units = node.project.loadLocalUnits(path.join(DIR, 'units.txt'));

    it('a parent task is named by the plan file name or its baseline id; a bare number names the region’s task', async () => {
      const city = await node.baselines.preparePlanFile(CITY);
      const id = city.baseline.id;
      const before = core.analyze.analyzeChain(draft, prepared, [city], { localUnits: units });
      assert.deepStrictEqual(uncoveredTasks(before.findings, id), [2], 'the city’s 智慧林草 task is not taken up');
      for (const key of ['吴忠市实施方案.txt:2', `${id}:2`]) {
        const r = core.analyze.analyzeChain(draft, prepared, [city], { localUnits: units, tasks: { [key]: { applies: false, reason: '由市林草局统一建设' } } });
        assert.deepStrictEqual(uncoveredTasks(r.findings, id), [], key);
        assert.deepStrictEqual(r.parents[0]!.coverage.tasks.notApplicable, [{ no: 2, reason: '由市林草局统一建设' }], key);
        assert.deepStrictEqual(r.parents[0]!.coverage.tasks.applicable, [1, 3], key);
        assert.deepStrictEqual(r.coverage.tasks.notApplicable, [], 'the region’s coverage is untouched');
        assert.deepStrictEqual(r.problems, [], key);
      }
      // A bare "2" is the region's task 2, not the city's.
      const bare = core.analyze.analyzeChain(draft, prepared, [city], { localUnits: units, tasks: { '2': { applies: false, reason: '测试' } } });
      assert.deepStrictEqual(uncoveredTasks(bare.findings, id), [2]);
      assert.deepStrictEqual(bare.coverage.tasks.notApplicable, [{ no: 2, reason: '测试' }]);
    });

    it('the key a quick fix writes for a parent task is the plan’s file name', async () => {
      const city = await node.baselines.preparePlanFile(CITY);
      assert.strictEqual(decisions.taskKeyFor(city, 2, 'parent'), '吴忠市实施方案.txt:2');
      assert.strictEqual(decisions.taskKeyFor(prepared, 98, 'primary'), '98');
    });

    it('a scoped key naming no level checked says which names are available', async () => {
      const city = await node.baselines.preparePlanFile(CITY);
      const r = core.analyze.analyzeChain(draft, prepared, [city], { localUnits: units, tasks: { '青铜峡市方案.txt:2': { applies: false, reason: '测试' } } });
      assert.strictEqual(r.problems.length, 1);
      assert.match(r.problems[0]!.message, /青铜峡市方案\.txt:2/);
      assert.match(r.problems[0]!.message, /吴忠市实施方案\.txt/);
    });
  });
});

describe('config schema: tasks', () => {
  const { ConfigSchema, describeConfigError } = configModule;
  const message = (raw: unknown): string => {
    const r = ConfigSchema.safeParse(raw);
    assert.ok(!r.success, 'expected the config to be refused');
    return describeConfigError(r.error, 'xianjie.config.json');
  };

  it('accepts the documented forms', () => {
    const r = ConfigSchema.parse({
      tasks: { '98': { applies: false, reason: '本区无林草资源，由市级统筹' }, '吴忠市实施方案.txt:12': { applies: false, reason: '由市级统筹' }, '30': { applies: true } },
    });
    assert.strictEqual(Object.keys(r.tasks).length, 3);
    assert.deepStrictEqual(ConfigSchema.parse({}).tasks, {});
  });

  it('refuses a missing or blank reason, naming the task', () => {
    assert.match(message({ tasks: { '98': { applies: false } } }), /任务 98 缺少不适用本级的理由/);
    assert.match(message({ tasks: { '98': { applies: false, reason: '  ' } } }), /任务 98 缺少不适用本级的理由/);
  });

  it('refuses bad keys, bad applies values and unknown fields with a sentence that says what to write', () => {
    assert.match(message({ tasks: { 'x98': { applies: false, reason: '理由' } } }), /tasks 的键“x98”不正确。键应为上级任务清单的序号/);
    assert.match(message({ tasks: { '0': { applies: false, reason: '理由' } } }), /tasks 的键“0”不正确/);
    assert.match(message({ tasks: { '98': { applies: 'no', reason: '理由' } } }), /"applies" 只能是 false/);
    assert.match(message({ tasks: { '98': { applies: false, reason: '理由', note: 1 } } }), /无法识别的项：note/);
  });
});
