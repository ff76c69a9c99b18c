// A task table's cross-reference column (对应自治区任务: 第48项, 43, 第36项、第37项): the row says which of
// the higher level's tasks it takes up. Matched by its words too, it takes the task up; otherwise the
// task is mentioned (可能已承接), never reported uncovered. A 序号 column stays the draft's own numbering.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { core, node, ROOT } from '../helpers/server';

/** A coverage fixture analysed against the region, with its task rows by line. */
function readTable(file: string) {
  const text = fs.readFileSync(path.join(ROOT, 'test/fixtures/coverage', file), 'utf8');
  const { prepared } = node.baselines.getPrepared('ningxia-2023');
  const result = core.analyze.analyze(text, prepared);
  const rowAt = (line: number) => result.outline.find((u) => u.kind === 'task-row' && text.slice(0, u.start).split('\n').length === line)!;
  return { prepared, result, tasks: result.coverage.tasks, rowAt };
}

describe('a task table citing the higher level\'s task numbers', () => {
  const { prepared, result, tasks, rowAt } = readTable('task-refs.txt');

  it('reads the column\'s task numbers, and nothing from a cell that is not a reference', () => {
    assert.deepStrictEqual(rowAt(3).cells!.refs, [{ no: 48, level: 'region' }]);
    assert.deepStrictEqual(rowAt(4).cells!.refs, [{ no: 43, level: 'region' }]);
    assert.deepStrictEqual(rowAt(5).cells!.refs, [{ no: 36, level: 'region' }, { no: 37, level: 'region' }]);
    assert.strictEqual(rowAt(6).cells!.refs, undefined);
    assert.strictEqual(rowAt(7).cells!.refs, undefined);
    // The 序号 column is still the row's number, and the reference is no group cell.
    assert.strictEqual(rowAt(3).cells!.no, 1);
    assert.strictEqual(rowAt(3).cells!.group, undefined);
  });

  it('parses the forms a drafter writes', () => {
    const read = core.outline.readTaskRefs;
    assert.deepStrictEqual(read('第12项'), [12]);
    assert.deepStrictEqual(read(' 12 '), [12]);
    assert.deepStrictEqual(read('12、13'), [12, 13]);
    assert.deepStrictEqual(read('第30项、第32项'), [30, 32]);
    assert.deepStrictEqual(read('第１２项'), [12]);
    assert.deepStrictEqual(read('见第12项'), []);
    assert.deepStrictEqual(read('2024年'), []);
    assert.deepStrictEqual(read('—'), []);
  });

  it('counts a cited task the row\'s words do not match as mentioned, not uncovered', () => {
    const row = rowAt(3).index;
    assert.ok(!result.alignments[row]!.tasks.some((t) => t.no === 48), 'the row words its own part of task 48');
    assert.ok(tasks.mentioned.some((m) => m.no === 48 && m.units.includes(row)), JSON.stringify(tasks.mentioned));
    assert.ok(!tasks.uncovered.includes(48));
    assert.ok(!result.findings.some((f) => f.rule === 'task-uncovered' && f.message.includes('第48项')));
  });

  it('counts a cited task the row\'s words match as taken up by that row', () => {
    const row = rowAt(4).index;
    assert.ok(tasks.takenUp.some((t) => t.no === 43 && t.units.includes(row)), JSON.stringify(tasks.takenUp));
  });

  it('does not trust a number when the row\'s words clearly match another task (第74项 on task 73\'s words)', () => {
    const row = rowAt(8).index;
    assert.deepStrictEqual(rowAt(8).cells!.refs, [{ no: 74, level: 'region' }]);
    assert.strictEqual(result.alignments[row]!.tasks[0]!.no, 73);
    assert.ok(tasks.uncovered.includes(74), JSON.stringify(tasks.uncovered));
    assert.ok(!tasks.mentioned.some((m) => m.no === 74));
  });

  it('applies a column naming another level (对应吴忠市任务) only to that level\'s list', () => {
    const city = '某区数字政府建设重点任务分工表\n序号\t任务内容\t对应吴忠市任务\t牵头单位\t完成时限\n1\t推动政务外网向镇（街道）、村（社区）全覆盖\t第48项\t区大数据服务中心\t2024年\n';
    const r = core.analyze.analyze(city, prepared);
    const row = r.outline.find((u) => u.kind === 'task-row')!;
    assert.deepStrictEqual(row.cells!.refs, [{ no: 48, level: 'city' }]);
    assert.ok(r.coverage.tasks.uncovered.includes(48), 'the region\'s task 48 is not the city\'s 48');
    assert.ok(!r.coverage.tasks.mentioned.some((m) => m.no === 48));
  });

  it('leaves tasks nobody cites or matches uncovered', () => {
    assert.ok(tasks.uncovered.includes(2), JSON.stringify(tasks.uncovered));
  });
});

// A row of a table that follows the region's list row by row may say its task does not apply
// (本市不涉及，由自治区统一建设): it takes nothing up by its words, and when the list gives the task to
// counties too, the task stays uncovered for the reviewer, whatever the row says.
describe('a task table saying which of the higher level\'s tasks do not apply', () => {
  const { result, tasks, rowAt } = readTable('not-applicable-rows.txt');

  it('recognises the declarations, and not a measure that leaves a part to others', () => {
    const says = core.placeholders.declaresNotApplicable;
    assert.ok(says('本市不涉及，由自治区统一建设。'));
    assert.ok(says('不适用本级'));
    assert.ok(says('本县暂不涉及。'));
    assert.ok(says('根据国家疫情防控政策调整，本项任务不再单独部署。'));
    assert.ok(!says('开展市级城域网升级改造，本市不涉及的企事业单位拓展部分按需实施。'));
    assert.ok(!says('推动数据共享，不再新建业务专网，由市大数据服务中心统一部署实施并长期坚持，确保不再单独部署。'));
  });

  it('aligns a declining row to nothing, though its words name the task (区属国有企业在线监管)', () => {
    for (const line of [3, 4, 5, 6]) {
      const a = result.alignments[rowAt(line).index]!;
      assert.deepStrictEqual([a.clauses.length, a.tasks.length], [0, 0], `line ${line}: ${JSON.stringify(a)}`);
    }
  });

  it('leaves a task the list gives counties too uncovered when a row declines it', () => {
    assert.ok(tasks.uncovered.includes(93), JSON.stringify(tasks.uncovered));
    assert.ok(!tasks.mentioned.some((m) => m.no === 93));
    assert.ok(result.findings.some((f) => f.rule === 'task-uncovered' && (f.related ?? []).some((r) => r.taskNo === 93)));
  });

  it('still counts a task for the prefecture-level cities alone as mentioned (it may not be a county\'s)', () => {
    assert.ok(tasks.mentioned.some((m) => m.no === 37 && m.units.includes(rowAt(5).index)), JSON.stringify(tasks.mentioned));
    assert.ok(!tasks.uncovered.includes(37));
  });

  it('takes a task up from a measure that only mentions a part not applying', () => {
    const row = rowAt(7).index;
    assert.ok(tasks.takenUp.some((t) => t.no === 48 && t.units.includes(row)), JSON.stringify(tasks.takenUp));
  });
});
