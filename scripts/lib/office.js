// Shared by the fixture makers that go through Word: a plain-text draft as a .docx (one paragraph
// per line, each block of tab-separated lines as a Word table), and LibreOffice headless conversion.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const docx = require('docx');

const FONT = 'Noto Serif CJK SC';

function run(text, size) {
  return new docx.TextRun({ text, font: FONT, size });
}

/**
 * The draft's lines as Word body children. `paragraph` styles body paragraphs (an official layout);
 * `cell` turns a cell's text into its paragraphs (one by default).
 */
function draftBody(text, { paragraph = {}, cell = (t) => [t] } = {}) {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  const children = [];
  for (let k = 0; k < lines.length; k++) {
    if (!lines[k].includes('\t')) {
      children.push(new docx.Paragraph({ children: [run(lines[k], 32)], ...paragraph }));
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
              children: Array.from({ length: width }, (_, c) => new docx.TableCell({ children: cell(cells[c] ?? '').map((part) => new docx.Paragraph({ children: [run(part, 24)] })) })),
            }),
        ),
      }),
    );
  }
  return children;
}

/**
 * Writes `document` as <tmp>/<name>.docx, converts it with LibreOffice headless (`filter`, e.g. "pdf"
 * or "doc:MS Word 97") and copies the result, named <name>.<ext>, into `outDir`. Returns its path.
 */
async function convertWithLibreOffice(document, { name, filter, ext, outDir }) {
  const tmp = fs.mkdtempSync(path.join(require('os').tmpdir(), 'xianjie-office-'));
  try {
    const source = path.join(tmp, `${name}.docx`);
    fs.writeFileSync(source, await docx.Packer.toBuffer(document));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${tmp}/profile`, '--convert-to', filter, '--outdir', path.join(tmp, 'out'), source], { stdio: 'inherit' });
    fs.mkdirSync(outDir, { recursive: true });
    const target = path.join(outDir, `${name}.${ext}`);
    fs.copyFileSync(path.join(tmp, 'out', `${name}.${ext}`), target);
    return target;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Runs an async main and exits 1 with the stack on failure. */
function runMain(main) {
  main().catch((error) => {
    process.stderr.write(`${error.stack || error}\n`);
    process.exit(1);
  });
}

module.exports = { FONT, draftBody, convertWithLibreOffice, runMain };
