#!/usr/bin/env node
// Generates the input-layer test fixtures (encodings, line endings, .docx, Traditional, broken
// files) from seeds/wuzhong-2023-shishi-fangan.txt. Usage: node scripts/make-input-fixtures.js [outDir]
'use strict';

const fs = require('fs');
const path = require('path');
const iconv = require('iconv-lite');
const OpenCC = require('opencc-js');
const fflate = require('fflate');
const docx = require('docx');

const ROOT = path.resolve(__dirname, '..');
const SEED = path.join(ROOT, 'seeds', 'wuzhong-2023-shishi-fangan.txt');

/** The task table put into the .docx fixtures: header plus two rows. */
const TASK_TABLE = [
  ['序号', '重点任务', '责任单位', '完成时限'],
  ['1', '建设全市一体化政务大数据体系', '市大数据管理服务局', '2024年'],
  ['2', '推进政务服务“一网通办”', '市政务服务中心、各县（市、区）人民政府', '2023年启动，2025年建成'],
];

/** Writes every fixture into outDir and returns a map from fixture name to file path. */
async function makeInputFixtures(outDir) {
  fs.mkdirSync(outDir, { recursive: true });
  const original = fs.readFileSync(SEED, 'utf8');
  const lf = original.replace(/\r\n?/g, '\n');
  const files = {};
  const write = (name, bytes) => {
    const file = path.join(outDir, name);
    fs.writeFileSync(file, bytes);
    files[name] = file;
  };

  write('wuzhong.utf8.txt', Buffer.from(lf, 'utf8'));
  write('wuzhong.utf8-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lf, 'utf8')]));
  write('wuzhong.gb18030.txt', iconv.encode(lf, 'gb18030'));
  write('wuzhong.utf16le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lf, 'utf16le')]));
  const utf16be = Buffer.from(lf, 'utf16le');
  utf16be.swap16();
  write('wuzhong.utf16be-bom.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]));
  write('wuzhong.crlf.txt', Buffer.from(lf.replace(/\n/g, '\r\n'), 'utf8'));
  write('wuzhong.cr.txt', Buffer.from(lf.replace(/\n/g, '\r'), 'utf8'));
  write('wuzhong.tw.txt', Buffer.from(OpenCC.Converter({ from: 'cn', to: 'tw' })(lf), 'utf8'));
  write('wuzhong.docx', await makeDraftDocx(lf));
  write('numbered.docx', await makeNumberedDocx());

  // Binary: a PNG-like header, then NUL and control bytes; named .txt on purpose.
  const binary = Buffer.alloc(4096);
  for (let index = 0; index < binary.length; index++) binary[index] = (index * 37 + 11) % 256;
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(binary, 0);
  write('binary.txt', binary);
  // Undecodable: valid ASCII and UTF-8 Chinese around 0xFF bytes, which neither UTF-8 nor GB18030 allows.
  write('undecodable.txt', Buffer.concat([Buffer.from('数字政府 ', 'utf8'), Buffer.from([0xff, 0xfe, 0xfd, 0x41, 0xff]), Buffer.from(' 实施方案\n', 'utf8')]));
  // A zip archive that is not a Word document.
  write('not-docx.docx', Buffer.from(fflate.zipSync({ 'hello.txt': fflate.strToU8('这不是 Word 文档。') })));
  return files;
}

/** Each line of the draft becomes a paragraph; the task table follows. */
async function makeDraftDocx(text) {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const paragraphs = lines.map((line) => new docx.Paragraph({ children: [new docx.TextRun(line)] }));
  const table = new docx.Table({
    rows: TASK_TABLE.map(
      (row, rowIndex) =>
        new docx.TableRow({
          tableHeader: rowIndex === 0,
          children: row.map((cell) => new docx.TableCell({ children: [new docx.Paragraph(cell)] })),
        }),
    ),
  });
  const document = new docx.Document({ sections: [{ children: [...paragraphs, table] }] });
  return docx.Packer.toBuffer(document);
}

/**
 * Automatic list numbering (一、 / （一） / 1.), a soft line break, a tab in a body paragraph, a
 * horizontally merged cell, a vertically merged cell and a deleted run of tracked changes.
 */
async function makeNumberedDocx() {
  const numbering = {
    config: [
      {
        reference: 'headings',
        levels: [
          { level: 0, format: docx.LevelFormat.CHINESE_COUNTING, text: '%1、', suffix: docx.LevelSuffix.NOTHING },
          { level: 1, format: docx.LevelFormat.CHINESE_COUNTING, text: '（%2）', suffix: docx.LevelSuffix.NOTHING },
          { level: 2, format: docx.LevelFormat.DECIMAL, text: '%3.', suffix: docx.LevelSuffix.TAB },
        ],
      },
    ],
  };
  const numbered = (text, level) => new docx.Paragraph({ text, numbering: { reference: 'headings', level } });
  const cell = (text, options = {}) => new docx.TableCell({ children: [new docx.Paragraph(text)], ...options });
  const children = [
    numbered('总体要求', 0),
    numbered('指导思想', 1),
    numbered('基本原则', 1),
    numbered('坚持改革引领。', 2),
    numbered('坚持数据赋能。', 2),
    numbered('主要任务', 0),
    numbered('构建协同高效的政府数字化履职能力体系', 1),
    new docx.Paragraph({ children: [new docx.TextRun('第一行'), new docx.TextRun({ text: '第二行', break: 1 })] }),
    new docx.Paragraph({ children: [new docx.TextRun('前'), new docx.TextRun({ children: [new docx.Tab(), '后'] })] }),
    new docx.Paragraph({ children: [new docx.TextRun('保留'), new docx.DeletedTextRun({ text: '删除', id: 1, author: 'x', date: '2024-01-01T00:00:00Z' })] }),
    new docx.Table({
      rows: [
        new docx.TableRow({ children: [cell('主要任务'), cell('重点内容'), cell('责任单位'), cell('完成时限')] }),
        new docx.TableRow({ children: [cell('数据共享', { rowSpan: 2 }), cell('建设数据共享平台'), cell('市大数据局'), cell('2024年')] }),
        new docx.TableRow({ children: [cell('完善数据目录'), cell('市大数据局'), cell('长期坚持')] }),
        new docx.TableRow({ children: [cell('合并两列', { columnSpan: 2 }), cell('市政府办公室'), cell('2025年')] }),
      ],
    }),
  ];
  const document = new docx.Document({ numbering, sections: [{ children }] });
  return docx.Packer.toBuffer(document);
}

module.exports = { makeInputFixtures, TASK_TABLE, SEED };

if (require.main === module) {
  const outDir = path.resolve(process.argv[2] ?? path.join(ROOT, 'test', 'fixtures', 'input', 'generated'));
  makeInputFixtures(outDir).then(
    (files) => console.log(`wrote ${Object.keys(files).length} fixtures to ${outDir}`),
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
