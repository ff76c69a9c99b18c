#!/usr/bin/env node
// Writes the committed PDF fixture test/fixtures/input/wuzhong-2024.pdf from a held-out draft: a
// Word file laid out as an official document (三号 font, first-line indent, the task table as a
// Word table, "— N —" page numbers in the footer), printed to PDF by LibreOffice headless.
// Needs: apt-get install libreoffice-writer fonts-noto-cjk. Run: node scripts/make-pdf-fixtures.js
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

/** Paragraphs with a two-character first-line indent; runs of tab lines become one Word table. */
function bodyOf(text) {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  const children = [];
  for (let k = 0; k < lines.length; k++) {
    if (!lines[k].includes('\t')) {
      children.push(new docx.Paragraph({ children: [run(lines[k])], indent: { firstLine: 640 }, spacing: { line: 560 }, alignment: docx.AlignmentType.JUSTIFIED }));
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
              children: Array.from({ length: width }, (_, c) => new docx.TableCell({ children: [new docx.Paragraph({ children: [new docx.TextRun({ text: cells[c] ?? '', font: FONT, size: 24 })] })] })),
            }),
        ),
      }),
    );
  }
  return children;
}

async function main() {
  const footer = new docx.Footer({
    children: [new docx.Paragraph({ alignment: docx.AlignmentType.CENTER, children: [new docx.TextRun({ children: ['— ', docx.PageNumber.CURRENT, ' —'], font: FONT, size: 28 })] })],
  });
  const document = new docx.Document({ sections: [{ properties: { page: { margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } }, footers: { default: footer }, children: bodyOf(fs.readFileSync(DRAFT, 'utf8')) }] });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-pdf-'));
  const source = path.join(tmp, 'wuzhong-2024.docx');
  fs.writeFileSync(source, await docx.Packer.toBuffer(document));
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${tmp}/profile`, '--convert-to', 'pdf', '--outdir', tmp, source], { stdio: 'inherit' });
  fs.mkdirSync(OUT, { recursive: true });
  fs.copyFileSync(path.join(tmp, 'wuzhong-2024.pdf'), path.join(OUT, 'wuzhong-2024.pdf'));
  fs.rmSync(tmp, { recursive: true, force: true });
  process.stdout.write('wrote test/fixtures/input/wuzhong-2024.pdf\n');
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
