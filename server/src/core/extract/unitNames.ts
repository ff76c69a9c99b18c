// Unit names as data: the `canonical = alias1, alias2` units/alias file format, alias expansion of
// full names (自治区发展改革委 → 自治区发改委) and "did you mean" suggestions for unknown names.
import { distance } from 'fastest-levenshtein';

/** One line of a units or alias file: the official name and its other spellings. */
export interface AliasEntry {
  name: string;
  aliases: string[];
}

/** An alias table: the entries of seeds/aliases.txt or of a user's units file. */
export type AliasTable = readonly AliasEntry[];

export interface UnitsFileResult {
  entries: AliasEntry[];
  /** Problems in the file, 1-based line numbers, messages in Chinese. */
  errors: { line: number; message: string }[];
}

/**
 * Level prefixes that distribute over a list (a township's plan writes 镇 or 乡 as a county's writes 县). 市 must not be the
 * start of 市场/市場, nor 市直; 乡 not of 乡村 (乡村振兴局) or 乡镇.
 */
export const LEVEL_PREFIX =
  /^(?:广西壮族自治区|廣西壯族自治區|宁夏回族自治区|寧夏回族自治區|自治区|自治區|省|市(?![场場直])|县(?!直)|縣(?!直)|区(?![域直])|區(?![域直])|镇(?!直)|鎮(?!直)|乡(?![村镇鎮直])|鄉(?![村镇鎮直]))/;

/** Splits a full unit name into its level prefix and the rest (自治区 + 发展改革委). */
/**
 * A body named by its level word (市大数据管理服务局, 县公安局) as it is written with its place's name (吴忠市大数据管理服务局,
 * 海原县公安局); undefined when the name does not open with the place's level word (市场监管局 opens with 市场).
 */
export function withPlaceName(name: string, region: string | undefined): string | undefined {
  if (!region || region.length < 2) return undefined;
  const level = region.slice(-1);
  if (!/[市县区旗]/.test(level) || name.length <= 2 || !name.startsWith(level) || /^市[场場]/.test(name)) return undefined;
  return region + name.slice(1);
}

export function splitLevelPrefix(name: string): { prefix: string; core: string } {
  const m = LEVEL_PREFIX.exec(name);
  return m ? { prefix: m[0], core: name.slice(m[0].length) } : { prefix: '', core: name };
}

/**
 * Parses a units or alias file: one unit per line, `规范名称 = 别名1, 别名2` (aliases separated by
 * `,` `，` or `、`), `#` starts a comment, blank lines are ignored, a line without `=` is a name
 * without aliases. Never throws; problems are listed in `errors`.
 */
export function parseUnitsFile(text: string): UnitsFileResult {
  const entries: AliasEntry[] = [];
  const errors: { line: number; message: string }[] = [];
  const nameLine = new Map<string, number>();
  const aliasOwner = new Map<string, { name: string; line: number }>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  lines.forEach((rawLine, index) => {
    const line = index + 1;
    const content = rawLine.replace(/[#＃].*$/, '').trim();
    if (content === '') return;
    const parts = content.split(/[=＝]/);
    if (parts.length > 2) {
      errors.push({ line, message: `第${line}行有多个“=”。每行只能写一个“=”，格式为“规范名称 = 别名1, 别名2”。` });
      return;
    }
    const name = parts[0]!.trim();
    if (name === '') {
      errors.push({ line, message: `第${line}行“=”左边缺少单位名称。请写成“规范名称 = 别名1, 别名2”。` });
      return;
    }
    // A 、 or comma inside brackets is part of a name (各县（市、区）人民政府); outside, it lists several.
    if (splitOutsideBrackets(name).length > 1) {
      errors.push({
        line,
        message: `第${line}行的单位名称“${name}”中含有逗号或顿号。一行只写一个单位；别名请写在“=”右边。`,
      });
      return;
    }
    const previous = nameLine.get(name);
    if (previous !== undefined) {
      errors.push({ line, message: `第${line}行的单位“${name}”已在第${previous}行写过，请把两行合并为一行。` });
      return;
    }
    const aliases: string[] = [];
    if (parts.length === 2) {
      const items = splitOutsideBrackets(parts[1]!).map((s) => s.trim());
      if (items.some((s) => s === '') && parts[1]!.trim() !== '') {
        errors.push({ line, message: `第${line}行的别名中有空项（多余的逗号），请删除多余的逗号。` });
      }
      for (const alias of items) {
        if (alias === '') continue;
        if (alias === name) {
          errors.push({ line, message: `第${line}行的别名“${alias}”与规范名称相同，请删除这个别名。` });
          continue;
        }
        const owner = aliasOwner.get(alias);
        if (owner && owner.name !== name) {
          errors.push({
            line,
            message: `第${line}行的别名“${alias}”已在第${owner.line}行用作“${owner.name}”的别名。同一别名只能对应一个单位，请删除其中一处。`,
          });
          continue;
        }
        if (!aliases.includes(alias)) aliases.push(alias);
        aliasOwner.set(alias, { name, line });
      }
    }
    nameLine.set(name, line);
    entries.push({ name, aliases });
  });
  return { entries, errors };
}

/** The pieces of `text` between commas, 、 and semicolons that stand outside brackets. */
function splitOutsideBrackets(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    else if (depth === 0 && /[,，、;；]/.test(c)) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out;
}

/**
 * Other spellings of a full unit name: 自治区发展改革委 with `发展改革委 = 发改委` yields 自治区发改委
 * (level prefix + alias). Entries may also be full names (市大数据管理服务局 = 市大数据局).
 * The canonical name itself is not included.
 */
export function expandAliases(canonical: string, aliasTable: AliasTable): string[] {
  const out: string[] = [];
  const add = (s: string): void => {
    if (s !== canonical && !out.includes(s)) out.push(s);
  };
  const { prefix, core } = splitLevelPrefix(canonical);
  for (const entry of aliasTable) {
    if (entry.name === canonical) entry.aliases.forEach(add);
    else if (prefix !== '' && entry.name === core) entry.aliases.forEach((a) => add(`${prefix}${a}`));
  }
  return out;
}

/** Largest share of the compared names that may differ for a suggestion to be offered. */
const MAX_DIFFERENCE_RATIO = 0.4;
const MAX_DISTANCE = 4;

/** splitLevelPrefix of the registry's names, which every suggestion reads again (bounded). */
const candidateSplits = new Map<string, { prefix: string; core: string }>();

function splitCandidate(name: string): { prefix: string; core: string } {
  let hit = candidateSplits.get(name);
  if (!hit) {
    if (candidateSplits.size >= 20000) candidateSplits.clear();
    candidateSplits.set(name, (hit = splitLevelPrefix(name)));
  }
  return hit;
}

/**
 * Known names nearest to `name` by edit distance, best first. The distance is measured against the
 * names without a shared level prefix (公安厅 vs 财政厅 are not similar just because both start
 * with 自治区), the first character after the prefix must agree, and unrelated names are not
 * suggested.
 */
export function suggestUnits(name: string, known: readonly string[], max = 3): string[] {
  const target = name.trim();
  if (target === '' || max <= 0) return [];
  const scored: { name: string; d: number; ratio: number }[] = [];
  const seen = new Set<string>();
  const a = splitLevelPrefix(target);
  for (const candidate of known) {
    if (candidate === target || seen.has(candidate)) continue;
    seen.add(candidate);
    const b = splitCandidate(candidate);
    const coreA = a.prefix === b.prefix ? a.core : target;
    const coreB = a.prefix === b.prefix ? b.core : candidate;
    // Names of different bodies usually differ from the first character on (民政厅 / 财政厅).
    if (coreA[0] !== coreB[0]) continue;
    const d = distance(target, candidate);
    const ratio = d / Math.max(coreA.length, coreB.length, 1);
    if (d <= MAX_DISTANCE && ratio <= MAX_DIFFERENCE_RATIO) scored.push({ name: candidate, d, ratio });
  }
  scored.sort((x, y) => x.ratio - y.ratio || x.d - y.d);
  return scored.slice(0, max).map((s) => s.name);
}
