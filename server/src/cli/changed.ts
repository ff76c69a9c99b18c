// `--changed-since <git ref>`: keeps only the plans that git shows as changed since a ref (or whose
// config file, units file or parent plan changed), so CI over a repository of many plans checks
// only what a commit touched. Uses the git command line; no network.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { findConfig, loadConfig, UserError } from '../node/project';
import { suppressionsPath } from '../node/suppressions';

/** git ran but refused (not a repository, unknown ref …). */
class GitError extends Error {}

function git(args: string[], cwd: string): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT') throw new UserError('使用 --changed-since 需要 git，但找不到 git 命令。请安装 git 或去掉该参数。');
    throw new GitError(String(err.stderr ?? err.message).trim());
  }
}

/** Absolute paths of files that differ from `ref` (committed since, staged, unstaged or untracked). */
export function changedSince(ref: string, cwd = process.cwd()): Set<string> {
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel'], cwd).trim();
  } catch (e) {
    if (!(e instanceof GitError)) throw e;
    throw new UserError(`--changed-since 只能在 git 仓库中使用：${cwd} 不在 git 仓库内。`);
  }
  let base: string;
  try {
    base = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd).trim();
  } catch (e) {
    if (!(e instanceof GitError)) throw e;
    // Before the first commit (a pre-commit hook's first run) every file is new.
    if (ref === 'HEAD') return listed(top, [['ls-files', '--cached', '--others', '--exclude-standard', '-z']], ref);
    throw new UserError(`无法识别 --changed-since 的 git 引用“${ref}”。请写分支名、标签或提交号，如 origin/main、HEAD~1。`);
  }
  // Compare with where the branch left `ref` (as a pull request does), when they share history.
  try {
    base = git(['merge-base', base, 'HEAD'], cwd).trim() || base;
  } catch (e) {
    if (!(e instanceof GitError)) throw e;
  }
  return listed(top, [['diff', '--name-only', '-z', '--no-renames', base, '--'], ['ls-files', '--others', '--exclude-standard', '-z']], ref);
}

/** Runs git listings (NUL-separated paths relative to `top`) and returns their absolute paths. */
function listed(top: string, commands: string[][], ref: string): Set<string> {
  const names: string[] = [];
  try {
    for (const args of commands) names.push(...git(args, top).split('\0').filter(Boolean));
  } catch (e) {
    if (!(e instanceof GitError)) throw e;
    throw new UserError(`git 无法列出自“${ref}”以来的改动：${e.message}`);
  }
  return new Set(names.map((n) => canonical(path.join(top, n))));
}

/** One spelling per file: resolved, real path where it exists (symlinks, /tmp on macOS). */
function canonical(p: string): string {
  const abs = path.resolve(p);
  try {
    return fs.realpathSync.native(abs);
  } catch {
    return abs;
  }
}

export interface DependencyOptions {
  config?: string;
  suppressions?: string;
  units?: string;
  parent?: string[];
  baseline?: string;
}

/** The files whose change can change a plan's result: the plan, its config, units, parents, baseline and suppressions files. */
export function dependenciesOf(file: string, opts: DependencyOptions): string[] {
  const deps = [file];
  const configFile = opts.config ?? findConfig(path.dirname(path.resolve(file)));
  if (configFile && fs.existsSync(configFile)) {
    deps.push(configFile);
    try {
      const { config } = loadConfig(configFile);
      if (config.units) deps.push(config.units);
      deps.push(...config.parents);
      if (/[\\/]|\.json$/.test(config.baseline)) deps.push(config.baseline);
    } catch {
      // A broken config file is reported when the plan is checked.
    }
  }
  deps.push(suppressionsPath(opts.suppressions, configFile && fs.existsSync(configFile) ? configFile : undefined, process.cwd()));
  if (opts.units) deps.push(opts.units);
  deps.push(...(opts.parent ?? []));
  if (opts.baseline && /[\\/]|\.json$/.test(opts.baseline)) deps.push(opts.baseline);
  return deps;
}

/** The inputs to check: those with a changed file among their dependencies. */
export function filterChanged(files: string[], ref: string, opts: DependencyOptions): string[] {
  const changed = changedSince(ref);
  return files.filter((f) => dependenciesOf(f, opts).some((d) => changed.has(canonical(d))));
}
