// The manifest that tells the baseline compiler which source texts make a baseline, where its
// tasks are and how its framework is named. Manifests are data (seeds/baselines/*.manifest.json),
// validated here; `xianjie baseline build` builds one in memory from its flags.
import * as z from 'zod/mini';
import '../zod-locale';
import { DocumentRefSchema, LevelSchema } from './schema';

const SliceSchema = z.strictObject({
  /** Source file name, relative to the seeds folder. */
  file: z.string(),
  /** Text that marks where the part starts (the line containing it is included). */
  from: z.optional(z.string()),
  /** Text that marks where the part ends (the line containing it is excluded). */
  to: z.optional(z.string()),
});
export type SourceSlice = z.infer<typeof SliceSchema>;

/** Tasks from a task table (tab-separated rows, Markdown table, or Word table read as tab rows). */
export const TableTasksSchema = z.extend(SliceSchema, {
  /**
   * When a task's unit cell names no role (no 牵头/负责/配合), count the first unit listed as the
   * lead. Off by default: only a document that says so (列第一位的为牵头单位) justifies it.
   */
  firstListedLeads: z._default(z.boolean(), false),
});

/** Tasks written as annotations after each measure in the body: `（责任单位：…；完成时限：…）`. */
export const InlineTasksSchema = z.strictObject({
  inline: z.literal(true),
  firstListedLeads: z._default(z.boolean(), false),
});

/** Every heading of one level in the body is a task (工作要点 without a task list). */
export const HeadingTasksSchema = z.strictObject({
  headings: z.number().check(z.int(), z.minimum(1), z.maximum(4)),
  /**
   * The deadline of items that write no date of their own, e.g. "2020年底" for a 2020 工作要点
   * (an annual plan's items are due within its year). Absent: such items have no deadline.
   */
  defaultDeadline: z.optional(z.string()),
});

export const TasksSpecSchema = z.union([InlineTasksSchema, HeadingTasksSchema, TableTasksSchema]);
export type TasksSpec = z.infer<typeof TasksSpecSchema>;

const HEADING_NUMBERS = /^[一二三四五六七八九十]+(\/[一二三四五六七八九十]+)?$/;

/**
 * One framework pillar. Its defining clause is named either by heading numbers (`clause: "三/一"`
 * for 三、（一）) or by words of its heading title (`match: "经济调节"`: the first, outermost
 * heading whose title contains the words after folding Traditional to Simplified), optionally
 * only inside one level-1 heading (`within: "二"`).
 */
export const PillarSpecSchema = z
  .strictObject({
    family: z.string().check(z.minLength(1)),
    name: z.string().check(z.minLength(1)),
    clause: z.optional(z.string().check(z.regex(HEADING_NUMBERS, '应写成标题序号，如“三/一”表示三、（一）'))),
    match: z.optional(z.string().check(z.minLength(2))),
    within: z.optional(z.string().check(z.regex(/^[一二三四五六七八九十]+$/, '应写成一级标题序号，如“二”'))),
    /** Words that show a draft heading addresses the pillar. */
    keywords: z._default(z.array(z.string()), []),
  })
  .check(
    z.refine((p) => (p.clause === undefined) !== (p.match === undefined), {
      message: '每个板块须且只须写 clause（标题序号）或 match（标题关键词）之一',
    }),
  );
export type PillarSpec = z.infer<typeof PillarSpecSchema>;

/** Strict: a misspelt key is an error, not silently ignored. */
export const ManifestSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/)),
  level: LevelSchema,
  region: z.string(),
  title: z.string(),
  docNumber: z.string(),
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  body: SliceSchema,
  tasks: z.optional(TasksSpecSchema),
  /** The level word that prefixes unit names in this document (自治区, 省, 市 …). */
  unitPrefix: z.string(),
  /**
   * The framework. Absent: derived from the headings (see derivePillars in pillars.ts).
   * Present (even empty): exactly these pillars.
   */
  framework: z.optional(z.array(PillarSpecSchema)),
  supersedes: z._default(z.array(DocumentRefSchema), []),
  /** Extra words for the segmentation dictionary (platform names, framework terms). */
  dictionary: z._default(z.array(z.string()), []),
  /** Heading titles of related documents, used to complete headings that mojibake repair recovers only in part. */
  knownTitles: z._default(z.array(z.string()), []),
  /** Built-in baselines whose clause titles also count as known titles (resolved by the Node side). */
  knownTitlesFrom: z._default(z.array(z.string()), []),
  /** The region's cities and their counties (see Baseline.places). */
  places: z.optional(z.array(z.strictObject({ city: z.string().check(z.minLength(2)), counties: z.array(z.string().check(z.minLength(2))) }))),
});
export type Manifest = z.infer<typeof ManifestSchema>;
export type ManifestInput = z.input<typeof ManifestSchema>;

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

/** The source files a manifest reads. */
export function manifestFiles(manifest: Manifest): string[] {
  const files = [manifest.body.file];
  if (manifest.tasks && 'file' in manifest.tasks) files.push(manifest.tasks.file);
  return [...new Set(files)];
}
