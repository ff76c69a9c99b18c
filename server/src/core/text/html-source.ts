// A plan saved from its web page as the page's HTML source (<p>…</p>, <table><tr><td>…, &ldquo;数字政府&rdquo;) is read
// as the page shows it: the page's head, scripts and styles blanked; a paragraph, a heading or a line break starts a
// line; a table's row stands on one line with its cells apart by tabs; inline tags (<strong>, <span>) blanked; and
// each character entity read as its character. Every offset holds: each tag or entity keeps its length (the character
// an entity stands for, then spaces; an opening quote or bracket after the spaces, by the words it opens).
// A text that is not a page's source, with a stray &ldquo; in it, is left as it is (garbled-text reports that).
import { entityChar } from './entities';

/**
 * Tags a page's source is made of (not <br>, which a Markdown table's cell may hold; nor inline tags alone, which a
 * copied rich text may keep: a page has paragraphs, blocks or a table).
 */
const PAGE_TAG = /<\/?(?:html|body|p|div|table|tbody|thead|tr|td|th|h[1-6]|li|ul|ol|section|article)\b[^<>]*>/gi;
/** How many such tags make a text a page's source. */
const MIN_TAGS = 8;
/** Parts of a page that are no text of it: the head, scripts, styles and comments (their contents too). */
const HIDDEN = /<head\b[\s\S]*?<\/head\s*>|<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->|<!DOCTYPE[^<>]*>/gi;
/** Any tag. Group 1: a closing slash; group 2: the tag's name. */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g;
/** Tags that start a line of the page. */
const BLOCK = /^(?:p|div|h[1-6]|br|li|ul|ol|table|tbody|thead|section|article|body|html|blockquote|pre|hr|dl|dt|dd)$/i;
/** A character entity: named, decimal or hexadecimal. */
const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,10});/g;
/** Characters that open what follows them: placed last in their entity's span, next to the words they open. */
const OPENS = /^[“‘«（(《【\[]$/;

/** Whether a text is a page's HTML source (see the file's comment). */
export function isHtmlSource(text: string): boolean {
  if (!text.includes('</') || !text.includes('>')) return false;
  let n = 0;
  PAGE_TAG.lastIndex = 0;
  while (PAGE_TAG.exec(text)) if (++n >= MIN_TAGS) return true;
  return false;
}

/** The text of a page's HTML source as the page shows it, same length; any other text as it is. */
export function readHtmlSource(text: string): string {
  if (!isHtmlSource(text)) return text;
  const out = text.split('');
  const blank = (start: number, end: number): void => {
    for (let i = start; i < end; i++) if (out[i] !== '\n' && out[i] !== '\r') out[i] = ' ';
  };
  for (const m of text.matchAll(HIDDEN)) blank(m.index!, m.index! + m[0].length);
  // Rows: the row's own line breaks (a cell a line in the source) become spaces; its cells are apart by tabs.
  let row: { start: number; cells: number } | undefined;
  for (const m of text.matchAll(TAG)) {
    const at = m.index!;
    const end = at + m[0].length;
    if (out[at] !== '<') continue; // Inside a hidden part.
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    blank(at, end);
    if (name === 'tr') {
      if (!closing) {
        out[at] = '\n';
        row = { start: at + 1, cells: 0 };
      } else if (row) {
        for (let i = row.start; i < at; i++) if (out[i] === '\n' || out[i] === '\r') out[i] = ' ';
        row = undefined;
      }
    } else if (name === 'td' || name === 'th') {
      if (!closing && row) out[at] = row.cells++ === 0 ? ' ' : '\t';
    } else if (BLOCK.test(name) && !row) out[at] = '\n';
  }
  decodeInto(text, out);
  return out.join('');
}

/** Each character entity of `text` written into `out` as its character, the rest of its span spaces (see the file's comment). */
function decodeInto(text: string, out: string[]): void {
  for (const m of text.matchAll(ENTITY)) {
    const at = m.index!;
    if (out[at] !== '&') continue;
    const c = entityChar(m[1]!);
    // An unknown name (&foo;) is left as written; a character beyond one code unit (an emoji) too.
    if (c === undefined || c.length !== 1) continue;
    for (let i = at; i < at + m[0].length; i++) out[i] = ' ';
    out[OPENS.test(c) ? at + m[0].length - 1 : at] = c;
  }
}

/**
 * A text that is no page's source with the character references a copy left in it (&ldquo;数字政府&rdquo;, 2025&nbsp;年)
 * read as their characters, same length, so that names and dates read whole; the same string when it has none.
 * (garbled-text still reports them: see findReferences.)
 */
export function readReferences(text: string): string {
  if (!text.includes('&') || !ENTITY.test(text)) return text;
  ENTITY.lastIndex = 0;
  const out = text.split('');
  decodeInto(text, out);
  return out.join('');
}
