// Editor-only settings (not in xianjie.config.json): a zod schema shared by the language server
// and scripts/gen-package-config.js, which generates package.json's configuration from it.
import * as z from 'zod/mini';
import '../core/zod-locale';

export const EditorSettingsSchema = z.object({
  debounceMs: z
    ._default(z.number().check(z.int(), z.minimum(0), z.maximum(10000)), 250)
    .check(z.describe('输入停顿多少毫秒后重新检查当前文档。')),
  enableForPlainText: z
    ._default(z.boolean(), false)
    .check(z.describe('对普通文本（plaintext）和 Markdown 文档也进行检查。更改后语言服务会自动重启。')),
  files: z
    ._default(z.array(z.string()), [])
    .check(z.describe('另外要检查的文件（glob 模式，如 **/方案/*.txt）。更改后语言服务会自动重启。')),
  suppressedFindings: z
    ._default(z.enum(['hint', 'hide']), 'hint')
    .check(z.describe('已记入抑制文件 xianjie-suppressions.json（已接受）的问题如何显示：hint 以最轻的提示显示并注明“已接受”，hide 不显示。')),
});

export type EditorSettings = z.infer<typeof EditorSettingsSchema>;

/** Keys of ConfigSchema that the editor may also set; null in the editor means "not set here". */
export const FILE_KEYS = ['baseline', 'units', 'parents', 'rules', 'tasks', 'maxFileSize', 'segmenter'] as const;
export type FileKey = (typeof FILE_KEYS)[number];
