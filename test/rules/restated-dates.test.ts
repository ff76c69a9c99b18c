// A date written twice in one item, in its text and again in its note (…2026年3月底前实现…。（…；完成时限：
// 2026年3月底前）), is one deadline: a late or impossible one is reported once, at the note. Different dates in the
// two places are each compared (fixture rules/deadline-later-than-baseline/date-in-item-and-note).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lineAt } from '../helpers/fixtures';
import { core, node, ROOT } from '../helpers/server';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'rules', 'deadline-later-than-baseline', 'date-in-item-and-note', 'draft.txt');

describe('a date in an item and again in its note', () => {
  const text = fs.readFileSync(FIXTURE, 'utf8');
  const { prepared } = node.baselines.getPrepared('ningxia-2023');
  const findings = core.analyze.analyze(text, prepared).findings.filter((f) => f.rule.startsWith('deadline-') && f.severity !== 'hint');
  const onLine = (line: number) => findings.filter((f) => lineAt(text, f.start) === line);

  it('is reported once, at the note, when the same date is late or impossible', () => {
    for (const line of [4, 5]) {
      const here = onLine(line);
      assert.strictEqual(here.length, 1, here.map((f) => f.message).join('\n'));
      const note = text.split('\n')[line - 1]!.lastIndexOf('完成时限：');
      assert.ok(here[0]!.start - text.split('\n').slice(0, line - 1).join('\n').length - 1 > note, 'at the note');
    }
  });

  it('compares a date in the text that the note does not repeat', () => {
    assert.deepStrictEqual(onLine(6).map((f) => f.rule), ['deadline-later-than-baseline']);
    assert.ok(onLine(6)[0]!.message.includes('2026年6月底前'));
    assert.deepStrictEqual(onLine(7), []);
  });
});
