// Tests for readPdf on the committed PDF (scripts/make-pdf-fixtures.js: a held-out draft printed by
// LibreOffice with "— N —" footers and a task table whose cells wrap), a PDF without a text layer,
// and bytes that are not a PDF; and `xianjie check` on the PDF against its text version.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describeRun, hasStackTrace, runCli } from '../cli/run';
import { pdfModule, repoRoot } from './server-modules';

const { readPdf } = pdfModule;
const PDF = path.join(repoRoot, 'test', 'fixtures', 'input', 'wuzhong-2024.pdf');
const DRAFT = path.join(repoRoot, 'test', 'fixtures', 'heldout', 'wuzhong-2024-tab', 'draft.txt');

/** A one-page PDF whose page has no text (as a scan without OCR has none), with a correct xref table. */
function pdfWithoutText(): Uint8Array {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>', '<< /Length 0 >>\nstream\n\nendstream'];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, k) => {
    offsets.push(body.length);
    body += `${k + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

describe('readPdf', () => {
  it('rebuilds paragraphs and task rows (wrapped cells joined) and drops the page numbers', async () => {
    const result = await readPdf(fs.readFileSync(PDF), 'wuzhong-2024.pdf');
    assert.ok(result.ok, JSON.stringify(result));
    const lines = result.text.replace(/\n$/, '').split('\n');
    const draft = fs.readFileSync(DRAFT, 'utf8').replace(/\n$/, '').split('\n');
    // Spaces between Chinese and digits, and commas LibreOffice leaves out at a line end, are not compared.
    const norm = (s: string) => s.replace(/[ ，]/g, '');
    assert.strictEqual(lines.length, draft.length);
    const differing = lines.map((line, k) => [norm(line), norm(draft[k]!)]).filter(([a, b]) => a !== b);
    // Only the garbled line differs: its private-use characters have no glyph in the PDF's font.
    assert.strictEqual(differing.length, 1, JSON.stringify(differing));
    assert.match(differing[0]![1]!, /[\uE000-\uF8FF]/);
    const rows = draft.filter((line) => line.includes('\t'));
    assert.deepStrictEqual(lines.filter((line) => line.includes('\t')).map(norm), rows.map(norm));
    assert.ok(!lines.some((line) => /^—\s*\d+\s*—$/.test(line)));
    assert.ok(result.pages >= 3);
    const pages = result.paragraphs.map((p) => p.page);
    assert.deepStrictEqual(pages, [...pages].sort((a, b) => a - b));
    assert.strictEqual(pages[pages.length - 1], result.pages);
  });

  it('says a PDF without a text layer cannot be read without OCR, and refuses bytes that are not a PDF', async () => {
    const scan = await readPdf(pdfWithoutText(), 'scan.pdf');
    assert.ok(!scan.ok);
    assert.match(scan.message, /没有文字层（可能是扫描件或图片）.*不做文字识别（OCR）/);
    const broken = await readPdf(new TextEncoder().encode('%PDF-1.7\n这不是 PDF'), 'broken.pdf');
    assert.ok(!broken.ok);
    assert.match(broken.message, /不是有效的 PDF 文件或已损坏/);
  });
});

describe('xianjie check on a PDF', () => {
  it('gives the findings of the text version, each with its page', () => {
    const run = (file: string) => {
      const r = runCli(['check', file, '-f', 'json', '--fail-on', 'never']);
      assert.strictEqual(r.status, 0, describeRun(r));
      return JSON.parse(r.stdout).files[0].diagnostics as { rule: string; message: string; page?: number }[];
    };
    const pdf = run(PDF);
    const txt = run(DRAFT);
    const key = (d: { rule: string; message: string }) => `${d.rule} ${d.message}`;
    const onlyPdf = pdf.map(key).filter((k) => !txt.map(key).includes(k));
    const onlyTxt = txt.map(key).filter((k) => !pdf.map(key).includes(k));
    // The garbled line's private-use characters are not in the PDF (see above), so its repair differs.
    assert.deepStrictEqual([onlyPdf.map((k) => k.split(' ')[0]), onlyTxt.map((k) => k.split(' ')[0])], [['garbled-text'], ['garbled-text']]);
    assert.strictEqual(pdf.length, txt.length);
    assert.ok(pdf.every((d) => typeof d.page === 'number' && d.page >= 1));
    assert.ok(new Set(pdf.map((d) => d.page)).size >= 2);
  });

  it('shows each finding’s and place’s page in the report (Markdown, CSV, HTML), the page the JSON gives', () => {
    const check = runCli(['check', PDF, '-f', 'json', '--fail-on', 'never']);
    assert.strictEqual(check.status, 0, describeRun(check));
    const pageOfLine = new Map<number, number>();
    for (const d of JSON.parse(check.stdout).files[0].diagnostics as { range: { start: { line: number } }; page: number }[]) pageOfLine.set(d.range.start.line + 1, d.page);
    const md = runCli(['report', PDF, '-f', 'md', '--date', '2024-01-01']);
    assert.strictEqual(md.status, 0, describeRun(md));
    const listed = [...md.stdout.matchAll(/^- 第(\d+)行（第(\d+)页） /gm)].map((m) => [Number(m[1]), Number(m[2])]);
    assert.ok(listed.length >= 5, md.stdout);
    for (const [line, page] of listed) assert.strictEqual(page, pageOfLine.get(line!), `line ${line}`);
    assert.ok(!/^- 第\d+行 `/m.test(md.stdout), 'a finding without its page');
    // Places in the task table carry pages too, and later tasks sit on later pages.
    assert.match(md.stdout, /\| 第\d+行（第[2-9]页） /);
    const csv = runCli(['report', PDF, '-f', 'csv', '--date', '2024-01-01']);
    assert.match(csv.stdout, /第\d+行（第\d+页）/);
    const html = runCli(['report', PDF, '-f', 'html', '--date', '2024-01-01']);
    assert.match(html.stdout, /第 \d+ 行（第 \d+ 页）/);
    const text = runCli(['report', DRAFT, '-f', 'md', '--date', '2024-01-01']);
    assert.ok(!/页）/.test(text.stdout), 'a text draft has no pages');
  });

  it('exits 2 with a Chinese message on a scanned PDF', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-pdf-'));
    try {
      const file = path.join(dir, '扫描件.pdf');
      fs.writeFileSync(file, pdfWithoutText());
      const r = runCli(['check', file]);
      assert.strictEqual(r.status, 2, describeRun(r));
      assert.match(r.stderr, /扫描件\.pdf 没有文字层/);
      assert.ok(!hasStackTrace(r.stderr));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
