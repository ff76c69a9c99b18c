// Deadline (完成时限) extraction: parses task-list cells and inline annotations into milestones,
// finds deadline expressions in running text, and compares a draft's deadline with the baseline's.
import { cnDigit, cnNumber } from '../text/numerals';
import { hasGap, isPlaceholder } from '../text/placeholders';
import { TABLE_MARK } from '../text/labels';
import type { Deadline, Milestone } from '../baseline/schema';

/** Result of parsing one deadline cell or annotation value. */
export interface ParsedDeadline {
  deadline: Deadline;
  /** Plain Chinese explanation when the value is impossible or malformed. */
  invalid?: string;
}

/** A deadline expression found in running text, with offsets into that text. */
export interface FoundDeadline {
  start: number;
  end: number;
  deadline: Deadline;
  invalid?: string;
  /** The date a rule starts to hold (自2024年6月31日起不得…), found only when it is no possible date. */
  starts?: true;
}

export type DeadlineComparison = 'later' | 'same' | 'earlier' | 'incomparable';

export type Completion = { year: number; month?: number } | 'ongoing' | undefined;

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** Words that mark a task as ongoing (simplified and Traditional). Longest first. */
const ONGOING_WORDS = [
  '持续推进', '持續推進', '长期坚持', '長期堅持', '持续开展', '持續開展', '长期推进', '長期推進',
  '常态化推进', '常態化推進', '巩固提升', '鞏固提升', '巩固深化', '鞏固深化', '巩固完善', '鞏固完善',
  '常抓不懈', '动态更新', '動態更新', '常态化', '常態化', '持续', '持續', '长期', '長期',
  // Work already done (已完成, 2024年已建成) is past any deadline: never late, never impossible.
  '已完成', '已建成', '已实现', '已實現', '已上线', '已上線', '已落实', '已落實',
  // Work that goes on at the pace of the whole, year by year, or as demand arises.
  '同步推进', '同步推進', '逐步完善', '逐步推进', '逐步推進', '逐年推进', '逐年推進', '按年度计划', '按年度計劃', '按年度安排',
  '分年度推进', '分年度推進', '分年度实施', '分年度實施', '分步推进', '分步推進', '分步实施', '分步實施',
  '根据工作需要', '根據工作需要', '根据需要', '按需推进', '按需推進',
  // A rectification list's 整改时限 for what is put right at once (立行立改): due now, never later than a higher level's date.
  '立行立改', '立查立改', '即知即改', '即查即改', '边查边改', '邊查邊改', '立即整改',
  // A rule in force from the plan's issue on (自本方案印发之日起执行): due now and kept.
  '之日起执行', '之日起執行', '之日起实施', '之日起實施', '之日起施行', '即日起执行', '即日起執行', '即日起实施', '即日起實施',
];

/** A 完成时限 that sets no time at all (适时, 视情推进, 尽快, 择机): reported with what to write instead. */
const NO_TIME = /^(?:适时|適時|视情|視情|尽快|儘快|盡快|择机|擇機|待定时|另行)(?:推进|推進|开展|開展|完成|整改|落实|落實)?$/;
const ONGOING_PATTERN = new RegExp(ONGOING_WORDS.join('|'));

/** Replaces full-width digits with ASCII digits; keeps the string length unchanged. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30));
}

/** A yearly (or quarterly, monthly) deadline: 每年12月底前, 每年年底前, 每年度, 每季度末; work done by the month (按月开展, 逐月推进). */
const RECURRING = /^(每年度?|每个年度|每季度|每半年|每月|按月|逐月|按季度?|按半年|按年度?)(?:(\d{1,2})月|年底|年末)?(?:底|末|中旬|上旬|下旬)?(?:前|以前|之前)?/;

/**
 * A period: start year (and month), a dash or 至, end year (and month) or only an end month:
 * 2024.5—2025.6, 2024年—2025年, 2024年3月—2024年12月, 2024年3月至12月, 2024—2025年.
 */
const PERIOD = /^(\d{4})(?:[.．年](?:(\d{1,2})月?)?)?(?:[—–\-~～至到]+|[/／](?=\d{4}))(?:(\d{4})(?:[.．年](?:(\d{1,2})月?)?)?|(\d{1,2})月)年?(?:底|末)?$/;
/** Words opening a cell of steps: 分两步：, 分三个阶段：, 分阶段：. */
const STEPS_LEAD = /^(?:分[两二三四]?(?:步|个阶段|個階段|阶段|階段)(?:推进|推進|实施|實施|完成)?)[：:]/;
/** The same steps given in brackets after their lead (分两步（2024年6月底前完成试点，2024年底前全面推开）): group 1 is the steps. */
const STEPS_BRACKETED = /^(?:分[两二三四]?(?:步|个阶段|個階段|阶段|階段)(?:推进|推進|实施|實施|完成|走)?)[（(]([^（）()]+)[）)]$/;
/** A step's label before its date: 启动：, 完成：, 验收：, 建成：, 上线： (a clause of its own). */
const STEP_LABEL = /(?:启动|啟動|开始|開始|完成|建成|验收|驗收|上线|上線|试运行|試運行|全面推广|全面推廣)[：:](?=\d{4})/g;
/** A dotted year and month among others (2024.6；2024.12): read as 2024年6月. */
const DOTTED_IN_LIST = /(\d{4})[.．](\d{1,2})(?![\d.．])/g;
/** A dotted year and month: 2024.10, 2024.6底前. */
const DOTTED = /^(\d{4})[.．](\d{1,2})(?:底|末)?(?:前|以前|之前)?$/;
/**
 * A date in a numeric style, as offices fill a 完成时限 column: 2024-12-31, 2024/6/30, 2024.12.31, 2024-12,
 * 2025/06 (perhaps with 底, 前). Groups: 1 year, 2 month, 3 day, 4 what follows.
 */
const NUMERIC_DATE = /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?|[.．](\d{1,2})[.．](\d{1,2}))[日号]?((?:底|末)?(?:前|以前|之前)?)$/;

/** The higher levels a 完成时限 may defer to or be set against: 自治区, 上级, 省, 国家, and a city by its name (吴忠市). */
const HIGHER_LEVEL = `(?:自治区|自治區|上级|上級|省里|省級|省级|省|国家|國家|中央|市里|市級|市级|市|县里|縣裡|县级|縣級|${'[\u4e00-\u9fff]{2,4}(?:市|州|盟)'})`;

/**
 * A 完成时限 that defers to the higher level's: 按自治区要求, 与自治区同步, 同上级时限, 根据自治区统一安排, 按省里部署,
 * 按自治区要求时限完成, 在上级规定时限内完成, 按国家和自治区部署分批推进, and for a county under a city, 与市级同步, 按市里统一部署,
 * 按市级统一部署时间完成, 按吴忠市要求 (a town under its county: 按县里要求).
 */
const DEFERS = new RegExp(
  '^(?:按|按照|根据|依据|依照|与|同|随|跟随|服从|在)' +
    HIGHER_LEVEL +
    `(?:[和及、与與]${HIGHER_LEVEL})?` +
    '(?:统一|統一)?(?:的)?(?:要求|规定|規定|同步|时限|時限|时间|時間|部署|安排|进度|進度|节点|節點){1,3}(?:内|內|以内|以內)?(?:分批|分步|逐步|有序)?(?:同步|时限|時限|完成|执行|執行|推进|推進|实施|實施|接入)?$',
);

/**
 * A 完成时限 set ahead of the higher level's without a date of its own (较自治区要求提前半年完成, 比自治区时限提前3个月): earlier
 * than the higher level's however the task reads, so never later and never invalid.
 */
const AHEAD_OF_HIGHER = new RegExp(
  '^(?:较|較|比|早于|早於)' +
    HIGHER_LEVEL +
    '(?:的)?(?:要求|规定|規定|确定|確定)?(?:的)?(?:时限|時限|时间|時間|节点|節點)?(?:提前|提早)(?:[0-9一二两三四五六七八九十半]{1,3}(?:个|個)?(?:月|年|季度|周|天))?(?:完成|实现|實現)?$',
);

/**
 * A 完成时限 set by another piece of work, not by the calendar: within a time after that work is done (在县政务数据共享平台建成后1个月内,
 * 城域网升级改造完成后3个月内, 平台上线后半年内), or along with it (与市城市运行管理服务平台建设同步实施). Which date that is
 * cannot be read from the words: never invalid, and compared with nothing. (A time after the plan's own issue, 方案印发后3个月内,
 * is read from the plan's date instead: see relative.ts.)
 */
const AFTER_EVENT =
  /^(?![^]*[0-9]{4})(?!(?:本|该|該)?(?:方案|通知|意见|意見|文件)?(?:印发|印發|发布|發布|出台|实施|實施))(?:在|待|于|於|自|从|從)?[\u4e00-\u9fff“”《》A-Za-z0-9]{2,40}?(?:建成|完成|上线|上線|投用|投入使用|运行|運行|验收|驗收|部署|批复|批復|启用|啟用|印发|印發|出台)(?:后|後|之后|之後|以后|以後)(?:(?:[0-9]{1,3}|[一二两三四五六七八九十]{1,2})(?:个|個)?(?:月|年|周|週|天|日|个工作日|個工作日)|半年|半个月|半個月)?(?:内|內|以内|以內)?(?:完成)?$/;
const WITH_EVENT = /^(?![^]*[0-9]{4})(?:与|與|同|随|隨|跟随|跟隨)[\u4e00-\u9fff“”《》A-Za-z0-9]{4,40}?同步(?:实施|實施|推进|推進|建设|建設|完成|开展|開展|部署|上线|上線|接入|对接|對接|迁移|遷移|应用|應用)?$/;

/** A sub-item's number before its date: （1）, (2), ①, 3、 at the start or after a separator (global). */
const ITEM_MARK = /(^|[；;，,。])(?:[（(][0-9一二三四五六七八九十]{1,2}[）)]|[\u2460-\u2473]|[0-9]{1,2}、)/g;

/** A value without its sub-items' numbers; a circled number with no separator before it (①…②…) separates. */
function withoutItemMarks(text: string): string {
  return text.replace(/(?<=[^；;，,。])(?=[\u2460-\u2473])/g, '；').replace(ITEM_MARK, '$1');
}

/** A numeric-style date in the words the parser reads (2024-12-31 → 2024年12月31日), or undefined. */
function fromNumericStyle(text: string): string | undefined {
  const m = NUMERIC_DATE.exec(text);
  if (!m) return undefined;
  const month = m[2] ?? m[4]!;
  const day = m[3] ?? m[5];
  return `${m[1]}年${Number(month)}月${day !== undefined ? `${Number(day)}日` : ''}${m[6] ?? ''}`;
}

/**
 * A date without a year: 6月底前, 6月30日前, 年底前, 年内, 上半年, 三季度末, 第四季度. Groups: 1 month, 2 day,
 * 3 year's end words, 4 half, 5 quarter, 6 年中 (the middle of the year: June), 7 what follows (完成, 建成…).
 */
const YEARLESS = /^(?:到|至|于|於|在|力争|力爭|争取|爭取)?(?:本年|今年|当年|當年|年度内|年度內)?(?:(\d{1,2})月(?:(\d{1,2})[日号號])?(?:底|末|中旬|上旬|下旬)?|(年底|年末|年内|年內|全年)|([上下])半年(?:末|底)?|(?:第)?([一二三四1-4])季度(?:末|底)?|(年中))(?:前|以前|之前)?(.*)$/;

const QUARTER_END: Record<string, number> = { 一: 3, 二: 6, 三: 9, 四: 12, '1': 3, '2': 6, '3': 9, '4': 12 };

/** The month a year-less date ends in; undefined for the year's end (年底前: the year as a whole). */
function yearlessMonth(y: RegExpExecArray): number | undefined {
  if (y[1] !== undefined) return Number(y[1]);
  if (y[4] !== undefined) return y[4] === '上' ? 6 : undefined;
  if (y[5] !== undefined) return QUARTER_END[y[5]] === 12 ? undefined : QUARTER_END[y[5]];
  if (y[6] !== undefined) return 6;
  return undefined;
}

/**
 * A part of the year after a year (2024年第三季度, 2024年上半年, 2025年年中): the month it ends in;
 * undefined for the year's last quarter or half (the year as a whole).
 */
const PART_OF_YEAR = /^(?:年中|([上下])半年|第?([一二三四1-4])季度)(?:末|底)?/;
/** A quarter after a year that no year has: 第五季度, 第5季度, 五季度末. */
const NO_SUCH_QUARTER = /^第?(?:[五六七八九]|十[一二]?|[5-9]|1[0-2])季度(?:末|底)?/;
function partOfYearMonth(m: RegExpExecArray): number | undefined {
  if (m[1] !== undefined) return m[1] === '上' ? 6 : undefined;
  if (m[2] !== undefined) return QUARTER_END[m[2]] === 12 ? undefined : QUARTER_END[m[2]];
  return 6;
}

/** Lead words that may precede a date: 到2023年底, 力争2025年, 争取, 于, 限 (限2024年9月30日前办结); and how sure the plan is of it (确保, 计划, 预计, 争取提前至). */
const LEAD_WORDS = '争取提前至|爭取提前至|力争提前至|力爭提前至|提前至|到|至|力争|力爭|争取|爭取|确保|確保|务必|務必|计划|計劃|预计|預計|限期|限|于|於|在';
/** Tail words after year/month: 底, 末, 前, 以前, 年底前. */
const CLAUSE_DATE = new RegExp(
  `^(?:${LEAD_WORDS})?(\\d+)年(?:(\\d+)月(?:(\\d+)[日号])?)?(?:底|末)?(?:前|以前|之前)?(.*)$`,
);

/** Days in a month of a year (the Gregorian calendar). */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a day does not exist in the milestone's month (6月31日), or undefined when it does or no month is known. */
function dayProblem(milestone: Milestone | undefined, day: number): string | undefined {
  if (milestone?.month === undefined) return undefined;
  const max = daysInMonth(milestone.year, milestone.month);
  return day < 1 || day > max ? `日期“${milestone.month}月${day}日”不存在，${milestone.month}月只有${max}天，请核对后改正。` : undefined;
}

interface MilestoneParse {
  milestone?: Milestone;
  invalid?: string;
}

/** Checks year and month digits and builds a milestone, or explains why it is impossible. */
function checkDate(yearDigits: string, monthDigits: string | undefined, due: string): MilestoneParse {
  if (yearDigits.length !== 4) {
    return {
      invalid: `年份“${yearDigits}”不是四位数，无法识别。请写成四位年份，如“2024年”。`,
    };
  }
  const year = Number(yearDigits);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return {
      invalid: `年份“${yearDigits}”超出合理范围（${MIN_YEAR}年至${MAX_YEAR}年），请核对是否写错。`,
    };
  }
  if (monthDigits === undefined) return { milestone: { year, due } };
  const month = Number(monthDigits);
  if (month < 1 || month > 12) {
    return {
      milestone: { year, due },
      invalid: `月份“${monthDigits}月”不存在，月份应在1月至12月之间，请核对后改正。`,
    };
  }
  return { milestone: { year, month, due } };
}

/** Trims punctuation that may be left around a due phrase. */
function cleanDue(due: string): string {
  return due.replace(/^[前底末]+/, '').replace(/[。．.、，,；;：:]+$/, '');
}

/**
 * The year a five-year plan ends: the 三五 plan ran 1966–1970 and every plan since has taken five
 * years, so the Nth ends in 1970 + 5(N − 3) (十三五 2020, 十四五 2025, 十五五 2030).
 */
export function fiveYearPlanEnd(n: number): number {
  return 1970 + 5 * (n - 3);
}

/**
 * The end or the span of a five-year plan as a deadline: “十四五”末, 到“十四五”期末, 十四五时期末, “十四五”期间
 * (by its end). Group 1: the plan's second digit (四 in 十四五).
 */
const FIVE_YEAR_TERM = /(?:到|至)?[“"「『]?十([一二三四五六七八九])五[”"」』]?(?:规划|規劃)?(?:期末|末期|时期末|時期末|末|期间|期間|时期|時期|期内|期內)(?:前|以前|之前)?/g;
/** A staged deadline in brackets: 分阶段（2024年启动、2025年完成）, 分步实施(2024年试点，2025年推广). */
const STAGED = /^(?:分阶段|分階段|分步骤|分步驟|分步|分年度|分期)(?:实施|實施|推进|推進|完成|建设|建設)?[（(](.+)[）)]$/;

/** A deadline's text with its staged wrapper taken off, a five-year plan's end written as its year and a date in Chinese numerals in digits. */
function plainTerms(text: string): string {
  const digits = asciiDates(text).text;
  const inner = STAGED.exec(digits)?.[1] ?? digits;
  return inner.includes('五') ? inner.replace(FIVE_YEAR_TERM, (_m, d: string) => `${fiveYearPlanEnd(10 + cnDigit(d)!)}年`) : inner;
}

/**
 * A date in Chinese numerals, as formal documents write it: 二〇二五年六月底前, 二○二五年十一月, 二〇二五年二月十八日.
 * The numerals are groups 1 (year), 3 (month) and 5 (day); groups 2, 4 and 6 are what follows each. A month or day
 * that does not exist (十三月, 三十二日) is written in digits too, so that it is reported as the slip it is.
 */
const CN_DATE = /([〇○零一二三四五六七八九]{4})(\s*年\s*)(?:(十[一二三四五六七八九]?|[一二三四五六七八九])(\s*月\s*)(?:(三十[一二三四五六七八九]?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])(\s*[日号]))?)?/g;

/** An item's number opening its line, right before a date: 39．, 3、, 12. */
const ITEM_NUMBER_BEFORE = /(?:^|\n)[ \t\u3000]*[0-9０-９]{1,3}[.．、]$/;

/** A numeric-style date directly before 前, 底前 or 之前 in running text (全县城域网2024-12前实现…, 2024/6/30前完成). */
const NUMERIC_TARGET = /(?<![0-9A-Za-z./\-])(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?|[.．](\d{1,2})(?:[.．](\d{1,2}))?)(?=[ \t\u3000]*(?:底前|末前|前|以前|之前))/g;

/**
 * The text with every numeric-style date set as a target written as the parser reads dates (2024-12前 →
 * 2024年12月前), and where each character of the result stands in the text (`at`, undefined when nothing changed).
 */
export function numericDates(text: string): { text: string; at?: number[] } {
  if (!/\d{4}[-/.．]\d/.test(text)) return { text };
  let out = '';
  const at: number[] = [];
  let last = 0;
  NUMERIC_TARGET.lastIndex = 0;
  for (const m of text.matchAll(NUMERIC_TARGET)) {
    const start = m.index!;
    const end = start + m[0].length;
    for (let i = last; i < start; i++) at.push(i);
    out += text.slice(last, start);
    const month = m[2] ?? m[4]!;
    const day = m[3] ?? m[5];
    const value = `${m[1]}年${Number(month)}月${day !== undefined ? `${Number(day)}日` : ''}`;
    // The year's digits stand where they stood; the rest stands at the original's end.
    for (let k = 0; k < value.length; k++) at.push(Math.min(start + k, end - 1));
    out += value;
    last = end;
  }
  if (last === 0) return { text };
  for (let i = last; i < text.length; i++) at.push(i);
  return { text: out + text.slice(last), at };
}

const CN_YEAR_DIGIT = new Set('〇○零一二三四五六七八九');

/**
 * Whether the text holds four Chinese numerals before 年 (/[〇○零一二三四五六七八九]{4}\s*年/), found from each
 * 年 back: the pattern itself tries every position of a long text, and ideographs such as 一 and 三 are common.
 */
function hasChineseNumeralYear(text: string): boolean {
  for (let at = text.indexOf('年'); at >= 0; at = text.indexOf('年', at + 1)) {
    let i = at;
    while (i > 0 && /\s/.test(text[i - 1]!)) i--;
    if (i >= 4 && CN_YEAR_DIGIT.has(text[i - 1]!) && CN_YEAR_DIGIT.has(text[i - 2]!) && CN_YEAR_DIGIT.has(text[i - 3]!) && CN_YEAR_DIGIT.has(text[i - 4]!)) return true;
  }
  return false;
}

/**
 * The text with every date in Chinese numerals written in digits (二〇二五年六月底前 → 2025年6月底前), and
 * where each character of the result stands in the text (`at`, undefined when nothing changed).
 */
export function asciiDates(text: string): { text: string; at?: number[] } {
  if (!hasChineseNumeralYear(text)) return { text };
  let out = '';
  const at: number[] = [];
  let last = 0;
  const copy = (from: number, to: number) => {
    out += text.slice(from, to);
    for (let i = from; i < to; i++) at.push(i);
  };
  const put = (value: string, from: number, to: number) => {
    // Each character of the digits stands where the numerals stand (the last ones at the numerals' end).
    for (let k = 0; k < value.length; k++) at.push(Math.min(from + k, to - 1));
    out += value;
  };
  for (const m of text.matchAll(CN_DATE)) {
    copy(last, m.index!);
    let pos = m.index!;
    // Numerals and what follows them, in turn: each numeral written in digits, the rest as it is.
    for (let g = 1; g <= 6 && m[g] !== undefined; g++) {
      const piece = m[g]!;
      if (g % 2 === 1) put(g === 1 ? [...piece].map((c) => cnDigit(c)).join('') : String(cnNumber(piece)), pos, pos + piece.length);
      else copy(pos, pos + piece.length);
      pos += piece.length;
    }
    last = pos;
  }
  copy(last, text.length);
  return { text: out, at };
}

/**
 * A number OCR has read with a letter for a digit (2O24年, 2024年l2月, l5日): a year of four characters
 * with at least two real digits, or a month or day of two with one, made of digits and the look-alike
 * letters O, o, l, I. The letters are read as the digits they stand for; the text keeps its length.
 */
const OCR_YEAR = /(?<![A-Za-z0-9〇○])(?=[0-9OolI〇○]{4}[ \t\u3000]*年)(?=(?:[OolI〇○]*[0-9]){2})[0-9OolI〇○]*[OolI〇○][0-9OolI〇○]*(?=[ \t\u3000]*年)/g;
const OCR_MONTH_DAY = /(?<![A-Za-z0-9〇○])(?=[0-9OolI〇○]{2}[ \t\u3000]*[月日号])(?=[OolI〇○]*[0-9])[0-9OolI〇○]*[OolI〇○][0-9OolI〇○]*(?=[ \t\u3000]*[月日号])/g;
const asDigits = (run: string): string => run.replace(/[Oo〇○]/g, '0').replace(/[lI]/g, '1');

/**
 * A date written in haste in the words a plan uses: a two-digit year before what a date says (24年底前,
 * 25年6月前 → 2024年底前, 2025年6月前), a quarter as Q1–Q4 (2025年Q2, 2024Q3, 2024-Q4 → 2025年第2季度) and a half-year
 * as H1, H2 (2024H1 → 2024年上半年), as a project office's spreadsheet writes them; Q5 and H3 come out as the quarter and
 * half-year no year has.
 * The same string when there is none.
 */
export function fullYears(text: string): string {
  if (!/(?:^|[^0-9])[0-9]{2}年|[0-9]\s*年?[\s\-－–—/]*[QH][0-9]/i.test(text)) return text;
  return text
    .replace(/(?<![0-9０-９.．/\-])([23][0-9])(?=年(?:底|末|前|内|內|[0-9]{1,2}月|[上下]半年|第?[一二三四1-4]季度|Q[1-4]|年中))/gi, '20$1')
    .replace(/([0-9]{4})\s*年?\s*[\-－–—/]?\s*Q([0-9]{1,2})(?![0-9A-Za-z])/gi, '$1年第$2季度')
    .replace(/([0-9]{4})\s*年?\s*[\-－–—/]?\s*H([0-9])(?![0-9A-Za-z])/gi, (_m, y: string, h: string) => (h === '1' ? `${y}年上半年` : h === '2' ? `${y}年下半年` : `${y}年第${h}半年`));
}

/** A scanned copy's 曰 for 日 after a date's digits (2023年6月16曰), read as the 日 it stands for; same length. */
export function ocrDayMarks(text: string): string {
  return text.includes('曰') && /[0-9]曰/.test(text) ? text.replace(/(?<=[0-9][ \t\u3000]*)曰/g, '日') : text;
}

export function ocrDigits(text: string): string {
  if (!/[0-9][OolI〇○]|[OolI〇○][0-9]/.test(text)) return text;
  return text.replace(OCR_YEAR, asDigits).replace(OCR_MONTH_DAY, asDigits);
}

/**
 * A year's digits a PDF's line wrapped apart from its 年 (力争2025⏎年底前全面完成, the line's number blanked before the
 * second half): the line break reads as a space, so the date reads whole. The text keeps its length.
 */
/** A date as the draft shows it, read over a line's end as one (力争2025⏎    年底前 → 力争2025年底前). */
export function shownDate(slice: string): string {
  return slice.includes('\n') ? slice.replace(/[ \t\u3000]*\r?\n[ \t\u3000]*/g, '') : slice;
}
const WRAPPED_YEAR = /(?<=(?<![0-9０-９])[0-9０-９]{4}[ \t\u3000]*)\r?\n(?=[ \t\u3000]*年)/g;
function wrappedYears(text: string): string {
  // Looked for line by line first (a pattern with a lookbehind tries every line break of a long text): a line opening with 年.
  let found = false;
  for (let i = text.indexOf('\n'); i >= 0 && !found; i = text.indexOf('\n', i + 1)) {
    let j = i + 1;
    while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\u3000')) j++;
    found = text[j] === '年';
  }
  return found ? text.replace(WRAPPED_YEAR, (m) => ' '.repeat(m.length)) : text;
}

/** Whether milestone `a` falls before milestone `b` (a year, then a month when both give one). */
function endsBefore(a: Milestone, b: Milestone): boolean {
  return a.year < b.year || (a.year === b.year && a.month !== undefined && b.month !== undefined && a.month < b.month);
}

/** Whether a value is a period (2024.3—2025.6, 2024—2025年, 2024年3月至12月), as parseDeadline reads one. */
export function isPeriod(raw: string): boolean {
  return PERIOD.test(plainTerms(asciiDigits(raw).replace(/[\s\u3000]+/g, '')));
}

/**
 * A clause that opens with the name of a part of the work before its date (财政电子票据2024年底前): group 1 is the name,
 * of Chinese characters only and not a word that leads a date itself (力争, 争取, 到, 于, 计划, 预计 …).
 */
const NAMED_PART_DATE = /^((?!力争|力爭|争取|爭取|到|至|于|於|在|计划|計劃|预计|預計|确保|確保|原定|自|从|從|每年|每季)[\u4e00-\u9fff“”]{2,20}?)(?=[0-9]{4}年)/;

/** A clause giving when a rule starts to hold (自2024年4月1日起执行, 从2025年开始, 2024年起施行). */
const START_CLAUSE = /^(?:自|从|從)?[0-9]{4}年(?:[0-9]{1,2}月(?:[0-9]{1,2}[日号])?)?(?:起|开始|開始)(?:执行|執行|施行|实施|實施|实行|實行|生效)?$/;

/**
 * Parses a 完成时限 cell or annotation value such as `2023年启动，2024年建成`,
 * `持续推进，2025年取得明显成效`, `2023年完成并长期坚持` or `持續開展`.
 * Never throws: malformed values come back with `invalid` set.
 */
/**
 * A date by a holiday or a season, in the words of a month (read only to compare), with its year or, without one, as a
 * month of the plan's year is: before a year's 元旦 is the year before's end (2025年元旦前 is 2024年12月底前), before its
 * 春节 its second month at the latest, before 五一 its fourth, before 国庆 its ninth; before the flood season (汛期前,
 * 汛前) its fifth; the summer holidays (暑期) its eighth, before them its sixth; autumn and winter (秋冬季, 冬季) the year's
 * end; spring, summer, autumn (春季, 夏季, 秋季) their last months.
 */
const HOLIDAY_DATE = /(?:(20[0-9]{2})年)?(元旦节?|春节|春節|五一|劳动节|勞動節|国庆节?|國慶節?|汛期|汛前|暑期|暑假|秋冬季|秋冬|冬季|秋季|春季|夏季)(?!学期|學期)(前|之前|以前|期间|期間)?/g;
/** The month a holiday or season dates work by: [before it, during it]. */
const HOLIDAY_MONTHS: Record<string, [number, number]> = {
  元旦: [12, 12], 春节: [2, 2], 五一: [4, 5], 劳动节: [4, 5], 国庆: [9, 10], 汛期: [5, 9], 汛前: [5, 5], 暑期: [6, 8], 暑假: [6, 8],
  秋冬季: [12, 12], 秋冬: [12, 12], 冬季: [12, 12], 秋季: [8, 11], 春季: [2, 5], 夏季: [5, 8],
};

function byHolidays(text: string): string {
  if (!/元旦|春|五一|劳动节|勞動節|国庆|國慶|汛|暑|秋|冬|夏/.test(text)) return text;
  return text.replace(HOLIDAY_DATE, (m, y: string | undefined, holiday: string, before: string | undefined, at: number) => {
    // A holiday inside a word or after other words of the cell (春季学期 is read as it is; 2024年国庆节前 only as a date).
    if (!y && at > 0 && /[\u4e00-\u9fff]/.test(text[at - 1]!) && !/[于在到至前]$/.test(text.slice(0, at))) return m;
    const key = holiday.replace(/^(元旦|国庆)节$/, '$1').replace('春節', '春节').replace('勞動節', '劳动节').replace(/^國慶節?$/, '国庆');
    const months = HOLIDAY_MONTHS[key];
    if (!months) return m;
    const month = before && !/期间|期間/.test(before) ? months[0] : months[1];
    if (key === '元旦') return y ? `${Number(y) - 1}年12月底前` : '12月底前';
    return `${y ? `${y}年` : ''}${month}月底前`;
  });
}

/**
 * A date a spreadsheet pasted as its serial number, days counted from 1899-12-30 (45657 is 2024年12月31日), for the years
 * 2000 to 2049; undefined for any other text.
 */
function fromSerialDay(text: string): string | undefined {
  const m = /^([34][0-9]{4}|5[0-4][0-9]{3})(?:\.0+)?$/.exec(text);
  if (!m || Number(m[1]) < 36526) return undefined;
  const day = new Date(Date.UTC(1899, 11, 30) + Number(m[1]) * 86400000);
  return `${day.getUTCFullYear()}年${day.getUTCMonth() + 1}月${day.getUTCDate()}日`;
}

/**
 * A bracketed condition on the higher level with the later date it would allow: （如自治区平台接口延期开放，顺延至2025年6月底前）,
 * （若上级部署调整，相应延至…）. Not a plan's own extension (确有困难的可延至2025年), which is its limit.
 */
const CONDITIONAL_DELAY = /[（(](?:如|若|如遇|若遇|如果|遇)[^（）()]{0,30}?(?:自治区|自治區|上级|上級|国家|國家|省级|省級|市级|市級)[^（）()]*?(?:顺延|順延|延至|延期至|推迟至|推遲至)[^（）()]*[）)]/g;
const CONDITIONAL_DELAY_TEST = /[（(](?:如|若|遇)/;
/** A date cell that refers to the remarks under the table: 见备注, 详见备注, 见注, 见附注. */
const SEE_REMARK = /^(?:详|詳)?见(?:备注|備註|注|附注|說明|说明)$/;

/** A date cell holding a year of this century and nothing else (after digits are made ASCII and spaces squeezed out). */
const BARE_YEAR = /^20[0-9]{2}$/;

export function parseDeadline(raw: string, options: { year?: number } = {}): ParsedDeadline {
  // A date per sub-item of the row ((1)2024年6月底前；(2)2025年底前, ①…②…) is read without the item numbers.
  // (A table's marks beside the date, 2024年★ or 分步实施※3, are no part of it.)
  const squeezed = plainTerms(withoutItemMarks(fullYears(ocrDigits(asciiDigits(raw))).replace(/[\s\u3000]+/g, ''))).replace(TABLE_MARK, '');
  // A cell that sends the reader to the remarks under the table (见备注※1, 详见备注): the remark gives the date.
  if (SEE_REMARK.test(squeezed)) return { deadline: { raw, milestones: [], ongoing: true } };
  // A later date the higher level's delay would allow (2024年底前（如自治区平台接口延期开放，顺延至2025年6月底前）): its
  // condition, not the plan's limit, which is the date before it.
  const unconditional = CONDITIONAL_DELAY_TEST.test(squeezed) ? squeezed.replace(CONDITIONAL_DELAY, '') : squeezed;
  // A deadline that defers to the higher level's (按自治区要求, 与自治区同步, 同上级时限): the same as the
  // higher level's, so never invalid and never later.
  if (DEFERS.test(squeezed) || AHEAD_OF_HIGHER.test(squeezed)) return { deadline: { raw, milestones: [], ongoing: true } };
  // A date set by other work (在…建成后1个月内, 与…同步实施): no date to read or compare.
  if (AFTER_EVENT.test(squeezed) || WITH_EVENT.test(squeezed)) return { deadline: { raw, milestones: [], ongoing: true } };
  // A year alone in a date cell (2024: a spreadsheet's number, or 年 lost to OCR) is that year; a spreadsheet's date shown
  // as its serial number (45657) is the day it counts to.
  const text = BARE_YEAR.test(unconditional) ? `${unconditional}年` : byHolidays(fromSerialDay(unconditional) ?? fromNumericStyle(unconditional) ?? unconditional);
  // A period (建设周期 2024.5—2025.6, 2024年—2025年, 2024年3月至12月): the work ends when it ends.
  const period = PERIOD.exec(text);
  if (period) {
    const endYear = period[3] ?? period[1]!;
    const end = checkDate(endYear, period[4] ?? period[5], '');
    const start = checkDate(period[1]!, period[2], '');
    const problems = [start.invalid, end.invalid].filter((x): x is string => !!x);
    // A period that ends before it starts (2025—2024年) is a slip: which end is meant cannot be known.
    if (!problems.length && start.milestone && end.milestone && endsBefore(end.milestone, start.milestone)) {
      problems.push(`起止时间颠倒：“${raw.trim()}”的结束时间早于开始时间，请核对后改正。`);
    }
    const deadline: Deadline = { raw, milestones: end.milestone ? [end.milestone] : [], ongoing: false };
    return problems.length ? { deadline, invalid: problems.join('') } : { deadline };
  }
  // A dotted month (2024.10, 2024.6底前) is a year and a month.
  const dotted = DOTTED.exec(text);
  if (dotted) {
    const checked = checkDate(dotted[1]!, dotted[2], '');
    const deadline: Deadline = { raw, milestones: checked.milestone ? [checked.milestone] : [], ongoing: false };
    return checked.invalid ? { deadline, invalid: checked.invalid } : { deadline };
  }
  const milestones: Milestone[] = [];
  let ongoing = false;
  const problems: string[] = [];
  // Checkpoints (分两步：2024年底前…，2025年底前…; 启动：2024年3月 完成：2024年12月; 2024.6；2024.12): the steps' words and
  // labels go, each dotted month is a year and a month, and the labelled steps are clauses of their own.
  const steps = text
    .replace(STEPS_BRACKETED, '$1')
    .replace(STEPS_LEAD, '')
    .replace(STEP_LABEL, '，')
    .replace(DOTTED_IN_LIST, '$1年$2月');
  // Clauses are separated by commas, semicolons, 、 and the conjunction 并 (2023年完成并长期坚持).
  const clauses = steps.split(/[，,；;、]|并|並/).filter((c) => c.length > 0);
  let recurringMonth: number | undefined;
  let yearless = false;
  for (const written of clauses) {
    // A clause that names the part of the work its date is for (财政电子票据2024年底前, 非税收入收缴电子化全覆盖2025年底前):
    // the date is read, the name is what is due then.
    const named = NAMED_PART_DATE.exec(written);
    const clause = named ? written.slice(named[1]!.length) : written;
    // A rule's start (自2024年4月1日起执行, 从2025年开始, 2024年起): it holds from then on, with no end to compare.
    if (START_CLAUSE.test(clause)) {
      ongoing = true;
      continue;
    }
    const r = RECURRING.exec(clause);
    if (r) {
      // 每年12月底前, 每年年底前, 每年6月: a yearly deadline. 每季度/每月 are ongoing work.
      if (/季|月度|每月|按月|逐月|半年/.test(r[1]!) && !r[2]) {
        ongoing = true;
        continue;
      }
      const month = r[2] !== undefined ? Number(r[2]) : 12;
      if (month < 1 || month > 12) problems.push(`月份“${r[2]}月”不存在，月份应在1月至12月之间，请核对后改正。`);
      else recurringMonth = recurringMonth === undefined ? month : Math.max(recurringMonth, month);
      continue;
    }
    // The next year's step of a yearly cycle already read (每年开展，次年3月底前完成上年度考核): part of that cycle.
    if (recurringMonth !== undefined && /^[\s\u3000]*(?:次年|翌年|下一年度?|下年度?)/.test(clause)) continue;
    const m = CLAUSE_DATE.exec(clause);
    if (m) {
      const rest = m[4] ?? '';
      // 2024年第三季度, 2024年上半年: the month the part of the year ends in.
      const part = m[2] === undefined ? PART_OF_YEAR.exec(rest) : null;
      // A quarter a year does not have (2024年第五季度, 2025年Q5).
      const badQuarter = m[2] === undefined && !part ? NO_SUCH_QUARTER.exec(rest) : null;
      if (badQuarter) {
        problems.push(`“${badQuarter[0]}”不存在，一年只有四个季度，请核对后改正。`);
        continue;
      }
      // A half-year a year does not have (2025H3).
      const badHalf = m[2] === undefined && !part ? /^第[03-9]半年/.exec(rest) : null;
      if (badHalf) {
        problems.push(`“${raw.trim()}”中的半年不存在，一年只有上半年和下半年，请核对后改正。`);
        continue;
      }
      const partMonth = part ? partOfYearMonth(part) : undefined;
      const due = cleanDue(part ? rest.slice(part[0].length).replace(/^(?:前|以前|之前)/, '') : rest);
      const result = checkDate(m[1]!, m[2] ?? (partMonth !== undefined ? String(partMonth) : undefined), due);
      if (result.milestone) milestones.push(result.milestone);
      if (result.invalid) problems.push(result.invalid);
      else if (m[3] !== undefined) {
        const bad = dayProblem(result.milestone, Number(m[3]));
        if (bad) problems.push(bad);
      }
      if (ONGOING_PATTERN.test(rest)) ongoing = true;
      continue;
    }
    if (ONGOING_PATTERN.test(clause)) {
      ongoing = true;
      continue;
    }
    // A date without a year (6月底前, 三季度末, 年底前) in a plan for one year (2024年工作要点) is in
    // that year; without a year to place it, it is read but compares with nothing.
    const y = YEARLESS.exec(clause);
    if (y) {
      const month = yearlessMonth(y);
      if (month !== undefined && (month < 1 || month > 12)) {
        problems.push(`月份“${month}月”不存在，月份应在1月至12月之间，请核对后改正。`);
        continue;
      }
      if (options.year === undefined) {
        yearless = true;
        continue;
      }
      const milestone: Milestone = month === undefined ? { year: options.year, due: cleanDue(y[7] ?? '') } : { year: options.year, month, due: cleanDue(y[7] ?? '') };
      milestones.push(milestone);
      if (y[2] !== undefined) {
        const bad = dayProblem(milestone, Number(y[2]));
        if (bad) problems.push(bad);
      }
      continue;
    }
    // A date still being drafted (20XX年, X月) is placeholder-unfilled's to list, not a wrong date.
    if (/\d/.test(clause) && !hasGap(clause)) {
      problems.push(`“${clause}”中的日期无法识别，请写成如“2024年”“2024年6月底前”的形式。`);
    }
  }
  const pending = isPlaceholder(raw) || hasGap(raw);
  if (milestones.length === 0 && !ongoing && recurringMonth === undefined && problems.length === 0 && !pending && !yearless && NO_TIME.test(squeezed)) {
    problems.push(`“${raw.trim()}”没有写明完成时间。请写明年份或月份（如“2024年底前”）；长期性工作可写“持续推进”。`);
  } else if (milestones.length === 0 && !ongoing && recurringMonth === undefined && problems.length === 0 && !pending && !yearless) {
    problems.push(
      `未能识别完成时限“${raw.trim()}”，请写成如“2024年”“2023年启动，2024年建成”或“持续推进”的形式。`,
    );
  }
  const deadline: Deadline = recurringMonth === undefined ? { raw, milestones, ongoing } : { raw, milestones, ongoing, recurringMonth };
  return problems.length > 0 ? { deadline, invalid: problems.join('') } : { deadline };
}

// --- Finding deadlines in running text -------------------------------------------------------

const DIGIT = '[0-9０-９]';
const SPACE = '[ \\t\\u3000]*';
/**
 * One date expression in body text: optional lead word, year digits, 年, optional month,
 * optional 底/末 and 前. Group 1: lead word, 2: year digits, 3: month digits.
 */
const DATE_IN_TEXT = new RegExp(
  `((?:力争|力爭|争取|爭取)?${SPACE}(?:到|至)?)${SPACE}(${DIGIT}+)${SPACE}年` +
    `(?:${SPACE}(${DIGIT}{1,2})${SPACE}月)?(?:${SPACE}(?:底|末))?(?:${SPACE}(?:前|以前|之前))?`,
  'gu',
);
/** A short verb phrase right after a date (启动, 建成, 形成试点经验 …): CJK only, up to 8 chars. */
const DUE_AFTER = /^[\u4e00-\u9fff]{1,8}(?=[，,；;。．、\s）)]|$)/u;
/** Text after a date that makes it a period or a calendar date, not a deadline. */
const RANGE_AFTER = new RegExp(`^${SPACE}[—–\\-~～－至到]{1,2}${SPACE}${DIGIT}{4}${SPACE}年?`, 'u');
const DAY_AFTER = new RegExp(`^${SPACE}${DIGIT}{1,2}${SPACE}[日号]`, 'u');
/** After a calendar date: words that make it a target (6月30日前, 6月30日之前). */
const DAY_TARGET = /^[ \t\u3000]*(?:之前|以前|前)/u;
/** A date in the clause before another (2023年1月1日到…, 自2023年7月起至…): the later one ends a period. */
const PERIOD_START_BEFORE = /[0-9０-９]{4}[ \t\u3000]*年|[自从從]/u;

/** Whether a date is aimed at (到, 力争, 争取 before it), not only reached (至 alone may close a period). */
function aimedAt(hit: { lead: string | undefined }): boolean {
  return !!hit.lead && /到|力争|力爭|争取|爭取/.test(hit.lead);
}

/** The text of a date's clause before it (back to the last ，。；：or line break, at most 30 characters). */
function clauseBefore(text: string, at: number): string {
  const from = Math.max(0, at - 30);
  const before = text.slice(from, at);
  const cut = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf('：'), before.lastIndexOf('\n'));
  return before.slice(cut + 1);
}
/**
 * Money set for a year after it: 安排…万元, 投入…资金, 中央预算内资金, …运维经费已纳入区级年度预算 (to the clause's end);
 * or the year's budget itself (…资金纳入2025年县级预算, 2025年度部门预算).
 */
const BUDGET_AFTER = /^[^，,。；;\n]{0,6}?(?:安排|投入|下达|拨付|落实|争取|列支|预算)[^，,。；;\n]{0,16}?(?:资金|经费|万元|亿元)|^[^，,。；;\n]{0,16}?(?:资金|经费)[^，,。；;\n]{0,6}?(?:纳入|納入|列入)[^，,。；;\n]{0,10}?(?:预算|預算)|^(?:度)?(?:[县縣区區市旗镇鎮乡鄉]?(?:本级|本級|级|級)|部门|部門|财政|財政|政府|一般公共)*(?:预算|預算)/;

/** Right after a date: 起 or 开始, the date a rule starts to hold from. */
const STARTS_AFTER = /^[ \t\u3000]*(?:起|开始|開始)/;

/** A bare year as the subject of what the year is (2024年是…关键之年, 2025年为…收官之年, 2024年是攻坚年). */
const YEAR_STATEMENT = /^[ \t\u3000]*(?:是|为|為|将是|將是)[^，,。；;\n]{0,30}(?:之年|一年|第[二三四五六七八九十]年|攻坚年|攻堅年|关键年|關鍵年|收官年|开局年|開局年|决胜年|決勝年|起步年|突破年|提升年|深化年|落实年|落實年)/;

/**
 * Words after a bare year that make it a reference, not a deadline (2023年以来, 2023年度, 2023年第10期, 2020年“数字政府”…要点;
 * an edition in a title: 实施方案（2024年修订）, 目录（2024年版）).
 */
const NOT_DEADLINE_AFTER = /^(?:以来|以來|度|第|起|开始|開始|上半年|下半年|[春夏秋冬]|全年|的|同期|相比|结转|結轉|遗留|遺留|[“"「《]|(?:修订|修訂|修正)版?[）)]|[版本][）)]|基数|基數|基期|基准|基準|现状|現狀|实际值|實際值|目标值|目標值|预期值|預期值|目标(?=[\s|）)]|$)|目標(?=[\s|）)]|$))/u;
/** After a date: a short verb and 后 closing the clause (建成后，, 印发后，): the time after which something else happens. */
/** Right after a date: the thing done then, as the words qualifying a noun (建成的, 实现的, 完成的, 上线的, 印发的). */
const DONE_THING_AFTER = /^(?:建成|实现|實現|完成|上线|上線|印发|印發|出台|建立|开通|開通|投用|部署)的/;
const AFTER_IT_WAS_DONE = /^[\u4e00-\u9fff]{1,4}?(?:后|後|以后|以後|之后|之後)[，,]/u;
/** 结合, 立足, 根据, 基于 … before a year in the same clause: the plan starts from that year's state. */
const IN_LIGHT_OF = /(?:结合|結合|立足|基于|基於|根据|根據|针对|針對)[^，,。；;\n]{0,8}$/u;
/** What that year's state is called, closing the clause: 实际, 实情, 情况, 基础, 进展. */
const SITUATION_AFTER = /^[^，,。；;\n]{0,16}?(?:实际|實際|实情|實情|情况|情況|基础|基礎|进展|進展)(?=[，,。；;\n]|$)/u;
/** Words after a date that make it the date of a state or a baseline: 现状, 基数, 实际值, 完成值, and when statistics were taken (统计数, 统计口径). */
const STATE_AT_DATE = /^(?:现状|現狀|基数|基數|基期|实际值|實際值|完成值|现状值|現狀值|统计数|統計數|统计值|統計值|统计数据|統計數據|统计口径|統計口徑)/u;
/** A table named just before a date, and any years listed before it (表中2024年、2025年目标…, 上表2025年值): its columns. */
const TABLE_COLUMN_BEFORE = /(?:表中|表内|表內|上表|下表|本表|该表|該表|附表[0-9０-９一二三四五六七八九十]?中?)(?:[0-9０-９]{4}年(?:度)?[、和及与與]?)*$/u;
/** 截至, 截止, 截止到 just before a date (its 至 or 到 may be read as the date's lead word). */
const AS_OF = /截(?:至|止)(?:到|至)?$/u;
/** Just before a date, words that make it the base of a comparison (较2023年翻一番, 比2023年底提高20%, 同比). */
const COMPARED_WITH = /(?:较|較|比|相比|相較|相较|对比|對比)$/u;
/** Words before a year that make it a reference, not a deadline (自2020年, 截至2022年底). */
const NOT_DEADLINE_BEFORE = /(?:自|从|從|截至|截止|于|於|在|是|为|為)$/u;
/** Right after a year: within it, the work done (内完成, 內全面建成, 内实现). */
const WITHIN_YEAR_DONE = /^(?:内|內)(?:全面|全部|基本)?(?:完成|建成|实现|實現|办结|辦結|上线|上線|落实|落實|达到|達到|覆盖|覆蓋)/;

/**
 * A higher level said to set a date, just before it in the same clause: 自治区已明确, 上级要求, 国家规定, 省部署, also
 * with what the date is for between (自治区明确政务信创云2024年建成, 自治区要求一体化平台于2023年底前上线).
 */
const HIGHER_LEVEL_SAYS = /(?:自治区|自治區|上级|上級|省|国家|國家|国务院|國務院|中央)[^，,。；;]{0,6}?(?:已经|已經|已)?(?:明确|明確|要求|规定|規定|部署|确定|確定)(?:的|在)?(?:[^，,。；;、\s我本]{2,10}?(?:于|於|在)?)?$/u;
/**
 * The region's own addressees as a clause's subject, just before a date: 各地须于, 各市、县（区）应在. A plan restating a date the
 * region set for every place (按照自治区要求，各地须于2023年底前明确…，我县已明确…) quotes it; the county's own dates go to itself
 * (我县须于) or to its towns and bodies (各乡镇须于).
 */
const REGION_ADDRESSEES_MUST = /^[ \t\u3000]*(?:各地|全区各地|全區各地|各市[、，,]?[县縣][（(][区區][）)]|全区各市县|全區各市縣|各地级市|各地級市)(?:人民政府)?(?:均|都)?(?:须|需|要|应|應|必须|必須)(?:在|于|於)?$/u;
/** 按照 (根据, 依照, 对照) a higher level, just before a date: see ITS_REQUIREMENT. */
const PER_HIGHER_LEVEL = /(?:按照|根据|根據|依照|对照|對照)(?:自治区|自治區|上级|上級|省|国家|國家|国务院|國務院|中央)[^，,。；;]{0,6}$/u;
/** After such a date, what makes it that level's: …完成的要求, …上线的部署, …的规定. */
const ITS_REQUIREMENT = /^[^，,。；;\n]{0,36}?的(?:要求|部署|规定|規定|安排|时限|時限)/u;

/**
 * A higher level's own time limit quoted by name, just before the date: 自治区时限：2025年, 自治区要求时限为2025年,
 * 上级完成时限2024年底. A plan quotes it beside its own (我县时限：2024年9月) to show it is ahead.
 */
const HIGHER_LEVEL_LIMIT = /(?:自治区|自治區|上级|上級|省级|省|国家|國家)(?:的|级|級)?(?:要求|规定|規定|确定|確定|明确|明確)?(?:的)?(?:完成)?(?:时限|時限|期限|时间节点|時間節點|完成时间|完成時間)[ \t\u3000]*(?:为|為|是|定为|定為|[：:])?[ \t\u3000]*$/u;
/**
 * A higher level, perhaps its document (with its 文号 in brackets), and a verb saying what it sets, then a comma or colon:
 * 自治区《实施意见》提出， 国务院《指导意见》（国发〔2022〕14号）明确： 上级要求，; a county's city (吴忠市《实施方案》提出：).
 */
const HIGHER_LEVEL_OPENS = /(?:国家|國家|国务院|國務院|中央|自治区|自治區|省|上级|上級|市级|市級|[\u4e00-\u9fff]{2,4}(?:市|州|盟))(?:(?:人民)?政府|党委|黨委)?(?:[^。；;，,\n《]{0,6}?《[^》\n]{1,40}》(?:[（(][^（）()\n]{1,20}[）)])?)?(?:中|里|裡)?(?:提出|明确|明確|要求|指出|规定|規定|强调|強調)[ \t\u3000]*[，,：:]/gu;
/** Words that make the higher level's words the plan's guide, not a quotation: 按照上级要求，…; 对照自治区明确，…. */
const FOLLOWING = /(?:按照|根据|根據|对照|對照|依照|遵照|落实|落實|贯彻|貫徹|结合|結合|对标|對標)[^，,。；;\n]{0,4}$/u;
/** Words with which the plan speaks of itself again after quoting a higher level. */
const OWN_LEVEL_WORDS = /我县|我縣|我市|我区|我區|我旗|本县|本縣|本市|本区|本區|全县|全縣|全市|本方案|本部门|本部門/u;
/** How far back from a date a quoting sentence's opening is looked for. */
const QUOTE_REACH = 160;

/** Whether the date at `at` stands in a sentence quoting a higher level's document (see HIGHER_LEVEL_OPENS). */
function quotesHigherLevel(text: string, at: number): boolean {
  const from = Math.max(0, at - QUOTE_REACH);
  const back = text.slice(from, at);
  const stop = Math.max(back.lastIndexOf('。'), back.lastIndexOf('\n'));
  const sentence = stop >= 0 ? back.slice(stop + 1) : back;
  HIGHER_LEVEL_OPENS.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = HIGHER_LEVEL_OPENS.exec(sentence); m; m = HIGHER_LEVEL_OPENS.exec(sentence)) last = m;
  return !!last && !FOLLOWING.test(sentence.slice(0, last.index)) && !OWN_LEVEL_WORDS.test(sentence.slice(last.index + last[0].length));
}

/** Just before a date, words that say the work was done on it (已于2023年12月完成, 已在2023年底前建成). */
const DONE_BEFORE = /(?:已经|已經|已|业已|業已)(?:分别|分別|均|先后|先後)?(?:于|於|在)$/u;

/** What follows the date of an event: 印发的…, 召开…, or a clause that tells of a meeting or a document issued. */
const EVENT_AFTER = /^(?:印发|召开|出台|发布|颁布|举行|下发|批复|公布)|^[，,][^。；;，,]{0,30}?(?:会议|召开|印发|出台|举行)/;

/** Right after a dated milestone, words that say the work goes on from then (，长期坚持, 并长期坚持, 、持续推进). */
const ONGOING_AFTER = /^[ \t\u3000]*(?:[，,、]|并|並)[ \t\u3000]*(?:长期坚持|長期堅持|持续推进|持續推進|长期推进|長期推進|持续开展|持續開展)/u;

/** What a milestone says of work done by then (已完成编制, 已形成机制, 已于…完成): see compareDeadlines. */
const DONE_DUE = /^(?:已经|已經|已|业已|業已)/u;
/**
 * What a milestone says of work that only goes on from then (持续扩大…, 继续迭代, 不断完善, 巩固提升), as a year's line in a
 * task broken into yearly milestones may (2025年：持续深化…，巩固…成果; 2025年：做好上云系统运行保障), or from a year on
 * (已于2023年底前建立，2024年起持续巩固完善): it completes nothing.
 */
const UPKEEP_LINE = /^(?:起|开始|開始|以后|以後)?(?:持续|持續|继续|繼續|不断|不斷|巩固|鞏固|保持|迭代|优化完善|優化完善|优化提升|優化提升|做好[^，,。；;]{0,12}?(?:运行保障|運行保障|运维|運維|运行维护|運行維護|日常维护|日常維護))/u;
/**
 * A clause keeping a state up (实现“一本账”动态更新、常态管理): it completes nothing new, when a year before it in the same line
 * has the work done (2024年完成…梳理；2025年实现…). Its words end the clause.
 */
const UPKEEP_STATE = /^(?:实现|實現|保持|做到)[^，,。；;]{0,16}?(?:(?:动态更新|動態更新|动态管理|動態管理|常态化?管理|常態化?管理|常态化运行|常態化運行|长效运行|長效運行)[、和及]?)+$/u;
/** A year earlier in the line that has work done (2024年完成全市…梳理), for UPKEEP_STATE. */
const DONE_EARLIER = /20\d\d\s*年(?:[0-9]{1,2}月)?(?:底|末)?(?:前)?(?:全面)?(?:完成|建成|實現|实现)[^\n\r]*$/u;
/** Words that complete something, which a line of upkeep does not contain. */
const COMPLETES = /建成|完成|实现|實現|覆盖|覆蓋|上线|上線|形成|出台|印发|印發|建立|接入|达到|達到|全面|取得|开通|開通|投入使用/u;
/** Words in a clause of upkeep that say something is done by its year all the same (持续推进并完成迁移). */
const DONE_THEN = /完成|建成|实现|實現|上线|上線|出台|印发|印發|开通|開通|投入使用|达到|達到/u;
/**
 * What a milestone says when its date is for checking work rather than doing it: its acceptance, assessment, evaluation,
 * review, notice of results or payment (2025年一季度组织验收, 2026年1月开展工作复盘, 2026年3月组织试点评估). Not when the
 * same words also complete something (2025年底前建成并通过验收).
 */
const AFTERCARE_DUE = /^(?:[一二三四1-4]季度|上半年|下半年|[上中下]旬|底|末)?(?:前|以前|之前)?[ \t\u3000]*(?:组织|組織|开展|開展|进行|進行|完成|启动|啟動)?[\u4e00-\u9fff]{0,8}?(?:验收|驗收|考核|考评|考評|评估|評估|复盘|復盤|通报|通報|拨付|撥付)(?:工作)?$/u;
/**
 * Words that complete work, which a milestone of checking it alone does not contain; nor is an assessment of security or risk
 * (开展商用密码应用安全性评估, 完成风险评估) a check of work done: it is work a task may ask for.
 */
const AFTERCARE_COMPLETES = /建成|实现|實現|覆盖|覆蓋|上线|上線|形成|出台|印发|印發|建立|接入|达到|達到|全面|取得|开通|開通|投入使用|通过|通過|安全|风险|風險|密码|密碼|测评|測評|等级|等級/u;
/** A milestone of work done only in part: its main body, a first batch, a pilot, its basics. */
const PARTLY_DONE = /主体|主體|基本|初步|部分|首批|试点|試點|一期/u;
/** Whether a milestone is only the checking of work (see AFTERCARE_DUE); one that starts with 完成 is so only beside another. */
function aftercare(m: Milestone, alone: boolean): boolean {
  return AFTERCARE_DUE.test(m.due) && !AFTERCARE_COMPLETES.test(m.due) && !(alone && /完成/.test(m.due));
}
/**
 * The words after a date that give it to checking the work done, as a clause of their own (2025年第一季度委托第三方开展数字政府建设
 * 成效评估，…; 2026年1月组织开展年度考核): an evaluation of results, an acceptance, an assessment or a review, not work a task asks for.
 */
const AFTERCARE_CLAUSE = /^(?:前|以前|之前|内|內)?[ \t\u3000]*(?:委托第三方|委托|由[^，,。；;\n]{2,16}?)?(?:组织|組織|开展|開展|进行|進行|组织开展|組織開展)[^，,。；;\n]{0,14}?(?:验收|驗收|考核|考评|考評|复盘|復盤|通报|通報|成效评估|成效評估|绩效评估|績效評估|绩效评价|績效評價|效果评估|效果評估|实施评估|實施評估|中期评估|中期評估|总结评估|總結評估)(?:工作)?(?=[，,。；;\n]|$)/u;
/** Whether the words after a date (to its clause's end) say only that the work is then checked (see AFTERCARE_CLAUSE). */
export function checksAfter(after: string): boolean {
  const m = AFTERCARE_CLAUSE.exec(after);
  return !!m && !AFTERCARE_COMPLETES.test(m[0]);
}
/**
 * A label naming a date for checking work (验收时间：, 考核时间：, 评估节点：, 通报时间：, 复盘时间：, 资金拨付时间：), written
 * right before the date inside a note or a sentence: that date completes nothing.
 */
export const AFTERCARE_LABEL = /(?:验收|驗收|考核|考评|考評|评估|評估|复盘|復盤|通报|通報|拨付|撥付)(?:时间|時間|节点|節點|日期|时限|時限|安排)?[ \t\u3000]*[：:][ \t\u3000]*$/u;

/** A quoted form, then the word that says what it stands for, right before a date (“2024H1”指, “Q”为). */
const DEFINES = /[”"」’][ \t\u3000]*(?:均指|是指|即指|指|即|为|為|表示|意为|意為)[ \t\u3000]*$/u;

/** Whether the date at `at` says what a quoted form stands for (“2024H1”指2024年6月底前): a legend's example. */
export function definesForm(text: string, at: number): boolean {
  return DEFINES.test(text.slice(Math.max(0, at - 8), at));
}
/** A year standing as a line's label (2025年：…), with at most a list mark before it on its line. */
const LABEL_BEFORE = /(?:^|[\n\r])[ \t\u3000]*(?:[-*•·]|[（(]?[0-9一二三四五六七八九十]{1,2}[)）.．、])?[ \t\u3000]*$/u;

/** Years listed after a year (、2024年, 和2025年度): the words after them are said of all. */
const YEARS_LISTED_AFTER = /^(?:[、和及与與][ \t\u3000]*[0-9０-９]{4}[ \t\u3000]*年(?:度)?)+/u;
/** Words right after a date that say the work was done by then (已完成, 已全部建成, 已经实现), or fell due by then (已到期, 已届满). */
const DONE_AFTER = /^[ \t\u3000]*(?:已经|已)(?:全部|基本|全面|初步|顺利)?(?:完成|建成|实现|上线|开通|接入|覆盖|落实|部署|迁移|整合|到期|届满|屆滿)/u;
/** Whether `at` opens a clause: after a line break or a clause's punctuation (spaces between), or at the text's start. */
function clauseOpensAt(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u3000')) k--;
  return k < 0 || '\n。；;，,：:'.includes(text[k]!);
}

/**
 * A year opening a clause that tells what its subject had done then (2024年县、乡两级已全面使用…, 2023年全县已建成…): the
 * subject (a few words, no punctuation but 、) between the year and 已. Not the 已 of a thing named (已建成的平台).
 */
const DONE_AFTER_SUBJECT = /^[^，,。；;：:\n（）()]{1,12}?(?:已经|已)(?:全部|基本|全面|初步|顺利)?(?:完成|建成|实现|上线|开通|接入|覆盖|落实|部署|迁移|整合|使用|应用|推广|运行)(?!的)/u;

/**
 * A date inside 在…的基础上 (在2023年8月印发实施细则的基础上，…; 在2024年10月实现三级全覆盖的基础上; with what is done to it
 * between 在 and the date: 在巩固2024年工作成果的基础上, 在总结2024年试点的基础上): what was done then, that the work now
 * builds on. ON_THE_BASIS_BEFORE closes the text before the date, ON_THE_BASIS_AFTER opens the text after.
 */
const ON_THE_BASIS_BEFORE = /(?:[。；;，,：:\s\u3000]|[0-9０-９]+[.．、])在\p{Script=Han}{0,6}$/u;
const ON_THE_BASIS_AFTER = /^[^，,。；;\n\r]{1,40}?(?:的)?(?:基础上|基礎上)/u;
/** A later date listed in the same 在…的基础上 (在2023年实现…、2024年完成…的基础上): the clause opens with 在, the date follows 、, 和 or 及. */
const ON_THE_BASIS_LISTED = /(?:[。；;，,：:\s\u3000]|[0-9０-９]+[.．、])在[^，,。；;：:\n\r]{1,40}(?:、|和|及)$/u;

/** Whether a date found at `hit` says what was done on it (see findDeadlinesIn): 已于2023年12月完成, 2023年已建成, 在…的基础上. */
function reportsDone(text: string, hit: DateHit, limit: number): boolean {
  if (hit.lead) return false;
  if (DONE_BEFORE.test(text.slice(Math.max(0, hit.start - 5), hit.start))) return true;
  if (DONE_AFTER.test(text.slice(hit.end, Math.min(limit, hit.end + 12)))) return true;
  return onTheBasis(text, hit, limit);
}

/** Whether the date at `hit` stands inside 在…的基础上 (see ON_THE_BASIS_BEFORE), as a done step, not a target (…前). */
function onTheBasis(text: string, hit: DateHit, limit: number): boolean {
  // (The text's start reads as a line break before it.)
  if (/前$/.test(text.slice(hit.start, hit.end)) || !ON_THE_BASIS_AFTER.test(text.slice(hit.end, Math.min(limit, hit.end + 44)))) return false;
  const from = Math.max(0, hit.start - 10);
  if (ON_THE_BASIS_BEFORE.test((from === 0 ? '\n' : '') + text.slice(from, hit.start))) return true;
  const back = Math.max(0, hit.start - 44);
  return ON_THE_BASIS_LISTED.test((back === 0 ? '\n' : '') + text.slice(back, hit.start));
}

/**
 * The last date in text[from..to) reported as done (已于2023年12月完成, 在2023年8月印发实施细则的基础上), as the milestone
 * findDeadlines puts before a later date of the same sentence: for a note's date after the item's sentences.
 */
export function lastDoneMilestone(text: string, from: number, to: number): Milestone | undefined {
  let out: Milestone | undefined;
  for (let pos = from; pos < to; ) {
    const hit = nextDateHit(text, pos, to);
    if (!hit) break;
    pos = hit.end;
    if (reportsDone(text, hit, to)) out = doneMilestoneOf(hit) ?? out;
  }
  return out;
}

/** The milestone of work reported done on a date (due 已完成), when the date is a possible one. */
function doneMilestoneOf(h: DateHit): Milestone | undefined {
  const month = h.monthDigits === undefined ? undefined : Number(asciiDigits(h.monthDigits));
  const year = Number(asciiDigits(h.yearDigits));
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return undefined;
  return month !== undefined && month >= 1 && month <= 12 ? { year, month, due: '已完成' } : { year, due: '已完成' };
}

/**
 * text.lastIndexOf(ch, at) when it is at most `reach` before `at`, else -1: the search stops there, so a long draft
 * with few such marks is not scanned back to its start for every date.
 */
function lastIndexWithin(text: string, ch: string, at: number, reach: number): number {
  for (let i = Math.min(at, text.length - 1); i >= 0 && at - i <= reach; i--) if (text[i] === ch) return i;
  return -1;
}

/** Whether the offset is inside a title in 《》 (within one line). */
function insideTitle(text: string, at: number): boolean {
  const open = lastIndexWithin(text, '《', at, 80);
  if (open < 0) return false;
  const between = text.slice(open, at);
  return !between.includes('》') && !/[\n\r]/.test(between) && /^[^\n\r]*?》/.test(text.slice(at, at + 80));
}

/** Whether the offset is inside quotation marks that close on 的要求, 要求, 的部署 … (another document's words). */
function quotedRequirement(text: string, at: number, limit: number): boolean {
  const open = lastIndexWithin(text, '“', at, 40);
  if (open < 0 || text.slice(open, at).includes('”')) return false;
  const found = text.slice(at, Math.min(limit, at + 60) + 1).indexOf('”');
  if (found < 0) return false;
  const close = at + found;
  // The quotation may run over a line a PDF wrapped (…“到2023年底，数字政府主要政策体系⏎初步建立”的阶段要求), not
  // past the end of a sentence or a paragraph.
  const inside = text.slice(at, close);
  if (/\n[ \t\u3000]*\n|[。；;！？!?][ \t\u3000]*\r?\n/.test(inside) || (inside.match(/\n/g)?.length ?? 0) > 1) return false;
  if (/^”\s*(?:等)?(?:的)?(?:阶段性?|階段性?|总体|總體|工作|具体|具體|时限|時限)?(?:(?:目标|目標)|(?:目标|目標)?(?:要求|部署|规定|規定|安排|任务|任務))/.test(text.slice(close, close + 10))) return true;
  // Or a higher level's words quoted as such: 自治区印发实施意见，明确“到2023年底，…”, 任务清单明确政务信创云“2023年启动，
  // 2024年建成”; the quotation opens with a date, and every date in it is theirs.
  return QUOTE_OPENS_WITH_DATE.test(text.slice(open + 1, open + 8)) && HIGHER_LEVEL_QUOTED.test(text.slice(Math.max(0, open - 30), open));
}

/** A quotation's first words a date: 2023年…, 到2023年底…. */
const QUOTE_OPENS_WITH_DATE = /^(?:到|至|力争)?[0-9０-９]{4}\s*年/;

/**
 * A higher level (or its document) saying something, right before a quotation (see HIGHER_LEVEL_SAYS for a date it sets
 * without quoting): …实施意见，明确 / 国务院提出 / 自治区要求：.
 * The plan's own 我县明确 is not one.
 */
const HIGHER_LEVEL_QUOTED = /(?:自治区|自治區|国务院|國務院|国家|國家|党中央|黨中央|省委|省政府|意见|意見|通知|文件|规划|規劃|清单|清單)[^。；;\n“”]{0,10}?(?:明确|明確|提出|要求|指出|强调|強調|规定|規定)(?:了)?[^。；;，,\n“”]{0,10}?[：:，,]?\s*$/;

interface DateHit {
  start: number;
  end: number;
  lead: string | undefined;
  yearDigits: string;
  monthDigits: string | undefined;
}

/** The core every DATE_IN_TEXT match contains: digits, spaces, 年. Found first, as it is cheap. */
const YEAR_CORE = new RegExp(`${DIGIT}+${SPACE}年`, 'g');
/** Characters that may stand before the digits within a match (力争, 力爭, 争取, 爭取, 到, 至, spaces). */
const LEAD_CHARS = new Set([...'力争爭取到至 \t\u3000']);

function nextDateHit(text: string, pos: number, to: number): DateHit | undefined {
  // A match starting at p holds the core at some q >= p with only LEAD_CHARS in between, so the
  // leftmost match starts no earlier than the run of LEAD_CHARS just before the first core.
  YEAR_CORE.lastIndex = pos;
  const core = YEAR_CORE.exec(text);
  if (!core || core.index >= to) return undefined;
  let from = core.index;
  while (from > pos && LEAD_CHARS.has(text[from - 1]!)) from--;
  DATE_IN_TEXT.lastIndex = from;
  for (;;) {
    const m = DATE_IN_TEXT.exec(text);
    if (!m || m.index >= to) return undefined;
    const end = m.index + m[0].length;
    if (end > to) return undefined;
    // Leading spaces belong to the gap, not to the mention.
    let start = m.index;
    while (start < end && /[ \t\u3000]/.test(text[start]!)) start++;
    return { start, end, lead: m[1]!.trim() || undefined, yearDigits: asciiDigits(m[2]!), monthDigits: m[3] && asciiDigits(m[3]) };
  }
}

/**
 * Finds every deadline expression in body text between `from` and `to`:
 * 到2023年底, 2020年6月底前, 力争2020年底前, 2023年启动，2024年建成 (one mention, two milestones).
 * Skips periods (2023年—2025年), calendar dates with 日, 文号 years (no 年) and bare ongoing verbs.
 */
export function findDeadlines(text: string, from = 0, to = text.length): FoundDeadline[] {
  // Dates in Chinese numerals (到二〇二五年底) are found in a copy written in digits, then placed back;
  // so are numbers OCR misread (2O24年), in a copy of the same length.
  const original = text.slice(from, to);
  const part = wrappedYears(ocrDigits(original));
  // Numeric styles set as a target (2024-12前, 2024/6/30前) are read as the same date in words.
  const numeric = numericDates(part);
  const words = asciiDates(numeric.text);
  const digits = { text: words.text, at: numeric.at && words.at ? words.at.map((k) => numeric.at![k]!) : numeric.at ?? words.at };
  if (digits.at) {
    const at = digits.at;
    const back = (k: number) => from + (k < at.length ? at[k]! : part.length);
    return findDeadlinesIn(digits.text, 0, digits.text.length).map((f) => {
      const start = back(f.start);
      const end = back(f.end - 1) + 1;
      return { ...f, start, end, deadline: { ...f.deadline, raw: text.slice(start, end) } };
    });
  }
  if (part !== original) {
    const fixed = text.slice(0, from) + part + text.slice(to);
    return findDeadlinesIn(fixed, from, to).map((f) => ({ ...f, deadline: { ...f.deadline, raw: shownDate(text.slice(f.start, f.end)) } }));
  }
  return findDeadlinesIn(text, from, to);
}

function findDeadlinesIn(text: string, from: number, to: number): FoundDeadline[] {
  const found: FoundDeadline[] = [];
  let pos = Math.max(0, from);
  const limit = Math.min(text.length, to);
  // The last date of work reported done (已于2023年11月完成), for a date after it in the same sentence.
  let done: { at: number; milestone: Milestone } | undefined;
  /** Where the last date reported done ends (see the list of done dates below). */
  let doneEnd = -1;
  const doneMilestone = (h: DateHit): typeof done => {
    const milestone = doneMilestoneOf(h);
    return milestone && { at: h.start, milestone };
  };
  while (pos < limit) {
    const hit = nextDateHit(text, pos, limit);
    if (!hit) break;
    pos = hit.end;
    const after = text.slice(hit.end, Math.min(limit, hit.end + 24));
    const before = text.slice(Math.max(0, hit.start - 3), hit.start);
    const charBefore = text[hit.start - 1] ?? '';
    // Part of a longer number or a 文号-like token: skip. A lead word after a list number (3.到2026年底)
    // starts a date of its own.
    // So does a date right after an item's number at the start of its line (39．2025年底前完成…).
    if (/[0-9０-９.．A-Za-z]/.test(charBefore) && !(/[.．、]/.test(charBefore) && (hit.lead || ITEM_NUMBER_BEFORE.test(text.slice(Math.max(0, hit.start - 8), hit.start))))) continue;
    const range = RANGE_AFTER.exec(after);
    if (range) {
      pos = hit.end + range[0].length;
      continue;
    }
    // The end of a period (2024年—2026年, 2024—2026年): a date or a number before the dash. A dash opening a line or
    // following a mark is a list's bullet (— 到2026年底，…), and the date after it is a date of its own.
    if (/[—–\-~～－]\s*$/.test(before) && /[0-9０-９年月底末季度]\s*[—–\-~～－]{1,2}\s*$/.test(text.slice(Math.max(0, hit.start - 8), hit.start))) continue;
    // 截至2024年底 (the state of things at a date) recounts, unless it sets a time limit (截至…年底前).
    const withLead = text.slice(Math.max(0, hit.start - 3), hit.start + (hit.lead === '至' || hit.lead === '到' ? 1 : 0));
    if (AS_OF.test(withLead) && !/前$/.test(text.slice(hit.start, hit.end))) continue;
    const day = DAY_AFTER.exec(after);
    if (day) {
      // A calendar date is a past event or a signature (2023年11月27日), unless it is a target
      // (6月30日前完成): then it is a deadline, and its day must exist.
      // A goal's date written to the day (到2024年6月30日，…全面理清) is one too: 到, 力争, 争取 before it, and no date
      // just before in its clause (2023年1月1日到2025年12月31日 is a period).
      const target = DAY_TARGET.exec(after.slice(day[0].length)) ?? (aimedAt(hit) && !PERIOD_START_BEFORE.test(clauseBefore(text, hit.start)) ? [''] : null);
      // The day a rule starts to hold (自2024年7月1日起，…不得…) sets no limit; one that no month has is still a slip.
      if (!target && hit.monthDigits !== undefined && STARTS_AFTER.test(after.slice(day[0].length))) {
        const checked = checkDate(hit.yearDigits, hit.monthDigits, '');
        const bad = checked.invalid ?? dayProblem(checked.milestone, Number(asciiDigits(day[0]).replace(/[^0-9]/g, '')));
        const end = hit.end + day[0].length;
        if (bad) found.push({ start: hit.start, end, deadline: { raw: text.slice(hit.start, end), milestones: [], ongoing: false }, invalid: bad, starts: true });
        pos = end;
        continue;
      }
      if (!target || hit.monthDigits === undefined) continue;
      const end = hit.end + day[0].length + target[0].length;
      const checked = checkDate(hit.yearDigits, hit.monthDigits, '');
      const problems = checked.invalid ? [checked.invalid] : [];
      const bad = dayProblem(checked.milestone, Number(asciiDigits(day[0]).replace(/[^0-9]/g, '')));
      if (bad) problems.push(bad);
      const deadline: Deadline = { raw: text.slice(hit.start, end), milestones: checked.milestone ? [checked.milestone] : [], ongoing: false };
      found.push(problems.length ? { start: hit.start, end, deadline, invalid: problems.join('') } : { start: hit.start, end, deadline });
      pos = end;
      continue;
    }
    const yearLength = hit.yearDigits.length;
    // (A year's span with the work done in it is a limit too: 在2025年内完成, 于2024年内建成.)
    const hasMarker = hit.lead !== undefined || hit.monthDigits !== undefined || /[底末前]$/.test(text.slice(hit.start, hit.end)) || WITHIN_YEAR_DONE.test(after);
    // Durations (3年, 10年) and other short numbers are not dates.
    if (yearLength < 4) continue;
    if (yearLength > 5 || (yearLength === 5 && !hit.yearDigits.startsWith('20'))) continue;
    if (yearLength === 4) {
      const year = Number(hit.yearDigits);
      if ((year < MIN_YEAR || year > MAX_YEAR) && !hasMarker) continue;
    }
    if (!hasMarker && yearLength === 4 && (NOT_DEADLINE_AFTER.test(after) || NOT_DEADLINE_BEFORE.test(before))) continue;
    // The month a rule starts to hold (从2024年7月起实行…, 自2024年底起): no limit; a month no year has is still a slip.
    if (hit.monthDigits !== undefined && !/前$/.test(text.slice(hit.start, hit.end)) && STARTS_AFTER.test(after)) {
      const checked = checkDate(hit.yearDigits, hit.monthDigits, '');
      if (checked.invalid) found.push({ start: hit.start, end: hit.end, deadline: { raw: text.slice(hit.start, hit.end), milestones: [], ongoing: false }, invalid: checked.invalid, starts: true });
      continue;
    }
    // A time before which things were made, qualifying them (补录2020年以前的现行有效文件, 清理2021年之前的存量数据): no limit.
    if (/(?:以前|之前|前)$/.test(text.slice(hit.start, hit.end)) && !/[底末]/.test(text.slice(hit.start, hit.end)) && text[hit.end] === '的') continue;
    // A date naming when a thing was made, qualifying it (依托2024年建成的自治区政务信创云, 巩固2024年实现的…全覆盖成果, 2024年底前完成的…): no limit.
    if (DONE_THING_AFTER.test(text.slice(hit.end, Math.min(limit, hit.end + 6)))) continue;
    // A date of what happened before something else (…政务信创云2024年建成后，我市已…): a time told, no limit.
    if (!hasMarker && AFTER_IT_WAS_DONE.test(text.slice(hit.end, Math.min(limit, hit.end + 8)))) continue;
    // The year whose state the plan starts from (结合我市2024年数字政府建设实际, 立足2024年工作基础) is no limit.
    if (!hasMarker && IN_LIGHT_OF.test(text.slice(Math.max(0, hit.start - 12), hit.start)) && SITUATION_AFTER.test(text.slice(hit.end, Math.min(limit, hit.end + 30)))) continue;
    // The base a target is measured from (较2023年翻一番, 比2023年底提高20%) is no limit.
    if (COMPARED_WITH.test(before) && !/前$/.test(text.slice(hit.start, hit.end))) continue;
    // A year the sentence speaks of (2024年是落实…的关键之年, 2025年为收官之年): no limit set.
    if (!hasMarker && YEAR_STATEMENT.test(text.slice(hit.end, Math.min(limit, hit.end + 40)))) continue;
    // A budget year (测评经费2024年安排30万元, 争取2025年中央预算内资金): money for that year, not a limit.
    if (!/[底末前]$/.test(text.slice(hit.start, hit.end)) && BUDGET_AFTER.test(text.slice(hit.end, Math.min(limit, hit.end + 30)))) continue;
    // The state of things at a date (2023年底现状, 2023年底基数, an indicator table's columns) is no limit.
    if (STATE_AT_DATE.test(after) && !/前$/.test(text.slice(hit.start, hit.end))) continue;
    // Nor is a table's column named by its year in a note on the table (注：表中2024年、2025年目标为预期性指标).
    if (!hasMarker && TABLE_COLUMN_BEFORE.test(text.slice(Math.max(0, hit.start - 14), hit.start))) continue;
    // Part of a title (《大武口区2024年数字政府建设工作要点》), or of another document's requirement quoted
    // (按照自治区“2023年形成机制，长期坚持”的要求): not this plan's date.
    if (insideTitle(text, hit.start) || quotedRequirement(text, hit.start, limit)) continue;
    // What a written form stands for (“2024H1”指2024年6月底前, “年底”即12月31日): a legend's example, no date of the plan.
    if (definesForm(text, hit.start)) continue;
    // A date the clause gives to a higher level (自治区已明确2025年完成, 上级要求2025年底前…) is that level's.
    if (HIGHER_LEVEL_SAYS.test(text.slice(Math.max(0, hit.start - 26), hit.start).split(/[，,。；;：:\n]/).pop()!)) continue;
    if (REGION_ADDRESSEES_MUST.test(text.slice(Math.max(0, hit.start - 20), hit.start).split(/[，,。；;：:\n]/).pop()!)) continue;
    // So is a date the clause calls a higher level's requirement (按照自治区2023年底前完成的要求, 根据上级2024年6月底前上线的部署).
    if (
      PER_HIGHER_LEVEL.test(text.slice(Math.max(0, hit.start - 16), hit.start).split(/[，,。；;：:\n]/).pop()!) &&
      ITS_REQUIREMENT.test(text.slice(hit.end, Math.min(limit, hit.end + 44)))
    ) {
      continue;
    }
    if (HIGHER_LEVEL_LIMIT.test(text.slice(Math.max(0, hit.start - 16), hit.start).split(/[，,。；;\n]/).pop()!)) continue;
    // A sentence that quotes a higher level's document (自治区《实施意见》提出，到2023年底，…；…。 国务院《指导意见》明确，到2025年，…):
    // its dates are that level's, until the plan speaks of itself (我县, 本市).
    if (quotesHigherLevel(text, hit.start)) continue;
    // Work done on the date (我县已于2023年12月完成责任分解): a fact, not a deadline; a date later in the same
    // sentence (…，2025年6月底前完成年度更新) is for the work that follows, and carries it (see compareDeadlines).
    // So is each date listed after it (已分别于2024年5月、2024年11月完成).
    if (!hit.lead && (DONE_BEFORE.test(text.slice(Math.max(0, hit.start - 5), hit.start)) || (doneEnd >= 0 && /^[、和及与與]$/.test(text.slice(doneEnd, hit.start))))) {
      done = doneMilestone(hit);
      doneEnd = hit.end;
      continue;
    }
    // What the work builds on (在2023年8月印发实施细则的基础上，…2025年6月底前完成一轮检查): done then, as work reported done is
    // (before the event test: 在2023年10月出台…办法的基础上 tells of an event the work builds on).
    if (!hit.lead && onTheBasis(text, hit, limit)) {
      done = doneMilestone(hit);
      continue;
    }
    // The date of an event (2024年2月印发的…, 2024年3月，区委…会议专题研究…), unless it is set as a target.
    if (!hit.lead && !/[底末前]$/.test(text.slice(hit.start, hit.end)) && EVENT_AFTER.test(text.slice(hit.end, Math.min(limit, hit.end + 40)))) continue;
    // What was done by then (对2023年已完成的任务, 2024年底前已建成的平台): a fact, not a deadline.
    // (Also a year listed with others before it: 2023年、2024年已到期的任务.)
    if (!hit.lead && DONE_AFTER.test(text.slice(hit.end, Math.min(limit, hit.end + 40)).replace(YEARS_LISTED_AFTER, ''))) {
      done = doneMilestone(hit);
      continue;
    }
    // A year alone (not a target: no 底, 前 or month) opening a clause that tells what was done then.
    if (!hit.lead && /年$/.test(text.slice(hit.start, hit.end)) && clauseOpensAt(text, hit.start) && DONE_AFTER_SUBJECT.test(text.slice(hit.end, Math.min(limit, hit.end + 40)))) {
      done = doneMilestone(hit);
      continue;
    }

    const milestones: Milestone[] = [];
    const problems: string[] = [];
    let end = hit.end;
    let current: DateHit = hit;
    for (;;) {
      const tail = text.slice(end, Math.min(limit, end + 12));
      const dueMatch = DUE_AFTER.exec(tail);
      const due = dueMatch ? dueMatch[0] : '';
      const checked = checkDate(current.yearDigits, current.monthDigits, due);
      if (checked.milestone) milestones.push(checked.milestone);
      if (checked.invalid) problems.push(checked.invalid);
      end += due.length;
      if (due === '') break;
      // A second milestone that follows directly: 2023年启动，2024年建成 (or 2023年启动、2024年底前完成, 2024年启动/2025年完成).
      const sep = /^[ \t\u3000]*[，,；;、/／][ \t\u3000]*/.exec(text.slice(end, Math.min(limit, end + 4)));
      if (!sep) break;
      const next = nextDateHit(text, end + sep[0].length, limit);
      if (!next || next.start !== end + sep[0].length || next.yearDigits.length !== 4) break;
      if (DAY_AFTER.test(text.slice(next.end, next.end + 6))) break;
      current = next;
      end = next.end;
    }
    // A year's line of upkeep (2025年：持续深化…，巩固…) after the line that completes the work: it completes nothing.
    if (milestones.length === 1 && !milestones[0]!.due && /^[ \t\u3000]*[：:]/.test(text.slice(end, end + 3)) && LABEL_BEFORE.test(text.slice(Math.max(0, hit.start - 8), hit.start))) {
      const said = /^[ \t\u3000]*[：:][ \t\u3000]*([^。；;\n\r]*)/.exec(text.slice(end, Math.min(limit, end + 120)))![1]!;
      if (UPKEEP_LINE.test(said) && !COMPLETES.test(said)) milestones[0] = { ...milestones[0]!, due: said.split(/[，,]/)[0]!.slice(0, 20) };
    }
    // A year the work only goes on in (2025年持续巩固提升网络覆盖质量, 2025年继续扩大…): when it goes on, not when it is
    // done, unless its clause says what is done then (2025年持续推进并完成迁移).
    if (milestones.length === 1 && !milestones[0]!.due && milestones[0]!.month === undefined && !/[底末前]$/.test(text.slice(hit.start, end))) {
      const clause = /^[^，,。；;\n\r]*/.exec(text.slice(end, Math.min(limit, end + 60)))![0];
      const upkeep = UPKEEP_LINE.exec(clause);
      if (upkeep && !DONE_THEN.test(clause)) milestones[0] = { ...milestones[0]!, due: upkeep[0] };
      // A state kept up after the work is done (2024年完成…梳理；2025年实现“一本账”动态更新、常态管理): when it is kept up.
      else if (UPKEEP_STATE.test(clause) && DONE_EARLIER.test(text.slice(Math.max(0, hit.start - 200), hit.start))) milestones[0] = { ...milestones[0]!, due: clause };
    }
    // The work goes on after its milestone (2023年形成机制，长期坚持, as the region's list writes it): ongoing.
    const goesOn = ONGOING_AFTER.exec(text.slice(end, Math.min(limit, end + 10)));
    if (goesOn) end += goesOn[0].length;
    const raw = text.slice(hit.start, end);
    // The work this date follows up was reported done earlier in the sentence (已于2023年11月完成编制，…).
    if (done && !/[。；;\n\r]/.test(text.slice(done.at, hit.start))) milestones.unshift(done.milestone);
    done = undefined;
    const deadline: Deadline = { raw, milestones, ongoing: !!goesOn || /(?:并|並)(?:长期坚持|長期堅持|持续推进|持續推進)/.test(raw) };
    found.push(problems.length > 0 ? { start: hit.start, end, deadline, invalid: problems.join('') } : { start: hit.start, end, deadline });
    pos = end;
  }
  return withFiveYearTerms(text, Math.max(0, from), limit, found);
}

/**
 * The end of a five-year plan set as a target in running text: 到“十四五”期末, 力争至“十四五”末,
 * “十四五”末前, and a period aimed at (力争在“十五五”期间…: by its end). Without 到/至 or 力争在 before it or 前
 * after it (“十四五”期间, “十四五”末，全市…) it tells of a time, not a deadline.
 */
const FIVE_YEAR_TARGET = /(?:(?:力争|力爭|争取|爭取)?(?:到|至)[“"「『]?十([一二三四五六七八九])五[”"」』]?(?:规划|規劃)?(?:期末|末期|时期末|時期末|末)(?:前|以前|之前)?|[“"「『]?十([一二三四五六七八九])五[”"」』]?(?:规划|規劃)?(?:期末|末期|时期末|時期末|末)(?:前|以前|之前)|(?:力争|力爭|争取|爭取)(?:在|于|於)[“"「『]?十([一二三四五六七八九])五[”"」』]?(?:规划|規劃)?(?:期间|期間|时期|時期|期内|期內))/g;

function withFiveYearTerms(text: string, from: number, to: number, found: FoundDeadline[]): FoundDeadline[] {
  const part = text.slice(from, to);
  if (!part.includes('十')) return found;
  let added = false;
  FIVE_YEAR_TARGET.lastIndex = 0;
  for (const m of part.matchAll(FIVE_YEAR_TARGET)) {
    const start = from + m.index!;
    const end = start + m[0].length;
    if (insideTitle(text, start) || found.some((f) => start < f.end && end > f.start)) continue;
    const year = fiveYearPlanEnd(10 + cnDigit((m[1] ?? m[2] ?? m[3])!)!);
    const due = DUE_AFTER.exec(text.slice(end, Math.min(to, end + 12)))?.[0] ?? '';
    found.push({ start, end: end + due.length, deadline: { raw: text.slice(start, end + due.length), milestones: [{ year, due }], ongoing: false } });
    added = true;
  }
  return added ? found.sort((a, b) => a.start - b.start) : found;
}

// --- Comparing deadlines -----------------------------------------------------------------------

/** Month used when only a year is given: a year alone means the end of that year. */
function effectiveMonth(m: { month?: number }): number {
  return m.month ?? 12;
}

/**
 * The milestone that completes the task: the latest one; 'ongoing' when there is no dated
 * milestone but the task is ongoing; undefined when nothing could be read.
 */
export function completionOf(d: Deadline): Completion {
  let best: Milestone | undefined;
  for (const m of d.milestones) {
    if (!best || m.year > best.year || (m.year === best.year && effectiveMonth(m) >= effectiveMonth(best))) best = m;
  }
  if (best) return best.month === undefined ? { year: best.year } : { year: best.year, month: best.month };
  return d.ongoing || d.recurringMonth !== undefined ? 'ongoing' : undefined;
}

/**
 * Compares the completing milestones of a draft deadline and a baseline deadline.
 * 2024年 equals 2024年底; 2024年6月 is earlier than 2024年. An ongoing-only side against a dated
 * side is 'incomparable' (never flagged).
 */
export function compareDeadlines(draft: Deadline, base: Deadline): DeadlineComparison {
  // A draft that reports the work done (2023年已完成编制；2025年6月底前完成年度更新) is held to the date it was
  // done: the dates after it are for the work that follows (更新, 迭代, 演练). A milestone of work that only
  // goes on (2025年持续扩大开放范围, 2025年持续迭代) completes nothing.
  const done = draft.milestones.filter((m) => DONE_DUE.test(m.due));
  const going = done.length ? [] : draft.milestones.filter((m) => UPKEEP_LINE.test(m.due) || UPKEEP_STATE.test(m.due));
  if (done.length || going.length) {
    const rest = done.length ? done : draft.milestones.filter((m) => !going.includes(m));
    draft = { ...draft, milestones: rest, ongoing: draft.ongoing || !rest.length };
  }
  // A draft of several milestones that names the higher level's completing one (…2025年取得明显成效，2026年创建自治区级
  // 示范 against 2025年取得明显成效) is held to that milestone: what it adds after it is a stage of its own.
  // A milestone for checking the work (2024年11月底前完成归集，2025年一季度组织验收) is no date the work is due by: the
  // draft is held to the others; a date for checking alone (2026年1月开展工作复盘) to none.
  // (Not after work done only in part, 2024年底前完成主体、2025年6月底前验收: the acceptance then completes it.)
  if (draft.milestones.some((m) => aftercare(m, draft.milestones.length === 1)) && !draft.milestones.some((m) => PARTLY_DONE.test(m.due))) {
    const rest = draft.milestones.filter((m) => !aftercare(m, draft.milestones.length === 1));
    if (!rest.length && !draft.ongoing) return 'incomparable';
    draft = { ...draft, milestones: rest, ongoing: draft.ongoing || !rest.length };
  }
  const last = base.milestones.length ? base.milestones[base.milestones.length - 1]! : undefined;
  if (last?.due && draft.milestones.length >= 2) {
    const same = draft.milestones.filter((m) => m.due.includes(last.due));
    if (same.length && same.length < draft.milestones.length) draft = { ...draft, milestones: same };
  }
  // Yearly deadlines compare by month (每年12月底前 is later than 每年6月底前). A yearly deadline
  // against a one-off date is recurring work, not a postponement: incomparable.
  if (draft.recurringMonth !== undefined && base.recurringMonth !== undefined && !draft.milestones.length && !base.milestones.length) {
    return draft.recurringMonth === base.recurringMonth ? 'same' : draft.recurringMonth > base.recurringMonth ? 'later' : 'earlier';
  }
  if (draft.recurringMonth !== undefined && !draft.milestones.length && base.milestones.length) return 'incomparable';
  const a = completionOf(draft);
  const b = completionOf(base);
  if (a === undefined || b === undefined) return 'incomparable';
  if (a === 'ongoing' || b === 'ongoing') return a === b ? 'same' : 'incomparable';
  const ka = a.year * 12 + effectiveMonth(a);
  const kb = b.year * 12 + effectiveMonth(b);
  if (ka === kb) return 'same';
  return ka > kb ? 'later' : 'earlier';
}

/** The ongoing phrase as written in the raw text (simplified or Traditional), or 持续推进. */
function ongoingLabel(raw: string): string {
  const m = /持续推进|持續推進|长期坚持|長期堅持|持续开展|持續開展|长期推进|長期推進|常态化推进|常態化推進|巩固提升|鞏固提升|巩固深化|鞏固深化|巩固完善|鞏固完善|常抓不懈|动态更新|動態更新|已完成|已建成|已实现|已實現|已上线|已上線|已落实|已落實|立行立改|立查立改|即知即改|即查即改|边查边改|邊查邊改|立即整改/.exec(raw);
  return m ? m[0] : '持续推进';
}

/** Short Chinese form of a deadline: 2024年建成, 2023年6月, 持续推进, 2023年形成机制，长期坚持. */
export function formatDeadline(d: Deadline): string {
  const c = completionOf(d);
  if (c === undefined) return d.raw.trim();
  if (c === 'ongoing') return d.recurringMonth !== undefined ? `每年${d.recurringMonth}月底前` : ongoingLabel(d.raw);
  const milestone = d.milestones.find((m) => m.year === c.year && m.month === c.month);
  const date = `${c.year}年${c.month !== undefined ? `${c.month}月` : ''}${milestone?.due ?? ''}`;
  return d.ongoing ? `${date}，${ongoingLabel(d.raw)}` : date;
}

/** A month and day without a year (6月31日, 九月三十一日), the day's numerals after 月 (sticky at the 月). */
const DAY_AFTER_MONTH = /月[ \t\u3000]*([0-9]{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[ \t\u3000]*[日号]/y;
/** The month's numerals right before 月, read back from it: not a dated one's (2024年6月), but 每年6月 and 次年2月 are yearless. */
const MONTH_BEFORE = /(?:^|[^0-9０-９年〇○零一二三四五六七八九十]|[每当次本今明翌]年)(([0-9]{1,2}|十[一二]?|[一二三四五六七八九])[ \t\u3000]*)$/;

/**
 * Days no month has, written without a year (6月31日前, 2月30日, 九月三十一日前报送): wherever they stand, a slip. Each with
 * its reason (see dayProblem; read in a leap year, so 2月29日 stands). Found from each 月, so a text without one costs nothing.
 */
export function impossibleYearlessDays(text: string): { start: number; end: number; invalid: string }[] {
  const out: { start: number; end: number; invalid: string }[] = [];
  for (let at = text.indexOf('月'); at >= 0; at = text.indexOf('月', at + 1)) {
    DAY_AFTER_MONTH.lastIndex = at;
    const day = DAY_AFTER_MONTH.exec(text);
    if (!day) continue;
    const month = MONTH_BEFORE.exec(text.slice(Math.max(0, at - 5), at));
    if (!month) continue;
    const m = /^[0-9]/.test(month[2]!) ? Number(month[2]) : cnNumber(month[2]!);
    const d = /^[0-9]/.test(day[1]!) ? Number(day[1]) : cnNumber(day[1]!);
    if (!(m >= 1 && m <= 12)) continue;
    const invalid = dayProblem({ year: LEAP_YEAR, month: m, due: '' }, d);
    if (invalid) out.push({ start: at - month[1]!.length, end: at + day[0].length, invalid });
  }
  return out;
}

/** A leap year, in which a yearless day is read (2月29日 stands). */
const LEAP_YEAR = 2024;
