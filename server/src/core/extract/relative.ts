// 完成时限 written relative to the plan (方案印发后3个月内, 次年3月底前, 本方案实施期内): read in the words of an
// absolute date, from what the plan itself says of its issue date and period.
import { cnNumber } from '../text/numerals';
import { asciiDates, ocrDayMarks, ocrDigits } from './deadlines';

/** What the plan says of itself: the date it was issued (its signature date) and the last year of its period. */
export interface PlanDates {
  issued?: { year: number; month: number; day: number };
  /** Set when the plan says its “T” is its issue date (注：“T”为本方案印发之日): T+3个月 is 方案印发后3个月内. */
  tIsIssue?: true;
  /** The plan's own year (a dated year for 年内, 次年). */
  year?: number;
  /** The last year of the period the plan states (实施期为2024年至2025年, a title's （2024—2026年）). */
  periodEnd?: number;
  /** The first year of that period. */
  periodStart?: number;
}

/**
 * A signature date ending its line (隆德县人民政府 / 2024年4月15日), or the date of the imprint line that closes an issued
 * document (永宁县人民政府督查室　2024年7月10日印发), in the first or last 2000 characters.
 */
const SIGNED = /(20\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:印发|印發)?[\s）)]*(?:\r?\n|\r|$)/;
/** The plan's stated period: 实施期为2024年至2025年, 实施期限：2024—2026年, 本方案实施周期为2024年—2025年. */
const PERIOD = /(?:实施期|實施期|实施期限|實施期限|实施周期|實施週期|执行期|執行期|规划期|規劃期|行动期|行動期)(?:限)?(?:为|為|是|：|:)?\s*(20\d\d)\s*年?\s*(?:[0-9]{1,2}\s*月\s*)?(?:[—–\-~～]+|至|到)\s*(20\d\d)\s*年/;
/** A title's period: （2024—2026年）. */
const TITLE_PERIOD = /[（(]\s*(20\d\d)\s*年?\s*[—–\-~～至到]+\s*(20\d\d)\s*年\s*[）)]/;

/** The date a plan is signed: a full date ending its line (吴忠市人民政府 2023年11月27日), near its start or end. */
export function signatureDate(text: string): { year: number; month: number; day: number } | undefined {
  const m =
    SIGNED.exec(ocrSlips(text.slice(0, 2000))) ?? SIGNED.exec(ocrSlips(text.slice(-2000))) ??
    SIGNED_IN_NUMBERS.exec(text.slice(0, 2000)) ?? SIGNED_IN_NUMBERS.exec(text.slice(-2000)) ??
    // Signed in Chinese numerals, as formal documents date themselves (二〇二四年四月十五日).
    SIGNED.exec(asciiDates(text.slice(-2000)).text) ?? SIGNED.exec(asciiDates(text.slice(0, 2000)).text) ??
    signedBeforeAnnexes(text);
  if (!m) return undefined;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= 31 ? date : undefined;
}

/**
 * The signature that closes the body when long annexes follow it (…惠农区人民政府办公室 / 2024年3月18日 / 附件1 / a task list
 * of fifty rows): the date in the 600 characters before the first annex's caption line.
 */
function signedBeforeAnnexes(text: string): RegExpExecArray | null {
  const caption = ANNEX_CAPTION.exec(text);
  if (!caption || caption.index < 2000) return null;
  return SIGNED.exec(ocrSlips(text.slice(caption.index - 600, caption.index + 1)));
}

/** An annex's caption standing on its own line (附件1, 附件 2：, 附件), as the annexes after a signature begin. */
const ANNEX_CAPTION = /\n[ \t\u3000]*附[ \t\u3000]*件[ \t\u3000]*[0-9０-９一二三四五六七八九十]{0,2}[ \t\u3000]*[：:]?[ \t\u3000]*\r?\n/;

/**
 * A signature date written in numbers (同心县人民政府办公室 / 2024.3.22, 2024-03-22, 2024/3/22): a line of the date alone
 * under a line that ends with a body's name.
 */
const SIGNED_IN_NUMBERS = /(?:政府|办公室|辦公室|局|委|委员会|委員會|中心|办|辦)[ \t\u3000]*\r?\n[ \t\u3000]*(20\d\d)[.．\-/](\d{1,2})[.．\-/](\d{1,2})[ \t\u3000]*(?:\r?\n|\r|$)/;

/** A scanned copy's slips in a date (2〇23年6月16曰, 2O24年3月l5曰): digits misread, and 曰 for 日. Same length, so offsets hold. */
function ocrSlips(s: string): string {
  return ocrDayMarks(ocrDigits(s));
}

/** A full date in a draft's title block (（征求意见稿 2024年4月18日 区政府办起草）). */
const TITLE_DATE = /(20\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/** The plan's issue date and stated period, from its text. */
export function planDates(text: string, year?: number): PlanDates {
  const out: PlanDates = {};
  // The signature date; failing that, a date in the title block.
  const t = signatureDate(text) ?? (() => {
    const m = TITLE_DATE.exec(text.slice(0, 300));
    return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
  })();
  if (t) out.issued = t;
  if (T_DEFINED.test(text)) out.tIsIssue = true;
  if (year !== undefined) out.year = year;
  const p = PERIOD.exec(text) ?? TITLE_PERIOD.exec(text.slice(0, 600));
  if (p && Number(p[2]) >= Number(p[1])) (out.periodStart = Number(p[1])), (out.periodEnd = Number(p[2]));
  return out;
}

/** 3, 十二, 两: a small count. */
function count(s: string): number | undefined {
  const n = /^[0-9]{1,3}$/.test(s) ? Number(s) : cnNumber(s.replace(/两/g, '二'));
  return Number.isNaN(n) ? undefined : n;
}

/** A note saying the plan's “T” is its issue date: “T”为本方案印发之日, T指方案印发日期, 以本方案印发之日为T. */
const T_DEFINED = /[“"‘]?[TＴ][”"’]?[ \t\u3000]*(?:为|為|指|即|是|表示)[^。\n；;]{0,8}(?:印发|印發|发布|發布)|以[^。\n；;]{0,8}(?:印发|印發|发布|發布)之日为[“"‘]?[TＴ]/;
/** A date written from the plan's “T” (T+3个月, T＋1年, T+18个月内). */
const T_PLUS = /^[TＴ][+＋]([0-9]{1,3})(个月|個月|年|日|天)(?:内|內|以内|以內)?(?:完成)?$/;

/** Within N months, years or days of the plan's issue: 方案印发后3个月内, 印发之日起6个月内, 方案印发后一年内, 本方案印发后30日内. */
const AFTER_ISSUE = /^(?:本)?(?:方案|通知)?(?:印发|發布|发布|出台|实施|實施)(?:之日起|後|后|以后|以來|以来)\s*(?:([0-9]{1,3}|[一二两三四五六七八九十]{1,2})\s*(个月|個月|年|日|天|个工作日|個工作日)|(半年|半个月|半個月))(?:内|內|以内|以內)?(?:完成)?$/;
/** The year after the plan's: 次年3月底前, 翌年上半年, 第二年年底前, 明年一季度. */
const NEXT_YEAR = /^(?:次年|翌年|第二年|明年)(.*)$/;
/** This month or the next, from the plan's date: 本月底前, 下月底前, 下个月内. */
const MONTH_AHEAD = /^(本|当|當|下|下个|下個)月(?:底|末|内|內)?(?:前|以前|之前)?(?:完成)?$/;
/** A year of the plan's period by its count: 实施第一年内, 第三年底前, 行动第二年末 (the period's first year is 第一年). */
const NTH_YEAR = /^(?:在)?(?:本)?(?:方案)?(?:实施|實施|行动|行動|执行|執行)(?:期)?第([一二三四五1-5])年(?:内|內|底前|底|末|年底前|年内|年內)?(?:完成)?$/;
/** The end of the plan's period: 实施期末, 行动期满, 方案实施期结束前. */
const PERIOD_END = /^(?:在)?(?:本)?(?:方案)?(?:实施期|實施期|行动期|行動期|执行期|執行期|实施周期|實施週期)(?:末|满|滿|结束前|結束前|结束时|結束時)(?:前)?(?:完成)?$/;
/** Half of the plan's period: 行动期前半程, 实施期后半程 (group 1: 前 or 后). */
const HALF_OF_PERIOD = /^(?:在)?(?:本)?(?:方案)?(?:实施期|實施期|行动期|行動期|执行期|執行期)?([前后後])半(?:程|期|段)(?:内|內|结束前|結束前)?(?:完成)?$/;
/** Every year of the plan's period: 实施期内每年, 行动期内逐年. */
const EVERY_YEAR_OF_PERIOD = /^(?:在)?(?:本)?(?:方案)?(?:实施期|實施期|行动期|行動期|执行期|執行期)(?:内|內|间|間)?(?:每年|逐年|每一年)/;
/** The plan's own period: 本方案实施期内, 方案实施期间, 实施期内. */
const IN_PERIOD = /^(?:在)?(?:本)?(?:方案)?(?:实施期|實施期|执行期|執行期|实施周期|實施週期)(?:内|內|间|間)(?:完成)?$/;

/**
 * A relative 完成时限 in the words of an absolute one (方案印发后3个月内 of a plan issued 2024年4月15日 →
 * 2024年7月底前), `ongoing` for the plan's period when it states none, or undefined when the value is not
 * relative or the plan does not say what it is relative to.
 */
export function resolveRelative(raw: string, plan: PlanDates): { text: string } | { ongoing: true } | undefined {
  let v = raw.replace(/[\s\u3000]+/g, '');
  // T+N as the plan defines T (its issue date): N after the issue.
  const tPlus = plan.tIsIssue ? T_PLUS.exec(v) : null;
  if (tPlus) v = `方案印发后${tPlus[1]}${tPlus[2]}内`;
  const after = AFTER_ISSUE.exec(v);
  if (after) {
    // Half a year is six months; half a month, fifteen days.
    const [n, unit] = after[3] ? (after[3] === '半年' ? [6, '个月'] : [15, '天']) : [count(after[1]!), after[2]!];
    if (n === undefined || !plan.issued) return undefined;
    const { year, month, day } = plan.issued;
    let months = year * 12 + (month - 1);
    if (/月/.test(unit)) months += n;
    else if (unit === '年') months += 12 * n;
    else months += Math.floor((day + (unit.includes('工作日') ? Math.ceil((n * 7) / 5) : n) - 1) / 30);
    return { text: `${Math.floor(months / 12)}年${(months % 12) + 1}月底前` };
  }
  const ahead = MONTH_AHEAD.exec(v);
  if (ahead) {
    if (!plan.issued) return undefined;
    const months = plan.issued.year * 12 + (plan.issued.month - 1) + (ahead[1]!.startsWith('下') ? 1 : 0);
    return { text: `${Math.floor(months / 12)}年${(months % 12) + 1}月底前` };
  }
  const next = NEXT_YEAR.exec(v);
  if (next) {
    if (plan.year === undefined) return undefined;
    const rest = next[1]!;
    return { text: `${plan.year + 1}年${rest || '底前'}` };
  }
  if (IN_PERIOD.test(v)) return plan.periodEnd !== undefined ? { text: `${plan.periodEnd}年底前` } : { ongoing: true };
  // Counted within the plan's stated period (实施第一年内, 第三年底前, 实施期末, 行动期前半程); every year of it, ongoing.
  if (EVERY_YEAR_OF_PERIOD.test(v)) return { ongoing: true };
  const start = plan.periodStart ?? plan.year;
  const nth = NTH_YEAR.exec(v);
  if (nth && start !== undefined) {
    const n = count(nth[1]!);
    if (n !== undefined && n >= 1 && (plan.periodEnd === undefined || start + n - 1 <= plan.periodEnd)) return { text: `${start + n - 1}年底前` };
  }
  if (plan.periodEnd !== undefined && PERIOD_END.test(v)) return { text: `${plan.periodEnd}年底前` };
  const half = HALF_OF_PERIOD.exec(v);
  if (half && plan.periodEnd !== undefined && start !== undefined) {
    if (half[1] === '后') return { text: `${plan.periodEnd}年底前` };
    const months = start * 12 + Math.floor(((plan.periodEnd - start + 1) * 12) / 2) - 1;
    return { text: `${Math.floor(months / 12)}年${(months % 12) + 1}月底前` };
  }
  return undefined;
}
