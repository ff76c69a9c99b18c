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
