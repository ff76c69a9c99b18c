// Which units name a framework pillar (analyze.ts namesPillar): a quoted term in half-width quotes,
// the plan's own count of levels (三级贯通 for the region's 六级贯通) and a term as what a sentence
// does count; the same terms inside an enumeration of the framework do not.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { core, node, ROOT } from '../helpers/server';

describe('pillars named in a draft', () => {
  const { prepared } = node.baselines.getPrepared('ningxia-2023');
  const analyse = (name: string) => {
    const text = fs.readFileSync(path.join(ROOT, 'test/fixtures/coverage', name), 'utf8');
    const result = core.analyze.analyze(text, prepared);
    const linesOf = (pillar: string) =>
      result.coverage.pillars.find((p) => p.name === pillar)!.units.map((u) => text.slice(0, result.outline[u]!.start).split('\n').length);
    return { result, linesOf };
  };

  it('counts 形成县、乡、村三级贯通的工作体系 for 六级贯通', () => {
    const { linesOf } = analyse('pillar-names.txt');
    assert.ok(linesOf('六级贯通').includes(3), JSON.stringify(linesOf('六级贯通')));
  });

  it('counts a term in half-width quotes (按照"六级贯通"要求)', () => {
    const { linesOf } = analyse('pillar-names.txt');
    assert.ok(linesOf('六级贯通').includes(5), JSON.stringify(linesOf('六级贯通')));
  });

  it('does not count the terms of an enumeration (一套体系、六级贯通、七个能力等)', () => {
    const { result } = analyse('pillar-enumeration.txt');
    const missing = result.findings.filter((f) => f.rule === 'missing-pillar').map((f) => f.message);
    assert.ok(missing.some((m) => m.includes('“六级贯通”')), missing.join('\n'));
  });
});
