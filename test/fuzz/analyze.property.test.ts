// Property tests of the analysis core with fast-check: whatever the text — edited, truncated at
// any byte, full of control characters, lone surrogates, astral characters, mixed encodings,
// pathological headings — analyze() returns, no rule fails, and every range it reports lies in
// [0, text.length] with start ≤ end. Work is bounded by counting (outline units ≤ characters),
// never by timing. FUZZ_RUNS overrides the runs per property; FUZZ_SEED replays a failure;
// XIANJIE_REPORT_TIMINGS=1 prints the run count and the slowest input.
import * as assert from 'assert';
import * as fs from 'fs';
import fc from 'fast-check';
import * as iconv from 'iconv-lite';
import * as path from 'path';
import { core, node, ROOT, seed } from '../helpers/server';

const decode = require(path.join(ROOT, 'server', 'out', 'input', 'decode')) as typeof import('../../server/src/input/decode');

type Result = ReturnType<typeof core.analyze.analyze>;

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const params = (numRuns = RUNS): fc.Parameters<unknown> => ({ numRuns, ...(SEED !== undefined ? { seed: SEED } : {}), endOnFailure: true });

const WUZHONG = fs.readFileSync(seed('wuzhong-2023-shishi-fangan.txt'), 'utf8').replace(/\r\n?/g, '\n');

function prepared() {
  return node.baselines.getPrepared('ningxia-2023').prepared;
}
let registry: ReturnType<typeof core.engine.makeRegistry>;

const stats = { analyses: 0, totalMs: 0, slowest: { ms: 0, what: '', length: 0 }, decoded: 0, refused: 0 };

/** Analyses `text` and checks the invariants; returns the result for further checks. */
function check(text: string, what: string): Result {
  const started = performance.now();
  let result: Result;
  try {
    result = core.analyze.analyze(text, prepared(), { registry });
  } catch (e) {
    throw new Error(`analyze threw on ${what} (${text.length} chars): ${e instanceof Error ? e.stack : String(e)}`);
  }
  const ms = performance.now() - started;
  stats.analyses++;
  stats.totalMs += ms;
  if (ms > stats.slowest.ms) stats.slowest = { ms, what, length: text.length };

  const failed = result.problems.filter((p) => p.kind !== 'segmenter');
  assert.deepStrictEqual(failed, [], `analysis problems on ${what}`);
  assertSpans(result, text.length, what);
  const outline = result.outline.length;
  // Linear work, counted: no more outline units than characters, one alignment per unit at most.
  assert.ok(outline <= Math.max(1, text.length), `${outline} outline units for ${text.length} characters`);
  assert.ok(result.alignments.length <= outline, 'more alignments than outline units');
  const baseline = prepared().baseline;
  assert.ok(result.findings.length <= 2 * text.length + baseline.pillars.length + baseline.tasks.length, `${result.findings.length} findings for ${text.length} characters`);
  result.outline.forEach((u, i) => {
    assert.strictEqual(u.index, i, 'outline index');
    if (u.parent !== undefined) assert.ok(u.parent >= 0 && u.parent < i, `outline parent ${u.parent} of unit ${i}`);
  });
  for (const a of result.alignments) assert.ok(Number.isInteger(a.unit) && a.unit >= 0 && a.unit < outline, `alignment unit ${a.unit}`);
  for (const p of result.coverage.pillars) for (const u of p.units) assert.ok(u >= 0 && u < outline, `pillar unit ${u}`);
  for (const t of result.coverage.tasks.covered) for (const u of t.units) assert.ok(u >= 0 && u < outline, `task unit ${u}`);
  for (const f of result.findings) {
    assert.ok(typeof f.message === 'string' && f.message.length > 0, `empty message from ${f.rule}`);
    assert.ok(['error', 'warning', 'information', 'hint'].includes(f.severity), `severity ${f.severity}`);
  }
  return result;
}

/** Every object with numeric start and end anywhere in the result is a range inside the text. */
function assertSpans(value: unknown, length: number, what: string, at = 'result', seen = new Set<object>()): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    value.forEach((v, i) => assertSpans(v, length, what, `${at}[${i}]`, seen));
    return;
  }
  const o = value as Record<string, unknown>;
  if ('start' in o || 'end' in o) {
    const { start, end } = o;
    assert.ok(
      Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (start as number) <= (end as number) && (end as number) <= length,
      `${at} = {start: ${String(start)}, end: ${String(end)}} outside [0, ${length}] on ${what}`,
    );
  }
  for (const [k, v] of Object.entries(o)) assertSpans(v, length, what, `${at}.${k}`, seen);
}

// ---- arbitraries -------------------------------------------------------------------------

const FRAGMENTS = [
  '一、', '二、', '十一、', '（一）', '(二)', '（十）', '1.', '2．', '10、', '（1）', '(2)', '①', '第一条',
  '\n', '\r\n', '\r', '\n\n', '\t', '\u3000', ' ', '。', '；', '：', '，', '、', '（', '）', '(', ')', '《', '》', '〔', '〕', '[', ']', '“', '”',
  '宁政发〔2023〕17号', '宁政发〔2023〕71号', '国发〔2022〕14号', '《自治区人民政府关于加强数字政府建设的实施意见》',
  '《国务院关于加强数字政府建设的指导意见》', '2025年', '2023年13月', '20240年', '2024年底前', '持续推进', '长期坚持',
  '（责任单位：市大数据管理服务局；完成时限：2026年）', '责任单位：', '牵头单位：', '配合单位：', '完成时限：',
  '市大数据管理服务局', '各县（市、区）人民政府', '自治区党委网信办、公安厅', '市发改委', '有关部门',
  '序号\t重点任务\t责任单位\t完成时限\n', '1\t建设政务云\t市大数据局\t2024年\n', '|', '| 1 | 建设 | 市政府办公室 | 2025年 |\n',
  '鍚村繝甯傛暟瀛楁斂搴', '锟斤拷', '\ufffd', '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u2028', '\u2029', '\ufeff', '\u200b', '\u202e',
  '\ud800', '\udfff', '\udbff\udfff', '😀', '𠮷', '𠀋', '\u{1F468}\u200d\u{1F469}\u200d\u{1F467}', 'e\u0301', '數位政府', 'ＡＢＣ１２３',
];

const insertion = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.tuple(fc.nat(), fc.nat({ max: 400 })).map(([s, n]) => WUZHONG.slice(s % WUZHONG.length, (s % WUZHONG.length) + n)) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).map((a) => a.join('')) },
);

const edit = fc.record({ pos: fc.noBias(fc.nat()), del: fc.nat({ max: 300 }), insert: insertion });

function applyEdits(text: string, edits: { pos: number; del: number; insert: string }[]): string {
  for (const e of edits) {
    const p = e.pos % (text.length + 1);
    text = text.slice(0, p) + e.insert + text.slice(Math.min(text.length, p + e.del));
  }
  return text;
}

/** A window of the sample, so that insertion properties stay cheap. */
const windowOfSample = fc.tuple(fc.noBias(fc.nat()), fc.noBias(fc.integer({ min: 0, max: 6000 }))).map(([s, n]) => {
  const start = s % WUZHONG.length;
  return WUZHONG.slice(start, start + n);
});

function insertAll(text: string, inserts: { pos: number; s: string }[]): string {
  for (const i of inserts) {
    const p = i.pos % (text.length + 1);
    text = text.slice(0, p) + i.s + text.slice(p);
  }
  return text;
}

const controlChar = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\ufeff', '\u200b', '\u200e', '\u202e', '\ufff9', '\ufffe', '\uffff'),
);
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const astral = fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c));

/** Lines that look like a draft: headings of every level, body text, annotations, task rows. */
const draftLine = fc.oneof(
  fc.tuple(fc.constantFrom('一、', '二、', '（一）', '（二）', '1.', '2.', '（1）', '（2）', '①'), fc.constantFrom(...FRAGMENTS), windowOfSample.map((s) => s.slice(0, 40).replace(/\n/g, ''))).map((a) => a.join('')),
  windowOfSample.map((s) => s.slice(0, 200)),
  fc.tuple(fc.nat({ max: 200 }), fc.constantFrom('建设政务云', '推进数据共享'), fc.constantFrom('市大数据管理服务局', '各县（市、区）', '未知局'), fc.constantFrom('2024年', '2030年', '2023年13月', '长期'))
    .map(([n, task, unit, when]) => `${n}\t${task}\t${unit}\t${when}`),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }).map((a) => a.join('')),
);
const draftLike = fc.array(draftLine, { maxLength: 80 }).map((lines) => lines.join('\n'));

// ---- properties ---------------------------------------------------------------------------

describe('fuzz: analyze() never fails and keeps every range inside the text', function () {
  this.timeout(180_000);

  before(function () {
    this.timeout(60_000);
    registry = core.engine.makeRegistry(prepared(), node.project.loadLocalUnits(seed('units/wuzhong.units.txt')));
  });

  after(() => {
    if (process.env.XIANJIE_REPORT_TIMINGS === '1') {
      console.log(`fuzz: ${stats.analyses} analyses, ${Math.round(stats.totalMs)} ms in analyze, slowest ${stats.slowest.ms.toFixed(1)} ms on ${stats.slowest.what} (${stats.slowest.length} chars); byte inputs decoded ${stats.decoded}, refused ${stats.refused}`);
    }
  });

  it('the unedited sample (baseline for the properties below)', () => {
    const r = check(WUZHONG, 'the sample');
    assert.ok(r.outline.length > 50 && r.alignments.length > 0);
  });

  it('random edits (insert / delete / replace) anywhere in the sample', () => {
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
      check(applyEdits(WUZHONG, edits), `edited sample ${JSON.stringify(edits).slice(0, 300)}`);
    }), params());
  });

  it('draft-like random documents (headings, annotations, task rows)', () => {
    fc.assert(fc.property(draftLike, (text) => {
      check(text, `draft-like ${JSON.stringify(text.slice(0, 300))}`);
    }), params());
  });

  const encodings: [string, (s: string) => Buffer][] = [
    ['utf-8', (s) => Buffer.from(s, 'utf8')],
    ['gb18030', (s) => iconv.encode(s, 'gb18030')],
    ['utf-16le+BOM', (s) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])],
    ['utf-16be+BOM', (s) => { const b = Buffer.from(s, 'utf16le'); b.swap16(); return Buffer.concat([Buffer.from([0xfe, 0xff]), b]); }],
  ];
  const encoded = encodings.map(([name, enc]) => ({ name, bytes: enc(WUZHONG) }));

  it('truncation at any byte, decoded through the input layer: a prefix of the text or a clear refusal', () => {
    fc.assert(fc.property(fc.nat({ max: encoded.length - 1 }), fc.noBias(fc.nat()), (which, n) => {
      const { name, bytes } = encoded[which]!;
      const cut = n % (bytes.length + 1);
      const d = decode.decodeBytes(bytes.subarray(0, cut), 'cut.txt');
      if (d.ok) stats.decoded++;
      else stats.refused++;
      if (!d.ok) {
        assert.ok(d.message.includes('cut.txt') && d.message.length > 10, `refusal without a message (${name} cut at ${cut})`);
        return;
      }
      // Whatever is decoded must be the start of the draft (a cut character may show as U+FFFD),
      // not a mis-decoding of it.
      assert.ok(WUZHONG.startsWith(d.text.replace(/\ufffd$/, '')), `${name} cut at ${cut} decoded as ${d.encoding} to text that is not a prefix: ${JSON.stringify(d.text.slice(-40))}`);
      check(d.text, `${name} truncated at byte ${cut}`);
    }), { ...params(), examples: [[0, 76], [0, 2], [0, 11]] }); // UTF-8 cut inside a character, once read as GB18030
  });

  it('truncation at a character boundary of a UTF-8 or UTF-16 file decodes to exactly that prefix', () => {
    fc.assert(fc.property(fc.constantFrom(0, 2, 3), fc.noBias(fc.nat({ max: WUZHONG.length })), (which, chars) => {
      const { name, bytes } = encoded[which]!;
      const prefix = WUZHONG.slice(0, chars);
      const enc = encodings[which]![1](prefix);
      const d = decode.decodeBytes(bytes.subarray(0, enc.length), 'cut.txt');
      assert.ok(d.ok, `${name} prefix of ${chars} characters refused: ${d.ok ? '' : d.message}`);
      assert.strictEqual(d.text, prefix);
    }), params(50));
  });

  it('inserted control characters', () => {
    fc.assert(fc.property(windowOfSample, fc.array(fc.record({ pos: fc.noBias(fc.nat()), s: controlChar }), { minLength: 1, maxLength: 40 }), (text, inserts) => {
      check(insertAll(text, inserts), `control characters ${JSON.stringify(inserts.map((i) => i.s).join(''))}`);
    }), params());
  });

  it('lone surrogates', () => {
    fc.assert(fc.property(windowOfSample, fc.array(fc.record({ pos: fc.noBias(fc.nat()), s: loneSurrogate }), { minLength: 1, maxLength: 40 }), (text, inserts) => {
      check(insertAll(text, inserts), 'lone surrogates');
    }), params());
  });

  it('non-BMP characters (surrogate pairs) anywhere, including inside headings and numbers', () => {
    fc.assert(fc.property(windowOfSample, fc.array(fc.record({ pos: fc.noBias(fc.nat()), s: astral }), { minLength: 1, maxLength: 60 }), (text, inserts) => {
      check(insertAll(text, inserts), 'astral characters');
    }), params());
  });

  it('mixed encodings in one file (UTF-8, GB18030, UTF-16 chunks): decoded or refused, never thrown', () => {
    const chunk = fc.record({
      enc: fc.constantFrom('utf8', 'gb18030', 'utf16le', 'latin1', 'big5'),
      start: fc.nat(),
      len: fc.integer({ min: 0, max: 3000 }),
    });
    fc.assert(fc.property(fc.array(chunk, { minLength: 2, maxLength: 6 }), (chunks) => {
      const bytes = Buffer.concat(chunks.map((c) => {
        const s = WUZHONG.slice(c.start % WUZHONG.length, (c.start % WUZHONG.length) + c.len);
        return iconv.encode(s, c.enc);
      }));
      let d: ReturnType<typeof decode.decodeBytes>;
      try {
        d = decode.decodeBytes(bytes, 'mixed.txt');
      } catch (e) {
        throw new Error(`decodeBytes threw: ${String(e)}`);
      }
      if (d.ok) stats.decoded++;
      else stats.refused++;
      if (d.ok) check(d.text, `mixed encodings ${chunks.map((c) => c.enc).join('+')} decoded as ${d.encoding}`);
      else assert.ok(d.message.includes('mixed.txt'));
    }), params());
  });

  it('only punctuation, only digits, only whitespace', () => {
    const punct = fc.constantFrom(...'，。、；：？！“”‘’（）《》〔〕【】—…·,.;:?!()[]<>-_/\\|*#@%&'.split(''));
    const digits = fc.constantFrom(...'0123456789０１２３４５６７８９一二三四五六七八九十百千〇'.split(''));
    const space = fc.constantFrom(' ', '\t', '\n', '\r', '\r\n', '\u3000', '\u00a0', '\f', '\v');
    fc.assert(fc.property(fc.constantFrom(punct, digits, space).chain((a) => fc.array(a, { maxLength: 3000 })), (chars) => {
      check(chars.join(''), `homogeneous ${JSON.stringify(chars.slice(0, 20).join(''))}`);
    }), params());
  });

  it('the empty text', () => {
    const r = check('', 'empty');
    assert.strictEqual(r.outline.length, 0);
    assert.deepStrictEqual(r.findings, []);
  });

  describe('pathological headings (single inputs)', () => {
    it('10,000 × （一） on one line, on separate lines, and with CRLF', () => {
      for (const [what, text] of [
        ['one line', '（一）'.repeat(10_000)],
        ['lines', '（一）\n'.repeat(10_000)],
        ['titled lines', '（一）加强数字政府建设\n'.repeat(10_000)],
        ['CRLF', '（一）\r\n'.repeat(10_000)],
        ['一、 lines', '一、\n'.repeat(10_000)],
      ] as const) {
        check(text, `10,000 × （一） (${what})`);
      }
    });

    it('2,000 nested heading levels (一、 （一） 1. （1） cycles)', () => {
      const cn = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
      const lines: string[] = [];
      for (let i = 0; i < 2000; i++) {
        const n = (i >> 2) % 10;
        const marker = [`${cn[n]}、`, `（${cn[n]}）`, `${n + 1}.`, `（${n + 1}）`][i % 4];
        lines.push(`${marker}推进政务数据共享第${i}项`);
      }
      const r = check(lines.join('\n'), '2,000 nested headings');
      assert.ok(r.outline.filter((u) => u.kind === 'heading').length >= 1000, 'the headings are recognised');
      // Each unit's path is bounded by the heading depth (4 levels), not by the number of headings.
      for (const u of r.outline) assert.ok(u.path.length <= 6, `path of ${u.path.length} headings`);
    });

    it('a single 300,000-character line without line breaks', () => {
      check('推进政务数据共享，（责任单位：市大数据管理服务局；完成时限：2025年）'.repeat(8000), 'one long line');
    });

    it('a schedule of 5,000 point lines, and 5,000 task rows with each cell on its own line', () => {
      // Long runs of the forms the schedule and the flattened-table readers look for: every span stays within the text,
      // every finding is bounded, nothing throws (check); the points dated before the plan are read as its targets.
      const points = ['三、实施步骤'];
      for (let i = 0; i < 5000; i++) points.push(`${2022 + (i % 4)}年${1 + (i % 12)}月 ▶ 推进政务数据共享工作（县大数据服务中心）。`);
      const r = check(`某县方案\n某县人民政府　2023年7月1日\n${points.join('\n')}`, '5,000 point lines');
      assert.ok(r.findings.some((f) => f.rule === 'deadline-invalid'), 'the points dated before the plan are read as targets');
      const rows = ['序号', '重点任务', '责任单位', '完成时限'];
      for (let i = 1; i <= 5000; i++) rows.push(String(i), '推进政务数据共享，编制县级政务数', '据资源目录。', '县大数据服务', '中心', '2024年');
      check(rows.join('\n'), '5,000 flattened rows');
    });

    it('100,000 empty lines and 100,000 one-character lines', () => {
      check('\n'.repeat(100_000), 'empty lines');
      check('一\n'.repeat(100_000), 'one-character lines');
    });
  });
});
