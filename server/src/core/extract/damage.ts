// Damage a copy picks up on its way through web pages, mail and editors, beside the GBK damage of
// mojibake.ts: HTML character references left in the text (&#25968;&#23383;, &nbsp;), UTF-8 read as
// Latin-1 or Windows-1252 (æœºå…³ for 机关), the 锟斤拷 that replacement characters become when their
// UTF-8 is read as GBK, and a run of question marks where characters were lost. Each is a run of
// garbled text; where the damage can be undone, the run carries its repair.
import * as iconv from 'iconv-lite';
import type { MojibakeRun } from '../types';
import { entityChar } from '../text/entities';

/** One or more character references in a row (spaces between them belong to the run). */
const REFERENCES = /(?:&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|nbsp|ensp|emsp|thinsp|amp|lt|gt|quot|apos|ldquo|rdquo|lsquo|rsquo|mdash|ndash|hellip|middot|times);[ \t]*)+/g;

/** 锟斤拷 (EF BF BD EF BF BD read as GBK), repeated, perhaps with a lone 锟 at the end. */
const REPLACEMENT_AS_GBK = /(?:锟斤拷)+锟?/g;

/** Three or more ASCII question marks in a row: characters a conversion could not write. */
const LOST = /\?{3,}/g;
/**
 * Replacement characters (U+FFFD) three times or more within a stretch, with at most two other characters (not
 * ideographs) between them (ì�ܾ��׶�Ԫ���� for 矛盾纠纷多元化解): GBK bytes read as UTF-8, the bytes a decoder could
 * not read lost for good.
 */
const REPLACED = /\ufffd(?:[^\u4e00-\u9fff\s，。；;：:、]{0,2}\ufffd){2,}/g;

/**
 * Characters Windows-1252 (or Latin-1) gives the bytes 0x80–0xFF: what UTF-8 text read in those
 * encodings turns into. The C1 controls stand for the five bytes 1252 leaves undefined.
 */
const LATIN_BYTE = new Map<string, number>();
for (let b = 0x80; b <= 0xff; b++) {
  const c = iconv.decode(Buffer.from([b]), 'win1252');
  LATIN_BYTE.set(c === '\ufffd' ? String.fromCharCode(b) : c, b);
  if (!LATIN_BYTE.has(String.fromCharCode(b))) LATIN_BYTE.set(String.fromCharCode(b), b);
}

/** A character a UTF-8 lead byte becomes in Latin-1 or Windows-1252 (Â–ï). */
const LATIN_LEAD = /[\u00c2-\u00ef]/;

/** Whether a character is a CJK ideograph (the repair of Latin-1 damage must give some). */
const isIdeograph = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/** Where a URL or an e-mail address runs around `at`, in which & and ? are part of the address. */
function inAddress(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && /[\x21-\x7e]/.test(text[from - 1]!)) from--;
  return /(?:https?:\/\/|www\.|@)/i.test(text.slice(from, at + 1));
}

/**
 * The runs of HTML character references left in a text (&#25968;&#23383;, &ldquo;), each with the characters it stands
 * for, in order. Spaces alone (&nbsp;&nbsp;) lose no words and are no run; nor is a reference inside an address.
 */
export function findReferences(text: string): MojibakeRun[] {
  const out: MojibakeRun[] = [];
  if (!text.includes('&')) return out;
  for (const m of text.matchAll(REFERENCES)) {
    if (inAddress(text, m.index!)) continue;
    const raw = m[0].replace(/[ \t]+$/, '');
    const repair = raw.replace(/&(#[xX]?[0-9a-fA-F]+|[a-z]+);[ \t]*/g, (_s, ref: string) => {
      // A named space stands for nothing in Chinese text.
      const c = entityChar(ref);
      return c === undefined || (ref[0] !== '#' && c.trim() === '') ? '' : c;
    });
    if (repair.trim() === '') continue;
    out.push({ start: m.index!, end: m.index! + raw.length, repair, partial: false, references: raw });
  }
  return out;
}

/** The runs of copy damage in a text, in order. */
export function findCopyDamage(text: string): MojibakeRun[] {
  const out: MojibakeRun[] = findReferences(text);
  if (text.includes('锟')) {
    for (const m of text.matchAll(REPLACEMENT_AS_GBK)) out.push({ start: m.index!, end: m.index! + m[0].length, partial: true });
  }
  if (text.includes('\ufffd')) {
    for (const m of text.matchAll(REPLACED)) {
      // The stray characters just before the first mark (ì) belong to the stretch.
      let start = m.index!;
      while (start > 0 && start > m.index! - 2 && !/[\u4e00-\u9fff\s，。；;：:、“”（）()]/.test(text[start - 1]!) && text.charCodeAt(start - 1) >= 0x80) start--;
      out.push({ start, end: m.index! + m[0].length, partial: true });
    }
  }
  if (text.includes('???')) {
    for (const m of text.matchAll(LOST)) {
      // Lost characters stand among Chinese text; in an address or a line of ASCII they are something else.
      const near = text.slice(Math.max(0, m.index! - 2), m.index! + m[0].length + 2);
      if (!/[\u4e00-\u9fff]/.test(near) || inAddress(text, m.index!)) continue;
      out.push({ start: m.index!, end: m.index! + m[0].length, partial: true });
    }
  }
  // A Latin-1 lead byte is rare in Chinese text: most texts are passed over by one native scan.
  if (LATIN_LEAD.test(text)) out.push(...latinRuns(text));
  if (CONTROL.test(text)) out.push(...controlRuns(text));
  return out.sort((a, b) => a.start - b.start);
}

/** Runs of UTF-8 read as Latin-1 or Windows-1252 that decode back into Chinese (twice, for text damaged twice). */
function latinRuns(text: string): MojibakeRun[] {
  const out: MojibakeRun[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    // A run opens with a UTF-8 lead byte (Ã for text damaged twice, à–ï for a Chinese character) and goes on over Latin bytes.
    if (!(c >= 0xc2 && c <= 0xef)) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && LATIN_BYTE.has(text[j]!)) j++;
    const repair = j - i >= 3 ? undoLatin(text.slice(i, j)) : undefined;
    if (repair) out.push({ start: i, end: j, repair, partial: false });
    i = Math.max(j, i + 1);
  }
  return out;
}

/** The run's bytes decoded as UTF-8, when they decode cleanly into text with Chinese in it (again, for a second layer). */
function undoLatin(run: string): string | undefined {
  let s = run;
  for (let layer = 0; layer < 2; layer++) {
    const chars = [...s];
    if (chars.some((ch) => !LATIN_BYTE.has(ch) && ch.charCodeAt(0) >= 0x80)) return undefined;
    const decoded = iconv.decode(Buffer.from(chars.map((ch) => LATIN_BYTE.get(ch) ?? ch.charCodeAt(0))), 'utf8');
    if (decoded.includes('\ufffd')) return undefined;
    if ([...decoded].some((ch) => isIdeograph(ch.charCodeAt(0)))) return decoded;
    // Damaged twice (Ã¦Â•Â° for 数): the first layer gives Latin-1 damage again.
    if (![...decoded].every((ch) => LATIN_BYTE.has(ch) || ch.charCodeAt(0) < 0x80)) return undefined;
    s = decoded;
  }
  return undefined;
}

/**
 * A control character no text means (not a tab, a line break, a vertical tab or a form feed, which editors and PDF copies
 * use for lines and pages): what a PDF's or another program's copy leaves inside words (协同办\u0002\u0002公平台).
 */
export const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/;
/** Every such character (global: matchAll and replace). */
export const CONTROL_ALL = new RegExp(CONTROL.source, 'g');
/** How far apart two stray control characters on a line may stand and still be one run of damage. */
const CONTROL_GAP = 16;

/** Runs of stray control characters, those on a line within CONTROL_GAP of each other together, with where each stands. */
function controlRuns(text: string): MojibakeRun[] {
  const out: MojibakeRun[] = [];
  let run: { start: number; end: number; controls: number[] } | undefined;
  for (const m of text.matchAll(CONTROL_ALL)) {
    const at = m.index!;
    if (run && at - run.end <= CONTROL_GAP && !text.slice(run.end, at).includes('\n')) {
      run.end = at + 1;
      run.controls.push(at);
      continue;
    }
    if (run) out.push({ start: run.start, end: run.end, partial: true, controls: run.controls });
    run = { start: at, end: at + 1, controls: [at] };
  }
  if (run) out.push({ start: run.start, end: run.end, partial: true, controls: run.controls });
  return out;
}
