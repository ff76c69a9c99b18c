// The settings schema: one zod schema for the config file (xianjie.config.json) and the editor
// settings. package.json's configuration and the JSON Schema are generated from it.
import * as z from 'zod/mini';
import './zod-locale';
import { DEFAULT_SEGMENTER, SEGMENTER_NAMES } from './segment/segmenter';

export const RULE_IDS = [
  'missing-pillar',
  'task-uncovered',
  'deadline-later-than-baseline',
  'deadline-invalid',
  'unknown-unit',
  'basis-mismatch',
  'garbled-text',
  'placeholder-unfilled',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const RuleSettingSchema = z.enum(['error', 'warning', 'information', 'hint', 'off']);

/**
 * A key of `tasks`: a task number of the primary baseline (`"98"`), or a task of another level
 * when baselines are chained: `"<baseline id or parent plan file name>:<number>"`
 * (`"plan-wuzhong:12"`, `"吴忠市实施方案.txt:12"`). The last colon separates the two.
 */
export const TASK_KEY = /^(?:(.+):)?([1-9][0-9]*)$/;

/** A decision about one task of a higher level: it does not apply here (with the reason), or it does. */
export const TaskDecisionSchema = z.discriminatedUnion('applies', [
  z.strictObject({
    applies: z.literal(false).check(z.describe('false：本级不承接此任务。')),
    reason: z.string().check(z.trim(), z.minLength(1), z.describe('不适用本级的理由，显示在报告和覆盖情况中。')),
  }),
  z.strictObject({
    applies: z.literal(true).check(z.describe('true：上级清单未要求市、县落实，但本级也承接此任务，计入覆盖率。')),
    reason: z.optional(z.string()).check(z.describe('说明（可选）。')),
  }),
]);
export type TaskDecision = z.infer<typeof TaskDecisionSchema>;

export const ConfigSchema = z.strictObject({
  $schema: z.optional(z.string()),
  baseline: z
    ._default(z.string().check(z.minLength(1)), 'ningxia-2023')
    .check(z.describe('对照的上级基准：内置基准的编号（如 ningxia-2023），或已编译基准文件的路径。')),
  units: z
    .optional(z.string())
    .check(z.describe('本地单位名录文件的路径（相对于配置文件）：每行一个规范名称，可写“名称 = 简称1, 简称2”。')),
  parents: z
    ._default(z.array(z.string()), [])
    .check(z.describe('上级方案文件（如所在市的实施方案），县级方案将同时对照上级方案检查。')),
  rules: z
    ._default(z.partialRecord(z.enum(RULE_IDS), RuleSettingSchema), {})
    .check(z.describe('按规则调整提示级别，或设为 off 关闭该规则。')),
  tasks: z
    ._default(z.record(z.string().check(z.regex(TASK_KEY)), TaskDecisionSchema), {})
    .check(
      z.describe(
        '逐项说明上级任务是否适用本级，如 {"98": {"applies": false, "reason": "本区无林草资源，由市级统筹"}}。键为上级任务清单的序号；' +
          '同时对照上级方案时，写作“基准编号:序号”或“上级方案文件名:序号”（如 "吴忠市实施方案.txt:12"）指明哪一级的任务，只写序号时指 baseline 所设的基准。',
      ),
    ),
  maxFileSize: z
    ._default(z.number().check(z.int(), z.positive()), 2 * 1024 * 1024)
    .check(z.describe('单个文件的大小上限（字节），超过时不作检查。')),
  segmenter: z
    ._default(z.enum(SEGMENTER_NAMES), DEFAULT_SEGMENTER)
    .check(
      z.describe(
        '中文分词引擎：jieba-rs（默认，各平台均已内置）、nodejieba（需另行安装并在本机编译）或 fallback（内置分词，精度较低）。引擎不同，词语切分略有差异，对照结果也可能略有不同。',
      ),
    ),
});

export type Config = z.infer<typeof ConfigSchema>;

/** Turns a zod error into one Chinese sentence that names the bad key. */
export function describeConfigError(error: z.core.$ZodError, file: string): string {
  const issue = error.issues[0]!;
  const key = issue.path.length ? issue.path.join('.') : '(根)';
  if (issue.code === 'unrecognized_keys') {
    const where = issue.path.length ? `${issue.path.join('.')}.` : '';
    const names = issue.keys.map((k) => where + k).join('、');
    if (issue.path[0] === 'tasks') {
      return `配置文件 ${file} 中任务 ${issue.path.slice(1).join('.')} 的设置有无法识别的项：${issue.keys.join('、')}。每项只能写 applies 和 reason。`;
    }
    const known = issue.path[0] === 'rules' ? `可用的规则：${RULE_IDS.join('、')}` : '可用的设置项：baseline、units、parents、rules、tasks、maxFileSize、segmenter';
    return `配置文件 ${file} 中有无法识别的设置项：${names}。${known}。`;
  }
  if (issue.path[0] === 'tasks') return describeTaskIssue(issue, file);
  if (issue.code === 'invalid_key' && issue.path[0] === 'rules') {
    return `配置文件 ${file} 中的规则设置 ${key} 无法识别。可用的规则：${RULE_IDS.join('、')}。`;
  }
  if (issue.code === 'invalid_value' && issue.path[0] === 'segmenter') {
    return `配置文件 ${file} 中设置项 segmenter 的取值不正确。分词引擎只能是 ${SEGMENTER_NAMES.join('、')}。`;
  }
  if (issue.code === 'invalid_value' || issue.code === 'invalid_key') {
    return `配置文件 ${file} 中设置项 ${key} 的取值不正确：${issue.message}。规则级别只能是 error、warning、information、hint 或 off。`;
  }
  return `配置文件 ${file} 中设置项 ${key} 不正确：${issue.message}。`;
}

/** The Chinese message for a bad entry under `tasks`. */
function describeTaskIssue(issue: z.core.$ZodIssue, file: string): string {
  const key = String(issue.path[1] ?? '');
  if (issue.code === 'invalid_key' || issue.path.length === 1) {
    return `配置文件 ${file} 中 tasks 的键“${key}”不正确。键应为上级任务清单的序号（如 "98"），同时对照上级方案时可写作“基准编号:序号”或“上级方案文件名:序号”（如 "吴忠市实施方案.txt:12"）。`;
  }
  const field = issue.path[2];
  if (field === 'reason') return `配置文件 ${file} 中任务 ${key} 缺少不适用本级的理由：请写明 "reason"，如 "本区无林草资源，由市级统筹"。`;
  if (field === 'applies' || issue.code === 'invalid_union') {
    return `配置文件 ${file} 中任务 ${key} 的 "applies" 只能是 false（本级不适用，须写明 reason）或 true（本级也承接）。`;
  }
  return `配置文件 ${file} 中任务 ${key} 的设置不正确：${issue.message}。应写作 {"applies": false, "reason": "理由"}。`;
}
