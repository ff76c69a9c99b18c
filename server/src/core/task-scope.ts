// Whom a task of the list is for: the regional bodies alone, or also the cities and counties.
import type { Task } from './baseline/schema';
import type { PreparedBaseline } from './engine';

/** Whether the task list states who carries the task out (a 责任单位 cell or note). */
export function statesUnits(task: Task): boolean {
  const u = task.units;
  return task.unitsRaw.trim() !== '' || u.lead.length + u.responsible.length + u.cooperating.length + u.collectives.length > 0;
}

/**
 * A task the list gives to regional bodies alone (充实自治区领导小组). A task whose responsibility the
 * document does not state (the 2020 要点 writes it into the item's text) is not known to be the
 * region's alone.
 */
export function isRegionOnly(task: Task): boolean {
  return !task.namesLocal && statesUnits(task);
}

/** A task that asks cities and counties to do as the region does (参照自治区做法, 参照执行, 成立相应的…). */
const MIRRORS = /参照[^，。；]{0,10}(?:做法|执行|執行)|相应的|相應的/;

const mirrorsByGroup = new WeakMap<PreparedBaseline, Map<string, number[]>>();

/**
 * The tasks of `task`'s group that name cities and counties and mirror the region's work: the local
 * share of a task the region carries out alone. Kept per prepared baseline.
 */
export function mirrorTasks(prepared: PreparedBaseline, task: Task): number[] {
  let byGroup = mirrorsByGroup.get(prepared);
  if (!byGroup) {
    byGroup = new Map();
    for (const t of prepared.baseline.tasks) {
      if (!t.namesLocal || !MIRRORS.test(t.content)) continue;
      const list = byGroup.get(t.group);
      if (list) list.push(t.no);
      else byGroup.set(t.group, [t.no]);
    }
    mirrorsByGroup.set(prepared, byGroup);
  }
  return byGroup.get(task.group) ?? [];
}

/** A task asking cities and counties to set up bodies as the region has (成立相应的组织机构). */
const SETS_UP_LIKE_REGION = /(?:成立|组建|組建|设立|設立)[^，。；]{0,12}(?:机构|機構)/;

const organisationMirrorsOf = new WeakMap<PreparedBaseline, number[]>();

/** The mirror tasks (see mirrorTasks) that ask cities and counties to set up bodies like the region's. Kept per prepared baseline. */
export function organisationMirrors(prepared: PreparedBaseline): number[] {
  let hit = organisationMirrorsOf.get(prepared);
  if (!hit) {
    hit = prepared.baseline.tasks.filter((t) => t.namesLocal && MIRRORS.test(t.content) && SETS_UP_LIKE_REGION.test(t.content)).map((t) => t.no);
    organisationMirrorsOf.set(prepared, hit);
  }
  return hit;
}

/**
 * The level of a baseline's task list as a cross-reference column names it (对应自治区任务 cites the
 * region's, 对应吴忠市任务 a city's): a row's cited numbers count only against a list of their level.
 */
export function taskListLevel(prepared: PreparedBaseline): 'region' | 'city' | 'county' {
  const level = prepared.baseline.level;
  return /自治区|省/.test(level) ? 'region' : /市/.test(level) ? 'city' : 'county';
}
