// Facts about a regional document read from its own text, for `xianjie baseline build` without a
// manifest: title, 文号, date, level, region, and where its tasks are. Pure text functions.
import { foldForMatching } from '../text/fold';
import { cnNumber } from '../text/numerals';
import type { Level } from './schema';
import { classifyColumns } from './tables';

export interface DocumentFacts {
  title?: string;
  docNumber?: string;
  /** YYYY-MM-DD */
  date?: string;
  level?: Level;
  region?: string;
}

/** 二〇二三 → 2023; 十二 → 12; 三十一 → 31 (digits as they are). */
function cnDigits(s: string, isYear: boolean): number {
  if (/^[0-9０-９]+$/.test(s)) return parseInt(foldForMatching(s), 10);
  return cnNumber(s, isYear);
}

const NUM = '[0-9０-９〇零一二三四五六七八九十]';
const DATE_LINE = new RegExp(`^[\\s\\u3000]*(${NUM}{4})\\s*年\\s*(${NUM}{1,2})\\s*月\\s*(${NUM}{1,3})\\s*日[\\s\\u3000]*$`);
const DOC_NUMBER_LINE = /^[\s\u3000]*[（(]?([\u4e00-\u9fff]{1,10}[〔\[［][0-9]{4}[〕\]］][0-9]{1,4}[号號])[）)]?[\s\u3000]*$/;
const TITLE_WORDS = /意见|意見|方案|要点|要點|规划|規劃|计划|計劃|办法|辦法|措施|通知|台账|臺賬/;

/** A district's or banner's name heading a title: two or three characters and 区 or 旗 (红寺堡区, 鄂托克旗). */
const OWN_DISTRICT = /^([\u4e00-\u9fff]{2,3}?[区旗])(?![域划])(?![\u4e00-\u9fff]{1,4}?(?:镇|鎮|乡|鄉|街道|苏木))/;
/** A notice that sends out the document it names in 《》 (印发, 转发, 下发, or its closing 的通知). */
const SENDS_OUT = /(?:印发|印發|转发|轉發|下发|下發|颁布|頒布)\s*《|》\s*的?通知$/;
/** Names of kinds of area, not of places: 示范区, 开发区, 自治区, 工业园区, 保护区, 先行区, 风景区 … */
const AREA_KIND = /(?:示范|开发|自治|园|新|城|景|片|辖|社|试验|实验|先行|功能|保护|集聚|合作|起步|核心|重点|工业|产业|经济|高新|保税|综合|服务|管理|责任|行政)[区旗]$/;

/** Reads title, 文号, date, level and region from the document; absent facts stay undefined. */
export function inferDocumentFacts(text: string): DocumentFacts {
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.replace(/^#{1,6}\s+/, '').trim());
  const facts: DocumentFacts = {};
  const head = lines.slice(0, 40);
  for (const l of head) {
    const m = DOC_NUMBER_LINE.exec(l);
    if (m) {
      facts.docNumber = m[1]!.replace(/[\[［]/, '〔').replace(/[\]］]/, '〕');
      break;
    }
  }
  const dateOf = (l: string): string | undefined => {
    const m = DATE_LINE.exec(l);
    if (!m) return undefined;
    const y = cnDigits(m[1]!, true);
    const mo = cnDigits(m[2]!, false);
    const d = cnDigits(m[3]!, false);
    if (!(y > 1949 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return undefined;
    return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  };
  for (const l of [...head, ...lines.slice(-40).reverse()]) {
    const d = dateOf(l);
    if (d) {
      facts.date = d;
      break;
    }
  }
  for (const l of lines.slice(0, 12)) {
    if (!l || l.length > 80 || /[。；]/.test(l) || !TITLE_WORDS.test(l)) continue;
    // The plan a notice sends out (关于印发《X》的通知); not a document the title only names (盐池县贯彻落实《X》对照表).
    const inner = /《([^》]+)》/.exec(l);
    facts.title = (inner && (SENDS_OUT.test(l) || !l.replace(inner[0], '').replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')) ? inner[1]! : l).replace(/[\s\u3000]+/g, '');
    break;
  }
  const probe = foldForMatching(`${facts.title ?? ''}${lines.slice(0, 6).join('')}`);
  const title = foldForMatching(facts.title ?? '');
  const region = /([\u4e00-\u9fff]{2,8}?(?:自治区|省|市|县))/.exec(title);
  if (region) facts.region = region[1]!;
  facts.level = /自治区/.test(probe) ? '自治区' : /省/.test(probe) ? '省' : /市/.test(probe) ? '市' : /县/.test(probe) ? '县' : undefined;
  // A district or county named after its city (吴忠市利通区, 银川市金凤区): the document is the district's.
  const district = region && /^([\u4e00-\u9fff]{2,3}?(?:区|县|旗))(?!域)/.exec(title.slice(region.index + region[0].length));
  if (district && /市$/.test(region[1]!)) {
    facts.region = district[1]!;
    facts.level = '县';
  }
  // A district or banner named alone at the title's head (红寺堡区2024年数字政府建设实施方案, 利通区关于…): the document is
  // its own; not a kind of area (示范区, 开发区, 自治区).
  const own = region ? undefined : OWN_DISTRICT.exec(title);
  if (own && !AREA_KIND.test(own[1]!)) {
    facts.region = own[1]!;
    facts.level = '县';
  }
  return facts;
}

/**
 * The title of the plan a notice sends out (…关于印发《X》的通知, …关于印发X的通知 → X), or undefined when
 * the title is not such a notice.
 */
export function issuedTitle(title: string): string | undefined {
  const issued = /关于印发《?(.+?)》?的通知$/.exec(title)?.[1];
  return issued && issued.length >= 6 ? issued : undefined;
}

const ANNOTATION_PROBE = /[（(]\s*(?:责任单位|牵头单位|責任單位|牽頭單位)\s*[：:]/;

/** True when measures in the body carry inline responsibility annotations. */
export function hasInlineAnnotations(text: string): boolean {
  return ANNOTATION_PROBE.test(text);
}

/** Level word that prefixes unit names for a level (自治区发展改革委, 省发展改革委, 市发展改革委). */
export function unitPrefixOf(level: Level | undefined): string {
  return level === '自治区' || level === '省' || level === '市' || level === '县' ? level : '';
}

/** True when the text holds a task-table header row (tab-separated or Markdown). */
export function hasTaskTable(text: string): boolean {
  return text.split(/\r\n|\r|\n/).some((l) => {
    const cells = l.includes('\t') ? l.split('\t') : l.trim().startsWith('|') ? l.trim().replace(/^\||\|$/g, '').split('|') : [];
    return cells.length >= 2 && classifyColumns(cells) !== undefined;
  });
}
