// Tests for readDoc on the committed .doc (scripts/make-doc-fixtures.js: a held-out draft with its task
// table, some cells in two paragraphs, saved by LibreOffice as Word 97-2003), the same bytes as .wps,
// copies made encrypted, non-Word and broken; and `xianjie check` on the .doc against its text version.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describeRun, hasStackTrace, runCli } from '../cli/run';
import { docModule, readModule, repoRoot } from './server-modules';

const { readDoc, linesOf } = docModule;
const DOC = path.join(repoRoot, 'test', 'fixtures', 'input', 'wuzhong-2024.doc');
const DRAFT = path.join(repoRoot, 'test', 'fixtures', 'heldout', 'wuzhong-2024-tab', 'draft.txt');

/** A copy of the .doc with the FIB's fEncrypted flag set (LibreOffice 7.4 cannot save a .doc with a password). */
function encryptedCopy(): Buffer {
  const bytes = Buffer.from(fs.readFileSync(DOC));
  // The WordDocument stream starts on a 512-byte sector with the FIB's magic number 0xA5EC.
  let fib = -1;
  for (let k = 512; k + 1 < bytes.length; k += 512) if (bytes.readUInt16LE(k) === 0xa5ec) fib = k;
  assert.ok(fib > 0, 'no FIB found');
  bytes.writeUInt16LE(bytes.readUInt16LE(fib + 0x0a) | 0x0100, fib + 0x0a);
  return bytes;
}

/** A copy whose directory calls the main stream "WordDocumenX": an OLE file that is not a Word document. */
function notWordCopy(): Buffer {
  const bytes = Buffer.from(fs.readFileSync(DOC));
  const name = Buffer.from('WordDocument', 'utf16le');
  const at = bytes.indexOf(name);
  assert.ok(at > 0);
  bytes.write('X', at + name.length - 2, 'utf16le');
  return bytes;
}

function withTempFile<T>(name: string, bytes: Uint8Array, body: (file: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-doc-'));
  try {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    return body(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('readDoc', () => {
  it('reads paragraphs and task rows as the text version has them, a cell’s paragraphs joined by a space', async () => {
    const result = await readDoc(fs.readFileSync(DOC), 'wuzhong-2024.doc');
    assert.ok(result.ok, JSON.stringify(result));
    const lines = result.text.split('\n');
    const draft = fs.readFileSync(DRAFT, 'utf8').replace(/\n$/, '').split('\n');
    assert.strictEqual(lines.length, draft.length);
    // The fixture script splits cells after "牵头，"; the reader joins the two paragraphs with a space.
    assert.deepStrictEqual(
      lines.map((line) => line.replace(/牵头， /g, '牵头，')),
      draft,
    );
    assert.ok(lines.filter((line) => line.includes('牵头， ')).length >= 10);
    const rows = result.paragraphs.filter((p) => p.kind === 'table-row');
    assert.strictEqual(rows.length, draft.filter((line) => line.includes('\t')).length);
    assert.deepStrictEqual(
      result.paragraphs.map((p) => p.index),
      result.paragraphs.map((_, k) => k + 1),
    );
    for (const p of result.paragraphs) assert.ok(result.text.slice(p.start, p.end).trim() !== '');
  });

  it('reads the same bytes named .wps (WPS Office saves .wps as a Word 97 compound file)', async () => {
    const asDoc = await readDoc(fs.readFileSync(DOC), 'a.doc');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-doc-'));
    const file = path.join(dir, '方案.wps');
    fs.writeFileSync(file, fs.readFileSync(DOC));
    const wps = await readModule.readDraftFile(file, { maxBytes: 1e8 });
    fs.rmSync(dir, { recursive: true, force: true });
    assert.ok(asDoc.ok && wps.ok);
    assert.strictEqual(wps.kind, 'doc');
    assert.strictEqual(wps.text, asDoc.text);
  });

  it('refuses a file Word-encrypted by LibreOffice (RC4, open password) as encrypted', async () => {
    const real = await readDoc(fs.readFileSync(path.join(path.dirname(DOC), 'wuzhong-2024-encrypted.doc')), '加密件.doc');
    assert.ok(!real.ok);
    assert.strictEqual(real.reason, 'encrypted');
    assert.match(real.message, /加密件\.doc 已加密，无法读取。请在 Word 或 WPS 中取消密码/);
  });

  it('refuses encrypted, non-Word and broken files with a message saying what to do', async () => {
    const encrypted = await readDoc(encryptedCopy(), '加密.doc');
    assert.ok(!encrypted.ok);
    assert.strictEqual(encrypted.reason, 'encrypted');
    assert.match(encrypted.message, /加密.doc 已加密，无法读取。请在 Word 或 WPS 中取消密码/);
    const works = await readDoc(notWordCopy(), '旧版.wps');
    assert.ok(!works.ok);
    assert.strictEqual(works.reason, 'not-word');
    assert.match(works.message, /请用 WPS 打开后另存为 \.docx/);
    const truncated = await readDoc(fs.readFileSync(DOC).subarray(0, 3000), '截断.doc');
    assert.ok(!truncated.ok);
    assert.strictEqual(truncated.reason, 'broken');
    assert.match(truncated.message, /截断\.doc 无法作为Word 97-2003 文档（\.doc）读取/);
    const text = await readDoc(new TextEncoder().encode('这不是 Word 文档'), '假.doc');
    assert.ok(!text.ok);
    assert.strictEqual(text.reason, 'not-word');
  });

  it('joins a first cell split over lines only when the row keeps the previous row’s cell count', () => {
    // Row 2's first cell has two paragraphs; after the table comes a paragraph that is not a row.
    const body = '标题\n序号\t任务\t\n1\t甲\t\n2\n补充\t乙\t\n表后正文。\n';
    assert.deepStrictEqual(linesOf(body).text.split('\n'), ['标题', '序号\t任务', '1\t甲', '2 补充\t乙', '表后正文。']);
    assert.deepStrictEqual(
      linesOf(body).paragraphs.map((p) => p.kind),
      ['paragraph', 'table-row', 'table-row', 'table-row', 'paragraph'],
    );
    // A paragraph after a table that would make a row of another width stays a paragraph.
    assert.deepStrictEqual(linesOf('甲\t乙\t\n正文\n丙\t\n').text.split('\n'), ['甲\t乙', '正文', '丙']);
  });
});

describe('xianjie check on a .doc', () => {
  it('gives the findings of the text version (rule and quoted text), each with its paragraph', async () => {
    const run = (file: string) => {
      const r = runCli(['check', file, '-f', 'json', '--fail-on', 'never']);
      assert.strictEqual(r.status, 0, describeRun(r));
      return JSON.parse(r.stdout).files[0].diagnostics as { rule: string; range: { start: { line: number; character: number }; end: { line: number; character: number } }; paragraph?: { index: number } }[];
    };
    const read = await readModule.readDraftFile(DOC, { maxBytes: 1e8 });
    assert.ok(read.ok);
    const quoted = (text: string) => (d: ReturnType<typeof run>[number]) => {
      const lines = text.split('\n');
      const quote = d.range.start.line === d.range.end.line ? lines[d.range.start.line]!.slice(d.range.start.character, d.range.end.character) : lines[d.range.start.line]!.slice(d.range.start.character);
      return `${d.rule} ${quote}`;
    };
    const doc = run(DOC);
    const txt = run(DRAFT);
    assert.ok(doc.length >= 10);
    assert.deepStrictEqual(doc.map(quoted(read.text)).sort(), txt.map(quoted(fs.readFileSync(DRAFT, 'utf8'))).sort());
    assert.ok(doc.every((d) => typeof d.paragraph?.index === 'number' && d.paragraph.index >= 1));
  });

  it('exits 2 with a Chinese message on an encrypted .doc and on a .wps it cannot read', () => {
    for (const [name, bytes, pattern] of [
      ['加密.doc', encryptedCopy(), /加密\.doc 已加密/],
      ['旧版.wps', notWordCopy(), /旧版\.wps 不是能读取的 WPS 文字文档/],
    ] as const) {
      withTempFile(name, bytes, (file) => {
        const r = runCli(['check', file]);
        assert.strictEqual(r.status, 2, describeRun(r));
        assert.match(r.stderr, pattern);
        assert.ok(!hasStackTrace(r.stderr));
      });
    }
  });
});
