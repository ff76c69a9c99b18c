// What a page of a PDF adds to text copied out of it: page numbers between dashes (— 7 —, -8-) on
// lines of their own, and a running header repeated on every page (柳州市人民政府公报  2023年第13期, or
// the plan's own title printed next to the page number).
// They are not the plan: analysis reads the draft with them blanked out (same length, so offsets
// hold), and a sentence or a table row broken by a page reads on across them.
import { blankSpans } from './blank';

/** A page number alone on its line, between dashes: — 7 —, - 8 -, －9－, —10—. */
export const PAGE_NUMBER = /^[ \t\u3000]*[—–\-－‒]{1,2}[ \t\u3000]*[0-9０-９]{1,4}[ \t\u3000]*[—–\-－‒]{1,2}[ \t\u3000]*$/;
/** What a running header names: the gazette or bulletin and its issue (公报, 2023年第13期). */
const RUNNING_HEADER = /公报|公報|通讯|通訊|简报|簡報|第\s*[0-9０-９]+\s*期/;
/** Cheap test before the lines are read: no dash-number-dash and no header word, no furniture. */
const CHEAP = /[—–\-－‒][ \t\u3000]*[0-9０-９]{1,4}[ \t\u3000]*[—–\-－‒]|公报|公報|通讯|通訊|简报|簡報|期/;
/** A running header is a line repeated on this many pages at least. */
const REPEATS = 3;
/** A line printed next to a page number on this many pages at least is a running header there. */
const BESIDE_REPEATS = 2;
/** What a running header printed beside page numbers is: a document's title or its issuer's masthead. */
const TITLE_LIKE = /(?:方案|意见|通知|公报|文件|计划|要点|规划|办法|报告|清单)$|方案[（(][^（）()]{1,8}[）)]$|人民政府|办公室|办公厅|^[\u4e00-\u9fff]{1,10}[〔［\[（(]\s*(?:19|20)[0-9]{2}\s*[〕］\]）)]\s*[0-9]{1,4}\s*号$/;

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
  const furniture: { start: number; end: number }[] = lines.filter((l) => l.key === '' || (counts.get(l.key) ?? 0) >= REPEATS);
  const spans = furniture.concat(besidePageNumbers(text, lines.filter((l) => l.key === ''))).sort((x, y) => x.start - y.start);
  return blankSpans(text, spans.filter((s, k) => k === 0 || s.start >= spans[k - 1]!.end));
}

/**
 * Lines printed next to a page number (the nearest line above or below it with text) that recur there
 * on two pages or more and name a document or its issuer: a running header or footer, such as the
 * plan's title (大武口区数字政府建设实施方案) or a masthead (泾源县人民政府文件). Only those occurrences: the
 * same title at the head of the document is the plan's. A table's cell or row (持续开展, a header
 * repeated after a page break) is left alone.
 */
function besidePageNumbers(text: string, pageNumbers: { start: number; end: number }[]): { start: number; end: number }[] {
  const beside = new Map<string, { start: number; end: number }[]>();
  const add = (start: number, end: number) => {
    const lineEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    const key = text.slice(start, lineEnd).trim();
    if (key.length < 6 || key.length > 40 || !TITLE_LIKE.test(key) || /[\t|｜]|\S[ \u3000]{2,}\S|[。；;：:，,]/.test(key)) return;
    const list = beside.get(key) ?? beside.set(key, []).get(key)!;
    if (!list.some((l) => l.start === start)) list.push({ start, end: lineEnd });
  };
  for (const p of pageNumbers) {
    // The nearest line with text above and below, across at most one blank line.
    let end = p.start - 1;
    for (let k = 0; k < 2 && end > 0; k++) {
      const start = text.lastIndexOf('\n', end - 1) + 1;
      if (text.slice(start, end).trim()) {
        add(start, end);
        break;
      }
      end = start - 1;
    }
    let start = text.indexOf('\n', p.end);
    for (let k = 0; k < 2 && start >= 0; k++) {
      start++;
      let e = text.indexOf('\n', start);
      if (e < 0) e = text.length;
      if (text.slice(start, e).trim()) {
        add(start, e);
        break;
      }
      start = e < text.length ? e : -1;
    }
  }
  return [...beside.values()].filter((l) => l.length >= BESIDE_REPEATS).flat();
}
