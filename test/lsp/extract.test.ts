// Word, WPS and PDF files in the editor, over JSON-RPC with the real server: xianjie/extract gives the
// text `xianjie check` reads; its read-only view (xianjie-doc:) gets the findings of the .txt twin, each
// naming its page or paragraph; fixes there are copy commands, never edits; decisions go beside the original.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Command, Diagnostic, PublishDiagnosticsParams, TextEdit } from 'vscode-languageserver-protocol';
import { runCli } from '../cli/run';
import { fileUri, LspSession, ROOT } from './session';

const INPUT = path.join(ROOT, 'test', 'fixtures', 'input');
const TWIN = path.join(ROOT, 'test', 'fixtures', 'heldout', 'wuzhong-2024-tab', 'draft.txt');
const twinText = fs.readFileSync(TWIN, 'utf8');

/** The URI the client gives the read-only view of `file` (vscode.Uri.from({ scheme, path: path + '（文字）' })). */
function viewUri(file: string): string {
  return `xianjie-doc:${pathToFileURL(file).pathname}${encodeURIComponent('（文字）')}`;
}

interface ExtractResult { text?: string; kind?: string; pages?: number; error?: string }
interface CopyArgs { fileName: string; kind: string; text: string; places: string[] }

/** Rule and quoted text of each diagnostic, sorted: what “the same findings” means across formats. */
function quoted(text: string, p: PublishDiagnosticsParams): string[] {
  const doc = TextDocument.create('x:', 'plaintext', 0, text);
  return p.diagnostics.filter((d) => d.source === '衔接' && d.code !== 'analysis-problem').map((d) => `${d.code} ${doc.getText(d.range)}`).sort();
}

describe('language server: Word, WPS and PDF files as read-only text', function () {
  this.timeout(120_000);
  let tmp: string;
  let s: LspSession;
  let twin: PublishDiagnosticsParams;
  const files: Record<string, string> = {};
  const texts: Record<string, string> = {};

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-lsp-extract-'));
    for (const name of ['wuzhong-2024.pdf', 'wuzhong-2024.doc', 'wuzhong-2024.ofd']) {
      files[name] = path.join(tmp, name);
      fs.copyFileSync(path.join(INPUT, name), files[name]!);
    }
    // A .wps is a Word 97 file by another name; the .docx is built from the twin with the .doc/.pdf fixtures' builder.
    files['wuzhong-2024.wps'] = path.join(tmp, 'wuzhong-2024.wps');
    fs.copyFileSync(path.join(INPUT, 'wuzhong-2024.doc'), files['wuzhong-2024.wps']!);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const docx = require('docx') as typeof import('docx');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { draftBody } = require(path.join(ROOT, 'scripts', 'lib', 'office.js')) as { draftBody(text: string): import('docx').Paragraph[] };
    files['wuzhong-2024.docx'] = path.join(tmp, 'wuzhong-2024.docx');
    fs.writeFileSync(files['wuzhong-2024.docx']!, await docx.Packer.toBuffer(new docx.Document({ sections: [{ children: draftBody(twinText) }] })));
    fs.writeFileSync(path.join(tmp, 'draft.txt'), twinText);
    s = await LspSession.start({ workspaceFolder: tmp });
    const twinUri = fileUri(path.join(tmp, 'draft.txt'));
    s.open(twinUri, twinText);
    twin = await s.waitForDiagnostics(twinUri, (p) => p.diagnostics.length > 0, 60_000);
  });
  after(async () => {
    await s.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  async function openView(name: string): Promise<{ uri: string; text: string; published: PublishDiagnosticsParams; diagnostics: Diagnostic[] }> {
    const r = await s.request<ExtractResult>('xianjie/extract', { uri: fileUri(files[name]!) });
    assert.ok(r.text, `no text for ${name}: ${r.error}`);
    texts[name] = r.text;
    const uri = viewUri(files[name]!);
    s.open(uri, r.text);
    const published = await s.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0, 60_000);
    return { uri, text: r.text, published, diagnostics: published.diagnostics };
  }

  it('xianjie/extract gives the text `xianjie check` reads, with the kind and the pages', async () => {
    const pdf = await s.request<ExtractResult>('xianjie/extract', { uri: fileUri(files['wuzhong-2024.pdf']!) });
    assert.strictEqual(pdf.kind, 'pdf');
    assert.ok(pdf.pages && pdf.pages >= 5, `pages: ${pdf.pages}`);
    const doc = await s.request<ExtractResult>('xianjie/extract', { uri: fileUri(files['wuzhong-2024.doc']!) });
    assert.strictEqual(doc.kind, 'doc');
    // The same text through the view's own URI, and as the CLI's JSON places its findings in it.
    const again = await s.request<ExtractResult>('xianjie/extract', { uri: viewUri(files['wuzhong-2024.doc']!) });
    assert.strictEqual(again.text, doc.text);
    const cli = runCli(['check', files['wuzhong-2024.doc']!, '-f', 'json', '--fail-on', 'never']);
    const first = JSON.parse(cli.stdout).files[0].diagnostics[0] as { range: { start: { line: number } }; paragraph: { quote: string } };
    assert.ok(doc.text!.split('\n')[first.range.start.line]!.startsWith(first.paragraph.quote));
  });

  it('a file it cannot read gives a Chinese message, not a text', async () => {
    const broken = path.join(tmp, '损坏.pdf');
    fs.writeFileSync(broken, '%PDF-1.7\n这不是 PDF');
    const r = await s.request<ExtractResult>('xianjie/extract', { uri: fileUri(broken) });
    assert.strictEqual(r.text, undefined);
    assert.match(r.error ?? '', /损坏\.pdf 不是有效的 PDF 文件或已损坏/);
    const missing = await s.request<ExtractResult>('xianjie/extract', { uri: fileUri(path.join(tmp, '没有.docx')) });
    assert.match(missing.error ?? '', /找不到文件/);
    const remote = await s.request<ExtractResult>('xianjie/extract', { uri: 'vscode-vfs://github/a/b.pdf' });
    assert.match(remote.error ?? '', /本机磁盘/);
  });

  for (const name of ['wuzhong-2024.doc', 'wuzhong-2024.wps', 'wuzhong-2024.docx']) {
    it(`${name}: the view gets the findings of the .txt twin, each naming its paragraph in the original`, async () => {
      const v = await openView(name);
      assert.ok(twin.diagnostics.length >= 10);
      assert.deepStrictEqual(quoted(v.text, v.published), quoted(twinText, twin));
      for (const d of v.diagnostics) assert.match(String(d.message), /（原文第 \d+ 段）$/, String(d.message));
    });
  }

  /** Each diagnostic of a view names the page `xianjie check` gives for the same finding, over three pages or more. */
  function assertPagesAsCli(diagnostics: Diagnostic[], file: string): void {
    const cli = runCli(['check', file, '-f', 'json', '--fail-on', 'never']);
    const pages = new Map<string, number>();
    for (const d of JSON.parse(cli.stdout).files[0].diagnostics as { rule: string; range: { start: { line: number; character: number } }; page: number }[]) {
      pages.set(`${d.rule} ${d.range.start.line}:${d.range.start.character}`, d.page);
    }
    const seen = new Set<number>();
    for (const d of diagnostics) {
      const page = pages.get(`${d.code} ${d.range.start.line}:${d.range.start.character}`);
      assert.ok(page, `${d.code} at ${d.range.start.line} is not in the CLI output`);
      assert.ok(String(d.message).endsWith(`（原文第 ${page} 页）`), String(d.message));
      seen.add(page);
    }
    assert.ok(seen.size >= 3);
  }

  it('wuzhong-2024.pdf: the findings of the twin (the garbled line aside, as for the CLI), each with the page the CLI gives', async () => {
    const v = await openView('wuzhong-2024.pdf');
    const lsp = quoted(v.text, v.published);
    const txt = quoted(twinText, twin);
    // The garbled line's private-use characters are not in the PDF, so its quote differs (test/input/pdf.test.ts).
    const onlyPdf = lsp.filter((k) => !txt.includes(k)).map((k) => k.split(' ')[0]);
    const onlyTxt = txt.filter((k) => !lsp.includes(k)).map((k) => k.split(' ')[0]);
    assert.deepStrictEqual([onlyPdf, onlyTxt], [['garbled-text'], ['garbled-text']]);
    assert.strictEqual(lsp.length, txt.length);
    assertPagesAsCli(v.diagnostics, files['wuzhong-2024.pdf']!);
  });

  it('wuzhong-2024.ofd: exactly the findings of the twin, each with the page the CLI gives', async () => {
    const v = await openView('wuzhong-2024.ofd');
    assert.ok(twin.diagnostics.length >= 10);
    assert.deepStrictEqual(quoted(v.text, v.published), quoted(twinText, twin));
    assertPagesAsCli(v.diagnostics, files['wuzhong-2024.ofd']!);
  });

  it('a view opened before any extraction (the server restarted under the editor) still names the places', async () => {
    const copy = path.join(tmp, '重启后 #1.doc');
    fs.copyFileSync(files['wuzhong-2024.doc']!, copy);
    const uri = viewUri(copy);
    s.open(uri, texts['wuzhong-2024.doc']!);
    const p = await s.waitForDiagnostics(uri, (x) => x.diagnostics.length > 0, 60_000);
    assert.ok(p.diagnostics.every((d) => /（原文第 \d+ 段）$/.test(String(d.message))));
    // A view whose text the original no longer gives gets its findings without places.
    const changed = path.join(tmp, '改过.doc');
    fs.copyFileSync(files['wuzhong-2024.doc']!, changed);
    const stale = viewUri(changed);
    s.open(stale, `${texts['wuzhong-2024.doc']!}补充一段。\n`);
    const q = await s.waitForDiagnostics(stale, (x) => x.diagnostics.length > 0, 60_000);
    assert.ok(q.diagnostics.every((d) => !/（原文/.test(String(d.message))));
    s.close(uri);
    s.close(stale);
  });

  it('the report of a PDF view names the original and the pages', async () => {
    const uri = viewUri(files['wuzhong-2024.pdf']!);
    const r = await s.request<{ html: string } | null>('xianjie/reportHtml', { uri, nonce: 'abc', cspSource: 'vscode-resource:' });
    assert.ok(r);
    assert.match(r.html, /wuzhong-2024\.pdf/);
    assert.ok(!/（文字）/.test(r.html));
    assert.match(r.html, /第 \d+ 行（第 \d+ 页）/);
  });

  describe('fixes and decisions on a view', () => {
    let uri: string;
    let diags: Diagnostic[];
    const actionsFor = (d: Diagnostic) => s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    before(async () => {
      uri = viewUri(files['wuzhong-2024.pdf']!);
      diags = (await s.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0)).diagnostics;
    });

    it('offers every fix as “复制修改建议”, a command with the place, the original wording and the new; no edit of the view', async () => {
      const basis = diags.find((d) => d.code === 'basis-mismatch');
      assert.ok(basis);
      const actions = await actionsFor(basis);
      const copies = actions.filter((a) => a.command?.command === 'xianjie.copySuggestion');
      assert.deepStrictEqual(copies.map((a) => a.title), ['复制修改建议：改为“宁政发〔2023〕17号”']);
      for (const a of actions) {
        const edited = [...Object.keys(a.edit?.changes ?? {}), ...(a.edit?.documentChanges ?? []).map((c) => ('textDocument' in c ? c.textDocument.uri : ''))];
        assert.ok(!edited.includes(uri), `${a.title} edits the read-only view`);
      }
      const args = (copies[0]!.command as Command).arguments![0] as CopyArgs;
      assert.strictEqual(args.fileName, 'wuzhong-2024.pdf');
      assert.strictEqual(args.kind, 'pdf');
      const page = /（原文(第 \d+ 页)）$/.exec(String(basis.message))![1]!;
      assert.deepStrictEqual(args.places, [page]);
      const lines = args.text.trim().split('\n');
      assert.strictEqual(lines[0], `位置：wuzhong-2024.pdf ${page}（文字视图第 ${basis.range.start.line + 1} 行）`);
      assert.match(lines[1]!, /^修改：将“宁政发〔2023〕71号”改为“宁政发〔2023〕17号”$/);
      assert.match(lines[2]!, /^原文：.*宁政发〔2023〕71号/);
      assert.strictEqual(lines[3], lines[2]!.replace('原文：', '改为：').replace('宁政发〔2023〕71号', '宁政发〔2023〕17号'));
    });

    it('a rule with several fixes gets “复制全部修改建议”, and no source.fixAll', async () => {
      const late = diags.filter((d) => d.code === 'deadline-later-than-baseline');
      assert.ok(late.length >= 2);
      const actions = await actionsFor(late[0]!);
      const all = actions.find((a) => a.title.startsWith('复制全部修改建议：'));
      assert.ok(all, actions.map((a) => a.title).join(' | '));
      const args = (all.command as Command).arguments![0] as CopyArgs;
      assert.strictEqual(args.text.match(/^位置：/gm)?.length, late.length);
      assert.ok(args.places.length >= 2);
      const fixAll = await s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: late[0]!.range, context: { diagnostics: [], only: ['source.fixAll'] } });
      assert.deepStrictEqual(fixAll, []);
    });

    it('“忽略此处” writes the suppressions file beside the original, which the view and `xianjie check` on the PDF both honour', async () => {
      const unit = diags.find((d) => d.code === 'unknown-unit' && String(d.message).includes('市太阳山开发区管委会'));
      assert.ok(unit);
      const actions = await actionsFor(unit);
      const ignore = actions.find((a) => a.title === '忽略此处（记入抑制文件）');
      assert.ok(ignore?.edit, actions.map((a) => a.title).join(' | '));
      for (const c of ignore.edit.documentChanges ?? []) {
        if ('kind' in c) {
          assert.ok(c.kind === 'create');
          assert.strictEqual(path.dirname(fileURLToPath(c.uri)), tmp);
          fs.writeFileSync(fileURLToPath(c.uri), '');
        } else {
          const file = fileURLToPath(c.textDocument.uri);
          assert.strictEqual(path.dirname(file), tmp);
          fs.writeFileSync(file, TextDocument.applyEdits(TextDocument.create(c.textDocument.uri, 'json', 0, fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''), c.edits as TextEdit[]));
        }
      }
      const entries = JSON.parse(fs.readFileSync(path.join(tmp, 'xianjie-suppressions.json'), 'utf8'));
      assert.match(JSON.stringify(entries), /wuzhong-2024\.pdf/);
      const next = s.nextDiagnostics(uri);
      await s.request('workspace/executeCommand', { command: ignore.command!.command, arguments: [] });
      const after = await next;
      const now = after.diagnostics.find((d) => String(d.message).includes('市太阳山开发区管委会'));
      assert.ok(String(now?.message).startsWith('【已接受'), String(now?.message));
      // Without a config file, the CLI takes the suppressions file of the folder it runs in.
      const cli = runCli(['check', files['wuzhong-2024.pdf']!, '-f', 'json', '--fail-on', 'never'], 60_000, tmp);
      const d = (JSON.parse(cli.stdout).files[0].diagnostics as { message: string; suppressed?: boolean }[]).find((x) => x.message.includes('市太阳山开发区管委会'));
      assert.strictEqual(d?.suppressed, true);
    });
  });
});
