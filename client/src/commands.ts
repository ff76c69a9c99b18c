// The extension's commands: 重新检查, 显示覆盖情况, 选择对照基准, 打开配置文件, 汇总工作区方案, 新建实施方案,
// showClause (code lens), and recordNotApplicable (the quick fix 本级不适用（记入配置）, which asks for the reason).
import * as path from 'path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { MatrixPanel } from './matrixPanel';
import { newPlan } from './newPlan';
import { exists } from './files';
import { ReportPanel } from './reportPanel';
import {
  BaselinesRequest, CoverageRequest, NotApplicableEditRequest, RECORD_NOT_APPLICABLE_COMMAND, RecheckRequest,
  type RecordNotApplicableArgs, type ShowClauseArgs,
} from './protocol';

const CONFIG_FILE = 'xianjie.config.json';

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

async function reveal(uri: vscode.Uri, line: number): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri);
  const pos = new vscode.Position(Math.min(line, editor.document.lineCount - 1), 0);
  editor.selection = new vscode.Selection(pos, pos);
  editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function showCoverage(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('请先打开一份实施方案。');
    return;
  }
  const uri = editor.document.uri;
  const cov = await client.sendRequest(CoverageRequest, { uri: uri.toString() });
  if (!cov) {
    void vscode.window.showInformationMessage('当前文档不在衔接的检查范围内。');
    return;
  }
  type Item = vscode.QuickPickItem & { line?: number };
  const items: Item[] = [];
  items.push({ label: `缺少的框架部分（${cov.missingPillars.length}）`, kind: vscode.QuickPickItemKind.Separator });
  for (const p of cov.missingPillars) {
    items.push({ label: `$(symbol-namespace) ${p.family}：${p.name}`, detail: `建议在第 ${p.suggestedLine + 1} 行附近补充`, line: p.suggestedLine });
  }
  items.push({ label: `未覆盖的重点任务（${cov.uncoveredTasks.length}）`, kind: vscode.QuickPickItemKind.Separator });
  for (const t of cov.uncoveredTasks) {
    items.push({
      label: `$(circle-large-outline) 任务${t.no}`,
      description: clip(t.content, 60),
      detail: `${t.group} · 责任单位：${clip(t.unitsRaw, 40)} · 完成时限：${t.deadline}`,
      line: t.line,
    });
  }
  if (cov.mentionedTasks.length) {
    items.push({ label: `可能已覆盖、请核对的任务（${cov.mentionedTasks.length}）`, kind: vscode.QuickPickItemKind.Separator });
    for (const t of cov.mentionedTasks) {
      items.push({
        label: `$(question) 任务${t.no}`,
        description: clip(t.content, 60),
        detail: `第 ${t.line + 1} 行有相近表述，请核对是否已落实 · 完成时限：${t.deadline}`,
        line: t.line,
      });
    }
  }
  if (cov.notApplicableTasks.length) {
    items.push({ label: `不适用本级（${cov.notApplicableTasks.length}，已在配置文件中说明）`, kind: vscode.QuickPickItemKind.Separator });
    for (const t of cov.notApplicableTasks) {
      items.push({ label: `$(circle-slash) 任务${t.no}　不适用本级`, description: clip(t.content, 60), detail: `理由：${t.reason}`, line: t.line });
    }
  }
  const na = cov.notApplicableTasks.length ? `（另有 ${cov.notApplicableTasks.length} 项不适用本级）` : '';
  const picked = await vscode.window.showQuickPick(items, {
    title: `对照 ${cov.baseline.docNumber}：已对应 ${cov.covered}/${cov.applicable} 项任务${na}`,
    placeHolder: cov.missingPillars.length + cov.uncoveredTasks.length ? '选择一项，跳到应补充的位置' : '上级框架和任务均已覆盖',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (picked?.line !== undefined) await reveal(uri, picked.line);
}

async function chooseBaseline(client: LanguageClient): Promise<void> {
  const list = await client.sendRequest(BaselinesRequest);
  type Item = vscode.QuickPickItem & { value?: string; browse?: boolean };
  const current = vscode.workspace.getConfiguration('xianjie', vscode.window.activeTextEditor?.document.uri).get<string | null>('baseline');
  const items: Item[] = list.map((b) => ({
    label: b.id === current ? `$(check) ${b.id}` : b.id,
    description: `${b.region} ${b.docNumber}`,
    detail: b.title,
    value: b.id,
  }));
  items.push({ label: '$(folder-opened) 选择已编译的基准文件…', browse: true });
  items.push({ label: '$(discard) 使用配置文件或默认基准', value: '' });
  const picked = await vscode.window.showQuickPick(items, { title: '选择对照基准', placeHolder: '检查时对照的上级文件' });
  if (!picked) return;
  let value: string | null | undefined = picked.value;
  if (picked.browse) {
    const files = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 基准文件: ['json'] }, title: '选择已编译的基准文件' });
    if (!files?.length) return;
    value = files[0]!.fsPath;
  }
  const folder = vscode.window.activeTextEditor ? vscode.workspace.getWorkspaceFolder(vscode.window.activeTextEditor.document.uri) : undefined;
  const config = vscode.workspace.getConfiguration('xianjie', folder?.uri);
  const target = folder ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Global;
  await config.update('baseline', value ? value : null, target);
}


async function openConfig(): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  const folder = (doc && vscode.workspace.getWorkspaceFolder(doc.uri)) ?? vscode.workspace.workspaceFolders?.[0];
  // The nearest config file above the document, within its folder.
  if (doc && doc.uri.scheme === 'file') {
    let dir = path.dirname(doc.uri.fsPath);
    const stop = folder ? path.dirname(folder.uri.fsPath) : path.parse(dir).root;
    while (dir !== stop && dir !== path.dirname(dir)) {
      const f = vscode.Uri.file(path.join(dir, CONFIG_FILE));
      if (await exists(f)) {
        await vscode.window.showTextDocument(f);
        return;
      }
      dir = path.dirname(dir);
    }
  }
  const base = folder?.uri ?? (doc && doc.uri.scheme === 'file' ? vscode.Uri.file(path.dirname(doc.uri.fsPath)) : undefined);
  if (!base) {
    void vscode.window.showInformationMessage('请先打开一个文件夹或一份实施方案，再创建配置文件。');
    return;
  }
  const file = vscode.Uri.joinPath(base, CONFIG_FILE);
  if (!(await exists(file))) {
    const template = {
      baseline: 'ningxia-2023',
      parents: [],
      rules: {},
    };
    await vscode.workspace.fs.writeFile(file, Buffer.from(`${JSON.stringify(template, null, 2)}\n`, 'utf8'));
    void vscode.window.showInformationMessage(`已创建配置文件 ${vscode.workspace.asRelativePath(file)}。可在 units 中填写本地单位名录文件的路径。`);
  }
  await vscode.window.showTextDocument(file);
}

/**
 * 本级不适用（记入配置）: asks for the reason, gets the config edit from the server, applies it as a
 * WorkspaceEdit (undo works), saves the changed files and has the server check again at once.
 */
async function recordNotApplicable(client: LanguageClient, args: RecordNotApplicableArgs | undefined): Promise<void> {
  if (!args?.tasks.length) return;
  // A finding lists the uncovered tasks of one section: choose those that do not apply.
  let chosen = args.tasks;
  if (args.tasks.length > 1) {
    type Item = vscode.QuickPickItem & { task: RecordNotApplicableArgs['tasks'][number] };
    const items: Item[] = args.tasks.map((t) => ({ label: `任务${t.no}`, description: clip(t.content, 60), task: t }));
    const picked = await vscode.window.showQuickPick(items, {
      title: `${args.level}任务清单：选择不适用本级的任务`,
      placeHolder: '可选多项，回车确认',
      canPickMany: true,
      ignoreFocusOut: true,
    });
    if (!picked?.length) return;
    chosen = picked.map((p) => p.task);
  }
  const names = chosen.map((t) => `任务${t.no}`).join('、');
  const reason = await vscode.window.showInputBox({
    title: `${names}（${args.level}任务清单）不适用本级`,
    prompt: '请写明理由，将记入 xianjie.config.json 的 tasks，并显示在对照报告中。',
    placeHolder: '如：本区无林草资源，由市级统筹',
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() ? undefined : '理由不能为空。'),
  });
  if (!reason?.trim()) return;
  const r = await client.sendRequest(NotApplicableEditRequest, { uri: args.uri, taskKeys: chosen.map((t) => t.key), reason: reason.trim() });
  if (!r.edit) {
    void vscode.window.showWarningMessage(r.error ?? '未能记入配置文件。');
    return;
  }
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(r.edit);
  if (!(await vscode.workspace.applyEdit(edit, { isRefactoring: true }))) {
    void vscode.window.showWarningMessage('未能修改配置文件，请检查该文件是否可写。');
    return;
  }
  for (const uri of r.files ?? []) {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === vscode.Uri.parse(uri).toString());
    if (doc?.isDirty) await doc.save();
  }
  await client.sendRequest(RecheckRequest, {});
}

function showClause(args: ShowClauseArgs | undefined): void {
  if (!args) return;
  void vscode.window.showInformationMessage(args.title, { modal: true, detail: args.quote });
}

export function registerCommands(getClient: () => LanguageClient | undefined): vscode.Disposable[] {
  const withClient = (fn: (c: LanguageClient) => Promise<void>) => async (): Promise<void> => {
    const c = getClient();
    if (!c || !c.isRunning()) {
      void vscode.window.showWarningMessage('衔接语言服务尚未启动，请稍后再试。');
      return;
    }
    await fn(c);
  };
  return [
    vscode.commands.registerCommand('xianjie.recheck', withClient(async (c) => c.sendRequest(RecheckRequest, {}))),
    vscode.commands.registerCommand('xianjie.showCoverage', withClient(showCoverage)),
    vscode.commands.registerCommand(
      'xianjie.openReport',
      withClient(async (c) => {
        const editor = vscode.window.activeTextEditor;
        if (!editor) {
          void vscode.window.showInformationMessage('请先打开一份实施方案。');
          return;
        }
        ReportPanel.show(c, editor.document.uri);
      }),
    ),
    vscode.commands.registerCommand('xianjie.chooseBaseline', withClient(chooseBaseline)),
    vscode.commands.registerCommand('xianjie.openConfig', openConfig),
    vscode.commands.registerCommand('xianjie.showClause', showClause),
    vscode.commands.registerCommand(RECORD_NOT_APPLICABLE_COMMAND, async (args?: RecordNotApplicableArgs) => {
      const c = getClient();
      if (!c || !c.isRunning()) {
        void vscode.window.showWarningMessage('衔接语言服务尚未启动，请稍后再试。');
        return;
      }
      await recordNotApplicable(c, args);
    }),
    vscode.commands.registerCommand('xianjie.openMatrix', withClient((c) => MatrixPanel.show(c))),
    vscode.commands.registerCommand('xianjie.newPlan', withClient(newPlan)),
  ];
}
