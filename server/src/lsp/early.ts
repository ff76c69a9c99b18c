// Hover and completion while the current version of a document is still to be checked: answered at
// once from the last analysis where the edits since then left the text unchanged, not after the check.
import type { CompletionItem, Hover, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../core/positions';
import { provideCompletion } from './completion';
import { EMPTY_RESULT, type Analysis, type RunningCheck } from './documents';
import { provideHover } from './hover';

/** What the current version is to be checked against: the last analysis (older) and the check under way. */
export interface Pending {
  doc: TextDocument;
  earlier?: Analysis;
  running?: RunningCheck;
}

/** Two versions of a text share their first `prefix` and their last `suffix` characters. */
export interface SharedEnds {
  prefix: number;
  suffix: number;
}

const CHUNK = 4096;

/** The unchanged start and end of two texts (the ends never overlap in the shorter one). */
export function sharedEnds(before: string, after: string): SharedEnds {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  // Whole chunks compared natively first, then character by character.
  while (prefix + CHUNK <= max && before.slice(prefix, prefix + CHUNK) === after.slice(prefix, prefix + CHUNK)) prefix += CHUNK;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  const room = max - prefix;
  let suffix = 0;
  while (suffix + CHUNK <= room && before.slice(before.length - suffix - CHUNK, before.length - suffix) === after.slice(after.length - suffix - CHUNK, after.length - suffix)) suffix += CHUNK;
  while (suffix < room && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { prefix, suffix };
}

const endsCache = new WeakMap<Analysis, { version: number; ends: SharedEnds }>();

function endsOf(a: Analysis, doc: TextDocument, now: string): SharedEnds {
  const hit = endsCache.get(a);
  if (hit && hit.version === doc.version) return hit.ends;
  const ends = sharedEnds(a.text, now);
  endsCache.set(a, { version: doc.version, ends });
  return ends;
}

/** A current offset in the earlier text, when the character there is unchanged. */
function toEarlier(offset: number, before: string, now: string, ends: SharedEnds): number | undefined {
  if (offset < ends.prefix) return offset;
  if (offset >= now.length - ends.suffix) return offset - (now.length - before.length);
  return undefined;
}

/**
 * The hover the earlier analysis gives for a place in text unchanged since, its range moved to the
 * current version; undefined when the place or the range touches changed text (then the caller
 * waits for the check of the current version).
 */
export function hoverFromEarlier(a: Analysis, doc: TextDocument, position: Position): Hover | null | undefined {
  const now = doc.getText();
  const ends = endsOf(a, doc, now);
  const before = toEarlier(doc.offsetAt(position), a.text, now, ends);
  if (before === undefined) return undefined;
  const h = provideHover(a, a.lines.positionAt(before));
  if (!h?.range) return h;
  const start = a.lines.offsetAt(h.range.start);
  const end = a.lines.offsetAt(h.range.end);
  // Before the change, lines and characters are the same in both versions.
  if (end <= ends.prefix) return h;
  const tail = a.text.length - ends.suffix;
  if (start < tail) return undefined;
  const delta = now.length - a.text.length;
  return { ...h, range: { start: doc.positionAt(start + delta), end: doc.positionAt(end + delta) } };
}

const linesCache = new WeakMap<TextDocument, { version: number; lines: LineIndex }>();

/**
 * Completion for the current text at once: the context is read from the current text; unit names,
 * deadline forms and headings come from the baseline and registry of the last analysis (or of the
 * check under way); the regional task whose deadline is offered first is the one the last analysis
 * aligned at that place (at the start of the changed text when the place is new).
 * Undefined when there is neither (the first check has not read its settings yet).
 */
export function completionFromEarlier(p: Pending, position: Position): CompletionItem[] | undefined {
  const base: Analysis | undefined = p.earlier ?? (p.running && {
    uri: p.doc.uri, version: p.running.version, text: p.running.text, lines: p.running.lines, result: EMPTY_RESULT,
    prepared: p.running.prepared, registry: p.running.registry, settings: p.running.settings, diagnostics: [], skipped: true,
    timing: { uri: p.doc.uri, version: p.running.version, analysisMs: 0, totalMs: 0, findings: 0 },
  });
  if (!base) return undefined;
  const now = p.doc.getText();
  let lines = p.running?.version === p.doc.version ? p.running.lines : undefined;
  if (!lines) {
    const hit = linesCache.get(p.doc);
    lines = hit?.version === p.doc.version ? hit.lines : new LineIndex(now);
    linesCache.set(p.doc, { version: p.doc.version, lines });
  }
  const ends = p.earlier ? endsOf(p.earlier, p.doc, now) : { prefix: now.length, suffix: 0 };
  const current: Analysis = { ...base, version: p.doc.version, text: now, lines };
  return provideCompletion(current, position, (offset) => toEarlier(offset, base.text, now, ends) ?? ends.prefix);
}
