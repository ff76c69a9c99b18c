// Client-side copy of the custom LSP messages (server/src/lsp/protocol.ts is the source; keep in step).
import { NotificationType, RequestType, RequestType0, type WorkspaceEdit } from 'vscode-languageclient/node';

export interface StatusParams {
  uri: string;
  version: number;
  covered: number;
  applicable: number;
  notApplicable: number;
  suppressed: number;
  pillarsCovered: number;
  pillarsTotal: number;
  baseline: { id: string; title: string; docNumber: string };
  /** The segmentation engine in use (jieba-rs, nodejieba or fallback). */
  segmenter: string;
  /** True when the engine in use is not the one asked for, or is the built-in fallback. */
  segmenterFallback: boolean;
  /** Why, in one Chinese sentence. */
  segmenterNotice?: string;
  counts: { error: number; warning: number; information: number; hint: number };
  skipped: boolean;
}
export const StatusNotification = new NotificationType<StatusParams>('xianjie/status');

export interface CoverageTask {
  no: number;
  group: string;
  content: string;
  unitsRaw: string;
  deadline: string;
  line: number;
}
export interface CoveragePillar {
  id: string;
  family: string;
  name: string;
  covered: boolean;
  lines: number[];
  suggestedLine: number;
}
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
export const CoverageRequest = new RequestType<{ uri: string }, CoverageResult | null, void>('xianjie/coverage');
export const RecheckRequest = new RequestType<{ uri?: string }, void, void>('xianjie/recheck');

export interface BaselineInfo {
  id: string;
  title: string;
  docNumber: string;
  region: string;
}
export const BaselinesRequest = new RequestType0<BaselineInfo[], void>('xianjie/baselines');

export interface ShowClauseArgs {
  title: string;
  quote: string;
}

export interface ReportHtmlParams {
  uri: string;
  nonce: string;
  cspSource: string;
}
export interface ReportHtmlResult {
  uri: string;
  version: number;
  html: string;
}
export const ReportHtmlRequest = new RequestType<ReportHtmlParams, ReportHtmlResult | null, void>('xianjie/reportHtml');

export const RECORD_NOT_APPLICABLE_COMMAND = 'xianjie.recordNotApplicable';
export interface RecordNotApplicableArgs {
  uri: string;
  level: string;
  tasks: { key: string; no: number; content: string }[];
}
export interface NotApplicableEditResult {
  edit?: WorkspaceEdit;
  files?: string[];
  error?: string;
}
export const NotApplicableEditRequest = new RequestType<{ uri: string; taskKeys: string[]; reason: string }, NotApplicableEditResult, void>('xianjie/notApplicableEdit');

export interface MatrixHtmlParams {
  folders: string[];
  nonce: string;
  cspSource: string;
}
export interface MatrixHtmlResult {
  html?: string;
  plans?: { uri: string; name: string }[];
  error?: string;
}
export const MatrixHtmlRequest = new RequestType<MatrixHtmlParams, MatrixHtmlResult, void>('xianjie/matrixHtml');

export interface ScaffoldParams {
  folder: string;
  name: string;
  level: string;
  baseline: string;
  parent?: string;
}
export interface ScaffoldResult {
  files?: { uri: string; content: string }[];
  planUri?: string;
  taskCount?: number;
  error?: string;
}
export const ScaffoldRequest = new RequestType<ScaffoldParams, ScaffoldResult, void>('xianjie/scaffold');

export interface ExtractResult {
  text?: string;
  kind?: string;
  pages?: number;
  notes?: string[];
  error?: string;
}
export const ExtractRequest = new RequestType<{ uri: string }, ExtractResult, void>('xianjie/extract');

export const COPY_SUGGESTION_COMMAND = 'xianjie.copySuggestion';
export interface CopySuggestionArgs {
  fileName: string;
  kind: string;
  text: string;
  places: string[];
}
