#!/usr/bin/env node
// Writes the committed PDF fixture test/fixtures/input/wuzhong-2024.pdf from a held-out draft: a
// Word file laid out as an official document (三号 font, first-line indent, the task table as a
// Word table, "— N —" page numbers in the footer), printed to PDF by LibreOffice headless.
// Needs: apt-get install libreoffice-writer fonts-noto-cjk. Run: node scripts/make-pdf-fixtures.js
'use strict';
const fs = require('fs');
const path = require('path');
const docx = require('docx');
const { FONT, draftBody, convertWithLibreOffice, runMain } = require('./lib/office');

const ROOT = path.join(__dirname, '..');
const DRAFT = path.join(ROOT, 'test', 'fixtures', 'heldout', 'wuzhong-2024-tab', 'draft.txt');

runMain(async () => {
  const footer = new docx.Footer({
    children: [new docx.Paragraph({ alignment: docx.AlignmentType.CENTER, children: [new docx.TextRun({ children: ['— ', docx.PageNumber.CURRENT, ' —'], font: FONT, size: 28 })] })],
  });
  // Paragraphs with a two-character first-line indent, 28-point line spacing, justified.
  const paragraph = { indent: { firstLine: 640 }, spacing: { line: 560 }, alignment: docx.AlignmentType.JUSTIFIED };
  const document = new docx.Document({
    sections: [{ properties: { page: { margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } }, footers: { default: footer }, children: draftBody(fs.readFileSync(DRAFT, 'utf8'), { paragraph }) }],
  });
  await convertWithLibreOffice(document, { name: 'wuzhong-2024', filter: 'pdf', ext: 'pdf', outDir: path.join(ROOT, 'test', 'fixtures', 'input') });
  process.stdout.write('wrote test/fixtures/input/wuzhong-2024.pdf\n');
});
