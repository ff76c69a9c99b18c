// Recorded decisions about higher-level tasks (`tasks` in xianjie.config.json): a task that does
// not apply to this level leaves the coverage denominator with its reason; one that does is added.
import { TASK_KEY, type TaskDecision } from './config';
import type { PreparedBaseline } from './engine';
import { levelLabel } from './rules/quote';
import type { AnalysisProblem, Coverage } from './types';

/** Which level of a chain an analysis is: bare task keys ("98") belong to the primary baseline. */
export type LevelRole = 'primary' | 'parent';

export interface ParsedTaskKey {
  key: string;
  /** Baseline id or parent plan file name; undefined for the primary baseline. */
  scope?: string;
  no: number;
}

export function parseTaskKey(key: string): ParsedTaskKey | undefined {
  const m = TASK_KEY.exec(key);
  return m ? { key, scope: m[1], no: parseInt(m[2]!, 10) } : undefined;
}

/** True when `scope` names this baseline: its id or the file it was compiled from (a parent plan's name). */
export function scopeNames(scope: string, prepared: PreparedBaseline): boolean {
  const b = prepared.baseline;
  return scope === b.id || b.sources.includes(scope);
}

/** The key a decision about task `no` of `prepared` is recorded under (what quick fixes write). */
export function taskKeyFor(prepared: PreparedBaseline, no: number, role: LevelRole): string {
  if (role === 'primary') return String(no);
  // A parent plan compiled from a file is named by that file, which a drafter recognises.
  const source = prepared.baseline.sources[0];
  return `${source && !source.includes(':') ? source : prepared.baseline.id}:${no}`;
}

/** The decisions that concern this level, with problems for keys naming tasks the baseline lacks. */
function decisionsFor(
  tasks: Record<string, TaskDecision>,
  prepared: PreparedBaseline,
  role: LevelRole,
  problems: AnalysisProblem[],
): Map<number, TaskDecision> {
  const out = new Map<number, TaskDecision>();
  for (const [key, decision] of Object.entries(tasks)) {
    const k = parseTaskKey(key);
    if (!k) continue;
    if (k.scope === undefined ? role !== 'primary' : !scopeNames(k.scope, prepared)) continue;
    if (!prepared.taskByNo.has(k.no)) {
      problems.push({
        kind: 'config',
        message: `配置中 tasks 的“${key}”未起作用：上级（${levelLabel(prepared)}）任务清单中没有第${k.no}项。请核对任务序号。`,
      });
      continue;
    }
    out.set(k.no, decision);
  }
  return out;
}

/**
 * Applies the recorded decisions to one level's coverage: a task that does not apply leaves
 * `applicable`, `covered` and `uncovered` and is listed in `notApplicable`; a task that applies
 * although the list does not assign it locally joins `applicable` (covered when the draft takes it up).
 */
export function applyTaskDecisions(
  coverage: Coverage,
  prepared: PreparedBaseline,
  tasks: Record<string, TaskDecision> | undefined,
  role: LevelRole,
  problems: AnalysisProblem[],
): Coverage {
  if (!tasks || !Object.keys(tasks).length) return coverage;
  const decisions = decisionsFor(tasks, prepared, role, problems);
  if (!decisions.size) return coverage;
  const notApplicable: { no: number; reason: string }[] = [];
  const off = new Set<number>();
  const on = new Set<number>();
  for (const [no, d] of decisions) {
    if (d.applies) on.add(no);
    else {
      off.add(no);
      notApplicable.push({ no, reason: d.reason });
    }
  }
  notApplicable.sort((a, b) => a.no - b.no);
  const takenUp = new Map(coverage.tasks.takenUp.map((t) => [t.no, t.units]));
  const applicable = [...new Set([...coverage.tasks.applicable, ...on])].filter((n) => !off.has(n)).sort((a, b) => a - b);
  const covered = applicable.filter((n) => takenUp.has(n)).map((no) => ({ no, units: takenUp.get(no)! }));
  const mentioned = new Set(coverage.tasks.mentioned.map((t) => t.no));
  const uncovered = applicable.filter((n) => !takenUp.has(n) && !mentioned.has(n));
  return { ...coverage, tasks: { ...coverage.tasks, applicable, covered, uncovered, notApplicable } };
}

/** Problems for scoped keys that name none of the levels checked (a renamed parent file, a typo). */
export function unmatchedTaskScopes(tasks: Record<string, TaskDecision> | undefined, levels: PreparedBaseline[]): AnalysisProblem[] {
  const out: AnalysisProblem[] = [];
  for (const key of Object.keys(tasks ?? {})) {
    const k = parseTaskKey(key);
    if (!k || k.scope === undefined) continue;
    if (levels.some((p) => scopeNames(k.scope!, p))) continue;
    const names = levels.map((p) => p.baseline.sources[0] && p !== levels[0] ? `${p.baseline.id}（${p.baseline.sources[0]}）` : p.baseline.id);
    out.push({
      kind: 'config',
      message: `配置中 tasks 的“${key}”未起作用：本次检查未对照“${k.scope}”。可用的名称：${names.join('、')}；只写序号时指 ${levels[0]?.baseline.id ?? '主基准'}。`,
    });
  }
  return out;
}
