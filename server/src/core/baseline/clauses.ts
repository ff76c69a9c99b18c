// The clause tree of a baseline body: outline headings and sub-items with stable ids, and the
// lookups the compiler needs (by heading numbers, by title words, descendants).
import { parseOutline, squeeze } from '../outline';
import { foldForMatching } from '../text/fold';
import type { OutlineUnit } from '../types';
import type { Clause } from './schema';

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** Converts a Chinese numeral up to 99 (一, 十二, 二十三) to a number. */
export function cnNumber(s: string): number {
  const t = s.replace(/[^一二三四五六七八九十]/g, '');
  if (!t) return NaN;
  if (t === '十') return 10;
  const i = t.indexOf('十');
  if (i < 0) return CN_DIGITS[t[0]!] ?? NaN;
  const tens = i === 0 ? 1 : CN_DIGITS[t[0]!] ?? NaN;
  const ones = i === t.length - 1 ? 0 : CN_DIGITS[t[i + 1]!] ?? NaN;
  return tens * 10 + ones;
}

export function markerNumber(marker: string): number {
  const digits = marker.replace(/[^0-9０-９]/g, '').replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  if (digits) return parseInt(digits, 10);
  return cnNumber(marker);
}

/** Builds the clause tree from the outline of the body text. */
export function buildClauses(body: string): { clauses: Clause[]; units: OutlineUnit[]; clauseOfUnit: Map<number, string> } {
  const { units } = parseOutline(body, { runOnSubitems: false, appendices: false });
  const clauses: Clause[] = [];
  const byId = new Map<string, Clause>();
  const idOfUnit = new Map<number, string>();
  const subCount = new Map<string, number>();
  const texts = new Map<string, string[]>();
  let last: Clause | undefined;
  for (const u of units) {
    if (u.kind === 'paragraph' || u.kind === 'task-row') {
      if (last) texts.get(last.id)!.push(squeeze(body.slice(u.start, u.end)));
      continue;
    }
    const parentId = u.parent !== undefined ? idOfUnit.get(u.parent) : undefined;
    const parent = parentId ? byId.get(parentId) : undefined;
    let id: string;
    if (u.kind === 'subitem') {
      const key = parentId ?? 'root';
      const k = (subCount.get(key) ?? 0) + 1;
      subCount.set(key, k);
      id = `${parentId ?? '0'}.s${k}`;
    } else {
      const n = markerNumber(u.marker);
      id = parentId ? `${parentId}.${n}` : String(n);
    }
    // Duplicate numbering (a document restarting its count) keeps ids unique.
    while (byId.has(id)) id += "'";
    const clause: Clause = {
      id,
      level: u.level,
      kind: u.kind === 'subitem' ? 'subitem' : 'heading',
      marker: u.marker,
      title: u.title,
      path: parent ? [...parent.path, parent.title] : [],
      markers: parent ? [...parent.markers, u.marker] : [u.marker],
      text: '',
      parentId,
    };
    idOfUnit.set(u.index, id);
    texts.set(id, [squeeze(body.slice(u.start, u.end))]);
    clauses.push(clause);
    byId.set(id, clause);
    last = clause;
  }
  for (const c of clauses) c.text = texts.get(c.id)!.join('\n');
  return { clauses, units, clauseOfUnit: idOfUnit };
}

/** The heading clause at heading numbers such as "三/一" (三、（一）). */
export function findClauseByNumbers(clauses: Clause[], spec: string): Clause | undefined {
  const nums = spec.split('/').map(cnNumber);
  return clauses.find(
    (c) => c.kind === 'heading' && c.markers.length === nums.length && c.markers.every((m, i) => markerNumber(m) === nums[i]),
  );
}

/**
 * The outermost, first heading whose title contains `words` (both folded, so Simplified words find
 * Traditional titles), optionally only inside the level-1 heading numbered `within`.
 */
export function findClauseByTitle(clauses: Clause[], words: string, within?: string): Clause | undefined {
  const w = foldForMatching(words);
  const scope = within ? findClauseByNumbers(clauses, within) : undefined;
  if (within && !scope) return undefined;
  const hits = clauses.filter(
    (c) => c.kind === 'heading' && foldForMatching(c.title).includes(w) && (!scope || c.id === scope.id || c.id.startsWith(scope.id + '.')),
  );
  return hits.sort((a, b) => a.level - b.level)[0];
}

/** The clause and every clause below it. */
export function descendants(clauses: Clause[], root: Clause): Clause[] {
  return clauses.filter((c) => c.id === root.id || c.id.startsWith(root.id + '.'));
}

/** Chinese heading numbers of a clause ("三/一"), as manifests write them. */
export function headingNumbers(clause: Clause): string {
  const cn = (n: number): string => {
    const d = '一二三四五六七八九';
    if (n <= 0 || !Number.isFinite(n)) return String(n);
    if (n < 10) return d[n - 1]!;
    if (n === 10) return '十';
    if (n < 20) return '十' + d[n - 11]!;
    return d[Math.floor(n / 10) - 1]! + '十' + (n % 10 ? d[(n % 10) - 1]! : '');
  };
  return clause.markers.map((m) => cn(markerNumber(m))).join('/');
}
