// Framework pillars of a baseline: resolved from the manifest's pillar specs, or derived from the
// document's own headings when no framework is given (the rule is documented at derivePillars).
import { foldForMatching } from '../text/fold';
import { findClauseByNumbers, findClauseByTitle } from './clauses';
import type { PillarSpec } from './manifest';
import type { Clause } from './schema';
import type { Unparsed } from './tables';

export interface ResolvedPillar {
  family: string;
  name: string;
  /** The defining clause. */
  root: Clause;
  keywords: string[];
  /** How the pillar was found, for the build report. */
  origin: string;
}

/** Resolves manifest pillar specs to clauses; specs that name no clause are reported. */
export function resolvePillarSpecs(specs: readonly PillarSpec[], clauses: Clause[], unparsed: Unparsed[]): ResolvedPillar[] {
  const out: ResolvedPillar[] = [];
  for (const spec of specs) {
    const root = spec.clause ? findClauseByNumbers(clauses, spec.clause) : findClauseByTitle(clauses, spec.match!, spec.within);
    if (!root) {
      unparsed.push({
        where: `框架 ${spec.family}·${spec.name}`,
        text: spec.clause ?? spec.match!,
        reason: spec.clause ? '找不到对应条款（标题序号不存在）' : '找不到标题含有这些字的条款',
      });
      continue;
    }
    out.push({
      family: spec.family,
      name: spec.name,
      root,
      keywords: spec.keywords.length ? spec.keywords : [spec.name],
      origin: spec.clause ? `序号 ${spec.clause}` : `标题含“${spec.match}”`,
    });
  }
  return out;
}

/** Level-1 sections of support measures (组织领导, 资金保障, 宣传引导 …), not framework pillars by default. */
const SUPPORT = /保障措施|保障机制|组织实施|组织保障|实施保障|工作保障|工作要求|保障体系建设|组织领导|党的领导|党对[\u4e00-\u9fff]{0,12}的领导/;

/**
 * Framework parts the document names in its context sections: quoted lists of numbered terms such as
 * “一套体系、三个驱动、四大支撑、七种能力” (or “三个驱动”“四个支撑” one by one).
 */
function declaredFrameworks(clauses: Clause[], tops: Clause[]): Set<string> {
  const out = new Set<string>();
  const preambleIds = new Set(tops.filter((t) => PREAMBLE.test(foldForMatching(t.title))).map((t) => t.id));
  for (const c of clauses) {
    const root = c.id.split('.')[0]!;
    if (!preambleIds.has(root)) continue;
    const text = foldForMatching(c.text);
    for (const m of text.matchAll(/[“"]([^”"]{2,40})[”"]/g)) {
      const parts = m[1]!.split(/[、，,]/).map((x) => x.trim());
      if (parts.length && parts.every((x) => NUMBERED_TERM.test(x) && x.length <= 8)) parts.forEach((x) => out.add(sameFramework(x)));
    }
  }
  return out;
}

/**
 * A numbered framework term: a number and a measure word (三个驱动, 四大支撑, 五个一, 一套体系, 六级贯通,
 * 五位一体). Slogans that start with 一 (一网通办, 一件事, 一张网, 一朵云) are not.
 */
const NUMBERED_TERM = /^[一二三四五六七八九十两0-9]+(?:个|個|大|种|種|项|項|套|类|類|级|級|位|条|條)/;

/** One spelling for a numbered framework term: 四大支撑, 四种支撑 and 四个支撑 are the same part. */
function sameFramework(term: string): string {
  return term.replace(/^([一二三四五六七八九十两0-9]+)(?:个|大|种|項|项)/, '$1个');
}

/** Level-1 sections that set out the context, not a part of the framework. */
const PREAMBLE = /总体要求|总体思路|指导思想|发展现状|基本原则|主要目标|工作目标|总体目标|发展基础|现状|形势|背景|重要意义|总体框架|体系框架/;
const LEADING_VERBS =
  /^(?:全省|全区|全市|全县|全国|一体化|良好|着眼|聚焦|围绕|坚持|加快|加大|加强|强化|全面|持续|大力|积极|深入|深化|健全|完善|构建|建设|建立|推进|推动|提升|提高|促进|优化|打造|营造|引领|驱动|助推|创新|落实|开展|夯实|着力|统筹|实施|做好|拓展|筑牢|增强|规范|形成|发挥)/;
const TRAILING_WORDS = /(?:体系|能力|水平|效能|建设|发展|工作)$/;

/** Names of frameworks a heading announces: quoted terms starting with a number (“三个驱动”, “五个一”), or 三个驱动 unquoted. */
export function frameworkNames(title: string): string[] {
  const t = foldForMatching(title);
  const quoted = [...t.matchAll(/[“"]([^”"]{2,10})[”"]/g)].map((m) => m[1]!).filter((q) => NUMBERED_TERM.test(q));
  if (quoted.length) return quoted;
  return [...t.matchAll(/[一二三四五六七八九十两]个[\u4e00-\u9fff]{2}/g)].map((m) => m[0]);
}

/**
 * A short pillar name from a heading title, in Simplified characters: the last comma part, the
 * part after the last 的, without leading verbs (加快构建, 提升 …) and one trailing word (体系,
 * 能力 …). 提升科学精准的经济调节能力 → 经济调节; 驱动数字经济发展 → 数字经济.
 */
export function shortPillarName(title: string): string {
  const folded = foldForMatching(title).replace(/[。.\s]+$/, '');
  let t = folded.split(/[，,；;]/).filter((s) => s.length > 0).pop() ?? folded;
  if (t.includes('的')) t = t.slice(t.lastIndexOf('的') + 1);
  for (let k = 0; k < 4 && LEADING_VERBS.test(t); k++) t = t.replace(LEADING_VERBS, '');
  t = t.replace(TRAILING_WORDS, '');
  t = t.replace(/[“”"]/g, '');
  return t.length >= 2 ? t : folded;
}

function childrenOf(clauses: Clause[], parent: Clause): Clause[] {
  return clauses.filter((c) => c.parentId === parent.id && c.kind === 'heading');
}

/** Counts written as a Chinese numeral (五) or in digits. */
const COUNT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * A framework the context sections declare as a quoted list of named parts and their count
 * (构建“数字底座、数据中枢、智慧应用、产业生态、安全保障”五位一体的总体架构), when exactly that many
 * framework sections follow: each level-1 section, in order, is the pillar of the part in the same
 * place. Sections of support measures are not counted. Undefined when there is no such declaration or
 * the sections do not match it one for one.
 */
function declaredParts(clauses: Clause[]): ResolvedPillar[] | undefined {
  const tops = clauses.filter((c) => c.kind === 'heading' && c.level === 1);
  const preamble = new Set(tops.filter((t) => PREAMBLE.test(foldForMatching(t.title))).map((t) => t.id));
  const sections = tops.filter((t) => !preamble.has(t.id) && !SUPPORT.test(foldForMatching(t.title)));
  for (const c of clauses) {
    if (!preamble.has(c.id.split('.')[0]!)) continue;
    const text = foldForMatching(c.text);
    for (const m of text.matchAll(/[“"]([^”"]{5,60})[”"]\s*([两二三四五六七八九十]|[0-9]+)(位一体|大板块|大体系|大支柱|个方面|大方面)/g)) {
      const names = m[1]!.split('、').map((x) => x.trim());
      const count = COUNT[m[2]!] ?? Number(m[2]);
      if (names.length !== count || names.length < 3 || names.some((n) => n.length < 2 || n.length > 8)) continue;
      if (sections.length !== count) continue;
      const family = `${m[2]}${m[3]}`;
      return sections.map((root, k) => ({ family, name: names[k]!, root, keywords: [names[k]!], origin: `总体要求所述“${m[1]}”${family}中的第${k + 1}部分（按顺序对应一级标题）` }));
    }
  }
  return undefined;
}

/**
 * Pillars from the document's own structure, when no framework is given:
 * 0. When the context sections declare the framework as a quoted list of named parts with their
 *    count (“数字底座、数据中枢、智慧应用、产业生态、安全保障”五位一体) and exactly that many level-1
 *    sections (not context, not support) follow, each section in order is the pillar of its part.
 * 1. Level-1 sections that set out the context (总体要求, 发展现状, 主要目标 …) are skipped. When the
 *    context sections name the framework (“一套体系、三个驱动、四大支撑、七种能力”) and some sections
 *    announce those parts, only those sections count; otherwise sections of support measures
 *    (保障措施, 组织实施, 加强党的领导 …) are skipped.
 * 2. A level-1 heading that announces frameworks in its title (着眼“三个驱动”…) makes each of its
 *    level-2 headings a pillar of that family (family = the announced names, joined with 、).
 * 3. Otherwise a level-2 heading that announces a framework makes each of its level-3 headings a
 *    pillar of that family.
 * 4. Every other level-2 heading is one pillar, its family being the level-1 title; a level-1
 *    heading without level-2 headings is one pillar by itself.
 * Pillar names are shortened titles (shortPillarName); keywords are the names.
 */
export function derivePillars(clauses: Clause[]): ResolvedPillar[] {
  const parts = declaredParts(clauses);
  if (parts) return parts;
  const out: ResolvedPillar[] = [];
  const push = (family: string, c: Clause, origin: string): void => {
    const name = shortPillarName(c.title);
    out.push({ family, name, root: c, keywords: name.length <= 10 ? [name] : [], origin });
  };
  const tops = clauses.filter((c) => c.kind === 'heading' && c.level === 1);
  const declared = declaredFrameworks(clauses, tops);
  // When the document states its framework (“一套体系、三个驱动、四大支撑、七种能力”) and its sections
  // announce those parts, the framework is exactly those sections; anything else (党的领导, 保障措施)
  // is support. Without such a statement, sections titled as support measures are left out.
  const announces = (c: Clause): boolean => frameworkNames(c.title).some((n) => declared.has(sameFramework(n)));
  const useDeclared = tops.some((t) => announces(t) || childrenOf(clauses, t).some(announces));
  for (const top of tops) {
    if (PREAMBLE.test(foldForMatching(top.title))) continue;
    if (useDeclared ? !(announces(top) || childrenOf(clauses, top).some(announces)) : SUPPORT.test(foldForMatching(top.title))) continue;
    const named = frameworkNames(top.title);
    const kids = childrenOf(clauses, top);
    if (named.length && kids.length) {
      for (const k of kids) push(named.join('、'), k, `一级标题所述框架“${named.join('、')}”下的二级标题`);
      continue;
    }
    if (kids.length === 0) {
      push(foldForMatching(top.title), top, '没有二级标题的一级标题');
      continue;
    }
    for (const k of kids) {
      const inner = frameworkNames(k.title);
      const grand = childrenOf(clauses, k);
      if (inner.length && grand.length) {
        for (const g of grand) push(inner.join('、'), g, `二级标题所述框架“${inner.join('、')}”下的三级标题`);
      } else push(foldForMatching(top.title).replace(/[。.]+$/, ''), k, '一级标题下的二级标题');
    }
  }
  return withQuotedTerms(out, clauses);
}

/**
 * A part named in the document's own words may say in its text which part of the higher framework it is: 厘清层级职责
 * "按照自治区“六级贯通”的…层级架构". Such a quoted numbered term (“六级贯通”, “一朵云”) used in the clauses of one
 * pillar only names that pillar too; one used by several, or a framework's family name (“三个驱动”), names none.
 */
function withQuotedTerms(pillars: ResolvedPillar[], clauses: Clause[]): ResolvedPillar[] {
  const families = new Set(pillars.flatMap((p) => p.family.split('、').map(sameFramework)));
  const termsOf = pillars.map((p) => {
    const terms = new Set<string>();
    for (const c of clauses) {
      if (c.id !== p.root.id && !c.id.startsWith(`${p.root.id}.`)) continue;
      for (const m of foldForMatching(c.text).matchAll(/[“"]([^”"、，,]{3,8})[”"]/g)) {
        if (NUMBERED_TERM.test(m[1]!) && !families.has(sameFramework(m[1]!))) terms.add(m[1]!);
      }
    }
    return terms;
  });
  return pillars.map((p, i) => {
    const own = [...termsOf[i]!].filter((t) => termsOf.every((other, j) => j === i || !other.has(t)) && !p.keywords.includes(t));
    // A name that keeps the verb of its heading (厘清层级职责) is also named by its object alone (层级职责: 组织机构和层级职责).
    const object = OBJECT_AFTER_VERB.exec(p.name)?.[1];
    if (object && !p.keywords.includes(object) && pillars.every((q) => q === p || !q.keywords.includes(object))) own.push(object);
    // A name that sets its part in government (政务数据资源) is also named without 政务 (数据资源), as the region names it.
    const core = GOVERNMENT_QUALIFIED.exec(p.name)?.[1];
    if (core && !p.keywords.includes(core) && pillars.every((q) => q === p || !q.keywords.some((k) => k.includes(core)))) own.push(core);
    return own.length ? { ...p, keywords: [...p.keywords, ...own] } : p;
  });
}

/** A part's name set in government (政务数据资源): group 1 the rest, four characters or more. */
const GOVERNMENT_QUALIFIED = /^(?:政务|政府)([\u4e00-\u9fff]{4,8})$/;

/** A part's name opening with the verb of its heading: group 1 what the verb acts on, four characters or more. */
const OBJECT_AFTER_VERB = /^(?:厘清|理清|理顺|明确|明晰|压实|落实)([\u4e00-\u9fff]{4,8})$/;
