// Incremental analysis: unit alignments are cached by the text they depend on, so after an edit only
// the changed unit is segmented and aligned again, and the result equals a fresh analysis.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { core, node, ROOT, seed } from '../helpers/server';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { foldForMatching } = require(path.join(ROOT, 'server/out/core/text/fold')) as typeof import('../../server/src/core/text/fold');
import type { Segmenter } from '../../server/src/core/segment/segmenter';

/** A segmenter that records what it is asked to cut. */
function recording(inner: Segmenter): Segmenter & { calls: string[] } {
  const calls: string[] = [];
  return { name: inner.name, calls, cut: (t: string) => (calls.push(t), inner.cut(t)) };
}

describe('incremental analysis', () => {
  const text = fs.readFileSync(seed('wuzhong-2023-shishi-fangan.txt'), 'utf8');
  const baseline = node.baselines.loadBaseline('ningxia-2023');
  const engine = node.baselines.getPrepared('ningxia-2023').prepared.segmenter;

  it('segments only the edited unit again, and finds what a fresh analysis finds', () => {
    const seg = recording(engine);
    const prepared = core.engine.prepareBaseline(baseline, seg);
    core.analyze.analyze(text, prepared);
    const edited = text.replace('强化安全管理责任', '强化安全管理责任化');
    assert.notStrictEqual(edited, text);
    seg.calls.length = 0;
    const incremental = core.analyze.analyze(edited, prepared);
    // Every text cut on the second run lies in the unit holding the edit, or is its heading's title
    // (context for that unit).
    const at = edited.indexOf('强化安全管理责任化');
    const unit = incremental.outline.filter((u) => u.start <= at && at < u.end).pop()!;
    assert.ok(seg.calls.length > 0);
    // (The aligner cuts folded text: half-width brackets become full-width.)
    const unitText = foldForMatching(edited.slice(unit.start, unit.end));
    const parentTitle = foldForMatching(incremental.outline[unit.parent!]!.title ?? '');
    for (const c of seg.calls) assert.ok(unitText.includes(c.trim()) || c === parentTitle, `cut outside the edited unit: ${c.slice(0, 30)}`);
    const fresh = core.analyze.analyze(edited, core.engine.prepareBaseline(baseline, engine));
    assert.deepStrictEqual(incremental, fresh);
  });

  it('re-bases cached sentence offsets when text before a unit changes', () => {
    const prepared = core.engine.prepareBaseline(baseline, engine);
    core.analyze.analyze(text, prepared);
    const shifted = '（征求意见稿）\n' + text;
    const cached = core.analyze.analyze(shifted, prepared);
    const fresh = core.analyze.analyze(shifted, core.engine.prepareBaseline(baseline, engine));
    assert.deepStrictEqual(cached.alignments, fresh.alignments);
    assert.deepStrictEqual(cached.findings, fresh.findings);
    assert.ok(cached.alignments.some((a) => (a.sentenceTasks ?? []).length > 0));
  });

  it('a paragraph repeated in one document is aligned once, with each copy at its own offsets', () => {
    const cuts = (doc: string): number => {
      const seg = recording(engine);
      const prepared = core.engine.prepareBaseline(baseline, seg);
      seg.calls.length = 0; // not the index
      core.analyze.analyze(doc, prepared);
      return seg.calls.length;
    };
    const twice = `${text}\n\n${text}`;
    const single = cuts(text);
    // The second copy adds only the few units whose text or heading differs where the copies meet.
    assert.ok(cuts(twice) < single * 1.1, `${cuts(twice)} cuts for two copies, ${single} for one`);
    const cached = core.analyze.analyze(twice, core.engine.prepareBaseline(baseline, engine));
    const uncached = core.engine.prepareBaseline(baseline, engine);
    uncached.alignCache = undefined;
    uncached.pillarNameCache = undefined;
    assert.deepStrictEqual(cached, core.analyze.analyze(twice, uncached));
  });

  it('a unit whose enclosing heading changed is aligned again', () => {
    const seg = recording(engine);
    const prepared = core.engine.prepareBaseline(baseline, seg);
    core.analyze.analyze(text, prepared);
    seg.calls.length = 0;
    const renamed = text.replace('（四）强化安全管理责任', '（四）压实安全管理责任');
    const r = core.analyze.analyze(renamed, prepared);
    assert.deepStrictEqual(r, core.analyze.analyze(renamed, core.engine.prepareBaseline(baseline, engine)));
  });
});
