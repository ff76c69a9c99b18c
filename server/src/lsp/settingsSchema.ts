// Editor-only settings (not in xianjie.config.json): a zod schema shared by the language server
// and scripts/gen-package-config.js, which generates package.json's configuration from it.
import { z } from 'zod';

export const EditorSettingsSchema = z.object({
  debounceMs: z
    .number()
    .int()
    .min(0)
    .max(10000)
    .default(250)
    .describe('输入停顿多少毫秒后重新检查当前文档。'),
  enableForPlainText: z
    .boolean()
    .default(false)
    .describe('对普通文本（plaintext）和 Markdown 文档也进行检查。更改后语言服务会自动重启。'),
  files: z
    .array(z.string())
    .default([])
    .describe('另外要检查的文件（glob 模式，如 **/方案/*.txt）。更改后语言服务会自动重启。'),
  suppressedFindings: z
    .enum(['hint', 'hide'])
    .default('hint')
    .describe('已记入抑制文件 xianjie-suppressions.json（已接受）的问题如何显示：hint 以最轻的提示显示并注明“已接受”，hide 不显示。'),
});

export type EditorSettings = z.infer<typeof EditorSettingsSchema>;

/** Keys of ConfigSchema that the editor may also set; null in the editor means "not set here". */
export const FILE_KEYS = ['baseline', 'units', 'parents', 'rules', 'tasks', 'maxFileSize', 'segmenter'] as const;
export type FileKey = (typeof FILE_KEYS)[number];
