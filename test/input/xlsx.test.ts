// Tests for readXlsx on workbooks built here with exceljs: title rows, the header found by its
// column names, merged group cells, group rows, cell kinds, choosing a sheet, and refusals.
import * as assert from 'assert';
import * as fc from 'fast-check';
import type * as ExcelJS from 'exceljs';
import { xlsxModule } from './server-modules';

const { readXlsx } = xlsxModule;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const excel = require('exceljs') as typeof ExcelJS;

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new excel.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('readXlsx', () => {
  it('reads title rows as lines, then the header and rows as tab-joined cells; merged cells read empty', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('任务');
      sheet.addRow(['某市数字政府建设重点任务分工表']);
      sheet.mergeCells('A1:D1');
      sheet.addRow([]);
      sheet.addRow(['主要任务', '重点任务', '责任单位', '完成时限']);
      sheet.addRow(['一、数字经济', '建设产业云', '市工信局', '2024年']);
      sheet.addRow(['', '推进智慧园区\n建设', '市发改委、\n市工信局', new Date(Date.UTC(2025, 11, 31))]);
      sheet.mergeCells('A4:A5');
      sheet.addRow(['二、数字社会']);
      sheet.mergeCells('A6:D6');
      sheet.addRow(['', { richText: [{ text: '建设' }, { text: '智慧医院', font: { bold: true } }] }, { formula: '"市卫健委"', result: '市卫健委' }, 2025]);
    });
    const result = await readXlsx(bytes, '分工.xlsx');
    assert.ok(result.ok, JSON.stringify(result));
    assert.deepStrictEqual(result.text.split('\n'), [
      '某市数字政府建设重点任务分工表',
      '主要任务\t重点任务\t责任单位\t完成时限',
      '一、数字经济\t建设产业云\t市工信局\t2024年',
      '\t推进智慧园区 建设\t市发改委、 市工信局\t2025年12月31日',
      '二、数字社会\t\t\t',
      '\t建设智慧医院\t市卫健委\t2025',
      '',
    ]);
    assert.strictEqual(result.sheet, '任务');
    assert.deepStrictEqual(result.paragraphs.map((p) => [p.index, p.kind, result.text.slice(p.start, p.end).split('\t')[0]]), [
      [1, 'paragraph', '某市数字政府建设重点任务分工表'],
      [3, 'table-row', '主要任务'],
      [4, 'table-row', '一、数字经济'],
      [5, 'table-row', ''],
      [6, 'table-row', '二、数字社会'],
      [7, 'table-row', ''],
    ]);
  });

  it('chooses the first sheet with a task header, says so when there are several, and reads the sheet --sheet names', async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.addWorksheet('说明').addRow(['填表说明：请按时报送。']);
      for (const year of ['2023年', '2024年']) {
        const sheet = workbook.addWorksheet(year);
        sheet.addRow(['序号', '工作任务', '牵头单位', '完成时间']);
        sheet.addRow([1, `${year}任务`, '市数据局', year]);
      }
    });
    const first = await readXlsx(bytes, 'a.xlsx');
    assert.ok(first.ok);
    assert.strictEqual(first.sheet, '2023年');
    assert.match(first.notes.join(''), /2 个工作表含任务表头.*--sheet/);
    const byName = await readXlsx(bytes, 'a.xlsx', { sheet: '2024年' });
    assert.ok(byName.ok);
    assert.match(byName.text, /2024年任务/);
    const byNumber = await readXlsx(bytes, 'a.xlsx', { sheet: '1' });
    assert.ok(byNumber.ok);
    assert.strictEqual(byNumber.text, '填表说明：请按时报送。\n');
    const missing = await readXlsx(bytes, 'a.xlsx', { sheet: '2025年' });
    assert.ok(!missing.ok);
    assert.match(missing.message, /没有名为“2025年”的工作表.*“说明”、“2023年”、“2024年”/);
  });

  it('refuses files that are not workbooks with a Chinese message, and never throws on random bytes', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const refusals = [
      [ole, /设置了打开密码，或是旧版 Excel（\.xls）/],
      [new TextEncoder().encode('序号\t任务\n'), /不是有效的 Excel 工作簿/],
    ] as const;
    for (const [bytes, pattern] of refusals) {
      const result = await readXlsx(bytes, 'x.xlsx');
      assert.ok(!result.ok);
      assert.match(result.message, pattern);
    }
    // A .docx is a zip too, but holds no workbook part.
    const docxLike = await workbookBytes(() => undefined);
    const text = Buffer.from(docxLike).toString('latin1').replace(/xl\/workbook\.xml/g, 'xl/workbook.xmX');
    const renamed = await readXlsx(Buffer.from(text, 'latin1'), 'x.xlsx');
    assert.ok(!renamed.ok);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        const result = await readXlsx(bytes, 'r.xlsx');
        assert.ok(!result.ok && result.message.length > 0);
      }),
      { numRuns: 100 },
    );
  });
});
