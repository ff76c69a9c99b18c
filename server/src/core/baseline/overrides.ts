// The override file of `xianjie baseline build`: rename, add or remove framework pillars and add
// unit aliases without writing a manifest. Validated strictly: an unknown key is an error that
// names the key.
import * as z from 'zod/mini';
import '../zod-locale';
import { PillarSpecSchema } from './manifest';

export const OverridesSchema = z.strictObject({
  pillars: z.optional(
    z.strictObject({
      /** Current pillar name → new name. */
      rename: z.optional(z.record(z.string(), z.string().check(z.minLength(1)))),
      /** Current family name → new family name. */
      families: z.optional(z.record(z.string(), z.string().check(z.minLength(1)))),
      /** Pillars to add, named by heading numbers or title words like manifest framework entries. */
      add: z.optional(z.array(PillarSpecSchema)),
      /** Pillar names to drop. */
      remove: z.optional(z.array(z.string())),
      /** Pillar name → keywords that show a draft heading addresses it. */
      keywords: z.optional(z.record(z.string(), z.array(z.string()))),
    }),
  ),
  /** Official unit name → other spellings, like a units file line `名称 = 别名1, 别名2`. */
  unitAliases: z.optional(z.record(z.string(), z.array(z.string().check(z.minLength(1))))),
  /** Extra words for the segmentation dictionary. */
  dictionary: z.optional(z.array(z.string())),
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
