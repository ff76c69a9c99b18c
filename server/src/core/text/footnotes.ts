// Footnote marks a Word file keeps when its text is copied out: [1], ［2］ and superscript digits after a
// word, and circled numbers after a word or a closing mark (县大数据服务中心⑦，《…》②。). They are no
// part of the words they follow: analysis reads the draft with them blanked (same length, so offsets hold).
// A circled number opening an item (；②推进…, 主要包括①数据共享) is a list's number and is kept. A footnote's own
// mark at the start of its line before a note's label (①责任单位：…；完成时限：…, [3]牵头单位：…) is blanked too, so that
// the footnote reads as the note it is; footnoteMarks gives every mark, for tying such a note to its paragraph.
import { blankSpans, someLineOpening } from './blank';
import { NOTE_LABELS } from './labels';

/** [1], ［12］, superscript digits (global). */
const BRACKET_MARK = /\[[0-9]{1,2}\]|［[0-9０-９]{1,2}］|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}/g;
/** A circled number after an ideograph or a closing mark, before punctuation, a space or the line's end (global). */
const CIRCLED_MARK = /(?<=[\u4e00-\u9fff》”）)])[\u2460-\u2473](?=[，,。；;、：:\s）)]|$)/gm;
/** Cheap tests before the patterns run: a digit in brackets or a superscript; a circled number. */
const HAS_BRACKET_MARK = /[\[［][0-9０-９]|[¹²³⁴⁵⁶⁷⁸⁹⁰]/;
const HAS_CIRCLED = /[\u2460-\u2473]/;
/** A footnote's own mark before a note's label (①责任单位：, [2] 完成时限：), read where a line opens (sticky). */
const NOTE_MARK = new RegExp(`([\\u2460-\\u2473]|[\\[［〔][0-9０-９]{1,2}[\\]］〕])(?=[ \\t\\u3000]*(?:${NOTE_LABELS}|时限|時限)[ \\t\\u3000]*[：:])`, 'y');

/** A footnote mark: where it stands, the number it gives in its style (c7 for ⑦, b7 for [7]), and whether it opens a note. */
export interface FootnoteMark {
  start: number;
  end: number;
  key: string;
  note: boolean;
}

/** The mark's style and number: c for circled, b for bracketed or superscript digits. */
function markKey(mark: string): string {
  const c = mark.charCodeAt(0);
  if (c >= 0x2460 && c <= 0x2473) return `c${c - 0x2460 + 1}`;
  const digits = mark.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)).replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]/g, (d) => String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(d))).replace(/[^0-9]/g, '');
  return `b${Number(digits)}`;
}

/** Every footnote mark of the draft, in order (see the file's comment). */
export function footnoteMarks(text: string): FootnoteMark[] {
  const out: FootnoteMark[] = [];
  const bracket = HAS_BRACKET_MARK.test(text);
  const circled = HAS_CIRCLED.test(text);
  if (bracket) {
    for (const m of text.matchAll(BRACKET_MARK)) {
      // A superscript among Latin-1 letters is a byte of text read in the wrong encoding (å…³ for 关), no mark.
      if (m[0][0] !== '[' && m[0][0] !== '［' && /[\u00c0-\u00ff]/.test(text.slice(Math.max(0, m.index! - 2), m.index!))) continue;
      out.push({ start: m.index!, end: m.index! + m[0].length, key: markKey(m[0]), note: false });
    }
  }
  if (circled) for (const m of text.matchAll(CIRCLED_MARK)) out.push({ start: m.index!, end: m.index! + m[0].length, key: markKey(m[0]), note: false });
  if (bracket || circled || text.includes('〔')) {
    // Looked for where each line opens, past its indent.
    someLineOpening(text, (i) => {
      const c = text.charCodeAt(i);
      if ((c >= 0x2460 && c <= 0x2473) || c === 0x5b || c === 0xff3b || c === 0x3014) {
        NOTE_MARK.lastIndex = i;
        const m = NOTE_MARK.exec(text);
        if (m) {
          const k = out.findIndex((x) => x.start === i);
          const mark = { start: i, end: i + m[0].length, key: markKey(m[0]), note: true };
          if (k >= 0) out[k] = mark;
          else out.push(mark);
        }
      }
    });
  }
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

/** The draft with its footnote marks blanked; the same string when there is none. */
export function blankFootnoteMarks(text: string, marks: readonly FootnoteMark[] = footnoteMarks(text)): string {
  return marks.length ? blankSpans(text, marks) : text;
}
