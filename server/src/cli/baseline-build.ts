// `xianjie baseline build`: compiles a new region's 实施意见 (and task table) into a baseline file
// without a manifest. Builds the manifest in memory from the flags and the document's own text,
// applies an optional override file, writes the baseline and prints the build report.
import * as fs from 'fs';
import * as path from 'path';
import { compileBaseline } from '../core/baseline/compile';
import { hasInlineAnnotations, hasTaskTable, inferDocumentFacts, unitPrefixOf } from '../core/baseline/infer';
import { ManifestSchema, type ManifestInput } from '../core/baseline/manifest';
import { parseOverrides, type Overrides } from '../core/baseline/overrides';
import { formatReport } from '../core/baseline/report';
import { LevelSchema } from '../core/baseline/schema';
import { readDraftFile } from '../input/read';
import { readAliases, serializeBaseline } from '../node/baselines';
import { UserError } from '../node/project';

export interface BaselineBuildOptions {
  tasks?: string;
  /** Only for an .xlsx task list: the worksheet to read. */
  sheet?: string;
  id: string;
  title?: string;
  docNumber?: string;
  date?: string;
  level?: string;
  region?: string;
  overrides?: string;
  out: string;
  quiet?: boolean;
}

const MAX_SOURCE_BYTES = 50 * 1024 * 1024;

async function readSource(file: string, what: string, notes: string[] = [], sheet?: string): Promise<string> {
  const read = await readDraftFile(file, { maxBytes: MAX_SOURCE_BYTES, ...(sheet !== undefined ? { sheet } : {}) });
  if (!read.ok) throw new UserError(`${what}：${read.message}`);
  if (read.kind === 'xlsx') {
    const sheetName = read.paragraphs?.[0] && 'sheet' in read.paragraphs[0] ? read.paragraphs[0].sheet : undefined;
    if (sheetName !== undefined) notes.push(`任务表：读取工作表“${sheetName}”`);
  }
  notes.push(...(read.notes ?? []));
  return read.text;
}

function readOverrides(file: string): Overrides {
  if (!fs.existsSync(file)) throw new UserError(`找不到覆盖文件 ${file}，请检查 --overrides 参数。`);
  const { overrides, error } = parseOverrides(fs.readFileSync(file, 'utf8'));
  if (error) throw new UserError(`覆盖文件 ${file} 有误：${error}`);
  return overrides!;
}

/** Runs `xianjie baseline build`; returns the exit code (0 written, 2 input or override error). */
export async function runBaselineBuild(file: string, opts: BaselineBuildOptions): Promise<number> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(opts.id)) {
    throw new UserError(`--id “${opts.id}” 不合要求：只能用小写字母、数字和连字符，且以字母或数字开头，如 hainan-2023。`);
  }
  if (opts.level !== undefined && !LevelSchema.safeParse(opts.level).success) {
    throw new UserError(`--level “${opts.level}” 不合要求，可选：${LevelSchema.options.join('、')}。`);
  }
  if (opts.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) {
    throw new UserError(`--date “${opts.date}” 不合要求，请写成 YYYY-MM-DD，如 2023-05-16。`);
  }
  if (opts.sheet !== undefined && !(opts.tasks && /\.xlsx?m?$/i.test(opts.tasks))) {
    throw new UserError('--sheet 只用于 .xlsx 任务清单，请同时用 --tasks 指定 .xlsx 文件。');
  }
  const overrides = opts.overrides ? readOverrides(opts.overrides) : undefined;
  const bodyText = await readSource(file, '实施意见文件');
  const bodyName = path.basename(file);
  const files: Record<string, string> = { [bodyName]: bodyText };
  const notes: string[] = [];

  let tasks: ManifestInput['tasks'];
  if (opts.tasks) {
    let tasksName = path.basename(opts.tasks);
    if (tasksName === bodyName) tasksName = `任务表-${tasksName}`;
    notes.push(`任务：来自任务表 ${opts.tasks}`);
    files[tasksName] = await readSource(opts.tasks, '任务表文件', notes, opts.sheet);
    tasks = { file: tasksName };
  } else if (hasInlineAnnotations(bodyText)) {
    tasks = { inline: true };
    notes.push('任务：正文中的责任单位括注（未给 --tasks）');
  } else if (hasTaskTable(bodyText)) {
    tasks = { file: bodyName };
    notes.push('任务：正文文件中的任务表（未给 --tasks）');
  } else notes.push('任务：未给 --tasks，正文中也没有责任单位括注或任务表，基准将没有任务');

  const facts = inferDocumentFacts(bodyText);
  const pick = (flag: string | undefined, found: string | undefined, label: string, fallback: string): string => {
    if (flag !== undefined) return flag;
    if (found !== undefined) {
      notes.push(`${label}：从正文识别为“${found}”`);
      return found;
    }
    notes.push(`${label}：未能从正文识别，使用“${fallback}”（可用参数指定）`);
    return fallback;
  };
  const date = opts.date ?? facts.date;
  if (!date) throw new UserError('未能从正文中找到成文日期（如“2023年5月16日”单独成行），请用 --date YYYY-MM-DD 指定。');
  if (!opts.date) notes.push(`日期：从正文识别为“${date}”`);
  const level = LevelSchema.parse(pick(opts.level, facts.level, '层级', '其他'));
  const manifestInput: ManifestInput = {
    id: opts.id,
    level,
    region: pick(opts.region, facts.region, '地区', ''),
    title: pick(opts.title, facts.title, '标题', opts.id),
    docNumber: pick(opts.docNumber, facts.docNumber, '文号', ''),
    date,
    body: { file: bodyName },
    tasks,
    unitPrefix: unitPrefixOf(level),
  };
  const manifest = ManifestSchema.parse(manifestInput);
  const { baseline, report } = compileBaseline({ manifest, files, aliases: readAliases(), overrides });
  const lines = [...formatReport(baseline, report)];
  lines.splice(1, 0, ...notes.map((n) => `  ${n}`));
  if (report.pillarsDerived) {
    lines.push('  说明：框架板块由标题推出——总体要求用引号列出各部分并写明个数（如“数字底座、数据中枢……”五位一体）且随后的一级标题数目相同时，按顺序每个一级标题为一个板块；否则宣示框架的一级/二级标题（如“三个驱动”）下的各条为该框架的板块，其余一级标题下的每个二级标题各为一个板块；总体要求中写明了框架（如“三个驱动、四大支撑……”）时只取宣示这些部分的标题，否则保障措施、组织实施、加强党的领导等保障性内容不作为板块；可用 --overrides 改名、增删。');
  }
  if (report.errors.length) {
    process.stderr.write(lines.join('\n') + '\n');
    throw new UserError(`覆盖文件 ${opts.overrides} 有误：${report.errors.join('；')}。基准未写出。`);
  }
  const out = path.resolve(opts.out);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, serializeBaseline(baseline));
  lines.push(`已写出基准 ${opts.out}（条款 ${baseline.clauses.length}，任务 ${baseline.tasks.length}，单位 ${baseline.units.length}）。检查方案：xianjie check <方案文件> --baseline ${opts.out}`);
  if (!opts.quiet) process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
