// Blanking at the same length: every character of the given spans but line breaks becomes a space, so
// offsets and line numbers into the draft hold. Used by the readers that take parts of a draft out of analysis.

/** The text with each span (in order, not overlapping) blanked; the same string when there is none. */
export function blankSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + text.slice(s.start, s.end).replace(/[^\n\r]/g, ' ');
    at = s.end;
  }
  return out + text.slice(at);
}

/**
 * Calls `visit` with the offset of each line's first character past its indent (spaces, tabs, U+3000), in order,
 * until it returns true; returns whether it did. Reads by line start, as a pattern over the whole text would try
 * every character.
 */
export function someLineOpening(text: string, visit: (at: number) => boolean | void): boolean {
  for (let at = 0; at < text.length; ) {
    let i = at;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u3000')) i++;
    if (visit(i)) return true;
    const next = text.indexOf('\n', i);
    if (next < 0) return false;
    at = next + 1;
  }
  return false;
}

/**
 * The text with every block of lines blanked that starts at a line `opens` accepts and runs to the first later line
 * `closes` accepts (that line kept). A block still open at the end runs to the end when `toEnd`, else is kept.
 */
export function blankLineBlocks(text: string, opens: (line: string) => boolean, closes: (line: string) => boolean, toEnd: boolean): string {
  return blankSpans(text, lineBlocks(text, opens, closes, toEnd));
}

/** The blocks of lines blankLineBlocks blanks. */
export function lineBlocks(text: string, opens: (line: string) => boolean, closes: (line: string) => boolean, toEnd: boolean): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let open: number | undefined;
  for (let lineStart = 0; lineStart <= text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (opens(line)) open ??= lineStart;
    else if (open !== undefined && closes(line)) {
      spans.push({ start: open, end: lineStart });
      open = undefined;
    }
    lineStart = lineEnd + 1;
  }
  if (open !== undefined && toEnd) spans.push({ start: open, end: text.length });
  return spans;
}
