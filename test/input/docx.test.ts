// Tests for readDocx: paragraphs and task-table rows of the generated drafts, Word list numbers,
// merged cells, refusal of archives that are not Word documents, zip bombs, and no throwing.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { fixtureBytes, inputFixtures, originalDraft } from './fixtures';
import { docxModule, fixtureScript, readModule } from './server-modules';

const { readDocx } = docxModule;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fflate = require('fflate') as typeof import('fflate');

describe('readDocx', () => {
  before(() => inputFixtures());

  it('reads each paragraph as a line and each table row as tab-separated cells', async () => {
    const started = performance.now();
    const result = await readDocx(await fixtureBytes('wuzhong.docx'), 'wuzhong.docx');
    console.log(`      docx read: ${(performance.now() - started).toFixed(1)} ms`);
    assert.ok(result.ok, JSON.stringify(result));
    const draftLines = originalDraft().replace(/\n$/, '').split('\n');
    const rows = fixtureScript.TASK_TABLE.map((row) => row.join('\t'));
    assert.strictEqual(result.text, [...draftLines, ...rows].join('\n'));
    assert.strictEqual(result.paragraphs.length, draftLines.length + rows.length);
    const header = result.paragraphs[draftLines.length]!;
    assert.deepStrictEqual(header, { start: result.text.indexOf('序号\t'), end: result.text.indexOf('序号\t') + rows[0]!.length, index: draftLines.length + 1, kind: 'table-row' });
    assert.deepStrictEqual(result.paragraphs[0], { start: 0, end: draftLines[0]!.length, index: 1, kind: 'paragraph' });
    for (const paragraph of result.paragraphs) assert.ok(!result.text.slice(paragraph.start, paragraph.end).includes('\n'));
  });

  it('writes Word list numbers, keeps merged cells aligned and skips deleted text', async () => {
    const result = await readDocx(await fixtureBytes('numbered.docx'), 'numbered.docx');
    assert.ok(result.ok, JSON.stringify(result));
    assert.deepStrictEqual(result.text.split('\n'), [
      '一、总体要求',
      '（一）指导思想',
      '（二）基本原则',
      '1.坚持改革引领。',
      '2.坚持数据赋能。',
      '二、主要任务',
      '（一）构建协同高效的政府数字化履职能力体系',
      '第一行',
      '第二行',
      '前\t后',
      '保留',
      '主要任务\t重点内容\t责任单位\t完成时限',
      '数据共享\t建设数据共享平台\t市大数据局\t2024年',
      '\t完善数据目录\t市大数据局\t长期坚持',
      '合并两列\t\t市政府办公室\t2025年',
    ]);
    // The soft line break keeps 第一行/第二行 in one paragraph.
    const soft = result.paragraphs.find((paragraph) => result.text.slice(paragraph.start, paragraph.end).startsWith('第一行'))!;
    assert.strictEqual(result.text.slice(soft.start, soft.end), '第一行\n第二行');
    assert.deepStrictEqual(result.paragraphs.map((paragraph) => paragraph.index), result.paragraphs.map((_, index) => index + 1));
  });

  it('refuses a zip that is not a Word document', async () => {
    const result = await readDocx(await fixtureBytes('not-docx.docx'), 'not-docx.docx');
    assert.ok(!result.ok);
    assert.match(result.message, /not-docx\.docx.*不是 Word 文档/);
  });

  it('refuses plain text and old Word files named .docx', async () => {
    const text = await readDocx(Buffer.from('数字政府'), '方案.docx');
    assert.ok(!text.ok && text.message.includes('不是有效的 Word 文档'));
    const ole = await readDocx(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), '加密.docx');
    assert.ok(!ole.ok && ole.message.includes('密码'), JSON.stringify(ole));
  });

  it('stops at the uncompressed-size cap instead of inflating a zip bomb', async () => {
    const huge = new Uint8Array(64 * 1024 * 1024);
    const bomb = fflate.zipSync({ 'word/document.xml': [huge, { level: 9 }] });
    assert.ok(bomb.length < 1024 * 1024);
    const started = performance.now();
    const result = await readDocx(bomb, 'bomb.docx');
    console.log(`      zip bomb (${(bomb.length / 1024).toFixed(0)} KB → 64 MB) refused in ${(performance.now() - started).toFixed(0)} ms`);
    assert.ok(!result.ok && result.message.includes('50 MB'), JSON.stringify(result));
  });

  it('never throws or rejects on arbitrary bytes, zip-like or not', async () => {
    const zipLike = fc.uint8Array({ maxLength: 600 }).map((bytes) => {
      const prefixed = new Uint8Array(bytes.length + 4);
      prefixed.set([0x50, 0x4b, 0x03, 0x04]);
      prefixed.set(bytes, 4);
      return prefixed;
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 600 }), zipLike), async (bytes) => {
        const result = await readDocx(bytes, 'random.docx');
        return !result.ok && result.message.length > 0;
      }),
      { numRuns: 500 },
    );
  });

  it('survives a real document with damaged bytes', async () => {
    const good = await fixtureBytes('wuzhong.docx');
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: good.length - 1 }), fc.integer({ min: 0, max: 255 }), async (at, value) => {
        const damaged = new Uint8Array(good);
        damaged[at] = value;
        const result = await readDocx(damaged, 'damaged.docx');
        return result.ok ? typeof result.text === 'string' : result.message.length > 0;
      }),
      { numRuns: 300 },
    );
  });
});

describe('paragraphOf', () => {
  const paragraphs = [
    { start: 0, end: 5, index: 1 },
    { start: 7, end: 10, index: 2 },
    { start: 11, end: 20, index: 3 },
  ];
  it('finds the paragraph containing an offset, end included', () => {
    assert.strictEqual(readModule.paragraphOf(0, paragraphs)?.index, 1);
    assert.strictEqual(readModule.paragraphOf(5, paragraphs)?.index, 1);
    assert.strictEqual(readModule.paragraphOf(6, paragraphs), undefined);
    assert.strictEqual(readModule.paragraphOf(15, paragraphs)?.index, 3);
    assert.strictEqual(readModule.paragraphOf(21, paragraphs), undefined);
    assert.strictEqual(readModule.paragraphOf(3, []), undefined);
  });
});

describe('readDocx against a lying zip bomb', () => {
  it('stops inflating at the cap even when the archive declares a small size', async () => {
    const huge = new Uint8Array(32 * 1024 * 1024);
    const bomb = new Uint8Array(fflate.zipSync({ 'word/document.xml': [huge, { level: 9 }] }));
    // Overwrite the declared uncompressed size (central directory, offset 24) with 1 KB.
    const view = new DataView(bomb.buffer);
    for (let offset = bomb.length - 22; offset >= 0; offset--) {
      if (view.getUint32(offset, true) === 0x02014b50) {
        view.setUint32(offset + 24, 1024, true);
        break;
      }
    }
    const result = await docxModule.readDocx(bomb, 'liar.docx', { maxUncompressedBytes: 8 * 1024 * 1024 });
    assert.ok(!result.ok && result.message.includes('8 MB'), JSON.stringify(result));
  });
});
