#!/usr/bin/env node
// Writes the committed Word 97-2003 fixtures in test/fixtures/input/ from a held-out draft: the draft
// as a .docx (task table as a Word table), saved by LibreOffice headless as .doc (wuzhong-2024.doc).
// (LibreOffice 7.4 ignores an open password given to its Word 97 filter, so the encrypted case is
// made in the test by setting the FIB's encryption flag in a copy.)
// Needs: apt-get install libreoffice-writer fonts-noto-cjk. Run: node scripts/make-doc-fixtures.js
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const docx = require('docx');

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'test', 'fixtures', 'input');
const DRAFT = path.join(ROOT, 'test', 'fixtures', 'heldout', 'wuzhong-2024-tab', 'draft.txt');
const FONT = 'Noto Serif CJK SC';

function run(text) {
  return new docx.TextRun({ text, font: FONT, size: 32 });
}

/**
 * One Word paragraph per line; runs of tab lines become one Word table. A cell whose text holds
 * "牵头，" is split after it into two paragraphs, as drafters often type the lead and the other
 * units, so the reader's joining of a cell's paragraphs is exercised.
 */
function bodyOf(text) {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  const children = [];
  for (let k = 0; k < lines.length; k++) {
    if (!lines[k].includes('\t')) {
      children.push(new docx.Paragraph({ children: [run(lines[k])] }));
      continue;
    }
    const rows = [];
    while (k < lines.length && lines[k].includes('\t')) rows.push(lines[k++].split('\t'));
    k--;
    const width = Math.max(...rows.map((r) => r.length));
    children.push(
      new docx.Table({
        width: { size: 100, type: docx.WidthType.PERCENTAGE },
        rows: rows.map(
          (cells) =>
            new docx.TableRow({
              children: Array.from({ length: width }, (_, c) => new docx.TableCell({ children: cellParagraphs(cells[c] ?? '') })),
            }),
        ),
      }),
    );
  }
  return children;
}

function cellParagraphs(text) {
  const parts = text.includes('牵头，') ? [text.slice(0, text.indexOf('牵头，') + 3), text.slice(text.indexOf('牵头，') + 3)] : [text];
  return parts.map((part) => new docx.Paragraph({ children: [new docx.TextRun({ text: part, font: FONT, size: 24 })] }));
}

function convert(tmp, source, filter) {
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${tmp}/profile`, '--convert-to', filter, '--outdir', path.join(tmp, 'out'), source], { stdio: 'inherit' });
  return path.join(tmp, 'out', path.basename(source).replace(/\.docx$/, '.doc'));
}

async function main() {
  const document = new docx.Document({ sections: [{ children: bodyOf(fs.readFileSync(DRAFT, 'utf8')) }] });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-doc-'));
  const source = path.join(tmp, 'wuzhong-2024.docx');
  fs.writeFileSync(source, await docx.Packer.toBuffer(document));
  fs.mkdirSync(OUT, { recursive: true });
  fs.copyFileSync(convert(tmp, source, 'doc:MS Word 97'), path.join(OUT, 'wuzhong-2024.doc'));
  fs.rmSync(tmp, { recursive: true, force: true });
  process.stdout.write('wrote test/fixtures/input/wuzhong-2024.doc\n');
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
