// Quick fixes that record a decision, over JSON-RPC with the real server: accept a finding in the
// suppressions file (and take it back), add a local unit (creating units.txt and the config entry
// when there is none), record a task as not applying; each is a WorkspaceEdit the test applies to
// disk as an editor would, then the server re-checks at once (workspace/executeCommand).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction, Diagnostic, Hover, MarkupContent, PublishDiagnosticsParams, TextDocumentEdit, TextEdit, WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { fileUri, LspSession, ROOT } from './session';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'suppressions');
const draftText = fs.readFileSync(path.join(FIXTURE, 'draft.txt'), 'utf8');

/** Applies a WorkspaceEdit to files on disk, as an editor does when it saves them. */
function applyToDisk(edit: WorkspaceEdit): string[] {
  const touched: string[] = [];
  const editFile = (uri: string, edits: TextEdit[]) => {
    const file = fileURLToPath(uri);
    const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    fs.writeFileSync(file, TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 0, text), edits));
    touched.push(file);
  };
  for (const c of edit.documentChanges ?? []) {
    if ('kind' in c) {
      assert.strictEqual(c.kind, 'create');
      const file = fileURLToPath(c.uri);
      if (!fs.existsSync(file)) fs.writeFileSync(file, '');
    } else editFile((c as TextDocumentEdit).textDocument.uri, (c as TextDocumentEdit).edits as TextEdit[]);
  }
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) editFile(uri, edits);
  return touched;
}

function hoverText(h: Hover | null): string {
  assert.ok(h, 'expected a hover');
  return (h.contents as MarkupContent).value;
}

const isRule = (rule: string, line: number) => (d: Diagnostic) => d.code === rule && d.range.start.line === line;
const says = (d: Diagnostic, text: string) => String(d.message).includes(text);

describe('language server: quick fixes that record decisions', function () {
  this.timeout(60_000);
  let tmp: string;
  let s: LspSession;
  let uri: string;
  let version = 1;

  /** Runs the action's command the way the client does after applying its edit, and waits for the re-check. */
  async function applyAction(action: CodeAction | undefined, titles: string): Promise<PublishDiagnosticsParams> {
    assert.ok(action?.edit, `no such action; offered: ${titles}`);
    applyToDisk(action.edit);
    assert.strictEqual(action.command?.command, 'xianjie.server.recheck');
    const next = s.nextDiagnostics(uri);
    await s.request('workspace/executeCommand', { command: action.command.command, arguments: action.command.arguments ?? [] });
    return next;
  }

  async function actionsFor(d: Diagnostic): Promise<CodeAction[]> {
    return s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
  }

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-lsp-decide-'));
    fs.copyFileSync(path.join(FIXTURE, 'units.txt'), path.join(tmp, 'units.txt'));
    // A hand-written config in four-space indentation, which edits follow.
    fs.writeFileSync(path.join(tmp, 'xianjie.config.json'), '{\n    "units": "units.txt",\n    "rules": { "missing-pillar": "off" }\n}\n');
    const draft = path.join(tmp, '盐池县实施方案.plan.txt');
    fs.writeFileSync(draft, draftText);
    uri = fileUri(draft);
    s = await LspSession.start({ workspaceFolder: tmp });
    s.open(uri, draftText, version);
  });
  after(async () => {
    await s.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('“忽略此处” records the finding in xianjie-suppressions.json beside the config; it comes back as an accepted hint', async () => {
    const p = await s.waitForDiagnostics(uri, (x) => x.diagnostics.some(isRule('deadline-later-than-baseline', 6)));
    const d = p.diagnostics.find(isRule('deadline-later-than-baseline', 6))!;
    assert.strictEqual(d.severity, 1);
    const actions = await actionsFor(d);
    const titles = actions.map((a) => a.title).join(' | ');
    const ignore = actions.find((a) => a.title === '忽略此处（记入抑制文件）');
    const create = ignore?.edit?.documentChanges?.[0] as { kind?: string; uri?: string } | undefined;
    assert.strictEqual(create?.kind, 'create', titles);
    assert.strictEqual(fileURLToPath(create!.uri!), path.join(tmp, 'xianjie-suppressions.json'));
    const after = await applyAction(ignore, titles);
    const entries = JSON.parse(fs.readFileSync(path.join(tmp, 'xianjie-suppressions.json'), 'utf8')).suppressions;
    assert.deepStrictEqual(entries.map((e: { file: string; rule: string; quote: string }) => [e.file, e.rule, e.quote]),
      [['盐池县实施方案.plan.txt', 'deadline-later-than-baseline', '2026年']]);
    const now = after.diagnostics.find(isRule('deadline-later-than-baseline', 6))!;
    assert.strictEqual(now.severity, 4, 'shown as a hint');
    assert.match(String(now.message), /^【已接受，未注明理由】完成时限“2026年”晚于/);
    const other = after.diagnostics.find(isRule('deadline-later-than-baseline', 9))!;
    assert.strictEqual(other.severity, 1, 'the other late deadline is still an error');
    const status = await s.waitForNotification<{ uri: string; version: number; suppressed: number; counts: { error: number } }>(
      'xianjie/status', (x) => x.uri === uri && x.suppressed === 1);
    assert.strictEqual(status.counts.error, 1);
  });

  it('hover over the accepted place says it is accepted, where and why', async () => {
    fs.writeFileSync(path.join(tmp, 'xianjie-suppressions.json'),
      fs.readFileSync(path.join(tmp, 'xianjie-suppressions.json'), 'utf8').replace('"quote": "2026年"', '"quote": "2026年",\n      "reason": "经县政府常务会议同意"'));
    const next = s.nextDiagnostics(uri);
    s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path.join(tmp, 'xianjie-suppressions.json')), type: 2 }] });
    const p = await next;
    const d = p.diagnostics.find(isRule('deadline-later-than-baseline', 6))!;
    assert.match(String(d.message), /^【已接受，理由：经县政府常务会议同意】/);
    const h = hoverText(await s.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: d.range.start.character + 1 } }));
    assert.match(h, /\*\*已接受\*\*（deadline-later-than-baseline，记于抑制文件 `xianjie-suppressions.json`；理由：经县政府常务会议同意）/);
    assert.match(h, /完成时限/, 'the deadline hover follows');
  });

  it('the setting xianjie.suppressedFindings = hide leaves accepted findings out', async () => {
    s.settings = { suppressedFindings: 'hide' };
    const next = s.nextDiagnostics(uri);
    s.notify('workspace/didChangeConfiguration', { settings: { xianjie: s.settings } });
    const p = await next;
    assert.ok(!p.diagnostics.some(isRule('deadline-later-than-baseline', 6)));
    assert.ok(p.diagnostics.some(isRule('deadline-later-than-baseline', 9)));
    s.settings = {};
    const back = s.nextDiagnostics(uri);
    s.notify('workspace/didChangeConfiguration', { settings: { xianjie: s.settings } });
    assert.ok((await back).diagnostics.some(isRule('deadline-later-than-baseline', 6)));
  });

  it('the entry survives a paragraph typed above it; “取消忽略” takes it out again', async () => {
    version++;
    s.change(uri, version, [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: '各乡镇、各部门要认真组织实施。\n' }]);
    const p = await s.waitForDiagnostics(uri, (x) => x.version === version);
    const d = p.diagnostics.find(isRule('deadline-later-than-baseline', 7))!;
    assert.strictEqual(d.severity, 4, 'still accepted one line further down');
    const actions = await actionsFor(d);
    const undo = actions.find((a) => a.title === '取消忽略（从抑制文件中删除）');
    const after = await applyAction(undo, actions.map((a) => a.title).join(' | '));
    assert.deepStrictEqual(JSON.parse(fs.readFileSync(path.join(tmp, 'xianjie-suppressions.json'), 'utf8')).suppressions, []);
    assert.strictEqual(after.diagnostics.find(isRule('deadline-later-than-baseline', 7))!.severity, 1);
  });

  it('“加入本地单位名录” appends the unit to the units file the config names', async () => {
    const p = await s.waitForDiagnostics(uri, (x) => x.version === version);
    const d = p.diagnostics.find((x) => x.code === 'unknown-unit' && says(x, '县数字化推进中心'))!;
    const actions = await actionsFor(d);
    const add = actions.find((a) => a.title === '加入本地单位名录：县数字化推进中心');
    const before = fs.readFileSync(path.join(tmp, 'units.txt'), 'utf8');
    const after = await applyAction(add, actions.map((a) => a.title).join(' | '));
    assert.strictEqual(fs.readFileSync(path.join(tmp, 'units.txt'), 'utf8'), `${before}县数字化推进中心\n`);
    assert.ok(!after.diagnostics.some((x) => x.code === 'unknown-unit' && says(x, '县数字化推进中心')));
  });

  it('“本级不适用（记入配置）” runs the client command; the edit it gets writes tasks into the config, in its indentation', async () => {
    const p = await s.waitForDiagnostics(uri, (x) => x.version === version);
    // task-uncovered lists a section's uncovered tasks; its related information quotes each of them.
    const names98 = (x: Diagnostic) => x.code === 'task-uncovered' && (x.relatedInformation ?? []).some((r) => r.message.includes('任务清单第98项'));
    const d = p.diagnostics.find(names98)!;
    assert.ok(d, 'task 98 (智慧林草) is uncovered in the draft');
    const actions = await actionsFor(d);
    const na = actions.find((a) => a.title === '本级不适用（记入配置）');
    assert.ok(na && !na.edit, actions.map((a) => a.title).join(' | '));
    assert.strictEqual(na.command?.command, 'xianjie.recordNotApplicable');
    const args = na.command.arguments![0] as { uri: string; level: string; tasks: { key: string; no: number; content: string }[] };
    assert.strictEqual(args.uri, uri);
    assert.strictEqual(args.level, '自治区');
    const t98 = args.tasks.find((t) => t.no === 98)!;
    assert.strictEqual(t98.key, '98');
    assert.match(t98.content, /智慧林草/);
    assert.deepStrictEqual(args.tasks.map((t) => t.no), (d.relatedInformation ?? []).map((r) => Number(/任务清单第(\d+)项/.exec(r.message)![1])));
    const blank = await s.request<{ error?: string }>('xianjie/notApplicableEdit', { uri, taskKeys: ['98'], reason: '  ' });
    assert.match(blank.error ?? '', /请写明不适用本级的理由/);
    const other = args.tasks.find((t) => t.no !== 98);
    const keys = other ? ['98', other.key] : ['98'];
    const r = await s.request<{ edit?: WorkspaceEdit; files?: string[] }>('xianjie/notApplicableEdit', { uri, taskKeys: keys, reason: '本县无林草资源，由市级统筹' });
    assert.ok(r.edit, JSON.stringify(r));
    assert.deepStrictEqual(r.files, [fileUri(path.join(tmp, 'xianjie.config.json'))]);
    applyToDisk(r.edit);
    const config = fs.readFileSync(path.join(tmp, 'xianjie.config.json'), 'utf8');
    // jsonc-parser formats the lines it touches, in the file's own four-space indentation.
    assert.match(config, /^\{\n {4}"units": "units.txt",\n/);
    assert.match(config, /\n {4}"tasks": \{\n {8}"98": \{\n {12}"applies": false,\n {12}"reason": "本县无林草资源，由市级统筹"\n {8}\}/);
    const expected = Object.fromEntries(keys.map((k) => [k, { applies: false, reason: '本县无林草资源，由市级统筹' }]));
    assert.deepStrictEqual(JSON.parse(config), { units: 'units.txt', rules: { 'missing-pillar': 'off' }, tasks: expected });
    const next = s.nextDiagnostics(uri);
    await s.request('xianjie/recheck', {});
    const after = await next;
    assert.ok(!after.diagnostics.some(names98));
    const cov = await s.request<{ notApplicableTasks: { no: number; reason: string; line: number }[] }>('xianjie/coverage', { uri });
    assert.deepStrictEqual(cov.notApplicableTasks.map((t) => [t.no, t.reason]), keys.map((k) => [Number(k), '本县无林草资源，由市级统筹']).sort((a, b) => (a[0] as number) - (b[0] as number)));
    const status = await s.waitForNotification<{ uri: string; notApplicable: number }>('xianjie/status', (x) => x.uri === uri && x.notApplicable === keys.length);
    assert.strictEqual(status.notApplicable, keys.length);
  });

  it('without a config or units file, “加入本地单位名录” creates units.txt and the config that names it', async () => {
    const bare = fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-lsp-bare-'));
    const s2 = await LspSession.start({ workspaceFolder: bare });
    try {
      const file = path.join(bare, 'draft.plan.txt');
      fs.writeFileSync(file, draftText);
      const u = fileUri(file);
      s2.open(u, draftText);
      const p = await s2.waitForDiagnostics(u, (x) => x.diagnostics.some((d) => d.code === 'unknown-unit'));
      const d = p.diagnostics.find((x) => x.code === 'unknown-unit' && says(x, '县审批服务管理局'))!;
      const actions = await s2.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: d.range, context: { diagnostics: [d] } });
      const add = actions.find((a) => a.title === '加入本地单位名录：县审批服务管理局');
      assert.ok(add?.edit, actions.map((a) => a.title).join(' | '));
      const kinds = (add.edit.documentChanges ?? []).map((c) => ('kind' in c ? `${c.kind} ${path.basename(fileURLToPath((c as { uri: string }).uri))}` : `edit ${path.basename(fileURLToPath((c as TextDocumentEdit).textDocument.uri))}`));
      assert.deepStrictEqual(kinds, ['create units.txt', 'edit units.txt', 'create xianjie.config.json', 'edit xianjie.config.json']);
      applyToDisk(add.edit);
      assert.strictEqual(fs.readFileSync(path.join(bare, 'units.txt'), 'utf8'), '县审批服务管理局\n');
      assert.deepStrictEqual(JSON.parse(fs.readFileSync(path.join(bare, 'xianjie.config.json'), 'utf8')), { units: 'units.txt' });
      const next = s2.nextDiagnostics(u);
      await s2.request('workspace/executeCommand', { command: add.command!.command, arguments: [] });
      const after = await next;
      assert.ok(!after.diagnostics.some((x) => x.code === 'unknown-unit' && says(x, '县审批服务管理局')));
    } finally {
      await s2.stop();
      fs.rmSync(bare, { recursive: true, force: true });
    }
  });
});
