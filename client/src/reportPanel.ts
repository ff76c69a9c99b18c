// The coverage report beside the editor: the HTML of `xianjie report`, rendered by the server for
// the active draft, refreshed as the draft is re-checked; clicking a place reveals that line.
import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ReportHtmlRequest } from './protocol';

export class ReportPanel implements vscode.Disposable {
  private static current: ReportPanel | undefined;
  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private lastVersion = -1;

  /** Opens (or focuses) the report for `uri`. */
  static show(client: LanguageClient, uri: vscode.Uri): void {
    if (ReportPanel.current) {
      ReportPanel.current.uri = uri;
      ReportPanel.current.panel.reveal(vscode.ViewColumn.Beside, true);
      void ReportPanel.current.refresh(true);
      return;
    }
    ReportPanel.current = new ReportPanel(client, uri);
  }

  /** Called when the server has re-checked a document (status notification). */
  static onChecked(uri: string): void {
    if (ReportPanel.current && ReportPanel.current.uri.toString() === uri) void ReportPanel.current.refresh(false);
  }

  private constructor(private readonly client: LanguageClient, private uri: vscode.Uri) {
    // No local or remote resources: the page is self-contained; scripts only with the nonce.
    this.panel = vscode.window.createWebviewPanel('xianjie.report', '衔接对照报告', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [],
      retainContextWhenHidden: false,
    });
    this.panel.onDidDispose(() => this.dispose(), null, this.disposables);
    this.panel.webview.onDidReceiveMessage(
      async (m: { type?: string; line?: number }) => {
        if (m?.type !== 'reveal' || typeof m.line !== 'number') return;
        const editor = await vscode.window.showTextDocument(this.uri, { viewColumn: vscode.ViewColumn.One });
        const pos = new vscode.Position(Math.max(0, Math.min(m.line - 1, editor.document.lineCount - 1)), 0);
        editor.selection = new vscode.Selection(pos, pos);
        editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
      },
      null,
      this.disposables,
    );
    void this.refresh(true);
  }

  private async refresh(force: boolean): Promise<void> {
    const nonce = randomBytes(16).toString('base64');
    const result = await this.client.sendRequest(ReportHtmlRequest, {
      uri: this.uri.toString(),
      nonce,
      cspSource: this.panel.webview.cspSource,
    });
    if (!result) {
      this.panel.webview.html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head><body><p>当前文档不在衔接的检查范围内，或尚未完成检查。</p></body></html>`;
      return;
    }
    if (!force && result.version === this.lastVersion) return;
    this.lastVersion = result.version;
    this.panel.title = `衔接对照报告：${this.uri.path.split('/').pop()}`;
    this.panel.webview.html = result.html;
  }

  dispose(): void {
    ReportPanel.current = undefined;
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}
