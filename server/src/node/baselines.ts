// Node-side baseline store: finds, loads and validates compiled baselines (seeds/baselines/*.json),
// and compiles manifests from the seeds. Shared by the CLI, the language server and the scripts.
import * as fs from 'fs';
import * as path from 'path';
import { compileBaseline, type CompileReport } from '../core/baseline/compile';
import { ManifestSchema } from '../core/baseline/manifest';
import { BaselineSchema, type Baseline } from '../core/baseline/schema';
import { prepareBaseline, type PreparedBaseline } from '../core/engine';
import { parseUnitsFile, type AliasTable } from '../core/extract/units';
import { createSegmenter } from '../segment/jieba';

export const DEFAULT_BASELINE = 'ningxia-2023';

/** The seeds folder shipped with the package (works from server/out and from a bundle). */
export function seedsDir(): string {
  const candidates = [
    process.env.XIANJIE_SEEDS,
    path.resolve(__dirname, '../../../seeds'),
    path.resolve(__dirname, '../../seeds'),
    path.resolve(__dirname, '../seeds'),
    path.resolve(__dirname, 'seeds'),
  ];
  for (const c of candidates) if (c && fs.existsSync(path.join(c, 'baselines'))) return c;
  throw new Error('找不到内置基准数据目录 seeds/baselines，安装可能不完整，请重新安装。');
}

export class BaselineError extends Error {}

export function readAliases(dir = seedsDir()): AliasTable {
  const text = fs.readFileSync(path.join(dir, 'aliases.txt'), 'utf8');
  return parseUnitsFile(text).entries;
}

/** Compiles one manifest file; returns the baseline and the build report. */
export function compileManifest(manifestPath: string, dir = seedsDir()): { baseline: Baseline; report: CompileReport } {
  const manifest = ManifestSchema.parse(JSON.parse(fs.readFileSync(manifestPath, 'utf8')));
  const files: Record<string, string> = {};
  for (const f of [manifest.body.file, manifest.tasks?.file]) {
    if (f && !(f in files)) files[f] = fs.readFileSync(path.join(dir, f), 'utf8');
  }
  return compileBaseline({ manifest, files, aliases: readAliases(dir) });
}

/** Stable serialisation: byte-identical for the same baseline. */
export function serializeBaseline(b: Baseline): string {
  return JSON.stringify(b, null, 1) + '\n';
}

export function listBuiltinBaselines(dir = seedsDir()): string[] {
  return fs
    .readdirSync(path.join(dir, 'baselines'))
    .filter((f) => f.endsWith('.json') && !f.endsWith('.manifest.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

/** Loads a baseline by built-in id or by the path of a compiled baseline file. */
export function loadBaseline(idOrPath: string = DEFAULT_BASELINE): Baseline {
  let file: string;
  if (/[\\/]|\.json$/.test(idOrPath)) file = path.resolve(idOrPath);
  else {
    const dir = seedsDir();
    file = path.join(dir, 'baselines', `${idOrPath}.json`);
    if (!fs.existsSync(file)) {
      throw new BaselineError(`没有名为“${idOrPath}”的内置基准。可用的基准：${listBuiltinBaselines(dir).join('、')}。`);
    }
  }
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new BaselineError(`无法读取基准文件 ${file}：${e instanceof Error ? e.message : String(e)}`);
  }
  const parsed = BaselineSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BaselineError(`基准文件 ${file} 格式不正确：字段 ${issue.path.join('.') || '(根)'} ${issue.message}`);
  }
  return parsed.data;
}

const preparedCache = new Map<string, { prepared: PreparedBaseline; fallbackReason?: string }>();

/** Loads and prepares a baseline once per process (index and dictionary built once). */
export function getPrepared(idOrPath: string = DEFAULT_BASELINE): { prepared: PreparedBaseline; fallbackReason?: string } {
  const key = /[\\/]|\.json$/.test(idOrPath) ? path.resolve(idOrPath) : idOrPath;
  let hit = preparedCache.get(key);
  if (!hit) {
    const baseline = loadBaseline(idOrPath);
    const { segmenter, fallbackReason } = createSegmenter(baseline.dictionary);
    hit = { prepared: prepareBaseline(baseline, segmenter), fallbackReason };
    preparedCache.set(key, hit);
  }
  return hit;
}
