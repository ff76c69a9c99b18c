#!/usr/bin/env node
// Writes the committed OFD (GB/T 33190-2016) fixtures in test/fixtures/input/ from a held-out draft, laid
// out on A4 as GB/T 9704 lays out an official document: wuzhong-2024.ofd (one TextObject per line,
// DeltaX with `g` runs, a task table ruled by PathObjects with one TextObject per cell) and
// wuzhong-2024-chars.ofd (one TextObject per character, Latin runs in their own font, as converters emit).
// Run: node scripts/make-ofd-fixtures.js [--validate <folder with the GB/T 33190 XSDs>] (xmllint checks each part).
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { execFileSync } = require('child_process');
const fflate = require('fflate');

const ROOT = path.join(__dirname, '..');
const DRAFT = path.join(ROOT, 'test', 'fixtures', 'heldout', 'wuzhong-2024-tab', 'draft.txt');
const NS = 'http://www.ofdspec.org/2016';

// GB/T 9704-2012 on A4, in millimetres: type area 156 x 225 mm from 37 mm top and 28 mm left,
// 22 lines of 28 characters in 三号 (16 pt), page numbers in 四号 7 mm below the type area.
const PAGE = { width: 210, height: 297 };
const AREA = { left: 28, top: 37, width: 156, height: 225 };
const PT = 25.4 / 72;
const BODY = { size: 16 * PT, advance: 156 / 28, pitch: 225 / 22 };
const TABLE = { size: 12 * PT, advance: 12 * PT, pitch: 6, padX: 1.2, padY: 1.5 };
const PAGE_NUMBER_SIZE = 14 * PT;
/** Task table columns (序号, 主要任务, 重点内容, 责任单位, 完成时限), in millimetres; they add up to 156. */
const COLUMNS = [12, 26, 58, 38, 22];

const FONTS = [
  { id: 'fangsong', name: '仿宋_GB2312', family: '仿宋' },
  { id: 'heiti', name: '黑体', family: '黑体' },
  { id: 'kaiti', name: '楷体_GB2312', family: '楷体' },
  { id: 'biaosong', name: '方正小标宋简体', family: '方正小标宋' },
  { id: 'songti', name: '宋体', family: '宋体' },
  { id: 'latin', name: 'Times New Roman', family: 'Times New Roman' },
];

const fmt = (value) => String(Math.round(value * 10000) / 10000);
const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const isNarrow = (ch) => ch.codePointAt(0) < 0x80;
const isLatinWord = (ch) => ch !== undefined && /[A-Za-z0-9./:?=&_%-]/.test(ch);
/** Characters a line must not start with (GB/T 15834 and Word's 避头 list, the common part). */
const NO_LINE_START = new Set([...'，。、；：？！）》」』”’…—%']);
/** Characters a line must not end with (避尾): opening brackets and quotation marks. */
const NO_LINE_END = new Set([...'（《「『“‘']);

/** DeltaX as producers write it: runs of two or more equal values as `g <count> <value>`. */
function deltaList(values) {
  const out = [];
  for (let k = 0; k < values.length; ) {
    let n = 1;
    while (k + n < values.length && fmt(values[k + n]) === fmt(values[k])) n++;
    out.push(n >= 2 ? `g ${n} ${fmt(values[k])}` : fmt(values[k]));
    k += n;
  }
  return out.join(' ');
}

/**
 * Breaks `text` into lines no wider than `widths[k]` (line k; the last width repeats): Latin words
 * and URLs are not split, a closing punctuation mark is never first on a line (the character
 * before it moves down with it) and an opening one never last. Returns the lines as arrays of characters.
 */
function wrap(text, widths, advance) {
  const chars = [...text];
  const lines = [];
  let from = 0;
  while (from < chars.length) {
    const limit = widths[Math.min(lines.length, widths.length - 1)];
    let width = 0;
    let to = from;
    while (to < chars.length && width + advance(chars[to]) <= limit + 1e-6) width += advance(chars[to++]);
    if (to < chars.length) {
      if (isLatinWord(chars[to]) && isLatinWord(chars[to - 1])) {
        let start = to;
        while (start > from && isLatinWord(chars[start - 1])) start--;
        if (start > from) to = start;
      }
      while (to - 1 > from && (NO_LINE_START.has(chars[to]) || NO_LINE_END.has(chars[to - 1]))) to--;
    }
    lines.push(chars.slice(from, to));
    from = to;
  }
  return lines;
}

/** One laid-out line: its characters, where it starts (mm), its glyph advances and its style. */
function placeLine(chars, x, baseline, advances, style) {
  return { chars, x, baseline, advances, ...style };
}

/** Lays the draft out as pages of lines, cells and rules (positions in mm, baselines from the page top). */
function layout(draft) {
  const pages = [];
  let page;
  let y = 0;
  const newPage = () => {
    page = { lines: [], cells: [], rules: [] };
    pages.push(page);
    y = AREA.top;
  };
  newPage();
  const bodyAdvance = (ch) => (isNarrow(ch) ? BODY.advance / 2 : BODY.advance);
  const lines = draft.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  for (let k = 0; k < lines.length; k++) {
    const text = lines[k];
    if (text.includes('\t')) {
      const rows = [];
      while (k < lines.length && lines[k].includes('\t')) rows.push(lines[k++].split('\t'));
      k--;
      rows.forEach((cells, r) => {
        const placed = cells.map((cell, c) => wrap(cell, [COLUMNS[c] - 2 * TABLE.padX], (ch) => (isNarrow(ch) ? TABLE.advance / 2 : TABLE.advance)));
        const height = Math.max(...placed.map((p) => p.length)) * TABLE.pitch + 2 * TABLE.padY;
        if (y + height > AREA.top + AREA.height) newPage();
        let x = AREA.left;
        placed.forEach((cellLines, c) => {
          const font = r === 0 ? 'heiti' : 'fangsong';
          page.cells.push({
            x, top: y, width: COLUMNS[c], height,
            lines: cellLines.map((chars, n) => placeLine(chars, x + TABLE.padX, y + TABLE.padY + n * TABLE.pitch + TABLE.size, chars.map((ch) => (isNarrow(ch) ? TABLE.advance / 2 : TABLE.advance)), { font, size: TABLE.size })),
          });
          x += COLUMNS[c];
        });
        page.rules.push({ x: AREA.left, top: y, height, columns: COLUMNS });
        y += height;
      });
      continue;
    }
    // Styles of the draft's lines: centred titles, the attachment mark flush left, signature and
    // date right-aligned four characters in, headings in 黑体 and 楷体, body text in 仿宋.
    const oneLine = [...text].reduce((w, ch) => w + bodyAdvance(ch), 0);
    let kind = 'body';
    if ((/^吴忠市数字政府建设实施方案/.test(text) || /任务清单$/.test(text)) && oneLine <= AREA.width) kind = 'centre';
    else if (text === '附件') kind = 'flush';
    else if ((text === '吴忠市人民政府' || /^\d{4}年\d{1,2}月\d{1,2}日$/.test(text)) && oneLine <= AREA.width) kind = 'right';
    const font = kind === 'centre' ? 'biaosong' : kind === 'flush' || /^[一二三四五六七八九十]+、/.test(text) ? 'heiti' : /^（[一二三四五六七八九十]+）/.test(text) ? 'kaiti' : 'fangsong';
    const indent = kind === 'body' ? 2 * BODY.advance : 0;
    const wrapped = wrap(text, [AREA.width - indent, AREA.width], bodyAdvance);
    wrapped.forEach((chars, n) => {
      if (y + BODY.pitch > AREA.top + AREA.height + 1e-6) newPage();
      const natural = chars.map(bodyAdvance);
      const width = natural.reduce((a, b) => a + b, 0);
      let x = AREA.left + (n === 0 ? indent : 0);
      if (kind === 'centre') x = AREA.left + (AREA.width - width) / 2;
      if (kind === 'right') x = AREA.left + AREA.width - 4 * BODY.advance - width;
      // A line that wraps is justified: the space left is shared between its characters.
      const last = n === wrapped.length - 1;
      const room = AREA.left + AREA.width - x - width;
      const extra = !last && chars.length > 1 ? room / (chars.length - 1) : 0;
      const advances = natural.map((a, i) => (i < chars.length - 1 ? a + extra : a));
      page.lines.push(placeLine(chars, x, y + BODY.pitch - 1, advances, { font, size: BODY.size }));
      y += BODY.pitch;
    });
  }
  // Page numbers: "— N —", odd pages right with one character's space, even pages left (GB/T 9704 7.5).
  pages.forEach((p, k) => {
    const chars = [...`— ${k + 1} —`];
    const advances = chars.map((ch) => (isNarrow(ch) ? PAGE_NUMBER_SIZE / 2 : PAGE_NUMBER_SIZE));
    const width = advances.reduce((a, b) => a + b, 0);
    const x = (k + 1) % 2 === 1 ? AREA.left + AREA.width - PAGE_NUMBER_SIZE - width : AREA.left + PAGE_NUMBER_SIZE;
    p.lines.push(placeLine(chars, x, AREA.top + AREA.height + 7 + PAGE_NUMBER_SIZE, advances, { font: 'songti', size: PAGE_NUMBER_SIZE }));
  });
  return pages;
}

/** Writes pages of placed text as OFD parts, in one of two forms of text objects. */
function ofdParts(pages, form, { title, seal }) {
  let nextId = 1;
  const id = () => nextId++;
  const fontIds = Object.fromEntries(FONTS.map((f) => [f.id, id()]));
  const sealId = id();
  const pageIds = pages.map(() => id());
  const parts = {};
  const ascent = (size) => size * 0.88;

  /** One line as one TextObject: Boundary around the line, X 0, DeltaX between characters. */
  const lineObject = (line) => {
    const width = line.advances.reduce((a, b) => a + b, 0);
    const top = line.baseline - ascent(line.size);
    const deltas = line.advances.slice(0, -1);
    return `<ofd:TextObject ID="${id()}" Boundary="${fmt(line.x)} ${fmt(top)} ${fmt(width)} ${fmt(line.size * 1.2)}" Font="${fontIds[line.font]}" Size="${fmt(line.size)}"><ofd:FillColor Value="0 0 0"/><ofd:TextCode X="0" Y="${fmt(ascent(line.size))}"${deltas.length ? ` DeltaX="${deltaList(deltas)}"` : ''}>${escapeXml(line.chars.join(''))}</ofd:TextCode></ofd:TextObject>`;
  };
  /**
   * One line as one TextObject per character, or per run of Latin characters (spaces included) in the
   * Latin font with a slightly different box, as converters from Word emit; a run of spaces alone has
   * no glyph and no object. Each TextCode is offset inside its box.
   */
  const charObjects = (line) => {
    const out = [];
    let x = line.x;
    for (let k = 0; k < line.chars.length; ) {
      let n = 1;
      if (isNarrow(line.chars[k])) while (k + n < line.chars.length && isNarrow(line.chars[k + n])) n++;
      const chars = line.chars.slice(k, k + n);
      const advances = line.advances.slice(k, k + n);
      const latin = isNarrow(chars[0]);
      const inset = latin ? 0.21 : 0.15;
      const box = { x: x - inset, top: line.baseline - ascent(line.size) - (latin ? 0.18 : 0), width: advances.reduce((a, b) => a + b, 0) + 2 * inset, height: line.size * (latin ? 1.1 : 1) };
      if (chars.join('').trim() !== '') {
        const deltas = advances.slice(0, -1);
        out.push(`<ofd:TextObject ID="${id()}" Boundary="${fmt(box.x)} ${fmt(box.top)} ${fmt(box.width)} ${fmt(box.height)}" Font="${fontIds[latin ? 'latin' : line.font]}" Size="${fmt(line.size)}"><ofd:TextCode X="${fmt(inset)}" Y="${fmt(line.baseline - box.top)}"${deltas.length ? ` DeltaX="${deltas.map(fmt).join(' ')}"` : ''}>${escapeXml(chars.join(''))}</ofd:TextCode></ofd:TextObject>`);
      }
      x += advances.reduce((a, b) => a + b, 0);
      k += n;
    }
    return out.join('');
  };
  /** A table cell as one TextObject whose Boundary is the cell, one TextCode per line (X inherited after the first). */
  const cellObject = (cell) => {
    if (!cell.lines.length) return '';
    const line0 = cell.lines[0];
    const codes = cell.lines.map((line, n) => {
      const deltas = line.advances.slice(0, -1);
      return `<ofd:TextCode${n === 0 ? ` X="${fmt(line.x - cell.x)}"` : ''} Y="${fmt(line.baseline - cell.top)}"${deltas.length ? ` DeltaX="${deltaList(deltas)}"` : ''}>${escapeXml(line.chars.join(''))}</ofd:TextCode>`;
    });
    return `<ofd:TextObject ID="${id()}" Boundary="${fmt(cell.x)} ${fmt(cell.top)} ${fmt(cell.width)} ${fmt(cell.height)}" Font="${fontIds[line0.font]}" Size="${fmt(line0.size)}">${codes.join('')}</ofd:TextObject>`;
  };
  /** A table row's rules: its top and bottom edges and the column lines, one PathObject. */
  const ruleObject = (rule) => {
    const width = rule.columns.reduce((a, b) => a + b, 0);
    let data = `M 0 0 L ${fmt(width)} 0 M 0 ${fmt(rule.height)} L ${fmt(width)} ${fmt(rule.height)}`;
    let x = 0;
    for (const w of [0, ...rule.columns]) {
      x += w;
      data += ` M ${fmt(x)} 0 L ${fmt(x)} ${fmt(rule.height)}`;
    }
    return `<ofd:PathObject ID="${id()}" Boundary="${fmt(rule.x)} ${fmt(rule.top)} ${fmt(width)} ${fmt(rule.height)}" LineWidth="0.25" Stroke="true" Fill="false"><ofd:StrokeColor Value="0 0 0"/><ofd:AbbreviatedData>${data}</ofd:AbbreviatedData></ofd:PathObject>`;
  };

  pages.forEach((page, k) => {
    const objects = [];
    for (const rule of page.rules) objects.push(ruleObject(rule));
    for (const line of page.lines) objects.push(form === 'chars' ? charObjects(line) : lineObject(line));
    for (const cell of page.cells) objects.push(form === 'chars' ? cell.lines.map(charObjects).join('') : cellObject(cell));
    if (seal && page.lines.some((line) => line.chars.join('') === seal.under)) {
      // The issuing authority's seal over the signature, as an image (text readers must pass over it).
      const line = page.lines.find((l) => l.chars.join('') === seal.under);
      objects.push(`<ofd:ImageObject ID="${id()}" Boundary="${fmt(line.x - 8)} ${fmt(line.baseline - 30)} 42 42" CTM="42 0 0 42 0 0" ResourceID="${sealId}"/>`);
    }
    parts[`Doc_0/Pages/Page_${k}/Content.xml`] = xml(`<ofd:Page xmlns:ofd="${NS}"><ofd:Content><ofd:Layer ID="${id()}" Type="Body">${objects.join('')}</ofd:Layer></ofd:Content></ofd:Page>`);
  });
  parts['Doc_0/PublicRes.xml'] = xml(
    `<ofd:Res xmlns:ofd="${NS}" BaseLoc="Res"><ofd:Fonts>${FONTS.map((f) => `<ofd:Font ID="${fontIds[f.id]}" FontName="${escapeXml(f.name)}" FamilyName="${escapeXml(f.family)}"/>`).join('')}</ofd:Fonts></ofd:Res>`,
  );
  parts['Doc_0/DocumentRes.xml'] = xml(`<ofd:Res xmlns:ofd="${NS}" BaseLoc="Res"><ofd:MultiMedias><ofd:MultiMedia ID="${sealId}" Type="Image" Format="PNG"><ofd:MediaFile>seal.png</ofd:MediaFile></ofd:MultiMedia></ofd:MultiMedias></ofd:Res>`);
  parts['Doc_0/Res/seal.png'] = sealPng();
  parts['Doc_0/Document.xml'] = xml(
    `<ofd:Document xmlns:ofd="${NS}"><ofd:CommonData><ofd:MaxUnitID>${nextId}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 ${PAGE.width} ${PAGE.height}</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes><ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes></ofd:CommonData>` +
      `<ofd:Pages>${pageIds.map((pid, k) => `<ofd:Page ID="${pid}" BaseLoc="Pages/Page_${k}/Content.xml"/>`).join('')}</ofd:Pages></ofd:Document>`,
  );
  parts['OFD.xml'] = xml(
    `<ofd:OFD xmlns:ofd="${NS}" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>${form === 'chars' ? '6f1d0c3a9b2e4d7f8a5c1e0b3d9f2a47' : '2c8e5b1f7a3d4e9c8b6a0f1d2e3c4b5a'}</ofd:DocID><ofd:Title>${escapeXml(title)}</ofd:Title><ofd:Author>吴忠市人民政府办公室</ofd:Author><ofd:CreationDate>2024-03-01</ofd:CreationDate><ofd:Creator>xianjie make-ofd-fixtures</ofd:Creator><ofd:CreatorVersion>1.0</ofd:CreatorVersion></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`,
  );
  return parts;
}

const xml = (body) => `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`;

/** A 64 x 64 PNG: a red ring on transparency, standing in for a seal image. */
function sealPng() {
  const size = 64;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const r = Math.hypot(x - 31.5, y - 31.5);
      const at = y * (size * 4 + 1) + 1 + x * 4;
      if (r < 31 && r > 27) raw.set([200, 30, 30, 255], at);
    }
  }
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** Zips OFD parts (name → string or bytes) with a fixed date, so the output is the same on every run. */
function ofdPackage(parts) {
  const files = {};
  for (const [name, value] of Object.entries(parts)) files[name] = [typeof value === 'string' ? fflate.strToU8(value) : new Uint8Array(value), { mtime: new Date(2024, 2, 1) }];
  return Buffer.from(fflate.zipSync(files, { level: 9 }));
}

/** The draft as the parts of an OFD package, in the given form ('lines' or 'chars'). */
function draftOfdParts(draft, form) {
  return ofdParts(layout(draft), form, { title: '吴忠市数字政府建设实施方案（2024—2025年）', seal: { under: '吴忠市人民政府' } });
}

/** Checks every XML part against the GB/T 33190 schemas in `xsdDir` with xmllint; throws on the first failure. */
function validate(parts, xsdDir) {
  const tmp = fs.mkdtempSync(path.join(require('os').tmpdir(), 'xianjie-ofd-'));
  try {
    for (const [name, value] of Object.entries(parts)) {
      if (!name.endsWith('.xml')) continue;
      const schema = name === 'OFD.xml' ? 'OFD.xsd' : name.endsWith('Document.xml') ? 'Document.xsd' : name.endsWith('Res.xml') ? 'Res.xsd' : 'Page.xsd';
      const file = path.join(tmp, name.replace(/\//g, '_'));
      fs.writeFileSync(file, value);
      execFileSync('xmllint', ['--noout', '--schema', path.join(xsdDir, schema), file], { stdio: ['ignore', 'ignore', 'pipe'] });
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const xsdDir = args.includes('--validate') ? args[args.indexOf('--validate') + 1] : undefined;
  const draft = fs.readFileSync(DRAFT, 'utf8');
  const outDir = path.join(ROOT, 'test', 'fixtures', 'input');
  for (const [form, name] of [['lines', 'wuzhong-2024.ofd'], ['chars', 'wuzhong-2024-chars.ofd']]) {
    const parts = draftOfdParts(draft, form);
    if (xsdDir) validate(parts, xsdDir);
    fs.writeFileSync(path.join(outDir, name), ofdPackage(parts));
    const pages = Object.keys(parts).filter((p) => p.endsWith('/Content.xml')).length;
    process.stdout.write(`wrote test/fixtures/input/${name} (${pages} pages${xsdDir ? ', every part valid against the schemas' : ''})\n`);
  }
}

module.exports = { ofdPackage, draftOfdParts, sealPng, deltaList, NS };
