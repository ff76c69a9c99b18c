// Outline parser: turns a plan or a regional document into headings, sub-items, paragraphs and
// task-table rows with exact offsets. Used both for drafts and when compiling baselines.
import { drain, type Steps } from './steps';
import { detach, TextKeyedCache } from './text-cache';
import { cnNumber } from './text/numerals';
import type { OutlineUnit, Span, TaskRef, TaskRowCells } from './types';
import { foldForMatching } from './text/fold';
import { EMPTY_CELL } from './text/placeholders';

const CN_NUM = '一二三四五六七八九十百零〇';
const LEVEL1 = new RegExp(`^[${CN_NUM}]{1,4}[、，,．.]`);
const LEVEL2 = new RegExp(`^[（(]\\s*[${CN_NUM}]{1,4}\\s*[）)]`);
// A digit right after the mark continues the number (5.4.2, 1.5倍), unless it opens a year (39．2025年底前完成…).
const LEVEL3 = /^[0-9０-９]{1,2}(?:[.．、](?!(?![0-9０-９]{4}[ \t\u3000]*年)[0-9０-９])|\s(?=[\u4e00-\u9fff]))/;
const LEVEL4 = /^[（(]\s*[0-9０-９]{1,2}\s*[）)]/;
/**
 * A plan drafted on a regulation's template: 第一章 (level 1), 第一节 (level 2) and articles 第一条
 * (level 3), the marker followed by a space or straight by the title. Read only in a document whose
 * numbering they are (see numberingOf): where chapters hold 一、 headings, they stay as they were.
 */
const CHAPTER = new RegExp(`^第[${CN_NUM}]{1,4}([章节条])(?:[ \t\u3000]+|(?=[\u4e00-\u9fff]))`);
const CHAPTER_LEVEL: Record<string, number> = { 章: 1, 节: 2, 条: 3 };
/**
 * How a draft numbers its headings: 一、（一）1.（1） as most do; 第一章, 第一节, 第一条 on a regulation's template; or 1, 1.1,
 * 1.1.1, 1.1.1.1 as a design document is numbered (numberingOf tells which).
 */
export type Numbering = 'common' | 'chapters' | 'decimal';
/**
 * A decimal outline number (3.1, 4.1.2, 2.1.1.1, or 3 alone) before a title: its depth is the heading's level. Not a
 * quantity (1.5万, 2.5倍, 3.5G) nor a date (2024.6).
 */
const DECIMAL_TAIL = String.raw`[.．、]?(?:[ \t\u3000]+|(?=[\u4e00-\u9fff]))(?![万亿千百个倍%％‰年月日号元吨米项次])`;
const DECIMAL = new RegExp(String.raw`^([0-9]{1,2}(?:[.．][0-9]{1,2}){0,3})` + DECIMAL_TAIL);
/** A line numbered 3.1 or deeper (a decimal outline's sub-heading). */
const DECIMAL_DEEP = new RegExp(String.raw`^[0-9]{1,2}(?:[.．][0-9]{1,2}){1,3}` + DECIMAL_TAIL);
/** Heading markers that may also start a heading in the middle of a line (one-line copies). */
const INLINE_HEADING = new RegExp(`(?<=[。；;])\\s*(?=(?:[${CN_NUM}]{1,3}、|[（(][${CN_NUM}]{1,3}[）)]))`, 'g');
const TERMINAL = /[。！？!?；;：:”」』）)】]$/;
const CLAUSE_PUNCT = /[，,；;：:（(）)]/;
const MD_PREFIX = /^(?:#{1,6}\s+|[-*+]\s+|>\s*)/;

/** Maximum length of a sub-item title at the start of a paragraph, and in the middle of one. */
const SUBITEM_MAX_AT_START = 24;
const SUBITEM_MAX_MIDLINE = 14;

export interface OutlineOptions {
  /** Stop after this many units (guards pathological input). */
  maxUnits?: number;
  /**
   * Look for further sub-item titles inside a paragraph that starts with one (drafts run several
   * sub-items on one line). Off for regional documents, which give each sub-item its own line
   * and hold short plain sentences (探索建立首席数据官制度。) inside their paragraphs.
   */
  runOnSubitems?: boolean;
  /** Read an attachment caption (附件：…) as a level-1 heading. On for drafts; off for regional bodies. */
  appendices?: boolean;
  /**
   * In a document that lost its heading numbers (a word processor's automatic numbering dropped on
   * export), read a short line that ends without punctuation (主要目标, 驱动数字经济发展) as a heading.
   * Only when the document has fewer than two numbered level-1 or level-2 headings and two or more of
   * its first-level sections (总体要求, 主要任务 …) stand bare (see lostHeadingNumbers). Defaults to `appendices`.
   */
  bareHeadings?: boolean;
  /**
   * Parsed paragraphs by their text (see ParagraphCache), kept between parses of successive
   * versions of a document, so that an edit parses again only the paragraphs it changed.
   */
  cache?: ParagraphCache;
}

/** One unit of a parsed paragraph, with offsets relative to the paragraph's start. */
interface RecordedUnit {
  kind: OutlineUnit['kind'];
  level: number;
  marker: string;
  title: string;
  titleStart: number;
  titleEnd: number;
  start: number;
  end: number;
}

/**
 * The units of paragraphs parsed before, by the paragraph's text and the parse options. A paragraph's
 * units depend only on its own text (processParagraph reads nothing outside it), so they are replayed
 * at the paragraph's new offset.
 */
export class ParagraphCache extends TextKeyedCache<RecordedUnit[]> {
  constructor(limit = 50000) {
    super(limit);
  }
}

interface Line {
  start: number;
  end: number;
}

/** Splits text into physical lines; \r\n, \n and \r all end a line. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  // Most drafts end their lines with \n alone: found by the engine's own search, not one character at a time.
  if (text.indexOf('\r') < 0) {
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      lines.push({ start, end: nl });
      start = nl + 1;
    }
    lines.push({ start, end: text.length });
    return lines;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: text.length });
  return lines;
}

export function headingLevel(s: string, scheme: Numbering = 'common'): { level: number; marker: string } | undefined {
  if (scheme === 'decimal') {
    const d = DECIMAL.exec(s);
    if (d) return { level: d[1]!.split(/[.．]/).length, marker: d[0].trimEnd() };
  }
  let m = LEVEL2.exec(s);
  if (m) return { level: 2, marker: m[0] };
  m = LEVEL4.exec(s);
  if (m) return { level: 4, marker: m[0] };
  m = LEVEL1.exec(s);
  if (m) return { level: 1, marker: m[0] };
  m = LEVEL3.exec(s);
  if (m) return { level: 3, marker: m[0] };
  if (scheme !== 'chapters' || s.charCodeAt(0) !== 0x7b2c) return undefined;
  m = CHAPTER.exec(s);
  if (m) return { level: CHAPTER_LEVEL[m[1]!]!, marker: m[0].trimEnd() };
  return undefined;
}

/** Removes whitespace that page breaks and PDF copies leave inside CJK text. */
export function squeeze(s: string): string {
  return s.replace(/\s+/g, (ws, off: number, all: string) => {
    const prev = all[off - 1] ?? '';
    const next = all[off + ws.length] ?? '';
    return /[\x21-\x7e]/.test(prev) && /[\x21-\x7e]/.test(next) ? ' ' : '';
  });
}

function isBlank(text: string, l: Line): boolean {
  for (let i = l.start; i < l.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0x3000 && c !== 0xa0) return false;
  }
  return true;
}

function leadingSkip(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && /[\s\u3000\ufeff]/.test(text[i]!)) i++;
  const m = MD_PREFIX.exec(text.slice(i, Math.min(end, i + 8)));
  if (m) i += m[0].length;
  while (i < end && /[\s\u3000]/.test(text[i]!)) i++;
  return i;
}

/** A line opening with a bullet mark (●, ■, ◆, ▪, •), as a slide's item is written. */
const BULLET_LINE = /^[ \t\u3000]*[●■◆▪•◼◾]/;
/** A line opening with an arrow (→, ➢, ➤, ⇒), as a slide writes what falls under an item. */
const ARROW_LINE = /^[ \t\u3000]*(?:→|➢|➤|⇒|➔)/;
/** Most arrow lines read under one bullet. */
const BULLET_ARROWS_MAX = 8;

// ---------------------------------------------------------------------------------------------
// Tables

type Column = 'no' | 'group' | 'name' | 'content' | 'lead' | 'units' | 'unitsAndDeadline' | 'cooperating' | 'persons' | 'deadline' | 'higherDeadline' | 'nextSteps' | 'start' | 'arrangement' | 'remark' | 'criteria' | 'basis' | 'ref' | 'ref-region' | 'ref-city' | 'ref-county' | 'other';

/** A column of start dates (开始时间, 启动时间): not a deadline, read only for an impossible date. */
const START_HEADER = /^(?:开始时间|起始时间|启动时间|开工时间|开始日期)$/;

/**
 * An assessment rubric's scoring column (评分标准, 考核标准, 评分细则): the conditions for the row's points, which
 * state its date when the rubric has no deadline column (2024年底前建成的得满分).
 */
const CRITERIA_HEADER = /^(?:评分标准|评分细则|评分办法|计分标准|计分办法|扣分标准|考核标准|考核评分标准|评价标准|考评标准|验收标准)$/;

/**
 * A remarks column (备注, 进展情况) or a status column (进展状态: 【已完成】, 【推进中】): read only for whether it says the
 * task is done (已完成, 2023年已建成).
 */
/** A column giving each row's basis (政策依据, 文件依据, 落实依据): the documents the row answers. */
const BASIS_HEADER = /^(?:政策依据|文件依据|上级依据|落实依据|工作依据|依据文件|政策文件依据|依据)$/;
const REMARK_HEADER = /^(?:备注|说明|进展情况|完成情况|进展|(?:进展|推进|完成|工作|当前|实施|任务)?状态)$/;
/**
 * A remark saying the task is done, perhaps as a tag in brackets (【已完成】) or with its date (已于2024年3月完成); not one
 * saying a step of it is (已于2024年3月完成县直部门公文流转上线).
 */
const DONE_REMARK = /^[【\[［（(〔]?(?:[0-9０-９]{4}\s*年(?:[0-9０-９]{1,2}月)?)?(?:已完成|已建成|已实现|已上线|已落实|已出台|已印发|已全部完成|已办结)|^已于[^，,。；;]{2,16}?(?:完成|建成|实现|上线|落实|出台|印发|办结)(?:[。；;，,]|$)/;

/**
 * The new arrangement of a table that amends a plan's tasks (序号 | 任务内容 | 调整事项 | 原安排 | 调整后安排): its
 * units and its date, in one cell. The old arrangement beside it (原安排) is history and is not read.
 */
/**
 * The units an arrangement cell opens with: its clauses (apart by ，；) from the first while each names a
 * role (区大数据服务中心牵头，区直各部门配合 | 2024年12月底前完成). Undefined when the first names none (删除, a date).
 */
function unitsLead(text: string, cell: Span): Span | undefined {
  const value = text.slice(cell.start, cell.end);
  let end = -1;
  let from = 0;
  for (const m of value.matchAll(/[，,；;]|$/g)) {
    const clause = value.slice(from, m.index);
    if (!/牵头|牽頭|负责|負責|配合|参与|參與|协助|協助|指导|指導/.test(clause) || /[0-9０-９]{4}\s*年/.test(clause)) break;
    end = m.index!;
    from = m.index! + m[0].length;
    if (!m[0]) break;
  }
  return end > 0 ? { start: cell.start, end: cell.start + end } : undefined;
}

const ARRANGEMENT_HEADER = /^(?:调整后|变更后|修改后)(?:安排|内容|情况|的安排|事项)?$|^现安排$/;

/** A header naming the bodies and the date together (责任单位及时限, 牵头单位和完成时限, 责任单位/完成时间). */
const UNITS_AND_DEADLINE_HEADER = /^(?:责任单位|責任單位|牵头单位|牽頭單位|责任部门|責任部門)(?:及|和|与|與|、|\/|／)(?:完成)?(?:时限|時限|时间|時間|期限)$/;

/** Where a cell of bodies and a date turns to the date: a part opening with a year or an ongoing or yearly word. */
const DATE_PART = /^[ \t\u3000]*(?:[0-9０-９]{4}[ \t\u3000]*[年.．\-/]|持续|持續|长期|長期|常态化|常態化|每年|每季度|每月|按月|按季度|本方案印发|方案印发)/;

/**
 * A cell of bodies then a date (县工业信息化和商务局牵头，县农业农村局配合；2024年底前): the bodies, and the date from its first
 * part that opens as a date does to the cell's end. Either is undefined when the cell has none.
 */
function splitUnitsAndDate(text: string, cell: Span): { units?: Span; deadline?: Span } {
  const value = text.slice(cell.start, cell.end);
  for (const m of value.matchAll(/[，,；;]/g)) {
    const at = m.index! + 1;
    if (!DATE_PART.test(value.slice(at))) continue;
    const units = trimSpan(text, { start: cell.start, end: cell.start + m.index! });
    const deadline = trimSpan(text, { start: cell.start + at, end: cell.end });
    return { ...(units.end > units.start ? { units } : {}), ...(deadline.end > deadline.start ? { deadline } : {}) };
  }
  return DATE_PART.test(value) ? { deadline: trimSpan(text, cell) } : { units: cell };
}

/** A CSV header's first cell. */
const ROW_NUMBER_LABEL = /^(?:序号|编号|序)$/;

/** Most lines one CSV row may run over (a quoted cell of several lines). */
const CSV_ROW_LINES = 6;

/** The first `ch` in text[from, to), or -1: a search that stops at `to` (a line's end), not at the text's. */
function indexWithin(text: string, ch: string, from: number, to: number): number {
  const code = ch.charCodeAt(0);
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}

/** The next ASCII comma at or after `from` in one parse's text (-1: none), kept in the parse's own state. */
interface NextComma {
  from: number;
  at: number;
}

/**
 * Whether text[from, to) holds an ASCII comma. Lines are asked in order, so the next comma of the text is
 * remembered (per parse) and searched for again only once passed: one search over the whole text per parse.
 */
function hasCommaWithin(text: string, from: number, to: number, memo: NextComma): boolean {
  if (from < memo.from || (memo.at >= 0 && memo.at < from)) {
    memo.from = from;
    memo.at = text.indexOf(',', from);
  }
  return memo.at >= 0 && memo.at < to;
}

/**
 * A line of a spreadsheet saved as CSV: cells apart by ASCII commas, a cell holding a comma or a quote
 * wrapped in double quotes (a quote inside doubled). Read only as the header of a task table (its cells
 * name 重点任务, 牵头单位, 完成时限 …) or as a row of one, with the header's number of cells; a sentence with
 * ASCII commas is neither.
 */
function csvRow(text: string, l: Line, st: { header?: Column[]; csv?: boolean; comma?: NextComma }, lines?: Line[], at?: number): { cells: Span[]; markdown: boolean; csv: true; end?: number } | undefined {
  // Within the line only: most drafts have no ASCII comma, and a search on to the text's end for every line
  // would make reading a long draft quadratic.
  if (!hasCommaWithin(text, l.start, l.end, (st.comma ??= { from: Infinity, at: -1 }))) return undefined;
  // Outside a CSV table only a header is read, and a header's first cell is a row number's label: a line
  // whose first (unquoted) cell is anything else is no row, however its other cells read.
  if (!(st.csv && st.header) && text.charCodeAt(l.start) !== 0x22 && !ROW_NUMBER_LABEL.test(text.slice(l.start, indexWithin(text, ',', l.start, l.end)).trim())) return undefined;
  const cells: Span[] = [];
  let i = l.start;
  // Under a CSV header, a quoted cell may hold line breaks, as a spreadsheet saves a cell of several lines: the row
  // then runs on to the line where the quote closes (up to CSV_ROW_LINES lines).
  const within = st.csv && st.header && lines && at !== undefined;
  for (;;) {
    if (text[i] === '"') {
      let j = i + 1;
      while (j < l.end && !(text[j] === '"' && text[j + 1] !== '"')) j += text[j] === '"' ? 2 : 1;
      if (j >= l.end) {
        if (!within) return undefined;
        let k = at;
        while (j >= l.end && k + 1 < lines.length && k + 1 - at < CSV_ROW_LINES) {
          k++;
          l = { start: l.start, end: lines[k]!.end };
          while (j < l.end && !(text[j] === '"' && text[j + 1] !== '"')) j += text[j] === '"' ? 2 : 1;
        }
        if (j >= l.end) return undefined;
      }
      cells.push({ start: i + 1, end: j });
      i = j + 1;
      if (i < l.end && text[i] !== ',') return undefined;
    } else {
      const comma = indexWithin(text, ',', i, l.end);
      const end = comma < 0 ? l.end : comma;
      cells.push({ start: i, end });
      i = end;
    }
    if (i >= l.end) break;
    i++; // the comma
    if (i === l.end) {
      cells.push({ start: i, end: i });
      break;
    }
  }
  if (cells.length < 3) return undefined;
  if (st.csv && st.header) return cells.length === st.header.length ? { cells, markdown: false, csv: true, end: l.end } : undefined;
  // A header is short labels only, the first a row number's (序号,重点任务,牵头单位,…): a sentence with ASCII
  // commas (推进…,提升…(责任单位:…;完成时限:…)) is none.
  const names = cells.map((c) => text.slice(c.start, c.end).trim());
  if (!ROW_NUMBER_LABEL.test(names[0]!) || !names.every((n) => /^[\u4e00-\u9fff（）()]{1,12}$/.test(n))) return undefined;
  return classifyHeader(names) ? { cells, markdown: false, csv: true } : undefined;
}

export function splitCells(text: string, l: Line): { cells: Span[]; markdown: boolean; csv?: true } | undefined {
  const s = text.slice(l.start, l.end);
  if (s.includes('\t')) return { cells: cellsBetween(text, l, '\t'), markdown: false };
  const t = s.trim();
  if (t.startsWith('|') && t.length > 1) {
    const cells: Span[] = [];
    const first = l.start + s.indexOf('|');
    const lastBar = l.start + s.lastIndexOf('|');
    let start = first + 1;
    for (let i = first + 1; i <= lastBar; i++) {
      if (text[i] === '|' && text[i - 1] !== '\\') {
        cells.push({ start, end: i });
        start = i + 1;
      }
    }
    if (lastBar === first) cells.push({ start, end: l.end });
    return { cells, markdown: true };
  }
  // A table typed by hand with bars between its cells and none at the ends of lines (序号 | 重点任务 | 牵头单位 | 完成时限, then
  // 1 | 推进… | 区大数据中心 | 2024年底前): read as a Markdown row is (a line of dashes between header and rows is its rule).
  if (countOf(s, '|') >= 2 && !LABEL_OPENING.test(s)) return { cells: cellsBetween(text, l, '|'), markdown: true };
  // Fields separated by full-width bars, as an online form exports its rows (序号｜任务内容｜牵头单位｜配合单位｜完成时限):
  // read as a tab-separated row is. Two bars at least; a bracketed label (【系统名称｜主管部门】) is no row.
  if (countOf(s, '｜') >= 2 && !LABEL_OPENING.test(s)) return { cells: cellsBetween(text, l, '｜'), markdown: false };
  return undefined;
}

/** A line opening with a bracket, as a label does (【系统名称｜主管部门】): its bars separate no cells. */
const LABEL_OPENING = /^[ \t\u3000]*[【〔［\[]/;

/**
 * The spans of a line between one separator character (a tab, a full-width bar, a bar), the line's ends included. A bar
 * escaped as Markdown escapes it (\|) separates nothing.
 */
function cellsBetween(text: string, l: Line, sep: string): Span[] {
  const cells: Span[] = [];
  let start = l.start;
  for (let i = l.start; i <= l.end; i++) {
    if (i === l.end || (text[i] === sep && !(sep === '|' && text[i - 1] === '\\'))) {
      cells.push({ start, end: i });
      start = i + 1;
    }
  }
  return cells;
}

/** How many times `ch` occurs in `s`. */
function countOf(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * A cell as a spreadsheet quotes it when it spans lines ("2024年6月底前完成…⏎…全覆盖"), without its quotes: only
 * when it holds a line break or no other quote (a cell "宁政通"推广… keeps its quotes).
 */
function unquoteCell(text: string, s: Span): Span {
  if (s.end - s.start < 2 || text[s.start] !== '"' || text[s.end - 1] !== '"') return s;
  const inner = text.slice(s.start + 1, s.end - 1);
  return /[\r\n]/.test(inner) || !inner.replace(/""/g, '').includes('"') ? trimSpan(text, { start: s.start + 1, end: s.end - 1 }) : s;
}

/** A column of the dates a plan set before it was adjusted: 原定完成时限, 原计划完成时间, 调整前时限. */
/** The date work was actually done (实际完成时间, 实际完成日期), in a table of what was done. */
const ACTUAL_DATE_HEADER = /^实际(?:完成)?(?:时间|時間|日期|时限|時限)$/;
/** The date a row was planned for (计划完成时限, 计划完成时间), in a report that records the date it was done beside it. */
const PLANNED_DATE_HEADER = /^(?:计划|計劃)(?:完成)?(?:时限|時限|时间|時間|日期)$/;
/** A date column named only as the date done (完成时间, 完成日期), which beside a planned date's column is when the work was done. */
const DONE_DATE_HEADER = /^完成(?:时间|時間|日期)$/;
/** Whether the row's work is done: 是否完成, 完成与否. */
const DONE_FLAG_HEADER = /^(?:是否(?:已)?完成|完成与否|是否办结)$/;
/** What is still to be done for a row not done: 未完成原因及下步措施, 下步措施, 下一步工作（计划）. */
const NEXT_STEPS_HEADER = /(?:下步|下一步)(?:措施|举措|工作|计划|打算|安排)/;
const FORMER_DATE_HEADER = /(?:^|及|和|与|、|\/)(?:原定|原计划|原計劃|原|调整前|調整前|变更前|變更前)(?:的)?(?:完成)?(?:时限|時限|时间|時間|期限|时间节点|時間節點)$/;
/** The lead's and the helpers' columns headed in plain words (谁牵头 | 谁配合). */
const PLAIN_LEAD = /^(?:谁牵头|由谁牵头|谁主抓|谁来牵头|牵头|牽頭)(?:[（(][^（）()]{1,20}[）)])?$/;
const PLAIN_COOPERATING = /^(?:谁配合|谁协助|谁参与|谁来配合|配合)(?:[（(][^（）()]{1,20}[）)])?$/;
/** A header of one word for the date (时间), beside a column of the bodies: the row's date. */
const BARE_TIME_HEADER = /^(?:时间|時間)$/;
/**
 * Other names of a 责任单位 column: the bodies that undertake, carry out or answer for the row (承办单位, 责任主体, 落实单位),
 * and the plain words of a table written for readers in the villages (谁来办, 谁负责).
 */
const OTHER_UNITS_HEADER = /^(?:承办|落实|实施|执行|承担|负责)(?:单位|部门)$|^(?:责任|实施)主体$|^(?:谁来办|谁来干|谁负责|由谁负责|由谁办)(?:[（(][^（）()]{1,20}[）)])?$/;

/**
 * Headers of a project's period (建设周期, 实施期限, 起止时间) or of a row's schedule in stages (进度安排: 2023年底完成30%，…，
 * 2025年6月底前全面完成): a deadline column only when the table has no 完成时限.
 */
const PERIOD_NAMES = '建设周期|建設週期|建设期限|建设年限|建設年限|实施周期|实施期限|实施年限|實施年限|起止时间|起止年限|进度安排|進度安排|进度计划|進度計劃|推进进度|推進進度|进度要求|進度要求|时间进度|時間進度';
const PERIOD_HEADER = new RegExp(PERIOD_NAMES);

/** Headers of a deadline column (完成时限, 完成期限, 截止时间, 时间要求 …), a project table's period among them (建设周期 2024.5—2025.6). */
const DEADLINE_HEADER = new RegExp(
  `完成时限|完成时间|时间节点|完成時限|完成時間|时限|时间安排|(?:完成|办结|辦結|整改)期限|截止(?:时间|時間|日期)|完成(?:日期|节点|節點|时点|時點)|时间要求|時間要求|计划时间|計劃時間|(?:啥|什[么幺])时候(?:办完|干完|完成|办结)|何时(?:完成|办结|办完)|${PERIOD_NAMES}`,
);

/**
 * Headers of a column that gives the higher level's task numbers a row takes up (对应自治区任务,
 * 对标省级任务, 自治区任务序号, 上级清单编号).
 */
/**
 * A content column's header: the work the row sets out (任务内容, 具体措施, 我县落实举措, a 整改方案's 整改措施; its
 * 存在问题 column tells what was found, and is not read).
 */
const CONTENT_HEADER = /重点内容|具体内容|主要内容|任务内容|工作内容|建设内容|实施内容|考核内容|考核事项|考核要点|评价内容|整改措施|整改举措|整改内容|具体措施|工作措施|主要措施|具体举措|工作举措|主要举措|重点举措|落实举措|落实措施|推进举措|推进措施|整合方式|整合内容|整合措施|^[\u4e00-\u9fff]{0,5}(?:措施|举措|舉措)$|^要(?:办|干|做)的(?:事|事情)$|^(?:办|干|做)(?:什[么幺]|啥)(?:事)?$/;

/** A header cell naming a higher level as its owner: 自治区责任单位, 自治区完成时限, 自治区任务（原文）, 上级任务. */
const QUOTED_LEVEL = /^(?:自治区|自治區|省级?|上级|上級|国家|國家|全区)(?:级)?(?:重点)?(?:任务|任務|责任单位|責任單位|牵头单位|牽頭單位|配合单位|完成时限|完成時限|时限|時限|内容|原文|要求)/;

const REF_HEADER = /对应|对标|(?:自治区|省|市|上级|区)[^，,]{0,4}(?:任务|清单)[^，,]{0,2}(?:序号|编号)/;

/** The cross-reference columns and the level of the list each cites (undefined: not said). */
const REF_LEVEL: Record<'ref' | 'ref-region' | 'ref-city' | 'ref-county', TaskRef['level']> = {
  ref: undefined, 'ref-region': 'region', 'ref-city': 'city', 'ref-county': 'county',
};

/** A cross-reference cell: task numbers (第12项, 12, 12、13, 第30项、第32项) and nothing else. */
const REF_CELL = /^(?:第?[0-9]{1,3}项?)(?:[、，,和及\s]+第?[0-9]{1,3}项?)*$/;

/** The task numbers of a cross-reference cell, or none when the cell is not one (见上, —). */
export function readTaskRefs(cell: string): number[] {
  const plain = foldForMatching(cell).replace(/\s+/g, ' ').trim();
  if (!REF_CELL.test(plain)) return [];
  return [...new Set((plain.match(/[0-9]{1,3}/g) ?? []).map(Number))];
}

/** A department's table names its own sections as the responsible ones: 责任股室（单位）, 牵头科室, 承办处室. */
const SECTION_UNITS = /^(?:责任|負責|负责|牵头|牽頭|承办|承辦|主办|主辦)(?:股室|科室|处室|處室|股|科|处|處)/;

/** A header cell that is a place's name (利通区, 青铜峡市, 盐池县), not a whole or a level (全市, 市本级). */
const PLACE_COLUMN = /^(?![全本各该])[\u4e00-\u9fff]{1,6}(?:区|县|市|旗|镇|乡|街道|苏木)$/;

export function classifyHeader(cells: string[]): Column[] | undefined {
  // Header words are matched in Simplified (序號、重點內容 read as 序号、重点内容).
  const names = cells.map((c) => foldForMatching(squeeze(c)));
  // A header is a row of short labels: a cell holding a row's number (6) or a sentence of content is a
  // row's, even when its 完成时限 cell reads like a label (同上级时限).
  if (names.some((n) => /^[0-9]{1,3}[.．、]?$/.test(n) || n.length > 30)) return undefined;
  const hasUnits = names.some((n) => /责任单位|牵头单位|負責單位|責任單位|牽頭單位|责任部门|牵头部门|主办单位|主办部门|主责单位|主责部门|^(?:项目)?(?:建设单位|建設單位)$|^(?:主管部门|主管單位|主管单位)$/.test(n) || OTHER_UNITS_HEADER.test(n) || PLAIN_LEAD.test(n) || SECTION_UNITS.test(n) || ARRANGEMENT_HEADER.test(n));
  // A date column per county (利通区 | 红寺堡区 | 青铜峡市 …, a city's schedule for each of its counties).
  const places = names.filter((n) => PLACE_COLUMN.test(n)).length >= 2 && !names.some((n) => DEADLINE_HEADER.test(n));
  const bareTime = hasUnits && !names.some((n) => DEADLINE_HEADER.test(n)) && names.some((n) => BARE_TIME_HEADER.test(n));
  const hasDeadline = places || bareTime || names.some((n) => DEADLINE_HEADER.test(n) || UNITS_AND_DEADLINE_HEADER.test(n));
  if (!hasUnits && !hasDeadline) return undefined;
  const hasContentCol = names.some((n) => CONTENT_HEADER.test(n) && !QUOTED_LEVEL.test(n));
  const hasCompletion = names.some((n) => DEADLINE_HEADER.test(n) && !PERIOD_HEADER.test(n) && !FORMER_DATE_HEADER.test(n) && !QUOTED_LEVEL.test(n));
  // A planned date's column (计划完成时限) beside one of the date done (完成时间): a report's record of when the work was done.
  const hasPlanned = names.some((n) => PLANNED_DATE_HEADER.test(n));
  // The plan's own columns marked as such (我市完成时限, 本县责任单位) beside another level's named by its place or level
  // (吴忠市完成时限, 市级牵头单位): that level's bodies and date, which the row's own date may not pass.
  const ownMarked = names.some((n) => OWN_LEVEL_COLUMN.test(n) && DEADLINE_HEADER.test(n));
  const higherColumn = (n: string): boolean => ownMarked && !OWN_LEVEL_COLUMN.test(n) && HIGHER_LEVEL_COLUMN.test(n);
  return names.map((n): Column => {
    if (/^(序号|编号|序)$/.test(n)) return 'no';
    if (higherColumn(n)) return DEADLINE_HEADER.test(n) && !PERIOD_HEADER.test(n) ? 'higherDeadline' : 'other';
    // A higher level's columns quoted beside the plan's own (自治区任务（原文） | 自治区责任单位 | 自治区完成时限 |
    // 我县落实举措 | 县牵头单位 …) are that level's words, units and dates: not read as the plan's content, units or dates.
    // The quoted task itself says which of that level's tasks the row takes up: it is read as the row's context.
    if (QUOTED_LEVEL.test(n) && !REF_HEADER.test(n)) return /任务|任務|内容|原文|要求/.test(n) && hasContentCol ? 'group' : 'other';
    if (PARENT_PLAN_COLUMN.test(n)) return hasContentCol ? 'group' : 'other';
    // Bodies that supervise (督办单位) watch over the work from outside, as those who cooperate help with it.
    // One column for the bodies and the date (责任单位及时限: 县大数据服务中心牵头，县直各部门配合；2024年底前).
    if (UNITS_AND_DEADLINE_HEADER.test(n)) return 'unitsAndDeadline';
    if (/配合单位|协同单位|参与单位|配合部门|协同部门|协办单位|协办部门|督办单位|督办部门/.test(n) || PLAIN_COOPERATING.test(n)) return 'cooperating';
    if (/牵头单位|牽頭單位|牵头部门|主办单位|主办部门|主责单位|主责部门/.test(n) || PLAIN_LEAD.test(n)) return 'lead';
    // The person in charge, the body perhaps in brackets after the name (李某某（县财政局）).
    if (/^(?:具体|牵头)?(?:责任人|負責人|负责人|責任人|联系人|聯繫人)$/.test(n)) return 'persons';
    if (/责任单位|責任單位|责任部门|负责单位/.test(n) || OTHER_UNITS_HEADER.test(n)) return 'units';
    // A project list's owner (建设单位): the body that carries the project out, as a 责任单位 does.
    if (/^(?:项目)?(?:建设单位|建設單位)$/.test(n)) return 'units';
    // A list of systems' owners (系统名称 | 主管部门 | 整合方式 | 完成时间): the body that answers for the system.
    if (/^(?:主管部门|主管單位|主管单位)$/.test(n)) return 'units';
    // A department's own table: its sections (责任股室（单位）, 牵头科室, 承办处室).
    if (SECTION_UNITS.test(n)) return /牵头|牽頭/.test(n) ? 'lead' : 'units';
    // The date a plan set before it was adjusted (原定完成时限 beside 调整后完成时限) is history, not a date set now; so is the
    // date work was actually done, in a year-end table of what was done (实际完成时间, or 完成时间 beside 计划完成时限).
    if (FORMER_DATE_HEADER.test(n) || ACTUAL_DATE_HEADER.test(n) || (hasPlanned && DONE_DATE_HEADER.test(n))) return 'other';
    // Whether the row's work is done (是否完成: 是 / 否 / 持续推进): a status.
    if (DONE_FLAG_HEADER.test(n)) return 'remark';
    // What is still to be done and by when, for a row not done (未完成原因及下步措施, 下一步工作): its new date.
    if (NEXT_STEPS_HEADER.test(n)) return 'nextSteps';
    // A project's period (建设周期 2024—2025年) beside its own 完成时限 column is how long the work runs: the row's date
    // is the 完成时限 (read once, not twice against whichever tasks each cell matches).
    if (PERIOD_HEADER.test(n) && hasCompletion) return 'other';
    if (DEADLINE_HEADER.test(n) || (places && PLACE_COLUMN.test(n)) || (bareTime && BARE_TIME_HEADER.test(n))) return 'deadline';
    if (ARRANGEMENT_HEADER.test(n)) return 'arrangement';
    if (START_HEADER.test(n)) return 'start';
    // (A status column may list its values: 进展情况（已完成/推进中/未启动）.)
    if (REMARK_HEADER.test(n.replace(/[（(][^（）()]{1,20}[）)]$/, ''))) return 'remark';
    if (CRITERIA_HEADER.test(n)) return 'criteria';
    if (BASIS_HEADER.test(n)) return 'basis';
    // A column naming the plan's own section (对应章节: 2.1.4, 第3.2节) is no cross-reference to a higher list.
    if (SECTION_HEADER.test(n) && !hasContentCol) return 'content';
    // The list a cross-reference column cites, when its header names the level (自治区, 省; 市; 县).
    if (REF_HEADER.test(n)) return /自治区|省/.test(n) ? 'ref-region' : /市/.test(n) ? 'ref-city' : /县/.test(n) ? 'ref-county' : 'ref';
    if (CONTENT_HEADER.test(n)) return 'content';
    // A division of duties by section (章节 | 牵头单位 | 配合单位 | 完成时限): each row's section is its content.
    if (SECTION_HEADER.test(n) && !hasContentCol) return 'content';
    // An indicator table with a 责任单位 column: each indicator is a row whose units are checked.
    if (/^(?:指标名称|指标|指标内容|主要指标)$/.test(n) && hasUnits) return 'content';
    // 主要任务 alone (序号 | 主要任务 | 责任单位 | 完成时限) is the row's content, as 重点任务 would be; beside a column of
    // content or of tasks it is the group the rows belong to.
    if (/主要任务/.test(n) && !hasContentCol && !names.some((o) => o !== n && TASK_HEADER.test(o))) return 'content';
    if (/主要任务|任务类别|重点领域|类别|领域/.test(n)) return 'group';
    // A project's or item's own name beside its content (项目名称 | 建设内容) names that row alone.
    if (hasContentCol && /项目名称|任务名称|事项名称|工作事项|系统名称|平台名称|系统（平台）名称/.test(n)) return 'name';
    if (TASK_HEADER.test(n)) return hasContentCol ? 'group' : 'content';
    return 'other';
  });
}

/** A column of the plan's own level marked as such: 我市完成时限, 本县责任单位, 我区牵头单位. */
const OWN_LEVEL_COLUMN = /^(?:我|本)(?:市|县|縣|区|區|旗)/;
/** A column of the level above named by its place or level (吴忠市完成时限, 市级牵头单位, 自治区完成时限). */
const HIGHER_LEVEL_COLUMN = /^(?:[\u4e00-\u9fff]{2,5}(?:市|盟|州)|市级|市級|市本级|自治区|自治區|省级?|上级|上級)(?:牵头单位|牽頭單位|责任单位|責任單位|配合单位|完成时限|完成時限|完成时间|时限|時限)/;

/**
 * A 责任单位 column for one level (县区责任单位, 县（区）责任单位, 乡镇责任单位): beside a first such column, the bodies of
 * another level. Not a body's own sections (责任科室 beside 责任单位), which are no bodies.
 */
const LEVEL_UNITS_HEADER = /^(?:市级|市本级|县级|县区|县（区）|县\(区\)|县（市、区）|区县|乡镇|乡镇（街道）|区级|各县区)(?:的)?(?:责任单位|责任部门|承办单位|落实单位)$/;

/** A header naming the row's task or project (重点任务, 任务名称, 项目名称, 工作事项, 事项 alone). */
const TASK_HEADER = /重点任务|任务名称|工作任务|项目名称|事项名称|任务|项目|工作事项|系统名称|平台名称|重点工作|主要工作|具体工作|重点事项|改革事项|(?:对接|承接|落实|具体|推进)事项|^事项$|工作目标/;

/** A cell that repeats the one above it: 同上, 〃, ″, 同前. */
export const DITTO = /^[\s\u3000]*(?:同上|同前|见上|見上|〃|″|"|”)[\s\u3000]*$/;
/** A cell that repeats the one to its left in the same row: 同左, 见左. */
const LEFT_DITTO = /^[\s\u3000]*(?:同左|见左|見左)[\s\u3000]*$/;
/**
 * A cell repeating another row's cell by its number (同第3项, 同序号5, 参照第12项, 与第7项相同, 见第9项, 与第4项同步完成): group 1 is the number.
 */
export const ROW_REFERENCE = /^[\s\u3000]*(?:同|参照|參照|见|見|与|與)(?:第|序号|序號)\s*([0-9０-９]{1,3})\s*(?:项|項|条|條|行)?(?:相同|一致|同步(?:完成|推进|推進|实施|實施|开展|開展)?)?[\s\u3000]*$/;

/**
 * The header of a column naming the plan's sections (章节), in a division of duties by section; or, in a table with no
 * content of its own, the plan's numbered tasks (任务序号 | 牵头单位 | 配合单位 | 完成时限, after a 任务清单 numbered 1. 2. …).
 */
const SECTION_HEADER = /^(?:本方案|方案)?(?:章节|所属章节|对应章节|所在章节|章节号|章节编号|任务板块|板块|篇章|章节名称|任务序号|任务编号|任务号)$/;

/**
 * A column naming the task of the plan above (市方案任务, 对应市方案任务, in a county's 对照表 of its tasks to the region's and
 * the city's): the city plan's words, not the row's content; beside a content column, the row's context, as a quoted
 * regional task is.
 */
const PARENT_PLAN_COLUMN = /^(?:对应)?(?:市|市级|上级)方案(?:任务|任務|条目|章节|内容)?$/;

/** A header cell naming one year (2024年, 2025年度, 2026), or that year's target (2024年目标, 2025年目标值); not a base year (2023年基数). */
const YEAR_HEADER = /^(20[0-9]{2})年?度?(?:底|末)?(?:目标|目標|目标值|目標值|预期目标|預期目標|计划|計劃)?$/;

/** A header cell naming a quarter of a year (2024年一季度, 2024年第二季度, 2025年Q3, 2025年4季度). */
const QUARTER_HEADER = /^(20[0-9]{2})年?(?:第)?([一二三四1-4])季度$|^(20[0-9]{2})年?Q([1-4])$/i;

/** A year column's year (0 for the plan's own year, a table of quarters without one), and for a quarter's column the month it ends in (3, 6, 9, 12). */
export interface YearColumn {
  year: number;
  month?: number;
}

/** A quarter's header cell without its year (二季度, 第三季度, Q4), after a cell that named the year (2024年一季度). */
const BARE_QUARTER_HEADER = /^(?:第)?([一二三四1-4])季度$|^Q([1-4])$/i;

/**
 * The year (or quarter) of each header cell, when two or more cells name one; else undefined. A quarter written
 * without its year (2024年一季度 | 二季度 | 三季度) is in the year of the quarter before it, when it comes after it.
 */
function yearColumns(cells: string[]): (YearColumn | undefined)[] | undefined {
  let last: YearColumn | undefined;
  const years = cells.map((c): YearColumn | undefined => {
    const name = foldForMatching(squeeze(c));
    const m = YEAR_HEADER.exec(name);
    if (m) return (last = undefined), { year: Number(m[1]) };
    const q = QUARTER_HEADER.exec(name);
    const bare = q ? null : BARE_QUARTER_HEADER.exec(name);
    if (!q && !bare) return (last = undefined);
    const quarter = q ? q[2] ?? q[4]! : bare![1] ?? bare![2]!;
    const month = 3 * ('一二三四'.includes(quarter) ? '一二三四'.indexOf(quarter) + 1 : Number(quarter));
    if (q) return (last = { year: Number(q[1] ?? q[3]), month });
    // A year's four quarters with no year at all (一季度 | 二季度 | 三季度 | 四季度): the plan's own year, which the
    // table does not give (year 0 here; the reading of the draft puts in the year its title or signature gives).
    if (!last && month === 3) return (last = { year: 0, month });
    if (!last || month <= last.month!) return (last = undefined);
    return (last = { year: last.year, month });
  });
  return years.filter((y) => y !== undefined).length >= 2 ? years : undefined;
}

/**
 * Work that goes on after the task is done (持续优化, 巩固提升, 常态化运行, 深化应用): a year column saying so
 * schedules no completion.
 */
const UPKEEP = /^(?:持续|持續|巩固|鞏固|常态化|常態化|长效|長效|长期|長期|深化|迭代|动态|動態|不断|不斷|定期|逐年|保持|维护|維護|运维|運維)/;

/** Work done as needed or on a cycle, or extended (按需动态调整, 按季度动态更新, 每年至少组织1次…, 拓展融合应用场景): upkeep when it finishes nothing. */
const AS_NEEDED = /^(?:按需|按季度|按月|每年|每季度|每月|拓展|擴展)/;

/** Words that finish something, which a cell of upkeep does not hold. */
const FINISHES = /完成|建成|实现|實現|覆盖|覆蓋|上线|上線|形成|出台|印发|印發|建立|接入|达到|達到|开通|開通|投入使用|全面/;

/**
 * Whether a year cell is upkeep: it opens so (持续优化), or it opens with work done as needed, on a cycle or extended, or
 * one of its parts opens so, and none finishes anything (按需开放、动态更新; not 完成目录编制、动态更新).
 */
function isUpkeep(value: string): boolean {
  return UPKEEP.test(value) || (!FINISHES.test(value) && (AS_NEEDED.test(value) || value.split(/[、，,；;]/).some((part) => UPKEEP.test(part))));
}

/**
 * A figure with the words around it that make it a value (99以上, 不低于95%, 100个左右, 约3000万元), not a milestone.
 */
const FIGURE = /^(?:约|約|不低于|不低於|不少于|不少於|超过|超過|≥|>|＞)?[0-9.]+(?:%|‰)?(?:及以上|以上|以下|以内|以內|左右|个|個|家|项|項|件|户|戶|人次|人|次|所|套|条|條|万元|萬元|亿元|億元|万|萬|亿|億|元){0,2}$/;

/** Work that spreads a thing's use (推广“智安小区”应用, 推广使用): after a year that finished the work, no finish of its own. */
const SPREADS_USE = /^(?:推广|推廣)/;

/**
 * The last year column of a row that schedules work to finish (完成主体建设, 试点运行, 全面推广), with its
 * cell: a milestone is words, not a figure (a target such as 95% is an indicator's value, and 100 may be a
 * count, or a rate the higher level never asked to reach that year), and not upkeep.
 */
function lastMilestone(text: string, cells: Span[], years: (YearColumn | undefined)[]): TaskRowCells['yearEnd'] {
  let out: TaskRowCells['yearEnd'];
  const key = (c: YearColumn): number => c.year * 12 + (c.month ?? 12);
  // Whether an earlier year's cell finished something (覆盖全部村（社区）, 建成): a later one spreading its use finishes nothing.
  let finished = false;
  cells.forEach((c, k) => {
    const col = years[k];
    if (col === undefined) return;
    const span = trimSpan(text, c);
    const value = foldForMatching(squeeze(text.slice(span.start, span.end)));
    const spreads = finished && SPREADS_USE.test(value) && !FINISHES.test(value);
    if (FINISHES.test(value)) finished = true;
    // A schedule chart's mark (■, ▲, √) says the work is done in that column; the last one, when it is finished.
    if (!GANTT_MARK.test(value) && (!/[\u4e00-\u9fff]{2}/.test(value) || isUpkeep(value) || spreads || FIGURE.test(value) || /^(?:无|無|暂无|—|-|\/)$/.test(value))) return;
    if (!out || key(col) > key(out)) out = col.month !== undefined ? { ...span, year: col.year, month: col.month } : { ...span, year: col.year };
  });
  return out;
}

/** A schedule chart's cell marked as worked in (■, ●, ▲, ★, ◆, √): not an empty or hollow one (□, ○). */
export const GANTT_MARK = /^[■●▲★◆√✓✔▇█]+$/;

/** A remark that the row's work goes on (持续推进, 长期坚持, 常态化): its chart's last mark finishes nothing. */
const ONGOING_REMARK = /^(?:持续|持續|长期|長期|常态化|常態化)(?:推进|推進|开展|開展|坚持|堅持|实施|實施)?/;

function isMarkdownRule(text: string, cells: Span[]): boolean {
  return cells.length > 0 && cells.every((c) => /^\s*:?-{2,}:?\s*$/.test(text.slice(c.start, c.end)));
}

// ---------------------------------------------------------------------------------------------
// Paragraphs

export interface ParsedOutline {
  units: OutlineUnit[];
  /** Task-table group cells by outline unit index of the row (regional task lists only). */
  rowGroups: Map<number, string>;
  truncated: boolean;
}

class Builder {
  readonly units: OutlineUnit[] = [];
  readonly rowGroups = new Map<number, string>();
  private readonly stack: number[] = [];
  truncated = false;
  constructor(
    private readonly text: string,
    readonly maxUnits: number,
    readonly runOnSubitems: boolean,
    readonly appendices: boolean = true,
    readonly bareHeadings: boolean = false,
    /** How the draft numbers its headings (see Numbering). */
    readonly numbering: Numbering = 'common',
  ) {}

  full(): boolean {
    if (this.units.length >= this.maxUnits) this.truncated = true;
    return this.truncated;
  }

  private path(): { parent?: number; path: string[] } {
    const parent = this.stack.length ? this.stack[this.stack.length - 1] : undefined;
    return { parent, path: this.stack.map((i) => this.units[i]!.title) };
  }

  addHeading(level: number, marker: string, title: Span, span: Span): number {
    while (this.stack.length && this.units[this.stack[this.stack.length - 1]!]!.level >= level) this.stack.pop();
    const { parent, path } = this.path();
    const index = this.units.length;
    this.units.push({
      index, kind: 'heading', level, marker: squeeze(marker), title: squeeze(this.text.slice(title.start, title.end)),
      titleSpan: title, start: span.start, end: span.end, parent, path,
    });
    this.stack.push(index);
    return index;
  }

  addLeaf(kind: 'subitem' | 'paragraph' | 'task-row', title: Span, span: Span, cells?: TaskRowCells): number {
    const { parent, path } = this.path();
    const index = this.units.length;
    this.units.push({
      index, kind, level: kind === 'subitem' ? 5 : 6, marker: '',
      title: kind === 'paragraph' ? '' : squeeze(this.text.slice(title.start, title.end)),
      titleSpan: title, start: span.start, end: span.end, parent, path, cells,
    });
    return index;
  }

  /** Adds the units of a paragraph recorded by parseParagraph, moved to start at `at`. */
  replay(recorded: RecordedUnit[], at: number): void {
    for (const r of recorded) {
      if (r.kind === 'heading') {
        while (this.stack.length && this.units[this.stack[this.stack.length - 1]!]!.level >= r.level) this.stack.pop();
      }
      const { parent, path } = this.path();
      const index = this.units.length;
      const unit: OutlineUnit = {
        index, kind: r.kind, level: r.level, marker: r.marker, title: r.title,
        titleSpan: { start: r.titleStart + at, end: r.titleEnd + at }, start: r.start + at, end: r.end + at, parent, path,
      };
      // The same shape as addHeading's and addLeaf's units (a leaf has `cells`, here undefined).
      if (r.kind === 'heading') this.stack.push(index);
      else unit.cells = undefined;
      this.units.push(unit);
    }
  }

  /** Extends a heading's span to cover its own body text (up to where the next unit starts). */
  extend(index: number, end: number): void {
    const u = this.units[index]!;
    if (end > u.end) u.end = end;
  }
}

/** Sentence boundaries (offsets just after each 。) within [start, end). */
function sentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // An annotation in brackets right after a full stop, （责任单位：…）, is a sentence of its own.
    if (i === s && (c === 0xff08 || c === 0x28) && i > start) {
      const close = text.slice(i, Math.min(end, i + 400)).search(/[）)]/);
      if (close > 0) {
        out.push({ start: s, end: i + close + 1 });
        s = i + close + 1;
        i = s - 1;
        continue;
      }
    }
    // 。！？!?
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f) {
      let e = i + 1;
      // ”’」』
      for (let q = text.charCodeAt(e); e < end && (q === 0x201d || q === 0x2019 || q === 0x300d || q === 0x300f); q = text.charCodeAt(e)) e++;
      out.push({ start: s, end: e });
      s = e;
      i = e - 1;
    }
  }
  if (s < end) out.push({ start: s, end });
  return out;
}

function titleLength(s: string): number {
  return s.replace(/[“”"‘’「」\s]/g, '').length;
}

function looksLikeSubitemTitle(text: string, sent: Span, max: number): boolean {
  const raw = text.slice(sent.start, sent.end);
  if (!/[。]\s*$/.test(raw)) return false;
  const body = squeeze(raw).replace(/[。]$/, '');
  const len = titleLength(body);
  if (len < 3 || len > max) return false;
  if (CLAUSE_PUNCT.test(body)) return false;
  if (/[0-9０-９]{3,}/.test(body)) return false;
  // A title starts with a CJK character (a verb or an adverb), not a quote or a digit.
  return /^[\u4e00-\u9fff]/.test(body);
}

/**
 * The units of one paragraph, parsed on its own text: offsets relative to its start. Parents and
 * paths are left to the replay, which knows the headings above.
 */
function parseParagraph(paragraph: string, runOnSubitems: boolean, appendices: boolean, bareHeadings: boolean, numbering: Numbering): RecordedUnit[] {
  const b = new Builder(paragraph, Infinity, runOnSubitems, appendices, bareHeadings, numbering);
  processParagraph(b, paragraph, { start: 0, end: paragraph.length });
  return b.units.map((u) => ({
    kind: u.kind, level: u.level, marker: u.marker, title: u.title,
    titleStart: u.titleSpan.start, titleEnd: u.titleSpan.end, start: u.start, end: u.end,
  }));
}

/** Adds a paragraph's units: replayed from the cache when its text was parsed before. */
function addParagraph(b: Builder, text: string, para: Span, cache: ParagraphCache | undefined): void {
  const paragraph = text.slice(para.start, para.end);
  const options = (b.runOnSubitems ? '1' : '0') + (b.appendices ? '1' : '0') + (b.bareHeadings ? '1' : '0') + b.numbering;
  let recorded = cache?.get(paragraph, options);
  if (!recorded) {
    // Parsed on a copy when cached: titles sliced from the document would keep that version alive.
    recorded = parseParagraph(cache ? detach(paragraph) : paragraph, b.runOnSubitems, b.appendices, b.bareHeadings, b.numbering);
    cache?.set(paragraph, options, recorded);
  }
  // Near the unit limit, parse in place so that truncation happens exactly where it would.
  if (b.units.length + recorded.length >= b.maxUnits) processParagraph(b, text, para);
  else b.replay(recorded, para.start);
}

function processParagraph(b: Builder, text: string, para: Span): void {
  // Split at headings written inline after a full stop (one-line copies of a document).
  const pieces: Span[] = [];
  const slice = text.slice(para.start, para.end);
  let last = 0;
  INLINE_HEADING.lastIndex = 0;
  for (let m = INLINE_HEADING.exec(slice); m; m = INLINE_HEADING.exec(slice)) {
    const at = m.index + m[0].length;
    if (at > last && headingLevel(slice.slice(at, at + 8), b.numbering)) {
      pieces.push({ start: para.start + last, end: para.start + at });
      last = at;
    }
    if (m[0].length === 0) INLINE_HEADING.lastIndex++;
  }
  pieces.push({ start: para.start + last, end: para.end });
  for (const p of pieces) {
    if (b.full()) return;
    processPiece(b, text, p);
  }
}

/** An attachment's caption (附件：…重点任务清单, 附件2, 附表1): it starts a section of its own. */
const APPENDIX = /^(?:附件|附表)[ \t\u3000]*[0-9０-９一二三四五六七八九十]{0,2}[ \t\u3000]*[：:]?[ \t\u3000]*/;

function processPiece(b: Builder, text: string, piece: Span): void {
  const start = leadingSkip(text, piece.start, piece.end);
  if (start >= piece.end) return;
  // The task table after 附件 belongs to the attachment, not to the body's last heading (强化考核评价).
  const appendix = b.appendices ? APPENDIX.exec(text.slice(start, Math.min(piece.end, start + 12))) : null;
  if (appendix && piece.end - start <= 60 && !/[。；]/.test(text.slice(start, piece.end))) {
    let te = piece.end;
    while (te > start && /[\s。.]/.test(text[te - 1]!)) te--;
    const titleStart = start + appendix[0].length;
    b.addHeading(1, appendix[0].trim(), { start: titleStart < te ? titleStart : start, end: te }, { start, end: piece.end });
    return;
  }
  const head = headingLevel(text.slice(start, Math.min(piece.end, start + 12)), b.numbering);
  if (head) {
    const markerEnd = start + head.marker.length;
    let titleStart = markerEnd;
    while (titleStart < piece.end && /[\s\u3000]/.test(text[titleStart]!)) titleStart++;
    const sents = sentences(text, titleStart, piece.end);
    const first = sents[0] ?? { start: titleStart, end: piece.end };
    let titleEnd = first.end;
    // In one-line copies the next heading can follow a title without a full stop.
    const inner = /[（(][一二三四五六七八九十]{1,3}[）)]/.exec(text.slice(titleStart, titleEnd));
    if (inner && inner.index > 0) {
      const cut = titleStart + inner.index;
      b.addHeading(head.level, head.marker, { start: titleStart, end: cut }, { start, end: cut });
      processPiece(b, text, { start: cut, end: piece.end });
      return;
    }
    // A level-1 title runs straight into its lead paragraph in one-line copies (…新格局持续增强…):
    // a first sentence too long for a title, with no line break, is cut where the lead's
    // opening words (持续, 进一步, 加快, 以) follow a character of the title.
    if (head.level === 1 && titleEnd - titleStart > 40 && !/[\r\n]/.test(text.slice(titleStart, titleEnd))) {
      const lead = /(?<=[\u4e00-\u9fff”])(?:持续|进一步|加快|以)/g;
      lead.lastIndex = 0;
      const head8 = text.slice(titleStart, titleEnd);
      let m: RegExpExecArray | null;
      while ((m = lead.exec(head8)) && m.index < 8);
      if (m && m.index <= 45 && titleEnd - titleStart - m.index >= 15) {
        const cut = titleStart + m.index;
        b.addHeading(head.level, head.marker, { start: titleStart, end: cut }, { start, end: cut });
        processPiece(b, text, { start: cut, end: piece.end });
        return;
      }
    }
    // The title is the first sentence without its full stop; very long first sentences keep
    // only the part up to the first line break.
    const nl = text.slice(first.start, first.end).search(/[\r\n]/);
    if (nl > 0 && head.level > 1) titleEnd = first.start + nl;
    let te = titleEnd;
    while (te > titleStart && /[。.\s]/.test(text[te - 1]!)) te--;
    const h = b.addHeading(head.level, head.marker, { start: titleStart, end: te }, { start, end: piece.end });
    // Sub-items inside the heading's body (several on one line in city plans).
    const rest = sents.slice(1);
    scanSubitems(b, text, rest, h, SUBITEM_MAX_MIDLINE, piece.end);
    return;
  }
  if (b.bareHeadings) {
    const bare = bareHeading(text, start, piece.end);
    if (bare) {
      b.addHeading(bare.level, '', bare.title, { start, end: piece.end });
      return;
    }
  }
  const sents = sentences(text, start, piece.end);
  const first = sents[0]!;
  if (looksLikeSubitemTitle(text, first, SUBITEM_MAX_AT_START)) {
    let te = first.end;
    while (te > first.start && /[。\s]/.test(text[te - 1]!)) te--;
    const sub = b.addLeaf('subitem', { start: first.start, end: te }, { start, end: piece.end });
    // Run-on lines hold several sub-items: 健全组织机构。…。厘清层级职责。…
    if (b.runOnSubitems) scanSubitems(b, text, sents.slice(1), sub, SUBITEM_MAX_MIDLINE, piece.end);
    return;
  }
  b.addLeaf('paragraph', { start, end: start }, { start, end: piece.end });
}

/**
 * The sections a plan's first level names (总体要求, 主要任务, 保障措施 …): read as level 1 when they
 * stand bare; any other bare heading is read as level 2 under them.
 */
const TOP_SECTION = /^(?:总体要求|总体思路|总体目标|主要任务|重点任务|主要内容|重点工作|工作任务|保障措施|组织保障|保障机制|组织实施|实施步骤|工作步骤|进度安排|实施安排|工作要求|工作安排|工作基础|发展基础|发展现状|现状与形势|面临形势|附则|其他事项)$/;

/** Words a short line without punctuation ends with that make it no heading: a title, an issuer, a caption's kind. */
const NOT_BARE_HEADING = /(?:方案|通知|意见|要点|计划|办法|规划|人民政府|办公室|办公厅|委员会|领导小组|公司|(?<!格|布|全|大|开)局|厅|政府|[表单账录]|指标|清单|分工|[稿本][）)])$|方案[（(][^（）()]*[）)]$|^序号/;

/**
 * A heading whose number was lost: one line of 2 to 32 characters with an ideograph, ending without
 * punctuation and holding no sentence stop, colon, date, document number or bracketed aside, and
 * no title or issuer (…实施方案, …人民政府办公室). Its level comes from TOP_SECTION.
 */
function bareHeading(text: string, start: number, end: number): { level: number; title: Span } | undefined {
  if (end - start > 48) return undefined;
  let te = end;
  while (te > start && /[\s\u3000]/.test(text[te - 1]!)) te--;
  const line = text.slice(start, te);
  // One line, not a table's (cells apart by tabs, pipes or runs of spaces).
  if (/[\r\n|｜\t]|[^\s\u3000][ \u3000]{2,}[^\s\u3000]/.test(line)) return undefined;
  const title = squeeze(line);
  if (title.length < 2 || title.length > 32 || !/[\u4e00-\u9fff]{2}/.test(title)) return undefined;
  if (/[。！？!?；;：:〔〕【】\t]|^[0-9０-９]|[0-9０-９]{4}|^[（(].*[）)]$/.test(title)) return undefined;
  if ((title.match(/[，,]/g)?.length ?? 0) > 1) return undefined;
  if (NOT_BARE_HEADING.test(title)) return undefined;
  return { level: TOP_SECTION.test(title) ? 1 : 2, title: { start, end: te } };
}

/**
 * Whether a document has lost its heading numbers: fewer than two lines open with 一、 or （一）, and
 * two or more first-level sections (总体要求, 主要任务, 保障措施 …) stand bare on lines of their own.
 */
function lostHeadingNumbers(text: string, lines: Line[]): boolean {
  let numbered = 0;
  let bareSections = 0;
  for (const l of lines) {
    const at = leadingSkip(text, l.start, l.end);
    if (l.end - at <= 12 && TOP_SECTION.test(text.slice(at, l.end).trim())) bareSections++;
    const c = text.charCodeAt(at);
    // Only a line opening with a Chinese numeral or a bracket can hold a level-1 or level-2 number.
    if (c !== 0xff08 && c !== 0x28 && CN_NUM.indexOf(text[at]!) < 0) continue;
    const h = headingLevel(text.slice(at, at + 8));
    if (h && h.level <= 2 && ++numbered >= 2) return false;
  }
  return bareSections >= 2;
}

/**
 * How a draft numbers its headings, from one pass over its lines: on a regulation's template when two or more lines
 * open with 第…章, 第…节 or 第…条; as a design document (1, 1.1, 1.1.1) when three or more open with a number of two
 * parts or more; in either case only with fewer than two lines opening with a level-1 number (一、), which would make
 * those a level below. Otherwise the common numbering.
 */
function numberingOf(text: string, lines: Line[]): Numbering {
  let chapters = 0;
  let deep = 0;
  let numbered = 0;
  for (const l of lines) {
    const at = leadingSkip(text, l.start, l.end);
    const c = text.charCodeAt(at);
    if (c === 0x7b2c) {
      if (headingLevel(text.slice(at, at + 8), 'chapters')) chapters++;
    } else if (c >= 0x30 && c <= 0x39) {
      if (DECIMAL_DEEP.test(text.slice(at, at + 16))) deep++;
    } else if (CN_NUM.indexOf(text[at]!) >= 0 && LEVEL1.test(text.slice(at, at + 6)) && ++numbered >= 2) return 'common';
  }
  return chapters >= 2 ? 'chapters' : deep >= 3 ? 'decimal' : 'common';
}

/** Finds mid-line sub-item titles among the sentences of a heading's body. */
function scanSubitems(b: Builder, text: string, sents: Span[], heading: number, max: number, end: number): void {
  let current = -1;
  for (let k = 0; k < sents.length; k++) {
    if (b.full()) return;
    const s = sents[k]!;
    const next = sents[k + 1];
    const bodyAfter = next ? squeeze(text.slice(next.start, end)).length : 0;
    if (next && bodyAfter >= 15 && looksLikeSubitemTitle(text, s, max)) {
      let ts = s.start;
      while (ts < s.end && /\s/.test(text[ts]!)) ts++;
      let te = s.end;
      while (te > ts && /[。\s]/.test(text[te - 1]!)) te--;
      if (current >= 0) b.units[current]!.end = ts;
      else b.units[heading]!.end = ts;
      current = b.addLeaf('subitem', { start: ts, end: te }, { start: ts, end });
    }
  }
  if (current < 0) b.extend(heading, end);
}

/** Parses text into outline units. Total: never throws, linear in the input. */
export function parseOutline(text: string, options: OutlineOptions = {}): ParsedOutline {
  return drain(parseOutlineSteps(text, options));
}

/** Lines, rows or paragraphs read between two pauses of parseOutlineSteps. */
const ITEMS_PER_STEP = 512;

/** Where parseOutlineSteps is in the text: the next line, and the task table it is in. */
interface ReadState {
  lines: Line[];
  i: number;
  header: Column[] | undefined;
  /** The last stated units and deadline cells by column, for cells that repeat them (同上, 〃). */
  above?: Map<number, Span>;
  /** The units and deadline cells (as they resolve) of each numbered row of the table, by column, for cells that refer to a row (同第3项). */
  byRow?: Map<number, Map<number, Span>>;
  /** The year each column of the header stands for (分年度推进计划: 2024年 | 2025年 | 2026年), when it has two or more. */
  headerYears?: (YearColumn | undefined)[];
  /** Which header cells name a higher level's own words (自治区任务（序号及内容）): their cells are quoted, not the plan's. */
  headerQuoted?: boolean[];
  headerMarkdown: boolean;
  /** The header came from a spreadsheet saved as CSV (序号,重点任务,牵头单位,…): its rows are read the same way. */
  csv?: boolean;
  /** Where the text's next ASCII comma is (see hasCommaWithin). */
  comma?: NextComma;
  group: string;
  /** A table copied out of a PDF cell by cell (see readFlatRow): its header, and the row number expected next (0: any). */
  flat?: { header: Column[]; headerKey: string; next: number };
  /** A table flattened to one cell per line (see readVerticalRow): its header, and the row number expected next (0: any). */
  vertical?: { header: Column[]; next: number };
  /** The date cell of the current group's rows, for rows below it whose merged date cell came out empty. */
  groupDate?: Span;
  /** The line of the last header read and its cells' words, for a header that takes two rows (see readNext). */
  headerAt?: { line: number; names: string[] };
  /** The header's content column names the plan's sections (章节): each row is a section's division of duties. */
  sectionRows?: boolean;
  /** The table records what was done (see readNext): its 完成时限 cells are the dates the plan had set. */
  doneTable?: boolean;
  /** The header's cells stood apart by ideographic spaces (see spacedCells): so do its rows'. */
  spaced?: boolean;
}

/**
 * A line's cells apart by ideographic spaces (U+3000), leading and trailing spaces aside: three cells or more, none of them
 * empty. Undefined for a line with a tab or without such a space between words.
 */
function spacedCells(text: string, l: Line): Span[] | undefined {
  const s = text.slice(l.start, l.end);
  if (s.includes('\t') || !/[^\s\u3000]\u3000+[^\s\u3000]/.test(s)) return undefined;
  const cells: Span[] = [];
  for (const m of s.matchAll(/[^\u3000]+/g)) {
    const span = trimSpan(text, { start: l.start + m.index!, end: l.start + m.index! + m[0].length });
    if (span.end > span.start) cells.push(span);
  }
  return cells.length >= 3 ? cells : undefined;
}

/**
 * For a row's last cell that opens a quote the line does not close ("县教育局), the index of the line that closes
 * it (at most four lines on); else `i`. A doubled quote ("") inside the cell is a quote character, not its end.
 */
function openQuoteEnd(text: string, lines: Line[], i: number, last: Span): number {
  const cell = text.slice(last.start, last.end);
  if (!/^[ \u3000]*"/.test(cell) || (cell.replace(/""/g, '').match(/"/g) ?? []).length % 2 === 0) return i;
  return closingQuote(text, lines, i)?.line ?? i;
}

/**
 * The line after `i` (at most four on) where a quote left open on line `i` closes, with that line's text and where in it
 * the quote closes; undefined when a line of cells comes first (the quote was no cell's). A doubled quote ("") is a quote
 * character, not the end.
 */
function closingQuote(text: string, lines: Line[], i: number): { line: number; s: string; close: number } | undefined {
  for (let j = i + 1; j < lines.length && j <= i + 4; j++) {
    const s = text.slice(lines[j]!.start, lines[j]!.end);
    const close = s.replace(/""/g, '\u0000\u0000').indexOf('"');
    if (close >= 0) return { line: j, s, close };
    if (s.includes('\t')) return undefined;
  }
  return undefined;
}

/**
 * For a line opening a quoted cell that a later line closes (at most four lines on, before a tab), the index of
 * that line; else `i` itself. A doubled quote ("") inside the cell is a quote character, not its end.
 */
function quotedCellEnd(text: string, lines: Line[], i: number): number {
  const first = text.slice(lines[i]!.start, lines[i]!.end);
  if (!/^[ \t\u3000]*"/.test(first) || first.includes('\t')) return i;
  // The quote closes on its own line: no cell spans lines here.
  if ((first.replace(/""/g, '').match(/"/g) ?? []).length % 2 === 0) return i;
  // The row goes on in cells after the closing quote.
  const c = closingQuote(text, lines, i);
  return c && c.s.indexOf('\t', c.close) > c.close ? c.line : i;
}

/** A rule line of a table typed in a text editor (----, ====, ────), under its header or between its rows. */
export const RULE_LINE = /^[ \t\u3000]*[-=─━—－＝_＿]{6,}[ \t\u3000]*$/;

/** Reads what starts at line st.i (a blank line, a table row or header, or a paragraph) and moves past it. */
function readNext(b: Builder, text: string, st: ReadState, cache: ParagraphCache | undefined): void {
  const lines = st.lines;
  let l = lines[st.i]!;
  if (isBlank(text, l)) {
    st.i++;
    return;
  }
  let row: { cells: Span[]; markdown: boolean; csv?: true; end?: number } | undefined = splitCells(text, l) ?? csvRow(text, l, st, lines, st.i);
  // A table whose cells stand apart by ideographic spaces, as a repost flattens it (序号　重点任务　责任单位　完成时限, then
  // 11　持续推进…　西夏公安分局牵头，…　2024年): its header when the next line splits into as many cells, then its rows.
  let spaced = false;
  if (!row) {
    const cells = spacedCells(text, l);
    if (cells && st.spaced && st.header && cells.length === st.header.length && (st.header[0] !== 'no' || ROW_NUMBER.test(text.slice(cells[0]!.start, cells[0]!.end)))) row = { cells, markdown: false };
    else if (cells && classifyHeader(cells.map((c) => text.slice(c.start, c.end)))) {
      let k = st.i + 1;
      while (k < lines.length && isBlank(text, lines[k]!)) k++;
      const below = k < lines.length ? spacedCells(text, lines[k]!) : undefined;
      if (below && below.length === cells.length && ROW_NUMBER.test(text.slice(below[0]!.start, below[0]!.end))) (row = { cells, markdown: false }), (spaced = true);
    }
  }
  // A CSV row whose quoted cell ran over lines: it ends on the line where the quote closed.
  if (row?.end !== undefined && row.end > l.end) {
    while (st.i + 1 < lines.length && lines[st.i]!.end < row.end) st.i++;
    l = { start: l.start, end: row.end };
  }
  // A spreadsheet's row whose later cell spans lines, quoted as a spreadsheet copies it (5<tab><tab>推进…<tab>"县教育局⏎
  // 县人社局"<tab>…): the lines up to the closing quote are one row of the table, and so on for each such cell.
  if (row && !row.markdown && !row.csv && st.header && !st.headerMarkdown && !st.csv) {
    for (let guard = 0; guard < 4; guard++) {
      const end = openQuoteEnd(text, lines, st.i, row.cells[row.cells.length - 1]!);
      if (end === st.i) break;
      l = { start: l.start, end: lines[end]!.end };
      row = splitCells(text, l)!;
      st.i = end;
    }
  }
  // A spreadsheet's row whose first cell spans lines, quoted as a spreadsheet copies it ("2024年6月底前完成…⏎
  // …全覆盖"<tab>县大数据服务中心<tab>…): the lines up to the closing quote are one row of the table.
  if (!row && st.header && !st.headerMarkdown && !st.csv) {
    const end = quotedCellEnd(text, lines, st.i);
    if (end > st.i) {
      l = { start: l.start, end: lines[end]!.end };
      row = splitCells(text, l);
      if (row) st.i = end;
    }
  }
  if (!row && readFormBlock(b, text, st)) return;
  if (!row) {
    const vertical = verticalHeader(text, lines, st.i);
    if (vertical) {
      st.vertical = { header: vertical.header, next: 0 };
      st.flat = undefined;
      st.header = undefined;
      st.i += vertical.lines;
      return;
    }
    if (st.vertical) {
      if (readVerticalRow(b, text, st)) return;
      st.vertical = undefined;
    }
    const flat = flatHeader(text, l);
    if (flat) {
      st.flat = { header: flat, headerKey: squeeze(text.slice(l.start, l.end)), next: 0 };
      st.header = undefined;
      st.i++;
      return;
    }
    if (st.flat) {
      // The header again at the top of a new page.
      if (squeeze(text.slice(l.start, l.end)) === st.flat.headerKey) {
        st.i++;
        return;
      }
      if (readFlatRow(b, text, st)) return;
      st.flat = undefined;
    }
  }
  if (row && row.cells.length >= 2) {
    let cellText = row.cells.map((c) => text.slice(c.start, c.end));
    let cls = classifyHeader(cellText);
    // A header of two rows, as Word exports merged header cells (序号 | 重点任务 | 责任单位 | | 完成时限 over
    // | | 牵头单位 | 配合单位 |): the second row names the columns the first left empty or spanned, and the
    // first names the rest. The two are read as one header.
    const first = st.headerAt;
    if (cls && first && first.line === st.i - 1 && first.names.length === cellText.length && cellText.some((c, k) => !c.trim() && first.names[k]!.trim())) {
      cellText = cellText.map((c, k) => (c.trim() ? c : first.names[k]!));
      cls = classifyHeader(cellText) ?? cls;
    }
    if (cls) {
      st.header = cls;
      st.headerAt = { line: st.i, names: cellText };
      st.sectionRows = cellText.some((c, k) => cls[k] === 'content' && SECTION_HEADER.test(foldForMatching(squeeze(c))));
      // A table of what was done (是否完成 | 实际完成时间 | 下步措施): its date column holds the dates the plan had set.
      st.doneTable = cls.includes('nextSteps') || cellText.some((c) => ACTUAL_DATE_HEADER.test(foldForMatching(squeeze(c))) || DONE_FLAG_HEADER.test(foldForMatching(squeeze(c))));
      st.above = new Map();
      st.byRow = new Map();
      st.groupDate = undefined;
      st.headerYears = yearColumns(cellText);
      st.headerQuoted = cellText.map((c) => {
        const n = foldForMatching(squeeze(c));
        // A column of the higher level's task numbers is a cross-reference; one of its numbers and words (序号及内容) quotes.
        return QUOTED_LEVEL.test(n) && (!REF_HEADER.test(n) || /内容|內容|原文/.test(n));
      });
      st.headerMarkdown = row.markdown;
      st.csv = row.csv === true;
      st.spaced = spaced;
      st.i++;
      return;
    }
    if (row.markdown && isMarkdownRule(text, row.cells)) {
      st.i++;
      return;
    }
    // A row in another language under the row it translates (	Accelerate the "Smart Park" programme…	Economic
    // Development Bureau	End of 2024): no content, body or date of the plan's own.
    if (st.header && translationRow(text, row.cells)) {
      st.i++;
      return;
    }
    if (st.header && row.markdown === st.headerMarkdown && (row.csv === true) === (st.csv === true)) {
      // A row copied out of Word whose cells hold several paragraphs runs over several lines.
      const last = row.markdown || row.csv ? st.i : rowContinuation(text, lines, st.i, st.header, row);
      if (last > st.i) l = { start: l.start, end: lines[last]!.end };
      const cells: TaskRowCells = {};
      let content: Span | undefined;
      let goesOn = false;
      let dateNone = false;
      const resolved = new Map<number, Span>();
      row.cells.forEach((c, k) => {
        const col = st.header![k];
        let span = unquoteCell(text, trimSpan(text, c));
        if (span.end <= span.start) return;
        if (st.headerQuoted?.[k]) (cells.quoted ??= []).push(span);
        if ((col === 'deadline' || col === 'start') && EMPTY_CELL.test(text.slice(span.start, span.end))) {
          // A dash or 无 says the row has no date: no merged cell's date stands for it.
          if (col === 'deadline') dateNone = true;
          return;
        }
        // A cell repeating the row above (同上, 〃) stands for the nearest cell above that states a value.
        let ditto: Span | undefined;
        // One naming another row (同第3项) stands for that row's cell in the same column.
        if (col === 'lead' || col === 'units' || col === 'cooperating' || col === 'deadline') {
          const written = text.slice(span.start, span.end);
          // A bodies cell saying 同左 (牵头单位 | 责任单位: 区大数据中心 | 同左) names the bodies to its left in the same row, read there
          // already: the cell adds no body of its own, and a body read there is not reported twice.
          if (col !== 'deadline' && LEFT_DITTO.test(written)) return;
          const ref = DITTO.test(written) ? undefined : ROW_REFERENCE.exec(written);
          if (DITTO.test(written) || ref) {
            const source = ref ? st.byRow?.get(parseInt(foldForMatching(ref[1]!), 10))?.get(k) : st.above?.get(k);
            if (!source) return;
            ditto = span;
            span = source;
          } else st.above?.set(k, span);
          resolved.set(k, span);
        }
        if (ditto) {
          const field = col === 'deadline' ? 'deadline' : col === 'cooperating' || (col === 'units' && cells.unitsAreLead) ? 'cooperating' : 'units';
          (cells.ditto ??= {})[field] = ditto;
        }
        if (col === 'content') {
          // A column numbering the plan's own sections (任务编号 3.4.2) beside the task's words: the number is kept apart, and
          // is the row's content only when no other column gives its words.
          if (SECTION_HEADER.test(foldForMatching(squeeze(st.headerAt?.names[k] ?? '')))) {
            cells.sectionNo = span;
            content ??= span;
          } else content = span;
        }
        else if (col === 'lead') {
          // A 责任单位 column read before it goes with the cooperating units.
          if (cells.units && !cells.unitsAreLead) cells.cooperating = cells.cooperating ?? cells.units;
          cells.units = span;
          cells.unitsAreLead = true;
        } else if (col === 'units') {
          // Beside a 牵头单位 column, 责任单位 names the units that carry the task out with the lead. A second 责任单位
          // column (县区责任单位 after 市级责任单位) names those of another level: read too, for none of its own.
          if (!cells.unitsAreLead) {
            if (!cells.units) cells.units = span;
            else if (!ditto && LEVEL_UNITS_HEADER.test(foldForMatching(squeeze(st.headerAt?.names[k] ?? '')))) (cells.moreUnits ??= []).push(span);
          } else cells.cooperating = cells.cooperating ?? span;
        } else if (col === 'cooperating') cells.cooperating = cells.cooperating ?? span;
        else if (col === 'persons') cells.persons = cells.persons ?? span;
        else if (col === 'deadline') {
          // A second date column (县（区）完成时限 after 市本级完成时限) dates the same task for others.
          if (cells.deadline && !ditto) (cells.moreDeadlines ??= []).push(span);
          else if (!cells.deadline) cells.deadline = span;
        } else if (col === 'higherDeadline') cells.higherDeadline = cells.higherDeadline ?? span;
        else if (col === 'nextSteps') cells.nextSteps = cells.nextSteps ?? span;
        else if (col === 'start') cells.startDate = span;
        else if (col === 'criteria') cells.criteria = span;
        else if (col === 'basis') cells.basis = span;
        else if (col === 'remark') {
          if (DONE_REMARK.test(squeeze(text.slice(span.start, span.end))) || (DONE_FLAG_HEADER.test(foldForMatching(squeeze(st.headerAt?.names[k] ?? ''))) && /^(?:是|已完成|完成|已办结)$/.test(squeeze(text.slice(span.start, span.end))))) cells.done = true;
          if (ONGOING_REMARK.test(squeeze(text.slice(span.start, span.end)))) goesOn = true;
          else if (!cells.done) cells.remark = span;
        } else if (col === 'unitsAndDeadline') {
          const parts = splitUnitsAndDate(text, span);
          if (parts.units && !cells.units) cells.units = parts.units;
          if (parts.deadline && !cells.deadline) cells.deadline = parts.deadline;
        } else if (col === 'arrangement') {
          const units = unitsLead(text, span);
          if (units) cells.units = cells.units ?? units;
          cells.arrangement = span;
        } else if (col === 'no') {
          const n = parseInt(text.slice(span.start, span.end).replace(/[^0-9]/g, ''), 10);
          if (!Number.isNaN(n)) cells.no = n;
        } else if (col === 'group') st.group = squeeze(text.slice(span.start, span.end));
        else if (col === 'name') cells.name = span;
        else if (col in REF_LEVEL) {
          const level = REF_LEVEL[col as keyof typeof REF_LEVEL];
          for (const no of readTaskRefs(text.slice(span.start, span.end))) (cells.refs ??= []).push(level ? { no, level } : { no });
        }
      });
      if (cells.no !== undefined) st.byRow?.set(cells.no, resolved);
      // A row whose group cell and 完成时限 cell are both empty, under a row of the same group that gives a date: the
      // cells were merged in the table the draft was copied from, and the group's date holds for this row's task.
      const groupCol = st.header.indexOf('group');
      const dateCol = st.header.indexOf('deadline');
      const groupCell = groupCol >= 0 ? row.cells[groupCol] : undefined;
      const groupEmpty = !!groupCell && !text.slice(groupCell.start, groupCell.end).trim();
      if (groupCol >= 0 && !groupEmpty) st.groupDate = undefined;
      // (The date cell is there and blank: a row that stops short of the date column has none to merge.)
      if (!cells.deadline && !dateNone && dateCol >= 0 && dateCol < row.cells.length && groupEmpty && st.groupDate && content) {
        cells.deadline = st.groupDate;
        (cells.ditto ??= {}).deadline = content;
        cells.mergedDeadline = true;
      } else if (cells.deadline && groupCol >= 0 && !cells.ditto?.deadline) st.groupDate = cells.deadline;
      // A year-by-year plan whose row leaves 完成时限 empty is due in the last year it schedules work to finish.
      if (!cells.deadline && st.headerYears && !goesOn) {
        const end = lastMilestone(text, row.cells, st.headerYears);
        if (end) cells.yearEnd = end;
      }
      if (content) {
        // A content cell may start with its task number: "19. 建设政务信创云…".
        // Not a section's number (5.4.2) or a decimal (1.5倍): a digit after the mark continues the number.
        const m = /^\s*([0-9]{1,3})\s*[.．、]\s*(?![0-9０-９])/.exec(text.slice(content.start, content.end));
        if (m) {
          if (cells.no === undefined) cells.no = parseInt(m[1]!, 10);
          content = { start: content.start + m[0].length, end: content.end };
        }
        cells.content = content;
        if (st.sectionRows) cells.sectionRow = true;
        if (st.doneTable) cells.planned = true;
        if (st.group) cells.group = st.group;
        const idx = b.addLeaf('task-row', content, { start: row.cells[0]!.start, end: l.end }, cells);
        if (st.group) b.rowGroups.set(idx, st.group);
      } else if (cells.no !== undefined && !st.header.includes('content') && (cells.units || cells.cooperating || cells.deadline)) {
        // A table with no content column whose rows give the bodies or the date of items another list numbers (三张清单: 编号 |
        // 牵头单位 | 配合单位, 编号 | 完成时限): each row is read with its number as its title, and joined to that item once the
        // outline is read (markJoinedRows).
        const no = row.cells[st.header.indexOf('no')]!;
        cells.byNumber = true;
        b.addLeaf('task-row', trimSpan(text, no), { start: row.cells[0]!.start, end: l.end }, cells);
      }
      st.i = last + 1;
      return;
    }
  }
  // A rule line under a table's header or between its rows: the table goes on.
  if (st.header && !st.headerMarkdown && !st.csv && RULE_LINE.test(text.slice(l.start, l.end))) {
    st.i++;
    return;
  }
  // A table's group written on a line of its own without cells (一、完善“一套体系”, then rows again): the table goes on,
  // and the line names the group of the rows after it.
  if (st.header && !st.headerMarkdown && !st.csv && tableGoesOn(text, lines, st.i, st.header.length)) {
    addParagraph(b, text, { start: l.start, end: l.end }, cache);
    st.group = squeeze(text.slice(l.start, l.end));
    st.i++;
    return;
  }
  // A paragraph: this line plus continuation lines broken off mid-sentence.
  st.header = undefined;
  st.csv = false;
  st.group = '';
  const start = l.start;
  let end = l.end;
  const i = st.i;
  let j = i;
  // A bullet (● 城域网升级改造) and the arrow lines under it (→ 推进县、乡、村全覆盖 / → …牵头 / → 2025年底前), as slides
  // exported to text write an item: one paragraph, so that its date is read with its words.
  if (BULLET_LINE.test(text.slice(l.start, l.end))) {
    while (j + 1 < lines.length && j - i < BULLET_ARROWS_MAX && ARROW_LINE.test(text.slice(lines[j + 1]!.start, lines[j + 1]!.end))) end = lines[++j]!.end;
    if (j > i) {
      addParagraph(b, text, { start, end }, cache);
      st.i = j + 1;
      return;
    }
  }
  while (j + 1 < lines.length) {
    const cur = lines[j]!;
    const curText = text.slice(cur.start, cur.end).trimEnd();
    const curStart = leadingSkip(text, cur.start, cur.end);
    // A heading number alone on its line (PDF copies) belongs to the title on the next line.
    const alone = j === i ? headingLevel(text.slice(curStart, cur.end), b.numbering) : undefined;
    if (alone && text.slice(curStart, cur.end).trim() === alone.marker.trim()) {
      let k = j + 1;
      while (k < lines.length && isBlank(text, lines[k]!) && k - j <= 2) k++;
      const nxt = lines[k];
      if (nxt && !isBlank(text, nxt) && !headingLevel(text.slice(leadingSkip(text, nxt.start, nxt.end), nxt.end), b.numbering)) {
        j = k;
        end = nxt.end;
        continue;
      }
    }
    if (TERMINAL.test(curText) || curText.length === 0) break;
    if (j === i && headingLevel(text.slice(curStart, curStart + 12), b.numbering) && !/[。]/.test(curText)) break;
    // A heading that lost its number stands on its own line.
    if (b.bareHeadings && bareHeading(text, curStart, cur.end)) break;
    if (MD_PREFIX.test(text.slice(cur.start, cur.end)) && /^#/.test(text.slice(cur.start, cur.end).trimStart())) break;
    // Skip blank lines that a page break left between the halves.
    let k = j + 1;
    while (k < lines.length && isBlank(text, lines[k]!) && k - j <= 3) k++;
    if (k >= lines.length || isBlank(text, lines[k]!)) break;
    const nxt = lines[k]!;
    const nxtStart = leadingSkip(text, nxt.start, nxt.end);
    const nxtText = text.slice(nxtStart, nxt.end);
    // (Nor is a table's row, whatever separates its cells: a tab, bars, ideographic spaces.)
    if (headingLevel(nxtText.slice(0, 12), b.numbering) || /^\s*#/.test(text.slice(nxt.start, nxt.end)) || nxtText.includes('\t') || countOf(nxtText, '｜') >= 2 || countOf(nxtText, '|') >= 2 || (nxtText.includes('\u3000') && spacedCells(text, nxt) !== undefined)) break;
    if (b.bareHeadings && bareHeading(text, nxtStart, nxt.end)) break;
    if (/^[\u4e00-\u9fff“”‘’（()）0-9A-Za-z，,、。；;：:]/.test(nxtText) === false) break;
    // Only join when the current line ends in the middle of a CJK run (a page break).
    if (!/[\u4e00-\u9fff，、“”]$/.test(curText)) break;
    // A line that closes with a note's date, whole (…【完成时限】2024年, …完成时限：2024年底前), ends its item there.
    if (NOTE_DATE_END.test(curText)) break;
    // Short lines (signatures, dates, names) are not broken sentences.
    if (squeeze(curText).length < 20 && !curText.includes('。')) break;
    j = k;
    end = nxt.end;
  }
  addParagraph(b, text, { start, end }, cache);
  st.i = j + 1;
}

/** A line's end that is a note's date field, its value whole: 【完成时限】2024年, 完成时限：2024年6月底前, 时间节点：持续推进. */
const NOTE_DATE_END = /(?:完成时限|完成時限|完成期限|完成时间|完成時間|时间节点|時間節點|时限|時限)[ \t\u3000]*[】\]：:][ \t\u3000]*[^。；;，,【】\[\]：:]{0,20}(?:年|前|底|末|月|日|推进|推進|坚持|堅持|开展|開展|成效)$/;

/** Whether a table row's cells hold no ideograph and some words in Latin letters: a translation of the row above. */
function translationRow(text: string, cells: Span[]): boolean {
  let latin = false;
  for (const c of cells) {
    const v = text.slice(c.start, c.end);
    if (/[\u3400-\u9fff]/.test(v)) return false;
    if (!latin && /[A-Za-z]{3,}/.test(v)) latin = true;
  }
  return latin;
}

/** How a group's name within a table is numbered: 一、, （一）, 1．. */
const GROUP_NUMBER = /^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9]{1,2}[．.、])/;

/**
 * Whether line `i`, inside a table of `width` columns, is a group's name on a line of its own (short, no cells, no
 * sentence) with a row of the table's width right after it (blank lines apart), or after the names of the groups
 * within it (一、着眼“三个驱动”… then （一）驱动数字经济发展, up to three levels).
 */
function tableGoesOn(text: string, lines: Line[], i: number, width: number): boolean {
  const own = (k: number): string => squeeze(text.slice(lines[k]!.start, lines[k]!.end));
  const first = own(i);
  if (!first || first.length > 40 || /[。；;]$/.test(first)) return false;
  // Names of groups within it follow only a numbered group's name, and are numbered themselves.
  const subgroup = (k: number): boolean => {
    const name = own(k);
    return name.length <= 40 && GROUP_NUMBER.test(name) && !/[。；;]$/.test(name) && !splitCells(text, lines[k]!);
  };
  let k = i + 1;
  for (let names = 1; GROUP_NUMBER.test(first); names++) {
    const from = k;
    while (k < lines.length && isBlank(text, lines[k]!) && k - from < 2) k++;
    if (k >= lines.length || names >= 3 || !subgroup(k)) break;
    k++;
  }
  const next = k < lines.length ? splitCells(text, lines[k]!) : undefined;
  return !!next && !next.markdown && next.cells.length >= Math.max(3, width - 1) && next.cells.length <= width;
}

// ---------------------------------------------------------------------------------------------
// Tables copied out of a PDF cell by cell

/**
 * A table header copied out of a PDF: the column names on one line, apart by spaces (序号 重点任务
 * 责任单位 完成时限). Only a header whose first column is 序号, that has a content column and a units or
 * deadline column, and whose every name is known, is taken for one.
 */
function flatHeader(text: string, l: Line): Column[] | undefined {
  const s = text.slice(l.start, l.end).trim();
  if (s.length > 60 || !/[ \u3000]/.test(s)) return undefined;
  const words = s.split(/[ \t\u3000]+/);
  if (words.length < 3) return undefined;
  const cols = classifyHeader(words);
  if (!cols || cols[0] !== 'no' || !cols.includes('content') || (cols.includes('other') || cols.includes('remark'))) return undefined;
  return cols;
}

/** A row's first line: its number, then (after a space) the start of its first cell. */
const FLAT_ROW = /^[ \t\u3000]*([0-9０-９]{1,3})[ \t\u3000]+(?=[^\s0-9０-９])/;
/** A line that is a deadline cell and nothing else: 2024年底, 2023年11月30日前, 2024.6, 持续开展. */
const DEADLINE_LINE = /^(?:(?:[0-9０-９]{4}[ \t]*(?:年|[.．\-—–/~～至到])|20[0-9０-９]{3}[ \t]*年)[^，,。；;、：:]{0,16}|(?:持续|持續|长期|長期|常态化|常態化|每年|逐年|年底前|年内)[^，,。；;、：:]{0,10})$/;
/** How a content cell ends: a full stop (a units cell never has one). */
const CELL_END = /[。；;！!]$/;

function rowNumberAt(text: string, l: Line): { no: number; contentStart: number } | undefined {
  const m = FLAT_ROW.exec(text.slice(l.start, l.end));
  if (!m) return undefined;
  const no = parseInt(foldForMatching(m[1]!), 10);
  return { no, contentStart: l.start + m[0].length };
}

/**
 * Reads a row of a table copied out of a PDF cell by cell (st.flat): the row starts with its number
 * and its content cell, wrapped at the column's width; the units cell follows on lines of its own,
 * then the deadline on one line (柳州: 10 推动全市各类政务服务热线归并至1 / 2345热线，… / 市大数据发展局，
 * 市公安局， / … / 2026年6月底前). The content cell ends at its full stop; a row whose content has none,
 * or whose table has a group column or two units columns, is read for its content and deadline only.
 * False (nothing read) when line st.i does not start the next row.
 */
function readFlatRow(b: Builder, text: string, st: ReadState): boolean {
  const flat = st.flat!;
  const lines = st.lines;
  const first = lines[st.i]!;
  const head = rowNumberAt(text, first);
  if (!head || (flat.next > 0 && head.no !== flat.next)) return false;
  const cols = flat.header;
  const endsWithDeadline = cols[cols.length - 1] === 'deadline';
  const body: Line[] = [];
  let deadline: Line | undefined;
  let j = st.i + 1;
  for (; j < lines.length && body.length < 40; j++) {
    const ln = lines[j]!;
    if (isBlank(text, ln)) continue;
    const s = text.slice(ln.start, ln.end).trim();
    if (rowNumberAt(text, ln)?.no === head.no + 1 || squeeze(s) === flat.headerKey) break;
    if (LEVEL1.test(s) || LEVEL2.test(s) || /^(?:附件|附表)/.test(s)) break;
    if (endsWithDeadline && DEADLINE_LINE.test(squeeze(s))) {
      deadline = ln;
      j++;
      break;
    }
    body.push(ln);
  }
  if (endsWithDeadline && !deadline) return false;
  const parts = [{ start: head.contentStart, end: first.end }, ...body];
  const contentEnd = parts.findIndex((p) => CELL_END.test(text.slice(p.start, p.end).trimEnd()));
  const unitCols = cols.filter((c) => c === 'units' || c === 'lead' || c === 'cooperating');
  const readsUnits = contentEnd >= 0 && contentEnd < parts.length - 1 && unitCols.length === 1 && !cols.includes('group') && !cols.includes('name');
  const contentLast = readsUnits ? parts[contentEnd]! : parts[parts.length - 1]!;
  const content = trimSpan(text, { start: head.contentStart, end: contentLast.end });
  const cells: TaskRowCells = { content, no: head.no, wrapped: true };
  if (readsUnits) {
    cells.units = trimSpan(text, { start: parts[contentEnd + 1]!.start, end: parts[parts.length - 1]!.end });
    if (unitCols[0] === 'lead') cells.unitsAreLead = true;
  }
  if (deadline) cells.deadline = trimSpan(text, deadline);
  const last = deadline ?? parts[parts.length - 1]!;
  b.addLeaf('task-row', content, { start: first.start, end: last.end }, cells);
  flat.next = head.no + 1;
  st.i = j;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Tasks as form blocks

/** A form's label at the start of a line (or after spaces within it), with its colon. */
const FORM_LABEL = /(任务名称|任务内容|工作内容|主要内容|具体内容|建设内容|具体措施|牵头单位|责任单位|配合单位|协同单位|完成时限|完成时间|时间节点)\s*[：:]/g;
/** FORM_LABEL at one place only (sticky): whether a line opens with a label, without scanning the rest of it. */
const FORM_LABEL_AT = new RegExp(FORM_LABEL.source, 'y');

/**
 * A task written as a block of labelled lines, as a form exported to text prints it (任务名称：… / 工作内容：… /
 * 牵头单位：… / 配合单位：… / 完成时限：…; two labels may share a line): one task row whose cells are the
 * labels' values. A block needs a name or content label and a units or deadline label, each at a line's
 * start; it ends at an empty line or a line without a label. False when line st.i starts no block.
 */
function readFormBlock(b: Builder, text: string, st: ReadState): boolean {
  const lines = st.lines;
  const fields: { label: string; span: Span }[] = [];
  let j = st.i;
  for (; j < lines.length && j - st.i < 12; j++) {
    const ln = lines[j]!;
    const s = text.slice(ln.start, ln.end);
    const lead = /^[ \t\u3000]*/.exec(s)![0].length;
    FORM_LABEL_AT.lastIndex = lead;
    if (!FORM_LABEL_AT.test(s)) break;
    FORM_LABEL.lastIndex = 0;
    const marks = [...s.matchAll(FORM_LABEL)];
    if (!marks.length || marks[0]!.index !== lead) break;
    // Labels on one line are apart by spaces: a label inside a value (…的责任单位：) is no field.
    const own = marks.filter((m, k) => k === 0 || /[ \t\u3000]$/.test(s.slice(0, m.index!)));
    own.forEach((m, k) => {
      const from = ln.start + m.index! + m[0].length;
      const to = k + 1 < own.length ? ln.start + own[k + 1]!.index! : ln.end;
      fields.push({ label: m[1]!, span: trimSpan(text, { start: from, end: to }) });
    });
  }
  const has = (re: RegExp) => fields.some((f) => re.test(f.label));
  if (j - st.i < 2 || !has(/名称|内容|措施/) || !has(/单位|时限|时间/)) return false;
  const cells: TaskRowCells = {};
  let content: Span | undefined;
  for (const f of fields) {
    if (f.span.end <= f.span.start) continue;
    if (/内容|措施/.test(f.label)) content ??= f.span;
    else if (f.label === '任务名称') cells.name ??= f.span;
    else if (f.label === '牵头单位') (cells.units = f.span), (cells.unitsAreLead = true);
    else if (f.label === '责任单位') cells.units ??= f.span;
    else if (/配合|协同/.test(f.label)) cells.cooperating ??= f.span;
    else cells.deadline ??= f.span;
  }
  content ??= cells.name;
  if (!content) return false;
  if (cells.name === content) delete cells.name;
  cells.content = content;
  b.addLeaf('task-row', content, { start: lines[st.i]!.start, end: lines[j - 1]!.end }, cells);
  st.i = j;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Tables flattened to one cell per line

/**
 * A table header flattened to one cell per line, as a Word table pasted into a plain-text editor
 * leaves it (序号 / 重点任务 / 责任单位 / 完成时限, each on its own line): three lines or more of short,
 * known column names, the first 序号, with a content column and a units or deadline column.
 */
function verticalHeader(text: string, lines: Line[], i: number): { header: Column[]; lines: number } | undefined {
  // Only a short line can be 序号 (with the spaces a PDF copy leaves): a paragraph is not squeezed to find out.
  if (lines[i]!.end - lines[i]!.start > 16) return undefined;
  const first = squeeze(text.slice(lines[i]!.start, lines[i]!.end));
  if (!/^(?:序号|序號|编号|編號)$/.test(first)) return undefined;
  const names: string[] = [];
  for (let j = i; j < lines.length && names.length < 10; j++) {
    const name = squeeze(text.slice(lines[j]!.start, lines[j]!.end));
    if (!name || name.length > 12 || /[。，,；;：:]/.test(name)) break;
    names.push(name);
  }
  if (names.length < 3) return undefined;
  // The header may run on to the first row's number: the names end at the last known one.
  for (let n = names.length; n >= 3; n--) {
    const cols = classifyHeader(names.slice(0, n));
    if (!cols || cols[0] !== 'no' || !cols.includes('content') || (cols.includes('other') || cols.includes('remark'))) continue;
    if (!cols.some((c) => c === 'units' || c === 'lead' || c === 'deadline')) continue;
    return { header: cols, lines: n };
  }
  return undefined;
}

/** A line that is a row's number and nothing else. */
const NUMBER_LINE = /^[ \t\u3000]*([0-9０-９]{1,3})[.．、]?[ \t\u3000]*$/;

/**
 * Reads a row of a table flattened to one cell per line (st.vertical): a line holding the row's
 * number, then its cells in the header's order, each on its own line, up to the next row's number,
 * an empty line before it, a heading or an attachment. A content cell may wrap over lines: it ends
 * at its full stop, and the cells after it take one line each. When the lines do not fit the header
 * so, only the content (and a deadline on the last line) is read. False when line st.i does not
 * start the next row.
 */
function readVerticalRow(b: Builder, text: string, st: ReadState): boolean {
  const vertical = st.vertical!;
  const lines = st.lines;
  const numberLine = lines[st.i]!;
  const m = NUMBER_LINE.exec(text.slice(numberLine.start, numberLine.end));
  if (!m) return false;
  const no = parseInt(foldForMatching(m[1]!), 10);
  if (vertical.next > 0 && no !== vertical.next) return false;
  const body: Line[] = [];
  let j = st.i + 1;
  for (; j < lines.length && body.length < 12; j++) {
    const ln = lines[j]!;
    const s = text.slice(ln.start, ln.end).trim();
    if (!s) {
      if (body.length) break;
      continue;
    }
    const next = NUMBER_LINE.exec(s);
    if (next && parseInt(foldForMatching(next[1]!), 10) === no + 1) break;
    if (LEVEL1.test(s) || LEVEL2.test(s) || /^(?:附件|附表)/.test(s)) break;
    body.push(ln);
  }
  const cols = vertical.header.slice(1);
  const ci = cols.indexOf('content');
  if (!body.length || ci < 0 || body.length <= ci) return false;
  // Which lines each column takes: one each, the content cell taking the lines to its full stop.
  let cellLines: Line[][] | undefined;
  // One line per cell, unless a cell before the content holds a sentence (the content's first line: the row has no
  // group cell of its own, and its content wraps).
  const shortCell = (ln: Line): boolean => {
    const s = squeeze(text.slice(ln.start, ln.end));
    return s.length <= 16 && !/[。，,；;：:]/.test(s);
  };
  if (body.length === cols.length && body.slice(0, ci).every(shortCell)) cellLines = body.map((ln) => [ln]);
  else if (body.length > cols.length) {
    const endAt = body.findIndex((ln, k) => k >= ci && CELL_END.test(text.slice(ln.start, ln.end).trimEnd()));
    const contentEnd = endAt >= 0 ? endAt : body.length - (cols.length - ci);
    if (body.length - contentEnd - 1 === cols.length - ci - 1) {
      cellLines = [...body.slice(0, ci).map((ln) => [ln]), body.slice(ci, contentEnd + 1), ...body.slice(contentEnd + 1).map((ln) => [ln])];
    }
  }
  // Cells wrapped over lines, and a group cell written on its group's first row only: read by what each line is.
  cellLines ??= wrappedCells(text, body, cols, ci, shortCell);
  const spanOf = (ls: Line[]): Span => trimSpan(text, { start: ls[0]!.start, end: ls[ls.length - 1]!.end });
  const cells: TaskRowCells = { no };
  let content: Span;
  if (cellLines) {
    content = spanOf(cellLines[ci]!);
    cellLines.forEach((ls, k) => {
      const col = cols[k];
      // A cell left empty (a group's, written on its group's first row only) keeps what the rows above gave.
      if (!ls.length) return;
      const span = spanOf(ls);
      if (span.end <= span.start || k === ci) return;
      if (col === 'lead') (cells.units = span), (cells.unitsAreLead = true);
      else if (col === 'units') {
        if (cells.unitsAreLead) cells.cooperating = cells.cooperating ?? span;
        else cells.units = span;
      } else if (col === 'cooperating') cells.cooperating = span;
      else if (col === 'deadline') cells.deadline = span;
      else if (col === 'group') st.group = squeeze(text.slice(span.start, span.end));
    });
    if (cellLines.some((ls) => ls.length > 1)) cells.wrapped = true;
  } else {
    // Lines that do not fit the header: the content's first line, and a deadline alone on the last.
    content = spanOf([body[ci]!]);
    const last = body[body.length - 1]!;
    if (cols[cols.length - 1] === 'deadline' && body.length > ci + 1 && DEADLINE_LINE.test(squeeze(text.slice(last.start, last.end)))) cells.deadline = spanOf([last]);
  }
  cells.content = content;
  if (st.group) cells.group = st.group;
  const idx = b.addLeaf('task-row', content, { start: numberLine.start, end: body[body.length - 1]!.end }, cells);
  if (st.group) b.rowGroups.set(idx, st.group);
  vertical.next = no + 1;
  st.i = j;
  return true;
}

/** How a deadline cell starts: a year (or a year with a digit too many, 20225年: a slip deadline-invalid reports), or an ongoing or yearly deadline. */
const DEADLINE_START = /^(?:[0-9０-９]{4}[ \t]*(?:年|[.．\-—–/~～]|$)|20[0-9０-９]{3}[ \t]*年|持续|持續|长期|長期|常态化|常態化|每年|逐年|年底前|年内)/;

/**
 * The lines of each cell of a flattened row (see readVerticalRow) whose cells wrap over lines (a Word table saved as
 * plain text): a short line without a sentence before the content is the group's cell (written on its group's first row
 * only, so often absent); the content runs to its full stop; of the lines after it, the deadline starts at the first
 * that opens as a date does and runs to the end, and the lines before it are the bodies (split between a lead and a
 * cooperating column after the line naming the lead). Undefined when the lines do not read so.
 */
function wrappedCells(text: string, body: Line[], cols: Column[], ci: number, shortCell: (ln: Line) => boolean): Line[][] | undefined {
  const out: Line[][] = cols.map(() => []);
  const lineText = (ln: Line): string => squeeze(text.slice(ln.start, ln.end));
  let k = 0;
  for (let c = 0; c < ci && k < body.length; c++) {
    if (!shortCell(body[k]!)) continue;
    out[c] = [body[k]!];
    k++;
  }
  const end = body.findIndex((ln, j) => j >= k && CELL_END.test(text.slice(ln.start, ln.end).trimEnd()));
  if (end < k) return undefined;
  out[ci] = body.slice(k, end + 1);
  const rest = body.slice(end + 1);
  const after = cols.slice(ci + 1);
  const di = after.lastIndexOf('deadline');
  const bodies = after.map((c, j) => (c === 'units' || c === 'lead' || c === 'cooperating' ? j : -1)).filter((j) => j >= 0);
  if (!rest.length || di !== after.length - 1 || !bodies.length || bodies.some((j) => j > di)) return undefined;
  const d = rest.findIndex((ln) => DEADLINE_START.test(lineText(ln)));
  if (d < 1) return undefined;
  out[ci + 1 + di] = rest.slice(d);
  const unitLines = rest.slice(0, d);
  if (bodies.length === 1) out[ci + 1 + bodies[0]!] = unitLines;
  else {
    // Two columns of bodies: the lead's lines run to the one naming its role (…牵头), the rest cooperate.
    const lead = unitLines.findIndex((ln) => /牵头|牽頭|负责|負責/.test(lineText(ln)));
    const cut = lead >= 0 && lead < unitLines.length - 1 ? lead + 1 : 1;
    out[ci + 1 + bodies[0]!] = unitLines.slice(0, cut);
    out[ci + 1 + bodies[1]!] = unitLines.slice(cut);
  }
  return out;
}

/** A first cell that starts a row: its number, perhaps with a review mark (27（新增）, 32【删除】). */
const ROW_NUMBER = /^\s*[0-9０-９]{1,3}\s*(?:[（(【\[〔][^）)】\]〕]{1,4}[）)】\]〕])?\s*$/;

/** Whether line `l` starts a new row of a table whose first column is 序号, or repeats its header. */
function startsRow(text: string, l: Line, header: Column[]): boolean {
  const s = text.slice(l.start, l.end);
  const tab = s.indexOf('\t');
  if (tab < 0) return false;
  if (header[0] === 'no' && ROW_NUMBER.test(s.slice(0, tab))) return true;
  return classifyHeader(s.split('\t')) !== undefined;
}

/**
 * The last line of a tab-separated row that runs over several lines: a cell of several paragraphs
 * copied out of Word breaks the row where the paragraphs break, so the next line goes on with that
 * cell (no 序号, fewer tabs). Lines are joined while the row has fewer cells than the header, and a
 * line of one cell after a full row goes on with its last cell when a row or the header follows
 * (2024年启动 / 2025年完成). A line laid out by column, its cells empty up to the column the row broke in, goes on
 * there. `row`'s cells are merged in place; returns the index of the row's last line.
 */
function rowContinuation(text: string, lines: Line[], i: number, header: Column[], row: { cells: Span[] }): number {
  const n = header.length;
  const original = row.cells.slice();
  let last = i;
  while (last + 1 < lines.length) {
    const nl = lines[last + 1]!;
    if (isBlank(text, nl) || startsRow(text, nl, header)) break;
    const lineText = text.slice(nl.start, nl.end);
    const lead = leadingSkip(text, nl.start, nl.end) - nl.start;
    if (headingLevel(lineText.slice(lead, lead + 12)) || /^\s*(?:附件|附表|#)/.test(lineText)) break;
    const next = splitCells(text, nl);
    if (next?.markdown) break;
    const cells = next?.cells ?? [{ start: nl.start, end: nl.end }];
    // A continuation laid out by column (⇥⇥各街道办事处配合⇥2025年): its cells are empty up to the column the row broke
    // in, and go on there.
    const empty = cells.findIndex((c) => text.slice(c.start, c.end).trim() !== '');
    if (row.cells.length < n && empty > 0 && empty === row.cells.length - 1 && cells.length <= n) {
      const tail = row.cells[row.cells.length - 1]!;
      row.cells.splice(row.cells.length - 1, 1, { start: tail.start, end: cells[empty]!.end }, ...cells.slice(empty + 1));
      last++;
      continue;
    }
    const total = row.cells.length + cells.length - 1;
    if (row.cells.length < n) {
      if (total > n) break;
    } else {
      const after = lines[last + 2];
      if (cells.length !== 1 || !after || !startsRow(text, after, header)) break;
    }
    const tail = row.cells[row.cells.length - 1]!;
    row.cells.splice(row.cells.length - 1, 1, { start: tail.start, end: cells[0]!.end }, ...cells.slice(1));
    last++;
  }
  // A row that never reaches the header's width is not a wrapped row: its lines are read one by one.
  if (row.cells.length >= n - 1) return last;
  row.cells = original;
  return i;
}

/** parseOutline in steps: pauses after every ITEMS_PER_STEP lines, rows or paragraphs. */
export function* parseOutlineSteps(text: string, options: OutlineOptions = {}): Steps<ParsedOutline> {
  const lines = splitLines(text);
  const appendices = options.appendices ?? true;
  const bare = (options.bareHeadings ?? appendices) && lostHeadingNumbers(text, lines);
  const numbering: Numbering = appendices ? numberingOf(text, lines) : 'common';
  const b = new Builder(text, options.maxUnits ?? 50000, options.runOnSubitems ?? true, appendices, bare, numbering);
  const st: ReadState = { lines, i: 0, header: undefined, headerMarkdown: false, group: '' };
  let items = 0;
  while (st.i < st.lines.length && !b.full()) {
    if (++items % ITEMS_PER_STEP === 0) yield;
    readNext(b, text, st, options.cache);
  }
  return { units: markJoinedRows(markCitedTasks(text, markQuotations(text, b.units))), rowGroups: b.rowGroups, truncated: b.truncated };
}

/**
 * Joins each row numbered as another list's item (cells.byNumber) to that item: the nearest unit before it with words of its own
 * that carries the same number, as a row's 序号 or an item's Arabic number (1, 12.). Units that change are copied.
 */
function markJoinedRows(units: OutlineUnit[]): OutlineUnit[] {
  if (!units.some((u) => u.cells?.byNumber)) return units;
  const out = units.slice();
  const numberOf = (u: OutlineUnit): number | undefined => {
    if (u.kind === 'task-row') return u.cells?.content ? u.cells.no : undefined;
    return /^[0-9０-９]{1,3}$/.test(u.marker) ? parseInt(foldForMatching(u.marker), 10) : undefined;
  };
  // The last unit seen with each number, as the outline is walked in order.
  const last = new Map<number, number>();
  for (let i = 0; i < out.length; i++) {
    const u = out[i]!;
    if (u.cells?.byNumber) {
      const k = u.cells.no === undefined ? undefined : last.get(u.cells.no);
      if (k !== undefined) out[i] = { ...u, joinedTo: k };
      continue;
    }
    const n = numberOf(u);
    if (n !== undefined) last.set(n, i);
  }
  return out;
}

/**
 * A measure's citation of the higher tasks it takes up, in brackets (〔对应自治区任务清单第47、49项〕, （落实自治区第41、42项）,
 * 【承接市级任务第12项】), or as a field of a note after its others (（责任单位：…；完成时限：…；对应自治区任务清单第23项）: see
 * inOpenBracket). Group 1: the level named, if any; group 2: the numbers (global).
 */
const CITED_TASKS = /[（(〔【\[［；;，,]\s*(?:对应|對應|落实|落實|承接)\s*(自治区|自治區|省|市|县|縣)?[^（）()〔〕【】\[\]［］\n，,。；;]{0,16}?第?\s*((?:(?:[0-9０-９]{1,3}|[一二三四五六七八九十百零〇两]{1,7})\s*[项項]?\s*[、，,和及]\s*第?\s*)*(?:[0-9０-９]{1,3}|[一二三四五六七八九十百零〇两]{1,7}))\s*[项項]/g;

/**
 * A second list's numbers right after a citation, naming their level (对应市方案第1项、自治区清单第64项; …第3项，自治区任务清单第
 * 12、13项). Group 1: the level; group 2: the numbers.
 */
const CITED_MORE = /^[、，,和及与與]\s*(自治区|自治區|省|市|县|縣)[^（）()〔〕【】\[\]［］\n，,。；;、]{0,12}?第?\s*((?:(?:[0-9０-９]{1,3}|[一二三四五六七八九十百零〇两]{1,7})\s*[项項]?\s*[、，,和及]\s*第?\s*)*(?:[0-9０-９]{1,3}|[一二三四五六七八九十百零〇两]{1,7}))\s*[项項]/;

/** The brackets a citation may open with (CITED_TASKS' other openers are a note's separators). */
const OPENS_CITATION = new Set(['（', '(', '〔', '【', '[', '［']);

/** How far back a note's opening bracket is looked for (a note runs to about 300 characters). */
const NOTE_REACH = 400;

/** Whether a bracket opened earlier on the line (within NOTE_REACH) is still open at `at` (nested brackets counted). */
function inOpenBracket(text: string, at: number): boolean {
  let depth = 0;
  for (let i = at - 1; i >= 0 && at - i <= NOTE_REACH; i--) {
    const c = text[i]!;
    if (c === '\n') break;
    if (c === '）' || c === ')' || c === '〕' || c === '】' || c === ']' || c === '］') depth--;
    else if (OPENS_CITATION.has(c) && ++depth > 0) return true;
  }
  return false;
}

/** A task number in Chinese numerals, up to 999 (四十八, 一百零五, 一百一十二). */
function taskNumber(n: string): number {
  const t = n.replace(/两/g, '二').replace(/〇/g, '零');
  const at = t.indexOf('百');
  if (at < 0) return cnNumber(t);
  const hundreds = at === 0 ? 1 : cnNumber(t.slice(0, at));
  const rest = t.slice(at + 1).replace(/^零/, '');
  // 一百一十二: a ten after 百 is written with its 一.
  return hundreds * 100 + (rest ? cnNumber(rest.replace(/^一十/, '十')) : 0);
}

/** The higher tasks a unit says it takes up: a row's cross-reference cell, a quotation's numbers, or its own citation. */
export function unitTaskRefs(unit: OutlineUnit | undefined): TaskRef[] | undefined {
  return unit?.kind === 'task-row' ? unit.cells?.refs ?? unit.citedRefs : unit?.quotationRefs ?? unit?.citedRefs;
}

/** The task numbers a citation gives (Chinese numerals read as digits: 第四十八项, 第一百零五、一百零六项), with the level it names. */
function citedRefsOf(levelWord: string | undefined, numbersWritten: string): TaskRef[] {
  const level = levelWord ? (/自治|省/.test(levelWord) ? 'region' : /市/.test(levelWord) ? 'city' : 'county') : undefined;
  const numbers = numbersWritten.replace(/[一二三四五六七八九十百零〇两]+/g, (n) => String(taskNumber(n)));
  return readTaskRefs(numbers).map((no): TaskRef => (level ? { no, level } : { no }));
}

/** Whether an offset of a task row falls in its content cell (its title). */
function withinContent(u: OutlineUnit, at: number): boolean {
  return at >= u.titleSpan.start && at < u.titleSpan.end;
}

/**
 * Gives each heading, sub-item or paragraph (and a task row without a column of task numbers) the task numbers its own words cite
 * (see CITED_TASKS), by the unit each citation stands in. Units that change are copied.
 */
function markCitedTasks(text: string, units: OutlineUnit[]): OutlineUnit[] {
  if (!text.includes('项') && !text.includes('項')) return units;
  let out = units;
  let k = 0;
  for (const m of text.matchAll(CITED_TASKS)) {
    const at = m.index!;
    while (k + 1 < units.length && units[k + 1]!.start <= at) k++;
    const u = units[k];
    // After a semicolon or comma, only a note's field: a bracket is open there on the same line.
    if (!OPENS_CITATION.has(text[at]!) && !inOpenBracket(text, at)) continue;
    // A task row's column of task numbers is its citation; a row without one may cite them in its content
    // (（落实自治区任务第104、105、106项）全面推广…).
    if (!u || at < u.start || at >= u.end || (u.kind === 'task-row' && (u.cells?.refs || !withinContent(u, at))) || u.quoted) continue;
    const refs = citedRefsOf(m[1], m[2]!);
    // A second list cited after the first, naming its level (对应市方案第1项、自治区清单第64项).
    const more = CITED_MORE.exec(text.slice(at + m[0].length, at + m[0].length + 60));
    if (more) refs.push(...citedRefsOf(more[1], more[2]!));
    if (!refs.length) continue;
    if (out === units) out = units.slice();
    const had = out[k]!.citedRefs ?? [];
    out[k] = { ...out[k]!, citedRefs: [...had, ...refs.filter((r) => !had.some((h) => h.no === r.no))] };
  }
  return out;
}

/**
 * A label opening a paragraph that quotes the higher level before the plan's own measure: 【自治区任务】,
 * 【自治区要求】, ［上级任务原文］, a county's 【市级任务】 or 【吴忠市任务】, or 自治区任务：, 市级任务： and 上级要求： without brackets.
 */
const QUOTE_LABEL = /^[\s\u3000]*(?:[【\[［〔]\s*(?:自治区|自治區|省|省级|上级|上級|国家|國家|市级|市級|市|州|盟|[\u4e00-\u9fff]{2,3}(?:市|州|盟))(?:重点)?(?:任务|任務|要求|部署|原文)(?:原文|要求|内容)?\s*[】\]］〕]|(?:自治区|自治區|省级|上级|上級|市级|市級)(?:重点)?(?:任务|任務|要求|原文)(?:原文|要求|内容)?\s*[：:])/;

/** A city-level label (【市级任务】, 【吴忠市任务】, 市级任务：): a quotation only where a county's measure answers it (see markQuotations). */
const CITY_LABEL = /^[\s\u3000]*[【\[［〔]?\s*(?:市级|市級|市|州|盟|[\u4e00-\u9fff]{2,3}(?:市|州|盟))(?:重点)?(?:任务|任務|要求|部署|原文)/;
/**
 * The label of a county's (district's, town's) own measure answering a quotation: 【区级举措】, 【县级落实】, 【我县落实】, 本级措施：.
 * A city's plan may label its own work 【市级任务】 beside its counties' 【县级任务】: that is no quotation.
 */
const LOCAL_ANSWER = /^[\s\u3000]*[【\[［〔]?\s*(?:(?:区|區|县|縣|旗|镇|鎮|乡|鄉|街道)级?|我(?:区|區|县|縣|旗|镇|鎮|乡|鄉|街道)|本级|本級)[^】\]］〕：:\n]{0,4}?(?:举措|舉措|落实|落實|措施|行动|行動|安排)\s*[】\]］〕：:]/;

/** The note closing a quotation: the higher level's units and date in brackets (（自治区政府办公厅牵头，…，2024年底前完成）). */
const CLOSING_NOTE = /[（(](?:[^（）()]|[（(][^（）()]*[）)])*[）)][\s\u3000。；;]*$/;

/**
 * Marks the paragraphs that quote the higher level (see QUOTE_LABEL), and gives each paragraph or sub-item
 * after one, under the same heading and up to the next quotation, the words it answers. Units that change
 * are copied (parsed paragraphs may be shared through the cache); the same array when nothing is quoted.
 */
function markQuotations(text: string, units: OutlineUnit[]): OutlineUnit[] {
  let out = units;
  let quotation: string | undefined;
  let refs: TaskRef[] | undefined;
  let parent: number | undefined;
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    if (u.kind === 'heading' || u.kind === 'task-row') {
      quotation = undefined;
      continue;
    }
    let label = QUOTE_LABEL.exec(text.slice(u.start, Math.min(u.end, u.start + 24)));
    // A city's label is a quotation only when the unit after it, under the same heading, is a county's answer.
    if (label && CITY_LABEL.test(label[0])) {
      const next = units[k + 1];
      if (!next || next.parent !== u.parent || !LOCAL_ANSWER.test(text.slice(next.start, Math.min(next.end, next.start + 16)))) label = null;
    }
    if (label) {
      if (out === units) out = units.slice();
      out[k] = { ...u, quoted: true };
      const words = text.slice(u.start + label[0].length, u.end).trim();
      const note = CLOSING_NOTE.exec(words);
      quotation = note && /牵头|牽頭|负责|負責|配合|[0-9]{4}\s*年|长期|持续/.test(note[0]) ? words.slice(0, note.index) : words;
      // The quoted task's number (第48项：, 第30、31项：) says which tasks the measures after it take up.
      const numbers = /^((?:第?[0-9０-９]{1,3}项?[、，,和及]?){1,6})[：:]/.exec(quotation);
      // A national quotation cites no task of this list; a regional one cites the region's; 上级 says no level.
      const regional = /自治|省/.test(label[0]);
      refs = numbers && !/国家|國家/.test(label[0]) ? readTaskRefs(numbers[1]!).map((no): TaskRef => (regional ? { no, level: 'region' } : { no })) : undefined;
      parent = u.parent;
    } else if (quotation && u.parent === parent) {
      if (out === units) out = units.slice();
      out[k] = refs?.length ? { ...u, quotation, quotationRefs: refs } : { ...u, quotation };
    } else quotation = undefined;
  }
  return out;
}
