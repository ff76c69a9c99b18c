// Rule unknown-unit: responsible units that are in neither the baseline's registry nor the
// user's local units file; known aliases get a hint with the canonical name.
import { collectiveTypo, COORDINATING_BODY, suggestUnits, UNIT_NAME_END } from '../extract/units';
import { CONTROL, CONTROL_ALL } from '../extract/damage';
import { withPlaceName } from '../extract/unitNames';
import { foldForMatching } from '../text/fold';
import type { Span, UnitMention } from '../types';
import { hasGap, isPlaceholder } from '../text/placeholders';
import type { Rule, RuleContext, RuleFinding } from './rule';
import { spanAround, unitAt } from './locate';

/** A body written as a code in Latin letters (A, B2) or a circled number (⑳, ㉑), as a draft with a legend of codes names its bodies. */
const LETTER_CODE = /^(?:[A-Za-z][A-Za-z0-9]?|[\u2460-\u2473\u3251-\u325f])$/;

/** Regional-level prefixes: a regional unit leading a local plan's own task is suspicious. */
const REGIONAL = /^(?:自治区|自治區|省|宁夏回族自治区|广西壮族自治区)/;

/**
 * Whether a body named in a higher-level plan is that level's own (市… under a city plan, 区… or 县…
 * under a county's, 石嘴山市…), not a body of the draft's place the plan also names (惠农区人民政府) or one
 * of its branches (市公安局惠农分局, which a units file lists as local).
 */
function higherBody(name: string, region: string, level: string): boolean {
  const n = foldForMatching(name);
  const ownPrefix = level === '市' ? /^市(?![场場])/ : level === '县' ? /^(?:区(?!域)|县|縣|區|旗)/ : undefined;
  return (ownPrefix?.test(n) ?? false) || (region.length >= 2 && n.startsWith(foldForMatching(region)) && !/[县縣区區旗镇鎮乡鄉]/.test(n.slice(region.length, region.length + 6)));
}

/** The nationalities and 自治县 (自治旗) that close an autonomous county's name (恭城瑶族自治县, 龙胜各族自治县). */
const AUTONOMOUS = /(?:[\u4e00-\u9fff]{1,2}族){1,3}自治[县縣旗]$/;

/** A county's own name without its level word, or an autonomous county's without 瑶族自治县 (恭城瑶族自治县: 恭城). */
function placeStem(region: string): string {
  return AUTONOMOUS.test(region) ? region.replace(AUTONOMOUS, '') : region.slice(0, -1);
}

/**
 * For a county's plan (象州县), the city whose body a units-file name is (来宾市大数据发展局): a name that
 * starts with another place's name ending in 市 and names neither the county nor a branch (来宾市象州
 * 生态环境局 and 吴忠市生态环境局盐池分局 are the county's).
 */
function cityAbove(name: string, region: string | undefined): string | undefined {
  if (!region || !/[县縣旗]$/.test(region)) return undefined;
  // A place's name, not a level word before a body's (县城市管理综合执法局 is 县 + 城市管理…).
  const m = /^(?![县縣区區旗乡鄉镇鎮])([\u4e00-\u9fff]{2,3}市)(?![场場])/.exec(name);
  if (!m || m[1] === region) return undefined;
  const stem = placeStem(region);
  const rest = name.slice(m[1]!.length);
  // The city's branch in the county (吴忠市生态环境局盐池分局, 来宾市象州生态环境局) is the county's.
  if (rest.includes(stem) || /分局|分中心|分公司|分队|分院/.test(rest) || /^[\u4e00-\u9fff]{0,4}?(?:县|縣|区|區|旗)/.test(rest.slice(0, 5))) return undefined;
  return UNIT_NAME_END.test(name) ? m[1] : undefined;
}

/**
 * The city above a county or district whose units file lists a city body by its level word
 * (市审批服务管理局 in 盐池县's file, for guidance): the city's name when a parent plan gives it, else 市级.
 * A county-level city (青铜峡市, 灵武市) writes its own bodies so, and is left alone.
 */
function cityByLevelWord(name: string, region: string | undefined, placesAbove: { region: string; level: string }[]): string | undefined {
  if (!region || !/[县縣旗区區]$/.test(region) || !/^市(?![场場直])/.test(name) || !UNIT_NAME_END.test(name)) return undefined;
  // The city body's branch in this place (市生态环境局盐池分局 in 盐池县, 市公安局惠农分局 in 惠农区): the place's own.
  if (branchHere(name, region)) return undefined;
  return placesAbove.find((p) => p.level === '市')?.region ?? '市级';
}

/** A branch named after the place it serves (…盐池分局, …红寺堡区分局, …惠农大队), for a county's or district's `region`. */
function branchHere(name: string, region: string): boolean {
  const stem = placeStem(region);
  if (stem.length < 2) return false;
  const at = name.indexOf(stem, 1);
  return at > 0 && BRANCH_END.test(name.slice(at + stem.length));
}
/** What follows the place's name in a branch's: its level word at most, then 分局, 分中心, 支队, 大队 …. */
const BRANCH_END = /^(?:[县縣区區旗])?(?:分局|分中心|分院|分所|支队|支隊|大队|大隊|中队|中隊|分队|分隊)$/;

/**
 * 原 before a level and a name: a body as it was named before (原县信息化工作办公室, 原市政务服务中心). Not a place whose
 * name begins with 原 (原州区人民政府).
 */
const FORMER_BODY = /^原(?:自治区|省|市|县|縣|区|區|旗)/;

/** The end of a body's full name, not of a short one: a generic word before 局, 中心, 委 (管理局, 服务中心, 发展局). */
const FULL_NAME_END = /(?:管理|服务|发展|监督|建设|促进|保障|指导)(?:局|中心|委员会|委|站|所)$/;

/**
 * The known name that `name` shortens by leaving out one word of two to four characters after its
 * level prefix and before its last character (自治区大数据局 → 自治区大数据发展局), when only one known
 * name does. A single character left out is a slip, not a short form (县大数据发局). Nor is a name that still
 * ends as a body's full name does (市大数据管理局 for 市大数据管理服务局: 管理局, 服务中心): that is another body's
 * name, or a wrong one.
 */
function shortFormOf(name: string, known: readonly string[]): string | undefined {
  if (FULL_NAME_END.test(name)) return undefined;
  let found: string | undefined;
  for (const k of known) {
    const f = foldForMatching(k);
    const cut = f.length - name.length;
    if (cut < 2 || cut > 4) continue;
    let i = 0;
    while (i < name.length && f[i] === name[i]) i++;
    if (i < 2 || i >= name.length) continue;
    if (f.slice(i + cut) !== name.slice(i)) continue;
    if (found !== undefined && found !== k) return undefined;
    found = k;
  }
  return found;
}

/**
 * Whether the plan sets up the body `name` or says where it sits: 成立/组建/设立 before the name, or 设在/设于/挂靠
 * right after it (in brackets or not). Only coordinating bodies (COORDINATING_BODY) are read so.
 */
function definedByPlan(text: string, name: string): boolean {
  if (!COORDINATING_BODY.test(name)) return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text.slice(Math.max(0, at - 4), at);
    const after = text.slice(at + name.length, at + name.length + 4);
    if (/(?:成立|組建|组建|设立|設立|建立)$/.test(before) || /^[（(]?(?:设在|設在|设于|設於|挂靠)/.test(after)) return true;
  }
  return false;
}

/**
 * The higher-level place whose body `name` is: the place's full name, then a body's name that names no
 * place within it (吴忠市大数据管理服务局, 吴忠市委政法委; not 吴忠市利通区审批服务管理局).
 */
function bodyOfPlaceAbove(name: string, places: { region: string }[]): string | undefined {
  const n = foldForMatching(name);
  for (const p of places) {
    const r = foldForMatching(p.region);
    if (!n.startsWith(r) || n.length < r.length + 2) continue;
    const rest = n.slice(r.length);
    if (/^[\u4e00-\u9fff]{0,4}?(?:县|区|旗|镇|乡|街道)/.test(rest.slice(0, 6)) && !/^(?:区域|县域)/.test(rest)) continue;
    if (UNIT_NAME_END.test(n)) return p.region;
  }
  return undefined;
}

/**
 * Work a plan only supports (配合建设信用中国（宁夏）吴忠站, 协助做好…, 积极配合自治区推进…): the higher level's own, which its
 * body rightly leads. Read at the start of a task row's content or of the sentence a note closes, after any item number.
 */
const SUPPORTING_WORK = /^[ \t\u3000]*(?:[0-9０-９]{1,3}[.．、]|[（(][0-9０-９一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}是)?[ \t\u3000]*(?:积极|主动)?(?:配合|協助|协助|支持配合|配合支持)(?:上级|國家|国家|自治区|自治區|[\u4e00-\u9fff]{0,4}市)?[^，,。；;\n]{0,4}?(?:建设|建設|推进|推進|做好|开展|開展|实施|實施|完成|运营|運營|打造)/;

/**
 * Whether the task a body is named for is one the plan only supports (see SUPPORTING_WORK), its own bodies only
 * cooperating (配合建设…吴忠站: 市发展改革委牵头，县发展和改革局配合). A body of the plan carrying the work out
 * (自治区政府办公厅牵头，市大数据服务中心具体负责) makes it the plan's task, which its own body should lead.
 */
function supportsHigherWork(ctx: RuleContext, m: UnitMention): boolean {
  const unit = unitAt(ctx.outline, m.start);
  if (!unit) return false;
  let work: string;
  let names: Span;
  if (unit.kind === 'task-row') {
    const content = unit.cells?.content ?? unit.titleSpan;
    work = ctx.text.slice(content.start, Math.min(content.end, content.start + 30));
    names = unit;
  } else {
    // The sentence a note closes: back from the note's bracket to the sentence before it.
    const open = Math.max(ctx.text.lastIndexOf('（', m.start), ctx.text.lastIndexOf('(', m.start));
    if (open < unit.start) return false;
    let from = open - 1;
    while (from > unit.start && !/[。；;！!\n]/.test(ctx.text[from - 1]!)) from--;
    work = ctx.text.slice(from, open);
    const close = ctx.text.slice(m.end).search(/[）)\n]/);
    names = { start: open, end: close < 0 ? ctx.text.length : m.end + close };
  }
  if (!SUPPORTING_WORK.test(work)) return false;
  return !ctx.units.some((u) => u.start !== m.start && u.start >= names.start && u.end <= names.end && !u.collective && (u.role === 'responsible' || u.role === 'unspecified'));
}

/** Characters OCR reads for like-shaped ones in bodies' names (入 for 人, 曰 for 日, 己 for 已), and what they stand for. */
const OCR_MEANT: Record<string, string> = { 入: '人', 曰: '日', 己: '已' };
const OCR_LOOKALIKE = /[入曰己]/g;
/** The name with each such character read as the one it stands for. */
const asMeant = (name: string): string => name.replace(OCR_LOOKALIKE, (c) => OCR_MEANT[c]!);

/** What ends the clause a builder is named in. */
const CLAUSE_MARKS = /[，,。；;！!\n：:]/;

/** Building, right after a body's name: 牵头建设, 统一建设, 负责建设, 牵头搭建. */
const BUILDS = /^(?:牵头|牽頭|统一|統一|负责|負責)?(?:建设|建設|搭建|部署|建成)/;
/** What the plan's own level builds is named so: 区级, 县级, 市级, 本级, 我区, 本县, 全县 (not 全区, which may be the region). */
const OWN_THING = /(?:区级|區級|县级|縣級|市级|市級|本级|本級|[我本][区區县縣市旗]|全[县縣市旗])/;

/**
 * Whether the body is named as building something not the plan's own level's (政务信创云由自治区政府办公厅牵头建设, 全区统一的视频共享
 * 平台由自治区公安厅统一建设): who builds the higher level's platform, as a footnote or a measure relying on it tells. One building
 * the plan's own (区级数据共享交换平台由自治区政府办公厅牵头建设) leads local work.
 */
function buildsOthersPlatform(text: string, m: UnitMention): boolean {
  if (!BUILDS.test(text.slice(m.end, m.end + 6))) return false;
  const clause = spanAround(text, m, CLAUSE_MARKS, 40);
  return !OWN_THING.test(text.slice(clause.start, clause.end));
}

/** A Party committee named in full before its department (中共同心县委员会宣传部): read as 县委 is written. */
const COMMITTEE_IN_FULL = /^((?:中共)?[\u4e00-\u9fff]{2,8}?[县區区市旗])委员会(?=[\u4e00-\u9fff])/;

/** A place's own government (县人民政府, 区政府), by the level word. */
const OWN_GOVERNMENT = /^[县区市旗](?:人民)?政府$/;

/** What may stand between two names of one list of joint leads, within one cell (not a tab: a matrix's columns). */
const JOINED = /^[、，,和及与與 \u3000]{0,3}$/;

/**
 * unknown-unit (warning): a unit name that is not in the registry, with the nearest known
 * names as fixes. A known alias (发改委) is a hint with the canonical name. A regional unit named
 * as the lead of a local task gets its own message. Collective subjects are never unknown.
 */
/**
 * Whether the clause naming a body (between ；。 or line breaks) declines the task it speaks of: 我县不承接, 不再承接,
 * 不单独承接, 不单独列项, 本县不涉及; or gives the plan's own level only a supporting part in it (由自治区地质局牵头负责，本县配合
 * 提供相关资料). The body there leads the task where it is done, not here.
 */
function declinedHere(text: string, m: Span): boolean {
  let from = m.start;
  while (from > 0 && from > m.start - 200 && !/[；;。\n]/.test(text[from - 1]!)) from--;
  let to = m.end;
  while (to < text.length && to < m.end + 200 && !/[；;。\n]/.test(text[to]!)) to++;
  return DECLINES.test(text.slice(from, to));
}
const DECLINES = /不(?:再|单独|單獨)?承接|不(?:单独|單獨)列项|(?:本|我)(?:县|縣|区|區|市|旗|级|級)(?:暂|暫)?(?:不涉及|不适用|不適用|不承担|不承擔)|(?:本|我)(?:县|縣|区|區|市|旗|级|級)[^，,。；;\n]{0,12}?(?:配合|协助|協助)/;

/**
 * What follows a body's name when a note names the office inside it that does the work, or the post that answers for it:
 * 国库股, 信息科, 网安大队, 城关派出所, 政务服务股, 主要负责同志, 分管负责人 (not 办公室: 县政府办公室 is a body of its own).
 */
const DIVISION_TAIL = /(?:[\u4e00-\u9fff]{1,8}?(?:股|科|大队|大隊|中队|中隊|分队|分隊|派出所|中心所|监管所|[^办辦公]室|组|組|站)|(?:主要|分管|有关|有關)?(?:负责同志|負責同志|负责人|負責人|领导|領導))$/;
/** A division named alone after one written with its body (县财政局国库股、预算股). */
const DIVISION_ALONE = /^[\u4e00-\u9fff]{1,8}(?:股|科)$/;

/**
 * A note under a table saying which of its marks stands for tasks a higher level leads (注：◎为市县共建任务（市级单位牵头，
 * 县级配合）; 标注◎的任务由吴忠市有关部门牵头): group 1 the mark, group 2 the level (市, 自治区, 省).
 */
const MARK_LEGEND = /([※◎★▲☆△◆◇○●])[ \t\u3000]*(?:为|為|表示|代表|系)[^。；;\n]{0,24}?(?:[（(][ \t\u3000]*)?(市|自治区|自治區|省)(?:级|級)?(?:有关)?(?:单位|單位|部门|部門)?(?:牵头|牽頭)/g;
const MARK_LEGEND_MARKED = /标注([※◎★▲☆△◆◇○●])的(?:任务|任務|事项|事項)由[^。；;\n]{0,12}?(市|自治区|自治區|省)[^。；;\n]{0,10}?(?:牵头|牽頭)/g;

/** The marks a draft's notes give to rows a higher level leads, each with that level ('region' or 'city'). */
function higherLedMarks(text: string): Map<string, 'region' | 'city'> {
  const out = new Map<string, 'region' | 'city'>();
  if (!/[※◎★▲☆△◆◇○●]/.test(text) || !/牵头|牽頭/.test(text)) return out;
  for (const m of [...text.matchAll(MARK_LEGEND), ...text.matchAll(MARK_LEGEND_MARKED)]) {
    const level = /自治|省/.test(m[2]!) ? 'region' : 'city';
    // (The city's name before 市 is a city's: 由吴忠市有关部门牵头.)
    out.set(m[1]!, level);
  }
  return out;
}

/** A town's party committee (兴泾镇党委, 红果子镇党委, 朔方路街道党工委): group 1 the town. */
const TOWN_COMMITTEE = /^([\u4e00-\u9fff]{1,6}(?:镇|鎮|乡|鄉|街道|苏木|蘇木))(?:党委|黨委|党工委|黨工委)$/;

/**
 * The registry's entry for a town whose party committee a note names (兴泾镇党委 beside 兴泾镇人民政府 in the registry): a
 * registered town's committee is a body of that town, though a units file lists the town by its government alone.
 */
function townCommittee(ctx: RuleContext, name: string): ReturnType<RuleContext['registry']['lookup']> {
  const town = TOWN_COMMITTEE.exec(name)?.[1];
  if (!town) return undefined;
  return ctx.registry.lookup(`${town}人民政府`) ?? ctx.registry.lookup(`${town}政府`) ?? ctx.registry.lookup(`${town}办事处`) ?? ctx.registry.lookup(town);
}

/** A company by its registered name: …有限公司, …有限责任公司, …股份有限公司. */
const COMPANY = /(?:有限公司|有限责任公司|有限責任公司)$/;

/** A body naming itself in its own document: 我委, 我厅, 本局, 我办, 本中心. */
const SELF_REFERENCE = /^[我本](?:委|厅|廳|局|办|辦|院|中心|部|室|处|處)$/;


export const unknownUnit: Rule = {
  id: 'unknown-unit',
  defaultSeverity: 'warning',
  shortDescription: '责任单位名称不规范或不存在',
  fullDescription: '责任单位既不在上级文件的单位名录中，也不在本地单位名录中；或使用了非规范简称；或由上级单位牵头本地任务。请使用规范的单位全称，本地单位请加入单位名录文件。',
  check(ctx) {
    const out: RuleFinding[] = [];
    const localPlan = ctx.registry.allNames().some((n) => n.source === 'local');
    let known: string[] | undefined;
    /** Where the last body reported as not in the registry ends (see the other-name check below). */
    let unknownEnd: number | undefined;
    const regionShortForm = (name: string) => {
      if (!/^[区區](?![域直])/.test(name)) return undefined;
      const region = ctx.place;
      if (!region || /[区區]$/.test(region)) return undefined;
      const hit = ctx.registry.lookup(`自治${name}`);
      return hit?.source === 'baseline' ? hit : undefined;
    };
    const reportCityAbove = (m: Span, raw: string, name: string): boolean => {
      const folded = foldForMatching(name);
      const city = cityAbove(folded, ctx.place) ?? cityByLevelWord(folded, ctx.place, ctx.registry.placesAbove ?? []);
      if (!city) return false;
      out.push({
        start: m.start, end: m.end,
        message: `“${raw}”是上级（${city}）单位，不宜作为本地任务的牵头单位。请改由本级对口单位牵头，${raw}可列为配合或指导单位。`,
        related: [{ quote: `单位名录中写作“${name}”。` }],
        fixes: [],
      });
      return true;
    };
    const regionalLead = (m: Span, name: string, leads: number[]) => ({
      start: m.start, end: m.end,
      message: `“${name}”是${ctx.prepared.baseline.level}级单位，不宜作为本地任务的牵头单位。请改由本级对口单位牵头，${name}可列为配合或指导单位。`,
      related: leads.length ? [{ quote: `${name}在上级任务清单中牵头第${leads.slice(0, 8).join('、')}项任务。` }] : [],
      fixes: [],
    });
    // A higher body listed after a body of this plan's own among joint leads (市大数据管理服务局、自治区政府办公厅共同牵头):
    // the first-listed, this plan's own, leads; the higher body shares the work as one that cooperates would.
    const isHigher = (u: UnitMention): boolean => {
      const h = ctx.registry.lookup(u.name);
      return h ? (h.source === 'baseline' && REGIONAL.test(h.name)) || !!h.above : !!bodyOfPlaceAbove(u.name, ctx.registry.placesAbove ?? []);
    };
    const afterOwnLead = (m: UnitMention, k: number): boolean => {
      for (let j = k - 1; j >= 0; j--) {
        const u = ctx.units[j]!;
        if (u.end > m.start || !JOINED.test(ctx.text.slice(u.end, m.start))) return false;
        if (u.role === 'lead' && !u.collective && !isHigher(u)) return true;
      }
      return false;
    };
    // The one body a note names, with collectives at most and no roles (（责任单位：自治区大数据发展局，区直各部门。…）): it leads.
    const soleBody = (m: UnitMention, k: number): boolean => {
      if (m.context !== 'annotation' || (m.role !== 'unspecified' && m.role !== 'responsible')) return false;
      const open = Math.max(ctx.text.lastIndexOf('（', m.start), ctx.text.lastIndexOf('(', m.start));
      if (open < 0 || m.start - open > 40 || /[）)\n]/.test(ctx.text.slice(open, m.start))) return false;
      const close = ctx.text.slice(m.end, m.end + 200).search(/[）)\n]/);
      const end = close < 0 ? m.end : m.end + close;
      for (let j = k - 1; j >= 0 && ctx.units[j]!.end > open; j--) if (!ctx.units[j]!.collective) return false;
      for (let j = k + 1; j < ctx.units.length && ctx.units[j]!.start < end; j++) if (!ctx.units[j]!.collective) return false;
      return true;
    };
    // Rows a note says a higher level leads by their mark (◎ 市县共建任务（市级单位牵头）): that level's bodies lead them.
    const marks = higherLedMarks(ctx.text);
    const markedFor = (m: Span, level: 'region' | 'city'): boolean => {
      if (!marks.size) return false;
      const unit = unitAt(ctx.outline, m.start);
      const from = unit ? Math.min(unit.start, unit.titleSpan.start) : ctx.text.lastIndexOf('\n', m.start - 1) + 1;
      const to = unit ? Math.max(unit.end, unit.titleSpan.end) : ctx.text.indexOf('\n', m.end) < 0 ? ctx.text.length : ctx.text.indexOf('\n', m.end);
      const span = ctx.text.slice(from, to);
      for (const [mark, l] of marks) if (l === level && span.includes(mark)) return true;
      return false;
    };
    let listsCompanies: boolean | undefined;
    const companiesListed = (): boolean => (listsCompanies ??= ctx.registry.allNames().some((n) => n.source === 'local' && COMPANY.test(n.canonical)));
    /** Whether the registry knows `name` as a canonical name or a short form. */
    const isKnown = (name: string): boolean => !!(ctx.registry.lookup(name) || ctx.registry.canonicalOf(name));
    /** Where the last body named with its division ends (see DIVISION_ALONE). */
    let divisionEnd: number | undefined;
    /** A known body's name before a division or post in `name` (as written in `raw`), and that division or post. */
    const divisionOf = (name: string, raw: string, after: string): { body: string; tail: string } | undefined => {
      // A post whose 负责 the notes' reading took for a role (县审批服务管理局主要|负责同志): the words before it.
      const post = /^负责(?:同志|人)/.test(after) ? /(?:主要|分管|有关)$/.exec(name) : null;
      if (post && raw.endsWith(post[0])) {
        const body = name.slice(0, post.index);
        if (isKnown(body)) return { body, tail: post[0] };
      }
      const t = DIVISION_TAIL.exec(name);
      if (!t || !raw.endsWith(t[0])) return undefined;
      for (let cut = t.index; cut < name.length - 1; cut++) {
        const tail = name.slice(cut);
        const body = name.slice(0, cut);
        if (body.length < 3 || !DIVISION_TAIL.test(tail) || !UNIT_NAME_END.test(body) || !raw.endsWith(tail)) continue;
        const own = ownPlaceForm(body, ctx.place);
        const withPlace = withPlaceName(body, ctx.place);
        if (isKnown(body) || (own && isKnown(own)) || (withPlace && ctx.registry.lookup(withPlace))) return { body, tail };
      }
      return undefined;
    };
    for (let k = 0; k < ctx.units.length; k++) {
      const m0 = ctx.units[k]!;
      // A company by its registered name (…有限公司) is checked only where the units file lists companies: there the office
      // keeps the enterprises it works with, and one it does not list is no such company or a slip.
      if (m0.collective && !(COMPANY.test(m0.name) && companiesListed())) continue;
      // Read as cooperating when it follows this plan's own lead (see afterOwnLead); as leading when a note names it alone.
      let m: UnitMention = m0.role === 'lead' && afterOwnLead(m0, k) ? { ...m0, role: 'cooperating' } : localPlan && soleBody(m0, k) ? { ...m0, role: 'lead' } : m0;
      let raw = ctx.text.slice(m.start, m.end);
      // 【待填】, 待定 and names with a gap (县XX局) are placeholder-unfilled's to report.
      if (isPlaceholder(raw) || hasGap(raw)) continue;
      // A known body's name with stray control characters in it (县公\u001f安局, from a PDF's copy) is that body: garbled-text
      // reports the characters.
      if (CONTROL.test(m.name) && isKnown(m.name.replace(CONTROL_ALL, ''))) continue;
      // A division, team or post of a known body (县财政局国库股, 县公安局网安大队, 县审批局政务服务股, 县财政局分管负责同志) is
      // that body's: the body is checked, as written before its division. A division listed after one (县财政局国库股、预算股)
      // is the same body's.
      if (DIVISION_ALONE.test(raw) && divisionEnd !== undefined && JOINED.test(ctx.text.slice(divisionEnd, m.start))) {
        divisionEnd = m.end;
        continue;
      }
      const division = isKnown(m.name) || isKnown(raw) || regionShortForm(m.name) ? undefined : divisionOf(m.name, raw, ctx.text.slice(m.end, m.end + 4));
      if (division) {
        divisionEnd = m.end;
        m = { ...m, name: division.body, end: m.end - division.tail.length };
        raw = raw.slice(0, raw.length - division.tail.length);
      } else divisionEnd = undefined;
      // A body named as it was before a reorganisation (原县信息化工作办公室, 由原县政务服务中心牵头) is history.
      if (FORMER_BODY.test(raw) || FORMER_BODY.test(m.name)) continue;
      // The plan's own body naming itself (由我委牵头, 本局负责) is the issuer, known to the reader.
      if (SELF_REFERENCE.test(m.name.trim())) continue;
      // A prefix carried over a list can be wrong (市 + 太阳山开发区管委会): the name as written counts.
      // Outside a district's own plan, 区… is the region's short form (区大数据发展局: 自治区大数据发展局).
      const hit = ctx.registry.lookup(m.name) ?? (raw !== m.name ? ctx.registry.lookup(raw) : undefined) ?? regionShortForm(m.name) ?? townCommittee(ctx, m.name);
      if (hit) {
        if (m.otherName) continue;
        // A higher body leading work the plan only supports (配合建设…) is where it belongs.
        if (m.role === 'lead' && supportsHigherWork(ctx, m)) continue;
        // Nor is one named as leading a task the plan declines (第19项…由自治区政府办公厅牵头建设，我县不承接).
        if (m.role === 'lead' && declinedHere(ctx.text, m)) continue;
        // Nor one named as the builder of a platform that is not the plan's own (政务信创云由自治区政府办公厅牵头建设).
        if (m.role === 'lead' && buildsOthersPlatform(ctx.text, m)) continue;
        if (localPlan && m.role === 'lead' && hit.source === 'baseline' && REGIONAL.test(hit.name)) {
          if (markedFor(m, 'region')) continue;
          // Named as the draft writes it: a region whose documents are in traditional characters (广西) still reads 自治区大数据发展局.
          out.push(regionalLead(m, foldForMatching(raw) === foldForMatching(hit.name) ? raw : hit.name, hit.leads));
        } else if (m.role === 'lead' && hit.above && hit.above !== ctx.place && higherBody(hit.name, hit.above, hit.level) && !markedFor(m, 'city')) {
          // A body of the plan above (石嘴山市's 市大数据管理服务中心) leading a task of this plan; not one of a plan carrying
          // forward its own place's earlier plan (吴忠市's 2024 方案 under the 吴忠 plan), which leads by its own bodies.
          out.push({
            start: m.start, end: m.end,
            message: `“${hit.name}”是上级（${hit.above}）单位，不宜作为本地任务的牵头单位。请改由本级对口单位牵头，${hit.name}可列为配合或指导单位。`,
            related: [{ quote: `${hit.name}见于${hit.above}方案的任务分工。` }],
            fixes: [],
          });
        } else if (m.role === 'lead' && hit.source === 'local' && !hit.above && !markedFor(m, 'city')) {
          reportCityAbove(m, raw, hit.name);
        }
        continue;
      }
      // A body of a higher-level plan's place written with its name (吴忠市大数据管理服务局 under the 吴忠
      // plan) is that place's, whether or not the plan lists it: not unknown, but not to lead.
      const place = bodyOfPlaceAbove(m.name, ctx.registry.placesAbove ?? []);
      // The place of a plan above that is the draft's own (a city's plan carrying its earlier plan forward): its body.
      if (place && place === ctx.place) continue;
      if (place) {
        if (m.role === 'lead' && !supportsHigherWork(ctx, m) && !declinedHere(ctx.text, m) && !markedFor(m, 'city')) {
          out.push({
            start: m.start, end: m.end,
            message: `“${raw}”是上级（${place}）单位，不宜作为本地任务的牵头单位。请改由本级对口单位牵头，${raw}可列为配合或指导单位。`,
            related: [],
            fixes: [],
          });
        }
        continue;
      }
      const canonical = ctx.registry.canonicalOf(m.name);
      // A body's other name (…（市行政审批局）) that the registry knows needs no word; a slip in it does.
      if (m.otherName && canonical) continue;
      // A city's body in a county's units file (来宾市大数据发展局 = 市大数据发展局) leading a county task.
      if (canonical && m.role === 'lead' && !supportsHigherWork(ctx, m) && !markedFor(m, 'city') && reportCityAbove(m, raw, canonical)) continue;
      if (canonical) {
        // A regional body under another of its names (自治区发展和改革委员会, 自治区机关事务管理局) leads no local task either.
        const body = ctx.registry.lookup(canonical);
        if (localPlan && m.role === 'lead' && body?.source === 'baseline' && REGIONAL.test(body.name)) {
          if (!markedFor(m, 'region')) out.push(regionalLead(m, raw, body.leads));
          continue;
        }
        // A short form written under a legend that leaves the level out (发改局 under 省略“市”字) is the legend's form.
        if (m.levelOmitted) continue;
        // In the place's own plan its bodies go by the level word (县公安局 for 隆安县公安局): that is the
        // name to write, and a name written so needs no word.
        const target = ownPlaceForm(canonical, ctx.place) ?? canonical;
        // Written so, or with the place's name in full (隆安县税务局 for 国家税务总局隆安县税务局): no word.
        if (target !== canonical && (raw === target || m.name === target || ownPlaceForm(raw, ctx.place) === target)) continue;
        // Keep the draft's own prefix if it wrote the short form after a distributed prefix.
        const newText = raw === m.name ? target : target.endsWith(raw) ? raw : target;
        out.push({
          start: m.start, end: m.end, severity: 'hint',
          // The name as written may be the short form or the full one (自治区机关事务管理局 for 自治区机管局).
          message: raw.length < target.length ? `“${raw}”是简称，规范名称为“${target}”。` : `“${raw}”在单位名录中统一写作“${target}”。`,
          related: [],
          fixes: newText === raw ? [] : [{ title: `改为“${target}”`, edits: [{ span: m, newText: target }], preferred: true }],
        });
        continue;
      }
      // A coordinating body the plan itself sets up or seats in one of its units (区推进数字政府建设领导小组办公室
      // （设在区政府办公室）, 成立县数字政府建设工作专班) is known to the plan, though no registry lists it.
      if (definedByPlan(ctx.text, raw)) continue;
      // The place's own body written with the place's name (同心县公安局, 中共同心县委宣传部 in 同心县's plan) where the
      // units file lists it by the level word (县公安局, 县委宣传部): the same body, and its full name. So is the place's
      // own government (县人民政府, 同心县人民政府).
      const asOwn = ownPlaceForm(m.name.replace(COMMITTEE_IN_FULL, '$1委'), ctx.place) ?? m.name;
      if (asOwn !== m.name && isKnown(asOwn)) continue;
      if (ctx.place && OWN_GOVERNMENT.test(asOwn) && asOwn[0] === ctx.place.slice(-1)) continue;
      // The other way round: a body by the level word (县公安局, 县委宣传部) where the units file lists it only with the
      // place's name (海原县公安局, 中共海原县委宣传部).
      const withPlace = withPlaceName(m.name, ctx.place);
      if (withPlace && (ctx.registry.lookup(withPlace) || ctx.registry.lookup(`中共${withPlace}`))) continue;
      const intended = collectiveTypo(m.name);
      if (intended) {
        out.push({
          start: m.start, end: m.end,
          message: `“${raw}”疑有错字，是否应为“${intended}”？`,
          related: [],
          fixes: [{ title: `改为“${intended}”`, edits: [{ span: m, newText: intended }], preferred: true }],
        });
        continue;
      }
      // A known body's name with a character OCR misreads for a like-shaped one (区入社局 for 区人社局, from a scanned copy): that
      // body, pointed out as a hint with the name put right.
      const misread = asMeant(raw);
      if (misread !== raw && isKnown(asMeant(m.name))) {
        out.push({
          start: m.start, end: m.end, severity: 'hint',
          message: `“${raw}”中有形近字（多为扫描件识别错误），应为“${misread}”。`,
          related: [],
          fixes: [{ title: `改为“${misread}”`, edits: [{ span: m, newText: misread }], preferred: true }],
        });
        continue;
      }
      known ??= [...new Set(ctx.registry.allNames().map((n) => n.canonical))];
      // A short form that leaves one word out of a known name (自治区大数据局 for 自治区大数据发展局).
      const full = shortFormOf(foldForMatching(m.name), known);
      if (full) {
        out.push({
          start: m.start, end: m.end, severity: 'hint',
          message: `“${raw}”是简称，规范名称为“${full}”。`,
          related: [],
          fixes: [{ title: `改为“${full}”`, edits: [{ span: m, newText: full }], preferred: true }],
        });
        continue;
      }
      // The other name of a body already reported unknown (县数字经济发展局（县数据资源管理局）): one body, one finding.
      if (m.otherName && unknownEnd !== undefined && m.start - unknownEnd <= 1) continue;
      // Traditional names are compared in Simplified, as the registry is written.
      // A code or short form the draft's legend defines is reported by what it stands for (K：县国资委).
      const defined = ctx.registry.definedAs?.(m.name);
      const suggestions = suggestUnits(foldForMatching(defined ?? m.name), known, 3);
      const tail = suggestions.length ? `是否应为“${suggestions.join('”或“')}”？` : '请核实单位全称；如为本地单位，请将其加入单位名录文件。';
      const named = defined ? `“${m.name}”（按表中说明指“${defined}”）` : `“${m.name}”`;
      // A code in Latin letters that no legend defines (P, where the legend runs A to N) names no body at all.
      if (!defined && LETTER_CODE.test(m.name)) {
        out.push({
          start: m.start, end: m.end,
          message: `单位代码“${m.name}”未在单位代码说明中列出，无法确认所指单位。请在说明中补充该代码，或改写为单位全称。`,
          related: [], fixes: [],
        });
        unknownEnd = m.end;
        continue;
      }
      out.push({
        start: m.start, end: m.end,
        message: `${m.context === 'roster' ? '名单所列单位' : m.recipient ? '报送单位' : '责任单位'}${named}不在单位名录中。${tail}`,
        related: [],
        fixes: suggestions.map((s, i) => ({ title: `改为“${s}”`, edits: [{ span: m, newText: s }], preferred: i === 0 && suggestions.length === 1 })),
      });
      unknownEnd = m.end;
    }
    return out;
  },
};

/**
 * A body of the draft's own place as that place's plan writes it, with the level word for the place's
 * name (隆安县公安局 → 县公安局 in 隆安县's plan, also when the place is given with its city: 南宁市隆安县;
 * 中共贺兰县委党校 → 县委党校, 国家税务总局贺兰县税务局 → 县税务局).
 * Undefined when the body is not the place's own or the place is not known.
 */
export function ownPlaceForm(canonical: string, region: string | undefined): string | undefined {
  if (!region) return undefined;
  const level = region.slice(-1);
  if (!/[县区市旗]/.test(level)) return undefined;
  // The Party's bodies and the tax bureau carry a prefix before the place (中共贺兰县委党校, 国家税务总局贺兰县税务局).
  const body = canonical.replace(/^(?:中共|国家税务总局)/, '');
  for (const place of [region, region.replace(/^[\u4e00-\u9fff]{2,6}?[市州盟](?=[\u4e00-\u9fff]{2,})/, '')]) {
    if (place.length >= 2 && body.length > place.length + 1 && body.startsWith(place)) return level + body.slice(place.length);
  }
  return undefined;
}
