// 衔接：汇总工作区方案 — the matrix of every plan in the workspace (as saved on disk, each checked
// with its own xianjie.config.json) in a webview; a cell reveals that plan's line, a report link
// opens that plan's own report beside it.
import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { MatrixHtmlRequest } from './protocol';
import { ReportPanel } from './reportPanel';

export class MatrixPanel implements vscode.Disposable {
  private static current: MatrixPanel | undefined;
  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private plans: { uri: string; name: string }[] = [];

  /** Opens (or refreshes) the matrix for the workspace folders. */
  static async show(client: LanguageClient): Promise<void> {
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
    if (!folders.length) {
      void vscode.window.showInformationMessage('请先打开存放方案的文件夹，再汇总工作区方案。');
      return;
    }
    MatrixPanel.current ??= new MatrixPanel(client);
    MatrixPanel.current.panel.reveal(vscode.ViewColumn.Active);
    await MatrixPanel.current.refresh(folders.map((f) => f.uri.toString()));
  }

  private constructor(private readonly client: LanguageClient) {
    // No local or remote resources: the page is self-contained; its script runs only with the nonce.
    this.panel = vscode.window.createWebviewPanel('xianjie.matrix', '衔接汇总对照表', vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [],
      retainContextWhenHidden: true,
    });
    this.panel.onDidDispose(() => this.dispose(), null, this.disposables);
    this.panel.webview.onDidReceiveMessage((m: { type?: string; plan?: number; line?: number }) => this.onMessage(m), null, this.disposables);
  }

  private async onMessage(m: { type?: string; plan?: number; line?: number }): Promise<void> {
    const plan = typeof m.plan === 'number' ? this.plans[m.plan] : undefined;
    if (!plan) return;
    const uri = vscode.Uri.parse(plan.uri);
    if (m.type === 'reveal' && typeof m.line === 'number') {
      const editor = await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One, preview: false });
      const pos = new vscode.Position(Math.max(0, Math.min(m.line - 1, editor.document.lineCount - 1)), 0);
      editor.selection = new vscode.Selection(pos, pos);
      editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
    } else if (m.type === 'openReport') {
      await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One, preview: false });
      ReportPanel.show(this.client, uri);
    }
  }

  private async refresh(folders: string[]): Promise<void> {
    const nonce = randomBytes(16).toString('base64');
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: '衔接：正在汇总工作区方案…' },
      () => this.client.sendRequest(MatrixHtmlRequest, { folders, nonce, cspSource: this.panel.webview.cspSource }),
    );
    if (!result.html) {
      this.plans = [];
      this.panel.webview.html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head><body><p>${escapeHtml(result.error ?? '未能生成汇总对照表。')}</p></body></html>`;
      return;
    }
    this.plans = result.plans ?? [];
    this.panel.title = `衔接汇总对照表（${this.plans.length} 份方案）`;
    this.panel.webview.html = result.html;
  }

  dispose(): void {
    MatrixPanel.current = undefined;
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
