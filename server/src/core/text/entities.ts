// HTML character references (&ldquo;, &#25968;, &#x6570;) and what they stand for: one table for the reader of a
// page's source (html-source.ts) and for the references a web copy leaves in the text (extract/damage.ts).

/** The named references a Chinese page uses, with their characters (the spaces as a plain space). */
const NAMED: Readonly<Record<string, string>> = {
  nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…', middot: '·', bull: '•',
  laquo: '«', raquo: '»', times: '×', divide: '÷', deg: '°', plusmn: '±', copy: '©', reg: '®', trade: '™',
  permil: '‰', sect: '§', para: '¶', yen: '¥', rarr: '→', larr: '←', uarr: '↑', darr: '↓',
};

/**
 * What a reference's body stands for (ldquo, #25968, #x6570, names in any case); undefined for a name not in the table
 * or a code beyond Unicode.
 */
export function entityChar(ref: string): string | undefined {
  if (ref[0] !== '#') {
    const name = ref.toLowerCase();
    return Object.hasOwn(NAMED, name) ? NAMED[name] : undefined;
  }
  const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}
