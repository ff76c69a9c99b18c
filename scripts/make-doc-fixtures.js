#!/usr/bin/env node
// Writes the committed Word 97-2003 fixtures in test/fixtures/input/ from a held-out draft: the draft
// as a .docx (task table as a Word table), saved by LibreOffice headless as .doc (wuzhong-2024.doc).
// The same .doc saved with an open password (wuzhong-2024-encrypted.doc, password 123456) through
// LibreOffice's UNO API (scripts/lib/encrypt-doc.py; --convert-to ignores passwords): a genuinely
// encrypted file for the reader's refusal test.
// Needs: apt-get install libreoffice-writer fonts-noto-cjk python3-uno. Run: node scripts/make-doc-fixtures.js
'use strict';
const fs = require('fs');
const { execFileSync } = require('child_process');
const path = require('path');
const docx = require('docx');
const { draftBody, convertWithLibreOffice, runMain } = require('./lib/office');

const ROOT = path.join(__dirname, '..');
const DRAFT = path.join(ROOT, 'test', 'fixtures', 'heldout', 'wuzhong-2024-tab', 'draft.txt');

/**
 * A cell whose text holds "牵头，" is split after it into two paragraphs, as drafters often type the
 * lead and the other units, so the reader's joining of a cell's paragraphs is exercised.
 */
function splitAfterLead(text) {
  const at = text.indexOf('牵头，');
  return at < 0 ? [text] : [text.slice(0, at + 3), text.slice(at + 3)];
}

runMain(async () => {
  const document = new docx.Document({ sections: [{ children: draftBody(fs.readFileSync(DRAFT, 'utf8'), { cell: splitAfterLead }) }] });
  await convertWithLibreOffice(document, { name: 'wuzhong-2024', filter: 'doc:MS Word 97', ext: 'doc', outDir: path.join(ROOT, 'test', 'fixtures', 'input') });
  process.stdout.write('wrote test/fixtures/input/wuzhong-2024.doc\n');
  const input = path.join(ROOT, 'test', 'fixtures', 'input');
  execFileSync('/usr/bin/python3', [path.join(__dirname, 'lib', 'encrypt-doc.py'), path.join(input, 'wuzhong-2024.doc'), path.join(input, 'wuzhong-2024-encrypted.doc'), '123456'], { stdio: 'inherit' });
  process.stdout.write('wrote test/fixtures/input/wuzhong-2024-encrypted.doc\n');
});
