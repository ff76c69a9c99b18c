// A sentence cut piece by piece between commas (align.ts tokenizeSentences) gives exactly the tokens
// of the whole sentence, on every engine and every sentence in the repository; a segmenter that
// could cut across a comma is not cut piecewise.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT, node } from '../helpers/server';
import type { Segmenter } from '../../server/src/core/segment/segmenter';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const align = require(path.join(ROOT, 'server/out/core/align')) as typeof import('../../server/src/core/align');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const segmenters = require(path.join(ROOT, 'server/out/core/segment/segmenter')) as typeof import('../../server/src/core/segment/segmenter');

/** Every sentence with a comma in the seeds, fixtures and blind drafts, and a few made-up edge cases. */
function sentences(): string[] {
  const out = new Set<string>(['甲乙，丙丁', '数字政府 ，  政务云,一网通办', '推进“互联网+监管”，,建设', '，开头', '结尾，', 'ＡＢＣ１２３，abc,123', '𠀀𠀁，𠀂']);
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory() && e.name !== 'generated') walk(p);
      else if (e.isFile() && e.name.endsWith('.txt') && !p.includes(`segment${path.sep}`)) {
        for (const s of fs.readFileSync(p, 'utf8').split(/(?<=[。；;])/)) if (/[，,]/.test(s)) out.add(s);
      }
    }
  };
  for (const d of ['seeds', 'test/fixtures', 'test/blind']) walk(path.join(ROOT, d));
  return [...out];
}

/** The segmenter an engine gives with the baseline's domain dictionary. */
function engine(name: 'jieba-rs' | 'nodejieba' | 'fallback'): Segmenter {
  const saved = process.env.XIANJIE_SEGMENTER;
  delete process.env.XIANJIE_SEGMENTER;
  try {
    const dictionary = node.baselines.loadBaseline('ningxia-2023').dictionary;
    const choice = node.jieba.createSegmenter(dictionary, name);
    assert.strictEqual(choice.segmenter.name, name, choice.fallbackReason);
    return choice.segmenter;
  } finally {
    if (saved !== undefined) process.env.XIANJIE_SEGMENTER = saved;
  }
}

describe('tokenizing a sentence piece by piece between commas', () => {
  const all = sentences();

  for (const name of ['jieba-rs', 'nodejieba', 'fallback'] as const) {
    it(`${name}: the pieces' tokens are the sentence's, and each piece's are its own cut`, function () {
      this.timeout(120000);
      const seg = engine(name);
      assert.strictEqual(seg.cutsAtComma, true, 'no dictionary word holds a comma');
      assert.ok(all.length > 1000, `${all.length} sentences`);
      for (const s of all) {
        const t = align.tokenizeSentences(seg, [s])[0]!;
        assert.deepStrictEqual(t.tokens, align.tokenize(seg, s), s);
        assert.deepStrictEqual(t.parts(), s.split(/[，,]/).map((p) => align.tokenize(seg, p)), s);
      }
    });
  }

  for (const name of ['jieba-rs', 'nodejieba', 'fallback'] as const) {
    it(`${name}: sentences cut together (cutMany) get exactly the tokens of their own cuts`, function () {
      this.timeout(120000);
      const seg = engine(name);
      // Texts that meet at a line break in the joined text: empty, white space, line breaks, digits
      // and letters either side (a run of digits or letters must not join across texts).
      const edges = ['', ' ', '\n', '\r\n', 'a\n', '\nb', '2023', '年', '12', '34', 'ab', 'cd', '甲 ', ' 乙', '\u3000', '𠀀', '数字', '政府', '一网通办\n', '\n\n'];
      const texts = [...edges, ...all.slice(0, 3000), ...edges.reverse()];
      for (const size of [2, 7, 64, texts.length]) {
        for (let from = 0; from < texts.length; from += size) {
          const batch = texts.slice(from, from + size);
          const many = seg.cutMany ? seg.cutMany(batch) : batch.map((t) => seg.cut(t));
          assert.deepStrictEqual(many, batch.map((t) => seg.cut(t)), JSON.stringify(batch.slice(0, 3)));
        }
      }
      const words = align.tokenizeMany(seg, texts);
      texts.forEach((t, i) => assert.deepStrictEqual(words[i], align.tokenize(seg, t), t));
    });
  }

  it('reads a count of levels before a coverage or a link as one word (区市县乡村5级全覆盖, 县乡村三级全覆盖)', () => {
    const seg = engine('jieba-rs');
    const region = align.tokenize(seg, '推进区市县乡村5级全覆盖');
    const county = align.tokenize(seg, '推进区、乡、村三级电子政务外网全覆盖');
    const city = align.tokenize(seg, '实现市、县、乡、村四级全覆盖');
    for (const t of [region, county, city]) assert.ok(t.includes('多级'), t.join(' '));
    assert.ok(align.tokenize(seg, '形成区、乡、村三级贯通的工作体系').includes('多级'));
    // Other counts of levels are other things: 三级等保, 三级医院, 一级指标.
    for (const other of ['通过网络安全等级保护三级测评', '建设三级医院远程会诊系统', '设置一级指标和二级指标']) {
      assert.ok(!align.tokenize(seg, other).includes('多级'), other);
    }
  });

  it('reads a list of levels before their count as the count alone (市、县(市、区)、乡(街道)、村(社区)四级 → 多级)', () => {
    for (const name of ['jieba-rs', 'nodejieba'] as const) {
      const seg = engine(name);
      for (const text of ['实现市、县(市、区)、乡(街道)、村(社区)四级全覆盖', '推进区市县乡村5级全覆盖', '实现县、乡、村三级全覆盖']) {
        assert.deepStrictEqual(align.tokenize(seg, text).filter((w) => w !== '实现' && w !== '推进'), ['多级', '覆盖'], `${name}: ${text}`);
      }
      // Near misses: 自治区 in the list stays whole; a list of levels with no count after it is not one.
      assert.ok(!align.tokenize(seg, '推进自治区、市、县、乡、村五级联动').includes('自治'), name);
      assert.ok(align.tokenize(seg, '推动市县乡村网络建设').some((w) => w === '市县' || w === '乡村'), name);
    }
  });

  it('reads three levels or more named without a count before a coverage or a link as one word (县乡村全覆盖 → 多级)', () => {
    for (const name of ['jieba-rs', 'nodejieba'] as const) {
      const seg = engine(name);
      // Also listed with separators and notes in brackets: 区、乡镇（街道）、村（社区）全覆盖.
      for (const text of ['实现县乡村全覆盖', '推进市县乡村全覆盖', '实现乡镇村全覆盖', '实现区、乡镇（街道）、村（社区）全覆盖', '实现市、镇（街道）、村（社区）全覆盖']) {
        assert.deepStrictEqual(align.tokenize(seg, text).filter((w) => w !== '实现' && w !== '推进'), ['多级', '覆盖'], `${name}: ${text}`);
      }
      assert.ok(align.tokenize(seg, '推动县乡村贯通').includes('多级'), name);
      // Near misses: two levels, or a word ending in a level, before the coverage.
      for (const text of ['推进数字乡村全覆盖', '实现市县全覆盖', '城乡全覆盖', '实现市、县（区）全覆盖', '推进各乡镇（街道）全覆盖', '园区、社区全覆盖']) assert.ok(!align.tokenize(seg, text).includes('多级'), `${name}: ${text}`);
    }
  });

  it('joins 库 or 网 to the two-character word before it (基础库, 主题库, 城域网)', () => {
    for (const name of ['jieba-rs', 'nodejieba'] as const) {
      const seg = engine(name);
      const t = align.tokenize(seg, '积极对接全区统一基础库和主题库，开展城域网升级');
      for (const w of ['基础库', '主题库', '城域网']) assert.ok(t.includes(w), `${name}: ${t.join(' ')}`);
      // Near misses: a head after a one-character word (建库) or a head the engine already keeps in its word.
      assert.deepStrictEqual(align.tokenize(seg, '建库'), ['建库']);
      assert.ok(!align.tokenize(seg, '完善数据库建设').some((w) => w.length > 3), name);
      assert.ok(!align.tokenize(seg, '库、网、云').length, name);
    }
  });

  it('reads a kind of database named in full as its short form (基础数据资源库 → 基础库, 主题数据库 → 主题库)', () => {
    for (const name of ['jieba-rs', 'nodejieba'] as const) {
      const seg = engine(name);
      for (const [full, short] of [['建立完善人口、法人等基础数据资源库', '基础库'], ['建设完善医疗健康等主题数据库', '主题库'], ['建设专题信息资源库', '专题库']]) {
        const t = align.tokenize(seg, full!);
        assert.ok(t.includes(short!), `${name}: ${t.join(' ')}`);
      }
      // Near misses: other databases keep their own names (行业数据资源库, 政策文件库, 数据库 alone).
      for (const other of ['已建成的行业数据资源库', '动态更新的政策文件库', '完善数据库建设']) {
        const t = align.tokenize(seg, other);
        assert.ok(!t.some((w) => ['基础库', '主题库', '专题库'].includes(w)), `${name}: ${t.join(' ')}`);
      }
    }
  });

  it('a dictionary word holding a comma makes a segmenter cut whole sentences', () => {
    const seg = new segmenters.FallbackSegmenter(['数字，政府']);
    assert.strictEqual(seg.cutsAtComma, false);
    const t = align.tokenizeSentences(seg, ['建设数字，政府平台'])[0]!;
    assert.deepStrictEqual(t.tokens, align.tokenize(seg, '建设数字，政府平台'));
    assert.ok(t.tokens.includes('数字，政府'));
  });
});
