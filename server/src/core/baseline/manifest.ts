// The manifest that tells the baseline compiler which source texts make a baseline and how its
// framework is named. Manifests are data (seeds/baselines/*.manifest.json), validated here.
import { z } from 'zod';
import { DocumentRefSchema, LevelSchema } from './schema';

const SliceSchema = z.object({
  /** Source file name, relative to the seeds folder. */
  file: z.string(),
  /** Text that marks where the part starts (the line containing it is included). */
  from: z.string().optional(),
  /** Text that marks where the part ends (the line containing it is excluded). */
  to: z.string().optional(),
});
export type SourceSlice = z.infer<typeof SliceSchema>;

export const PillarSpecSchema = z.object({
  family: z.string(),
  name: z.string(),
  /** The defining clause, by heading numbers: "三/一" for 三、（一）. */
  clause: z.string().regex(/^[一二三四五六七八九十]+(\/[一二三四五六七八九十]+)?$/),
  /** Words that show a draft heading addresses the pillar. */
  keywords: z.array(z.string()).default([]),
});
export type PillarSpec = z.infer<typeof PillarSpecSchema>;

export const ManifestSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  level: LevelSchema,
  region: z.string(),
  title: z.string(),
  docNumber: z.string(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  body: SliceSchema,
  tasks: SliceSchema.optional(),
  /** The level word that prefixes unit names in this document (自治区, 省, 市 …). */
  unitPrefix: z.string(),
  framework: z.array(PillarSpecSchema),
  supersedes: z.array(DocumentRefSchema).default([]),
  /** Extra words for the segmentation dictionary (platform names, framework terms). */
  dictionary: z.array(z.string()).default([]),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/** Cuts a part out of a source text by its start and end markers. */
export function sliceSource(text: string, slice: SourceSlice): string {
  let start = 0;
  let end = text.length;
  if (slice.from) {
    const i = text.indexOf(slice.from);
    if (i >= 0) start = text.lastIndexOf('\n', i) + 1;
  }
  if (slice.to) {
    const j = text.indexOf(slice.to, start);
    if (j >= 0) end = text.lastIndexOf('\n', j) + 1 || j;
  }
  return text.slice(start, end);
}
