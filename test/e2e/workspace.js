// Builds the e2e workspace in a temp dir: the committed test/e2e/workspace files, the
// seed copies listed in expect.json (the 吴忠 sample is copied, never committed twice)
// and the files created at run time (scratch.plan.txt, new.plan.txt).
// Shared by driver.js and vscode-suite/run-test-electron.js.
'use strict';
const fs = require('fs');
const path = require('path');

const REPO = path.resolve(__dirname, '..', '..');

function loadExpect(file) {
  return JSON.parse(fs.readFileSync(file || path.join(__dirname, 'expect.json'), 'utf8'));
}

function prepareWorkspace(ex, dest) {
  const w = ex.workspace || {};
  const src = path.resolve(REPO, w.dir || 'test/e2e/workspace');
  if (!fs.existsSync(src)) throw new Error(`workspace dir missing: ${src}`);
  fs.cpSync(src, dest, { recursive: true });
  for (const c of w.copies || []) {
    const from = path.resolve(REPO, c.from);
    if (!fs.existsSync(from)) throw new Error(`workspace seed missing: ${from}`);
    fs.copyFileSync(from, path.join(dest, c.to));
  }
  for (const [name, text] of Object.entries(w.create || {})) fs.writeFileSync(path.join(dest, name), text);
  for (const f of [ex.diagnostics.file, ex.hover.file, ex.completion.file, ex.quickFix.file, ex.outline.file, ex.snippet.file]) {
    if (!fs.existsSync(path.join(dest, f))) throw new Error(`workspace file missing after preparation: ${f}`);
  }
  return dest;
}

module.exports = { REPO, loadExpect, prepareWorkspace };
