// Plain result types of the analysis core. Positions are UTF-16 offsets into the draft text
// (JavaScript string indices); conversion to lines and characters happens at the edges.
import type { Deadline, Level } from './baseline/schema';

export interface Span {
  /** Inclusive start offset (UTF-16 code units). */
  start: number;
  /** Exclusive end offset. */
  end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A place in the draft as a line of the outline sees it. */
export type OutlineKind = 'heading' | 'subitem' | 'paragraph' | 'task-row';

export interface OutlineUnit extends Span {
  /** Index in AnalysisResult.outline. */
  index: number;
  kind: OutlineKind;
  /** 1 = 一、, 2 = （一）, 3 = 1., 4 = （1）, 5 = sub-item, 6 = paragraph / task row. */
  level: number;
  marker: string;
  /** The heading or sub-item title ('' for paragraphs), or the task row's content cell. */
  title: string;
  titleSpan: Span;
  /** Index of the enclosing heading unit, if any. */
  parent?: number;
  /** Titles of the enclosing headings, outermost first. */
  path: string[];
  /** For task rows: the cells as spans of the draft. */
  cells?: TaskRowCells;
  /**
   * A paragraph quoting the higher level's text (【自治区任务】第48项：…（自治区政府办公厅牵头，2024年底前完成）):
   * that level's words, units and dates, not the plan's. It is aligned to nothing; see `quotation`.
   */
  quoted?: true;
  /**
   * For a paragraph after a quoted one under the same heading (【我区落实】…): the words it answers, the
   * quotation without its label and closing note. They are read as the paragraph's context.
   */
  quotation?: string;
  /** The task numbers the quotation it answers gives (【自治区任务】第48项：…), as a row's 对应自治区任务 cell would. */
  quotationRefs?: TaskRef[];
  /** The task numbers its own words cite in brackets (〔对应自治区任务清单第47、49项〕, （落实自治区第41、42项）). */
  citedRefs?: TaskRef[];
  /** For a row numbered as another list's item (cells.byNumber): the index of that item, when the plan lists one before it. */
  joinedTo?: number;
}

export interface TaskRowCells {
  content?: Span;
  /**
   * Cells of columns quoting the higher level (自治区任务（序号及内容）, 自治区完成时限): that level's words, with their own
   * notes and dates (…（完成时限：2025年）), read as none of the plan's.
   */
  quoted?: Span[];
  /** The 责任人 cell: persons, each perhaps with a body in brackets (李某某（县财政局）). */
  persons?: Span;
  /** The 责任单位 cell, or the 牵头单位 cell of a table that has one (see unitsAreLead). */
  units?: Span;
  /**
   * The 调整后安排 cell of a table amending a plan's tasks: its units (also in `units`) and the date it sets
   * (区审批服务管理局牵头，2024年12月底前完成).
   */
  arrangement?: Span;
  /** The row's remark says the task is done (备注: 已完成): its date is when it was done, never late or impossible. */
  done?: true;
  /** True when `units` is a 牵头单位 column: its unmarked units lead. */
  unitsAreLead?: boolean;
  /** A separate 配合单位 column. */
  cooperating?: Span;
  /** The row's group (主要任务 / 类别 cell, carried down over rows that leave it empty). */
  group?: string;
  /**
   * Cells that repeat the row above (同上, 〃): the units, cooperating or deadline field above is the
   * cell of the nearest row that states one, and this is where the row itself says so.
   */
  ditto?: { units?: Span; cooperating?: Span; deadline?: Span };
  /**
   * The row's 完成时限 cell is empty inside a group whose cells were merged (主要任务 empty too): `deadline` is the group's
   * date as written on a row above, and `ditto.deadline` the row's own content, where a finding on it is shown.
   */
  mergedDeadline?: true;
  /** The row's own name beside its content (项目名称 | 建设内容: “雪亮工程”三期建设项目), read with its title. */
  name?: Span;
  deadline?: Span;
  /**
   * A table with more than one deadline column (市本级完成时限 | 县（区）完成时限): the cells of the columns after
   * the first. Each is a deadline of the row's task.
   */
  moreDeadlines?: Span[];
  /**
   * A table giving the level above's date beside the plan's own (吴忠市完成时限 | 我市完成时限): the cell of that level's
   * date, which the row's own date may not pass.
   */
  higherDeadline?: Span;
  /** A row of a table of what was done (是否完成 | 实际完成时间): its 完成时限 is the date the plan had set. */
  planned?: true;
  /** A row's 下步措施 cell in a table of what was done (未完成原因及下步措施): the new date of work not yet done. */
  nextSteps?: Span;
  /**
   * A table with more than one 责任单位 column (市级责任单位 | 县区责任单位): the cells of the columns after the first,
   * the bodies that carry the task out at another level.
   */
  moreUnits?: Span[];
  /**
   * In a year-by-year plan (2024年 | 2025年 | 2026年 columns), a row without a 完成时限: the cell of the last
   * year column that schedules work to finish (全面推广 under 2026年), and that year.
   */
  yearEnd?: Span & { year: number; month?: number };
  /**
   * The 备注 cell of a row without a 完成时限, when it sets a date (2025年6月底前实现社区（村）全覆盖 beside a month-by-month
   * schedule): read for the row's date before the schedule's last mark.
   */
  remark?: Span;
  /** The row's content names a section of the plan (a 章节 column): its date is due for every task of that section. */
  sectionRow?: true;
  /** The cell numbering the plan's own section or measure the row restates (任务编号 3.4.2), beside the task's words. */
  sectionNo?: Span;
  /** The 开始时间 cell: when the work starts. Read only for whether it is a possible date, never as a deadline. */
  startDate?: Span;
  /**
   * An assessment rubric's 评分标准 cell (2024年10月底前完成迁移的得满分；…): the date it sets for full marks is the
   * row's deadline when the table has no deadline column and the content names none.
   */
  criteria?: Span;
  /** The row's 政策依据 cell: the documents it cites there are its basis. */
  basis?: Span;
  /** Task number written in the row (序号), if any. */
  no?: number;
  /**
   * A row of a table with no content column (编号 | 牵头单位 | 配合单位, 编号 | 完成时限): its content is the item the same number
   * gives in another list of the plan (三张清单: 任务清单, 责任清单, 时间清单); the row's title is its number.
   */
  byNumber?: true;
  /**
   * The higher level's task numbers the row says it takes up, from a 对应自治区任务 column (第12项, 12、13), with
   * the level the column's header names (对应自治区任务: region; 对应吴忠市任务: city), when it names one.
   */
  refs?: TaskRef[];
  /**
   * The row was copied out of a PDF cell by cell, each cell wrapped over lines at the column's width:
   * a line break inside a cell (柳州市消防 / 救援支队) is no separator.
   */
  wrapped?: boolean;
}

export interface DeadlineMention extends Span {
  deadline: Deadline;
  /** Where the deadline was written. */
  context: 'task-row' | 'annotation' | 'sentence';
  /** Problems found while parsing (impossible month, five-digit year …), in Chinese. */
  invalid?: string;
  /** Read from a year-by-year plan's columns (see TaskRowCells.yearEnd): the year whose cell `raw` is. */
  yearColumn?: number;
  /** For a quarter's column (2025年二季度), the month the quarter ends in. */
  yearColumnMonth?: number;
  /** The plan's stages the deadline names, with their periods (第二阶段为2024年5月—2025年6月). */
  stage?: string;
  /** A row due by the end of its table's year, which it gives no date of its own: the table's heading (二、2025年重点任务). */
  table?: string;
  /**
   * An item of a prose section for one year (（二）2025年重点任务) that gives no date of its own, due by the end of
   * that year: the section's heading.
   */
  yearSection?: string;
  /** An item grouped under a heading that is its date (三、2025年6月底前) and gives none of its own: that heading. */
  dateSection?: string;
  /** A start date (开始时间 column) that is no possible date: reported as such, compared with nothing. */
  startsWork?: true;
  /**
   * The row says its work is done (备注 or 进展状态: 已完成, 【已完成】): its date is when it was done, a fact, compared with
   * no higher level's date.
   */
  done?: true;
  /** The date a plan had set, as a table of what was done records it: not a slip for being before the table's year. */
  planned?: true;
  /** A date for one numbered sub-item of its row ((2)2025年底前): that sub-item's text, which says whose task it is. */
  subject?: Span;
  /**
   * The part of its item a date is given for, named just before it in its clause (…；供需对接机制已于2023年建立，
   * 属地返还机制于2024年底前建立): the date is that part's, when the name says enough to be matched on its own.
   */
  part?: Span;
  /** How a date without a year was read (按所在的“2025年重点任务”，即2025年9月底前). */
  reading?: string;
  /** A date relative to the plan (方案印发后3个月内), in absolute words (2024年7月底前). */
  resolved?: string;
  /** A ditto cell (同上, 〃): the date it repeats from the nearest row above that states one. */
  dittoOf?: string;
  /**
   * Set when the row's date cell is empty inside merged cells: `dittoOf` is the group's date (see TaskRowCells.mergedDeadline),
   * written where this offset is.
   */
  mergedFrom?: number;
  /**
   * A note for a whole section (（本部分牵头单位：…；完成时限：…）): its date holds for each item of the
   * section above it that gives no date of its own.
   */
  section?: true;
}

export type UnitRole = 'lead' | 'responsible' | 'cooperating' | 'unspecified';

export interface UnitMention extends Span {
  /** The name as written, after prefix distribution (e.g. 自治区公安厅 for 公安厅 after 自治区党委网信办、). */
  name: string;
  role: UnitRole;
  /** True for collective subjects (各乡镇人民政府, 有关部门 …) which are never unknown. */
  collective: boolean;
  /** Where it is written: a table row, a note, a labelled line, or a sentence (由…牵头). */
  /** Where the name stands: a task row, a note, a label line, a sentence, or a list of people sent with the plan (联络员名单). */
  context: 'task-row' | 'annotation' | 'label' | 'sentence' | 'roster';
  /** The body's other name, in brackets after its first (市政务服务和大数据管理局（市行政审批局）). */
  otherName?: boolean;
  /** Written without the level a legend says the names leave out (发改局 under 省略“市”字): `name` has it. */
  levelOmitted?: boolean;
  /** The body reports are sent to (…报送区大数据局), not one the work is given to. */
  recipient?: true;
}

export interface CitationMention extends Span {
  /** Title inside 《》, without the brackets. */
  title: string;
  titleSpan: Span;
  /** 文号 as written, e.g. 宁政发〔2023〕17号, if one follows the title. */
  docNumber?: string;
  docNumberSpan?: Span;
  /**
   * Quoted in a drafting explanation sent with the draft (起草说明): what it tells of the drafting is history, so
   * the document is never read as the plan's basis, but its 文号 and title must still be quoted right.
   */
  explanation?: boolean;
}

export interface ClauseMatch {
  id: string;
  title: string;
  path: string[];
  score: number;
}

export interface Alignment {
  /** Index of the outline unit. */
  unit: number;
  clauses: ClauseMatch[];
  tasks: { no: number; score: number }[];
  /** Tasks that single sentences of the unit take up, each with the sentence's span. */
  sentenceTasks?: { no: number; score: number; start: number; end: number }[];
  /** Clauses that single sentences of the unit address, each with the sentence's span. */
  sentenceClauses?: { id: string; score: number; start: number; end: number }[];
  /** Further tasks single sentences take up (weaker evidence): counted for coverage only. */
  /** `system`: by naming a system only that task names (经济运行大数据平台), which counts for its framework part. */
  mentions?: { no: number; score: number; start: number; end: number; system?: true }[];
}

export interface PillarCoverage {
  pillarId: string;
  family: string;
  name: string;
  covered: boolean;
  /** Outline units that address the pillar. */
  units: number[];
}

export interface TaskCoverage {
  /** Task numbers whose units name cities/counties (the tasks a local plan must take up). */
  applicable: number[];
  covered: { no: number; units: number[] }[];
  uncovered: number[];
  /** Every baseline task some part of the draft takes up, applicable to this level or not. */
  takenUp: { no: number; units: number[] }[];
  /**
   * Tasks no unit takes up but some sentence mentions (weaker evidence: align-outline.ts), applicable
   * to this level or not, with those units. An applicable one is neither covered nor uncovered: the
   * report asks the reviewer to confirm it (可能已覆盖) and task-uncovered does not list it.
   */
  mentioned: { no: number; units: number[] }[];
  /** Tasks the config says do not apply to this level (`tasks` in xianjie.config.json), with the reason; not in `applicable`. */
  notApplicable: { no: number; reason: string }[];
}

export interface Coverage {
  pillars: PillarCoverage[];
  tasks: TaskCoverage;
}

export interface RelatedInfo {
  /** Baseline clause title, if the finding quotes a clause. */
  clauseTitle?: string;
  clausePath?: string[];
  taskNo?: number;
  /** The quoted text, in Chinese, ready to show. */
  quote: string;
  /** Optional place in the draft the related information points to. */
  span?: Span;
}

export interface Fix {
  /** Short Chinese title of the fix, e.g. 改为“自治区发展改革委”. */
  title: string;
  edits: { span: Span; newText: string }[];
  /** True when the fix is safe to apply in a "fix all" action. */
  preferred?: boolean;
}

export interface Finding extends Span {
  rule: string;
  severity: Severity;
  message: string;
  related: RelatedInfo[];
  fixes: Fix[];
  /** Id of the baseline the finding compares against. */
  baseline: string;
  /**
   * What the problem is, when the span alone does not say it (the pillar's name for
   * missing-pillar): findings of one rule with equal span and key at several levels are one problem.
   */
  problemKey?: string;
  /** Set by the front ends when an entry of the suppressions file accepts this finding. */
  suppressed?: { reason?: string };
}

/** A problem of the analysis itself (not of the draft): a rule that failed, an input limit. */
export interface AnalysisProblem {
  kind: 'rule-failed' | 'limit' | 'segmenter' | 'config';
  message: string;
}

export interface MojibakeRun extends Span {
  /** The repaired text, when the GBK round trip recovers the run. */
  repair?: string;
  /** True when only part of the run could be recovered. */
  partial: boolean;
  /** Character references a copy left (&ldquo;): as written, for the analysis reads them as their characters. */
  references?: string;
  /** Where in the run stray control characters stand (a PDF's or another program's copy): the run is those and the text between. */
  controls?: number[];
}

export type { Level };

/** What a draft says, independent of any baseline: read once, checked against every level. */
/** A footnote tied to the unit carrying its mark (see DraftFacts.footnotes); start and end are the mark's. */
export interface FootnoteLink {
  /** The footnote's line. */
  note: Span;
  owner: number;
  start: number;
  end: number;
}

export interface DraftFacts {
  outline: OutlineUnit[];
  deadlines: DeadlineMention[];
  units: UnitMention[];
  citations: CitationMention[];
  mojibake: MojibakeRun[];
  /**
   * Notes written as footnotes (…开放公共数据⑦。 … ⑦责任单位：…；完成时限：…): the footnote's line, the unit whose words
   * carry its mark, and the mark's span there. A footnote's date is that unit's.
   */
  footnotes?: FootnoteLink[];
  /** The year the draft states for itself (its signature date), if any. */
  documentYear?: number;
  /** Dates inside the draft's quotations of a higher level (【市级任务】…（…，2024年底前完成）): that level's, not the plan's. */
  quotedDeadlines?: DeadlineMention[];
  /** The draft's own place, from its title (中宁县, 石嘴山市), when it names one. */
  place?: string;
  /** The one year the draft's title names (2024年数字政府建设工作要点): a plan for that year. */
  planYear?: number;
  /** Set when the draft is a township's (镇, 乡, 街道, 苏木): it takes up a share of its county's tasks. */
  township?: boolean;
  /** Set when the draft is a task ledger (推进台账, 工作台账): it tracks tasks, it does not set out the framework. */
  ledger?: boolean;
  /** Set when the draft is a list of projects and their funds (项目清单及资金安排): it funds tasks, it does not set out the framework. */
  projectList?: boolean;
  /**
   * Set when the draft is one department's plan for its share of the work (a bureau's 落实方案, issued by
   * the bureau to its own sections): the department answers for its tasks, its government's plan for the framework.
   */
  department?: boolean;
  /**
   * Set when that department is one of the region's own (自治区人力资源和社会保障厅): the tasks the list gives the
   * region's bodies alone are its own work, compared as any other.
   */
  regionalDepartment?: boolean;
  /**
   * Set when the draft is a thematic plan (专项实施方案, 专项行动方案): it takes up one strand of the
   * higher-level document, and the place's overall plan answers for the framework.
   */
  thematic?: boolean;
  /**
   * The one reform or service the plan's title names in quotes (推进“高效办成一件事”实施方案), when it does not name 数字政府:
   * against a baseline on more than that reform, the plan takes up that reform alone.
   */
  reform?: string;
  /**
   * Set when the draft amends a plan (关于调整《…实施方案》部分任务的通知): it changes some of the plan's tasks,
   * and the plan it amends answers for the framework and for the tasks it leaves as they were.
   */
  amendment?: boolean;
}

/** A task number a row cites, and the level of the list it is from when the column says (region, city, county). */
export interface TaskRef {
  no: number;
  level?: 'region' | 'city' | 'county';
}
