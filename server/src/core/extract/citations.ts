// Citation extraction: every 《title》 in the text with the 文号 that follows it, e.g.
// 《国务院关于加强数字政府建设的指导意见》(国发〔2022〕14号), and 文号 normalisation for comparison.
import type { CitationMention } from '../types';

/** Longest title we accept between 《 and 》; longer spans are treated as unbalanced brackets. */
const MAX_TITLE = 300;
/**
 * A 文号: issuer abbreviation, year in 〔〕 or as drafts also type it (﹝﹞ [] ［］ 【】 （） ()), number, 号/號. A year in round
 * brackets is read only with a 发/办/函 … before it (宁政发（2023）17号), as a 文号's issuer code ends.
 */
const DOC_NUMBER = '[\\u4e00-\\u9fff]{1,12}\\s?(?:[〔\\[［【﹝]\\s?[0-9０-９]{4}\\s?[〕\\]］】﹞]|(?<=[发發办辦函字令])[（(]\\s?[0-9０-９]{4}\\s?[）)])\\s?第?[0-9０-９]{1,5}\\s?[号號]';
/**
 * After the title: the 文号 in （…） or (…), alone or before a remark of the same bracket
 * (（桂政发〔2022〕31号，以下简称自治区实施意见）, （…，2023年印发）) that names no other 文号; or bare after
 * optional spaces; or in a bracket of labelled fields (（发文机关：国务院；文号：国发〔2022〕14号；印发日期：…）).
 */
const AFTER_TITLE = new RegExp(`^([ \\t\\u3000\\r\\n]*)(?:([（(])(${DOC_NUMBER})(?:[）)]|[，,；;][^（()）\\n〔\\[［【]{1,40}[）)])|(${DOC_NUMBER})|[（(](?:[^（()）\\n〔\\[［【]{0,40}?[；;，,][ \\t\\u3000]*)?(?:文号|文號|发文字号|發文字號)[ \\t\\u3000]*[：:][ \\t\\u3000]*(${DOC_NUMBER}))`, 'u');

/** A title broken over lines (a PDF copy) is accepted up to this length, and over at most two breaks. */
const MAX_WRAPPED_TITLE = 80;

/** Finds the 》 matching the 《 at `open`, allowing nested 《》; -1 when unbalanced. */
function matchingClose(text: string, open: number, limit: number): number {
  let depth = 0;
  let breaks = 0;
  const end = Math.min(limit, open + MAX_TITLE + 2);
  for (let i = open; i < end; i++) {
    const c = text[i];
    if (c === '《') depth++;
    else if (c === '》') {
      depth--;
      if (depth === 0) return i;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') continue;
      if (++breaks > 2 || i - open > MAX_WRAPPED_TITLE) return -1;
    }
  }
  return -1;
}

/**
 * Finds every 《title》 between `from` and `to`, with the 文号 that directly follows it, if any:
 * `《…》(国发〔2022〕14号)`, `《…》（宁党办[2023]32号）` or `《…》 宁政发〔2023〕17号`.
 * Nested titles (《关于印发《…》的通知》) yield the outer title only.
 */
export function findCitations(text: string, from = 0, to = text.length): CitationMention[] {
  const found: CitationMention[] = [];
  const limit = Math.min(text.length, to);
  let i = Math.max(0, from);
  while (i < limit) {
    const open = text.indexOf('《', i);
    if (open < 0 || open >= limit) break;
    const close = matchingClose(text, open, limit);
    if (close < 0) {
      i = open + 1;
      continue;
    }
    const mention: CitationMention = {
      start: open,
      end: close + 1,
      // Line breaks inside a wrapped title are not part of it.
      title: text.slice(open + 1, close).replace(/[ \t\u3000]*[\r\n]+[ \t\u3000]*/g, ''),
      titleSpan: { start: open + 1, end: close },
    };
    const after = AFTER_TITLE.exec(text.slice(close + 1, Math.min(limit, close + 1 + 80)));
    if (after) {
      const number = (after[3] ?? after[4] ?? after[5])!;
      const numberStart = close + 1 + (after[5] ? after[0].length - number.length : after[1]!.length + (after[2] ? 1 : 0));
      mention.docNumber = number;
      mention.docNumberSpan = { start: numberStart, end: numberStart + number.length };
      mention.end = close + 1 + after[0].length;
    }
    found.push(mention);
    i = mention.end;
  }
  return found;
}

/**
 * A higher level's document named by its kind without title marks, with its 文号 in brackets: 自治区实施意见（桂政发〔2022〕31号）,
 * 国务院指导意见（国发〔2022〕14号）. Group 1: the kind (the short title); group 2: the 文号.
 */
const UNMARKED_SHORT_TITLE = new RegExp(`(?:自治区|自治區|省|国务院|國務院)(实施意见|實施意見|指导意见|指導意見|工作要点|工作要點)[（(](${DOC_NUMBER})(?:[）)]|[，,；;][^（()）\\n〔\\[［【]{1,40}[）)])`, 'gu');

/**
 * findCitations, with the higher level's documents named by kind alone before a bracketed 文号 (自治区实施意见（…）) as
 * citations of that short title, in text order.
 */
export function findAllCitations(text: string): CitationMention[] {
  const found = findCitations(text);
  if (!/实施意见|實施意見|指导意见|指導意見|工作要点|工作要點/.test(text)) return found;
  const more: CitationMention[] = [];
  for (const m of text.matchAll(UNMARKED_SHORT_TITLE)) {
    const titleStart = m.index! + m[0].indexOf(m[1]!);
    const numberStart = titleStart + m[1]!.length + 1;
    if (found.some((c) => c.start <= titleStart && titleStart < c.end)) continue;
    more.push({
      start: titleStart,
      end: m.index! + m[0].length,
      title: m[1]!,
      titleSpan: { start: titleStart, end: titleStart + m[1]!.length },
      docNumber: m[2]!,
      docNumberSpan: { start: numberStart, end: numberStart + m[2]!.length },
    });
  }
  return more.length ? [...found, ...more].sort((a, b) => a.start - b.start) : found;
}

/**
 * Normal form of a 文号 for comparison: bracket variants become 〔〕, full-width digits become
 * ASCII, spaces are removed (宁党办[2023]32号 → 宁党办〔2023〕32号).
 */
export function normalizeDocNumber(s: string): string {
  return s
    .replace(/[\s\u3000]+/g, '')
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[\[［【﹝]|[（(](?=\s?[0-9]{4}\s?[）)])/g, '〔')
    .replace(/[\]］】﹞]|(?<=〔\s?[0-9]{4}\s?)[）)]/g, '〕');
}
