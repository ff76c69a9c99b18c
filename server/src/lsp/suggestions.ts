// Fixes on the read-only view of a PDF or Word file, as text to copy: for each change the place in the
// original (第 3 页, 第 12 段), the sentence as it stands and as it would read, to paste in Word or WPS.
import type { Analysis } from './documents';
import { toOffset, type LspFix } from './convert';
import type { CopySuggestionArgs } from './protocol';

/** Characters that end the stretch of text quoted around a change: sentence ends, cells, lines. */
const BOUNDARY = /[。；！？\t\n]/;
/** At most this many characters are quoted on each side of a change. */
const REACH = 60;

interface Change {
  start: number;
  end: number;
  newText: string;
}

/** The sentence (or table cell) around [start, end): from after the last boundary to the next one, inclusive. */
function windowAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && start - s < REACH && !BOUNDARY.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && e - end < REACH && !BOUNDARY.test(text[e]!)) e++;
  // Keep the sentence's own 。 or ；, not a tab or line break.
  if (e < text.length && /[。；！？]/.test(text[e]!)) e++;
  return { start: s, end: e };
}

function oneLine(s: string): string {
  return s.replace(/\t/g, ' ').replace(/\n+/g, ' ').trim();
}

/** The arguments of xianjie.copySuggestion for some fixes of one analysed view. */
export function copySuggestionArgs(a: Analysis, fixes: LspFix[]): CopySuggestionArgs {
  const text = a.text;
  const changes: Change[] = fixes
    .flatMap((f) => f.edits)
    .map((e) => ({ start: toOffset(a.lines, e.range.start), end: toOffset(a.lines, e.range.end), newText: e.newText }))
    .sort((x, y) => x.start - y.start);
  // Changes whose quoted sentences overlap are shown together.
  const groups: { start: number; end: number; changes: Change[] }[] = [];
  for (const c of changes) {
    const w = windowAround(text, c.start, c.end);
    const last = groups[groups.length - 1];
    if (last && w.start <= last.end) {
      last.end = Math.max(last.end, w.end);
      last.changes.push(c);
    } else groups.push({ ...w, changes: [c] });
  }
  const fileName = a.places?.fileName ?? decodeURIComponent(a.uri.split('/').pop() ?? a.uri);
  const places: string[] = [];
  const blocks = groups.map((g) => {
    const place = a.places?.labelAt(g.start);
    const line = a.lines.positionAt(g.start).line + 1;
    if (place && !places.includes(place)) places.push(place);
    let after = '';
    let at = g.start;
    for (const c of g.changes) {
      if (c.start < at) continue; // overlapping edits of two fixes: the first one stands
      after += text.slice(at, c.start) + c.newText;
      at = c.end;
    }
    after += text.slice(at, g.end);
    const what = g.changes
      .map((c) => (c.end > c.start ? `将“${oneLine(text.slice(c.start, c.end))}”改为“${oneLine(c.newText)}”` : `插入“${oneLine(c.newText)}”`))
      .join('；');
    return [
      `位置：${fileName}${place ? ` ${place}` : ''}（文字视图第 ${line} 行）`,
      `修改：${what}`,
      `原文：${oneLine(text.slice(g.start, g.end))}`,
      `改为：${oneLine(after)}`,
    ].join('\n');
  });
  return { fileName, kind: a.places?.kind ?? 'text', text: `${blocks.join('\n\n')}\n`, places };
}
