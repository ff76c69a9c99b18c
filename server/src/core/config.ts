// The settings schema: one zod schema for the config file (xianjie.config.json) and the editor
// settings. package.json's configuration and the JSON Schema are generated from it.
import { z } from 'zod';

export const RULE_IDS = [
  'missing-pillar',
  'task-uncovered',
  'deadline-later-than-baseline',
  'deadline-invalid',
  'unknown-unit',
  'basis-mismatch',
  'garbled-text',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const RuleSettingSchema = z.enum(['error', 'warning', 'information', 'hint', 'off']);

export const ConfigSchema = z
  .object({
    $schema: z.string().optional(),
    baseline: z
      .string()
      .min(1)
      .default('ningxia-2023')
      .describe('对照的上级基准：内置基准的编号（如 ningxia-2023），或已编译基准文件的路径。'),
    units: z
      .string()
      .optional()
      .describe('本地单位名录文件的路径（相对于配置文件）：每行一个规范名称，可写“名称 = 简称1, 简称2”。'),
    parents: z
      .array(z.string())
      .default([])
      .describe('上级方案文件（如所在市的实施方案），县级方案将同时对照上级方案检查。'),
    rules: z
      .partialRecord(z.enum(RULE_IDS), RuleSettingSchema)
      .default({})
      .describe('按规则调整提示级别，或设为 off 关闭该规则。'),
    maxFileSize: z
      .number()
      .int()
      .positive()
      .default(2 * 1024 * 1024)
      .describe('单个文件的大小上限（字节），超过时不作检查。'),
  })
  .strict();

export type Config = z.infer<typeof ConfigSchema>;

/** Turns a zod error into one Chinese sentence that names the bad key. */
export function describeConfigError(error: z.ZodError, file: string): string {
  const issue = error.issues[0]!;
  const key = issue.path.length ? issue.path.join('.') : '(根)';
  if (issue.code === 'unrecognized_keys') {
    const where = issue.path.length ? `${issue.path.join('.')}.` : '';
    const names = issue.keys.map((k) => where + k).join('、');
    const known = issue.path[0] === 'rules' ? `可用的规则：${RULE_IDS.join('、')}` : '可用的设置项：baseline、units、parents、rules、maxFileSize';
    return `配置文件 ${file} 中有无法识别的设置项：${names}。${known}。`;
  }
  if (issue.code === 'invalid_key' && issue.path[0] === 'rules') {
    return `配置文件 ${file} 中的规则设置 ${key} 无法识别。可用的规则：${RULE_IDS.join('、')}。`;
  }
  if (issue.code === 'invalid_value' || issue.code === 'invalid_key') {
    return `配置文件 ${file} 中设置项 ${key} 的取值不正确：${issue.message}。规则级别只能是 error、warning、information、hint 或 off。`;
  }
  return `配置文件 ${file} 中设置项 ${key} 不正确：${issue.message}。`;
}
