// The segmentation engines: jieba-rs (the default) cuts every seed, fixture and blind draft token for
// token as nodejieba does; the engine follows the `segmenter` setting and XIANJIE_SEGMENTER; the
// domain-word merge and cppjieba's HMM stage behave as documented on small inputs.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { textCorpus } from '../helpers/fixtures';
import { ROOT, node } from '../helpers/server';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const mix = require(path.join(ROOT, 'server/out/core/segment/mix')) as typeof import('../../server/src/core/segment/mix');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const domain = require(path.join(ROOT, 'server/out/core/segment/domain-words')) as typeof import('../../server/src/core/segment/domain-words');

/** One engine's cut of a text, without domain words (an empty dictionary). */
function engineCut(name: 'jieba-rs' | 'nodejieba', text: string): string[] {
  const saved = process.env.XIANJIE_SEGMENTER;
  delete process.env.XIANJIE_SEGMENTER;
  try {
    const choice = node.jieba.createSegmenter([], name);
    assert.strictEqual(choice.segmenter.name, name, choice.fallbackReason);
    return choice.segmenter.cut(text);
  } finally {
    if (saved !== undefined) process.env.XIANJIE_SEGMENTER = saved;
  }
}

describe('segmentation engines', () => {
  it('jieba-rs cuts every seed, fixture and blind draft exactly as nodejieba', () => {
    const files = textCorpus();
    assert.ok(files.length > 50, `${files.length} texts`);
    const differ: string[] = [];
    let tokens = 0;
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      const a = engineCut('nodejieba', text);
      const b = engineCut('jieba-rs', text);
      tokens += a.length;
      if (a.join('\u0001') !== b.join('\u0001')) {
        const i = a.findIndex((t, k) => t !== b[k]);
        differ.push(`${path.relative(ROOT, f)}: nodejieba ${a.slice(i, i + 4).join('/')} ≠ jieba-rs ${b.slice(i, i + 4).join('/')}`);
      }
    }
    assert.ok(tokens > 100_000, `${tokens} tokens`);
    assert.deepStrictEqual(differ, []);
  });

  it('the cut covers the text: joined tokens give it back', () => {
    const text = '到2025年，IPv6规模部署、5G基站1.5万个\r\n“一网通办”（100%）……𠀀字';
    assert.strictEqual(engineCut('jieba-rs', text).join(''), text);
    assert.deepStrictEqual(engineCut('jieba-rs', text), engineCut('nodejieba', text));
  });

  it('follows the setting, and XIANJIE_SEGMENTER over it', () => {
    const saved = process.env.XIANJIE_SEGMENTER;
    try {
      delete process.env.XIANJIE_SEGMENTER;
      assert.strictEqual(node.jieba.requestedSegmenter(undefined), 'jieba-rs');
      assert.strictEqual(node.jieba.requestedSegmenter('nodejieba'), 'nodejieba');
      process.env.XIANJIE_SEGMENTER = 'fallback';
      assert.strictEqual(node.jieba.requestedSegmenter('nodejieba'), 'fallback');
      const choice = node.jieba.createSegmenter(['数字政府'], 'jieba-rs');
      assert.strictEqual(choice.segmenter.name, 'fallback');
      assert.match(choice.notice!, /已改用内置分词（按 XIANJIE_SEGMENTER=fallback 设置）/);
      process.env.XIANJIE_SEGMENTER = 'no-such-engine';
      assert.strictEqual(node.jieba.requestedSegmenter('nodejieba'), 'nodejieba');
    } finally {
      if (saved === undefined) delete process.env.XIANJIE_SEGMENTER;
      else process.env.XIANJIE_SEGMENTER = saved;
    }
  });

  it('prepares a baseline once per baseline and engine', () => {
    const saved = process.env.XIANJIE_SEGMENTER;
    delete process.env.XIANJIE_SEGMENTER;
    try {
      const a = node.baselines.getPrepared('ningxia-2023', 'jieba-rs');
      assert.strictEqual(node.baselines.getPrepared('ningxia-2023').prepared, a.prepared);
      const b = node.baselines.getPrepared('ningxia-2023', 'nodejieba');
      assert.notStrictEqual(b.prepared, a.prepared);
      assert.strictEqual(b.prepared.segmenter.name, 'nodejieba');
      assert.strictEqual(a.prepared.segmenter.name, 'jieba-rs');
      assert.strictEqual(a.notice, undefined);
    } finally {
      if (saved !== undefined) process.env.XIANJIE_SEGMENTER = saved;
    }
  });
});

describe('domain words and the HMM stage', () => {
  it('merges a run of tokens that spells a domain word, keeping its longer parts', () => {
    const s = new domain.DomainWordSegmenter('test', () => ['政务', '信创', '云', '平台'], ['政务信创云']);
    assert.deepStrictEqual(s.cut(''), ['政务信创云', '政务', '信创', '平台']);
  });

  it('leaves tokens alone when no run spells a domain word', () => {
    const s = new domain.DomainWordSegmenter('test', () => ['政务', '信创', '平台'], ['政务信创云']);
    assert.deepStrictEqual(s.cut(''), ['政务', '信创', '平台']);
  });

  it('cuts letters and digits by cppjieba’s rules and keeps dictionary words', () => {
    const model = mix.prepareHmmModel(JSON.parse(fs.readFileSync(path.join(ROOT, 'seeds/segment/cppjieba-hmm.json'), 'utf8')));
    // jieba-rs groups 5G and 2025; cppjieba splits digits from letters and keeps 1. with its dot.
    assert.deepStrictEqual(mix.mixCut(model, ['5G', '网络']), ['5', 'G', '网络']);
    assert.deepStrictEqual(mix.mixCut(model, ['1', '.', '加强']), ['1.', '加强']);
    assert.deepStrictEqual(mix.mixCut(model, ['IPv6', '部署']), ['IPv6', '部署']);
    // A separator (，) ends a run of single characters; \r does not.
    assert.deepStrictEqual(mix.mixCut(model, ['a', '，', 'b', '\r\n']), ['a', '，', 'b', '\r', '\n']);
  });

  it('joins single characters the HMM reads as one word', () => {
    const model = mix.prepareHmmModel(JSON.parse(fs.readFileSync(path.join(ROOT, 'seeds/segment/cppjieba-hmm.json'), 'utf8')));
    // The maximum-probability cut leaves 不 and 出 apart; cppjieba's HMM joins them, as nodejieba does.
    assert.deepStrictEqual(mix.mixCut(model, ['企业', '办事', '不', '出', '园区']), ['企业', '办事', '不出', '园区']);
  });
});

describe('prebuilt alignment indexes', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const align = require(path.join(ROOT, 'server/out/core/align')) as typeof import('../../server/src/core/align');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const engine = require(path.join(ROOT, 'server/out/core/engine')) as typeof import('../../server/src/core/engine');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const names = require(path.join(ROOT, 'server/out/core/task-names')) as typeof import('../../server/src/core/task-names');

  for (const id of ['ningxia-2023', 'guangxi-2022', 'ningxia-2020']) {
    it(`${id}: the shipped index is current and equals the one built at run time`, () => {
      const saved = process.env.XIANJIE_SEGMENTER;
      delete process.env.XIANJIE_SEGMENTER;
      try {
        const file = path.join(ROOT, 'seeds', 'baselines', `${id}.json`);
        const baseline = node.baselines.loadBaseline(id);
        const choice = node.jieba.createSegmenter(baseline.dictionary, 'jieba-rs');
        const built = align.buildIndex(baseline, choice.segmenter);
        const atRunTime = engine.prepareBaseline(baseline, choice.segmenter);
        const shipped = fs.readFileSync(node.baselines.indexFileOf(file), 'utf8');
        assert.strictEqual(shipped, node.baselines.serializeIndex(fs.readFileSync(file, 'utf8'), choice.signature!, atRunTime), 'run npm run build:baselines');
        const data = JSON.parse(shipped);
        const restored = align.indexFromData(data, choice.segmenter);
        assert.deepStrictEqual(restored.docs, built.docs);
        assert.deepStrictEqual(restored.postings, built.postings);
        assert.deepStrictEqual(restored.idf, built.idf);
        // The task list's system names and list items come from the index as they would be found at run time.
        const fromIndex = engine.prepareBaseline(baseline, choice.segmenter, data);
        assert.ok(data.taskNames.systems.holders.length > 0 || id !== 'ningxia-2023');
        assert.ok(fromIndex.prebuiltNames);
        assert.deepStrictEqual(names.systemNames(fromIndex), names.systemNames(atRunTime));
        assert.deepStrictEqual(names.systemHolders(fromIndex), names.systemHolders(atRunTime));
        assert.deepStrictEqual(names.listedItems(fromIndex), names.listedItems(atRunTime));
      } finally {
        if (saved !== undefined) process.env.XIANJIE_SEGMENTER = saved;
      }
    });
  }
});
