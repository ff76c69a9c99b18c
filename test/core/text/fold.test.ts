// Tests for foldForMatching and isMostlyTraditional: same length, Traditional→Simplified,
// width and punctuation forms, surrogates, idempotence, speed, and the Traditional round trip.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as fc from 'fast-check';
import { repoRoot, textModule } from './server-modules';

const { foldForMatching, isMostlyTraditional } = textModule;
// opencc-js publishes ESM-only type declarations; its CommonJS build is loaded with require.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC = require('opencc-js') as typeof import('opencc-js', { with: { 'resolution-mode': 'import' } });

const seed = (name: string): string => fs.readFileSync(path.join(repoRoot, 'seeds', name), 'utf8');
const anyUtf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)), maxLength: 200 });

describe('foldForMatching', () => {
  it('keeps the length of the Guangxi seed and maps 責任單位 to 责任单位 in place', () => {
    const original = seed('guangxi-2022-shishi-yijian.txt');
    const folded = foldForMatching(original);
    assert.strictEqual(folded.length, original.length);
    const at = original.indexOf('責任單位');
    assert.ok(at >= 0);
    assert.strictEqual(folded.slice(at, at + 4), '责任单位');
    assert.strictEqual(folded.slice(0, 13), '各市、县人民政府，自治区人');
  });

  it('folds the Traditional twin of the Wuzhong draft back to the folded draft', () => {
    const original = seed('wuzhong-2023-shishi-fangan.txt');
    const twin = OpenCC.Converter({ from: 'cn', to: 'tw' })(original);
    assert.strictEqual(twin.length, original.length);
    const a = foldForMatching(twin);
    const b = foldForMatching(original);
    let same = 0;
    const differences = new Map<string, number>();
    for (let index = 0; index < a.length; index++) {
      if (a[index] === b[index]) same++;
      else differences.set(`${original[index]}→${twin[index]}→${a[index]}`, (differences.get(`${original[index]}→${twin[index]}→${a[index]}`) ?? 0) + 1);
    }
    const ratio = same / a.length;
    console.log(`      Traditional round trip: ${(ratio * 100).toFixed(3)}% of ${a.length} characters equal; differences: ${JSON.stringify([...differences])}`);
    assert.ok(ratio >= 0.99, `only ${ratio}`);
  });

  it('maps full-width digits and letters to ASCII and half-width Chinese punctuation to full width', () => {
    assert.strictEqual(foldForMatching('２０２５年ＡＢＣｘｙｚ'), '2025年ABCxyz');
    assert.strictEqual(foldForMatching('(一)指导思想:坚持,推进;完成'), '（一）指导思想：坚持，推进；完成');
    assert.strictEqual(foldForMatching('，。、；：（）《》“”'), '，。、；：（）《》“”');
    assert.strictEqual(foldForMatching('国发[2022]14号 国发［2022］14号'), '国发〔2022〕14号 国发〔2022〕14号');
    assert.strictEqual(foldForMatching('1．　a\u00a0b'), '1. a b');
  });

  it('keeps surrogate pairs and lone surrogates', () => {
    assert.strictEqual(foldForMatching('𠀀數'), '𠀀数');
    assert.strictEqual(foldForMatching('\ud800數\udc00'), '\ud800数\udc00');
  });

  it('returns the same length and is idempotent for any UTF-16 string', () => {
    fc.assert(
      fc.property(anyUtf16, (text) => {
        const folded = foldForMatching(text);
        return folded.length === text.length && foldForMatching(folded) === folded;
      }),
      { numRuns: 500 },
    );
  });

  it('is fast on five copies of the Wuzhong draft', () => {
    const big = seed('wuzhong-2023-shishi-fangan.txt').repeat(5);
    foldForMatching(big);
    const runs = 20;
    const started = performance.now();
    for (let run = 0; run < runs; run++) foldForMatching(big);
    const perRun = (performance.now() - started) / runs;
    console.log(`      fold of ${big.length} characters: ${perRun.toFixed(2)} ms`);
    assert.ok(perRun < 50, `${perRun} ms`);
  });
});

describe('isMostlyTraditional', () => {
  it('tells the Traditional seed from the Simplified ones', () => {
    assert.strictEqual(isMostlyTraditional(seed('guangxi-2022-shishi-yijian.txt')), true);
    assert.strictEqual(isMostlyTraditional(seed('wuzhong-2023-shishi-fangan.txt')), false);
    assert.strictEqual(isMostlyTraditional(seed('ningxia-2023-gazette-with-task-list.txt')), false);
    assert.strictEqual(isMostlyTraditional(''), false);
    assert.strictEqual(isMostlyTraditional(OpenCC.Converter({ from: 'cn', to: 'tw' })(seed('wuzhong-2023-shishi-fangan.txt'))), true);
  });
});
