// The suppressions file (xianjie-suppressions.json): findings a team has accepted, recorded by file,
// rule and a fingerprint of the finding itself (its text and heading path, never its line number).
// Read, matched, recorded, pruned and written here; shared by the CLI and the language server.
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { foldForMatching } from '../core/text/fold';
import type { Finding, OutlineUnit } from '../core/types';
import { UserError } from './project';
import { SuppressionsFileSchema, type SuppressionEntry } from './suppressionsSchema';

export type { SuppressionEntry };

export const SUPPRESSIONS_FILE = 'xianjie-suppressions.json';

export interface SuppressionSet {
  /** Absolute path of the suppressions file (it may not exist yet). */
  file: string;
  entries: SuppressionEntry[];
  /** False when the file does not exist. */
  exists: boolean;
}

/** What a finding's fingerprint is made of, and the fingerprint. */
export interface FindingPrint {
  fingerprint: string;
  /** The finding's own text (or what it is about), clipped, for people reading the file. */
  quote: string;
  /** Titles of the headings the finding sits under, joined with › . */
  path: string;
  /** task-uncovered: the uncovered tasks the finding lists, ascending. */
  tasks?: number[];
}

/** The suppressions file for a check: the one named, else beside the config file, else in `fallbackDir`. */
export function suppressionsPath(named: string | undefined, configFile: string | undefined, fallbackDir: string): string {
  if (named) return path.resolve(named);
  return path.join(configFile ? path.dirname(configFile) : fallbackDir, SUPPRESSIONS_FILE);
}

/** Reads a suppressions file; a missing file is an empty set. Bad content is a UserError in Chinese. */
export function loadSuppressions(file: string): SuppressionSet {
  const abs = path.resolve(file);
  let raw: string;
  try {
    raw = fs.readFileSync(abs, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { file: abs, entries: [], exists: false };
    throw new UserError(`无法读取抑制文件 ${file}：${e instanceof Error ? e.message : String(e)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\ufeff/, ''));
  } catch (e) {
    throw new UserError(`抑制文件 ${file} 不是有效的 JSON（${e instanceof Error ? e.message : String(e)}），请修正或删除后用 --suppress-all 重新生成。`);
  }
  const parsed = SuppressionsFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? issue.path.join('.') : '（根）';
    throw new UserError(`抑制文件 ${file} 的格式不正确（${where}：${issue.message}）。应为 {"version": 1, "suppressions": [{"file", "rule", "fingerprint", "reason"?}]}。`);
  }
  return { file: abs, entries: parsed.data.suppressions, exists: true };
}

/** The file text of a set of entries: sorted, so that the file diffs cleanly in review. */
export function serializeSuppressions(entries: SuppressionEntry[]): string {
  const order = (e: SuppressionEntry) => `${e.file}\u0000${e.rule}\u0000${e.fingerprint}`;
  const sorted = [...entries].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  const tidy = sorted.map((e) => ({
    file: e.file, rule: e.rule, fingerprint: e.fingerprint,
    ...(e.count && e.count > 1 ? { count: e.count } : {}),
    ...(e.tasks ? { tasks: [...e.tasks].sort((a, b) => a - b) } : {}),
    ...(e.baseline ? { baseline: e.baseline } : {}),
    ...(e.quote !== undefined ? { quote: e.quote } : {}),
    ...(e.path ? { path: e.path } : {}),
    ...(e.reason ? { reason: e.reason } : {}),
  }));
  return `${JSON.stringify({ version: 1, suppressions: tidy }, null, 2)}\n`;
}

export function saveSuppressions(set: SuppressionSet): void {
  try {
    fs.mkdirSync(path.dirname(set.file), { recursive: true });
    fs.writeFileSync(set.file, serializeSuppressions(set.entries));
  } catch (e) {
    throw new UserError(`无法写入抑制文件 ${set.file}：${e instanceof Error ? e.message : String(e)}`);
  }
}

/** How an entry names a checked file: relative to the suppressions file's folder, forward slashes. */
export function fileKey(set: Pick<SuppressionSet, 'file'>, checkedFile: string): string {
  return path.relative(path.dirname(set.file), path.resolve(checkedFile)).split(path.sep).join('/');
}

function sameFile(a: string, b: string): boolean {
  return process.platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** Text as compared: Traditional → Simplified, full → half width, no white space. */
function norm(s: string): string {
  return foldForMatching(s).replace(/\s+/g, '');
}

function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n)}…` : t;
}

/** The innermost outline unit that holds `offset`. */
function unitAt(outline: OutlineUnit[], offset: number): OutlineUnit | undefined {
  let best: OutlineUnit | undefined;
  for (const u of outline) {
    if (u.start > offset) break;
    if (offset < u.end || (offset === u.start && u.end === u.start)) best = u;
  }
  return best;
}

/**
 * The fingerprint of a finding. Findings about something missing are placed at a convenient heading:
 * what they are about is their identity (the uncovered tasks a task-uncovered finding lists, the
 * pillar a missing-pillar finding names). Every other finding is its own text plus the headings it
 * sits under (a task row or sub-item adds its title), folded and without white space: line numbers,
 * line endings, encodings and edits elsewhere do not change it; editing the finding's text or its
 * heading does.
 */
export function fingerprintFinding(f: Finding, text: string, outline: OutlineUnit[]): FindingPrint {
  const tasks = [...new Set(f.related.map((r) => r.taskNo).filter((n): n is number => n !== undefined))].sort((a, b) => a - b);
  let identity: string[];
  let quote: string;
  let headings = '';
  let listed: number[] | undefined;
  if (f.rule === 'task-uncovered' && tasks.length) {
    identity = ['tasks', tasks.join(',')];
    quote = `任务清单第${tasks.join('、')}项`;
    listed = tasks;
  } else if (f.rule === 'missing-pillar' && f.problemKey) {
    identity = ['pillar', f.problemKey];
    quote = f.problemKey;
  } else {
    const own = f.end > f.start ? text.slice(f.start, f.end) : text.slice(f.start, f.start + 12);
    const u = unitAt(outline, f.start);
    const titles = u ? (u.kind === 'paragraph' ? u.path : [...u.path, u.title]) : [];
    headings = titles.filter((t) => t).join(' › ');
    identity = ['text', norm(own), titles.map(norm).join('\u0001'), f.problemKey ?? ''];
    quote = clip(own, 40);
  }
  const hash = createHash('sha256').update([f.rule, f.baseline, ...identity].join('\u0000'), 'utf8').digest('hex');
  return { fingerprint: hash.slice(0, 16), quote, path: clip(headings, 120), ...(listed ? { tasks: listed } : {}) };
}

/** Result of matching one file's findings against the set. */
export interface MatchResult {
  /** Findings now marked suppressed. */
  suppressed: number;
  /** Per entry (index into set.entries), how many findings it matched. */
  used: Map<number, number>;
  /** Per task entry, which of its tasks are still uncovered (listed by some finding). */
  seenTasks: Map<number, Set<number>>;
}

function reasonOf(reasons: (string | undefined)[]): { reason?: string } {
  const r = [...new Set(reasons.filter((x): x is string => !!x))];
  return r.length ? { reason: r.join('；') } : {};
}

/**
 * Marks the findings of one checked file that entries accept (`finding.suppressed`). An entry
 * accepts up to `count` findings with its rule and fingerprint, in document order. A task-uncovered
 * finding is accepted when every task it lists is in the entries of its baseline: a section's list
 * that shrinks stays accepted, one that grows is new.
 */
export function applySuppressions(set: SuppressionSet, checkedFile: string, findings: Finding[], text: string, outline: OutlineUnit[]): MatchResult {
  const used = new Map<number, number>();
  const seenTasks = new Map<number, Set<number>>();
  const key = fileKey(set, checkedFile);
  const mine = set.entries.map((e, i) => ({ e, i })).filter(({ e }) => sameFile(e.file, key));
  let suppressed = 0;
  if (!mine.length) return { suppressed, used, seenTasks };
  for (const f of findings) {
    const print = fingerprintFinding(f, text, outline);
    if (print.tasks) {
      const entries = mine.filter(({ e }) => e.rule === f.rule && e.tasks && e.baseline === f.baseline);
      const covering = entries.filter(({ e }) => print.tasks!.some((t) => e.tasks!.includes(t)));
      for (const { e, i } of covering) {
        const seen = seenTasks.get(i) ?? new Set<number>();
        for (const t of print.tasks) if (e.tasks!.includes(t)) seen.add(t);
        seenTasks.set(i, seen);
      }
      if (!print.tasks.every((t) => covering.some(({ e }) => e.tasks!.includes(t)))) continue;
      for (const { i } of covering) used.set(i, (used.get(i) ?? 0) + 1);
      f.suppressed = reasonOf(covering.map(({ e }) => e.reason));
      suppressed++;
      continue;
    }
    const hit = mine.find(({ e, i }) => !e.tasks && e.rule === f.rule && e.fingerprint === print.fingerprint && (used.get(i) ?? 0) < (e.count ?? 1));
    if (!hit) continue;
    used.set(hit.i, (used.get(hit.i) ?? 0) + 1);
    f.suppressed = hit.e.reason ? { reason: hit.e.reason } : {};
    suppressed++;
  }
  return { suppressed, used, seenTasks };
}

/** Records findings (not yet suppressed) that `select` picks; returns how many. They are marked suppressed too. */
export function recordSuppressions(
  set: SuppressionSet,
  checkedFile: string,
  findings: Finding[],
  text: string,
  outline: OutlineUnit[],
  select: (f: Finding) => boolean,
  reason?: string,
): number {
  const key = fileKey(set, checkedFile);
  let added = 0;
  for (const f of findings) {
    if (f.suppressed || !select(f)) continue;
    const print = fingerprintFinding(f, text, outline);
    const have = set.entries.find((e) => sameFile(e.file, key) && e.rule === f.rule && e.fingerprint === print.fingerprint);
    if (have && !print.tasks) have.count = (have.count ?? 1) + 1;
    else if (!have) {
      set.entries.push({
        file: key, rule: f.rule, fingerprint: print.fingerprint, baseline: f.baseline, quote: print.quote,
        ...(print.tasks ? { tasks: print.tasks } : {}),
        ...(print.path ? { path: print.path } : {}), ...(reason ? { reason } : {}),
      });
    }
    f.suppressed = have?.reason ? { reason: have.reason } : reason ? { reason } : {};
    added++;
  }
  return added;
}

/**
 * Drops what no longer matches for the files checked: entries that matched nothing go, counts shrink
 * to what matched. Entries for files not checked in this run are kept. Returns how many findings'
 * worth of acceptance was removed.
 */
export function pruneSuppressions(set: SuppressionSet, checked: { file: string; used: Map<number, number>; seenTasks?: Map<number, Set<number>> }[]): number {
  let removed = 0;
  const keep: SuppressionEntry[] = [];
  const byIndex = new Map<number, number>();
  const tasksByIndex = new Map<number, Set<number>>();
  const checkedKeys = checked.map((c) => fileKey(set, c.file));
  for (const c of checked) for (const [i, n] of c.used) byIndex.set(i, (byIndex.get(i) ?? 0) + n);
  for (const c of checked) for (const [i, ts] of c.seenTasks ?? []) tasksByIndex.set(i, new Set([...(tasksByIndex.get(i) ?? []), ...ts]));
  set.entries.forEach((e, i) => {
    if (!checkedKeys.some((k) => sameFile(k, e.file))) {
      keep.push(e);
      return;
    }
    if (e.tasks) {
      // Tasks now covered (or no longer assigned here) leave the entry; an entry with none left goes.
      const seen = tasksByIndex.get(i) ?? new Set<number>();
      const still = e.tasks.filter((t) => seen.has(t));
      removed += e.tasks.length - still.length;
      if (still.length) keep.push({ ...e, tasks: still, quote: `任务清单第${still.join('、')}项` });
      return;
    }
    const n = byIndex.get(i) ?? 0;
    const count = e.count ?? 1;
    removed += count - Math.min(n, count);
    if (n > 0) keep.push({ ...e, count: Math.min(n, count) });
  });
  set.entries = keep;
  return removed;
}
