#!/usr/bin/env node
// Writes the committed Excel fixtures under test/fixtures/input/ with exceljs: the Ningxia 2023 task
// list (附件2 of the seed) as a province would send it, and a county's task division table.
// Run: node scripts/make-xlsx-fixtures.js  (then commit the two .xlsx files).
'use strict';
const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'test', 'fixtures', 'input');
const SEED = path.join(ROOT, 'seeds', 'ningxia-2023-gazette-with-task-list.txt');
const DIVISION = path.join(ROOT, 'test', 'fixtures', 'rules', 'unknown-unit', 'wuzhong-task-division', 'draft.txt');
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1));

/** The task rows of 附件2: [group, number, content, units, deadline], repeated page headers dropped. */
function ningxiaRows() {
  const text = fs.readFileSync(SEED, 'utf8').replace(/\r\n?/g, '\n');
  const from = text.indexOf('## 全区数字政府建设重点任务清单');
  const to = text.indexOf('## 自治区党委办公厅 人民政府办公厅 印发');
  const rows = [];
  for (const line of text.slice(from, to).split('\n')) {
    if (!line.includes('\t') || line.startsWith('主要任务\t')) continue;
    const [group, content, units, deadline] = line.split('\t');
    const m = /^(\d+)\.\s*/.exec(content);
    if (!m) throw new Error(`task row without a number: ${line.slice(0, 40)}`);
    rows.push([group.trim(), Number(m[1]), content.slice(m[0].length), units, deadline]);
  }
  return rows;
}

function newWorkbook() {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'xianjie fixtures';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  return workbook;
}

/**
 * The Ningxia list: a notes sheet first (no task header, so the reader must choose by header),
 * then 附件2 with a caption row, a title merged across the columns, the header, and the
 * 主要任务 column merged down each group's rows. One long content cell wraps with Alt+Enter.
 */
async function writeNingxia(file) {
  const workbook = newWorkbook();
  const notes = workbook.addWorksheet('填表说明');
  notes.addRow(['本表为全区数字政府建设重点任务清单的电子版。']);
  notes.addRow(['各责任单位请按表中完成时限推进，并于每季度末报送进展。']);

  const sheet = workbook.addWorksheet('重点任务清单');
  sheet.columns = [{ width: 18 }, { width: 6 }, { width: 60 }, { width: 36 }, { width: 24 }];
  sheet.addRow(['附件2']);
  sheet.addRow(['全区数字政府建设重点任务清单（2023年—2025年）']);
  sheet.mergeCells('A2:E2');
  sheet.addRow(['主要任务', '序号', '重点内容', '责任单位', '完成时限']);
  const rows = ningxiaRows();
  let groupStart = 0;
  let group = '';
  const closeGroup = (endRow) => {
    if (groupStart && endRow > groupStart) sheet.mergeCells(groupStart, 1, endRow, 1);
  };
  for (const [rowGroup, no, content, units, deadline] of rows) {
    const rowNumber = sheet.rowCount + 1;
    if (rowGroup && rowGroup !== group) {
      closeGroup(rowNumber - 1);
      group = rowGroup;
      groupStart = rowNumber;
      sheet.addRow([rowGroup, no, content, units, deadline]);
    } else {
      sheet.addRow(['', no, content, units, deadline]);
    }
    if (no === 23) {
      // A line break typed inside the cell, between two Chinese characters.
      const cut = content.indexOf('，') + 1;
      sheet.getCell(rowNumber, 3).value = `${content.slice(0, cut)}\n${content.slice(cut)}`;
    }
    sheet.getCell(rowNumber, 3).alignment = { wrapText: true, vertical: 'top' };
  }
  closeGroup(sheet.rowCount);
  await workbook.xlsx.writeFile(file);
  return rows.length;
}

/** A county's task division table: title rows merged across, the heading, header and 25 rows. */
async function writeDivision(file) {
  const lines = fs.readFileSync(DIVISION, 'utf8').replace(/\r\n?/g, '\n').split('\n');
  const end = lines.findIndex((line) => line.startsWith('二、'));
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('任务分工');
  for (const line of lines.slice(0, end)) {
    if (line.includes('\t')) {
      sheet.addRow(line.split('\t').map((cell, k) => (k === 0 && /^\d+$/.test(cell) ? Number(cell) : cell)));
    } else {
      sheet.addRow([line]);
      sheet.mergeCells(sheet.rowCount, 1, sheet.rowCount, 4);
    }
  }
  await workbook.xlsx.writeFile(file);
  return lines.slice(0, end).join('\n') + '\n';
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const tasks = await writeNingxia(path.join(OUT, 'ningxia-2023-tasks.xlsx'));
  const divisionText = await writeDivision(path.join(OUT, 'wuzhong-task-division.xlsx'));
  fs.writeFileSync(path.join(OUT, 'wuzhong-task-division.txt'), divisionText);
  process.stdout.write(`wrote ningxia-2023-tasks.xlsx (${tasks} tasks), wuzhong-task-division.xlsx and its .txt twin\n`);
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${error.stack || error}\n`);
    process.exit(1);
  });
}

module.exports = { ningxiaRows };
