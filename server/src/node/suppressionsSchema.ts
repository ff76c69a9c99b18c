// The schema of the suppressions file (xianjie-suppressions.json), shared by the reader and by
// scripts/gen-package-config.js, which generates the JSON Schema editors validate the file with.
import { z } from 'zod';

export const SuppressionEntrySchema = z
  .object({
    // The checked file, relative to the suppressions file's folder, with forward slashes.
    file: z.string().min(1).describe('方案文件，相对于本文件所在目录。'),
    rule: z.string().min(1).describe('规则编号，如 deadline-later-than-baseline。'),
    fingerprint: z.string().regex(/^[0-9a-f]{16}$/).describe('问题的指纹：由问题所在文字及其上级标题算出，与行号无关。由 xianjie 生成，请勿手工修改。'),
    // How many findings with this fingerprint are accepted (default 1); more are new.
    count: z.number().int().positive().optional().describe('接受几处指纹相同的问题（默认 1），多出的作为新问题报告。'),
    // task-uncovered only: the accepted uncovered tasks of `baseline` (a finding lists a section's tasks).
    tasks: z.array(z.number().int().positive()).optional().describe('（仅 task-uncovered）已接受的未覆盖任务序号。'),
    // What the fingerprint was taken from, for people reading the file; task-uncovered entries match by it.
    baseline: z.string().optional().describe('问题对照的基准。'),
    quote: z.string().optional().describe('问题所在的文字（仅供阅读）。'),
    path: z.string().optional().describe('问题所在的标题路径（仅供阅读）。'),
    reason: z.string().optional().describe('接受此问题的理由，显示在报告和编辑器中。'),
  })
  .strict();
export type SuppressionEntry = z.infer<typeof SuppressionEntrySchema>;

export const SuppressionsFileSchema = z
  .object({
    version: z.literal(1).describe('文件格式版本，目前为 1。'),
    suppressions: z.array(SuppressionEntrySchema).describe('已接受的问题，每条对应方案中的一处（count 大于 1 时为多处相同的问题）。'),
  })
  .strict();

