// 衔接：新建实施方案 — asks for the folder, place, level, baseline and parent plan, has the server
// build what `xianjie init` writes, writes the files (asking before overwriting) and opens the plan.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { exists } from './files';
import { BaselinesRequest, ScaffoldRequest } from './protocol';

/** The level a place name suggests: 盐池县 → 县, 利通区 → 区, 吴忠市 → 市. */
function levelOf(name: string): string {
  if (/[县旗]$/.test(name)) return '县';
  if (/区$/.test(name)) return '区';
  if (/市$/.test(name)) return '市';
  return '县';
}

export async function newPlan(client: LanguageClient): Promise<void> {
  const here = vscode.window.activeTextEditor?.document.uri;
  const defaultFolder = (here && vscode.workspace.getWorkspaceFolder(here)?.uri) ?? vscode.workspace.workspaceFolders?.[0]?.uri;
  const folders = await vscode.window.showOpenDialog({
    canSelectFiles: false, canSelectFolders: true, canSelectMany: false, defaultUri: defaultFolder,
    openLabel: '在此文件夹新建', title: '衔接：新建实施方案——选择存放方案的文件夹',
  });
  const folder = folders?.[0];
  if (!folder) return;
  const name = await vscode.window.showInputBox({
    title: '衔接：新建实施方案', prompt: '本级地名，如“盐池县”“利通区”“吴忠市”', placeHolder: '盐池县',
    validateInput: (v) => (!v.trim() ? '请填写地名。' : /[\\/:*?"<>|]/.test(v) ? '地名中不能有 \\ / : * ? " < > | 等字符。' : undefined),
  });
  if (!name) return;
  const suggested = levelOf(name.trim());
  const levels = [suggested, ...['县', '区', '市'].filter((l) => l !== suggested)];
  const level = await vscode.window.showQuickPick(levels, { title: '本级层级', placeHolder: `按地名建议为“${suggested}”` });
  if (!level) return;
  const baselines = await client.sendRequest(BaselinesRequest);
  const baseline = await vscode.window.showQuickPick(
    baselines.map((b) => ({ label: b.id, description: `${b.region} ${b.docNumber}`, detail: b.title })),
    { title: '对照的上级基准', placeHolder: '方案的框架、目标时限和任务清单来自此基准' },
  );
  if (!baseline) return;
  type ParentItem = vscode.QuickPickItem & { browse: boolean };
  const parentChoice = await vscode.window.showQuickPick<ParentItem>(
    [
      { label: '$(folder-opened) 选择上级方案文件…', description: '如所在市的实施方案：沿用其框架，并同时对照检查', browse: true },
      { label: '不对照上级方案', description: '沿用基准的框架', browse: false },
    ],
    { title: '上级方案' },
  );
  if (!parentChoice) return;
  let parent: vscode.Uri | undefined;
  if (parentChoice.browse) {
    const picked = await vscode.window.showOpenDialog({
      canSelectMany: false, defaultUri: folder, filters: { 实施方案: ['txt', 'md', 'docx'] }, title: '选择上级方案文件',
    });
    if (!picked?.length) return;
    parent = picked[0];
  }
  const result = await client.sendRequest(ScaffoldRequest, {
    folder: folder.toString(), name: name.trim(), level, baseline: baseline.label, ...(parent ? { parent: parent.toString() } : {}),
  });
  if (!result.files || !result.planUri) {
    void vscode.window.showErrorMessage(result.error ?? '未能生成方案框架。');
    return;
  }
  const files = result.files.map((f) => ({ uri: vscode.Uri.parse(f.uri), content: f.content }));
  const existing: vscode.Uri[] = [];
  for (const f of files) if (await exists(f.uri)) existing.push(f.uri);
  if (existing.length) {
    const overwrite = '覆盖';
    const answer = await vscode.window.showWarningMessage(
      `以下文件已存在：${existing.map((u) => u.path.split('/').pop()).join('、')}。是否覆盖？`,
      { modal: true },
      overwrite,
    );
    if (answer !== overwrite) return;
  }
  for (const f of files) await vscode.workspace.fs.writeFile(f.uri, Buffer.from(f.content, 'utf8'));
  await vscode.window.showTextDocument(vscode.Uri.parse(result.planUri));
  void vscode.window.showInformationMessage(
    `已生成方案框架，列出 ${result.taskCount ?? 0} 项本级应承接的任务。请填写“【待填】”处，并在单位名录中补全本级单位。`,
  );
}
