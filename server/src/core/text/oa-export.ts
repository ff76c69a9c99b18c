// A plan exported as text from an office automation system marks every paragraph with its id and style
// ([P0007]【标题2】（一）…, [P0008]【正文】…) and every table row with its table and row ([T1-R3] 2 | 推进… | 市大数据局 | 2024年).
// The ids and styles are no part of the plan: analysis reads the draft with them blanked (same length, so offsets
// hold), and a row's bars as the tabs between its cells, so that the table reads as any table does.
import { someLineOpening } from './blank';

/** A paragraph's or a table row's id at the start of its line: [P0007], [T1-R3]. Group 1: T for a row. */
const ID = /^[ \t\u3000]*\[(?:P[0-9]{2,6}|(T)[0-9]{1,3}-R[0-9]{1,4})\][ \t\u3000]*/;
/** The paragraph style the system names after the id: 【正文】, 【标题2】, 【二级标题】, 【落款】 … */
const STYLE = /^【(?:[一二三四五六七八九]级)?(?:标题|標題|正文|主送|落款|抄送|附件|附注|表格|表题|日期|副标题|副標題|发文字号|印发机关|签发人|题注|正文首行|成文日期|表注)[0-9一二三四五六]?】/;
/** Fewest marked lines for a text to be such an export. */
const MIN_LINES = 8;

/** Cheap test, line start by line start: some line opens with [P or [T. */
function someLineMarked(text: string): boolean {
  return someLineOpening(text, (i) => text.charCodeAt(i) === 0x5b && (text[i + 1] === 'P' || text[i + 1] === 'T'));
}

/** The draft with an office system's paragraph ids and styles blanked and its table rows' bars read as tabs. */
export function readOaExport(text: string): string {
  if (!someLineMarked(text)) return text;
  const marked: { start: number; end: number; row: boolean; lineEnd: number }[] = [];
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end);
    const m = ID.exec(line);
    if (m) {
      const style = STYLE.exec(line.slice(m[0].length));
      marked.push({ start: at, end: at + m[0].length + (style ? style[0].length : 0), row: m[1] === 'T', lineEnd: end });
    }
    at = end + 1;
  }
  if (marked.length < MIN_LINES) return text;
  const out = text.split('');
  for (const mk of marked) {
    for (let i = mk.start; i < mk.end; i++) out[i] = ' ';
    // A row's cells are apart by bars: read as tabs (a bar in a cell's words is rare in a plan).
    if (mk.row) for (let i = mk.end; i < mk.lineEnd; i++) if (out[i] === '|' || out[i] === '｜') out[i] = '\t';
  }
  return out.join('');
}
