// 衔接：查看文档文字并检查 — a Word, WPS, PDF or Excel file shown as read-only text (scheme xianjie-doc:),
// extracted by the language server (xianjie/extract) and checked like a plan; refreshed when the file
// is saved again. Also the command 复制修改建议 that the quick fixes of such a view run.
import * as path from 'path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COPY_SUGGESTION_COMMAND, ExtractRequest, type CopySuggestionArgs } from './protocol';

/** Scheme and tab-name suffix of the views; server/src/lsp/extracted.ts reads them back. */
export const VIEW_SCHEME = 'xianjie-doc';
const VIEW_SUFFIX = '（文字）';
/** Files the command opens (package.json's menus list the same). */
const EXTENSIONS = ['.docx', '.doc', '.wps', '.pdf', '.ofd', '.xlsx'];

export function viewUriOf(file: vscode.Uri): vscode.Uri {
  // The authority is kept for files on a Windows share (\\server\share\方案.pdf).
  return vscode.Uri.from({ scheme: VIEW_SCHEME, authority: file.authority, path: `${file.path}${VIEW_SUFFIX}` });
}

function originalOf(view: vscode.Uri): vscode.Uri {
  const p = view.path.endsWith(VIEW_SUFFIX) ? view.path.slice(0, -VIEW_SUFFIX.length) : view.path;
  return vscode.Uri.from({ scheme: 'file', authority: view.authority, path: p });
}

function isOpenable(uri: vscode.Uri | undefined): uri is vscode.Uri {
  return !!uri && uri.scheme === 'file' && EXTENSIONS.includes(path.extname(uri.path).toLowerCase());
}

/** The texts of the views, from the server; the provider gives VS Code what the server extracted. */
class ViewProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly texts = new Map<string, string>();
  private readonly watchers = new Map<string, vscode.Disposable>();

  constructor(private readonly getClient: () => LanguageClient | undefined) {}

  /** Extracts the original's text again; a Chinese message when it cannot be read. */
  async extract(view: vscode.Uri): Promise<{ text?: string; error?: string; pages?: number; notes?: string[] }> {
    const c = this.getClient();
    if (!c || !c.isRunning()) return { error: '衔接语言服务尚未启动，请稍后再试。' };
    const r = await c.sendRequest(ExtractRequest, { uri: originalOf(view).toString() });
    if (r.text !== undefined) this.texts.set(view.toString(), r.text);
    return r;
  }

  async provideTextDocumentContent(view: vscode.Uri): Promise<string> {
    const have = this.texts.get(view.toString());
    if (have !== undefined) return have;
    const r = await this.extract(view);
    return r.text ?? `【${r.error ?? '无法读取此文件。'}】`;
  }

  /** Re-extracts when the original is saved again (in Word, WPS or by a copy), so the view and its findings follow. */
  watch(view: vscode.Uri): void {
    const key = view.toString();
    if (this.watchers.has(key)) return;
    const file = originalOf(view);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(path.dirname(file.fsPath)), path.basename(file.fsPath)));
    const refresh = async (): Promise<void> => {
      const r = await this.extract(view);
      if (r.text !== undefined) this.changed.fire(view);
      else void vscode.window.showWarningMessage(`${path.basename(file.fsPath)} 已更改，但无法重新读取：${r.error ?? ''}`);
    };
    this.watchers.set(key, vscode.Disposable.from(watcher, watcher.onDidChange(refresh), watcher.onDidCreate(refresh)));
  }

  forget(view: vscode.Uri): void {
    const key = view.toString();
    this.watchers.get(key)?.dispose();
    this.watchers.delete(key);
    this.texts.delete(key);
  }

  dispose(): void {
    for (const w of this.watchers.values()) w.dispose();
    this.watchers.clear();
    this.changed.dispose();
  }
}

/** The file the command works on: the one clicked in the explorer, the active tab's, or one the user picks. */
async function chooseFile(arg: unknown): Promise<vscode.Uri | undefined> {
  if (arg instanceof vscode.Uri) return arg;
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  const active = input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom ? input.uri : undefined;
  if (isOpenable(active)) return active;
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    title: '选择要查看文字并检查的文档',
    filters: { 'Word、WPS、PDF 和 Excel 文档': EXTENSIONS.map((e) => e.slice(1)) },
  });
  return picked?.[0];
}

let told = false;

async function openView(provider: ViewProvider, arg: unknown): Promise<void> {
  const file = await chooseFile(arg);
  if (!file) return;
  if (!isOpenable(file)) {
    void vscode.window.showWarningMessage(`只能查看本机磁盘上的 ${EXTENSIONS.join('、')} 文件的文字。`);
    return;
  }
  const view = viewUriOf(file);
  const name = path.basename(file.fsPath);
  const r = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: `正在读取 ${name}` }, () => provider.extract(view));
  if (r.text === undefined) {
    void vscode.window.showErrorMessage(r.error ?? `无法读取 ${name}。`);
    return;
  }
  let doc = await vscode.workspace.openTextDocument(view);
  // The plan language gives the view the plan's highlighting; the server checks the view either way.
  if (doc.languageId !== 'xianjie-plan') doc = await vscode.languages.setTextDocumentLanguage(doc, 'xianjie-plan');
  await vscode.window.showTextDocument(doc, { preview: false });
  provider.watch(view);
  if (!told) {
    told = true;
    const pages = r.pages ? `（共 ${r.pages} 页）` : '';
    const notes = r.notes?.length ? `${r.notes.join('；')}。` : '';
    void vscode.window.showInformationMessage(
      `已读取 ${name}${pages}的文字并检查。${notes}此处只读：修改建议可用快速修复“复制修改建议”复制，再到原文件中修改；原文件保存后这里会自动更新。`,
    );
  }
}

function copyMessage(a: CopySuggestionArgs): string {
  const where = a.places.length ? `（${a.places.join('、')}）` : '';
  if (a.kind === 'pdf' || a.kind === 'ofd') return `已复制修改建议${where}。${a.kind === 'pdf' ? 'PDF' : 'OFD'} 不能直接修改：请在 Word 或 WPS 中打开 ${a.fileName} 的原稿，按“原文”找到该处，改为建议的文字。`;
  if (a.kind === 'xlsx') return `已复制修改建议${where}。请在 Excel 或 WPS 表格中打开 ${a.fileName}，按“原文”找到该处，粘贴建议的文字替换。`;
  return `已复制修改建议${where}。请在 Word 或 WPS 中打开 ${a.fileName}，按“原文”找到该处（可用“查找”），粘贴建议的文字替换。`;
}

export function registerDocumentViews(getClient: () => LanguageClient | undefined): vscode.Disposable[] {
  const provider = new ViewProvider(getClient);
  return [
    provider,
    vscode.workspace.registerTextDocumentContentProvider(VIEW_SCHEME, provider),
    vscode.workspace.onDidCloseTextDocument((d) => {
      if (d.uri.scheme === VIEW_SCHEME && !vscode.workspace.textDocuments.some((o) => o !== d && o.uri.toString() === d.uri.toString())) provider.forget(d.uri);
    }),
    vscode.commands.registerCommand('xianjie.openDocumentText', (arg?: unknown) => openView(provider, arg)),
    vscode.commands.registerCommand(COPY_SUGGESTION_COMMAND, async (args?: CopySuggestionArgs) => {
      if (!args?.text) return;
      await vscode.env.clipboard.writeText(args.text);
      void vscode.window.showInformationMessage(copyMessage(args));
    }),
  ];
}
