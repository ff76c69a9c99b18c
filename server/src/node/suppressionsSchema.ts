// The schema of the suppressions file (xianjie-suppressions.json), shared by the reader and by
// scripts/gen-package-config.js, which generates the JSON Schema editors validate the file with.
import * as z from 'zod/mini';
import '../core/zod-locale';

export const SuppressionEntrySchema = z.strictObject({
  // The checked file, relative to the suppressions file's folder, with forward slashes.
  file: z.string().check(z.minLength(1), z.describe('方案文件，相对于本文件所在目录。')),
  rule: z.string().check(z.minLength(1), z.describe('规则编号，如 deadline-later-than-baseline。')),
  fingerprint: z.string().check(z.regex(/^[0-9a-f]{16}$/), z.describe('问题的指纹：由问题所在文字及其上级标题算出，与行号无关。由 xianjie 生成，请勿手工修改。')),
  // How many findings with this fingerprint are accepted (default 1); more are new.
  count: z.optional(z.number().check(z.int(), z.positive())).check(z.describe('接受几处指纹相同的问题（默认 1），多出的作为新问题报告。')),
  // task-uncovered only: the accepted uncovered tasks of `baseline` (a finding lists a section's tasks).
  tasks: z.optional(z.array(z.number().check(z.int(), z.positive()))).check(z.describe('（仅 task-uncovered）已接受的未覆盖任务序号。')),
  // What the fingerprint was taken from, for people reading the file; task-uncovered entries match by it.
  baseline: z.optional(z.string()).check(z.describe('问题对照的基准。')),
  quote: z.optional(z.string()).check(z.describe('问题所在的文字（仅供阅读）。')),
  path: z.optional(z.string()).check(z.describe('问题所在的标题路径（仅供阅读）。')),
  reason: z.optional(z.string()).check(z.describe('接受此问题的理由，显示在报告和编辑器中。')),
});
export type SuppressionEntry = z.infer<typeof SuppressionEntrySchema>;

export const SuppressionsFileSchema = z.strictObject({
  version: z.literal(1).check(z.describe('文件格式版本，目前为 1。')),
  suppressions: z.array(SuppressionEntrySchema).check(z.describe('已接受的问题，每条对应方案中的一处（count 大于 1 时为多处相同的问题）。')),
});

