// The baseline data model: a higher-level document compiled into clauses, framework pillars,
// tasks, units and a segmentation dictionary. The zod schema is the single source of truth.
import * as z from 'zod/mini';
import '../zod-locale';

/** Administrative level of a unit or a document. */
export const LevelSchema = z.enum(['国家', '自治区', '省', '市', '县', '乡', '其他']);
export type Level = z.infer<typeof LevelSchema>;

/** One milestone of a deadline: a year, an optional month, and what is due by then. */
export const MilestoneSchema = z.object({
  year: z.number().check(z.int(), z.describe('年份')),
  month: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(12))).check(z.describe('月份（只写年份时省略，表示年底）')),
  /** What is due: 启动, 建成, 完成, 取得明显成效, 形成机制, 形成试点经验 … or '' when only a date is given. */
  due: z.string().check(z.describe('届时应达到的要求：启动、建成、取得明显成效……；只写日期时为空')),
}).check(z.describe('完成时限中的一个节点'));
export type Milestone = z.infer<typeof MilestoneSchema>;

export const DeadlineSchema = z.object({
  /** The cell or phrase exactly as written. */
  raw: z.string().check(z.describe('完成时限原文')),
  milestones: z.array(MilestoneSchema).check(z.describe('时间节点，按原文顺序')),
  /** 持续推进, 长期坚持, 持续开展 … */
  ongoing: z.boolean().check(z.describe('含持续推进、长期坚持、持续开展等持续性要求')),
  /** 每年12月底前, 每年年底前: a yearly deadline, by this month of every year. */
  recurringMonth: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(12))).check(z.describe('每年固定时限的月份（每年12月底前为 12）')),
  /** Not written in the document: the list's defaultDeadline (a 2020 工作要点's items, by the year's end). */
  assumed: z.optional(z.literal(true)).check(z.describe('原文未写明该项时限，按清单的 defaultDeadline 记（如年度工作要点按当年年底）')),
}).check(z.describe('完成时限'));
export type Deadline = z.infer<typeof DeadlineSchema>;

export const ClauseSchema = z.object({
  /** Stable id built from the heading markers, e.g. "3.1" for 三、（一）, "3.1.s2" for its second sub-item. */
  id: z.string().check(z.describe('条款编号，由标题序号组成，如 3.1；小标题为 3.1.s2')),
  /** 1 = 一、, 2 = （一）, 3 = 1., 4 = （1）, 5 = sub-item title ending in 。 */
  level: z.number().check(z.int(), z.minimum(1), z.maximum(5), z.describe('1=一、 2=（一） 3=1. 4=（1） 5=小标题')),
  kind: z.enum(['heading', 'subitem']).check(z.describe('heading 为编号标题，subitem 为段首以“。”结尾的小标题')),
  /** The numbering as written ("三、", "（一）", "" for sub-items). */
  marker: z.string().check(z.describe('原文序号，如“三、”“（一）”；小标题为空')),
  title: z.string().check(z.describe('标题原文（繁体文件保留繁体）')),
  /** Titles of the ancestors, outermost first, as written. */
  path: z.array(z.string()).check(z.describe('上级标题原文，由外到内')),
  /** Markers of the ancestors and this clause, e.g. ["三、", "（一）"]. */
  markers: z.array(z.string()).check(z.describe('上级和本条的序号')),
  /** The clause's own text (title and body up to the next clause). */
  text: z.string().check(z.describe('本条原文（标题及至下一条款前的正文）')),
  parentId: z.optional(z.string()).check(z.describe('上级条款编号')),
}).check(z.describe('上级文件的一个条款'));
export type Clause = z.infer<typeof ClauseSchema>;

export const PillarSchema = z.object({
  id: z.string(),
  /** The framework family: 三个驱动, 四个支撑, 工作体系, 七个能力, 党的领导 … */
  family: z.string().check(z.describe('框架名称，如“三个驱动”“四个支撑”')),
  name: z.string().check(z.describe('板块名称，如“数据资源”')),
  /** Clause ids that define or implement the pillar. The first is the defining clause. */
  clauseIds: z.array(z.string()).check(z.describe('板块对应的条款编号，第一个为定义该板块的条款')),
  /** Task numbers of the pillar's group(s). */
  taskNos: z.array(z.number().check(z.int())).check(z.describe('属于该板块的任务序号')),
  /** Words that, in a heading, show the pillar is addressed (besides content alignment). */
  keywords: z.array(z.string()).check(z.describe('方案标题中出现即视为涉及该板块的词')),
}).check(z.describe('框架板块'));
export type Pillar = z.infer<typeof PillarSchema>;

export const TaskUnitsSchema = z.object({
  lead: z.array(z.string()).check(z.describe('牵头单位（前缀已分配，如“自治区公安厅”）')),
  responsible: z.array(z.string()).check(z.describe('责任单位（负责，或未写角色）')),
  cooperating: z.array(z.string()).check(z.describe('配合、参与单位')),
  /** Collective subjects as written: 各市、县（区）, 自治区有关部门（单位） … */
  collectives: z.array(z.string()).check(z.describe('集合主体原文，如“各市、县（区）”')),
}).check(z.describe('任务的责任单位'));
export type TaskUnits = z.infer<typeof TaskUnitsSchema>;

export const TaskSchema = z.object({
  no: z.number().check(z.int(), z.describe('任务序号')),
  /** The group heading as written in the task list, e.g. "(四) 加快构建全方位安全保障体系". */
  group: z.string().check(z.describe('任务所属分组（任务清单的分组单元格或正文标题）原文')),
  /** Clause ids of the body that the group corresponds to. */
  groupClauseIds: z.array(z.string()).check(z.describe('分组对应的正文条款编号')),
  content: z.string().check(z.describe('任务内容原文')),
  unitsRaw: z.string().check(z.describe('责任单位原文')),
  units: TaskUnitsSchema,
  /** True when cities or counties are named among the responsible units (各市、县（区）, 各地级市 …). */
  namesLocal: z.boolean().check(z.describe('责任单位中有“各市、县（区）”等本级以下集合主体，即需要市县承接')),
  deadline: DeadlineSchema,
}).check(z.describe('重点任务'));
export type Task = z.infer<typeof TaskSchema>;

export const UnitEntrySchema = z.object({
  name: z.string().check(z.describe('单位规范名称（含层级前缀）')),
  level: LevelSchema,
  aliases: z.array(z.string()).check(z.describe('其他写法（简称、口语别名）')),
  /** Task numbers this unit leads. */
  leads: z.array(z.number().check(z.int())).check(z.describe('该单位牵头的任务序号')),
}).check(z.describe('单位名录中的一个单位'));
export type UnitEntry = z.infer<typeof UnitEntrySchema>;

export const GoalSchema = z.object({
  /** The sentence as written (到2023年底，…). */
  text: z.string().check(z.describe('目标句原文')),
  deadline: DeadlineSchema,
  clauseId: z.string().check(z.describe('所在条款编号')),
}).check(z.describe('主要目标中带时间的句子'));
export type Goal = z.infer<typeof GoalSchema>;

export const DocumentRefSchema = z.object({
  docNumber: z.string().check(z.describe('文号')),
  title: z.string().check(z.describe('文件标题')),
  /** Why this reference matters: superseded (outdated) or the current basis. */
  note: z.optional(z.string()).check(z.describe('说明')),
});

/** A city of the region and its counties (districts, county-level cities), as the region divides itself. */
export const PlaceSchema = z.object({
  city: z.string().check(z.describe('地级市（州、盟）全称，如 吴忠市')),
  counties: z.array(z.string()).check(z.describe('所辖县（市、区、旗）全称，如 利通区、盐池县、青铜峡市')),
}).check(z.describe('本地区的一个地级市及其所辖县区'));
export type Place = z.infer<typeof PlaceSchema>;

export const BaselineSchema = z.object({
  schemaVersion: z.literal(1).check(z.describe('格式版本，目前为 1')),
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/), z.describe('基准编号，小写字母、数字和连字符，如 ningxia-2023')),
  level: LevelSchema.check(z.describe('发文机关层级')),
  region: z.string().check(z.describe('地区全称')),
  title: z.string().check(z.describe('文件标题')),
  docNumber: z.string().check(z.describe('文号，如 宁政发〔2023〕17号')),
  date: z.string().check(z.describe('成文日期 YYYY-MM-DD')),
  year: z.number().check(z.int(), z.describe('成文年份')),
  sources: z.array(z.string()).check(z.describe('编译所用的源文件')),
  /** Documents this baseline replaces; citing them as a basis is outdated. */
  supersedes: z.array(DocumentRefSchema).check(z.describe('本文件取代的旧文件；方案引用它们作为依据即为过时')),
  /** Higher-level documents the baseline itself cites (legitimate bases for a draft too). */
  cites: z.array(DocumentRefSchema).check(z.describe('本文件引用的上级文件（方案也可作为依据引用）')),
  clauses: z.array(ClauseSchema).check(z.describe('条款树（按原文顺序）')),
  pillars: z.array(PillarSchema).check(z.describe('框架板块')),
  tasks: z.array(TaskSchema).check(z.describe('重点任务')),
  units: z.array(UnitEntrySchema).check(z.describe('单位名录（任务中出现的全部单位）')),
  goals: z.array(GoalSchema).check(z.describe('主要目标中带时间的句子')),
  /** Words nodejieba must keep whole. */
  dictionary: z.array(z.string()).check(z.describe('分词用户词典：不可拆分的词')),
  /** The region's cities and their counties: which city a county's plan answers to (see basis-mismatch). */
  places: z.optional(z.array(PlaceSchema)).check(z.describe('本地区的行政区划：各地级市及其所辖县区')),
}).check(z.describe('衔接 Xianjie 的上级基准：上级实施意见编译成的条款、框架、任务、单位和词典'));
export type Baseline = z.infer<typeof BaselineSchema>;
