// A table's legend of short forms (注：表中单位简称：发改——县发展和改革局；财政——县财政局；…): the draft
// defines its own short names for its bodies, and its cells use them (大数据（牵头）、发改、财政). Read from
// the legend, each short form stands for its full name, as the registry knows it. So does a short form defined
// where the body is first named (区大数据服务中心（以下简称“区数据中心”）).
import type { KnownUnit, UnitRegistry } from '../engine';
import { UNIT_NAME_END } from './units';

/** A line that opens (or holds) a legend of short forms, or of codes standing for the bodies (单位代码：A—县大数据服务中心). */
const LEGEND_START = /简称[：:]|简称如下|简称说明|单位简称|(?:单位|單位|部门|部門)(?:代码|代碼|代号|代號|编码|編碼)[：:]?|(?:代码|代碼|代号|代號)(?:说明|說明|如下)[：:]?/;
/**
 * One entry: a short form (or a code in Latin letters: A, B2), a dash or colon, the full name, up to ；or 。 (global).
 */
const ENTRY = /([\u4e00-\u9fff]{1,8}|(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]?(?![A-Za-z0-9]))\s*(?:——|—|－－|--|－|-|：|:|＝|=)\s*([\u4e00-\u9fff（）()]{3,30}?)(?=\s*(?:[；;。，,]|$))/g;

/** A code in a circled number right before its body, the entries apart by spaces or 、；(①区大数据服务中心 ②区财政局) (global). */
const CIRCLED_ENTRY = /([\u2460-\u2473\u3251-\u325f])\s*([\u4e00-\u9fff（）()]{3,30}?)(?=\s*(?:[\u2460-\u2473\u3251-\u325f；;。，,、\s]|$))/g;

/** The short forms a draft's legends define, each with its full name; empty when there is none. */
export function readLegend(text: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!/简称|代码|代碼|代号|代號|编码|編碼|所称|所稱/.test(text)) return out;
  const lines = text.split(/\r?\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const m = LEGEND_START.exec(lines[i]!);
    if (!m) continue;
    // The legend's first line from its label, then lines that are entries only (a legend over several lines).
    let k = i;
    let line = lines[i]!.slice(m.index + m[0].length);
    while (k < lines.length) {
      const entries = [...line.matchAll(ENTRY), ...line.matchAll(CIRCLED_ENTRY)];
      if (k > i && (entries.length < 2 || entries.reduce((n, e) => n + e[0].length, 0) < line.replace(/[\s；;。，,]/g, '').length * 0.8)) break;
      // The first definition of a code holds (a later 列明⑳作为对接单位 is no second one).
      for (const e of entries) if (!out.has(e[1]!) || !/^[\u2460-\u2473\u3251-\u325f]$/.test(e[1]!)) out.set(e[1]!, e[2]!);
      line = lines[++k] ?? '';
    }
    i = k - 1;
  }
  // Short forms defined in a sentence of their own: 本方案所称大数据中心指区大数据服务中心，审批局指区行政审批服务局，…；
  // each entry a short form, 指 (是指, 系指), its full name, apart by commas up to the sentence's end.
  for (const m of text.matchAll(DEFINITIONS_START)) {
    const from = m.index! + m[0].length;
    let to = from;
    while (to < text.length && to - from < 600 && !/[。；;\n]/.test(text[to]!)) to++;
    for (const piece of text.slice(from, to).split(/[，,]/)) {
      const d = DEFINITION.exec(piece.trim());
      if (d && !out.has(d[1]!)) out.set(d[1]!, d[2]!);
    }
  }
  // Short forms defined where a body is first named: 组建区大数据服务中心（以下简称“区数据中心”）. The words before the
  // bracket, back to the clause's start, hold the full name at their end (withLegend finds it). The expression starts
  // at the bracket, so a long draft is not tried at every character.
  for (const m of text.matchAll(DEFINED_SHORT_FORM)) {
    const short = m[1]!;
    if (out.has(short)) continue;
    // The clause before the bracket: back to a mark that ends one, at most 40 characters.
    const open = m.index!;
    let from = open;
    while (from > 0 && open - from < 40 && !CLAUSE_END.test(text[from - 1]!)) from--;
    // A short form that names no body by its ending (永宁电信) is one when the name it stands for is a body's (…永宁分公司).
    if (open - from >= 2 && (UNIT_NAME_END.test(short) || UNIT_NAME_END.test(text.slice(from, open)))) out.set(short, text.slice(from, open));
  }
  return out;
}

/** The opening of a sentence defining the plan's short forms: 本方案所称, 本方案中所称, 文中所称, 附件所称 (global). */
const DEFINITIONS_START = /(?:本方案|本实施方案|本文件|本文|本通知|方案|文中|表中|附件)(?:中)?(?:所称的?|所稱的?)/g;
/**
 * One entry of it: a short form, 是指 or 系指 (or 指 not opening a word such as 指挥, 指导), the full name (group 1, group 2).
 * The short form is the shortest that a marker follows, so 发改局是指… is not read as the short form 发改局是.
 */
const DEFINITION = /^[“"「]?([\u4e00-\u9fff]{2,10}?)[”"」]?(?:是指|系指|指(?![挥揮导導南标標]))([\u4e00-\u9fff（）()、和]{3,40})$/;

/** A short form defined in running text: （以下简称“区数据中心”）, （以下简称区审批局）, （下称“…”）, （简称…） (group 1: the short form; global). */
const DEFINED_SHORT_FORM = /[（(](?:以下简称|以下称|下称|简称)[:：]?[“"「]?([\u4e00-\u9fff]{2,12})[”"」]?[）)]/g;
/** What ends the clause a defined short form follows. */
const CLAUSE_END = /[，,。；;：:、\n（）()“”"《》]/;

/**
 * The registry with a legend's short forms known as the bodies they stand for: a short form whose full
 * name the registry knows is that body (no hint to write it in full: the legend did). Others are as before.
 */
export function withLegend(registry: UnitRegistry, legend: Map<string, string>): UnitRegistry {
  if (!legend.size) return registry;
  const known = new Map<string, KnownUnit>();
  for (const [short, full] of legend) {
    // The full name as written, or (a short form defined in running text) the longest end of its clause the
    // registry knows: 组建区大数据服务中心 → 区大数据服务中心.
    let unit: KnownUnit | undefined;
    for (let at = 0; !unit && full.length - at >= 3; at++) {
      const name = full.slice(at);
      const canonical = registry.canonicalOf(name);
      unit = registry.lookup(name) ?? (canonical ? registry.lookup(canonical) : undefined);
    }
    // A code or short form standing for every body of a kind (⑲各镇人民政府、各街道办事处) names a collective.
    if (!unit && /^各/.test(full)) unit = { name: full, source: 'local', level: '其他', leads: [] };
    if (unit && !registry.lookup(short)) known.set(short, unit);
  }
  // What each short form or code stands for, known or not, for the messages about it.
  const definedAs = (name: string): string | undefined => legend.get(name) ?? registry.definedAs?.(name);
  if (!known.size) return { ...registry, definedAs };
  return { ...registry, lookup: (name) => registry.lookup(name) ?? known.get(name), definedAs };
}
