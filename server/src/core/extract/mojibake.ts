// Encoding-damage detection and repair: finds runs of GBK text that were decoded one byte off
// (`?。ㄒ唬┌l展現狀` for `（一）發展現狀`) and recovers them by re-encoding and shifting one byte.
import * as iconv from 'iconv-lite';
import type { MojibakeRun } from '../types';
import { COMMON_CJK_CHARS } from './commonChars';

/** Longest damaged run we try to repair, in characters. Keeps detection linear on long lines. */
const MAX_RUN = 64;
/** Characters that a repaired run may contain without counting against it. */
const PUNCTUATION = new Set([...'。，、；：？！“”‘’（）《》〔〕【】—…·　,.;:!()[]-_/%0123456789０１２３４５６７８９']);
/** Full-width punctuation a lost lead byte 0xA1/0xA3 most likely formed with the first known byte. */
const GUESSABLE_FIRST = new Set([...'。，、；：？！“”（）《》']);
const COMMON = new Set([...COMMON_CJK_CHARS]);
/** Characters that almost never occur in clean Chinese administrative text. */
const TELLTALE = /[\u3100-\u312f\u31a0-\u31bf\u2500-\u257f\ue000-\uf8ff\ufffd]/;

/** One byte position of the reconstructed stream; undefined = byte lost in the damage. */
type Byte = number | undefined;

/**
 * Private-use code points that older GBK/CP936 converters produced for byte pairs which iconv-lite
 * now maps to standard characters (or not at all): ideographic description characters A989–A995,
 * vertical punctuation A6D9–A6F3, A8BC/A8BF, and the user-defined block FE50–FEA0.
 */
function legacyPrivateUseBytes(code: number): Buffer | undefined {
  const pair = (v: number): Buffer => Buffer.from([v >> 8, v & 0xff]);
  if (code >= 0xe7e7 && code <= 0xe7f3) return pair(0xa989 + (code - 0xe7e7));
  if (code >= 0xe78d && code <= 0xe793) return pair(0xa6d9 + (code - 0xe78d));
  if (code === 0xe794 || code === 0xe795) return pair(0xa6ec + (code - 0xe794));
  if (code === 0xe796) return pair(0xa6f3);
  if (code === 0xe7c7) return pair(0xa8bc);
  if (code === 0xe7c8) return pair(0xa8bf);
  // FE50–FEA0 runs in order, skipping the invalid trail byte 0x7F.
  if (code >= 0xe815 && code <= 0xe843) return pair(0xfe50 + (code - 0xe815));
  if (code >= 0xe844 && code <= 0xe864) return pair(0xfe80 + (code - 0xe844));
  return undefined;
}

const encodeCache = new Map<string, Buffer>();
function gbkBytes(c: string): Buffer {
  let b = encodeCache.get(c);
  if (!b) {
    b = iconv.encode(c, 'gbk');
    if (b.length === 1 && b[0] === 0x3f) b = legacyPrivateUseBytes(c.charCodeAt(0)) ?? b;
    if (encodeCache.size < 20000) encodeCache.set(c, b);
  }
  return b;
}

/** True when `c` is a character GBK writes as two bytes (and that really round-trips). */
function isDoubleByte(c: string): boolean {
  return c.length === 1 ? isDoubleByteCode(c.charCodeAt(0)) : doubleByteOf(c);
}

function doubleByteOf(c: string): boolean {
  if (c === '?' || c.charCodeAt(0) < 0x80) return false;
  const b = gbkBytes(c);
  return b.length === 2 && !(b[0] === 0x3f);
}

/** isDoubleByte by UTF-16 code unit, kept in a table as each is first asked: 0 not yet known, 1 yes, 2 no. */
const doubleByteTable = new Uint8Array(0x10000);
function isDoubleByteCode(code: number): boolean {
  let known = doubleByteTable[code]!;
  if (known === 0) known = doubleByteTable[code] = doubleByteOf(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** Decoded byte pairs; '' marks a pair that does not decode to one ordinary character. */
const pairCache = new Map<number, string>();
function decodePair(lead: number, trail: number): string | undefined {
  const key = (lead << 8) | trail;
  let s = pairCache.get(key);
  if (s === undefined) {
    s = iconv.decode(Buffer.from([lead, trail]), 'gbk');
    const code = s.codePointAt(0) ?? 0xfffd;
    if ([...s].length !== 1 || code === 0xfffd || (code >= 0xe000 && code <= 0xf8ff)) s = '';
    pairCache.set(key, s);
  }
  return s === '' ? undefined : s;
}

interface Plausibility {
  (c: string): boolean;
}

/** A character is plausible when it is punctuation, a common CJK character, or frequent in the text. */
function makePlausibility(counts: CjkCounts): Plausibility {
  return (c: string) => PUNCTUATION.has(c) || COMMON.has(c) || counts.get(c) >= 3;
}

/**
 * How often each CJK ideograph (U+4E00–U+9FFF) occurs in a text; any other character counts 0. A
 * whole document is counted in a table by code, a short run in a map.
 */
class CjkCounts {
  private readonly table?: Uint32Array;
  private readonly map?: Map<number, number>;
  constructor(text: string) {
    if (text.length >= 4096) this.table = new Uint32Array(0x9fff - 0x4e00 + 1);
    else this.map = new Map();
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x4e00 || code > 0x9fff) continue;
      if (this.table) this.table[code - 0x4e00]!++;
      else this.map!.set(code, (this.map!.get(code) ?? 0) + 1);
    }
  }
  get(c: string): number {
    const code = c.charCodeAt(0);
    if (c.length !== 1 || code < 0x4e00 || code > 0x9fff) return 0;
    return this.table ? this.table[code - 0x4e00]! : this.map!.get(code) ?? 0;
  }
}

function cjkCounts(text: string): CjkCounts {
  return new CjkCounts(text);
}

interface RunShape {
  /** Offset just after the run. */
  end: number;
  /** Characters after the opening lost byte, as written. */
  chars: string[];
  /** How the run ends: a realigning ASCII byte, a lone lost byte (`?`), or the line end. */
  ending: 'ascii' | 'lost' | 'line';
}

/** Reads the run that starts with the `?` at `start`. */
function readRun(text: string, start: number, plausible: Plausibility): RunShape | undefined {
  const chars: string[] = [];
  let i = start + 1;
  while (i < text.length && chars.length < MAX_RUN) {
    const c = text[i]!;
    if (c === '?' || c === '\ufffd') {
      // A `?` followed by readable text is the lone last byte; otherwise it stands for a lost pair.
      const next = text.slice(i + 1, i + 4);
      const readable = next === '' || /^[\r\n]/.test(next) || [...next].every((x) => plausible(x) || /\s/.test(x));
      if (readable) return chars.length > 0 ? { end: i + 1, chars, ending: 'lost' } : undefined;
      chars.push('?');
      i++;
      continue;
    }
    if (c === '\n' || c === '\r') break;
    if (isDoubleByte(c)) {
      chars.push(c);
      i++;
      continue;
    }
    if (c.charCodeAt(0) > 0x20 && c.charCodeAt(0) < 0x7f) {
      chars.push(c);
      return { end: i + 1, chars, ending: 'ascii' };
    }
    break;
  }
  if (chars.length === 0) return undefined;
  return { end: i, chars, ending: 'line' };
}

interface Repair {
  text: string;
  partial: boolean;
  plausible: number;
  total: number;
}

/** Rebuilds the byte stream one byte earlier and decodes it pair by pair. */
function repairShape(shape: RunShape, plausible: Plausibility, lostPairGuess: boolean): Repair {
  const bytes: Byte[] = [undefined];
  for (const c of shape.chars) {
    if (c === '?') {
      // A lost pair; the most common cause is a full-width ？ (A3 BF) turned into ASCII.
      if (lostPairGuess) bytes.push(0xa3, 0xbf);
      else bytes.push(undefined, undefined);
    } else {
      for (const b of gbkBytes(c)) bytes.push(b);
    }
  }
  if (shape.ending === 'lost') bytes.push(undefined);
  if (bytes.length % 2 === 1) bytes.push(undefined);
  let out = '';
  let partial = false;
  let good = 0;
  let total = 0;
  for (let k = 0; k < bytes.length; k += 2) {
    const lead = bytes[k];
    const trail = bytes[k + 1];
    if (k === 0) {
      // The first character lost its lead byte; guess 0xA1/0xA3 for full-width punctuation.
      if (trail === undefined) {
        out += '?';
        partial = true;
        continue;
      }
      if (trail === 0xa1) continue; // 　 (A1 A1): an indentation space, dropped.
      const guess = [0xa1, 0xa3].map((l) => decodePair(l, trail)).find((s) => s !== undefined && GUESSABLE_FIRST.has(s));
      if (guess) out += guess;
      else {
        out += '?';
        partial = true;
      }
      continue;
    }
    total++;
    const s = lead !== undefined && trail !== undefined ? decodePair(lead, trail) : undefined;
    if (s !== undefined && plausible(s)) {
      out += s;
      good++;
    } else {
      out += '?';
      partial = true;
    }
  }
  return { text: out.replace(/\?+/g, '?'), partial, plausible: good, total };
}

/** Repairs the run starting at `start`, or undefined when the shifted reading is no better. */
function tryRun(text: string, start: number, plausible: Plausibility): MojibakeRun | undefined {
  const shape = readRun(text, start, plausible);
  if (!shape) return undefined;
  const withGuess = repairShape(shape, plausible, true);
  const withoutGuess = repairShape(shape, plausible, false);
  const best = withGuess.plausible > withoutGuess.plausible ? withGuess : withoutGuess;
  const written = shape.chars.filter((c) => c !== '?' && c.charCodeAt(0) >= 0x80);
  const writtenGood = written.filter((c) => plausible(c)).length;
  const writtenRatio = written.length === 0 ? 1 : writtenGood / written.length;
  const repairedRatio = best.total === 0 ? 0 : best.plausible / best.total;
  const hasTelltale = TELLTALE.test(shape.chars.join(''));
  const accepted = best.plausible >= 2 && repairedRatio >= 0.5 && repairedRatio - writtenRatio >= 0.3;
  if (accepted) return { start, end: shape.end, repair: best.text, partial: best.partial };
  // Damage we can see but not undo: report it without a repair.
  if (hasTelltale && writtenRatio < 0.5) return { start, end: shape.end, partial: true };
  return undefined;
}

/**
 * Finds runs of GBK text read one byte off. A run starts at a `?` (or U+FFFD) left by the lost
 * byte and is accepted only when the shifted reading is much more plausible than the text as
 * written, so clean text is never reported. Linear in the text length.
 */
export function findMojibake(text: string): MojibakeRun[] {
  const shifted = findShiftedGbk(text);
  const utf8 = findUtf8ReadAsGbk(text).filter((u) => !shifted.some((r) => r.start < u.end && u.start < r.end));
  return joinNeighbours(text, [...shifted, ...utf8].sort((a, b) => a.start - b.start));
}

/** What may stand between two runs of one damaged stretch: a few ASCII marks, brackets, spaces. */
const RUN_GAP = /^[\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e（）【】〔〕\u3000]{1,3}$/;

/**
 * Runs of one damaged stretch split by a few undamaged marks, or touching ((鍗佷竴)寮哄寲… : a heading number in
 * half-width brackets, then its title) are one run: one finding, one repair with the marks kept.
 */
function joinNeighbours(text: string, runs: MojibakeRun[]): MojibakeRun[] {
  const out: MojibakeRun[] = [];
  for (const r of runs) {
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.end, r.start) : '';
    // Runs that touch (a run read as UTF-8 shown as GBK, then the same stretch after a lost byte read as shifted GBK)
    // are one stretch too.
    if (prev && (r.start <= prev.end || RUN_GAP.test(gap))) {
      const repair = prev.repair !== undefined && r.repair !== undefined && r.start >= prev.end ? prev.repair + gap + r.repair : undefined;
      out[out.length - 1] = { start: prev.start, end: Math.max(prev.end, r.end), repair, partial: prev.partial || r.partial || repair === undefined };
    } else out.push(r);
  }
  return out;
}

/** Characters of clean text: punctuation, ASCII, or common CJK. */
let cleanTable: Uint8Array | undefined;

function cleanTableOf(): Uint8Array {
  if (!cleanTable) {
    cleanTable = new Uint8Array(0x10000);
    cleanTable.fill(1, 0, 0x80);
    for (const ch of PUNCTUATION) if (ch.length === 1) cleanTable[ch.charCodeAt(0)] = 1;
    for (const ch of COMMON) if (ch.length === 1) cleanTable[ch.charCodeAt(0)] = 1;
  }
  return cleanTable;
}

/** Characters of clean text, looked up in a table over UTF-16 code units (built on first use). */
function isCleanChar(c: string): boolean {
  return c.length === 1 ? cleanTableOf()[c.charCodeAt(0)] === 1 : PUNCTUATION.has(c) || COMMON.has(c);
}

/** isCleanChar of the one-unit string with this code. */
function isCleanCode(code: number): boolean {
  return cleanTableOf()[code] === 1;
}

/** Shortest UTF-8-as-GBK run reported, in characters (two original characters make three). */
const MIN_UTF8_RUN = 3;

/**
 * Finds text whose UTF-8 bytes were read as GBK (`鍔犲己鏁板瓧鏀垮簻` for 加强数字政府), which
 * leaves no `?` marker. A candidate run is a stretch of uncommon GBK characters (common ones may
 * sit inside it, as 己 and 板 do above); it is reported only when its GBK bytes decode as valid
 * UTF-8 into common characters, which clean text with rare characters (place names) never does.
 */
export function findUtf8ReadAsGbk(text: string): MojibakeRun[] {
  const runs: MojibakeRun[] = [];
  let counts: CjkCounts | undefined;
  let i = 0;
  const n = text.length;
  while (i < n) {
    // Clean characters (ASCII, punctuation, common CJK) by code unit first, without a string.
    if (isCleanCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const c = text.charCodeAt(i);
    if (!(isDoubleByteCode(c) || c === 0xfffd)) {
      i++;
      continue;
    }
    // Extend over uncommon double-byte characters, bridging at most two clean ones.
    let end = i + 1;
    let uncommon = 1;
    let j = i + 1;
    while (j < n && j - end <= 2) {
      const d = text.charCodeAt(j);
      if (!(isDoubleByteCode(d) || d === 0xfffd)) break;
      if (!isCleanCode(d)) {
        end = j + 1;
        uncommon++;
      }
      j++;
    }
    if (end - i >= MIN_UTF8_RUN && uncommon >= 2) {
      // The document's counts break ties between guesses of a lost byte: counted only when one is guessed.
      const run = decodeUtf8Run(text.slice(i, end), () => (counts ??= cjkCounts(text)));
      if (run) runs.push({ start: i, end, repair: run.text, partial: run.partial });
    }
    i = end;
  }
  return runs;
}

/**
 * Whether the bytes hold two whole UTF-8 sequences of more than one byte (a lead byte C2–DF, E0–EF or
 * F0–F4 followed by one, two or three continuation bytes 80–BF), as any two characters beyond ASCII
 * need: counted at every start, so never fewer than a decoder would read.
 */
function twoSequences(parts: Buffer[]): boolean {
  const bytes: number[] = [];
  for (const b of parts) for (let k = 0; k < b.length; k++) bytes.push(b[k]!);
  let n = 0;
  for (let p = 0; p < bytes.length; p++) {
    const x = bytes[p]!;
    const more = x >= 0xc2 && x <= 0xdf ? 1 : x >= 0xe0 && x <= 0xef ? 2 : x >= 0xf0 && x <= 0xf4 ? 3 : 0;
    if (!more || p + more >= bytes.length) continue;
    let whole = true;
    for (let q = 1; q <= more; q++) if (bytes[p + q]! < 0x80 || bytes[p + q]! > 0xbf) whole = false;
    if (whole && ++n >= 2) return true;
  }
  return false;
}

/**
 * Bytes read as UTF-8, as iconv-lite's decode reads them (a leading byte-order mark dropped), by the
 * runtime's own decoder: the guess of a lost byte decodes a run up to 4096 times.
 */
function utf8(b: Buffer): string {
  const s = b.toString('utf8');
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/**
 * Whether a character is one of GB 2312's 3,755 level-one characters (GBK bytes B0A1–D7F9), the common characters of modern
 * Chinese: a run's repair made of them is plain text even where the shorter list of common characters lacks one (减轻基层).
 */
function isLevelOne(c: string): boolean {
  if (c.length !== 1 || c.charCodeAt(0) < 0x4e00 || c.charCodeAt(0) > 0x9fff) return false;
  const b = gbkBytes(c);
  return b.length === 2 && b[0]! >= 0xb0 && b[0]! <= 0xd7 && b[1]! >= 0xa1 && b[1]! <= 0xfe;
}

/** The UTF-8 reading of a run's GBK bytes, when it is clean Chinese; undefined otherwise. */
function decodeUtf8Run(run: string, countsOf?: () => CjkCounts): { text: string; partial: boolean } | undefined {
  const parts: Buffer[] = [];
  for (const ch of run) {
    if (ch === '\ufffd') parts.push(Buffer.from([0xff])); // a lost byte: decodes to U+FFFD below
    else parts.push(gbkBytes(ch));
  }
  // Most candidates are clean text with a few rare characters in a row, whose bytes hold no two UTF-8
  // sequences: such a run cannot read as two characters, and is not decoded at all.
  if (!run.includes('\ufffd') && !twoSequences(parts)) return undefined;
  const bytes = Buffer.concat(parts);
  // A byte the GBK reading dropped (U+FFFD) was a UTF-8 continuation byte: try each of the 64 and
  // keep the one that yields the most common characters (纭� → 础, 夈� → 、).
  // Ties go to the character the document uses most (构 over 极 in 机构); the ideographic space
  // never wins.
  let counts: CjkCounts | undefined;
  const score = (b: Buffer): number => {
    counts ??= countsOf?.();
    let total = 0;
    for (const c of utf8(b)) {
      if (c === '\ufffd' || c === '\u3000' || c.charCodeAt(0) < 0x80 || !isCleanChar(c)) continue;
      total += 1000 + Math.min(counts?.get(c) ?? 0, 999);
    }
    return total;
  };
  let guessed = false;
  for (let k = 0; k < bytes.length; k++) {
    if (bytes[k] !== 0xff) continue;
    // Two lost bytes in a row (设 = e8 ae be read as 鸿 + two losses) are guessed together.
    const pair = bytes[k + 1] === 0xff;
    let best = [0xff, 0xff];
    let bestScore = score(bytes);
    for (let v = 0x80; v <= 0xbf; v++) {
      bytes[k] = v;
      for (let w = pair ? 0x80 : 0; w <= (pair ? 0xbf : 0); w++) {
        if (pair) bytes[k + 1] = w;
        const sc = score(bytes);
        if (sc > bestScore) (best = [v, w]), (bestScore = sc);
      }
    }
    bytes[k] = best[0]!;
    if (pair) bytes[k + 1] = best[1]!;
    guessed = true;
  }
  const decoded = utf8(bytes);
  const chars = [...decoded];
  // A lost byte breaks one character, which the decoder may report as several U+FFFD.
  const bad = (decoded.match(/\ufffd+/g) ?? []).length;
  const good = chars.filter((c) => c !== '\ufffd' && c.charCodeAt(0) >= 0x80 && (isCleanChar(c) || isLevelOne(c))).length;
  const other = chars.filter((c) => c !== '\ufffd').length - good;
  // Mostly common characters, and at most one broken sequence per three characters.
  if (good < 2 || other > good / 4 || bad * 3 > good) return undefined;
  const text = decoded.replace(/\ufffd+/g, '');
  // A guessed byte is a likely reading, not a certain one: the repair is offered as partial.
  return { text, partial: bad > 0 || guessed };
}

/** GBK runs read one byte off, each starting at the `?` (or U+FFFD) left by the lost byte. */
function findShiftedGbk(text: string): MojibakeRun[] {
  const runs: MojibakeRun[] = [];
  if (!/[?\ufffd]/.test(text)) return runs;
  const plausible = makePlausibility(cjkCounts(text));
  let i = 0;
  // Next positions of `?` and U+FFFD, refreshed only once passed, so the scan stays linear.
  let q = -2;
  let r = -2;
  while (i < text.length) {
    if (q !== -1 && q < i) q = text.indexOf('?', i);
    if (r !== -1 && r < i) r = text.indexOf('\ufffd', i);
    const p = q < 0 ? r : r < 0 ? q : Math.min(q, r);
    if (p < 0) break;
    const next = text[p + 1];
    if (next !== undefined && (isDoubleByte(next) || next === '?' || next === '\ufffd')) {
      const run = tryRun(text, p, plausible);
      if (run) {
        runs.push(run);
        i = run.end;
        continue;
      }
    }
    i = p + 1;
  }
  return runs;
}

/**
 * Repairs one damaged run such as `?。ㄒ唬┌l` → `（一）發`. The run must start with the `?` left by
 * the lost byte. Returns undefined when the run does not read better shifted.
 */
export function repairMojibake(run: string): { text: string; partial: boolean } | undefined {
  const start = run.search(/[?\ufffd]/);
  if (start < 0) return undefined;
  const found = tryRun(run, start, makePlausibility(cjkCounts(run)));
  if (!found || found.repair === undefined) return undefined;
  // Text after the run's end is already aligned and is kept as written.
  return { text: run.slice(0, start) + found.repair + run.slice(found.end), partial: found.partial };
}
