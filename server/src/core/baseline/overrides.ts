// The override file of `xianjie baseline build`: rename, add or remove framework pillars and add
// unit aliases without writing a manifest. Validated strictly: an unknown key is an error that
// names the key.
import { z } from 'zod';
import { PillarSpecSchema } from './manifest';

export const OverridesSchema = z.strictObject({
  pillars: z
    .strictObject({
      /** Current pillar name → new name. */
      rename: z.record(z.string(), z.string().min(1)).optional(),
      /** Current family name → new family name. */
      families: z.record(z.string(), z.string().min(1)).optional(),
      /** Pillars to add, named by heading numbers or title words like manifest framework entries. */
      add: z.array(PillarSpecSchema).optional(),
      /** Pillar names to drop. */
      remove: z.array(z.string()).optional(),
      /** Pillar name → keywords that show a draft heading addresses it. */
      keywords: z.record(z.string(), z.array(z.string())).optional(),
    })
    .optional(),
  /** Official unit name → other spellings, like a units file line `名称 = 别名1, 别名2`. */
  unitAliases: z.record(z.string(), z.array(z.string().min(1))).optional(),
  /** Extra words for the segmentation dictionary. */
  dictionary: z.array(z.string()).optional(),
});
export type Overrides = z.infer<typeof OverridesSchema>;

const KNOWN_KEYS: Record<string, string[]> = {
  '': ['pillars', 'unitAliases', 'dictionary'],
  pillars: ['rename', 'families', 'add', 'remove', 'keywords'],
};

/** Parses override JSON text; the error names the bad key in Chinese. */
export function parseOverrides(text: string): { overrides?: Overrides; error?: string } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { error: `不是有效的 JSON：${e instanceof Error ? e.message : String(e)}` };
  }
  const parsed = OverridesSchema.safeParse(data);
  if (parsed.success) return { overrides: parsed.data };
  const issue = parsed.error.issues[0]!;
  const at = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => (at ? `${at}.${k}` : k)).join('、');
    const allowed = KNOWN_KEYS[at];
    return { error: `不认识的键 ${keys}${allowed ? `（此处可用的键：${allowed.join('、')}）` : ''}` };
  }
  return { error: `键 ${at || '(根)'} 的值不正确：${issue.message}` };
}
