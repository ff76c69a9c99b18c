// The suppressions module in process: what a fingerprint depends on (text and headings, not lines,
// line endings or width), how counts accept repeated findings, and what pruning keeps.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { core, node, ROOT } from '../helpers/server';

const sup = require(path.join(ROOT, 'server', 'out', 'node', 'suppressions')) as typeof import('../../server/src/node/suppressions');

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'suppressions');
type Finding = import('../../server/src/core/types').Finding;

describe('suppressions module', () => {
  const { prepared } = node.baselines.getPrepared('ningxia-2023');
  const localUnits = node.project.loadLocalUnits(path.join(FIXTURE, 'units.txt'));
  const original = fs.readFileSync(path.join(FIXTURE, 'draft.txt'), 'utf8');
  const run = (text: string) => core.analyze.analyze(text, prepared, { localUnits });
  const prints = (text: string, rule: string) => {
    const r = run(text);
    return r.findings.filter((f) => f.rule === rule).map((f) => sup.fingerprintFinding(f, text, r.outline));
  };
  const emptySet = (): import('../../server/src/node/suppressions').SuppressionSet => ({ file: path.join(FIXTURE, 'x.json'), entries: [], exists: false });

  it('a fingerprint is the finding’s text and headings: lines, CRLF and full-width forms do not change it', () => {
    const base = prints(original, 'deadline-later-than-baseline');
    assert.strictEqual(base.length, 2);
    assert.deepStrictEqual(base.map((p) => p.quote), ['2026年', '2024年']);
    const moved = ['说明。', '', ...original.split('\n')].join('\r\n');
    assert.deepStrictEqual(prints(moved, 'deadline-later-than-baseline'), base);
    const wide = original.replace('完成时限：2026年）', '完成时限：２０２６年）');
    assert.deepStrictEqual(prints(wide, 'deadline-later-than-baseline').map((p) => p.fingerprint), base.map((p) => p.fingerprint));
  });

  it('renaming the heading a finding sits under, or its own text, gives a new fingerprint', () => {
    const base = prints(original, 'deadline-later-than-baseline')[0]!;
    const renamed = original.replace('1.提升政务服务能力。', '1.提升政务服务水平。');
    assert.notStrictEqual(prints(renamed, 'deadline-later-than-baseline')[0]!.fingerprint, base.fingerprint);
  });

  it('findings about something missing are identified by what is missing, not by where they are shown', () => {
    const r = run(original);
    const uncovered = r.findings.filter((f) => f.rule === 'task-uncovered');
    const p = sup.fingerprintFinding(uncovered[0]!, original, r.outline);
    const moved: Finding = { ...uncovered[0]!, start: 0, end: 5 };
    assert.strictEqual(sup.fingerprintFinding(moved, original, r.outline).fingerprint, p.fingerprint);
    assert.deepStrictEqual(p.tasks, uncovered[0]!.related.map((x) => x.taskNo).sort((a, b) => a! - b!));
    assert.strictEqual(p.quote, `任务清单第${p.tasks!.join('、')}项`);
    const pillar = r.findings.find((f) => f.rule === 'missing-pillar')!;
    assert.strictEqual(sup.fingerprintFinding({ ...pillar, start: 3, end: 9 }, original, r.outline).fingerprint, sup.fingerprintFinding(pillar, original, r.outline).fingerprint);
  });

  it('an accepted task-uncovered list stays accepted when it shrinks, not when it gains a task; pruning drops covered tasks', () => {
    const r = run(original);
    const f = r.findings.find((x) => x.rule === 'task-uncovered' && x.related.length >= 2)!;
    assert.ok(f, 'a section with several uncovered tasks');
    const file = path.join(FIXTURE, 'draft.txt');
    const set = emptySet();
    sup.recordSuppressions(set, file, [f], original, r.outline, () => true, '由市级统筹');
    assert.deepStrictEqual(set.entries.map((e) => e.tasks), [f.related.map((x) => x.taskNo).sort((a, b) => a! - b!)]);
    const first = f.related[0];
    const shrunk: Finding = { ...f, related: [first!], suppressed: undefined };
    const other = r.findings.find((x) => x.rule === 'task-uncovered' && x !== f)!;
    const grown: Finding = { ...f, related: [first!, ...other.related], suppressed: undefined };
    const m = sup.applySuppressions(set, file, [shrunk, grown], original, r.outline);
    assert.deepStrictEqual(shrunk.suppressed, { reason: '由市级统筹' });
    assert.strictEqual(grown.suppressed, undefined);
    assert.strictEqual(m.suppressed, 1);
    assert.strictEqual(sup.pruneSuppressions(set, [{ file, ...m }]), f.related.length - 1);
    assert.deepStrictEqual(set.entries.map((e) => [e.tasks, e.quote]), [[[first!.taskNo], `任务清单第${first!.taskNo}项`]]);
  });

  it('an entry accepts as many findings as its count, in document order; a further one is new', () => {
    // One paragraph naming the same unknown unit twice: one fingerprint, two findings.
    const twice = original.replace('（二）夯实数字政府支撑体系\n', '（二）夯实数字政府支撑体系\n推进部门协同（责任单位：县数字化推进中心），统一身份认证（责任单位：县数字化推进中心），做好运行维护。\n');
    const r = run(twice);
    const unknown = () => r.findings.filter((f) => f.rule === 'unknown-unit' && !f.suppressed && twice.slice(0, f.start).includes('推进部门协同'));
    assert.strictEqual(unknown().length, 2);
    assert.strictEqual(sup.fingerprintFinding(unknown()[0]!, twice, r.outline).fingerprint, sup.fingerprintFinding(unknown()[1]!, twice, r.outline).fingerprint);
    const set = emptySet();
    assert.strictEqual(sup.recordSuppressions(set, path.join(FIXTURE, 'draft.txt'), [unknown()[0]!], twice, r.outline, () => true), 1);
    assert.strictEqual(set.entries.length, 1);
    for (const f of r.findings) delete f.suppressed;
    const m = sup.applySuppressions(set, path.join(FIXTURE, 'draft.txt'), r.findings, twice, r.outline);
    assert.strictEqual(m.suppressed, 1);
    assert.strictEqual(unknown().length, 1, 'the second occurrence is not accepted by a count of 1');
    sup.recordSuppressions(set, path.join(FIXTURE, 'draft.txt'), unknown(), twice, r.outline, () => true);
    assert.deepStrictEqual(set.entries.map((e) => e.count), [2]);
  });

  it('pruning shrinks counts to what matched and keeps entries of files not checked', () => {
    const set = emptySet();
    set.entries = [
      { file: 'draft.txt', rule: 'unknown-unit', fingerprint: '0000000000000001', count: 3 },
      { file: 'draft.txt', rule: 'unknown-unit', fingerprint: '0000000000000002' },
      { file: 'other.txt', rule: 'unknown-unit', fingerprint: '0000000000000003' },
    ];
    const removed = sup.pruneSuppressions(set, [{ file: path.join(FIXTURE, 'draft.txt'), used: new Map([[0, 1]]) }]);
    assert.strictEqual(removed, 3);
    assert.deepStrictEqual(set.entries.map((e) => [e.fingerprint, e.count ?? 1]), [['0000000000000001', 1], ['0000000000000003', 1]]);
  });

  it('serializes sorted by file, rule and fingerprint, omitting a count of 1', () => {
    const text = sup.serializeSuppressions([
      { file: 'b.txt', rule: 'unknown-unit', fingerprint: '00000000000000aa', count: 1 },
      { file: 'a.txt', rule: 'unknown-unit', fingerprint: '00000000000000bb', count: 2, reason: '理由' },
    ]);
    const json = JSON.parse(text);
    assert.deepStrictEqual(json.suppressions.map((e: { file: string }) => e.file), ['a.txt', 'b.txt']);
    assert.ok(!('count' in json.suppressions[1]));
    assert.ok(text.endsWith('\n'));
  });
});
