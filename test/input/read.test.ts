// Tests for readDraftFile: missing files, folders, the size limit, empty files, and the routing
// of .txt and .docx files to the right reader with the right error code.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { inputFixtures, originalDraft } from './fixtures';
import { readModule } from './server-modules';

const { readDraftFile } = readModule;
const limits = { maxBytes: 5 * 1024 * 1024 };

describe('readDraftFile', () => {
  let dir = '';
  let files: Record<string, string> = {};
  before(async () => ({ dir, files } = await inputFixtures()));

  it('reads text files with their encoding', async () => {
    const result = await readDraftFile(files['wuzhong.gb18030.txt']!, limits);
    assert.ok(result.ok, JSON.stringify(result));
    assert.strictEqual(result.kind, 'text');
    assert.strictEqual(result.encoding, 'gb18030');
    assert.strictEqual(result.lineEndings, 'lf');
    assert.strictEqual(result.text, originalDraft());
  });

  it('reads .docx files with paragraphs', async () => {
    const result = await readDraftFile(files['wuzhong.docx']!, limits);
    assert.ok(result.ok && result.kind === 'docx' && result.encoding === 'docx' && (result.paragraphs?.length ?? 0) > 90, JSON.stringify(result).slice(0, 200));
  });

  it('reads an empty file as empty text', async () => {
    const empty = path.join(dir, 'empty.txt');
    fs.writeFileSync(empty, '');
    const result = await readDraftFile(empty, limits);
    assert.ok(result.ok && result.text === '' && result.kind === 'text', JSON.stringify(result));
  });

  it('reports missing files and folders', async () => {
    const missing = await readDraftFile(path.join(dir, 'nope.txt'), limits);
    assert.ok(!missing.ok && missing.code === 'not-found' && missing.message.includes('nope.txt'), JSON.stringify(missing));
    const folder = await readDraftFile(dir, limits);
    assert.ok(!folder.ok && folder.code === 'is-directory', JSON.stringify(folder));
  });

  it('refuses files over the size limit and says how to raise it', async () => {
    const big = path.join(dir, '大文件.txt');
    fs.writeFileSync(big, Buffer.alloc(Math.round(7.2 * 1024 * 1024), 0x61));
    const result = await readDraftFile(big, limits);
    assert.ok(!result.ok);
    assert.strictEqual(result.code, 'too-large');
    assert.strictEqual(result.message, '文件 大文件.txt 大小为 7.2 MB，超过单个文件 5 MB 的上限。如确需检查，请使用 --max-size 参数或设置 xianjie.maxFileSize 调整上限。');
    fs.rmSync(big);
  });

  it('gives each failure its code', async () => {
    const binary = await readDraftFile(files['binary.txt']!, limits);
    assert.ok(!binary.ok && binary.code === 'binary');
    const undecodable = await readDraftFile(files['undecodable.txt']!, limits);
    assert.ok(!undecodable.ok && undecodable.code === 'undecodable');
    const notDocx = await readDraftFile(files['not-docx.docx']!, limits);
    assert.ok(!notDocx.ok && notDocx.code === 'docx-broken');
  });

  it('reads a Word document saved without the .docx extension', async () => {
    const renamed = path.join(dir, 'draft-without-extension');
    fs.copyFileSync(files['wuzhong.docx']!, renamed);
    const result = await readDraftFile(renamed, limits);
    assert.ok(result.ok && result.kind === 'docx');
  });
});
