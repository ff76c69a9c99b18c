// Same-length text folding for matching: Traditional→Simplified per character, one form for
// digits, Latin letters, brackets, colons, commas and spaces. Pure: no IO, no editor imports.
// The Traditional→Simplified pairs come from opencc-js's dictionaries, drawn out once by
// scripts/build-fold-table.js (with traditionalPairs below) into fold-table.ts, so the 2 MB of
// dictionaries are neither shipped nor parsed at start.
import { FOLD_PAIRS } from './fold-table';

/** opencc-js's dictionary form: "key value|key value" or an array of pairs. */
export type OpenCCDictLike = string | string[][];
/** The part of opencc-js's `Locale` the pairs are drawn from. */
export interface OpenCCLocale {
  from: Record<string, OpenCCDictLike[][] | OpenCCDictLike[]>;
  to: Record<string, OpenCCDictLike[][] | OpenCCDictLike[]>;
}

/**
 * Per-code-unit table for the Basic Multilingual Plane (index = UTF-16 code unit, value = the
 * folded code unit) plus a small map for supplementary-plane code points. Built once, lazily.
 */
interface FoldTables {
  bmp: Uint16Array;
  supplementary: Map<number, number>;
  /** Code units that only occur in Traditional writing (they fold to something else). */
  traditionalOnly: Uint8Array;
  /** Code units that are the Simplified form of some Traditional character and fold to themselves. */
  simplifiedForm: Uint8Array;
}

let tables: FoldTables | undefined;

/** Characters that keep their Chinese full-width form; their half-width twins are mapped to them. */
const HALF_TO_FULL_PUNCTUATION: Record<string, string> = {
  '(': '（',
  ')': '）',
  ':': '：',
  ',': '，',
  ';': '；',
  '!': '！',
  '?': '？',
  // Document numbers are written 〔2023〕, [2023] or ［2023］; matching sees 〔2023〕.
  '[': '〔',
  ']': '〕',
  '［': '〔',
  '］': '〕',
  // Corner quotes (Taiwan and Hong Kong style) are matched as Mainland quotes.
  '「': '“',
  '」': '”',
  '『': '‘',
  '』': '’',
};

/** Space-like characters folded to an ASCII space. */
const SPACE_LIKE = [0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000];

/** Parses one opencc-js dictionary ("key value|key value" or an array of pairs) into single-character pairs. */
function singleCharacterPairs(dictionary: OpenCCDictLike, into: Map<string, string>): void {
  const add = (key: string, value: string): void => {
    const firstValue = value.split(' ')[0] ?? '';
    if (codePointCount(key) === 1 && codePointCount(firstValue) === 1 && key !== firstValue) into.set(key, firstValue);
  };
  if (typeof dictionary === 'string') {
    for (const entry of dictionary.split('|')) {
      const space = entry.indexOf(' ');
      if (space > 0) add(entry.slice(0, space), entry.slice(space + 1));
    }
  } else {
    for (const [key, value] of dictionary) add(key, value);
  }
}

function codePointCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/**
 * The Traditional→Simplified character pairs drawn from opencc-js's dictionaries (Taiwan and Hong Kong
 * variants → OpenCC Traditional → Simplified), chains followed to a fixed point, as one string of
 * from-to pairs. Used by scripts/build-fold-table.js, which writes the result into fold-table.ts.
 */
export function traditionalPairs(locale: OpenCCLocale): string {
  const groups = (list: OpenCCDictLike[][] | OpenCCDictLike[] | undefined): OpenCCDictLike[][] => (list ?? []) as OpenCCDictLike[][];
  const variants = new Map<string, string>();
  for (const group of [...groups(locale.from.tw), ...groups(locale.from.hk)]) for (const dictionary of group) singleCharacterPairs(dictionary, variants);
  const traditionalToSimplified = new Map<string, string>();
  for (const group of groups(locale.to.cn)) for (const dictionary of group) singleCharacterPairs(dictionary, traditionalToSimplified);

  let pairs = '';
  const oneStep = (c: string): string => {
    const standard = variants.get(c) ?? c;
    return traditionalToSimplified.get(standard) ?? standard;
  };
  for (const c of new Set([...variants.keys(), ...traditionalToSimplified.keys()])) {
    // Follow chains (麼→么→幺) to a fixed point so that fold(fold(x)) = fold(x): a Simplified
    // draft and its Traditional twin then always meet in the same character.
    let current = c;
    for (let step = 0; step < 4; step++) {
      const next = oneStep(current);
      if (next === current) break;
      current = next;
    }
    // Keep the UTF-16 length: a BMP character never maps to a supplementary one and back.
    if (current !== c && current.length === c.length) pairs += c + current;
  }
  return pairs;
}

/** The pairs of traditionalPairs as a map. */
function pairMap(pairs: string): Map<string, string> {
  const chars = Array.from(pairs);
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  return map;
}

/** Builds the character tables from the pairs in fold-table.ts. */
function buildTables(): FoldTables {
  const charMap = pairMap(FOLD_PAIRS);

  const bmp = new Uint16Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) bmp[unit] = unit;
  const traditionalOnly = new Uint8Array(0x10000);
  const simplifiedForm = new Uint8Array(0x10000);
  const supplementary = new Map<number, number>();
  for (const [from, to] of charMap) {
    if (from.length === 1) {
      bmp[from.charCodeAt(0)] = to.charCodeAt(0);
      traditionalOnly[from.charCodeAt(0)] = 1;
    } else {
      supplementary.set(from.codePointAt(0)!, to.codePointAt(0)!);
    }
  }
  for (const to of charMap.values()) {
    if (to.length === 1 && !charMap.has(to)) simplifiedForm[to.charCodeAt(0)] = 1;
  }

  // Full-width digits and Latin letters → ASCII; other full-width ASCII symbols → ASCII too,
  // except the Chinese punctuation that keeps its full-width form.
  const keepFullWidth = new Set(Object.values(HALF_TO_FULL_PUNCTUATION));
  for (let unit = 0xff01; unit <= 0xff5e; unit++) {
    if (!keepFullWidth.has(String.fromCharCode(unit))) bmp[unit] = unit - 0xfee0;
  }
  for (const [from, to] of Object.entries(HALF_TO_FULL_PUNCTUATION)) bmp[from.charCodeAt(0)] = to.charCodeAt(0);
  for (const unit of SPACE_LIKE) bmp[unit] = 0x20;
  return { bmp, supplementary, traditionalOnly, simplifiedForm };
}

function getTables(): FoldTables {
  if (!tables) tables = buildTables();
  return tables;
}

/**
 * Returns a string of exactly the same UTF-16 length as `text`, for matching only: Traditional
 * characters become Simplified (character by character, so offsets stay valid), full-width
 * digits and Latin letters become ASCII, half-width ( ) : , ; ! ? become （）：，；！？, [ ] and
 * ［］ become 〔〕, corner quotes become “”‘’, and U+3000, NBSP and other spaces become ' '.
 * Surrogate pairs stay pairs; lone surrogates are kept as they are.
 */
export function foldForMatching(text: string): string {
  const { bmp, supplementary } = getTables();
  const length = text.length;
  // Copy unchanged runs as slices and append changed characters one by one: most characters of
  // a Simplified draft do not change, and this keeps lone surrogates exactly as they are.
  let result = '';
  let runStart = 0;
  for (let index = 0; index < length; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const low = index + 1 < length ? text.charCodeAt(index + 1) : 0;
      if (low >= 0xdc00 && low <= 0xdfff) {
        if (supplementary.size > 0) {
          const codePoint = (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          const folded = supplementary.get(codePoint);
          if (folded !== undefined) {
            result += text.slice(runStart, index) + String.fromCodePoint(folded);
            runStart = index + 2;
          }
        }
        index++;
      }
      continue;
    }
    const folded = bmp[unit]!;
    if (folded !== unit) {
      result += text.slice(runStart, index) + String.fromCharCode(folded);
      runStart = index + 1;
    }
  }
  return runStart === 0 ? text : result + text.slice(runStart);
}

/**
 * Cheap guess whether `text` is written in Traditional characters: looks at up to the first
 * 3,000 Chinese characters and compares characters used only in Traditional writing with
 * Simplified forms of Traditional characters.
 */
export function isMostlyTraditional(text: string): boolean {
  const { traditionalOnly, simplifiedForm } = getTables();
  let traditional = 0;
  let simplified = 0;
  let seen = 0;
  for (let index = 0; index < text.length && seen < 3000; index++) {
    const unit = text.charCodeAt(index);
    if (unit < 0x3400 || unit > 0x9fff) continue;
    seen++;
    if (traditionalOnly[unit]) traditional++;
    else if (simplifiedForm[unit]) simplified++;
  }
  return traditional >= 3 && traditional > 2 * simplified;
}
