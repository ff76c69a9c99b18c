// Node-side settings: finds and validates xianjie.config.json, reads local units files, and
// resolves everything a check needs. Shared by the CLI and the language server.
import * as fs from 'fs';
import * as path from 'path';
import { ConfigSchema, describeConfigError, type Config } from '../core/config';
import type { LocalUnit } from '../core/engine';
import { expandAliases, parseUnitsFile } from '../core/extract/units';
import { readAliases } from './baselines';

export const CONFIG_FILE = 'xianjie.config.json';

export class UserError extends Error {}

/** Walks up from `startDir` to find a config file, not above `stopAt` (a workspace folder) when given. */
export function findConfig(startDir: string, stopAt?: string): string | undefined {
  let dir = path.resolve(startDir);
  const stop = stopAt ? path.resolve(stopAt) : undefined;
  for (;;) {
    const f = path.join(dir, CONFIG_FILE);
    if (fs.existsSync(f)) return f;
    const up = path.dirname(dir);
    if (up === dir || dir === stop) return undefined;
    dir = up;
  }
}

export interface LoadedConfig {
  config: Config;
  /** The file it came from, if any. */
  file?: string;
}

export function loadConfig(file: string): LoadedConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    const why = e instanceof SyntaxError ? `不是有效的 JSON（${e.message}）` : '无法读取';
    throw new UserError(`配置文件 ${file} ${why}，请检查后再试。`);
  }
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) throw new UserError(describeConfigError(parsed.error, file));
  const config = parsed.data;
  const base = path.dirname(file);
  if (config.units) config.units = path.resolve(base, config.units);
  config.parents = config.parents.map((p) => path.resolve(base, p));
  if (config.baseline && /[\\/]|\.json$/.test(config.baseline)) config.baseline = path.resolve(base, config.baseline);
  return { config, file };
}

export function defaultConfig(): Config {
  return ConfigSchema.parse({});
}

const unitsCache = new Map<string, { mtime: number; units: LocalUnit[] }>();

/** Reads a local units file (one canonical name per line, `name = alias, alias`). */
export function loadLocalUnits(file: string): LocalUnit[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new UserError(`找不到单位名录文件 ${file}，请检查 --units 参数或配置中的 units 设置。`);
  }
  const hit = unitsCache.get(file);
  if (hit && hit.mtime === stat.mtimeMs) return hit.units;
  const { entries, errors } = parseUnitsFile(fs.readFileSync(file, 'utf8'));
  if (errors.length) {
    const e = errors[0]!;
    throw new UserError(`单位名录文件 ${file} 第 ${e.line} 行：${e.message}`);
  }
  // The shared table of official short names (seeds/aliases.txt) applies to local units too:
  // 市发展改革委 also answers to 市发改委 and 市发展改革委员会.
  const table = readAliases();
  const units = entries.map((e) => ({
    name: e.name,
    aliases: [...new Set([...e.aliases, ...expandAliases(e.name, table).filter((a) => a !== e.name)])],
  }));
  unitsCache.set(file, { mtime: stat.mtimeMs, units });
  return units;
}
