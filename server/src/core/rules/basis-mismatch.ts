// Rule basis-mismatch: a cited higher-level document whose 文号 or title does not match the
// baseline, or an outdated basis that the baseline supersedes.
import { issuedTitle } from '../baseline/infer';
import { homeOf } from '../baseline/places';
import { bigramSimilarity } from '../baseline/similarity';
import { normalizeDocNumber } from '../extract/citations';
import { foldForMatching } from '../text/fold';
import { isReviewHeading, looksBackFromItsStart } from '../text/looking-back';
import { unitAt } from './locate';
import type { Rule, RuleContext, RuleFinding } from './rule';

/** Whether two normalized 文号 share their issuer's code and year (宁政发〔2023〕27号 and 宁政发〔2023〕17号). */
function sameSeries(a: string, b: string): boolean {
  const series = (s: string) => /^(.+〔\d{4}〕)\d+号$/.exec(s)?.[1];
  const x = series(a);
  return x !== undefined && x === series(b);
}

/** Whether two normalized 文号 share their issuer's code and number but not their year (桂政发〔2021〕31号 and 〔2022〕31号). */
function sameNumberOtherYear(a: string, b: string): boolean {
  const parts = (s: string) => /^(.+)〔(\d{4})〕(\d+)号$/.exec(s);
  const x = parts(a);
  const y = parts(b);
  return !!x && !!y && x[1] === y[1] && x[3] === y[3] && x[2] !== y[2];
}

/** A period a title gives for its document: （2018—2020年）, (2021-2023年). Groups: its first and last year. */
const EXPIRED_PERIOD = /[（(]\s*(20\d\d)\s*年?\s*[—–\-－~～至到]{1,2}\s*(20\d\d)\s*年\s*[）)]\s*$/;

/** 文号 in one form for comparison, whatever the script and bracket style. */
function normNo(s: string): string {
  return normalizeDocNumber(foldForMatching(s));
}

function normTitle(s: string): string {
  return foldForMatching(s).replace(/[\s《》“”"]/g, '');
}

/** A heading over documents kept for reference, not as the basis: 参考文件, 仅供参考, 不作为…依据. */
const FOR_REFERENCE = /参考文件|參考文件|参阅文件|參閱文件|仅供[^，,。；;]{0,8}参考|僅供[^，,。；;]{0,8}參考|不作为[^，,。；;]{0,12}依据|不作為[^，,。；;]{0,12}依據/;

/**
 * Whether a citation is given as the draft's basis (根据《…》, 按照…要求, 贯彻落实…) rather than
 * mentioned in passing (与…相比): judged from the sentence up to the citation.
 */
function citedAsBasis(ctx: RuleContext, at: number): boolean {
  const text = ctx.text;
  let start = at;
  while (start > 0 && !/[。！？\n]/.test(text[start - 1]!)) start--;
  const before = text.slice(Math.max(start, at - 120), at);
  // Looking back (近年来，我市认真落实《2020年工作要点》…，建成…) is history, not the basis of this plan,
  // even in a section headed 编制依据.
  if (/相比|对比|对照|比较|回顾|以来|近年来|近几年|多年来|此前|以往|过去|前期|先后/.test(text.slice(at, at + 60).split(/[。\n]/)[0]! + before)) return false;
  // A document called the former one (按照原《…2020年…工作要点》部署建成的…) is named as what was, not as the basis.
  if (/原[ \t\u3000]*$/.test(before)) return false;
  // So is a document named as what came before (《…》印发后，我县完成…), and any citation in a paragraph that
  // opens by looking back (近年来，我县认真落实…。《…》印发后，…).
  if (/^[^。\n]{0,40}?[》）)](?:印发|出台|发布|实施)(?:后|以后|之后)[，,]/.test(text.slice(at, at + 60)) || looksBackFromItsStart(text, at)) return false;
  // A sentence opening with a year before the plan's (2020年，我县按照《…》要求成立…; 我市自2020年落实《…》起步推进…)
  // tells what was done then.
  // A list mark may open it (→ 2020年按照《…》启动…, as slides write a bullet).
  const opening = /^\s*(?:[→➢➤⇒●■◆▪•·\-*]\s*)?(?:[（(]?[一二三四五六七八九十0-9]+[)）、.．]\s*)?(?:(?:我|全|本)[市县区旗州])?(?:自|从|于|在)?(20[0-9]{2})年/.exec(text.slice(start, at));
  if (opening && ctx.documentYear !== undefined && Number(opening[1]) < ctx.documentYear) return false;
  // Work done under it (我县按照《…》部署，已实现…) tells what it brought about, not what this plan rests on.
  if (/^[^。；\n]{0,60}?[，,][^。；\n]{0,12}?已(?:经)?(?:全面|基本|初步)?(?:实现|完成|建成|形成|开通|覆盖|上线|接入|落实)/.test(text.slice(at, at + 90))) return false;
  // Nor a document this plan repeals (《…（2020—2022年）》（同政办发〔2020〕37号）同时废止).
  if (/^[^。；\n]{0,100}?(?:同时废止|予以废止|废止|停止执行|不再执行|同时失效)/.test(text.slice(at, at + 130))) return false;
  // Under a heading such as 编制依据 every other citation is a basis; under one that lists documents for reference
  // (参考文件（…仅供对照参考，不作为本方案的制定依据）) none is.
  const unit = unitAt(ctx.outline, at);
  // A task table's 政策依据 cell holds what its row rests on.
  const basisCell = unit?.cells?.basis;
  if (basisCell && at >= basisCell.start && at < basisCell.end) return true;
  const headings = unit ? [unit.title, ...unit.path] : [];
  // Nor is one under a review of the past (一、2023年数字政府建设工作回顾, 工作基础): it was followed then.
  if (headings.some((t) => FOR_REFERENCE.test(t) || isReviewHeading(t))) return false;
  if (headings.some((t) => /依据/.test(t))) return true;
  return /根据|依据|按照|遵照|贯彻|落实|依照|对标|^\s*$/.test(before) || before.includes('、');
}

/** The issuer part of a title or of the words before it: 吴忠市人民政府, 自治区人民政府, 甘肃省. */
const ISSUER_PREFIX = /^(?:[\u4e00-\u9fff]{2,8}?(?:自治区|省|市|州|盟|县|区|旗))?(?:人民政府办公厅|人民政府办公室|人民政府|政府办公厅|政府办公室|政府)?/;

/** A title without its issuer and the 关于 that follows it, for comparing two spellings of one title. */
function coreTitle(title: string, region: string): string {
  let t = normTitle(title);
  if (region && t.startsWith(normTitle(region))) t = t.slice(normTitle(region).length);
  t = t.replace(ISSUER_PREFIX, '');
  return t.replace(/^关于/, '').replace(/^印发/, '');
}

/**
 * A citation without 文号 that names the document this level issued (its region is named in the
 * title or just before 《), in words close to its title but not the same: 吴忠市人民政府
 * 《关于加快推进数字政府建设的实施方案》 for 《关于加强数字政府建设的实施方案》, or
 * 《吴忠市数字政府建设工作方案》. Other documents of the region (a 三年行动计划) are too different to match.
 */
function misnamedOwnDocument(ctx: RuleContext, at: number, title: string): { issuer: string; title: string } | undefined {
  const b = ctx.prepared.baseline;
  const region = b.region;
  if (!region || !b.title) return undefined;
  const before = ctx.text.slice(Math.max(0, at - 14), at);
  const regionShort = region.replace(/(?:回族自治区|壮族自治区|维吾尔自治区|自治区|省|市|州|盟|县|区|旗)$/, '');
  const named = [region, regionShort].some((r) => r.length >= 2 && (before.includes(r) || normTitle(title).startsWith(normTitle(r))));
  // The region's own 实施意见 is cited as 自治区人民政府《…》 or 《自治区人民政府关于…》.
  const selfNamed = (b.level === '自治区' || b.level === '省') && /自治区|自治區|省/.test(before + title.slice(0, 8));
  if (!named && !selfNamed) return undefined;
  // A misnamed document is wrong wherever it is cited (严格对照…《…》 as much as 根据《…》), unlike an
  // old document, which may be mentioned in passing.
  // A document of a place within the region (利通区金积镇…方案 under 利通区) is that place's, not the region's.
  if (new RegExp(`${normTitle(region)}[\\u4e00-\\u9fff]{1,5}(?:镇|乡|街道|区|县|旗|苏木)`).test(normTitle(title))) return undefined;
  // So is a title opening with another place's name (《彭阳县关于加强数字政府建设的实施方案（征求意见稿）》, the draft itself named in the mail
  // that forwards it): not the region's, whatever the words before it name.
  const opening = PLACE_OPENING.exec(normTitle(title))?.[1];
  if (opening && !SELF_PLACE.test(opening) && !normTitle(region).startsWith(opening)) return undefined;
  const mine = coreTitle(b.title, region);
  const theirs = coreTitle(title, region);
  if (!mine || !theirs || mine === theirs || mine.endsWith(theirs) || theirs.endsWith(mine)) return undefined;
  if (bigramSimilarity(mine, theirs) < 0.5) return undefined;
  // A document of another kind (a 条例, 办法, 规划, or a 行动计划 cited beside the 工作要点) is another
  // document, not a misnamed one; a 工作方案 for the 实施方案 is the same kind, misnamed. The kind is
  // the title's last word, after any period or 试行 in brackets: 行动计划（2020年—2022年）.
  const kind = (t: string) => /(条例|办法|规定|规划|纲要|决定|通知|细则|计划|要点|方案|意见|指南|标准)$/.exec(t.replace(/[（(][^）)]*[）)]$/, ''))?.[1];
  // Only the kind's own words differing (2020年“数字政府”建设实施方案 for …建设工作要点) is the same document misnamed.
  const stem = (t: string) => t.replace(/[（(][^）)]*[）)]$/, '').replace(/(?:工作|实施|行动|建设)?(?:条例|办法|规定|规划|纲要|决定|通知|细则|计划|要点|方案|意见|指南|标准)$/, '');
  if (kind(mine) !== kind(theirs) && (stem(mine) !== stem(theirs) || stem(mine).length < 8)) return undefined;
  // Suggest the title as the draft writes it: with the issuer inside 《》 only if the draft put it there.
  const withIssuer = named && normTitle(title).startsWith(normTitle(regionShort || region));
  const bare = b.title.replace(new RegExp(`^${region}(?:人民政府)?`), '');
  return { issuer: selfNamed && !named ? '自治区（省）' : region, title: withIssuer || b.level === '自治区' || b.level === '省' ? b.title : bare };
}

/** A title's opening place name, before what its document does (彭阳县关于…, 银川市数字政府…, 宁夏回族自治区2020年…). */
const PLACE_OPENING = /^([\u4e00-\u9fff]{2,6}?(?:县|区|市|旗))(?=关于|人民政府|政府|数字政府|加强|推进|[0-9“])/;
/** The region naming itself (自治区人民政府关于…, 全区…). */
const SELF_PLACE = /^(?:自治区|全区|本区|全市|本市)$/;

/** What may stand between a place's name and the 《 of its document: its government, office or Party committee. */
const ISSUER_AFTER_PLACE = /^(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府办|政府|委员会|党委|委)?(?:关于)?$/;

/**
 * The place of the region whose document a citation is, when it is neither the draft's own place nor the city above it:
 * named just before 《 (吴忠市人民政府《关于加强数字政府建设的实施方案》) or opening the title (《吴忠市数字政府建设实施方案》),
 * in a draft whose own place (中宁县, from its title) the region's places list.
 */
function otherPlaceDocument(ctx: RuleContext, c: { start: number; title: string }): { place: string; own: string; ownCity: string; counties: string[] } | undefined {
  const places = ctx.prepared.baseline.places;
  const own = ctx.place;
  const home = homeOf(places, own);
  if (!places || !own || !home) return undefined;
  const before = ctx.text.slice(Math.max(0, c.start - 16), c.start).replace(/[\s\u3000]+$/, '');
  const title = normTitle(c.title);
  for (const p of places) {
    for (const name of [p.city, ...p.counties]) {
      const at = before.lastIndexOf(name);
      const named = (at >= 0 && ISSUER_AFTER_PLACE.test(before.slice(at + name.length))) || title.startsWith(name);
      if (!named || name === own || name === home.city) continue;
      // A county of the draft's own city, in a city's plan, is the city's own place.
      if (own === home.city && home.counties.includes(name)) continue;
      return { place: name, own, ownCity: home.city, counties: home.counties };
    }
  }
  return undefined;
}

/** A document's titles as they may be cited: its own, and for a notice that issues a plan, the plan's. */
function titlesOf(title: string): string[] {
  const t = normTitle(title);
  const issued = issuedTitle(t);
  return issued ? [t, issued] : [t];
}

/**
 * basis-mismatch (error): 《自治区人民政府关于加强数字政府建设的实施意见》 cited with a wrong 文号
 * (宁政发〔2023〕71号), the right 文号 with a wrong title, or a superseded document cited as
 * the basis (宁政办发〔2020〕14号 for a 2023 plan).
 */
export const basisMismatch: Rule = {
  id: 'basis-mismatch',
  defaultSeverity: 'error',
  shortDescription: '依据文件的文号或标题有误',
  fullDescription: '引用的上级文件文号与标题不一致，或引用了已被取代的旧文件作为依据。请按上级文件原文核对文号和标题。',
  check(ctx) {
    const out: RuleFinding[] = [];
    const b = ctx.prepared.baseline;
    const known = [{ docNumber: b.docNumber, title: b.title }, ...b.cites].map((k) => ({ ...k, titles: titlesOf(k.title) }));
    /** The title of the plan the draft's notice issues, read when first needed. */
    let ownTitle: string | undefined;
    for (const c of ctx.citations) {
      const title = normTitle(c.title);
      const no = c.docNumber ? normNo(c.docNumber) : undefined;
      // A superseded document, by its 文号, or by its title alone (《宁夏回族自治区2020年“数字政府”建设工作要点》确定的…要求).
      const old = no
        ? b.supersedes.find((s) => normNo(s.docNumber) === no)
        : b.supersedes.find((s) => { const t = normTitle(s.title); return t.length >= 8 && (title === t || title.endsWith(t)); });
      if (old && (c.docNumberSpan || !no) && !c.explanation && citedAsBasis(ctx, c.start)) {
        const cited = c.docNumber ? `《${c.title}》（${c.docNumber}）` : `《${c.title}》（${old.docNumber}）`;
        out.push({
          start: c.start, end: c.end,
          message: `引用的${cited}已过时${old.note ? `（${old.note}）` : ''}。现行依据为《${b.title}》（${b.docNumber}），请改为引用现行文件。`,
          related: [{ quote: `现行依据：《${b.title}》（${b.docNumber}），${b.date} 印发。` }],
          fixes: [{ title: `改为《${b.title}》（${b.docNumber}）`, edits: [{ span: c, newText: `《${b.title}》（${b.docNumber}）` }] }],
        });
        continue;
      }
      // A document whose title gives a period over before the draft's year (《数字广西建设三年行动计划（2018—2020年）》 in a
      // 2023 plan), cited as the basis: its term has run out.
      const expired = EXPIRED_PERIOD.exec(c.title);
      const draftYear = ctx.planYear ?? ctx.documentYear;
      if (expired && draftYear !== undefined && Number(expired[2]) < draftYear && Number(expired[2]) >= Number(expired[1]) && !c.explanation && citedAsBasis(ctx, c.start)) {
        out.push({
          start: c.titleSpan.start, end: c.titleSpan.end,
          severity: 'warning',
          message: `所引《${c.title}》的实施期为${expired[1]}—${expired[2]}年，已于${expired[2]}年到期，不宜再作为本方案的依据。请改为引用现行文件；如仅为回顾，请不要与现行依据并列。`,
          related: [{ quote: `现行依据：《${b.title}》${b.docNumber ? `（${b.docNumber}）` : ''}` }],
          fixes: [],
        });
        continue;
      }
      // Another city's (or county's) document as the basis of a county's plan: a slip of a plan copied from a neighbour.
      const foreign = !c.explanation ? otherPlaceDocument(ctx, c) : undefined;
      if (foreign && citedAsBasis(ctx, c.start)) {
        out.push({
          start: c.start, end: c.end,
          message: `所引《${c.title}》是${foreign.place}的文件，而${foreign.own}${foreign.ownCity !== foreign.own ? `属${foreign.ownCity}` : ''}，不应以其作为本方案的依据。请核实是否套用了其他地方的方案；本方案的依据应为${foreign.ownCity}或上级的相应文件。`,
          related: [{ quote: `${foreign.ownCity}所辖：${foreign.counties.join('、')}。` }],
          fixes: [],
        });
        continue;
      }
      if (!c.docNumber) {
        // The plan's own title in the notice that issues it (关于印发《…》的通知, 现将《…》印发给你们, 《…》已经市人民政府同意，
        // 现印发给你们) cites nothing.
        if (/印发$/.test(ctx.text.slice(Math.max(0, c.start - 4), c.start)) || /^印发/.test(ctx.text.slice(c.end, c.end + 2))) continue;
        if ((ownTitle ??= issuedOwnTitle(ctx.text)) === normTitle(c.title)) continue;
        const wrong = misnamedOwnDocument(ctx, c.start, c.title);
        if (wrong) {
          out.push({
            start: c.titleSpan.start, end: c.titleSpan.end,
            message: `所引${wrong.issuer}文件的标题应为《${wrong.title}》，此处写作《${c.title}》。请按原文更正标题。`,
            related: [{ quote: `《${b.title}》${b.docNumber ? `（${b.docNumber}）` : ''}` }],
            fixes: [{ title: `改为《${wrong.title}》`, edits: [{ span: c.titleSpan, newText: wrong.title }], preferred: true }],
          });
          continue;
        }
      }
      for (const k of known) {
        // A plan compiled on the fly may have no 文号: only its title can be checked.
        if (!k.docNumber) continue;
        const kNo = normNo(k.docNumber);
        const kTitle = normTitle(k.title);
        // A short form (关于…实施意见) or the full region name before it (宁夏回族自治区人民政府…) is the same
        // title; so is a notice that issues the plan (…关于印发…实施方案的通知) and the plan it issues.
        const titleSame = titlesOf(c.title).some((a) => k.titles.some((t) => a === t || (t.endsWith(a) && a.length >= 8) || (a.endsWith(t) && t.length >= 8)));
        // A short title that is the end of the document's (自治区《实施意见》, 《指导意见》) is a short form of it: right
        // with its 文号, and that document misnumbered when the 文号 is of the same series and year with another
        // number (宁政发〔2023〕27号 for 宁政发〔2023〕17号), or the same number of another year (桂政发〔2021〕31号 for 〔2022〕31号).
        const shortForm = !titleSame && title.length >= 4 && title.length < 8 && kTitle.endsWith(title);
        const shortSame = shortForm && !!no && (sameSeries(no, kNo) || sameNumberOtherYear(no, kNo));
        if ((titleSame || shortSame) && no && no !== kNo && c.docNumberSpan) {
          out.push({
            start: c.docNumberSpan.start, end: c.docNumberSpan.end,
            message: `《${c.title}》的文号应为“${k.docNumber}”，此处写作“${c.docNumber}”。请核对后更正。`,
            related: [{ quote: `《${k.title}》（${k.docNumber}）` }],
            fixes: [{ title: `改为“${k.docNumber}”`, edits: [{ span: c.docNumberSpan, newText: k.docNumber }], preferred: true }],
          });
          break;
        }
        if (no && no === kNo && !titleSame && !shortForm) {
          const sim = bigramSimilarity(title, kTitle);
          if (sim >= 0.5) {
            out.push({
              start: c.titleSpan.start, end: c.titleSpan.end,
              message: `文号“${c.docNumber}”对应的文件标题为《${k.title}》，此处写作《${c.title}》。请按原文更正标题。`,
              related: [{ quote: `《${k.title}》（${k.docNumber}）` }],
              fixes: [{ title: `改为《${k.title}》`, edits: [{ span: c.titleSpan, newText: k.title }], preferred: true }],
            });
          } else if (c.docNumberSpan && /^[\s\u3000]*[（(]?[\s\u3000]*$/.test(ctx.text.slice(c.titleSpan.end + 1, c.docNumberSpan.start))) {
            // Another document given this one's 文号, right after its title (《数字宁夏“1244+N”行动计划实施方案》（宁政发〔2023〕17号）):
            // the 文号 is the known document's, so the cited one's is wrong; what it should be is not known here.
            out.push({
              start: c.docNumberSpan.start, end: c.docNumberSpan.end,
              message: `“${c.docNumber}”是《${k.title}》的文号，不是《${c.title}》的。请按原文核对《${c.title}》的文号。`,
              related: [{ quote: `《${k.title}》（${k.docNumber}）` }],
              fixes: [],
            });
          }
          break;
        }
      }
    }
    out.push(...misdatedCitations(ctx));
    out.push(...bracketHints(ctx, out));
    return out;
  },
};

/**
 * The normalised title of the plan the draft's opening notice issues (…关于印发吴忠市2024年数字政府建设工作推进方案的通知,
 * among its first lines); '' when it opens with none.
 */
function issuedOwnTitle(text: string): string {
  for (const line of text.slice(0, 300).split(/\r?\n|\r/)) {
    const issued = issuedTitle(line.replace(/[\s\u3000]+/g, ''));
    if (issued) return normTitle(issued);
  }
  return '';
}

/** A 文号's year in brackets other than 〔〕: [2023], ［2023］, 【2023】, ﹝2023﹞, （2023）. */
const NON_STANDARD_YEAR = /[\[［【﹝（(][\s\u3000]*[0-9０-９]{4}[\s\u3000]*[\]］】﹞）)]/;

/**
 * A hint for each cited 文号 whose year is not in 〔〕, as the national standard for official documents (GB/T 9704—2012)
 * writes it, with the standard form as its fix; not where a finding already points at that 文号.
 */
function bracketHints(ctx: RuleContext, found: RuleFinding[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const c of ctx.citations) {
    const span = c.docNumberSpan;
    if (!span || !c.docNumber || !NON_STANDARD_YEAR.test(c.docNumber)) continue;
    if (found.some((f) => f.start < span.end && span.start < f.end)) continue;
    const standard = normalizeDocNumber(c.docNumber);
    out.push({
      start: span.start, end: span.end, severity: 'hint',
      message: `文号“${c.docNumber}”中的年份应使用六角括号“〔〕”，写作“${standard}”。`,
      related: [],
      fixes: [{ title: `改为“${standard}”`, edits: [{ span, newText: standard }], preferred: true }],
    });
  }
  return out;
}

/** The baseline's document cited by its issuer, a date and its short name (自治区人民政府2022年5月印发的实施意见) (global). */
const DATED_CITATION = /(自治区人民政府|自治区政府|区政府|省人民政府|省政府)[ \t\u3000]*(20[0-9]{2})[ \t\u3000]*年(?:[ \t\u3000]*([0-9]{1,2})[ \t\u3000]*月)?(?:[ \t\u3000]*[0-9]{1,2}[ \t\u3000]*日)?[ \t\u3000]*(?:印发|印發|出台|发布|發布)的?[《“]?(实施意见|指导意见|实施方案|工作要点)/g;

/**
 * The baseline's own document cited by issuer and date (自治区人民政府2022年5月印发的实施意见) where the date is not its
 * issue date (2023-05-16): the year, or the month when given, is wrong.
 */
function misdatedCitations(ctx: RuleContext): RuleFinding[] {
  const b = ctx.prepared.baseline;
  const issued = /^(20[0-9]{2})-([0-9]{2})/.exec(b.date ?? '');
  if (!issued || !/人民政府|政府/.test(ctx.text) || !/印发|出台|发布|印發|發布/.test(ctx.text)) return [];
  const out: RuleFinding[] = [];
  for (const m of ctx.text.matchAll(DATED_CITATION)) {
    // Only the baseline's document: its title ends with the short name the citation uses.
    if (!b.title.endsWith(m[4]!)) continue;
    const year = Number(m[2]);
    const month = m[3] !== undefined ? Number(m[3]) : undefined;
    if (year === Number(issued[1]) && (month === undefined || month === Number(issued[2]))) continue;
    const start = m.index! + m[0].indexOf(m[2]!);
    const dateEnd = m.index! + m[0].search(/(?:印发|印發|出台|发布|發布)/);
    out.push({
      start, end: dateEnd,
      message: `所引${m[1]}${m[4]}（《${b.title}》${b.docNumber ? `，${b.docNumber}` : ''}）于${Number(issued[1])}年${Number(issued[2])}月印发，此处写作“${ctx.text.slice(start, dateEnd).trim()}”。请核对后更正。`,
      related: [{ quote: `《${b.title}》${b.docNumber ? `（${b.docNumber}）` : ''}，${b.date} 印发。` }],
      fixes: [],
    });
  }
  return out;
}
