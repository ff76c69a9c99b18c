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
    uncached.sentenceCache = undefined;
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

describe('incremental analysis over a random sequence of edits', () => {
  const baseline = node.baselines.loadBaseline('ningxia-2023');
  const engine = node.baselines.getPrepared('ningxia-2023').prepared.segmenter;
  const plan = fs.readFileSync(seed('wuzhong-2023-shishi-fangan.txt'), 'utf8');
  // A county plan with a task table (rows, group cells, deadlines) after the city plan.
  const county = fs.readFileSync(path.join(__dirname, '../../../test/fixtures/rules/deadline-invalid/litong-task-list/draft.txt'), 'utf8');

  /** A small deterministic generator (mulberry32), so a failure can be replayed. */
  function random(seedValue: number): () => number {
    let a = seedValue >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  /** Prepared without any cache: every unit parsed, aligned and read afresh. */
  function uncached(): ReturnType<typeof core.engine.prepareBaseline> {
    const p = core.engine.prepareBaseline(baseline, engine);
    p.alignCache = undefined;
    p.pillarNameCache = undefined;
    p.paragraphCache = undefined;
    p.sentenceCache = undefined;
    return p;
  }

  // What a drafter types, pastes and deletes: characters, line breaks, sentence ends, headings,
  // sub-item titles, a table row, a deadline, a unit annotation, a whole paragraph moved.
  const SNIPPETS = [
    '化', '\n', '。', '\n\n', '（三）', '二、', '3.', '强化安全管理责任。', '推进政务云资源统一调度。',
    '\n序号\t重点任务\t责任单位\t完成时限\n1\t建设一体化政务服务平台。\t市政务服务中心牵头\t2024年底\n',
    '到2026年底', '（责任单位：市大数据管理服务局，各县（市、区）人民政府）', '\t', ' ', '“数字政府”',
  ];

  for (const [name, start] of [['the 吴忠 plan', plan], ['a county plan with a task table', county]] as const) {
    it(`ends with what a fresh analysis of the final text finds (${name}), also after checks dropped part way`, () => {
      const next = random(name.length * 7919);
      const prepared = core.engine.prepareBaseline(baseline, engine);
      let text = start;
      core.analyze.analyze(text, prepared);
      for (let edit = 1; edit <= 60; edit++) {
        let at = Math.floor(next() * (text.length + 1));
        const kind = next();
        // Often at a line's end, where a paragraph's last character decides its title or its joins.
        if (next() < 0.3 && text.indexOf('\n', at) > 0) at = text.indexOf('\n', at);
        if (kind < 0.45) {
          text = text.slice(0, at) + SNIPPETS[Math.floor(next() * SNIPPETS.length)] + text.slice(at);
        } else if (kind < 0.8) {
          text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(next() * 40)));
        } else {
          // A paragraph cut and pasted elsewhere.
          const from = text.lastIndexOf('\n', at) + 1;
          const to = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at) + 1;
          const moved = text.slice(from, to);
          const rest = text.slice(0, from) + text.slice(to);
          const where = rest.lastIndexOf('\n', Math.floor(next() * rest.length)) + 1;
          text = rest.slice(0, where) + moved + rest.slice(where);
        }
        if (edit % 3 === 0) {
          // A check dropped part way (a newer version arrived): its partial work stays in the caches.
          const steps = core.analyze.analyzeSteps(text, prepared);
          for (let k = Math.floor(next() * 40); k > 0 && !steps.next().done; k--);
          steps.return(undefined as never);
        } else {
          core.analyze.analyze(text, prepared);
        }
        if (edit % 10 === 0) assert.deepStrictEqual(core.analyze.analyze(text, prepared), core.analyze.analyze(text, uncached()), `after edit ${edit}`);
      }
      const incremental = core.analyze.analyze(text, prepared);
      assert.deepStrictEqual(incremental, core.analyze.analyze(text, uncached()));
      assert.ok(prepared.paragraphCache!.size > 0 && prepared.alignCache!.size > 0);
    });
  }

  it('a paragraph parsed from the cache gives the same units as parsing it afresh, wherever it moves', () => {
    const cache = new core.outline.ParagraphCache();
    const moved = plan.split('\n').reverse().join('\n');
    core.outline.parseOutline(plan, { cache });
    const fromCache = core.outline.parseOutline(moved, { cache });
    assert.deepStrictEqual(fromCache, core.outline.parseOutline(moved));
    // Near the unit limit a paragraph is parsed in place, so truncation is the same.
    const limited = core.outline.parseOutline(moved, { cache, maxUnits: 37 });
    assert.deepStrictEqual(limited, core.outline.parseOutline(moved, { maxUnits: 37 }));
    assert.ok(limited.truncated);
  });
});
