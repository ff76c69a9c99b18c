// `xianjie init`: writes a new plan scaffold, its xianjie.config.json and a units template into a
// folder (the current one by default). The content comes from scaffold/plan.ts; this file does IO.
import * as fs from 'fs';
import * as path from 'path';
import type { Baseline } from '../core/baseline/schema';
import { BaselineError, loadBaseline, preparePlanFile } from '../node/baselines';
import { UserError } from '../node/project';
import { scaffoldPlan, SCAFFOLD_LEVELS, type ScaffoldFiles, type ScaffoldLevel } from '../scaffold/plan';

export interface InitOptions {
  baseline: string;
  parent?: string;
  name: string;
  level: string;
  dir?: string;
  force?: boolean;
  quiet?: boolean;
}

/** Builds the scaffold for a folder: baselines loaded, the parent's path made relative to the folder. */
export async function buildScaffold(opts: InitOptions): Promise<{ dir: string; scaffold: ScaffoldFiles }> {
  const name = opts.name.trim();
  if (!name || /[\\/:*?"<>|]/.test(name)) throw new UserError(`--name 应为地名，如“盐池县”，不能含 \\ / : * ? " < > | 等字符，收到“${opts.name}”。`);
  if (!SCAFFOLD_LEVELS.includes(opts.level as ScaffoldLevel)) throw new UserError(`--level 只能是 ${SCAFFOLD_LEVELS.join('、')}，收到“${opts.level}”。`);
  const dir = path.resolve(opts.dir ?? process.cwd());
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UserError(`目标文件夹 ${dir} 不存在，请先创建。`);
  let baseline: Baseline;
  let parent: Baseline | undefined;
  try {
    baseline = loadBaseline(opts.baseline);
    if (opts.parent) parent = (await preparePlanFile(opts.parent)).baseline;
  } catch (e) {
    if (e instanceof BaselineError) throw new UserError(e.message);
    throw e;
  }
  const parentPath = opts.parent ? path.relative(dir, path.resolve(opts.parent)).split(path.sep).join('/') : undefined;
  // A built-in baseline is named by its id; a baseline file by its path from the new folder.
  const baselineRef = /[\\/]|\.json$/.test(opts.baseline) ? path.relative(dir, path.resolve(opts.baseline)).split(path.sep).join('/') : baseline.id;
  const scaffold = scaffoldPlan({ baseline, parent, parentPath, name, level: opts.level as ScaffoldLevel, baselineRef });
  return { dir, scaffold };
}

export async function runInit(opts: InitOptions): Promise<number> {
  const { dir, scaffold } = await buildScaffold(opts);
  const existing = scaffold.files.map((f) => path.join(dir, f.name)).filter((f) => fs.existsSync(f));
  if (existing.length && !opts.force) {
    throw new UserError(`以下文件已存在，未作改动：${existing.map((f) => path.basename(f)).join('、')}。如确需覆盖，请加 --force。`);
  }
  for (const f of scaffold.files) {
    try {
      fs.writeFileSync(path.join(dir, f.name), f.content);
    } catch (e) {
      throw new UserError(`无法写入 ${path.join(dir, f.name)}：${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (!opts.quiet) {
    const n = scaffold.tasks.length;
    process.stderr.write(
      `已在 ${dir} 生成：\n  ${scaffold.planFile}（框架、主要目标和 ${n} 项本级应承接的重点任务）\n  ${scaffold.configFile}\n  ${scaffold.unitsFile}（单位名录模板）\n` +
        `请填写方案中的“【待填】”处（检查时作为提示列出，规则 placeholder-unfilled），并在单位名录中补全本级单位。\n`,
    );
  }
  return 0;
}
