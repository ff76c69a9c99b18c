// LSP-level tests: the real server over stdio — diagnostics as the user types, settings, hover,
// completion, code actions, symbols, code lenses, coverage, and UTF-16 positions.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction, CodeLens, CompletionItem, Diagnostic, DocumentSymbol, Hover, MarkupContent, PublishDiagnosticsParams, TextEdit,
} from 'vscode-languageserver-protocol';
import { runCli } from '../cli/run';
import { fileUri, LspSession, ROOT } from './session';

const WUZHONG = path.join(ROOT, 'seeds', 'wuzhong-2023-shishi-fangan.txt');
const wuzhongText = fs.readFileSync(WUZHONG, 'utf8');

/** A small draft with planted problems; line numbers below are zero-based. */
const PLANTED = [
  '盐池县关于加强数字政府建设的实施方案（征求意见稿）', // 0
  '一、总体要求', // 1
  '（一）健全组织机构。健全县、乡（镇）两级数字政府建设组织领导机构，逐级明确职责任务。', // 2
  '二、夯实“四大支撑”', // 3
  '（一）加快构建安全保障体系。强化安全管理责任。落实县、乡（镇）数字政府建设安全和保密工作主体责任、监督责任。', // 4
  '附件：重点任务清单', // 5
  '序号\t重点任务\t责任单位\t完成时限', // 6
  '1\t建设规划综合管理信息平台，促进各领域经济政策有效衔接。\t自治区发展该革委牵头负责，各市、县（区）配合\t2023年', // 7
  '2\t探索建立政务云资源统一调度机制，推进政务信息系统有序迁移。\t自治区政府办公厅牵头负责，各市、县（区）配合\t2023年13月', // 8
].join('\n');

function codes(p: PublishDiagnosticsParams): string[] {
  return p.diagnostics.map((d) => String(d.code));
}

function hasRule(rule: string) {
  return (p: PublishDiagnosticsParams): boolean => codes(p).includes(rule);
}

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'plaintext', 0, text), edits);
}

function hoverText(h: Hover | null): string {
  assert.ok(h, 'expected a hover');
  return (h.contents as MarkupContent).value;
}

describe('language server (stdio)', function () {
  let s: LspSession;
  const wuzhongUri = fileUri(WUZHONG);
  const plantedUri = 'file:///tmp/xianjie-lsp-test/planted.plan.txt';

  before(async () => {
    s = await LspSession.start();
    s.open(wuzhongUri, wuzhongText);
    s.open(plantedUri, PLANTED);
  });
  after(async () => s.stop());

  it('publishes diagnostics for opened documents, with source, code and data', async () => {
    const w = await s.waitForDiagnostics(wuzhongUri);
    assert.strictEqual(w.version, 1);
    const p = await s.waitForDiagnostics(plantedUri);
    assert.ok(p.diagnostics.length > 0);
    for (const d of p.diagnostics) {
      assert.strictEqual(d.source, '衔接');
      assert.ok(typeof d.code === 'string' && d.code.length > 0);
    }
    assert.ok(codes(p).includes('unknown-unit'), `rules seen: ${[...new Set(codes(p))].join(', ')}`);
    assert.ok(codes(p).includes('deadline-invalid'), `rules seen: ${[...new Set(codes(p))].join(', ')}`);
    const unknown = p.diagnostics.find((d) => d.code === 'unknown-unit')!;
    assert.strictEqual(unknown.range.start.line, 7);
    const data = unknown.data as { version: number; fixes: { title: string }[] };
    assert.strictEqual(data.version, 1);
    assert.ok(data.fixes.some((f) => f.title.includes('自治区发展改革委')));
  });

  it('sends xianjie/status with coverage counts', async () => {
    const st = await s.waitForNotification<{ uri: string; covered: number; applicable: number; segmenterFallback: boolean }>(
      'xianjie/status', (p) => p.uri === wuzhongUri);
    assert.ok(st.applicable > 0 && st.covered > 0 && st.covered <= st.applicable, JSON.stringify(st));
    assert.strictEqual(typeof st.segmenterFallback, 'boolean');
  });

  it('re-checks after an incremental edit, never publishing an older version last', async () => {
    await s.waitForDiagnostics(plantedUri);
    const seen: number[] = [];
    const watcher = s.nextDiagnostics(plantedUri, (p) => {
      seen.push(p.version ?? -1);
      return p.version === 6;
    });
    // Five quick edits fixing the typo one step at a time; the last (v6) restores a correct name.
    const line = 7;
    const col = PLANTED.split('\n')[line]!.indexOf('该');
    s.change(plantedUri, 2, [{ range: { start: { line, character: col }, end: { line, character: col + 1 } }, text: '改' }]);
    for (let v = 3; v <= 6; v++) {
      const text = v % 2 === 0 ? '改' : '该';
      s.change(plantedUri, v, [{ range: { start: { line, character: col }, end: { line, character: col + 1 } }, text }]);
    }
    const last = await watcher;
    assert.strictEqual(last.version, 6);
    assert.ok(!last.diagnostics.some((d) => d.code === 'unknown-unit' && d.range.start.line === 7), 'the fixed unit is no longer flagged');
    assert.deepStrictEqual([...seen].sort((a, b) => a - b), seen, `versions published in order: ${seen.join(',')}`);
    // Put the typo back for the following tests.
    s.change(plantedUri, 7, [{ range: { start: { line, character: col }, end: { line, character: col + 1 } }, text: '该' }]);
    await s.waitForDiagnostics(plantedUri, (p) => p.version === 7 && hasRule('unknown-unit')(p));
  });

  it('hover on the sub-item 强化安全管理责任 quotes the clause and the task', async () => {
    const lines = wuzhongText.split('\n');
    const line = lines.findIndex((l) => l.includes('强化安全管理责任'));
    const character = lines[line]!.indexOf('强化安全管理责任') + 2;
    const text = hoverText(await s.request<Hover | null>('textDocument/hover', { textDocument: { uri: wuzhongUri }, position: { line, character } }));
    assert.match(text, /强化安全管理责任/);
    assert.match(text, /宁政发〔2023〕17号/);
    assert.match(text, /任务\d+：/);
    assert.match(text, /责任单位：/);
    assert.match(text, /完成时限：/);
  });

  it('hover on a unit mention names the canonical unit', async () => {
    const line = 8;
    const character = PLANTED.split('\n')[line]!.indexOf('自治区政府办公厅') + 3;
    const text = hoverText(await s.request<Hover | null>('textDocument/hover', { textDocument: { uri: plantedUri }, position: { line, character } }));
    assert.match(text, /自治区政府办公厅/);
    assert.match(text, /规范名称|简称/);
  });

  it('completes unit names after 责任单位：', async () => {
    const uri = 'file:///tmp/xianjie-lsp-test/scratch.plan.txt';
    const text = '（一）健全组织机构。健全县、乡（镇）两级数字政府建设组织领导机构。\n责任单位：';
    s.open(uri, text);
    const items = await s.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 5 } });
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('自治区政府办公厅'), `got ${labels.slice(0, 10).join('、')}`);
    const alias = items.find((i) => i.detail?.startsWith('规范名称：'));
    assert.ok(alias, 'aliases are offered with their canonical name');
    assert.strictEqual((alias.textEdit as TextEdit).newText, alias.detail!.slice('规范名称：'.length));
    s.close(uri);
  });

  it('completes deadlines in the task table, the aligned regional deadline first', async () => {
    const line = 8;
    const lineText = PLANTED.split('\n')[line]!;
    const character = lineText.length;
    const items = await s.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: plantedUri }, position: { line, character } });
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('持续推进') && labels.includes('2025年'), labels.join('、'));
    const first = [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label))[0]!;
    assert.match(first.detail ?? '', /^上级任务\d+的完成时限$/);
  });

  it('completes clause titles at a heading position', async () => {
    const uri = 'file:///tmp/xianjie-lsp-test/heading.plan.txt';
    s.open(uri, '（一）');
    const items = await s.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 3 } });
    assert.ok(items.some((i) => i.label === '加快构建全方位安全保障体系'), items.slice(0, 5).map((i) => i.label).join('、'));
    s.close(uri);
  });

  it('a quick fix replaces the unknown unit with the suggestion', async () => {
    const p = await s.waitForDiagnostics(plantedUri, hasRule('unknown-unit'));
    const d = p.diagnostics.find((x) => x.code === 'unknown-unit' && x.range.start.line === 7)!;
    const actions = await s.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: plantedUri }, range: d.range, context: { diagnostics: [d] },
    });
    const fix = actions.find((a) => a.title.includes('自治区发展改革委'));
    assert.ok(fix?.edit?.changes, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    const current = PLANTED; // the document is back at the planted text (version 7)
    const after = applyEdits(current, fix.edit.changes[plantedUri]!);
    assert.match(after.split('\n')[7]!, /\t自治区发展改革委牵头负责/);
  });

  it('lists headings as document symbols, sub-items as children', async () => {
    const symbols = await s.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: wuzhongUri } });
    const names = symbols.map((x) => x.name);
    assert.ok(names.includes('一、总体要求'), names.join(' | '));
    assert.ok(symbols.every((x) => (x.children ?? []).every((c) => c.range.start.line >= x.range.start.line && c.range.end.line <= x.range.end.line)));
    const folding = await s.request<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument: { uri: wuzhongUri } });
    assert.ok(folding.length >= names.length);
  });

  it('code lenses name the clause, tasks and deadline, and resolve to xianjie.showClause', async () => {
    const lenses = await s.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: wuzhongUri } });
    assert.ok(lenses.length > 5);
    const withTask = lenses.find((l) => (l.data as { taskNos: number[] }).taskNos.length) ?? lenses[0]!;
    const resolved = await s.request<CodeLens>('codeLens/resolve', withTask);
    assert.ok(resolved.command);
    assert.strictEqual(resolved.command.command, 'xianjie.showClause');
    assert.match(resolved.command.title, /^对应 .*(任务\d+)?/);
    const args = resolved.command.arguments![0] as { title: string; quote: string };
    assert.ok(args.quote.length > 20);
  });

  it('answers xianjie/coverage with uncovered tasks and their lines', async () => {
    const cov = await s.request<{ applicable: number; covered: number; uncoveredTasks: { no: number; line: number }[]; mentionedTasks: { no: number; line: number }[]; missingPillars: { name: string }[] }>(
      'xianjie/coverage', { uri: plantedUri });
    assert.ok(cov.applicable > 0);
    // Applicable tasks are covered, only mentioned (可能已覆盖) or uncovered.
    assert.strictEqual(cov.applicable - cov.covered, cov.uncoveredTasks.length + cov.mentionedTasks.length);
    assert.ok(cov.mentionedTasks.every((t) => t.line >= 0 && t.line < PLANTED.split('\n').length && !cov.uncoveredTasks.some((u) => u.no === t.no)));
    assert.ok(cov.uncoveredTasks.every((t) => t.line >= 0 && t.line < PLANTED.split('\n').length));
    assert.ok(cov.missingPillars.length > 0);
  });

  it('renders the coverage report for the webview with the given nonce and no remote resources', async () => {
    const r = await s.request<{ html: string; version: number } | null>('xianjie/reportHtml', {
      uri: wuzhongUri, nonce: 'TESTNONCE', cspSource: 'vscode-webview://x',
    });
    assert.ok(r, 'no report');
    assert.match(r.html, /script-src 'nonce-TESTNONCE'/);
    assert.match(r.html, /<script nonce="TESTNONCE">/);
    assert.ok(!/(?:src|href)="https?:/.test(r.html));
    assert.strictEqual((r.html.match(/<tr id="task-/g) ?? []).length, 124);
    assert.match(r.html, /data-line="\d+"/);
  });

  it('reports analysis timing through xianjie/lastTiming', async () => {
    const t = await s.request<{ analysisMs: number; version: number } | null>('xianjie/lastTiming', { uri: wuzhongUri });
    assert.ok(t && t.analysisMs > 0);
  });

  it('counts positions in UTF-16 code units (CJK and a non-BMP character before the finding)', async () => {
    const uri = 'file:///tmp/xianjie-lsp-test/utf16.plan.txt';
    const line = '𠀀𠀁中文说明（责任单位：自治区发展该革委）';
    s.open(uri, `一、总体要求\n${line}\n`);
    const p = await s.waitForDiagnostics(uri, (x) => x.diagnostics.some((d) => d.code === 'unknown-unit'));
    const d = p.diagnostics.find((x) => x.code === 'unknown-unit')!;
    assert.strictEqual(d.range.start.line, 1);
    const expected = line.indexOf('自治区发展该革委');
    assert.strictEqual(d.range.start.character, expected, 'UTF-16 index (each non-BMP character counts 2)');
    assert.notStrictEqual(expected, [...line].indexOf('自'), 'the code point index differs');
    assert.strictEqual(d.range.end.character, expected + '自治区发展该革委'.length);
    s.close(uri);
  });

  it('reports the same findings as xianjie check on the same text (one engine for both)', async () => {
    const p = await s.waitForDiagnostics(plantedUri, (x) => x.diagnostics.length > 0);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-same-'));
    try {
      const file = path.join(dir, 'planted.plan.txt');
      fs.writeFileSync(file, PLANTED);
      const r = runCli(['check', file, '--format', 'json']);
      const cli = (JSON.parse(r.stdout) as { files: { diagnostics: { rule: string; message: string; range: { start: { line: number; character: number } } }[] }[] }).files[0]!.diagnostics;
      const key = (rule: string, line: number, character: number, message: string) => `${line}:${character} ${rule} ${message}`;
      assert.deepStrictEqual(
        p.diagnostics.map((d) => key(String(d.code), d.range.start.line, d.range.start.character, String(d.message))).sort(),
        cli.map((d) => key(d.rule, d.range.start.line, d.range.start.character, d.message)).sort(),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('clears the diagnostics of a closed document', async () => {
    const uri = 'file:///tmp/xianjie-lsp-test/closing.plan.txt';
    s.open(uri, PLANTED);
    await s.waitForDiagnostics(uri, (x) => x.diagnostics.length > 0);
    const cleared = s.nextDiagnostics(uri, (x) => x.diagnostics.length === 0);
    s.close(uri);
    await cleared;
  });
});

describe('xianjie lsp --stdio (any LSP client)', function () {
  it('serves diagnostics through the CLI entry', async () => {
    const s = await LspSession.start({ viaCli: true });
    try {
      const uri = fileUri(path.join(ROOT, 'seeds/wuzhong-2023-shishi-fangan.txt'));
      s.open(uri, fs.readFileSync(path.join(ROOT, 'seeds/wuzhong-2023-shishi-fangan.txt'), 'utf8'));
      const p = await s.waitForDiagnostics(uri, (d) => d.diagnostics.length > 0);
      assert.ok(p.diagnostics.every((d: Diagnostic) => d.source === '衔接'));
    } finally {
      await s.stop();
    }
  });
});

describe('language server without nodejieba', function () {
  it('falls back to the built-in segmenter, says so once in the log and in the status', async () => {
    const s = await LspSession.start({ env: { XIANJIE_SEGMENTER: 'fallback' } });
    try {
      const text = fs.readFileSync(path.join(ROOT, 'seeds/wuzhong-2023-shishi-fangan.txt'), 'utf8');
      const a = fileUri(path.join(ROOT, 'a.plan.txt'));
      const b = fileUri(path.join(ROOT, 'b.plan.txt'));
      const status = s.waitForNotification('xianjie/status', (p) => (p as { uri: string }).uri === b);
      s.open(a, text);
      await s.waitForDiagnostics(a, (d) => d.diagnostics.length > 0);
      s.open(b, text);
      const st = (await status) as { segmenterFallback: boolean };
      assert.strictEqual(st.segmenterFallback, true);
      assert.strictEqual(s.log.filter((l) => l.includes('已改用内置分词')).length, 1);
    } finally {
      await s.stop();
    }
  });
});

describe('language server settings', function () {
  let dir: string;
  let s: LspSession;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-lsp-'));
    s = await LspSession.start({ workspaceFolder: dir });
  });
  after(async () => {
    await s.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('applies editor settings on didChangeConfiguration (rule turned off)', async () => {
    const uri = fileUri(path.join(dir, 'a.plan.txt'));
    s.open(uri, PLANTED);
    await s.waitForDiagnostics(uri, hasRule('unknown-unit'));
    s.settings = { rules: { 'unknown-unit': 'off' } };
    const next = s.nextDiagnostics(uri, (p) => !hasRule('unknown-unit')(p));
    s.notify('workspace/didChangeConfiguration', { settings: null });
    const p = await next;
    assert.ok(p.diagnostics.length > 0, 'other rules still report');
    s.settings = {};
  });

  it('a bad editor setting gives one Chinese diagnostic at the top and checking goes on', async () => {
    const uri = fileUri(path.join(dir, 'b.plan.txt'));
    s.settings = { rules: { 'unknown-unit': 'loud' } };
    s.notify('workspace/didChangeConfiguration', { settings: null });
    s.open(uri, PLANTED);
    const p = await s.waitForDiagnostics(uri, hasRule('config'));
    const config = p.diagnostics.filter((d: Diagnostic) => d.code === 'config');
    assert.strictEqual(config.length, 1);
    assert.strictEqual(config[0]!.range.start.line, 0);
    assert.match(String(config[0]!.message), /xianjie\.rules/);
    assert.ok(hasRule('unknown-unit')(p), 'the rest of the check still runs');
    s.settings = {};
  });

  it('reads xianjie.config.json and re-checks when it changes (didChangeWatchedFiles)', async () => {
    const configFile = path.join(dir, 'xianjie.config.json');
    fs.writeFileSync(configFile, JSON.stringify({ rules: { 'deadline-invalid': 'off' }, bogus: 1 }));
    const uri = fileUri(path.join(dir, 'c.plan.txt'));
    s.notify('workspace/didChangeConfiguration', { settings: null });
    s.open(uri, PLANTED);
    const bad = await s.waitForDiagnostics(uri, hasRule('config'));
    assert.match(String(bad.diagnostics.find((d) => d.code === 'config')!.message), /bogus/);
    fs.writeFileSync(configFile, JSON.stringify({ rules: { 'deadline-invalid': 'off' } }));
    const next = s.nextDiagnostics(uri, (p) => !hasRule('config')(p));
    s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(configFile), type: 2 }] });
    const good = await next;
    assert.ok(!hasRule('deadline-invalid')(good), 'the config file turned deadline-invalid off');
    assert.ok(hasRule('unknown-unit')(good));
    fs.rmSync(configFile);
    s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(configFile), type: 3 }] });
  });

  it('checks a county draft against its city plan too (parents): finding and hover name the city', async () => {
    const draftPath = path.join(ROOT, 'test/fixtures/chain/litong/draft.txt');
    const draft = fs.readFileSync(draftPath, 'utf8');
    const uri = fileUri(path.join(dir, 'litong.plan.txt'));
    s.settings = { parents: [path.join(ROOT, 'seeds/wuzhong-2023-shishi-fangan.txt')] };
    s.notify('workspace/didChangeConfiguration', { settings: null });
    s.open(uri, draft);
    const p = await s.waitForDiagnostics(uri, (d) => d.diagnostics.some((x: Diagnostic) => String(x.message).includes('吴忠市方案')));
    const city = p.diagnostics.filter((x: Diagnostic) => String(x.message).includes('吴忠市方案'));
    assert.deepStrictEqual(city.map((x: Diagnostic) => [x.code, x.range.start.line]), [['missing-pillar', 8]]);
    const line = draft.split('\n').findIndex((l) => l.startsWith('（二）厘清层级职责'));
    const text = hoverText(await s.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character: 4 } }));
    assert.match(text, /厘清层级职责/);
    assert.match(text, /对应吴忠市方案条款/);
    s.settings = {};
    s.notify('workspace/didChangeConfiguration', { settings: null });
  });

  it('a document over maxFileSize gets one information diagnostic and no findings', async () => {
    s.settings = { maxFileSize: 100 };
    s.notify('workspace/didChangeConfiguration', { settings: null });
    const uri = fileUri(path.join(dir, 'd.plan.txt'));
    s.open(uri, PLANTED);
    const p = await s.waitForDiagnostics(uri, hasRule('limit'));
    assert.deepStrictEqual(codes(p), ['limit']);
    assert.match(String(p.diagnostics[0]!.message), /上限/);
    s.settings = {};
  });
});

describe('language server: warm-up after the first check', function () {
  const uri = fileUri(WUZHONG);
  const lines = wuzhongText.split('\n');
  const line = lines.findIndex((l) => l.includes('强化安全管理责任'));
  const character = lines[line]!.indexOf('强化安全管理责任') + 4;
  /** A late date typed into a sub-item: the edit whose diagnostics are compared. */
  const edit = { range: { start: { line, character }, end: { line, character } }, text: '（完成时限：2027年底前）' };

  it('publishes nothing of its own, and leaves the timing and status of the real check alone', async () => {
    const s = await LspSession.start();
    try {
      s.open(uri, wuzhongText);
      const first = await s.waitForDiagnostics(uri);
      await s.waitForNotification<{ type: number; message: string }>('window/logMessage', (p) => p.message.startsWith('已预热编辑后的检查'));
      assert.match(s.log.find((m) => m.startsWith('已预热编辑后的检查'))!, /：64 次/);
      assert.strictEqual(s.diagnostics.get(uri)!.version, 1);
      assert.deepStrictEqual(s.diagnostics.get(uri), first);
      assert.strictEqual(s.notifications.filter((n) => n.method === 'xianjie/status').length, 1);
      assert.strictEqual((await s.request<{ version: number }>('xianjie/lastTiming', { uri })).version, 1);
    } finally {
      await s.stop();
    }
  });

  it('an edit made while it runs stops it and gets the diagnostics a server without warm-up gives', async () => {
    const diagnosticsAfterEdit = async (env: Record<string, string>, pauseMs = 0) => {
      const s = await LspSession.start({ env });
      try {
        s.open(uri, wuzhongText);
        await s.waitForDiagnostics(uri);
        // After the warm-up's delay (300 ms), within its work (about 64 checks).
        if (pauseMs) await new Promise((resolve) => setTimeout(resolve, pauseMs));
        s.change(uri, 2, [edit]);
        const after = await s.waitForDiagnostics(uri, (p) => p.version === 2);
        return { after, log: s.log };
      } finally {
        await s.stop();
      }
    };
    const warm = await diagnosticsAfterEdit({}, 400);
    const cold = await diagnosticsAfterEdit({ XIANJIE_WARM_UP: 'off' }, 400);
    assert.ok(warm.after.diagnostics.some((d) => d.code === 'deadline-later-than-baseline' && d.range.start.line === line), 'the typed date is found late');
    assert.deepStrictEqual(warm.after.diagnostics, cold.after.diagnostics);
    assert.ok(!warm.log.some((m) => m.startsWith('已预热编辑后的检查')), 'the edit stopped the warm-up');
    assert.ok(!cold.log.some((m) => m.startsWith('已预热编辑后的检查')));
  });

  it('does not start when the first edit comes at once, and the edit gets the same diagnostics', async () => {
    const s = await LspSession.start();
    try {
      s.open(uri, wuzhongText);
      await s.waitForDiagnostics(uri);
      s.change(uri, 2, [edit]);
      const after = await s.waitForDiagnostics(uri, (p) => p.version === 2);
      assert.ok(after.diagnostics.some((d) => d.code === 'deadline-later-than-baseline' && d.range.start.line === line), 'the typed date is found late');
      // Long after the delay: had the warm-up started despite the edit, it would have run and said so by now.
      await new Promise((resolve) => setTimeout(resolve, 2500));
      assert.ok(!s.log.some((m) => m.startsWith('已预热编辑后的检查')), 'the warm-up did not run');
    } finally {
      await s.stop();
    }
  });
});
