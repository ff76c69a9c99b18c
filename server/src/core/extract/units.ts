// Responsible-unit (责任单位) extraction: splits a unit cell into names with roles, distributes the
// level prefix (自治区发展改革委、公安厅 → 自治区公安厅) and recognises collective subjects.
import type { Level, TaskUnits } from '../baseline/schema';
import type { UnitRole } from '../types';

import { LEVEL_PREFIX } from './unitNames';
import { EMPTY_CELL } from '../text/placeholders';
import { TABLE_MARK, TABLE_MARK_TEST, UNIT_LABELS } from '../text/labels';

export { parseUnitsFile, expandAliases, suggestUnits, splitLevelPrefix } from './unitNames';
export type { AliasEntry, AliasTable, UnitsFileResult } from './unitNames';

/** One unit mention in a cell; offsets are relative to the cell text. */
export interface UnitCellMention {
  start: number;
  end: number;
  /** Full name after prefix distribution (自治区公安厅 for 公安厅), or the collective as written. */
  name: string;
  role: UnitRole;
  collective: boolean;
  /** The body's other name, in brackets after its first (市政务服务和大数据管理局（市行政审批局）). */
  otherName?: boolean;
  /** Written without the level a legend says the names leave out (发改局 under 省略“市”字): its name has it. */
  levelOmitted?: boolean;
}

export interface ParsedUnitCell {
  units: TaskUnits;
  mentions: UnitCellMention[];
}

const OPEN = '[（(]';
const CLOSE = '[）)]';
const DEPT = '(?:部门|部門|单位|單位)';
/** What a collective's bracket may list as the kinds of body it takes in: 县直各部门（单位）, 镇直各单位（站所）, （单位、中心）. */
const BODY_KIND = '(?:单位|單位|部门|部門|站所|中心|机构|機構|企业|企業|院所)';
const DEPT_UNIT = `${DEPT}(?:${OPEN}${BODY_KIND}(?:[、，,]${BODY_KIND})*${CLOSE})?`;
const GOV = '(?:党委和人民政府|黨委和人民政府|人民政府|政府)';

/**
 * A development zone or park as the body its departments belong to (基地, 宁东基地, 园区, 开发区, 经开区, 高新区,
 * 新区, 综保区, 产业园, 管委会): 基地各部门（单位） is the zone's departments, as 县直各部门 is a county's.
 */
const ZONE = '(?:[\\u4e00-\\u9fff]{0,4}?(?:基地|园区|園區|开发区|開發區|经开区|經開區|高新区|高新區|新区|新區|综保区|綜保區|保税区|保稅區|产业园|產業園|工业园|工業園|试验区|試驗區|示范区|示範區|管委会|管委會)(?:直)?)';

/** Collective subjects, tried in order at the start of an item (sticky). */
const COLLECTIVE_PATTERNS: RegExp[] = [
  // 承担监管职责的自治区有关部门（单位）, 承担监管职责的区直有关部门, 县直承担监管职责的部门
  new RegExp(`(?:(?:省|市|州|区|區|县|縣|旗)(?:直|级|級))?(?:承担|承擔)[^，,；;、（）()]{1,20}?的(?:自治区|自治區|(?:省|市|州|区|區|县|縣|旗)(?:直|级|級)?)?(?:有关|相关|有關|相關|各)?${DEPT_UNIT}`, 'y'),
  // 各市、县（区）, 各市县（区）, 各市、县(区)人民政府
  new RegExp(`各市[、，]?(?:县|縣)${OPEN}(?:区|區)${CLOSE}${GOV}?`, 'y'),
  // 各县（市、区）人民政府
  new RegExp(`各(?:县|縣)${OPEN}(?:市)[、，](?:区|區)${CLOSE}${GOV}?`, 'y'),
  // 各市、县人民政府 (no brackets)
  new RegExp(`各市[、，]?(?:县|縣)${GOV}?`, 'y'),
  // 各地级市, 各设区市, 各省辖市, 各地市, 各地级以上市, 各市州, 各市（州）, 各乡镇人民政府, 各市人民政府, 各乡镇（街道）
  new RegExp(
    `各(?:地级以上市|地級以上市|地级市|地級市|设区市|設區市|设区的市|省辖市|省轄市|地市|市州|乡镇|鄉鎮|街道|市|县|縣|区|區)(?:${OPEN}(?:街道|区|區|州)${CLOSE})?${GOV}?`,
    'y',
  ),
  // Inner Mongolia: 各盟市行政公署、人民政府, 各盟行政公署、市人民政府, 各盟市; 各旗县（市、区）人民政府, 各旗县区;
  // 各苏木乡镇（街道）, 各嘎查村（社区）
  new RegExp(`各盟(?:市)?(?:行政公署)?(?:[、，](?:市)?${GOV})?`, 'y'),
  new RegExp(`各旗(?:县|縣)(?:${OPEN}(?:市)[、，](?:区|區)${CLOSE}|区|區)?${GOV}?`, 'y'),
  new RegExp(`各(?:苏木|蘇木)(?:乡镇|鄉鎮)(?:${OPEN}(?:街道)${CLOSE})?${GOV}?`, 'y'),
  new RegExp(`各嘎查村(?:${OPEN}(?:社区|社區)${CLOSE})?`, 'y'),
  // 各级各部门, 各地各部门
  new RegExp(`各(?:级|級|地)各${DEPT_UNIT}`, 'y'),
  // Some of the townships, not named: 有关乡镇人民政府, 相关街道办事处, 涉及的乡镇（街道）
  new RegExp(`(?:有关|相关|有關|相關|涉及的?|所属|所屬)(?:乡镇|鄉鎮|街道|镇|鎮|乡|鄉)(?:${OPEN}(?:街道|镇|鎮)${CLOSE})?(?:${GOV}|办事处|辦事處)?`, 'y'),
  // 自治区有关部门（单位）, 自治区各部门（单位）, 市直各部门（单位）, 自治區各有關單位, 有关部门, 相关单位, 区有关部门,
  // 区直各监管部门, 各行业主管部门; a zone's own: 基地各部门（单位）, 园区有关部门, 开发区各部门
  new RegExp(
    `(?:自治区|自治區|(?:省|市|州|区|區|县|縣|旗|镇|鎮|乡|鄉|街道)(?:直|级|級)|${ZONE}|市|县|縣|区|區|旗)?(?:各有关|各有關|各相关|各相關|有关|相关|有關|相關|其他|各)(?:监管|監管|执法|執法|行政执法|行政執法|行业主管|行業主管|主管|职能|職能|业务|業務)?${DEPT_UNIT}`,
    'y',
  ),
  // The bodies a list elsewhere names: 附件所列各牵头部门, 清单中所列责任单位, 表中所列各单位.
  new RegExp(`(?:附件|附表|表中|清单中?|上表|下表)[0-9０-９一二三四五六七八九十]?所列(?:的)?(?:各)?(?:牵头|牽頭|责任|責任|配合|相关|相關|有关|有關)?${DEPT_UNIT}`, 'y'),
  // A 街道's or 乡镇's own offices as a whole: 街道各办（中心、队）, 镇各站所, 各办（所）.
  new RegExp(`(?:街道|镇|鎮|乡|鄉)?各(?:办|辦|站所|站|所|中心|队|隊)(?:${OPEN}[^（）()\\n]{1,12}${CLOSE})?`, 'y'),
  // A department's own sections and units as a whole: 局机关各股室, 局属各单位, 委机关各处室, 中心各科室, 各股室.
  new RegExp(
    `(?:(?:局|委|中心|办|辦|厅|廳)(?:机关|機關|属|屬|内|內)(?:各有关|各相关|各|有关|相关)(?:单位|單位|部门|部門)|(?:(?:局|委|中心|办|辦|厅|廳)(?:机关|機關|属|屬|内|內)?)?(?:各有关|各相关|各|有关|相关)(?:股室|科室|处室|處室|内设机构|內設機構|直属单位|直屬單位|下属单位|下屬單位))(?:${OPEN}(?:单位|單位|中心)${CLOSE})?`,
    'y',
  ),
];

/** A word of place before 各 (辖区各…, 区内各…, 驻县各…, 镇属各…): the 各… after it is a collective. */
const EACH_IN_PLACE = /^(?:辖区内?|轄區內?|[区區县縣市镇鎮乡鄉]内|[区區县縣市镇鎮乡鄉]內|[区區县縣市镇鎮乡鄉](?:属|屬|直)|本地|当地|當地|驻[区县市镇乡]|駐[區縣市鎮鄉])各/;

/**
 * A kind of body named as a group rather than a body by its name: enterprises, financial or medical
 * institutions, schools and universities (驻区高校, 科研院所), market players (驻基地重点企业, 县内规模以上工业企业, 辖区金融机构), people by their post (专职网格员,
 * 数据专员, 志愿者, 居民), or the bodies
 * stationed in a place (驻基地各单位, 驻村工作队), or the members of a coordinating body (领导小组各成员单位), or a
 * company by its registered name (红寺堡区城市建设投资开发有限公司, 数字宁夏建设运营有限公司), or every township's or village's centre
 * of a kind, named by the level (乡镇便民服务中心, 村（社区）便民服务站, 村级综合服务站). No registered body's name ends so.
 */
const KIND_GROUP = /(?:有限公司|有限责任公司|有限責任公司|高校|院校|科研院所|企业|企業|金融机构|金融機構|医疗机构|醫療機構|医疗卫生机构|醫療衛生機構|学校|學校|市场主体|市場主體|经营主体|經營主體|社会组织|社會組織|成员单位|成員單位|[^委]员|[^委]員|志愿者|志願者|居民|群众|群眾)$|^(?:驻|駐)[\u4e00-\u9fff]{1,12}(?:单位|單位|机构|機構|部门|部門|工作队|工作隊)$|^(?:乡镇|鄉鎮|乡镇（街道）|鄉鎮（街道）|镇（街道）|鎮（街道）|村（社区）|村（社區）|村级|村級)[\u4e00-\u9fff]{2,10}(?:中心|站|室|所|院)$/;

/** Suffix after a group of names: 等, 等部门（单位）, 等有关部门（单位）. */
const ETC_SUFFIX = new RegExp(`等(?:有关|相关|有關|相關|其他)?(?:行业主管|行業主管|行业|行業|主管)?(?:${DEPT_UNIT})?`, 'y');
/**
 * Filler words before a role verb: 按照职能, 根据职能要求, 按職責分工; or standing for one: 按职责分工落实, 按职责推进,
 * 按职责分工抓好落实 (the names before it carry the work out).
 */
const FILLER = /(?:按照|根据|根據|按)(?:职能|職能|职责|職責)(?:要求|分工)?(?:(?:抓好|做好)?(?:落实|落實)|推进|推進|实施|實施)?|(?:接受|在|由|会同|會同|对接|對接)(?=自治区|自治區|国家|國家|省|[市县縣区區])|下(?:实施|實施|开展|開展|推进|推進|进行|進行)?(?=$|[，,、；;。\s])/y;
// (Also the words around a higher body's guidance: 接受自治区公安厅业务指导, 在自治区公安厅指导下实施.)
/** A field's label whose colon was left out, before the body it names (责任单位区委政法委牵头, 牵头单位县大数据服务中心). */
const LABEL_WITHOUT_COLON = new RegExp(`(?:${UNIT_LABELS})(?=[自区區市县縣省国國中各])`, 'y');
/** Role verbs ending a group (具体承担, 具体实施, 具体落实 and 具体执行 too); the first capturing alternative that matches decides the role. */
const ROLE_VERB =
  /(?:(?:负责|負責)?(?:技术|技術|业务|業務|工作)?(?:指导|指導|督导|督導))|(?:(?:分别|分別|共同)?(?:牵头|牽頭)(?:负责|負責)?)|(?:(?:负责|負責)?(?:统筹|統籌)(?:协调|協調|推进|推進)?)|(?:(?:具体|具體|分别|分別|共同)?(?:负责|負責))|(?:(?:具体|具體)(?:承担|承擔|实施|實施|落实|落實|执行|執行))|(?:配合|参与|參與|协助|協助|参加|參加|协办|協辦|督办|督辦)|(?:主办|主辦)|(?:(?:先行|率先)(?:试点|試點|先试|先試)|(?:试点|試點)先行|(?:开展|開展)(?:试点|試點))/y;

/**
 * Support given by a body named in full before it (宁夏通信管理局支持, 自治区通信管理局技术支撑, 县财政局给予支持): a role, as 配合
 * is; read only after a name that ends as a body's does, since names hold the words (县信息技术支持中心).
 */
const SUPPORT_VERB = /(?:技术|技術|业务|業務)?(?:给予|給予)?(?:支持|支撐|支撑)(?:配合)?/y;

const SEPARATORS = new Set(['、', '，', ',', '；', ';', '：', ':', '。', '/', '／', ' ', '\t', '\u3000', '\n', '\r']);
/** Bodies that carry their own name and never take the distributed prefix. */
const OWN_NAME = /^(?:宁夏|寧夏|广西|廣西|国家|國家|国务院|國務院|中国|中國|中共|中央|全国|全國|[\u4e00-\u9fff]{2,4}?(?:市|县|縣|区|區|州|盟|旗)(?![场場]))/;
/** Party organs that exist only under the party committee: 宣传部 after 自治区党委组织部 is 自治区党委宣传部. */
const PARTY_ORGANS = new Set([
  '宣传部', '组织部', '统战部', '政法委', '编办', '网信办', '国安办', '保密办', '党校', '老干部局', '党史研究室',
  '宣傳部', '組織部', '統戰部', '編辦', '網信辦', '國安辦', '保密辦', '黨校', '黨史研究室',
]);
/** After a conjunction 和/及, these starts mean a new unit begins (工业和信息化厅 stays whole). */
const NEW_UNIT_START = /^(?:各|自治区|自治區|宁夏|寧夏|广西|廣西|国家|國家|省|市(?![场場])|县|縣|有关|相关|有關|相關|承担|承擔|[\u4e00-\u9fff]{2,3}(?:市|县|縣))/;

function roleOfVerb(verb: string): UnitRole {
  // Guidance (负责技术指导, 业务指导) is help from outside, like cooperation.
  if (/指导|指導|督导|督導/.test(verb)) return 'cooperating';
  if (/牵头|牽頭|统筹|統籌|主办|主辦/.test(verb)) return 'lead';
  // A body that pilots the work first (城关镇人民政府先行试点) carries it out there.
  if (/负责|負責|试点|試點|先试|先試|承担|承擔|实施|實施|落实|落實|执行|執行/.test(verb)) return 'responsible';
  return 'cooperating';
}

function matchSticky(re: RegExp, text: string, pos: number): string | undefined {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m ? m[0] : undefined;
}

function matchCollective(text: string, pos: number): string | undefined {
  for (const re of COLLECTIVE_PATTERNS) {
    const m = matchSticky(re, text, pos);
    if (m) return m;
  }
  return undefined;
}

/** A field's departments after a collective of places: 人社部门, 大数据主管部门, 教育行政部门. */
const FIELD_DEPARTMENTS = /[\u4e00-\u9fff]{1,8}?(?:主管部门|主管部門|行政部门|行政部門|部门|部門)(?=$|[、，,；;。）)\s])/y;

/** True when the 和/及 at `index` joins two units rather than being part of a name. */
function conjunctionSplits(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 2), index);
  if (/[）)]$|部门$|单位$|部門$|單位$/.test(before)) return true;
  // A body's name, then a district's, a banner's or a town's body (市交通运输局及沙坡头区人民政府).
  if (BODY_END.test(before) && PLACE_BODY_START.test(text.slice(index + 1, index + 8))) return true;
  return NEW_UNIT_START.test(text.slice(index + 1, index + 8));
}
/** The end of a body's name before a conjunction (…局, …委, …中心, …政府). */
const BODY_END = /(?:局|委|办|辦|厅|廳|中心|政府|院|会|會|队|隊|站|所|馆|館)$/;
/** A district's, a banner's or a town's name opening a body's (沙坡头区人民政府, 城关镇人民政府). */
const PLACE_BODY_START = /^[\u4e00-\u9fff]{2,4}(?:区|區|旗|镇|鎮|乡|鄉|街道)/;

/** Reads one unit name starting at `pos`; returns its end (exclusive, before any suffix or verb). */
function readName(text: string, pos: number): number {
  let depth = 0;
  let j = pos;
  while (j < text.length) {
    const c = text[j]!;
    // A role in brackets after the name (自治区大数据局（指导）) ends it.
    if ((c === '（' || c === '(') && depth === 0 && j > pos && (matchSticky(BRACKET_ROLE, text, j) || matchSticky(OTHER_NAME, text, j))) break;
    if (c === '（' || c === '(') depth++;
    else if (c === '）' || c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      if (SEPARATORS.has(c)) break;
      if (j > pos) {
        if (c === '等') break;
        if ((c === '和' || c === '及') && conjunctionSplits(text, j)) break;
        if (matchSticky(ROLE_VERB, text, j) || matchSticky(FILLER, text, j)) break;
        if (matchSticky(SUPPORT_VERB, text, j) && UNIT_NAME_END.test(text.slice(pos, j))) break;
      }
    }
    j++;
  }
  return j;
}

interface PendingItem {
  start: number;
  end: number;
  name: string;
  collective: boolean;
  /** A role written in brackets after this name alone (县财政局（配合）). */
  role?: UnitRole;
  /** The other name of the body before it, written in brackets. */
  otherName?: boolean;
  /** Given the level a legend says the names leave out (see ParseUnitCellOptions.omittedLevel). */
  levelOmitted?: boolean;
}

/**
 * A body's other name in brackets right after its first (一个机构两块牌子: 市政务服务和大数据管理局（市行政审批局）,
 * 市委网信办（市互联网信息办公室）): a level prefix, then a name that ends as a body's does.
 */
const OTHER_NAME = /[（(]((?:自治区|自治區|省|市|县|縣|区|區|旗|中共)[\u4e00-\u9fff]{2,20}?(?:局|委|办|辦|中心|厅|廳|院|馆|館|室|处|處|会|會|部|所|站|队|隊))[）)]/y;

/**
 * A post or a person in brackets right after a name (市大数据管理服务局（局长）, （杨帆局长）, （分管副局长）, （主要负责同志））:
 * who answers for the body, not a body.
 */
const POST_NOTE = /[（(][^（）()，,、；;：:\n]{0,8}?(?:局长|主任|书记|書記|市长|市長|县长|縣長|区长|區長|旗长|旗長|部长|部長|处长|處長|科长|科長|秘书长|秘書長|组长|組長|负责人|負責人|负责同志|負責同志|分管领导|分管領導|主要领导|主要領導|召集人|联络员|聯絡員)[）)]/y;

/** A short form defined right after a name (永宁县审批服务管理局（以下简称县审批局））: the legend learns it; no body of its own. */
const DEFINITION_NOTE = /[（(](?:以下简称|以下称|下称|简称)[:：]?[“"「]?[\u4e00-\u9fff]{2,12}[”"」]?[）)]/y;

/** A body's abbreviation in Latin letters right after its name (市城运中心（IOC）, 宁夏数字证书认证中心（NXCA））. */
const ABBREVIATION_NOTE = /[（(][ \t]*[A-Za-z][A-Za-z0-9&.\-]{1,11}[ \t]*[）)]/y;

/**
 * Who builds or runs the work for a body, in brackets after its name (区政府办公室（承建：中国电信股份有限公司吴忠分公司）,
 * （技术支撑：数字宁夏建设运营有限公司）): the contractor of a project list's owner, no body of the plan's own.
 */
const CONTRACTOR_NOTE = /[（(]\s*(?:承建|代建|建设|建設|施工|运维|運維|运营|運營|技术支撑|技術支撐|技术支持|技術支持)(?:单位|單位|方)?\s*[：:][^（）()\n]{1,60}[）)]/y;

/**
 * A body's former name in brackets after its present one (市数据局（原市大数据服务中心）, （原名：…）, （更名前为…）): what the body
 * was called before a reform, no body of the plan's now.
 */
const FORMER_NAME_NOTE = /[（(]\s*(?:原名|原称|原为|原|更名前为|前身为|前身是)\s*[：:]?[^（）()\n]{2,30}[）)]/y;

/**
 * A bracket right after a name that names no body: a post (POST_NOTE), a defined short form (DEFINITION_NOTE), an
 * abbreviation in Latin letters (ABBREVIATION_NOTE), a contractor (CONTRACTOR_NOTE) or a former name (FORMER_NAME_NOTE).
 */
function bracketNote(raw: string, pos: number): string | undefined {
  return matchSticky(POST_NOTE, raw, pos) ?? matchSticky(DEFINITION_NOTE, raw, pos) ?? matchSticky(ABBREVIATION_NOTE, raw, pos) ?? matchSticky(CONTRACTOR_NOTE, raw, pos) ?? matchSticky(FORMER_NAME_NOTE, raw, pos) ?? matchSticky(DUTY_NOTE, raw, pos) ?? matchSticky(DIVISION_NOTE, raw, pos);
}

/** How the bodies before it share the work, in brackets (区委网信办（按职责分工负责）, …（按职责分别负责））: no body. */
const DUTY_NOTE = /[（(](?:按照|按|根据|依据)?(?:职责|職責|职能|職能)(?:分工)?(?:分别|分別)?(?:负责|負責|落实|落實|推进|推進|抓好落实|抓好落實)[）)]/y;
/** The division inside the body before it that does the work (区公安分局（网安大队）, 县财政局（国库股））: that body's. */
const DIVISION_NOTE = /[（(][\u4e00-\u9fff]{1,8}?(?:股|科|大队|大隊|中队|中隊|分队|分隊|支队|支隊|派出所|组|組)[）)]/y;

/**
 * A role in brackets right after a name: （牵头）, （配合）, （指导）, （负责技术指导）, （牵头单位）; as the handling of
 * proposals writes them, （主办） and （会办）, （协办）.
 */
const BRACKET_ROLE = /[（(]\s*((?:负责|負責)?(?:技术|技術|业务|業務)?(?:指导|指導|督导|督導)|(?:共同|分别|分別)?(?:牵头|牽頭)(?:负责|負責)?|配合|参与|參與|协助|協助|负责|負責|具体负责|具體負責|主办|主辦|会办|會辦|协办|協辦)\s*(?:单位|單位)?\s*[）)]/y;

/**
 * The registry's name for `written` with a prefix of `previous` (the name before it in a list) put before it, trying
 * the longest prefix first; undefined when none is known. The prefix leaves at least two characters of `previous`.
 */
function sharedPrefixName(previous: string, written: string, isKnown: (name: string) => boolean): string | undefined {
  for (let k = previous.length - 2; k >= 2; k--) {
    const full = previous.slice(0, k) + written;
    if (isKnown(full)) return full;
  }
  return undefined;
}

/** Resolves a written name against the distributed prefix; returns the full name and the new prefix. */
function resolveName(written: string, carried: string): { name: string; carried: string } {
  const own = LEVEL_PREFIX.exec(written);
  if (own) return { name: written, carried: own[0] };
  if (OWN_NAME.test(written) || carried === '') return { name: written, carried };
  if (PARTY_ORGANS.has(written)) {
    // City and county party committees are written 市委 / 县委 (市委宣传部), the region's 自治区党委.
    if (/^[市县縣区區]$/.test(carried)) return { name: `${carried}委${written}`, carried };
    const traditional = carried === '自治區' || /[辦傳組織統戰編網國]/.test(written);
    return { name: `${carried}${traditional ? '黨委' : '党委'}${written}`, carried };
  }
  return { name: `${carried}${written}`, carried };
}

/**
 * Parses a 责任单位 cell such as
 * `自治区党委国安办牵头负责, 自治区党委网信办, 发展改革委、公安厅等部门(单位)配合`.
 * Names in a group take the role of the verb that closes the group (牵头 → lead, 负责 → responsible,
 * 配合/参与/指导 → cooperating); a group without a verb is 'unspecified' and counts as responsible.
 */
export interface ParseUnitCellOptions {
  /**
   * Names the registry holds (canonical names and aliases, any spelling the registry folds). A
   * registered name is read whole and never split or prefixed: 各乡镇人民政府 or 县大数据服务中心
   * listed in a units file stay as written.
   */
  isKnown?: (name: string) => boolean;
  /** Longest registered name, in characters (bounds the search). */
  maxKnownLength?: number;
  /** The document says the first-listed unit leads: an unmarked first unit becomes the lead. */
  firstListedLeads?: boolean;
  /**
   * Characters that mark a lead right after (or before) its name (县大数据服务中心★、县财政局): ★ and ☆ always, and the
   * mark a legend names (标▲的为牵头单位).
   */
  leadMarks?: string;
  /** The legend says the bodies without the mark cooperate (其余为配合单位). */
  othersCooperate?: boolean;
  /**
   * The level a legend says the bodies are written without (责任单位栏中省略“市”字): a name with no level of its own takes
   * it (发改局 → 市发改局), whatever body came before it in the list.
   */
  omittedLevel?: string;
}

/** Marks that stand for a lead wherever they follow a name: no body's name holds them. */
export const LEAD_MARKS = '★☆';

/** A bracket holding a body and its role: （自治区政府办公厅业务指导）, （县委网信办配合） (global). */
const GUIDANCE_NOTE = /[（(]([^（）()]{2,30}?(?:局|委|办|辦|厅|廳|中心|院|政府|部)(?:负责|負責)?(?:技术|技術|业务|業務)?(?:指导|指導|督导|督導|配合|参与|參與|协助|協助))[）)]/g;


/** Government suffixes a collective subject ends with; a one-character slip in one is a typo. */
const COLLECTIVE_SUFFIXES = ['人民政府', '办事处', '管委会', '委员会'];

/**
 * The intended spelling when a collective (各乡镇人民政俯) ends in a one-character slip of a
 * government suffix; undefined when it is spelled right or is not a slip of one.
 */
export function collectiveTypo(name: string): string | undefined {
  for (const suffix of COLLECTIVE_SUFFIXES) {
    if (name.length <= suffix.length + 1) continue;
    const tail = name.slice(-suffix.length);
    if (tail === suffix) return undefined;
    let diff = 0;
    for (let i = 0; i < suffix.length; i++) if (tail[i] !== suffix[i]) diff++;
    // Two of three characters (办事外) or three of four (人民政俯) agree, the first one included.
    if (diff === 1 && tail[0] === suffix[0]) return name.slice(0, -suffix.length) + suffix;
  }
  return undefined;
}

/** True when a name read at some position ends where a unit may end (a list separator, 等, a role verb). */
function atBoundary(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const c = text[end]!;
  if (SEPARATORS.has(c) || c === '等' || c === '和' || c === '及' || c === '（' || c === '(') return true;
  return matchSticky(ROLE_VERB, text, end) !== undefined || matchSticky(FILLER, text, end) !== undefined;
}

/** A circled number, ① to ⑳ or ㉑ to ㉟. */
const isCircledNumber = (c: number): boolean => (c >= 0x2460 && c <= 0x2473) || (c >= 0x3251 && c <= 0x325f);

/** The longest registered name starting at `pos` and ending at a boundary. */
function matchKnown(text: string, pos: number, options: ParseUnitCellOptions): number | undefined {
  const { isKnown } = options;
  if (!isKnown) return undefined;
  // A body's code in a circled number (①④⑲ names three bodies a legend defines): one character each.
  if (isCircledNumber(text.charCodeAt(pos)) && isKnown(text[pos]!)) return pos + 1;
  const max = Math.min(options.maxKnownLength ?? 30, text.length - pos);
  for (let len = max; len >= 2; len--) {
    const end = pos + len;
    if (!atBoundary(text, end)) continue;
    if (isKnown(text.slice(pos, end))) return end;
  }
  return undefined;
}

/**
 * Where a circled number a draft's legend of codes does not define ends (㉑ where the codes run ① to ⑳), so that it is
 * read as a code of its own and not with the codes after it; only when the draft names bodies by such codes at all.
 */
function undefinedCode(text: string, pos: number, options: ParseUnitCellOptions): number | undefined {
  if (!isCircledNumber(text.charCodeAt(pos)) || !options.isKnown) return undefined;
  return options.isKnown('①') || options.isKnown('②') ? pos + 1 : undefined;
}

export function parseUnitCell(raw: string, options: ParseUnitCellOptions = {}): ParsedUnitCell {
  const units: TaskUnits = { lead: [], responsible: [], cooperating: [], collectives: [] };
  const mentions: UnitCellMention[] = [];
  let pending: PendingItem[] = [];
  let carried = '';
  // A lead's mark (县大数据服务中心★) is read as a separator, and the names beside one as leads.
  const marks = options.leadMarks ?? LEAD_MARKS;
  const marked = new Set<number>();
  for (let i = 0; i < raw.length; i++) if (marks.includes(raw[i]!)) marked.add(i);
  if (marked.size) raw = raw.split('').map((c, i) => (marked.has(i) ? ' ' : c)).join('');
  const markedName = (item: PendingItem): boolean => marked.has(item.end) || marked.has(item.start - 1);

  const flush = (role: UnitRole): void => {
    // Places listed before one written with its government (永宁县、贺兰县、灵武市人民政府): each is that place's government.
    for (let i = pending.length - 2; i >= 0; i--) {
      const item = pending[i]!;
      const next = pending[i + 1]!;
      const gov = PLACE_GOVERNMENT.exec(next.name);
      if (gov && BARE_PLACE.test(item.name) && /^[、，,\s]*$/.test(raw.slice(item.end, next.start))) item.name = item.name + gov[2]!;
    }
    for (const item of pending) {
      // A bracketed role first (县财政局（配合））; then the mark; then, where the legend says so, the others cooperate.
      const itemRole = item.role ?? (marked.size && markedName(item) ? 'lead' : marked.size && options.othersCooperate && role === 'unspecified' ? 'cooperating' : role);
      const mention: UnitCellMention = { start: item.start, end: item.end, name: item.name, role: itemRole, collective: item.collective };
      if (item.otherName) mention.otherName = true;
      if (item.levelOmitted) mention.levelOmitted = true;
      mentions.push(mention);
      if (item.otherName) continue;
      const list = item.collective
        ? units.collectives
        : itemRole === 'lead'
          ? units.lead
          : itemRole === 'cooperating'
            ? units.cooperating
            : units.responsible;
      if (!list.includes(item.name)) list.push(item.name);
    }
    pending = [];
  };

  // An empty cell written as a dash or 无 names nobody.
  if (EMPTY_CELL.test(raw)) return { units, mentions };
  // A table's marks beside a body (县文旅局※4, ◎县机关事务中心, 县审批局★), which a note under the table explains, are no part
  // of its name: read as spaces (same length, so offsets hold).
  if (TABLE_MARK_TEST.test(raw)) raw = raw.replace(TABLE_MARK, (m) => ' '.repeat(m.length));
  // A body in brackets with its role (…具体负责（自治区政府办公厅业务指导）) is a group of its own, not a name's
  // other name: its brackets read as a separator (same length, so offsets hold).
  if (/[（(]/.test(raw)) raw = raw.replace(GUIDANCE_NOTE, (_m, inner: string) => `，${inner} `);
  let pos = 0;
  while (pos < raw.length) {
    const c = raw[pos]!;
    if (SEPARATORS.has(c) || ((c === '和' || c === '及') && pending.length > 0)) {
      pos++;
      continue;
    }
    // A body's other name in brackets: a mention of its own (a slip in it is reported), never a new unit.
    const other = pending.length && !pending[pending.length - 1]!.collective ? matchSticky(OTHER_NAME, raw, pos) : undefined;
    if (other) {
      const inner = /[（(](.*)[）)]/.exec(other)![1]!;
      pending.push({ start: pos + 1, end: pos + 1 + inner.length, name: inner, collective: false, otherName: true });
      pos += other.length;
      continue;
    }
    const post = pending.length ? bracketNote(raw, pos) : undefined;
    if (post) {
      pos += post.length;
      continue;
    }
    const bracketRole = pending.length ? matchSticky(BRACKET_ROLE, raw, pos) : undefined;
    if (bracketRole) {
      pending[pending.length - 1]!.role = roleOfVerb(bracketRole.replace(/[（()）\s]|单位|單位/g, ''));
      pos += bracketRole.length;
      continue;
    }
    const label = matchSticky(LABEL_WITHOUT_COLON, raw, pos);
    if (label) {
      pos += label.length;
      continue;
    }
    const last = pending[pending.length - 1];
    const verb = matchSticky(ROLE_VERB, raw, pos) ?? (last && !last.collective && UNIT_NAME_END.test(last.name) ? matchSticky(SUPPORT_VERB, raw, pos) : undefined);
    if (verb) {
      flush(roleOfVerb(verb));
      pos += verb.length;
      // The duty a role names (负责平台运维, 牵头推进), up to the next separator, is no body: a name read
      // there that does not end as a body's does (局, 中心, 政府 …) is skipped.
      const duty = readName(raw, pos);
      if (duty > pos && !UNIT_NAME_END.test(raw.slice(pos, duty)) && !SEPARATORS.has(raw[pos]!) && matchKnown(raw, pos, options) === undefined && !matchCollective(raw, pos) && raw[pos] !== '各') pos = duty;
      continue;
    }
    const filler = matchSticky(FILLER, raw, pos) ?? matchSticky(ETC_SUFFIX, raw, pos);
    if (filler) {
      pos += filler.length;
      continue;
    }
    // A name the registry holds is read whole: never split, never given a carried prefix.
    const knownEnd = matchKnown(raw, pos, options) ?? undefinedCode(raw, pos, options);
    if (knownEnd !== undefined) {
      const written = raw.slice(pos, knownEnd);
      const own = LEVEL_PREFIX.exec(written);
      if (own) carried = own[0];
      pending.push({ start: pos, end: knownEnd, name: written, collective: /^各/.test(written) });
      pos = knownEnd;
      continue;
    }
    const collective = matchCollective(raw, pos);
    // 各… after a word of place (辖区各银行业金融机构, 区内各医疗机构) is as collective as 各… alone.
    const each = raw[pos] === '各' || EACH_IN_PLACE.test(raw.slice(pos, pos + 5));
    const groupEnd = collective || each ? undefined : readName(raw, pos);
    if (groupEnd !== undefined && groupEnd > pos && KIND_GROUP.test(raw.slice(pos, groupEnd))) {
      pending.push({ start: pos, end: groupEnd, name: raw.slice(pos, groupEnd), collective: true });
      pos = groupEnd;
      continue;
    }
    if (collective || each) {
      // Every 各… subject is a collective, read to the end of the item (各街道办事处, 各区县人民政府,
      // 各村（社区）): the patterns above only fix where the 、-lists (各市、县（区）) end. A
      // collective ending in a slip of a government suffix (各乡镇人民政俯) is a unit to check.
      let end = Math.max(pos + (collective?.length ?? 0), each ? readName(raw, pos) : 0);
      // A field's departments in each place (各市、县（区）人社部门, 各县区大数据主管部门) are as collective as the places.
      const field = matchSticky(FIELD_DEPARTMENTS, raw, end);
      if (field) end += field.length;
      const name = raw.slice(pos, end);
      pending.push({ start: pos, end, name, collective: collectiveTypo(name) === undefined });
      pos = end;
      continue;
    }
    let end = readName(raw, pos);
    if (end === pos) {
      pos++;
      continue;
    }
    // A post or a defined short form in brackets read into the name (市数字办（主任）, …局（以下简称…）) is left after it.
    const bracket = Math.max(raw.lastIndexOf('（', end - 1), raw.lastIndexOf('(', end - 1));
    if (bracket > pos && bracketNote(raw, bracket)?.length === end - bracket) end = bracket;
    const written = raw.slice(pos, end);
    // 各 reaches over a 、-list of the same kind of body (各乡镇人民政府、街道办事处): a level's body named with no
    // place after a 各… subject is one of that collective, not a body of the carried level (区街道办事处).
    const before = pending[pending.length - 1];
    if (before?.collective && before.name.startsWith('各') && /^[、，,\s]*$/.test(raw.slice(before.end, pos)) && EACH_TAIL.test(written)) {
      pending.push({ start: pos, end, name: written, collective: true });
      pos = end;
      continue;
    }
    const levelOmitted = !!options.omittedLevel && !LEVEL_PREFIX.test(written);
    const resolved = resolveName(written, levelOmitted ? options.omittedLevel! : carried);
    // A name that would stand on its own (国家安全局) but that the registry knows only with the carried prefix
    // (市国家安全局, after 市发展改革委、…、公安局、) is that body.
    if (resolved.name === written && carried && options.isKnown && !options.isKnown(written) && options.isKnown(carried + written)) resolved.name = carried + written;
    // A place's own prefix carried over a list as a level's is (宁东基地投资促进局、数字化发展中心): a name the registry
    // knows only with the prefix of the name before it is that body. So is a name the carried level makes unknown but the
    // committee's prefix before it makes known (市委网信办、机要保密局: 市委机要保密局, not 市机要保密局).
    if (options.isKnown && !options.isKnown(written) && !options.isKnown(resolved.name) && before && !before.collective) {
      const full = sharedPrefixName(before.name, written, options.isKnown);
      if (full) resolved.name = full;
    }
    carried = resolved.carried;
    pending.push(levelOmitted && resolved.name !== written ? { start: pos, end, name: resolved.name, collective: false, levelOmitted } : { start: pos, end, name: resolved.name, collective: false });
    pos = end;
  }
  flush('unspecified');
  if (options.firstListedLeads) {
    // 排在第一位的为牵头单位: the first named unit leads unless a verb already said who leads.
    const first = mentions.find((m) => !m.collective);
    if (first && first.role === 'unspecified' && !mentions.some((m) => m.role === 'lead')) {
      first.role = 'lead';
      units.responsible = units.responsible.filter((n) => n !== first.name);
      if (!units.lead.includes(first.name)) units.lead.unshift(first.name);
    }
  }
  return { units, mentions };
}

/** A place's name alone (永宁县, 金凤区, 灵武市), as a list of places names it before their shared suffix. */
const BARE_PLACE = /^[\u4e00-\u9fff]{1,5}(?:县|縣|区|區|市|旗)$/;
/** A place with its government or zone's committee (灵武市人民政府, 贺兰县政府). Group 2: the suffix. */
const PLACE_GOVERNMENT = /^([\u4e00-\u9fff]{1,5}(?:县|縣|区|區|市|旗))(人民政府|政府|管委会|管委會)$/;

/** A level's bodies named without a place, as they follow a 各… subject in a list (街道办事处, 乡镇人民政府, 村（社区）). */
const EACH_TAIL = /^(?:乡镇|鄉鎮|街道|镇|鎮|乡|鄉|村|社区|社區|苏木|蘇木|嘎查)(?:[（(](?:街道|社区|社區|镇|鎮)[）)])?(?:人民政府|政府|办事处|辦事處|党委|黨委|党工委|黨工委|村委会|村委會|居委会|居委會|委员会|委員會)?$/;

/** The names of coordinating bodies a plan sets up itself: leading groups, their offices, task forces, headquarters. */
export const COORDINATING_BODY = /(?:领导小组|領導小組|领导小组办公室|領導小組辦公室|工作专班|工作專班|专班|專班|指挥部|指揮部)$/;
/** How the name of a body ends (局, 委, 办, 中心, 政府, 分局 …): a name that ends otherwise names no body. */
export const UNIT_NAME_END = /(?:局|委|办|辦|中心|厅|廳|院|馆|館|队|隊|站|所|部|会|會|处|處|公司|政府|管委会|管委會|分局|支队|大队|科|室|(?:供销|供銷|联|聯|合作|报|報|出版|通讯|通訊)社)$/;

/** Collective subjects that stand for every city or county of the region. */
const LOCAL_COLLECTIVE = /^各(?:市|县|縣|地级市|地級市|地级以上市|地級以上市|设区市|設區市|设区的市|省辖市|省轄市|地市|区|區|盟|旗)|^各(?:乡镇|鄉鎮|苏木|蘇木|嘎查)/;

/**
 * True when the task's units name the cities or counties generically (各市、县（区）, 各地级市,
 * 各县（市、区）, 各设区市 …): those are the tasks a local plan must take up. A task naming only
 * particular cities (银川市、中卫市) does not count.
 */
export function namesLocalLevel(units: TaskUnits): boolean {
  return units.collectives.some((c) => LOCAL_COLLECTIVE.test(c));
}

/** Administrative level of a unit name, from its prefix. */
export function levelOfUnit(name: string): Level {
  if (/^(?:国家|國家|国务院|國務院|中央|中共中央)/.test(name)) return '国家';
  if (/^(?:自治区|自治區|宁夏|寧夏|广西|廣西|[\u4e00-\u9fff]{2,4}自治区|[\u4e00-\u9fff]{2,4}自治區)/.test(name)) return '自治区';
  if (/^省|^[\u4e00-\u9fff]{2,3}省/.test(name)) return '省';
  if (/^(?:市(?![场場])|各市|各地级市|各地級市|各设区市|各設區市|各盟|[\u4e00-\u9fff]{2,4}市(?![场場])|[\u4e00-\u9fff]{2,5}盟(?![员員]))/.test(name)) return '市';
  if (/^(?:县|縣|区(?![域])|區(?![域])|各县|各縣|[\u4e00-\u9fff]{2,4}(?:县|縣|区|區|旗))/.test(name)) return '县';
  if (/^(?:各?乡镇|各?鄉鎮|各?苏木|各?蘇木|[\u4e00-\u9fff]{2,4}(?:乡|鄉|镇|鎮|街道|苏木|蘇木))/.test(name)) return '乡';
  return '其他';
}
