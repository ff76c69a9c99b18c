// A small non-validating XML scanner for OOXML parts: reports start tags, end tags and character
// data in document order. It never throws; malformed input simply ends the scan.

export interface XmlHandler {
  open(name: string, attributes: string, selfClosing: boolean): void;
  close(name: string): void;
  text(decodedText: string): void;
}

/** Scans `xml` and calls the handler; comments, processing instructions and doctypes are skipped. */
export function scanXml(xml: string, handler: XmlHandler): void {
  const length = xml.length;
  let index = 0;
  while (index < length) {
    const lessThan = xml.indexOf('<', index);
    if (lessThan < 0) {
      handler.text(decodeEntities(xml.slice(index)));
      return;
    }
    if (lessThan > index) handler.text(decodeEntities(xml.slice(index, lessThan)));
    if (xml.startsWith('<!--', lessThan)) {
      const end = xml.indexOf('-->', lessThan + 4);
      if (end < 0) return;
      index = end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lessThan)) {
      const end = xml.indexOf(']]>', lessThan + 9);
      if (end < 0) return;
      handler.text(xml.slice(lessThan + 9, end));
      index = end + 3;
      continue;
    }
    const greaterThan = findTagEnd(xml, lessThan + 1);
    if (greaterThan < 0) return;
    const inner = xml.slice(lessThan + 1, greaterThan);
    index = greaterThan + 1;
    if (inner.startsWith('?') || inner.startsWith('!')) continue;
    if (inner.startsWith('/')) {
      handler.close(inner.slice(1).trim());
      continue;
    }
    const selfClosing = inner.endsWith('/');
    const body = selfClosing ? inner.slice(0, -1) : inner;
    const nameEnd = body.search(/[\s]/);
    const name = nameEnd < 0 ? body : body.slice(0, nameEnd);
    const attributes = nameEnd < 0 ? '' : body.slice(nameEnd);
    handler.open(name, attributes, selfClosing);
    if (selfClosing) handler.close(name);
  }
}

/** Finds the '>' closing a tag, skipping over quoted attribute values. */
function findTagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let index = from; index < xml.length; index++) {
    const unit = xml.charCodeAt(index);
    if (quote) {
      if (unit === quote) quote = 0;
    } else if (unit === 0x22 || unit === 0x27) {
      quote = unit;
    } else if (unit === 0x3e) {
      return index;
    }
  }
  return -1;
}

/** Reads one attribute value (entities decoded) from an attribute string, or undefined. */
export function attribute(attributes: string, name: string): string | undefined {
  const at = attributes.indexOf(name + '=');
  if (at < 0) return undefined;
  // Make sure we matched a whole attribute name, not the tail of a longer one.
  if (at > 0 && !/\s/.test(attributes[at - 1]!)) {
    const again = attributes.indexOf(' ' + name + '=');
    if (again < 0) return undefined;
    return attribute(attributes.slice(again), name);
  }
  const quote = attributes[at + name.length + 1];
  if (quote !== '"' && quote !== "'") return undefined;
  const end = attributes.indexOf(quote, at + name.length + 2);
  if (end < 0) return undefined;
  return decodeEntities(attributes.slice(at + name.length + 2, end));
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, entity: string) => {
    if (entity.startsWith('#')) {
      const codePoint = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(codePoint) && codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
    }
    return NAMED_ENTITIES[entity] ?? whole;
  });
}
