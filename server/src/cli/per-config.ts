// Checks each plan with its own configuration: inputs are grouped by the xianjie.config.json found
// from their folder (units, parents, rules, tasks, baseline), each group is analysed on its own, and
// the results come back in input order. With --config every input shares that one file.
import * as path from 'path';
import type { PreparedBaseline } from '../core/engine';
import { findConfig } from '../node/project';

export interface Analysed<F> {
  prepared: PreparedBaseline;
  analysed: F[];
  errors: { path: string; message: string }[];
  /** The config file the group was checked with, if any. */
  configFile?: string;
}

/** Groups `files` (already expanded) by the config file that applies to each. */
export function groupByConfig(files: string[], explicitConfig: string | undefined): string[][] {
  if (explicitConfig) return files.length ? [files] : [];
  const groups = new Map<string, string[]>();
  for (const f of files) {
    const key = findConfig(path.dirname(path.resolve(f))) ?? '';
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()];
}

/**
 * Runs `analyse` once per config group and merges the results in input order. The first group's
 * baseline heads the output; every finding names its own baseline. `groups` keeps each group's
 * config file and files, for what is kept beside the config (the suppressions file).
 */
export async function analyseByConfig<F extends { file: string }, O extends { config?: string }>(
  files: string[],
  opts: O,
  analyse: (files: string[], opts: O) => Promise<Analysed<F>>,
): Promise<Analysed<F> & { groups: { configFile?: string; prepared: PreparedBaseline; analysed: F[] }[] }> {
  const groups = groupByConfig(files, opts.config);
  if (groups.length <= 1) {
    const r = await analyse(groups[0] ?? [], opts);
    return { ...r, groups: [{ ...(r.configFile ? { configFile: r.configFile } : {}), prepared: r.prepared, analysed: r.analysed }] };
  }
  const order = new Map(files.map((f, i) => [f, i]));
  let prepared: PreparedBaseline | undefined;
  let configFile: string | undefined;
  const analysed: F[] = [];
  const errors: { path: string; message: string }[] = [];
  const done: { configFile?: string; prepared: PreparedBaseline; analysed: F[] }[] = [];
  for (const g of groups) {
    const r = await analyse(g, opts);
    prepared ??= r.prepared;
    configFile ??= r.configFile;
    analysed.push(...r.analysed);
    errors.push(...r.errors);
    done.push({ ...(r.configFile ? { configFile: r.configFile } : {}), prepared: r.prepared, analysed: r.analysed });
  }
  const at = (p: string) => order.get(p) ?? Number.MAX_SAFE_INTEGER;
  analysed.sort((a, b) => at(a.file) - at(b.file));
  errors.sort((a, b) => at(a.path) - at(b.path));
  return { prepared: prepared!, analysed, errors, ...(configFile ? { configFile } : {}), groups: done };
}
