// Custom LSP messages between the Xianjie server and its clients (status bar, coverage view, timing).
// client/src/protocol.ts mirrors these shapes; keep the two in step.
import { NotificationType, RequestType, RequestType0, type WorkspaceEdit } from 'vscode-languageserver';

export interface StatusParams {
  uri: string;
  version: number;
  /** Applicable regional tasks taken up by the draft, and how many are applicable. */
  covered: number;
  applicable: number;
  /** Tasks the config records as not applying to this level (not in `applicable`). */
  notApplicable: number;
  /** Findings accepted in the suppressions file (not in `counts`). */
  suppressed: number;
  pillarsCovered: number;
  pillarsTotal: number;
  /** Baseline the draft was checked against. */
  baseline: { id: string; title: string; docNumber: string };
  /** The segmentation engine in use (jieba-rs, nodejieba or fallback). */
  segmenter: string;
  /** True when the engine in use is not the one asked for, or is the built-in fallback. */
  segmenterFallback: boolean;
  /** Why, in one Chinese sentence. */
  segmenterNotice?: string;
  /** Counts of published diagnostics by severity, accepted findings not included. */
  counts: { error: number; warning: number; information: number; hint: number };
  /** True when the document was not analysed (too large, check failed). */
  skipped: boolean;
}
export const StatusNotification = new NotificationType<StatusParams>('xianjie/status');

export interface CoverageParams {
  uri: string;
}
export interface CoverageTask {
  no: number;
  group: string;
  content: string;
  unitsRaw: string;
  deadline: string;
  /** Zero-based line of the draft where the task belongs (its group's section, or the top). */
  line: number;
}
export interface CoveragePillar {
  id: string;
  family: string;
  name: string;
  covered: boolean;
  /** Zero-based lines of the draft units that address the pillar. */
  lines: number[];
  /** Where a missing pillar's section would go. */
  suggestedLine: number;
}
/** A task the config records as not applying to this level. */
export interface NotApplicableTask extends CoverageTask {
  reason: string;
}
export interface CoverageResult {
  uri: string;
  version: number;
  baseline: { id: string; title: string; docNumber: string };
  applicable: number;
  covered: number;
  uncoveredTasks: CoverageTask[];
  /** Tasks no part takes up clearly but a sentence mentions (可能已覆盖): `line` is the first mention. */
  mentionedTasks: CoverageTask[];
  notApplicableTasks: NotApplicableTask[];
  pillars: CoveragePillar[];
  missingPillars: CoveragePillar[];
}
export const CoverageRequest = new RequestType<CoverageParams, CoverageResult | null, void>('xianjie/coverage');

export interface TimingParams {
  uri?: string;
}
export interface TimingResult {
  uri: string;
  version: number;
  /** Time spent in analyze() only. */
  analysisMs: number;
  /** Settings resolution + analysis + conversion, excluding the debounce wait. */
  totalMs: number;
  findings: number;
}
export const LastTimingRequest = new RequestType<TimingParams, TimingResult | null, void>('xianjie/lastTiming');

export interface RecheckParams {
  uri?: string;
}
export const RecheckRequest = new RequestType<RecheckParams, void, void>('xianjie/recheck');

export interface BaselineInfo {
  id: string;
  title: string;
  docNumber: string;
  region: string;
}
export const BaselinesRequest = new RequestType0<BaselineInfo[], void>('xianjie/baselines');

/** Arguments of the client command xianjie.showClause (sent by code lenses). */
export interface ShowClauseArgs {
  title: string;
  quote: string;
}

export interface ReportHtmlParams {
  uri: string;
  /** Nonce the webview's CSP allows for the page's one inline script. */
  nonce: string;
  /** The webview's cspSource, allowed for styles. */
  cspSource: string;
}
export interface ReportHtmlResult {
  uri: string;
  version: number;
  html: string;
}
/** The coverage report of `xianjie report` for an open document, as HTML for a webview. */
export const ReportHtmlRequest = new RequestType<ReportHtmlParams, ReportHtmlResult | null, void>('xianjie/reportHtml');

/** Server command (workspace/executeCommand) a decision quick fix runs after its edit: re-read the decision files, re-check. */
export const RECHECK_COMMAND = 'xianjie.server.recheck';

/** Client command of the quick fix 本级不适用（记入配置）: asks for the reason, then applies notApplicableEdit. */
export const RECORD_NOT_APPLICABLE_COMMAND = 'xianjie.recordNotApplicable';
export interface RecordNotApplicableArgs {
  uri: string;
  /** The level the tasks come from, for the prompt (自治区, 吴忠市方案). */
  level: string;
  /** The tasks the finding lists (a section's uncovered tasks), for the user to choose from. */
  tasks: {
    /** The key under `tasks` in the config: "98", or "吴忠市实施方案.txt:12" for a parent plan's task. */
    key: string;
    no: number;
    content: string;
  }[];
}

export interface NotApplicableEditParams {
  uri: string;
  taskKeys: string[];
  reason: string;
}
export interface NotApplicableEditResult {
  /** The edit of the config file (created when there is none), or an explanation. */
  edit?: WorkspaceEdit;
  /** URIs of the files the edit changes, for the client to save. */
  files?: string[];
  error?: string;
}
/** The WorkspaceEdit that records tasks as not applying, with the reason the user typed. */
export const NotApplicableEditRequest = new RequestType<NotApplicableEditParams, NotApplicableEditResult, void>('xianjie/notApplicableEdit');

/** 衔接：汇总工作区方案 — the matrix of the plans found in the given folders (files as saved). */
export interface MatrixHtmlParams {
  /** Workspace folders (file URIs) to search for plans. */
  folders: string[];
  nonce: string;
  cspSource: string;
}
export interface MatrixHtmlResult {
  html?: string;
  /** The plans, in column order: the webview's messages name them by index. */
  plans?: { uri: string; name: string }[];
  /** A Chinese message when the matrix could not be made (no plans, a bad config …). */
  error?: string;
}
export const MatrixHtmlRequest = new RequestType<MatrixHtmlParams, MatrixHtmlResult, void>('xianjie/matrixHtml');

/** 衔接：新建实施方案 — the files `xianjie init` would write; the client writes them. */
export interface ScaffoldParams {
  /** Folder (file URI) the plan goes in. */
  folder: string;
  name: string;
  level: string;
  baseline: string;
  /** The parent plan (file URI), if any. */
  parent?: string;
}
export interface ScaffoldResult {
  files?: { uri: string; content: string }[];
  planUri?: string;
  taskCount?: number;
  error?: string;
}
export const ScaffoldRequest = new RequestType<ScaffoldParams, ScaffoldResult, void>('xianjie/scaffold');

/** 衔接：查看文档文字并检查 — the text of a Word, WPS, PDF or Excel file, read as `xianjie check` reads it. */
export interface ExtractParams {
  /** The original file (a file: URI) or its read-only view (a xianjie-doc: URI). */
  uri: string;
}
export interface ExtractResult {
  text?: string;
  /** 'docx', 'doc' (also .wps), 'pdf', 'ofd', 'xlsx' or 'text'. */
  kind?: string;
  /** PDF only: how many pages had text. */
  pages?: number;
  /** Notes on how the file was read (which worksheet). */
  notes?: string[];
  /** Why the file could not be read, in Chinese. */
  error?: string;
}
export const ExtractRequest = new RequestType<ExtractParams, ExtractResult, void>('xianjie/extract');

/** Client command of the quick fixes on a read-only extracted document: copies the suggestion. */
export const COPY_SUGGESTION_COMMAND = 'xianjie.copySuggestion';
export interface CopySuggestionArgs {
  /** The original file's name (方案.pdf). */
  fileName: string;
  /** 'pdf', 'ofd', 'docx', 'doc' or 'xlsx': PDF and OFD cannot be edited, so the message points to the Word original. */
  kind: string;
  /** What goes to the clipboard: each change with its place, the original wording and the new. */
  text: string;
  /** The places, for the message (第 3 页, 第 12 段). */
  places: string[];
}
