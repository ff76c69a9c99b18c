// `xianjie report --matrix`: checks each plan with its own configuration and writes the matrix
// (HTML, Markdown or CSV), with each plan's own report beside an HTML matrix. Also used by the
// language server for the editor's 汇总工作区方案 view.
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { AnalysisResult, ParentAnalysis } from '../core/analyze';
import type { PreparedBaseline } from '../core/engine';
import { findConfig, loadConfig, UserError } from '../node/project';
import { applySuppressions, loadSuppressions, suppressionsPath } from '../node/suppressions';
import { renderHtml } from '../report/html';
import { buildMatrixModel, planColumnName, renderMatrixCsv, renderMatrixMarkdown, type MatrixModel, type MatrixPlanInput } from '../report/matrix';
import { renderMatrixHtml } from '../report/matrix-html';
import { buildReportModel } from '../report/model';

/** What `analyseInputs` (cli/main.ts) returns for one plan; passed in so this file does not import main. */
export type AnalyseOne<O> = (files: string[], opts: O) => Promise<{
  prepared: PreparedBaseline;
  analysed: { file: string; text: string; result: AnalysisResult }[];
  errors: { path: string; message: string }[];
  configFile?: string;
}>;

export interface MatrixOptions {
  parent?: string[];
  config?: string;
  quiet?: boolean;
  /** A suppressions file for every plan; by default each plan's own, beside its config. */
  suppressions?: string;
}

/** File names a plan goes by (as the editor's language recognises them). */
const PLAN_NAME = /\.plan\.(?:txt|md)$|实施方案.*\.(?:txt|md|docx|doc|wps|pdf|ofd)$/i;

/**
 * The plans to put side by side: files as given; folders searched for plan files (*.plan.txt,
 * *实施方案*.txt/.md/.docx/.doc/.wps/.pdf/.ofd). Parent plans (of --parent or of any plan's config) are not columns.
 */
export function findPlans(inputs: string[], opts: MatrixOptions): string[] {
  const plans: string[] = [];
  const fromFolders = new Set<string>();
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && !e.name.startsWith('.')) walk(p);
      } else if (PLAN_NAME.test(e.name)) {
        plans.push(p);
        fromFolders.add(p);
      }
    }
  };
  for (const input of inputs) {
    if (fs.existsSync(input) && fs.statSync(input).isDirectory()) walk(input);
    else plans.push(input);
  }
  const parents = new Set((opts.parent ?? []).map((p) => path.resolve(p)));
  for (const p of plans) {
    const cfg = opts.config ?? findConfig(path.dirname(path.resolve(p)));
    if (!cfg || !fs.existsSync(cfg)) continue;
    try {
      for (const parent of loadConfig(cfg).config.parents) parents.add(path.resolve(parent));
    } catch {
      // A broken config is reported when that plan is checked.
    }
  }
  const out = plans.filter((p) => !(fromFolders.has(p) && parents.has(path.resolve(p))));
  if (!out.length) throw new UserError(`在 ${inputs.join('、')} 中没有找到方案文件（*.plan.txt、文件名含“实施方案”的 .txt/.md/.docx/.doc/.wps/.pdf/.ofd）。`);
  return out;
}

export interface MatrixBuild {
  model: MatrixModel;
  inputs: (MatrixPlanInput & { prepared: PreparedBaseline })[];
  errors: { path: string; message: string }[];
}

/** Checks each plan on its own (its own config found from its folder) and builds the matrix model. */
export async function buildMatrix<O extends MatrixOptions>(files: string[], opts: O, analyse: AnalyseOne<O>, generated: string): Promise<MatrixBuild> {
  const inputs: MatrixBuild['inputs'] = [];
  const errors: MatrixBuild['errors'] = [];
  const names = new Map<string, number>();
  for (const file of files) {
    const r = await analyse([file], opts);
    errors.push(...r.errors);
    const a = r.analysed[0];
    if (!a) continue;
    // Findings accepted in the plan's suppressions file count as accepted here too, as in xianjie check.
    const set = loadSuppressions(suppressionsPath(opts.suppressions, r.configFile, process.cwd()));
    if (set.exists) applySuppressions(set, a.file, a.result.findings, a.text, a.result.outline);
    // Two plans with the same file name in different folders get the folder in their heading.
    let name = planColumnName(file);
    if (names.has(name)) name = `${path.basename(path.dirname(path.resolve(file)))}/${name}`;
    names.set(name, 1);
    inputs.push({ name, file, text: a.text, result: a.result as AnalysisResult & { parents?: ParentAnalysis[] }, prepared: r.prepared });
  }
  return { model: buildMatrixModel(inputs, { generated }), inputs, errors };
}

export interface MatrixCliOptions extends MatrixOptions {
  out?: string;
  reportFormat: 'html' | 'md' | 'csv';
  date?: string;
}

/** The folder the plans' own reports go to, beside an HTML matrix: 汇总.html → 汇总-各方案报告/. */
export function reportsFolder(out: string): string {
  return path.join(path.dirname(out), `${path.basename(out).replace(/\.[^.]+$/, '')}-各方案报告`);
}

export async function runMatrix<O extends MatrixCliOptions>(inputs: string[], opts: O, analyse: AnalyseOne<O>): Promise<number> {
  const files = findPlans(inputs, opts);
  const generated = opts.date ?? new Date().toISOString().slice(0, 10);
  // One plan at a time, quietly: the notes of analyseInputs would repeat for every plan.
  const { model, inputs: plans, errors } = await buildMatrix(files, { ...opts, quiet: true }, analyse, generated);
  for (const e of errors) process.stderr.write(`xianjie: ${e.message}\n`);
  if (errors.length) return 2;
  let body: string;
  const write = (file: string, content: string): void => {
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
    } catch (e) {
      throw new UserError(`无法写入报告文件 ${file}：${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const lineHref = (plan: number, line: number) => `${pathToFileURL(path.resolve(plans[plan]!.file)).href}#L${line}`;
  if (opts.reportFormat === 'csv') body = renderMatrixCsv(model);
  else if (opts.reportFormat === 'md') body = renderMatrixMarkdown(model);
  else {
    // Each plan's own report beside the matrix, linked from its row of totals.
    if (opts.out) {
      const folder = reportsFolder(opts.out);
      plans.forEach((p, i) => {
        const file = path.join(folder, `${model.plans[i]!.name.replace(/[\\/]/g, '_')}.html`);
        const own = buildReportModel(p.text, p.result, p.prepared, { draft: path.basename(p.file), generated });
        write(file, renderHtml(own, { lineHref: (line) => lineHref(i, line) }));
        model.plans[i]!.reportHref = path.relative(path.dirname(path.resolve(opts.out!)), file).split(path.sep).map(encodeURIComponent).join('/');
      });
    }
    body = renderMatrixHtml(model, { lineHref });
  }
  if (opts.out) {
    write(opts.out, body);
    if (!opts.quiet) {
      const extra = opts.reportFormat === 'html' ? `，各方案报告在 ${reportsFolder(opts.out)}` : '';
      process.stderr.write(`汇总对照表（${model.plans.length} 份方案）已写入 ${opts.out}${extra}\n`);
    }
  } else process.stdout.write(body);
  return 0;
}
