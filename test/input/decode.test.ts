// Tests for decodeBytes: every encoding of the sample draft decodes to the original text, line
// endings are reported and kept, binary and undecodable bytes are refused, and nothing throws.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { fixtureBytes, inputFixtures, originalDraft } from './fixtures';
import { decodeModule } from './server-modules';

const { decodeBytes } = decodeModule;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const iconv = require('iconv-lite') as typeof import('iconv-lite');

async function decodeFixture(name: string) {
  const result = decodeBytes(await fixtureBytes(name), name);
  if (!result.ok) assert.fail(`${name}: ${result.message}`);
  return result;
}

describe('decodeBytes', () => {
  before(() => inputFixtures());

  const cases: [string, string, string][] = [
    ['wuzhong.utf8.txt', 'utf-8', 'lf'],
    ['wuzhong.utf8-bom.txt', 'utf-8-bom', 'lf'],
    ['wuzhong.gb18030.txt', 'gb18030', 'lf'],
    ['wuzhong.utf16le-bom.txt', 'utf-16le', 'lf'],
    ['wuzhong.utf16be-bom.txt', 'utf-16be', 'lf'],
    ['wuzhong.crlf.txt', 'utf-8', 'crlf'],
    ['wuzhong.cr.txt', 'utf-8', 'cr'],
  ];
  for (const [name, encoding, lineEndings] of cases) {
    it(`decodes ${name} as ${encoding} with ${lineEndings} line endings`, async () => {
      const result = await decodeFixture(name);
      assert.strictEqual(result.encoding, encoding);
      assert.strictEqual(result.lineEndings, lineEndings);
      assert.ok(!result.text.startsWith('\ufeff'), 'BOM must not be part of the text');
      if (lineEndings === 'lf') assert.strictEqual(result.text, originalDraft());
      else {
        // Line endings are kept as they are; only this test normalises them.
        assert.ok(result.text.includes(lineEndings === 'crlf' ? '\r\n' : '\r'));
        assert.strictEqual(result.text.replace(/\r\n?/g, '\n'), originalDraft());
      }
    });
  }

  it('reports mixed and missing line endings', () => {
    const mixed = decodeBytes(Buffer.from('一\r\n二\n三\r四'), 'mixed.txt');
    assert.ok(mixed.ok && mixed.lineEndings === 'mixed' && mixed.text === '一\r\n二\n三\r四');
    const none = decodeBytes(Buffer.from('一行'), 'one.txt');
    assert.ok(none.ok && none.lineEndings === 'none');
    const empty = decodeBytes(new Uint8Array(0), 'empty.txt');
    assert.ok(empty.ok && empty.text === '' && empty.encoding === 'utf-8');
  });

  it('decodes GB18030 that strict GBK would reject: the euro sign 0x80 and four-byte sequences', () => {
    const text = '价格€100，罕见字𠀀和ḿ，数字政府。';
    const bytes = iconv.encode(text, 'gb18030');
    assert.ok(bytes.includes(0x95), 'expected a four-byte sequence for 𠀀');
    const result = decodeBytes(bytes, 'gb.txt');
    assert.ok(result.ok, JSON.stringify(result));
    assert.strictEqual(result.encoding, 'gb18030');
    assert.strictEqual(result.text, text);
    const euro = decodeBytes(Buffer.concat([iconv.encode('欧元', 'gbk'), Buffer.from([0x80])]), 'euro.txt');
    assert.ok(euro.ok && euro.text === '欧元€' && euro.encoding === 'gb18030', JSON.stringify(euro));
  });

  it('refuses binary content with a message naming the file', async () => {
    const result = decodeBytes(await fixtureBytes('binary.txt'), 'binary.txt');
    assert.ok(!result.ok);
    assert.strictEqual(result.reason, 'binary');
    assert.strictEqual(result.message, '文件 binary.txt 不是文本文件（含有二进制内容），请另存为 .txt 或 .docx 后再检查。');
  });

  it('names known binary formats: PDF, old Word, zip', () => {
    const pdf = decodeBytes(Buffer.from('%PDF-1.7\n...'), '方案.txt');
    assert.ok(!pdf.ok && pdf.reason === 'binary' && pdf.message.includes('PDF'), JSON.stringify(pdf));
    const doc = decodeBytes(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), '方案.doc');
    assert.ok(!doc.ok && doc.message.includes('.docx'), JSON.stringify(doc));
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', async () => {
    const result = decodeBytes(await fixtureBytes('undecodable.txt'), 'undecodable.txt');
    assert.ok(!result.ok);
    assert.strictEqual(result.reason, 'undecodable');
    assert.match(result.message, /undecodable\.txt/);
    assert.match(result.message, /UTF-8/);
  });

  it('refuses Big5 rather than decoding it as GBK nonsense', () => {
    const result = decodeBytes(iconv.encode(originalDraft(), 'big5'), 'big5.txt');
    assert.ok(!result.ok && result.reason === 'undecodable' && result.message.includes('Big5'), JSON.stringify(result).slice(0, 200));
  });

  it('accepts UTF-16 without a BOM when it decodes to plain text', () => {
    const text = 'Xianjie 数字政府 2024\n';
    const result = decodeBytes(Buffer.from(text, 'utf16le'), 'no-bom.txt');
    assert.ok(result.ok && result.encoding === 'utf-16le' && result.text === text, JSON.stringify(result));
  });

  it('refuses a UTF-16 file cut in the middle of a character', () => {
    const result = decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('数字', 'utf16le').subarray(0, 3)]), 'cut.txt');
    assert.ok(!result.ok && result.reason === 'undecodable');
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const result = decodeBytes(bytes, 'random.bin');
        return result.ok ? typeof result.text === 'string' : result.message.length > 0;
      }),
      { numRuns: 1000 },
    );
  });

  it('decodes a 5 MB GB18030 file quickly', () => {
    let big = '';
    const draft = originalDraft();
    while (big.length < 2_600_000) big += draft;
    const bytes = iconv.encode(big, 'gb18030');
    const started = performance.now();
    const result = decodeBytes(bytes, 'big.txt');
    const elapsed = performance.now() - started;
    console.log(`      decode of ${(bytes.length / 1024 / 1024).toFixed(1)} MB GB18030: ${elapsed.toFixed(1)} ms`);
    assert.ok(result.ok && result.encoding === 'gb18030' && result.text.length === big.length);
    assert.ok(elapsed < 2000);
  });
});
