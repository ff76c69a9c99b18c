// Footnote marks a Word file keeps when its text is copied out: [1], ［2］ and superscript digits after a
// word, and circled numbers after a word or a closing mark (县大数据服务中心⑦，《…》②。). They are no
// part of the words they follow: analysis reads the draft with them blanked (same length, so offsets hold).
// A circled number opening an item (；②推进…, 主要包括①数据共享) is a list's number and is kept.
import { blankSpans } from './blank';

/** [1], ［12］, superscript digits (global). */
const BRACKET_MARK = /\[[0-9]{1,2}\]|［[0-9０-９]{1,2}］|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}/g;
/** A circled number after an ideograph or a closing mark, before punctuation, a space or the line's end (global). */
const CIRCLED_MARK = /(?<=[\u4e00-\u9fff》”）)])[\u2460-\u2473](?=[，,。；;、：:\s）)]|$)/gm;
/** Cheap tests before the patterns run: a digit in brackets or a superscript; a circled number. */
const HAS_BRACKET_MARK = /[\[［][0-9０-９]|[¹²³⁴⁵⁶⁷⁸⁹⁰]/;
const HAS_CIRCLED = /[\u2460-\u2473]/;

/** The draft with its footnote marks blanked; the same string when there is none. */
export function blankFootnoteMarks(text: string): string {
  const spans: { start: number; end: number }[] = [];
  if (HAS_BRACKET_MARK.test(text)) {
    for (const m of text.matchAll(BRACKET_MARK)) {
      // A superscript among Latin-1 letters is a byte of text read in the wrong encoding (å…³ for 关), no mark.
      if (m[0][0] !== '[' && m[0][0] !== '［' && /[\u00c0-\u00ff]/.test(text.slice(Math.max(0, m.index! - 2), m.index!))) continue;
      spans.push({ start: m.index!, end: m.index! + m[0].length });
    }
  }
  if (HAS_CIRCLED.test(text)) for (const m of text.matchAll(CIRCLED_MARK)) spans.push({ start: m.index!, end: m.index! + m[0].length });
  if (!spans.length) return text;
  spans.sort((a, b) => a.start - b.start);
  return blankSpans(text, spans);
}
