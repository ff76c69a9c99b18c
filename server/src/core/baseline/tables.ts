// Task-table reader for the baseline compiler: tab-separated rows (also Word tables read as tab
// rows) and Markdown tables, with the usual column names, repeated headers, group cells and group
// rows. Every line it cannot read is listed with the reason, in Chinese.
import { headingLevel, squeeze } from '../outline';
import { foldForMatching } from '../text/fold';
import type { UnitField } from './taskUnits';

export type TableColumn = 'no' | 'group' | 'name' | 'content' | 'lead' | 'units' | 'cooperating' | 'deadline' | 'other';

export interface TableRow {
  /** 1-based line in the table text. */
  line: number;
  /** Task number written in a 序号 column or at the start of the content cell. */
  no?: number;
  group: string;
  content: string;
  unitFields: UnitField[];
  deadlineRaw: string;
}

export interface Unparsed {
  where: string;
  text: string;
  reason: string;
}

export interface TableParse {
  rows: TableRow[];
  unparsed: Unparsed[];
  /** Number of header rows seen (a header repeats at page breaks). */
  headers: number;
}

const CONTENT = /重点内容|具体内容|主要内容|任务内容|工作内容|具体措施|工作措施|重点工作|工作举措/;
const GROUP = /主要任务|任务类别|重点领域|类别|领域|板块|方面/;
const TASK_NAME = /重点任务|任务名称|工作任务|任务事项|^任务$/;
const LEAD = /牵头单位|牵头部门/;
const UNITS = /责任单位|责任部门|负责单位|实施单位/;
const COOPERATING = /配合单位|配合部门|协同单位|参与单位|协助单位/;
const DEADLINE = /完成时限|完成时间|时间节点|时限|时间安排|进度安排/;

/** Classifies a header row, or undefined when the row is not a task-table header. */
export function classifyColumns(cells: string[]): TableColumn[] | undefined {
  const names = cells.map((c) => foldForMatching(squeeze(c)).replace(/[*_`]/g, ''));
  const hasUnits = names.some((n) => LEAD.test(n) || UNITS.test(n) || COOPERATING.test(n));
  const hasDeadline = names.some((n) => DEADLINE.test(n));
  if (!hasUnits && !hasDeadline) return undefined;
  const hasContent = names.some((n) => CONTENT.test(n));
  const columns = names.map((n): TableColumn => {
    if (/^(序号|编号|序)$/.test(n)) return 'no';
    if (COOPERATING.test(n)) return 'cooperating';
    if (LEAD.test(n)) return 'lead';
    if (UNITS.test(n)) return 'units';
    if (DEADLINE.test(n)) return 'deadline';
    if (CONTENT.test(n)) return 'content';
    if (GROUP.test(n)) return 'group';
    // 重点任务 beside a 具体内容 column names each task (its content is 任务名称：具体内容); alone it is the content.
    if (TASK_NAME.test(n)) return hasContent ? 'name' : 'content';
    return 'other';
  });
  return columns.includes('content') ? columns : undefined;
}

function splitRow(line: string): { cells: string[]; markdown: boolean } | undefined {
  if (line.includes('\t')) return { cells: line.split('\t'), markdown: false };
  const t = line.trim();
  if (t.startsWith('|') && t.length > 1) {
    const inner = t.replace(/^\|/, '').replace(/\|$/, '');
    return { cells: inner.split(/(?<!\\)\|/), markdown: true };
  }
  return undefined;
}

function cleanCell(s: string): string {
  return squeeze(s.replace(/\*\*|__/g, '').replace(/<br\s*\/?>/gi, ''));
}

const NUMBER_PREFIX = /^([0-9０-９]{1,3})\s*[.．、]\s*/;

function toNumber(digits: string): number {
  return parseInt(digits.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)), 10);
}

/** A line that names a group between rows: 一、数字经济 / （一）… / ### … / a row with one filled cell. */
function groupTitleOf(line: string): string | undefined {
  const t = line.replace(/^#{1,6}\s+/, '').replace(/\*\*/g, '').trim();
  if (!t) return undefined;
  const h = headingLevel(t);
  if (h && h.level <= 2) return squeeze(t);
  if (/^#{1,6}\s/.test(line.trim())) return squeeze(t);
  return undefined;
}

/**
 * Reads every task row of `text`. A row belongs to the last header seen; an empty group cell
 * continues the group above; a line or row with only a group title starts a new group.
 */
export function parseTaskTable(text: string): TableParse {
  const rows: TableRow[] = [];
  const unparsed: Unparsed[] = [];
  let header: TableColumn[] | undefined;
  let headers = 0;
  let group = '';
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const where = `任务表第${line}行`;
    if (raw.trim() === '') return;
    const row = splitRow(raw);
    if (row && row.cells.length >= 2) {
      const columns = classifyColumns(row.cells);
      if (columns) {
        header = columns;
        headers++;
        return;
      }
      if (row.markdown && row.cells.every((c) => /^\s*:?-{2,}:?\s*$/.test(c))) return;
      if (!header) {
        unparsed.push({ where, text: squeeze(raw).slice(0, 40), reason: '表格行出现在表头之前，无法确定各列含义（表头应含“责任单位”或“完成时限”等列名）' });
        return;
      }
      const cells = row.cells.map(cleanCell);
      const filled = cells.map((c, k) => ({ c, k })).filter((x) => x.c !== '');
      if (filled.length === 0) return;
      const byColumn = (col: TableColumn): string[] => cells.filter((_, k) => header![k] === col && cells[k] !== '');
      const name = byColumn('name').join('');
      let content = byColumn('content').join('');
      const groupCell = byColumn('group').join('');
      // A row with a single filled cell that is not a task (合并单元格 group rows).
      if (filled.length === 1 && (header[filled[0]!.k] !== 'content' || groupTitleOf(filled[0]!.c))) {
        group = filled[0]!.c.replace(/\s+/g, '');
        return;
      }
      if (groupCell) group = groupCell.replace(/\s+/g, '');
      if (row.cells.length > header.length) {
        unparsed.push({ where, text: squeeze(raw).slice(0, 40), reason: `本行有${row.cells.length}列，多于表头的${header.length}列，多出的列已忽略` });
      }
      if (!content && name) content = name;
      else if (content && name && !content.startsWith(name)) content = `${name}：${content}`;
      if (!content) {
        unparsed.push({ where, text: squeeze(raw).slice(0, 40), reason: '缺少任务内容（重点内容/具体内容列为空），未作为任务' });
        return;
      }
      let no: number | undefined;
      const noCell = byColumn('no')[0];
      if (noCell && /^[0-9０-９]{1,3}$/.test(noCell.replace(/[.．、\s]/g, ''))) no = toNumber(noCell.replace(/[.．、\s]/g, ''));
      const m = NUMBER_PREFIX.exec(content);
      if (m) {
        if (no === undefined) no = toNumber(m[1]!);
        content = content.slice(m[0].length);
      }
      const unitFields: UnitField[] = [];
      header.forEach((col, k) => {
        const v = cells[k] ?? '';
        if (v === '' || v === '—' || v === '-' || v === '/') return;
        if (col === 'lead') unitFields.push({ raw: v, role: 'lead' });
        else if (col === 'units') unitFields.push({ raw: v, role: 'responsible' });
        else if (col === 'cooperating') unitFields.push({ raw: v, role: 'cooperating' });
      });
      // The deadline is kept as written (only trimmed): 2024 年 stays 2024 年.
      const deadlineRaw = row.cells.filter((c, k) => header![k] === 'deadline' && c.trim() !== '').map((c) => c.trim()).join('，');
      rows.push({ line, no, group, content, unitFields, deadlineRaw });
      return;
    }
    // Not a table row: a group title between rows, a page-break title, or text we cannot use.
    const title = groupTitleOf(raw);
    if (title) {
      group = title.replace(/\s+/g, '');
      return;
    }
    if (!header) return;
    unparsed.push({ where, text: squeeze(raw).slice(0, 40), reason: '不是表格行（没有制表符或“|”分隔的单元格），已跳过' });
  });
  return { rows, unparsed, headers };
}
