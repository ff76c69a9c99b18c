// The baseline data model: a higher-level document compiled into clauses, framework pillars,
// tasks, units and a segmentation dictionary. The zod schema is the single source of truth.
import { z } from 'zod';

/** Administrative level of a unit or a document. */
export const LevelSchema = z.enum(['国家', '自治区', '省', '市', '县', '乡', '其他']);
export type Level = z.infer<typeof LevelSchema>;

/** One milestone of a deadline: a year, an optional month, and what is due by then. */
export const MilestoneSchema = z.object({
  year: z.number().int(),
  month: z.number().int().min(1).max(12).optional(),
  /** What is due: 启动, 建成, 完成, 取得明显成效, 形成机制, 形成试点经验 … or '' when only a date is given. */
  due: z.string(),
});
export type Milestone = z.infer<typeof MilestoneSchema>;

export const DeadlineSchema = z.object({
  /** The cell or phrase exactly as written. */
  raw: z.string(),
  milestones: z.array(MilestoneSchema),
  /** 持续推进, 长期坚持, 持续开展 … */
  ongoing: z.boolean(),
});
export type Deadline = z.infer<typeof DeadlineSchema>;

export const ClauseSchema = z.object({
  /** Stable id built from the heading markers, e.g. "3.1" for 三、（一）, "3.1.s2" for its second sub-item. */
  id: z.string(),
  /** 1 = 一、, 2 = （一）, 3 = 1., 4 = （1）, 5 = sub-item title ending in 。 */
  level: z.number().int().min(1).max(5),
  kind: z.enum(['heading', 'subitem']),
  /** The numbering as written ("三、", "（一）", "" for sub-items). */
  marker: z.string(),
  title: z.string(),
  /** Titles of the ancestors, outermost first, as written. */
  path: z.array(z.string()),
  /** Markers of the ancestors and this clause, e.g. ["三、", "（一）"]. */
  markers: z.array(z.string()),
  /** The clause's own text (title and body up to the next clause). */
  text: z.string(),
  parentId: z.string().optional(),
});
export type Clause = z.infer<typeof ClauseSchema>;

export const PillarSchema = z.object({
  id: z.string(),
  /** The framework family: 三个驱动, 四个支撑, 工作体系, 七个能力, 党的领导 … */
  family: z.string(),
  name: z.string(),
  /** Clause ids that define or implement the pillar. The first is the defining clause. */
  clauseIds: z.array(z.string()),
  /** Task numbers of the pillar's group(s). */
  taskNos: z.array(z.number().int()),
  /** Words that, in a heading, show the pillar is addressed (besides content alignment). */
  keywords: z.array(z.string()),
});
export type Pillar = z.infer<typeof PillarSchema>;

export const TaskUnitsSchema = z.object({
  lead: z.array(z.string()),
  responsible: z.array(z.string()),
  cooperating: z.array(z.string()),
  /** Collective subjects as written: 各市、县（区）, 自治区有关部门（单位） … */
  collectives: z.array(z.string()),
});
export type TaskUnits = z.infer<typeof TaskUnitsSchema>;

export const TaskSchema = z.object({
  no: z.number().int(),
  /** The group heading as written in the task list, e.g. "(四) 加快构建全方位安全保障体系". */
  group: z.string(),
  /** Clause ids of the body that the group corresponds to. */
  groupClauseIds: z.array(z.string()),
  content: z.string(),
  unitsRaw: z.string(),
  units: TaskUnitsSchema,
  /** True when cities or counties are named among the responsible units (各市、县（区）, 各地级市 …). */
  namesLocal: z.boolean(),
  deadline: DeadlineSchema,
});
export type Task = z.infer<typeof TaskSchema>;

export const UnitEntrySchema = z.object({
  name: z.string(),
  level: LevelSchema,
  aliases: z.array(z.string()),
  /** Task numbers this unit leads. */
  leads: z.array(z.number().int()),
});
export type UnitEntry = z.infer<typeof UnitEntrySchema>;

export const GoalSchema = z.object({
  /** The sentence as written (到2023年底，…). */
  text: z.string(),
  deadline: DeadlineSchema,
  clauseId: z.string(),
});
export type Goal = z.infer<typeof GoalSchema>;

export const DocumentRefSchema = z.object({
  docNumber: z.string(),
  title: z.string(),
  /** Why this reference matters: superseded (outdated) or the current basis. */
  note: z.string().optional(),
});

export const BaselineSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  level: LevelSchema,
  region: z.string(),
  title: z.string(),
  docNumber: z.string(),
  date: z.string(),
  year: z.number().int(),
  sources: z.array(z.string()),
  /** Documents this baseline replaces; citing them as a basis is outdated. */
  supersedes: z.array(DocumentRefSchema),
  /** Higher-level documents the baseline itself cites (legitimate bases for a draft too). */
  cites: z.array(DocumentRefSchema),
  clauses: z.array(ClauseSchema),
  pillars: z.array(PillarSchema),
  tasks: z.array(TaskSchema),
  units: z.array(UnitEntrySchema),
  goals: z.array(GoalSchema),
  /** Words nodejieba must keep whole. */
  dictionary: z.array(z.string()),
});
export type Baseline = z.infer<typeof BaselineSchema>;
