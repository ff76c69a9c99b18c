// Tests for readOfd on the committed OFD fixtures (scripts/make-ofd-fixtures.js: a held-out draft laid out
// on A4 with page numbers and a ruled task table, one TextObject per line or per character), on small
// packages built here (X/Y inheritance, CTM, templates, page blocks, rotated text), on damaged packages,
// and `xianjie check` on the OFD against its text version.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { describeRun, hasStackTrace, runCli } from '../cli/run';
import { ofdModule, ofdScript, repoRoot } from './server-modules';

const { readOfd, deltas } = ofdModule;
const { ofdPackage, draftOfdParts, NS } = ofdScript;
const INPUT = path.join(repoRoot, 'test', 'fixtures', 'input');
const LINES = path.join(INPUT, 'wuzhong-2024.ofd');
const CHARS = path.join(INPUT, 'wuzhong-2024-chars.ofd');
const DRAFT = path.join(repoRoot, 'test', 'fixtures', 'heldout', 'wuzhong-2024-tab', 'draft.txt');

const draftLines = (): string[] => fs.readFileSync(DRAFT, 'utf8').replace(/\n$/, '').split('\n');
/** Spaces between Chinese and Latin text are not kept by the layout stage (as for PDF); they are not compared. */
const norm = (s: string): string => s.replace(/ /g, '');

/** A one-page package whose page content is `layer` (objects inside an ofd:Layer), plus extra parts. */
function onePage(layer: string, extra: { page?: string; document?: string; parts?: Record<string, string | Uint8Array> } = {}): Buffer {
  return ofdPackage({
    'OFD.xml': `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="${NS}" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>1</ofd:DocID></ofd:DocInfo><ofd:DocRoot>/Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`,
    'Doc_0/Document.xml': `<ofd:Document xmlns:ofd="${NS}"><ofd:CommonData><ofd:MaxUnitID>99</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>${extra.document ?? ''}</ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>`,
    'Doc_0/Pages/Page_0/Content.xml': `<ofd:Page xmlns:ofd="${NS}">${extra.page ?? ''}<ofd:Content><ofd:Layer ID="2">${layer}</ofd:Layer></ofd:Content></ofd:Page>`,
    ...extra.parts,
  });
}

/** The committed fixture's parts with one part replaced (or removed when `value` is undefined). */
function withPart(file: string, name: string, value: string | Uint8Array | undefined): Buffer {
  const parts: Record<string, Uint8Array> = unzipSync(new Uint8Array(fs.readFileSync(file)));
  if (value === undefined) delete parts[name];
  else parts[name] = typeof value === 'string' ? new TextEncoder().encode(value) : value;
  return ofdPackage(parts);
}

describe('readOfd', () => {
  it('gives the draft line for line from both forms of text objects: paragraphs rebuilt, table rows by column, page numbers dropped', () => {
    const draft = draftLines();
    const texts: string[] = [];
    for (const file of [LINES, CHARS]) {
      const result = readOfd(fs.readFileSync(file), path.basename(file));
      assert.ok(result.ok, JSON.stringify(result));
      const lines = result.text.replace(/\n$/, '').split('\n');
      // Unlike the PDF, an OFD holds its text as Unicode, so even the garbled line's private-use characters come through.
      assert.deepStrictEqual(lines.map(norm), draft.map(norm), path.basename(file));
      assert.deepStrictEqual(
        lines.filter((l) => l.includes('\t')).map((l) => l.split('\t').length),
        draft.filter((l) => l.includes('\t')).map(() => 5),
      );
      assert.ok(!lines.some((line) => /^—\s*\d+\s*—$/.test(line)));
      assert.strictEqual(result.pages, 6);
      const pages = result.paragraphs.map((p) => p.page);
      assert.deepStrictEqual(pages, [...pages].sort((a, b) => a - b));
      assert.strictEqual(pages[0], 1);
      assert.strictEqual(pages[pages.length - 1], 6);
      assert.deepStrictEqual(result.paragraphs.map((p) => p.kind === 'table-row'), lines.map((l) => l.includes('\t')));
      texts.push(result.text);
    }
    assert.strictEqual(texts[0], texts[1]);
  });

  it('the committed fixtures are what scripts/make-ofd-fixtures.js makes from the draft', () => {
    const draft = fs.readFileSync(DRAFT, 'utf8');
    assert.ok(ofdPackage(draftOfdParts(draft, 'lines')).equals(fs.readFileSync(LINES)));
    assert.ok(ofdPackage(draftOfdParts(draft, 'chars')).equals(fs.readFileSync(CHARS)));
    // The fixtures use the forms named in their description: g runs in DeltaX, one TextObject per character, ruled cells.
    const page = (file: string) => strFromU8(unzipSync(new Uint8Array(fs.readFileSync(file)))['Doc_0/Pages/Page_5/Content.xml']!);
    assert.match(page(LINES), /DeltaX="g \d+ [\d.]+/);
    assert.match(page(LINES), /<ofd:PathObject [^>]*><ofd:StrokeColor[^>]*\/><ofd:AbbreviatedData>M 0 0 L 156 0/);
    assert.match(page(LINES), /<ofd:TextCode Y="[\d.]+"/, 'a cell line inheriting X from the TextCode before it');
    assert.match(page(CHARS), /<ofd:TextObject ID="\d+" Boundary="[\d. ]+" Font="\d+" Size="[\d.]+"><ofd:TextCode X="[\d.]+" Y="[\d.]+">.<\/ofd:TextCode><\/ofd:TextObject>/);
  });

  it('expands DeltaX lists: g runs, a short list repeating its last value, no more values than characters', () => {
    assert.deepStrictEqual(deltas('g 3 4.2 1 g 2 0.5', 6), [4.2, 4.2, 4.2, 1, 0.5, 0.5]);
    assert.deepStrictEqual(deltas('5.5', 3), [5.5, 5.5, 5.5]);
    assert.deepStrictEqual(deltas(undefined, 3), []);
    assert.deepStrictEqual(deltas('g 1000000000 1', 4), [1, 1, 1, 1]);
    assert.deepStrictEqual(deltas('1 2 3 4', 2), [1, 2]);
    assert.deepStrictEqual(deltas('g x 1 2', 2), [2, 2]);
  });

  it('places text by Boundary, CTM, inherited X and Y, templates and page blocks; leaves out rotated text', () => {
    const layer =
      // One TextObject holding two lines: the second TextCode inherits X from the first.
      `<ofd:TextObject ID="3" Boundary="28 60 156 20" Font="1" Size="5"><ofd:TextCode X="10" Y="5" DeltaX="g 3 5">第二段开头</ofd:TextCode><ofd:TextCode Y="15">第三段开头</ofd:TextCode></ofd:TextObject>` +
      // A CTM that moves the text up to the first line.
      `<ofd:TextObject ID="4" Boundary="28 60 156 10" Font="1" Size="5" CTM="1 0 0 1 0 -20"><ofd:TextCode X="10" Y="5" DeltaX="5 5 5">第一段开头</ofd:TextCode></ofd:TextObject>` +
      // Text inside a page block, below the rest.
      `<ofd:PageBlock ID="5"><ofd:PageBlock ID="6"><ofd:TextObject ID="7" Boundary="28 100 156 10" Font="1" Size="5"><ofd:TextCode X="10" Y="5">第四段</ofd:TextCode></ofd:TextObject></ofd:PageBlock></ofd:PageBlock>` +
      // A watermark turned by its CTM, and vertical text: not body text.
      `<ofd:TextObject ID="8" Boundary="50 150 100 100" Font="1" Size="10" CTM="0.7071 -0.7071 0.7071 0.7071 0 0"><ofd:TextCode X="0" Y="10">内部资料</ofd:TextCode></ofd:TextObject>` +
      `<ofd:TextObject ID="9" Boundary="190 50 10 100" Font="1" Size="5" ReadDirection="90"><ofd:TextCode X="0" Y="5">竖排文字</ofd:TextCode></ofd:TextObject>`;
    const template = `<ofd:Page xmlns:ofd="${NS}"><ofd:Content><ofd:Layer ID="20"><ofd:TextObject ID="21" Boundary="28 20 156 10" Font="1" Size="5"><ofd:TextCode X="0" Y="5">模板中的文字</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>`;
    const result = readOfd(
      onePage(layer, { page: '<ofd:Template TemplateID="30"/>', document: '<ofd:TemplatePage ID="30" BaseLoc="Tpls/Tpl_0/Content.xml"/>', parts: { 'Doc_0/Tpls/Tpl_0/Content.xml': template } }),
      'small.ofd',
    );
    assert.ok(result.ok, JSON.stringify(result));
    assert.deepStrictEqual(result.text.split('\n').filter((l) => l !== ''), ['模板中的文字', '第一段开头', '第二段开头', '第三段开头', '第四段']);
  });

  it('splits a TextCode where its DeltaX jumps (a gap or a step back), as separate runs', () => {
    const layer = `<ofd:TextObject ID="3" Boundary="28 50 156 10" Font="1" Size="4"><ofd:TextCode X="0" Y="4" DeltaX="4 60 4 4">序号任务名</ofd:TextCode></ofd:TextObject>`;
    const result = readOfd(onePage(layer), 'gap.ofd');
    assert.ok(result.ok, JSON.stringify(result));
    assert.strictEqual(result.text, '序号\t任务名\n');
  });

  describe('refuses, with a Chinese message saying what to do', () => {
    const refused = (bytes: Uint8Array, pattern: RegExp, name = 'bad.ofd') => {
      const result = readOfd(bytes, name);
      assert.ok(!result.ok, 'read');
      assert.match(result.message, pattern);
      assert.match(result.message, /另存|重新导出|OCR/);
    };
    it('bytes that are not a zip package', () => refused(new TextEncoder().encode('这不是 OFD 文件'), /不是有效的 OFD 文件（OFD 文件是 zip 格式的压缩包/));
    it('a zip without OFD.xml', () => refused(withPart(LINES, 'OFD.xml', undefined), /缺少 OFD 文件的入口 OFD\.xml/));
    it('a truncated package', () => refused(fs.readFileSync(LINES).subarray(0, 5000), /已损坏（压缩包不完整）/));
    it('broken XML in a page', () => {
      const page = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(LINES)))['Doc_0/Pages/Page_2/Content.xml']!);
      refused(withPart(LINES, 'Doc_0/Pages/Page_2/Content.xml', page.slice(0, page.length / 2)), /Doc_0\/Pages\/Page_2\/Content\.xml 不是完整的 XML/);
      refused(withPart(LINES, 'Doc_0/Pages/Page_2/Content.xml', page.replace('</ofd:TextCode>', '</ofd:TextObject>')), /不是完整的 XML/);
    });
    it('a missing page or document', () => {
      refused(withPart(LINES, 'Doc_0/Pages/Page_3/Content.xml', undefined), /结构不完整：找不到第 4 页的内容文件（Doc_0\/Pages\/Page_3\/Content\.xml）/);
      refused(withPart(LINES, 'Doc_0/Document.xml', undefined), /找不到文档描述文件/);
    });
    it('pages with only an image (a scan) or nothing', () => {
      const image = onePage(`<ofd:ImageObject ID="3" Boundary="0 0 210 297" CTM="210 0 0 297 0 0" ResourceID="4"/>`, { parts: { 'Doc_0/Res/scan.png': ofdScript.sealPng() } });
      refused(image, /没有文字层（页面上只有图片（可能是扫描件））.*不做文字识别（OCR）/);
      refused(onePage(''), /没有文字层（页面上没有文字）/);
    });
    it('a package larger than the cap once inflated', () => {
      const result = readOfd(fs.readFileSync(LINES), 'big.ofd', { maxUncompressedBytes: 20_000 });
      assert.ok(!result.ok);
      assert.match(result.message, /解压后超过/);
    });
  });
});

describe('xianjie check on an OFD', () => {
  const diagnostics = (file: string) => {
    const r = runCli(['check', file, '-f', 'json', '--fail-on', 'never']);
    assert.strictEqual(r.status, 0, describeRun(r));
    return JSON.parse(r.stdout).files[0].diagnostics as { rule: string; message: string; page?: number; range: { start: { line: number } } }[];
  };

  it('gives the findings of the text version (rule and quoted text), each with its page', () => {
    const ofd = diagnostics(LINES);
    const txt = diagnostics(DRAFT);
    const key = (d: { rule: string; message: string }) => `${d.rule} ${d.message}`;
    assert.deepStrictEqual(ofd.map(key).sort(), txt.map(key).sort());
    assert.ok(ofd.length >= 10);
    assert.ok(ofd.every((d) => typeof d.page === 'number' && d.page >= 1 && d.page <= 6));
    assert.ok(new Set(ofd.map((d) => d.page)).size >= 4);
    assert.ok(txt.every((d) => d.page === undefined));
    // The same lines, too: the OFD's text has the draft's line structure.
    assert.deepStrictEqual(ofd.map((d) => d.range.start.line).sort(), txt.map((d) => d.range.start.line).sort());
  });

  it('shows each finding’s page in the report', () => {
    const md = runCli(['report', LINES, '-f', 'md', '--date', '2024-01-01']);
    assert.strictEqual(md.status, 0, describeRun(md));
    assert.match(md.stdout, /^- 第\d+行（第[4-6]页） /m);
    assert.ok(!/^- 第\d+行 `/m.test(md.stdout), 'a finding without its page');
  });

  it('exits 2 with a Chinese message on a damaged OFD, and finds .ofd files in a folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-ofd-'));
    try {
      const broken = path.join(dir, '损坏.ofd');
      fs.writeFileSync(broken, fs.readFileSync(LINES).subarray(0, 3000));
      const r = runCli(['check', broken]);
      assert.strictEqual(r.status, 2, describeRun(r));
      assert.match(r.stderr, /损坏\.ofd 已损坏/);
      assert.ok(!hasStackTrace(r.stderr));
      fs.rmSync(broken);
      fs.copyFileSync(CHARS, path.join(dir, '方案.ofd'));
      const folder = runCli(['check', dir, '-f', 'json', '--fail-on', 'never']);
      assert.strictEqual(folder.status, 0, describeRun(folder));
      const files = JSON.parse(folder.stdout).files as { path: string; encoding: string }[];
      assert.deepStrictEqual(files.map((f) => [path.basename(f.path), f.encoding]), [['方案.ofd', 'ofd']]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
