// What a page of a PDF adds to text copied out of it: page numbers between dashes (— 7 —, -8-) on
// lines of their own, and a running header repeated on every page (柳州市人民政府公报  2023年第13期).
// They are not the plan: analysis reads the draft with them blanked out (same length, so offsets
// hold), and a sentence or a table row broken by a page reads on across them.
import { blankSpans } from './blank';

/** A page number alone on its line, between dashes: — 7 —, - 8 -, －9－, —10—. */
const PAGE_NUMBER = /^[ \t\u3000]*[—–\-－‒]{1,2}[ \t\u3000]*[0-9０-９]{1,4}[ \t\u3000]*[—–\-－‒]{1,2}[ \t\u3000]*$/;
/** What a running header names: the gazette or bulletin and its issue (公报, 2023年第13期). */
const RUNNING_HEADER = /公报|公報|通讯|通訊|简报|簡報|第\s*[0-9０-９]+\s*期/;
/** Cheap test before the lines are read: no dash-number-dash and no header word, no furniture. */
const CHEAP = /[—–\-－‒][ \t\u3000]*[0-9０-９]{1,4}[ \t\u3000]*[—–\-－‒]|公报|公報|通讯|通訊|简报|簡報|期/;
/** A running header is a line repeated on this many pages at least. */
const REPEATS = 3;

/** The draft with every page number and running header blanked (the same string when there is none). */
export function blankPageFurniture(text: string): string {
  if (!CHEAP.test(text)) return text;
  const lines: { start: number; end: number; key: string }[] = [];
  const counts = new Map<string, number>();
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const lineEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    const line = text.slice(start, lineEnd);
    const key = line.trim();
    if (PAGE_NUMBER.test(line)) lines.push({ start, end: lineEnd, key: '' });
    else if (key.length >= 4 && key.length <= 80 && RUNNING_HEADER.test(key)) {
      lines.push({ start, end: lineEnd, key });
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    start = end + 1;
  }
  return blankSpans(text, lines.filter((l) => l.key === '' || (counts.get(l.key) ?? 0) >= REPEATS));
}
