// Tests of GBK off-by-one damage detection and repair (server/src/core/extract/mojibake.ts).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { expectJson, forEachFixture } from '../../helpers/fixtures';
import { mojibake, readSeed } from './server-modules';

const { findMojibake, repairMojibake } = mojibake;

describe('extract/mojibake', () => {
  describe('repairMojibake', () => {
    const cases: [string, string, boolean][] = [
      ['?。ㄒ唬┌l展現狀。', '（一）發展現狀。', false],
      // Private-use characters are part of the damage (GBK user-defined pairs); keep them escaped.
      ['?。ǘ\ue46a┛傮w要求。', '（二）總體要求。', false],
      ['?。ㄈ\ue40c┐龠M數據有序開發利用。', '（三）促進數據有序開發利用。', false],
      ['?。ǘ\ue46a┞鋵嵃踩\ue093贫纫\ue026?。', '（二）落實安全制度要?。', true],
    ];
    for (const [damaged, repaired, partial] of cases) {
      it(`repairs ${damaged}`, () => assert.deepStrictEqual(repairMojibake(damaged), { text: repaired, partial }));
    }
    for (const clean of ['（一）发展现状。', '是否需要?请报送', '没有问号的文字', '?']) {
      it(`leaves ${clean} alone`, () => assert.strictEqual(repairMojibake(clean), undefined));
    }
  });

  describe('findMojibake', () => {
    it('finds all 25 damaged headings of the Guangxi opinion and the damaged 。科學 inside a paragraph', () => {
      const text = readSeed('guangxi-2022-shishi-yijian.txt');
      const runs = findMojibake(text);
      const headingRuns = runs.filter((r) => text.slice(r.start, r.start + 2) === '?。');
      assert.strictEqual(headingRuns.length, 25);
      assert.strictEqual(runs.length, 26);
      for (const r of runs) assert.ok(r.repair, `no repair at ${r.start}`);
      assert.strictEqual(runs.filter((r) => r.partial).length, 4);
    });

    it('reads one damaged heading split by half-width brackets as one run, the brackets kept in the repair', () => {
      // The UTF-8 bytes read as GBK: a heading whose number sits in half-width brackets.
      const text = `前文。\n${new TextDecoder('gbk').decode(Buffer.from('(十一)强化数据安全保障。统筹发展和安全', 'utf8'))}\n后文。`;
      const runs = findMojibake(text);
      assert.strictEqual(runs.length, 1, JSON.stringify(runs));
      assert.strictEqual(runs[0]!.repair, '十一)强化数据安全保障。统筹发展和安全');
    });

    it('keeps two damaged runs apart when clean words stand between them', () => {
      const gbk = (s: string) => new TextDecoder('gbk').decode(Buffer.from(s, 'utf8'));
      const text = `${gbk('加强数字政府建设')}，推进数据共享和业务协同，${gbk('提升政务服务水平')}。`;
      assert.strictEqual(findMojibake(text).length, 2);
    });

    for (const seed of ['wuzhong-2023-shishi-fangan.txt', 'ningxia-2023-gazette-with-task-list.txt', 'ningxia-2020-gongzuo-yaodian.txt', 'ningxia-2023-shishi-yijian.oneline.txt']) {
      it(`finds nothing in the clean seed ${seed}`, () => assert.deepStrictEqual(findMojibake(readSeed(seed)), []));
    }

    it('gives offsets into the text', () => {
      const text = '一、總體要求\n ?。ㄒ唬┌l展現狀。';
      const [run] = findMojibake(text);
      assert.ok(run);
      assert.strictEqual(text.slice(run.start, run.end), '?。ㄒ唬┌l');
      assert.strictEqual(run.repair, '（一）發');
    });

    it('stays linear on a 1 MB line', () => {
      const unit = '?。ㄒ唬┌l展現狀。數據共享?開放平臺。';
      const line = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const t0 = Date.now();
      const runs = findMojibake(line);
      const ms = Date.now() - t0;
      assert.ok(runs.length > 10000);
      assert.ok(ms < 5000, `took ${ms} ms`);
      const clean = '数字政府建设?'.repeat(150_000);
      const t1 = Date.now();
      assert.deepStrictEqual(findMojibake(clean), []);
      assert.ok(Date.now() - t1 < 5000);
    });

    forEachFixture('extract/mojibake', (name, dir) => {
      it(`fixture ${name}`, () => {
        const lines = fs.readFileSync(path.join(dir, 'input.txt'), 'utf8').split('\n').filter((l) => l !== '');
        const actual = lines.map((line) => ({
          line,
          runs: findMojibake(line).map((r) => ({ damaged: line.slice(r.start, r.end), repair: r.repair, partial: r.partial })),
        }));
        expectJson(actual, path.join(dir, 'expected.json'));
      });
    });
  });
});
