// Helpers for the extension-host suite: expectations, fixture copies, bounded waits.
'use strict';
const vscode = require('vscode');
const fs = require('fs');
const path = require('path');

const EXPECT = process.env.XIANJIE_E2E_EXPECT || path.resolve(__dirname, '..', 'expect.json');
const ex = JSON.parse(fs.readFileSync(EXPECT, 'utf8'));

function wsRoot() {
  const f = vscode.workspace.workspaceFolders;
  if (!f || !f.length) throw new Error('no workspace folder open (the suite needs the prepared e2e workspace)');
  return f[0].uri.fsPath;
}
// A private copy of a workspace file (so UI steps and tests never see each other's edits).
function fixture(name) {
  const dir = path.join(wsRoot(), 'suite-tmp');
  fs.mkdirSync(dir, { recursive: true });
  const dest = path.join(dir, name);
  fs.copyFileSync(path.join(wsRoot(), name), dest);
  return vscode.Uri.file(dest);
}
async function openDoc(uri) {
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}
function withTimeout(p, ms, what) {
  let timer;
  return Promise.race([p, new Promise((_, rej) => { timer = setTimeout(() => rej(new Error(`timed out after ${ms} ms: ${what}`)), ms); })]).finally(() => clearTimeout(timer));
}
// Resolves with the diagnostics of uri once pred(diags) holds (event-driven, bounded).
function waitForDiagnostics(uri, pred, ms = 60000, what = 'diagnostics') {
  const now = vscode.languages.getDiagnostics(uri);
  if (pred(now)) return Promise.resolve(now);
  let sub;
  return withTimeout(new Promise((resolve) => {
    sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const d = vscode.languages.getDiagnostics(uri);
      if (pred(d)) resolve(d);
    });
  }), ms, `${what}; have: ${vscode.languages.getDiagnostics(uri).map(describe).join(' | ')}`).finally(() => sub && sub.dispose());
}
// Retries an async probe until it returns a truthy value (for providers that need the server warm).
async function poll(fn, ms = 60000, what = 'condition') {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    last = await fn();
    if (last) return last;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
const codeOf = (d) => (d.code && typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const describe = (d) => `${d.source}(${codeOf(d)}) L${d.range.start.line + 1}: ${d.message}`;
const asList = (x) => (Array.isArray(x) ? x : [x]);
function hoverText(hovers) {
  return (hovers || []).flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value || '')).join('\n');
}
function positionOf(doc, text) {
  const i = doc.getText().indexOf(text);
  if (i < 0) throw new Error(`${text} not in ${doc.uri.fsPath}`);
  return doc.positionAt(i);
}
module.exports = { vscode, ex, wsRoot, fixture, openDoc, waitForDiagnostics, poll, codeOf, describe, asList, hoverText, positionOf };
