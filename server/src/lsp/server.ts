// Entry of the Xianjie language server (stdio, node-ipc or socket, as the argv says): wires the
// connection to the scheduler and the feature handlers. No analysis or conversion logic lives here.
import { fileURLToPath, pathToFileURL } from 'url';
import { buildReportModel } from '../report/model';
import { renderHtml } from '../report/html';
import {
  CodeActionKind, createConnection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification,
  ProposedFeatures, TextDocuments, TextDocumentSyncKind, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as z from 'zod/mini';
import { zhCN } from 'zod/locales';
import type { PreparedBaseline } from '../core/engine';
import { DEFAULT_BASELINE, getPrepared, listBuiltinBaselines, loadBaseline } from '../node/baselines';
import { FIX_ALL_KIND, provideCodeActions } from './codeActions';
import { provideCodeLenses, resolveCodeLens } from './codeLens';
import { provideCompletion, TRIGGER_CHARACTERS } from './completion';
import { coverageOf, statusOf } from './coverage';
import { Scheduler, type Analysis } from './documents';
import { completionFromEarlier, hoverFromEarlier } from './early';
import { provideHover } from './hover';
import { TASK_KEY } from '../core/config';
import { notApplicableEdit, type EditSupport } from './decisions';
import { ExtractedFiles, sourceFileOf } from './extracted';
import {
  BaselinesRequest, CoverageRequest, ExtractRequest, LastTimingRequest, NotApplicableEditRequest, RECHECK_COMMAND, RecheckRequest, ReportHtmlRequest,
  StatusNotification, type BaselineInfo,
} from './protocol';
import { SettingsStore } from './settings';
import { provideDocumentSymbols, provideFoldingRanges } from './symbols';
import { registerWorkspaceRequests } from './workspaceRequests';

// zod's own messages (used in settings errors) in Chinese, like the rest of the UI. The locale is
// imported by name, so the bundle carries this one locale rather than all of them.
z.config(zhCN());

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

let hasConfigurationCapability = false;
let hasDynamicConfiguration = false;
let hasDynamicWatchedFiles = false;
let hasWorkspaceFolders = false;
/** What WorkspaceEdits the client applies: decision quick fixes may create files. */
let editSupport: EditSupport = { documentChanges: false, create: false };
let folders: string[] = [];
let fallbackLogged = false;
const preparedById = new Map<string, PreparedBaseline>();
/** Word, PDF and Excel files whose text the editor shows read-only (xianjie-doc: views). */
const extracted = new ExtractedFiles();

function toFolderPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

const settings = new SettingsStore({
  fetchEditorSettings: async (uri) =>
    hasConfigurationCapability ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'xianjie' }) : undefined,
  workspaceFolders: () => folders,
});

const scheduler = new Scheduler({
  documents,
  settings,
  publish: (uri, version, diagnostics) => void connection.sendDiagnostics({ uri, version, diagnostics }),
  onAnalyzed: (a: Analysis) => {
    preparedById.set(a.prepared.baseline.id, a.prepared);
    if (a.segmenterNotice !== undefined && !fallbackLogged) {
      // Said once per server; the status bar item shows it for every document.
      fallbackLogged = true;
      connection.console.warn(a.segmenterNotice);
    }
    void connection.sendNotification(StatusNotification, statusOf(a));
    // Tells the bundle's loader (dist/server.js, bin/code-cache.js) that a check has run: the code it compiled is
    // worth keeping for the next start. Heard once.
    (process as NodeJS.EventEmitter).emit('xianjie:checked');
  },
  log: (message) => connection.console.error(message),
  places: (uri, text, maxBytes) => extracted.placesFor(uri, text, maxBytes),
  // XIANJIE_WARM_UP=off: no warm-up after the first check (to measure without it).
  warmUp: process.env.XIANJIE_WARM_UP !== 'off',
  warmedUp: (checks, ms) => connection.console.log(`已预热编辑后的检查：${checks} 次，用时 ${Math.round(ms)} ms。`),
});

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities;
  hasConfigurationCapability = caps.workspace?.configuration === true;
  hasDynamicConfiguration = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  hasDynamicWatchedFiles = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  hasWorkspaceFolders = caps.workspace?.workspaceFolders === true;
  editSupport = {
    documentChanges: caps.workspace?.workspaceEdit?.documentChanges === true,
    create: caps.workspace?.workspaceEdit?.resourceOperations?.includes('create') === true,
  };
  const initial = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  folders = initial.map(toFolderPath).filter((f): f is string => !!f);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: false },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      documentSymbolProvider: { label: '衔接' },
      foldingRangeProvider: true,
      codeLensProvider: { resolveProvider: true },
      executeCommandProvider: { commands: [RECHECK_COMMAND] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'xianjie-language-server', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  // While the editor opens the first document and answers the settings request, load the default
  // engine and baseline, which the first check almost always needs (both are kept once per process).
  setImmediate(() => {
    try {
      getPrepared(DEFAULT_BASELINE);
    } catch {
      // The first check reports the problem on the document.
    }
  });
  if (hasDynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'xianjie' });
  if (hasDynamicWatchedFiles) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [
        { globPattern: '**/xianjie.config.json' }, { globPattern: '**/*.units.txt' }, { globPattern: '**/units.txt' },
        { globPattern: '**/xianjie-suppressions.json' },
      ],
    });
  }
  if (hasWorkspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      const removed = new Set(e.removed.map((f) => toFolderPath(f.uri)));
      folders = [...folders.filter((f) => !removed.has(f)), ...e.added.map((f) => toFolderPath(f.uri)).filter((f): f is string => !!f)];
      settings.invalidate();
      scheduler.scheduleAll();
    });
  }
});

connection.onDidChangeConfiguration((change) => {
  settings.setPushedSettings(change.settings);
  settings.invalidate();
  scheduler.scheduleAll();
});

connection.onDidChangeWatchedFiles(() => {
  settings.invalidate();
  scheduler.scheduleAll();
});

documents.onDidChangeContent((e) => scheduler.schedule(e.document.uri, scheduler.latest(e.document.uri) === undefined));
documents.onDidClose((e) => scheduler.closed(e.document.uri));

// Hover and completion do not wait for a check under way when the last analysis can answer (early.ts).
connection.onHover(async (p) => {
  const pending = scheduler.pending(p.textDocument.uri);
  const early = pending?.earlier ? hoverFromEarlier(pending.earlier, pending.doc, p.position) : undefined;
  if (early !== undefined) return early;
  const a = await scheduler.fresh(p.textDocument.uri);
  return a ? provideHover(a, p.position) : null;
});
connection.onCompletion(async (p) => {
  const pending = scheduler.pending(p.textDocument.uri);
  const early = pending ? completionFromEarlier(pending, p.position) : undefined;
  if (early) return early;
  const a = await scheduler.fresh(p.textDocument.uri);
  return a ? provideCompletion(a, p.position) : [];
});
connection.onCodeAction(async (p) => {
  const a = await scheduler.fresh(p.textDocument.uri);
  return a ? provideCodeActions(a, p, editSupport) : [];
});
connection.onDocumentSymbol(async (p) => {
  const a = await scheduler.fresh(p.textDocument.uri);
  return a ? provideDocumentSymbols(a) : [];
});
connection.onFoldingRanges(async (p) => {
  const a = await scheduler.fresh(p.textDocument.uri);
  return a ? provideFoldingRanges(a) : [];
});
connection.onCodeLens(async (p) => {
  const a = await scheduler.fresh(p.textDocument.uri);
  return a ? provideCodeLenses(a) : [];
});
connection.onCodeLensResolve((lens) => resolveCodeLens(lens, (id) => preparedById.get(id)));

connection.onRequest(CoverageRequest, async (p) => {
  const a = await scheduler.fresh(p.uri);
  return a ? coverageOf(a) : null;
});
connection.onRequest(ReportHtmlRequest, async (p) => {
  const a = await scheduler.fresh(p.uri);
  if (!a || a.skipped) return null;
  const name = a.places?.fileName ?? decodeURIComponent(p.uri.split('/').pop() ?? p.uri);
  const model = buildReportModel(a.text, a.result, a.prepared, {
    draft: name, generated: new Date().toISOString().slice(0, 10), ...(a.places?.kind === 'pdf' || a.places?.kind === 'ofd' ? { pageAt: a.places.pageAt } : {}),
  });
  // Rows carry data-line; the webview script posts them back and the client reveals the line.
  return { uri: a.uri, version: a.version, html: renderHtml(model, { nonce: p.nonce, cspSource: p.cspSource }) };
});
// A decision quick fix ran its edit: the config, units or suppressions file changed on disk.
connection.onExecuteCommand((p) => {
  if (p.command !== RECHECK_COMMAND) return;
  settings.invalidate();
  scheduler.scheduleAll();
});
connection.onRequest(NotApplicableEditRequest, async (p) => {
  const reason = (p.reason ?? '').trim();
  if (!reason) return { error: '请写明不适用本级的理由。' };
  const keys = Array.isArray(p.taskKeys) ? p.taskKeys : [];
  if (!keys.length) return { error: '请选择不适用本级的任务。' };
  const bad = keys.find((k) => typeof k !== 'string' || !TASK_KEY.test(k));
  if (bad !== undefined) return { error: `任务“${String(bad)}”的写法不正确。` };
  const a = await scheduler.fresh(p.uri);
  const file = sourceFileOf(p.uri);
  if (!a || !file) return { error: '只能为已保存在磁盘上的方案文件记录此项。' };
  const r = notApplicableEdit(a, file, keys, reason, editSupport);
  return 'error' in r ? { error: r.error } : r;
});
// The text of a Word, WPS, PDF or Excel file for the editor's read-only view, read as `xianjie check` reads it.
connection.onRequest(ExtractRequest, async (p) => {
  const file = typeof p?.uri === 'string' ? sourceFileOf(p.uri) : undefined;
  if (!file) return { error: '只能读取保存在本机磁盘上的文件。' };
  const fileUri = pathToFileURL(file).toString();
  const s = await settings.forDocument(fileUri);
  settings.invalidate(fileUri);
  const r = await extracted.extract(file, s.config.maxFileSize);
  if (!r.ok) return { error: r.message };
  return { text: r.text, kind: r.kind, notes: r.notes, ...(r.pages !== undefined ? { pages: r.pages } : {}) };
});
connection.onRequest(LastTimingRequest, (p) => scheduler.timing(p?.uri) ?? null);
connection.onRequest(RecheckRequest, (p) => {
  settings.invalidate(p?.uri);
  if (p?.uri) scheduler.schedule(p.uri, true);
  else scheduler.scheduleAll();
});
connection.onRequest(BaselinesRequest, (): BaselineInfo[] => {
  const out: BaselineInfo[] = [];
  for (const id of listBuiltinBaselines()) {
    try {
      const b = loadBaseline(id);
      out.push({ id, title: b.title, docNumber: b.docNumber, region: b.region });
    } catch (e) {
      connection.console.warn(`无法读取内置基准 ${id}：${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return out;
});

registerWorkspaceRequests(connection);

process.on('uncaughtException', (e) => connection.console.error(`语言服务器内部错误：${e.stack ?? e.message}`));
process.on('unhandledRejection', (e) => connection.console.error(`语言服务器内部错误：${e instanceof Error ? e.stack ?? e.message : String(e)}`));

documents.listen(connection);
connection.listen();
