// The headless checker: `xianjie check|baselines|lsp`. Argument parsing, file IO, output formats
// and exit codes; all analysis goes through core/analyze.
import { Command, CommanderError, Option } from 'commander';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { isMainThread } from 'worker_threads';
import { analyze, analyzeChain, type AnalysisResult } from '../core/analyze';
import { RULE_IDS, type Config } from '../core/config';
import { makeRegistry, type LocalUnit, type PreparedBaseline } from '../core/engine';
import { ALL_RULES } from '../core/rules';
import { readDraftFile, type DraftFile } from '../input/read';
import { BaselineError, getPrepared, listBuiltinBaselines, loadBaseline, preparePlanFile } from '../node/baselines';
import { defaultConfig, findConfig, loadConfig, loadLocalUnits, UserError } from '../node/project';
import {
  applySuppressions, loadSuppressions, pruneSuppressions, recordSuppressions, saveSuppressions, suppressionsPath, type SuppressionSet,
} from '../node/suppressions';
import { buildReportModel } from '../report/model';
import { renderHtml } from '../report/html';
import { renderCsv, renderMarkdown } from '../report/text';
import { baselineHeader, JsonOutputSchema, pageFor, toJsonFile, type JsonOutput, type ParagraphInfo } from './json';
import { toSarif } from './sarif';
import { runBaselineBuild, type BaselineBuildOptions } from './baseline-build';
import { filterChanged } from './changed';
import { analyseByConfig } from './per-config';
import { checkOnWorkers, serveChecks, workerCount, type FileOutcome } from './pool';
import { runInit, type InitOptions } from './init';
import { runMatrix } from './matrix';
import { CI_FORMAT_NAMES, CI_FORMATS, type CiFormat } from './formats';

const SEVERITY_ORDER = ['hint', 'information', 'warning', 'error'] as const;
const SEVERITY_CN: Record<string, string> = { error: '错误', warning: '警告', information: '提示', hint: '建议' };

export interface CheckOptions {
  baseline?: string;
  parent?: string[];
  units?: string;
  config?: string;
  format: 'text' | 'json' | 'sarif' | CiFormat;
  /** Check only plans changed since this git ref (see cli/changed.ts). */
  changedSince?: string;
  failOn: 'error' | 'warning' | 'information' | 'never';
  quiet?: boolean;
  maxSize?: number;
  /** The suppressions file (default: beside the config file in use, else in the current folder). */
  suppressions?: string;
  suppressAll?: boolean;
  suppressRule?: string[];
  pruneSuppressions?: boolean;
  /** Reason written into entries recorded by --suppress-all / --suppress-rule. */
  suppressReason?: string;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseMaxSize(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new UserError(`--max-size 需要正整数（字节数），收到“${v}”。`);
  return n;
}

function version(): string {
  try {
    return JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')).version;
  } catch {
    return '0.0.0';
  }
}

/** The drafts directly inside a folder (.txt, .md, .docx, .doc, .wps, .pdf, .ofd, .xlsx; not sub-folders), sorted. */
function draftsIn(dir: string): string[] {
  const files = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.(txt|md|docx|doc|wps|xlsx|pdf|ofd)$/i.test(e.name) && !e.name.startsWith('.'))
    .map((e) => path.join(dir, e.name))
    .sort();
  if (!files.length) throw new UserError(`文件夹 ${dir} 中没有可检查的 .txt、.md、.docx、.doc、.wps、.pdf、.ofd 或 .xlsx 文件。要连同子文件夹一起检查，请写成 ${path.join(dir, '**', '*.txt')}。`);
  return files;
}

/** Expands folders (their drafts) and simple globs (*, **) into files. */
export function expandInputs(inputs: string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    if (/[*?]/.test(input)) {
      const base = input.slice(0, input.search(/[*?]/)).replace(/[^/\\]*$/, '') || '.';
      const re = new RegExp(
        '^' +
          input
            .replace(/[.+^${}()|[\]\\]/g, '\\$&')
            .replace(/\*\*\//g, '\u0000')
            .replace(/\*/g, '[^/]*')
            .replace(/\?/g, '[^/]')
            .replace(/\u0000/g, '(?:.*/)?') +
          '$',
      );
      const walk = (dir: string): void => {
        for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
          const p = path.join(dir, e.name);
          if (e.isDirectory()) {
            if (e.name !== 'node_modules' && !e.name.startsWith('.')) walk(p);
          } else if (re.test(p.split(path.sep).join('/')) || re.test('./' + p.split(path.sep).join('/'))) out.push(p);
        }
      };
      if (fs.existsSync(base)) walk(base);
      if (!out.length) throw new UserError(`没有与 ${input} 匹配的文件。`);
    } else if (fs.existsSync(input) && fs.statSync(input).isDirectory()) out.push(...draftsIn(input));
    else out.push(input);
  }
  return out;
}

function resolveConfig(opts: CheckOptions, firstFile: string | undefined): { config: Config; file?: string } {
  let config: Config;
  let file: string | undefined;
  if (opts.config) {
    if (!fs.existsSync(opts.config)) throw new UserError(`找不到配置文件 ${opts.config}，请检查 --config 参数。`);
    file = path.resolve(opts.config);
    config = loadConfig(opts.config).config;
  } else {
    file = firstFile ? findConfig(path.dirname(path.resolve(firstFile))) : findConfig(process.cwd());
    config = file ? loadConfig(file).config : defaultConfig();
  }
  if (opts.baseline) config.baseline = opts.baseline;
  if (opts.units) config.units = path.resolve(opts.units);
  if (opts.parent?.length) config.parents = opts.parent.map((p) => path.resolve(p));
  if (opts.maxSize) config.maxFileSize = opts.maxSize;
  return { config, file };
}

export interface AnalysedFile {
  file: string;
  text: string;
  encoding: string;
  kind: 'text' | 'docx' | 'xlsx' | 'pdf' | 'doc' | 'ofd';
  paragraphs?: ParagraphInfo[];
  result: AnalysisResult;
}

/** Reads and analyses every input once; unreadable files become errors, never exceptions. Also used by
 * scripts/eval-blind.js, so the blind drafts are scored on exactly what `xianjie check` reports. */
export async function analyseInputs(
  files: string[],
  opts: CheckOptions,
): Promise<{ prepared: PreparedBaseline; analysed: AnalysedFile[]; errors: { path: string; message: string }[]; configFile?: string }> {
  const inputs = expandInputs(files);
  const { config, file: configFile } = resolveConfig(opts, inputs[0]);
  let prepared: PreparedBaseline;
  let notice: string | undefined;
  try {
    ({ prepared, notice } = getPrepared(config.baseline, config.segmenter));
  } catch (e) {
    if (e instanceof BaselineError) throw new UserError(e.message);
    throw e;
  }
  if (notice && !opts.quiet) process.stderr.write(`注意：${notice}\n`);
  const localUnits = config.units ? loadLocalUnits(config.units) : [];
  const parents: PreparedBaseline[] = [];
  for (const file of config.parents) {
    try {
      parents.push(await preparePlanFile(file, config.segmenter));
    } catch (e) {
      if (e instanceof BaselineError) throw new UserError(e.message);
      throw e;
    }
  }
  const settings: FileSettings = { localUnits, rules: config.rules, maxFileSize: config.maxFileSize, tasks: config.tasks };
  const showProgress = process.stderr.isTTY && inputs.length > 3 && !opts.quiet;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const bar = showProgress ? new (require('cli-progress').SingleBar)({ format: '检查进度 {bar} {value}/{total} {file}', hideCursor: true }) : undefined;
  bar?.start(inputs.length, 0, { file: '' });
  // Many files (and no higher-level plans): checked on worker threads, the results in input order.
  const workers = parents.length ? 0 : workerCount(inputs.length);
  const outcomes: (FileOutcome<AnalysedFile> | undefined)[] = workers
    ? await checkOnWorkers<AnalysedFile>(__filename, inputs, { baseline: config.baseline, segmenter: config.segmenter, settings }, workers, (i) => bar?.increment(1, { file: path.basename(inputs[i]!) }))
    : [];
  const check = checkFile(prepared, settings, parents);
  const analysed: AnalysedFile[] = [];
  const errors: { path: string; message: string }[] = [];
  // The next file is read (on libuv's threads) while this one is analysed: one file ahead at most.
  const read = (k: number): Promise<DraftFile> => readDraftFile(inputs[k]!, { maxBytes: config.maxFileSize });
  let ahead: { index: number; reading: Promise<DraftFile> } | undefined;
  const readAhead = (from: number): void => {
    let j = from;
    while (j < inputs.length && outcomes[j]) j++;
    ahead = j < inputs.length ? { index: j, reading: read(j) } : undefined;
  };
  for (let i = 0; i < inputs.length; i++) {
    let outcome = outcomes[i];
    if (!outcome) {
      bar?.increment(0, { file: path.basename(inputs[i]!) });
      const reading = ahead?.index === i ? ahead.reading : read(i);
      readAhead(i + 1);
      outcome = await check(inputs[i]!, reading);
      bar?.increment(1);
    }
    if ('error' in outcome) errors.push(outcome.error);
    else analysed.push(outcome.analysed);
  }
  bar?.stop();
  return { prepared, analysed, errors, configFile };
}

/** The settings of one file's check besides the baseline (copied to check workers as they are). */
interface FileSettings {
  localUnits: LocalUnit[];
  rules: Config['rules'];
  maxFileSize: number;
  tasks: Config['tasks'];
}

/** Reads and analyses one file against a prepared baseline (and higher-level plans); never throws for a bad file. */
function checkFile(
  prepared: PreparedBaseline, settings: FileSettings, parents: PreparedBaseline[] = [],
): (file: string, reading?: Promise<DraftFile>) => Promise<FileOutcome<AnalysedFile>> {
  const { localUnits, rules, maxFileSize, tasks } = settings;
  const registry = parents.length ? undefined : makeRegistry(prepared, localUnits);
  return async (file, reading) => {
    const read = await (reading ?? readDraftFile(file, { maxBytes: maxFileSize }));
    if (!read.ok) return { error: { path: file, message: read.message } };
    const result = parents.length
      ? analyzeChain(read.text, prepared, parents, { localUnits, rules, maxChars: maxFileSize, tasks })
      : analyze(read.text, prepared, { registry, rules, maxChars: maxFileSize, tasks });
    const limit = result.problems.find((p) => p.kind === 'limit');
    if (limit) return { error: { path: file, message: `${file}：${limit.message}` } };
    return {
      analysed: {
        file, text: read.text, encoding: read.encoding, kind: read.kind, result,
        paragraphs: read.kind !== 'text' ? read.paragraphs : undefined,
      },
    };
  };
}

// Loaded as a check worker (pool.ts): prepare the baseline once, then check the files sent.
serveChecks<AnalysedFile>((job) => {
  const { prepared } = getPrepared(job.baseline, job.segmenter as Config['segmenter']);
  return checkFile(prepared, job.settings as FileSettings);
});

/** The suppressions file of a run; a file named with --suppressions must exist unless this run writes it. */
function openSuppressions(opts: CheckOptions, configFile: string | undefined, writes: boolean): SuppressionSet {
  const set = loadSuppressions(suppressionsPath(opts.suppressions, configFile, process.cwd()));
  if (opts.suppressions && !set.exists && !writes) {
    throw new UserError(`找不到抑制文件 ${opts.suppressions}，请检查 --suppressions 参数；要新建，请同时使用 --suppress-all 或 --suppress-rule。`);
  }
  return set;
}

function checkSuppressOptions(opts: CheckOptions): void {
  if (opts.suppressAll && opts.suppressRule?.length) {
    throw new UserError('--suppress-all 与 --suppress-rule 不能同时使用：前者记录全部错误和警告，后者只记录所列规则的问题。');
  }
  for (const r of opts.suppressRule ?? []) {
    if (!(RULE_IDS as readonly string[]).includes(r)) throw new UserError(`--suppress-rule 的规则“${r}”无法识别。可用的规则：${RULE_IDS.join('、')}。`);
  }
  if (opts.suppressReason !== undefined && !opts.suppressAll && !opts.suppressRule?.length) {
    throw new UserError('--suppress-reason 只能与 --suppress-all 或 --suppress-rule 一起使用。');
  }
}

/**
 * Applies the suppressions file to every analysed file, then prunes and records as asked, and
 * writes the file when it changed. Returns the set, or undefined when there is none to speak of.
 */
function runSuppressions(analysed: AnalysedFile[], opts: CheckOptions, configFile: string | undefined): SuppressionSet | undefined {
  const recording = !!opts.suppressAll || !!opts.suppressRule?.length;
  const set = openSuppressions(opts, configFile, recording);
  if (!set.exists && !recording) return undefined;
  const matches = analysed.map((a) => ({ file: a.file, ...applySuppressions(set, a.file, a.result.findings, a.text, a.result.outline) }));
  let removed = 0;
  if (opts.pruneSuppressions) removed = pruneSuppressions(set, matches);
  let added = 0;
  if (recording) {
    // --suppress-all takes what fails CI: errors and warnings, and information with --fail-on information.
    const levels = new Set(['error', 'warning', ...(opts.failOn === 'information' ? ['information'] : [])]);
    const rules = new Set(opts.suppressRule ?? []);
    const select = opts.suppressAll ? (f: { severity: string }) => levels.has(f.severity) : (f: { rule: string }) => rules.has(f.rule);
    for (const a of analysed) added += recordSuppressions(set, a.file, a.result.findings, a.text, a.result.outline, select, opts.suppressReason);
  }
  if (added || removed || (recording && !set.exists)) {
    saveSuppressions(set);
    set.exists = true;
    if (!opts.quiet) {
      const what = [added ? `新记录 ${added} 处` : '', removed ? `删除 ${removed} 处已不存在的问题` : ''].filter((x) => x).join('，') || '没有新的问题需要记录';
      process.stderr.write(`抑制文件 ${path.relative(process.cwd(), set.file) || set.file}：${what}，现有 ${set.entries.length} 条记录。\n`);
    }
  } else if (opts.pruneSuppressions && !opts.quiet) {
    process.stderr.write(`抑制文件 ${path.relative(process.cwd(), set.file) || set.file}：每条记录都仍有对应的问题，无需删除。\n`);
  }
  return set;
}

/** One suppressions run per suppressions file: plans whose configs sit in one folder share its file. */
function runSuppressionsByFile(groups: { configFile?: string; analysed: AnalysedFile[] }[], opts: CheckOptions): SuppressionSet | undefined {
  const byFile = new Map<string, { configFile?: string; analysed: AnalysedFile[] }>();
  for (const g of groups) {
    const key = suppressionsPath(opts.suppressions, g.configFile, process.cwd());
    const had = byFile.get(key);
    if (had) had.analysed.push(...g.analysed);
    else byFile.set(key, { configFile: g.configFile, analysed: [...g.analysed] });
  }
  let first: SuppressionSet | undefined;
  for (const b of byFile.values()) {
    const set = runSuppressions(b.analysed, opts, b.configFile);
    first ??= set;
  }
  return first;
}

async function runCheck(files: string[], opts: CheckOptions): Promise<number> {
  checkSuppressOptions(opts);
  if (opts.changedSince !== undefined) {
    const all = expandInputs(files);
    files = filterChanged(all, opts.changedSince, opts);
    if (!opts.quiet) process.stderr.write(`自“${opts.changedSince}”以来有改动的方案：${files.length} 个（共 ${all.length} 个）。\n`);
  }
  const { prepared, analysed, errors, groups } = await analyseByConfig(expandInputs(files), opts, analyseInputs);
  // Tells bin/code-cache.js that a check has run, so the code it compiled is worth keeping.
  if (analysed.length) (process as NodeJS.EventEmitter).emit('xianjie:checked');
  // Unreadable inputs leave their entries untouched: record and prune only on a complete run.
  if ((opts.pruneSuppressions || opts.suppressAll || opts.suppressRule?.length) && errors.length) {
    for (const e of errors) process.stderr.write(`xianjie: ${e.message}\n`);
    process.stderr.write('xianjie: 有文件无法检查，未修改抑制文件。\n');
    return 2;
  }
  const suppressions = runSuppressionsByFile(groups, opts);
  const out: JsonOutput = {
    version: 1,
    baseline: baselineHeader(prepared.baseline),
    files: [],
    errors,
    summary: { error: 0, warning: 0, information: 0, hint: 0, suppressed: 0 },
  };
  const texts = new Map<string, string>();
  for (const a of analysed) {
    texts.set(a.file, a.text);
    const jf = toJsonFile(a.file, a.encoding, a.text, a.result, a.paragraphs);
    for (const d of jf.diagnostics) {
      if (d.suppressed) out.summary.suppressed++;
      else out.summary[d.severity]++;
    }
    out.files.push(jf);
  }
  if (opts.format === 'json') {
    process.stdout.write(JSON.stringify(JsonOutputSchema.parse(out), null, 2) + '\n');
  } else if (opts.format === 'sarif') {
    process.stdout.write(JSON.stringify(toSarif(out, ALL_RULES, version()), null, 2) + '\n');
  } else if (opts.format in CI_FORMATS) {
    process.stdout.write(CI_FORMATS[opts.format as CiFormat]({ out, texts, rules: ALL_RULES, version: version() }));
  } else {
    writeText(out, opts, suppressions?.file);
  }
  for (const e of out.errors) process.stderr.write(`xianjie: ${e.message}\n`);
  if (out.errors.length) return 2;
  if (opts.failOn === 'never') return 0;
  const threshold = SEVERITY_ORDER.indexOf(opts.failOn);
  // Accepted (suppressed) findings never fail a run.
  const failing = out.files.some((f) => f.diagnostics.some((d) => !d.suppressed && SEVERITY_ORDER.indexOf(d.severity) >= threshold));
  return failing ? 1 : 0;
}

interface ReportCliOptions extends CheckOptions {
  out?: string;
  reportFormat: 'html' | 'md' | 'csv';
  date?: string;
}

async function runReport(files: string[], opts: ReportCliOptions): Promise<number> {
  // Each plan is reported with its own configuration (units, parents, tasks, suppressions), as check does.
  const { analysed, errors, groups } = await analyseByConfig(expandInputs(files), opts, analyseInputs);
  for (const e of errors) process.stderr.write(`xianjie: ${e.message}\n`);
  if (errors.length) return 2;
  const preparedOf = new Map<string, PreparedBaseline>();
  for (const g of groups) {
    runSuppressions(g.analysed, opts, g.configFile);
    for (const a of g.analysed) preparedOf.set(a.file, g.prepared);
  }
  const generated = opts.date ?? new Date().toISOString().slice(0, 10);
  const outputs: string[] = [];
  for (const a of analysed) {
    const model = buildReportModel(a.text, a.result, preparedOf.get(a.file)!, { draft: path.basename(a.file), generated, pageAt: (offset) => pageFor(a.paragraphs, offset) });
    if (opts.reportFormat === 'md') outputs.push(renderMarkdown(model));
    else if (opts.reportFormat === 'csv') outputs.push(renderCsv(model));
    else {
      const abs = path.resolve(a.file);
      outputs.push(renderHtml(model, { lineHref: (line) => `${pathToFileURL(abs).href}#L${line}` }));
    }
  }
  const body = opts.reportFormat === 'csv' && outputs.length > 1 ? outputs[0] + outputs.slice(1).map((o) => o.replace(/^\ufeff[^\n]*\n/, '')).join('') : outputs.join('\n');
  if (opts.out) {
    try {
      fs.writeFileSync(opts.out, body);
    } catch (e) {
      throw new UserError(`无法写入报告文件 ${opts.out}：${e instanceof Error ? e.message : String(e)}`);
    }
    if (!opts.quiet) process.stderr.write(`报告已写入 ${opts.out}\n`);
  } else process.stdout.write(body);
  return 0;
}

/**
 * For each hint whose rule and message an earlier unsuppressed hint of the file has: null (not printed again). For the
 * first of such a set: the 1-based lines of the others, in order.
 */
type JsonDiagnostic = JsonOutput['files'][number]['diagnostics'][number];
function repeatedHints(diagnostics: JsonDiagnostic[]): Map<JsonDiagnostic, number[] | null> {
  const first = new Map<string, { d: JsonDiagnostic; lines: number[] }>();
  const out = new Map<JsonDiagnostic, number[] | null>();
  for (const d of diagnostics) {
    if (d.suppressed || d.severity !== 'hint') continue;
    const key = `${d.rule}\u0000${d.message}`;
    const had = first.get(key);
    if (!had) first.set(key, { d, lines: [] });
    else {
      had.lines.push(d.range.start.line + 1);
      out.set(d, null);
    }
  }
  for (const { d, lines } of first.values()) if (lines.length) out.set(d, lines);
  return out;
}

/** Line numbers for a message: each once, at most ten, then how many more (3、8、12……等 25 行). */
function abbreviatedLines(lines: number[]): string {
  const distinct = [...new Set(lines)];
  return distinct.length <= 10 ? distinct.join('、') : `${distinct.slice(0, 10).join('、')}等 ${distinct.length}`;
}

function writeText(out: JsonOutput, opts: CheckOptions, suppressionsFile?: string): void {
  const lines: string[] = [];
  for (const f of out.files) {
    // A suggestion repeated word for word (a short name the office writes throughout: “县大数据局”是简称…) is printed once,
    // at its first place, with the lines of the others; JSON, SARIF and the editor keep one finding per place.
    const repeats = repeatedHints(f.diagnostics);
    for (const d of f.diagnostics) {
      if (d.suppressed) continue;
      if (opts.quiet && d.severity !== 'error') continue;
      const again = repeats.get(d);
      if (again === null) continue;
      const where = `${f.path}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      const para = d.paragraph
        ? d.paragraph.sheet !== undefined
          ? `（工作表“${d.paragraph.sheet}”第 ${d.paragraph.index} 行“${d.paragraph.quote}…”）`
          : `（第 ${d.paragraph.index} 段“${d.paragraph.quote}…”）`
        : d.page !== undefined
          ? `（第 ${d.page} 页）`
          : '';
      const more = again ? `（同样的建议另有 ${again.length} 处，见第 ${abbreviatedLines(again)} 行）` : '';
      lines.push(`${where}${para} ${SEVERITY_CN[d.severity]} ${d.rule} ${d.message}${more}`);
      if (d.related[0]) lines.push(`    ↳ ${d.related[0].quote}`);
    }
    if (!opts.quiet) {
      const t = f.coverage.tasks;
      const missing = f.coverage.pillars.filter((p) => !p.covered).map((p) => p.name);
      const na = t.notApplicable.length ? `（另有 ${t.notApplicable.length} 项不适用本级）` : '';
      const maybe = t.mentionedTasks.length ? `，可能已覆盖 ${t.mentionedTasks.length} 项（请核对）` : '';
      lines.push(
        `${f.path}：覆盖本级任务 ${t.covered}/${t.applicable}${maybe}${na}；框架支柱 ${f.coverage.pillars.length - missing.length}/${f.coverage.pillars.length}${missing.length ? `（缺：${missing.join('、')}）` : ''}`,
      );
    }
  }
  const s = out.summary;
  if (s.suppressed && !opts.quiet) {
    const where = suppressionsFile ? path.relative(process.cwd(), suppressionsFile) || suppressionsFile : '抑制文件';
    lines.push(`已接受 ${s.suppressed} 处问题（记于 ${where}），未逐条列出，也不影响退出码。`);
  }
  lines.push(`共检查 ${out.files.length} 个文件：错误 ${s.error}，警告 ${s.warning}，提示 ${s.information}，建议 ${s.hint}。对照基准：${out.baseline.title}（${out.baseline.docNumber}）。`);
  process.stdout.write(lines.join('\n') + '\n');
}

function runBaselines(): number {
  // One line per built-in baseline: id, title, 文号, date and the counts a user chooses by.
  for (const id of listBuiltinBaselines()) {
    const b = loadBaseline(id);
    process.stdout.write(
      `${b.id}\t${b.title}\t${b.docNumber}\t${b.date}\t条款 ${b.clauses.length}\t任务 ${b.tasks.length}\t单位 ${b.units.length}\t框架 ${b.pillars.length}\n`,
    );
  }
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  let code = 0;
  program
    .name('xianjie')
    .description('衔接：对照上级实施意见和重点任务清单检查数字政府建设实施方案')
    .version(version(), '-v, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  program
    .command('check')
    .description('检查一个或多个方案文件（.txt、.md、.docx、.doc、.wps、.pdf、.ofd，或 .xlsx 任务分工表）')
    .argument('<files...>', '文件、目录下的文件或通配符')
    .option('-b, --baseline <id|file>', '对照的基准：内置编号或已编译基准文件路径')
    .option('-u, --units <file>', '本地单位名录文件')
    .option('-p, --parent <file>', '上级方案文件（如所在市的实施方案），可重复，由近及远', collect, [])
    .option('-c, --config <file>', '配置文件（默认向上查找 xianjie.config.json）')
    .addOption(new Option('-f, --format <format>', '输出格式（github、junit、rdjson、codeclimate 供持续集成平台读取）').choices(['text', 'json', 'sarif', ...CI_FORMAT_NAMES]).default('text'))
    .option('--changed-since <git引用>', '只检查自该 git 引用（如 origin/main）以来有改动的方案，及配置、单位名录或上级方案有改动的方案')
    .addOption(new Option('--fail-on <level>', '出现该级别及以上问题时以 1 退出').choices(['error', 'warning', 'information', 'never']).default('error'))
    .option('--max-size <bytes>', '单个文件大小上限（字节）', parseMaxSize)
    .option('-q, --quiet', '只输出错误')
    .option('--suppressions <file>', `抑制文件（默认为配置文件旁或当前目录下的 xianjie-suppressions.json）`)
    .option('--suppress-all', '把当前全部错误和警告记入抑制文件（已接受），之后只有新问题会使检查失败')
    .option('--suppress-rule <rule>', '只把该规则的当前问题记入抑制文件，可重复', collect, [])
    .option('--prune-suppressions', '从抑制文件中删除已不存在的问题')
    .option('--suppress-reason <text>', '记入抑制文件时写明的理由')
    .action(async (files: string[], opts: CheckOptions) => {
      code = await runCheck(files, opts);
    });
  program
    .command('report')
    .description('生成覆盖情况对照报告（HTML、Markdown 或 CSV）')
    .argument('<files...>', '方案文件（--matrix 时也可以是文件夹）')
    .option('-b, --baseline <id|file>', '对照的基准：内置编号或已编译基准文件路径')
    .option('-u, --units <file>', '本地单位名录文件')
    .option('-p, --parent <file>', '上级方案文件（如所在市的实施方案），可重复，由近及远', collect, [])
    .option('-c, --config <file>', '配置文件（默认向上查找 xianjie.config.json）')
    .option('-o, --out <file>', '报告输出文件（默认写到标准输出）')
    .addOption(new Option('-f, --format <format>', '报告格式').choices(['html', 'md', 'csv']).default('html'))
    .option('--date <YYYY-MM-DD>', '报告上显示的生成日期（默认今天）')
    .option('--max-size <bytes>', '单个文件大小上限（字节）', parseMaxSize)
    .option('--matrix', '汇总对照表：多份方案（或文件夹中的全部方案）并列，每份按其所在文件夹的配置检查')
    .option('-q, --quiet', '不输出进度信息')
    .option('--suppressions <file>', `抑制文件（默认为配置文件旁或当前目录下的 xianjie-suppressions.json）`)
    .action(async (files: string[], raw: Record<string, unknown>) => {
      const opts = { ...raw, reportFormat: raw.format, format: 'text', failOn: 'never' } as ReportCliOptions;
      code = raw.matrix ? await runMatrix(files, opts, analyseInputs) : await runReport(files, opts);
    });
  program
    .command('baselines')
    .description('列出内置基准')
    .action(() => {
      code = runBaselines();
    });
  program
    .command('baseline')
    .description('基准相关命令')
    .command('build')
    .description('把一个地区的实施意见（及任务清单）编译成基准文件，无需编写清单文件')
    .argument('<file>', '实施意见文件（.txt、.md、.docx）')
    .option('-t, --tasks <file>', '任务清单文件（制表符分隔、Markdown 表格、.docx 表格或 .xlsx 工作簿）；不给时使用正文括注或正文中的任务表')
    .option('--sheet <名称或序号>', '任务清单为 .xlsx 时读取的工作表（默认第一个含任务表头的工作表）')
    .requiredOption('--id <id>', '基准编号，小写字母、数字和连字符，如 hainan-2023')
    .option('--title <title>', '文件标题（默认从正文识别）')
    .option('--doc-number <文号>', '文号（默认从正文识别）')
    .option('--date <YYYY-MM-DD>', '成文日期（默认从正文落款识别）')
    .option('--level <层级>', '发文层级：国家、自治区、省、市、县、乡、其他（默认从标题识别）')
    .option('--region <地区>', '地区名称（默认从标题识别）')
    .option('--overrides <file.json>', '覆盖文件：改名、增删框架板块，增加单位别名')
    .requiredOption('-o, --out <file>', '写出的基准文件（.json）')
    .option('-q, --quiet', '不打印识别报告')
    .action(async (file: string, opts: BaselineBuildOptions) => {
      code = await runBaselineBuild(file, opts);
    });
  program
    .command('init')
    .description('按上级基准（和上级方案）在当前文件夹生成新的实施方案框架、配置文件和单位名录模板')
    .option('-b, --baseline <id|file>', '对照的基准：内置编号或已编译基准文件路径', 'ningxia-2023')
    .option('-p, --parent <file>', '上级方案文件（如所在市的实施方案）')
    .requiredOption('--name <地名>', '本级地名，如“盐池县”')
    .requiredOption('--level <层级>', '本级层级：市、县或区')
    .option('--dir <folder>', '写入的文件夹（默认当前文件夹）')
    .option('--force', '覆盖已存在的同名文件')
    .option('-q, --quiet', '不打印生成结果')
    .action(async (opts: InitOptions) => {
      code = await runInit(opts);
    });
  program
    .command('lsp')
    .description('以语言服务器方式运行（供任意 LSP 客户端使用）')
    .option('--stdio', '通过标准输入输出通信')
    .allowUnknownOption(true)
    .action(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('../lsp/server');
      code = -1;
    });
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0) return 0;
      return 2;
    }
    if (e instanceof UserError) {
      process.stderr.write(`xianjie: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`xianjie: 内部错误：${e instanceof Error ? e.message : String(e)}。请将此信息反馈给维护者。\n`);
    return 3;
  }
  return code;
}

// A closed pipe (xianjie … | head) ends output quietly instead of with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

// Run only when this file itself is the program (node server/out/cli/main.js): inside the bundled
// language server, which loads it for the workspace matrix, `module` is the bundle's main module too;
// in a check worker (pool.ts) it is the worker's.
if (require.main === module && isMainThread && /[\\/]cli[\\/]main\.js$/.test(__filename)) {
  main(process.argv).then((code) => {
    if (code >= 0) process.exitCode = code;
  });
}
