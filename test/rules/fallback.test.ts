// The whole rule suite on the pure-JavaScript segmentation fallback (used when nodejieba's
// native addon cannot load): it runs without problems and keeps precision and recall high.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { core, node, ROOT, seed } from '../helpers/server';

interface Totals {
  planted: number;
  tp: number;
  fp: number;
  precision: number;
  recall: number;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const evalRules = require(path.join(ROOT, 'scripts/eval-rules.js')) as {
  evaluate(o: { prepared: unknown }): { stats: Map<string, unknown>; details: string[] };
  totals(stats: Map<string, unknown>): Totals;
};

describe('rules on the fallback segmenter', () => {
  const baseline = node.baselines.loadBaseline('ningxia-2023');
  const prepared = core.engine.prepareBaseline(baseline, new core.segmenter.FallbackSegmenter(baseline.dictionary));

  it('the segmenter is the fallback', () => {
    assert.strictEqual(prepared.segmenter.name, 'fallback');
  });

  it('keeps precision and recall at or above 95% on the planted fixtures', () => {
    const { stats, details } = evalRules.evaluate({ prepared });
    const t = evalRules.totals(stats);
    assert.ok(t.planted > 150, `planted ${t.planted}`);
    assert.ok(t.precision >= 0.95 && t.recall >= 0.95, `precision ${t.precision} recall ${t.recall}\n${details.join('\n')}`);
  });

  it('finds the real 吴忠 plan clean, with every pillar covered', () => {
    const text = fs.readFileSync(seed('wuzhong-2023-shishi-fangan.txt'), 'utf8');
    const r = core.analyze.analyze(text, prepared, { localUnits: node.project.loadLocalUnits(seed('units/wuzhong.units.txt')) });
    assert.deepStrictEqual(r.problems, []);
    assert.deepStrictEqual(r.findings.filter((f) => f.rule !== 'task-uncovered').map((f) => f.message), []);
    assert.deepStrictEqual(r.coverage.pillars.filter((p) => !p.covered).map((p) => p.name), []);
  });
});
