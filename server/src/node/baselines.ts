// Node-side baseline store: finds, loads and validates compiled baselines (seeds/baselines/*.json),
// and compiles manifests from the seeds. Shared by the CLI, the language server and the scripts.
import * as fs from 'fs';
import * as path from 'path';
import * as z from 'zod/mini';
import type { CompileReport } from '../core/baseline/compile';
import type { Manifest } from '../core/baseline/manifest';
import type { Overrides } from '../core/baseline/overrides';
import { BaselineSchema, type Baseline } from '../core/baseline/schema';
import { indexToData, type IndexData } from '../core/align';
import { taskNamesData, type TaskNamesData } from '../core/task-names';
import { prepareBaseline, type PreparedBaseline } from '../core/engine';
import { createHash } from 'crypto';
import { parseUnitsFile, type AliasTable } from '../core/extract/units';
import { readDraftFile } from '../input/read';
import type { SegmenterName } from '../core/segment/segmenter';
import { createSegmenter, requestedSegmenter } from '../segment/jieba';
import { seedsDir } from './seeds';

export const DEFAULT_BASELINE = 'ningxia-2023';

export { seedsDir };

export class BaselineError extends Error {}

export function readAliases(dir = seedsDir()): AliasTable {
  const text = fs.readFileSync(path.join(dir, 'aliases.txt'), 'utf8');
  return parseUnitsFile(text).entries;
}

/** Reads and validates a manifest file; errors name the file and the bad field, in Chinese. */
export function readManifest(manifestPath: string): Manifest {
  // The compiler modules load only when something is compiled, not for a check against a built-in baseline.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ManifestSchema } = require('../core/baseline/manifest') as typeof import('../core/baseline/manifest');
  return readValidatedJson(manifestPath, ManifestSchema, '基准清单');
}

/** Reads a JSON file and validates it; errors name the file and the first bad field. */
function readValidatedJson<T>(file: string, schema: z.ZodMiniType<T>, what: string): T {
  return validated(readJson(file, what), schema, file, what);
}

function readJson(file: string, what: string, text?: string): unknown {
  try {
    return JSON.parse(text ?? fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new BaselineError(`无法读取${what} ${file}：${e instanceof Error ? e.message : String(e)}`);
  }
}

function validated<T>(data: unknown, schema: z.ZodMiniType<T>, file: string, what: string): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BaselineError(`${what} ${file} 格式不正确：字段 ${issue.path.join('.') || '(根)'} ${issue.message}`);
  }
  return parsed.data;
}

/** Clause titles of built-in baselines, for completing damaged headings (manifest.knownTitlesFrom). */
function knownTitlesOf(ids: readonly string[], dir: string, seen: Set<string>): string[] {
  const titles: string[] = [];
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const manifestFile = path.join(dir, 'baselines', `${id}.manifest.json`);
    // Compile the referenced manifest rather than read its output, so build order does not matter.
    const b = fs.existsSync(manifestFile) ? compileManifestInner(manifestFile, dir, seen).baseline : loadBaseline(path.join(dir, 'baselines', `${id}.json`));
    titles.push(...b.clauses.map((c) => c.title));
  }
  return titles;
}

function compileManifestInner(manifestPath: string, dir: string, seen: Set<string>, overrides?: Overrides): { baseline: Baseline; report: CompileReport } {
  const manifest = readManifest(manifestPath);
  seen.add(manifest.id);
  const files: Record<string, string> = {};
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { manifestFiles } = require('../core/baseline/manifest') as typeof import('../core/baseline/manifest');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { compileBaseline } = require('../core/baseline/compile') as typeof import('../core/baseline/compile');
  for (const f of manifestFiles(manifest)) files[f] = fs.readFileSync(path.join(dir, f), 'utf8');
  const knownTitles = knownTitlesOf(manifest.knownTitlesFrom, dir, seen);
  return compileBaseline({ manifest, files, aliases: readAliases(dir), knownTitles, overrides });
}

/** Compiles one manifest file; returns the baseline and the build report. */
export function compileManifest(manifestPath: string, dir = seedsDir(), overrides?: Overrides): { baseline: Baseline; report: CompileReport } {
  return compileManifestInner(manifestPath, dir, new Set(), overrides);
}

/** Stable serialisation: byte-identical for the same baseline. */
export function serializeBaseline(b: Baseline): string {
  return JSON.stringify(b, null, 1) + '\n';
}

export function listBuiltinBaselines(dir = seedsDir()): string[] {
  return fs
    .readdirSync(path.join(dir, 'baselines'))
    .filter((f) => f.endsWith('.json') && !f.endsWith('.manifest.json') && !f.endsWith('.schema.json') && !f.endsWith('.index.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

/** Loads a baseline by built-in id or by the path of a compiled baseline file. */
export function loadBaseline(idOrPath: string = DEFAULT_BASELINE): Baseline {
  return readValidatedJson(baselineFile(idOrPath), BaselineSchema, '基准文件');
}

/** The file of a baseline given by built-in id or path; BaselineError when there is none. */
function baselineFile(idOrPath: string): string {
  let file: string;
  if (/[\\/]|\.json$/.test(idOrPath) || (!/^[a-z0-9][a-z0-9-]*$/.test(idOrPath) && fs.existsSync(idOrPath))) file = path.resolve(idOrPath);
  else {
    const dir = seedsDir();
    file = path.join(dir, 'baselines', `${idOrPath}.json`);
    if (!fs.existsSync(file)) {
      throw new BaselineError(`没有名为“${idOrPath}”的内置基准。可用的基准：${listBuiltinBaselines(dir).join('、')}。`);
    }
  }
  if (!fs.existsSync(file)) {
    throw new BaselineError(`找不到基准文件 ${file}。基准可以是内置基准的编号（${listBuiltinBaselines().join('、')}），或已编译基准文件（.json）的路径。`);
  }
  return file;
}

/**
 * The prebuilt alignment index of a baseline file (<id>.index.json beside it, written by
 * npm run build:baselines), as stable text. It names the baseline file's hash and the engine
 * signature it was built with; getPrepared uses it only when both match.
 */
export function serializeIndex(baselineText: string, signature: string, prepared: PreparedBaseline): string {
  const data = {
    $comment: '基准的对照索引，由 npm run build:baselines 生成，请勿手工修改。基准文件或分词引擎变化后自动失效。',
    baseline: createHash('sha256').update(baselineText).digest('hex'),
    segmenter: signature,
    ...indexToData(prepared.index),
    taskNames: taskNamesData(prepared),
  };
  return JSON.stringify(data) + '\n';
}

export function indexFileOf(baselineFile: string): string {
  return baselineFile.replace(/\.json$/, '') + '.index.json';
}

type PrebuiltIndex = IndexData & { baseline?: string; segmenter?: string; taskNames?: TaskNamesData };

/** A baseline file's prebuilt index as read, or undefined (missing, unreadable, not an index). */
function readPrebuiltIndex(file: string): PrebuiltIndex | undefined {
  try {
    const indexFile = indexFileOf(file);
    if (!fs.existsSync(indexFile)) return undefined;
    const data = JSON.parse(fs.readFileSync(indexFile, 'utf8')) as PrebuiltIndex;
    if (!Array.isArray(data.docs) || !Array.isArray(data.idf)) return undefined;
    const names = data.taskNames;
    if (names && !(Array.isArray(names.systems?.holders) && Array.isArray(names.systems?.named) && Array.isArray(names.lists?.distinct) && Array.isArray(names.lists?.itemsOf))) delete data.taskNames;
    return data;
  } catch {
    return undefined;
  }
}

export interface PreparedChoice {
  prepared: PreparedBaseline;
  /** Set when the segmenter in use is not the one asked for, or is the built-in fallback. */
  fallbackReason?: string;
  /** One Chinese sentence saying so, for the log, the status bar and stderr. */
  notice?: string;
}

const preparedCache = new Map<string, PreparedChoice>();

/**
 * Loads and prepares a baseline once per process and segmenter (engine loaded once; index restored
 * from the prebuilt <id>.index.json when it matches the baseline and the engine, else built once).
 * `segmenter` is the setting; XIANJIE_SEGMENTER overrides it.
 */
export function getPrepared(idOrPath: string = DEFAULT_BASELINE, segmenter?: SegmenterName): PreparedChoice {
  const key = `${/[\\/]|\.json$/.test(idOrPath) ? path.resolve(idOrPath) : idOrPath}\u0000${requestedSegmenter(segmenter)}`;
  let hit = preparedCache.get(key);
  if (!hit) {
    const file = baselineFile(idOrPath);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      throw new BaselineError(`无法读取基准文件 ${file}：${e instanceof Error ? e.message : String(e)}`);
    }
    const index = readPrebuiltIndex(file);
    // The prebuilt index names the digest of the baseline file it was built from, and npm run
    // build:baselines writes both only from a baseline the schema has just validated: when the
    // digest matches, the file is that baseline, and validating it again (about 25 ms of every
    // start) is skipped. Any other file is validated.
    const same = index?.baseline !== undefined && index.baseline === createHash('sha256').update(text).digest('hex');
    const data = readJson(file, '基准文件', text);
    const baseline = same ? (data as Baseline) : validated(data, BaselineSchema, file, '基准文件');
    const choice = createSegmenter(baseline.dictionary, segmenter);
    const prebuilt = same && choice.signature && index!.segmenter === choice.signature ? index : undefined;
    hit = { prepared: prepareBaseline(baseline, choice.segmenter, prebuilt), fallbackReason: choice.fallbackReason, notice: choice.notice };
    preparedCache.set(key, hit);
  }
  return hit;
}

/** The JSON Schema of the baseline format, generated from the zod schema (seeds/baselines/baseline.schema.json). */
export function baselineJsonSchemaText(): string {
  const schema = z.toJSONSchema(BaselineSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  const described = {
    $schema: schema.$schema,
    title: '衔接 Xianjie 基准（已编译）',
    $comment: '由 server/src/core/baseline/schema.ts 的 zod 模式生成（npm run build:baselines），请勿手工修改。',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
  return JSON.stringify(described, null, 2) + '\n';
}

const planCache = new Map<string, { mtime: number; prepared: PreparedBaseline }>();

/**
 * Compiles a higher-level plan file (the city plan above a county draft) into a prepared baseline,
 * once per file version. Unreadable files raise BaselineError with a message naming the file.
 */
export async function preparePlanFile(file: string, segmenter?: SegmenterName): Promise<PreparedBaseline> {
  const abs = path.resolve(file);
  const key = `${abs}\u0000${requestedSegmenter(segmenter)}`;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(abs);
  } catch {
    throw new BaselineError(`找不到上级方案文件 ${file}，请检查 --parent 参数或配置中的 parents 设置。`);
  }
  const hit = planCache.get(key);
  if (hit && hit.mtime === stat.mtimeMs) return hit.prepared;
  const read = await readDraftFile(abs, { maxBytes: 50 * 1024 * 1024 });
  if (!read.ok) throw new BaselineError(`上级方案文件无法读取：${read.message}`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { compilePlanBaseline } = require('../core/baseline/plan') as typeof import('../core/baseline/plan');
  const { baseline } = compilePlanBaseline({ text: read.text, name: path.basename(abs), aliases: readAliases() });
  const prepared = prepareBaseline(baseline, createSegmenter(baseline.dictionary, segmenter).segmenter);
  planCache.set(key, { mtime: stat.mtimeMs, prepared });
  return prepared;
}
