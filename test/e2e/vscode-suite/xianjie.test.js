// What the extension provides, checked through the VS Code API in the extension host.
'use strict';
const assert = require('assert');
const { vscode, ex, fixture, openDoc, waitForDiagnostics, poll, codeOf, describe: desc, asList, hoverText, positionOf } = require('./helpers');

const srcRe = new RegExp(ex.sourcePattern || '.', 'i');
// The stable rule ids: the keys of the xianjie.rules setting the installed extension contributes
// (generated from RULE_IDS in server/src/core/config.ts).
function ruleIds() {
  const ext = vscode.extensions.getExtension(ex.extensionId);
  const props = ext && ext.packageJSON.contributes.configuration.properties['xianjie.rules'].properties;
  assert.ok(props && Object.keys(props).length, 'the extension contributes no xianjie.rules setting');
  return Object.keys(props);
}
const matches = (d, e) => codeOf(d) === e.rule && srcRe.test(d.source || '')
  && (e.messageFragment == null || e.messageFragment === '' || asList(e.messageFragment).some((f) => d.message.includes(f)))
  && (e.line == null || d.range.start.line === e.line - 1);

describe('Xianjie in the extension host', function () {
  let planted;

  it('is installed and activates on a plan file', async function () {
    const ext = vscode.extensions.getExtension(ex.extensionId);
    assert.ok(ext, `extension ${ex.extensionId} is not installed`);
    planted = await openDoc(fixture(ex.diagnostics.file));
    await poll(() => ext.isActive, 60000, `${ex.extensionId} active`);
  });

  it('publishes the expected diagnostics (rule id as code, source, line, message)', async function () {
    const uri = planted.uri;
    const diags = await waitForDiagnostics(uri, (ds) => ex.diagnostics.expect.every((e) => ds.some((d) => matches(d, e))), 60000,
      `diagnostics ${ex.diagnostics.expect.map((e) => e.rule).join(', ')}`);
    for (const e of ex.diagnostics.expect) assert.ok(diags.some((d) => matches(d, e)), `${e.rule} missing; have ${diags.map(desc).join(' | ')}`);
    // Every diagnostic of ours carries one of the stable rule ids as its code.
    const ours = diags.filter((d) => srcRe.test(d.source || ''));
    const ids = ruleIds();
    const bad = ours.filter((d) => !ids.includes(codeOf(d)));
    assert.deepStrictEqual(bad.map(desc), [], 'diagnostics without a known rule id as code');
  });

  it('shows code lenses naming the regional clause above aligned titles', async function () {
    assert.ok(ex.hover.codeLens, 'expect.json hover.codeLens (a pattern for the lens title) is missing');
    const doc = await openDoc(fixture(ex.hover.file));
    const re = new RegExp(ex.hover.codeLens);
    const titles = await poll(async () => {
      const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', doc.uri, 100);
      const ts = (lenses || []).map((l) => (l.command ? l.command.title : '')).filter(Boolean);
      return ts.some((x) => re.test(x)) && ts;
    }, 60000, `a code lens matching ${re}`);
    assert.ok(titles.length);
  });

  it('hovers a sub-item title with its 责任单位 and 完成时限', async function () {
    const doc = await openDoc(fixture(ex.hover.file));
    const pos = positionOf(doc, ex.hover.target).translate(0, 1);
    const text = await poll(async () => {
      const t = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, pos));
      return ex.hover.expect.every((e) => t.includes(e)) && t;
    }, 60000, `hover with ${ex.hover.expect.join(' + ')}`);
    assert.ok(text);
  });

  it('completes a responsible unit after 责任单位：', async function () {
    const c = ex.completion;
    const doc = await openDoc(fixture(c.file));
    const line = doc.lineAt((c.line || 1) - 1);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, line.range.end, c.type);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const pos = line.range.end.translate(0, c.type.length);
    const labels = await poll(async () => {
      const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, pos);
      const ls = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      return ls.some((l) => asList(c.expectAny).some((w) => l.includes(w))) && ls;
    }, 60000, `completion item ${asList(c.expectAny).join(' | ')}`);
    assert.ok(labels.length);
  });

  it('offers a quick fix for the unknown unit, and applying it clears the diagnostic', async function () {
    const q = ex.quickFix;
    const doc = await openDoc(fixture(q.file));
    const isIt = (d) => codeOf(d) === q.rule && (!q.line || d.range.start.line === q.line - 1);
    const [diag] = (await waitForDiagnostics(doc.uri, (ds) => ds.some(isIt), 60000, `${q.rule} before the fix`)).filter(isIt);
    const actions = await poll(async () => {
      const as = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
      return (as || []).some((a) => a.title.includes(q.labelFragment)) && as;
    }, 60000, `code action ${q.labelFragment}`);
    const fix = actions.find((a) => a.title.includes(q.labelFragment));
    assert.ok(fix.edit || fix.command, `code action "${fix.title}" has neither an edit nor a command`);
    assert.ok(!fix.diagnostics || !fix.diagnostics.length || fix.diagnostics.some((d) => codeOf(d) === q.rule), `code action "${fix.title}" is not tied to a ${q.rule} diagnostic`);
    if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit));
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments || []));
    const fixedLine = doc.lineAt(diag.range.start.line).text;
    assert.ok(!fixedLine.includes(q.target), `${q.target} still in line ${diag.range.start.line + 1} after the fix: ${fixedLine}`);
    if (q.lineAfterFix) assert.ok(fixedLine.includes(q.lineAfterFix), `the fix did not write ${q.lineAfterFix}: ${fixedLine}`);
    const stale = (d) => isIt(d) && d.message.includes(q.target);
    await waitForDiagnostics(doc.uri, (ds) => !ds.some(stale), 60000, `${q.rule} about ${q.target} gone after the fix`);
  });

  it('provides document symbols for the headings', async function () {
    const doc = await openDoc(fixture(ex.outline.file));
    const names = await poll(async () => {
      const syms = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri);
      const flat = [];
      const walk = (s) => { for (const x of s || []) { flat.push(`${x.name} ${x.detail || ''}`); walk(x.children); } };
      walk(syms);
      return ex.outline.headings.every((h) => flat.some((n) => n.includes(h))) && flat;
    }, 60000, `symbols ${ex.outline.headings.join(', ')}`);
    assert.ok(names.length);
  });

  it('contributes the plan snippet', async function () {
    const s = ex.snippet;
    const doc = await openDoc(fixture(s.file));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(0, 0), s.prefix);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const item = await poll(async () => {
      const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(0, s.prefix.length));
      return list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === s.prefix && i.kind === vscode.CompletionItemKind.Snippet);
    }, 60000, `snippet completion ${s.prefix}`);
    const body = item.insertText instanceof vscode.SnippetString ? item.insertText.value : String(item.insertText);
    for (const e of s.expect) assert.ok(body.includes(e), `snippet body lacks ${e}: ${body.slice(0, 200)}`);
  });

  it('衔接：查看文档文字并检查 opens a PDF as read-only text in the plan language, checked, its fixes copied (复制修改建议)', async function () {
    const d = ex.document;
    const file = fixture(d.file);
    await vscode.commands.executeCommand('xianjie.openDocumentText', file);
    const doc = await poll(() => vscode.workspace.textDocuments.find((t) => t.uri.scheme === 'xianjie-doc' && t.uri.path === `${file.path}（文字）`), 60000, 'the read-only view of the PDF');
    assert.ok(doc.getText().startsWith(d.firstLine), doc.getText().slice(0, 80));
    await poll(() => doc.languageId === 'xianjie-plan' || vscode.workspace.textDocuments.some((t) => t.uri.toString() === doc.uri.toString() && t.languageId === 'xianjie-plan'), 30000, 'the view in the plan language');
    const diags = await waitForDiagnostics(doc.uri, (ds) => d.expect.every((e) => ds.some((x) => matches(x, e))), 60000,
      `diagnostics ${d.expect.map((e) => `${e.rule} ${e.messageFragment}`).join(', ')}`);
    const basis = diags.find((x) => codeOf(x) === 'basis-mismatch');
    const actions = await poll(async () => {
      const as = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, basis.range, vscode.CodeActionKind.QuickFix.value);
      return (as || []).some((a) => a.title === d.copyFixLabel) && as;
    }, 60000, `code action ${d.copyFixLabel}`);
    const copy = actions.find((a) => a.title === d.copyFixLabel);
    assert.ok(!copy.edit || copy.edit.size === 0, 'the copy action carries an edit of the read-only text');
    assert.strictEqual(copy.command && copy.command.command, 'xianjie.copySuggestion');
    // No action edits the view itself.
    for (const a of actions) assert.ok(!a.edit || !a.edit.has(doc.uri), `${a.title} edits the read-only view`);
    await vscode.commands.executeCommand(copy.command.command, ...(copy.command.arguments || []));
    const clip = await vscode.env.clipboard.readText();
    assert.match(clip, /^位置：wuzhong-2024\.pdf 第 1 页/, clip);
    assert.match(clip, /改为：.*宁政发〔2023〕17号/, clip);
  });

  it('衔接：汇总工作区方案 opens the matrix of the workspace’s plans in a webview; 衔接：新建实施方案 is registered', async function () {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('xianjie.newPlan'), 'xianjie.newPlan is not registered');
    await vscode.commands.executeCommand('xianjie.openMatrix');
    const label = await poll(() => {
      const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs);
      const t = tabs.find((x) => /^衔接汇总对照表（\d+ 份方案）$/.test(x.label));
      return t && t.label;
    }, 90000, 'a tab 衔接汇总对照表（N 份方案）');
    // The workspace holds several plan files (the prepared ones and this suite's copies).
    assert.ok(Number(/（(\d+) 份方案）/.exec(label)[1]) >= 2, label);
  });
});
