// The status bar item for the active document: 衔接 covered/applicable, a warning icon when the
// fallback segmenter is in use; a click opens the coverage quick pick.
import * as vscode from 'vscode';
import type { StatusParams } from './protocol';

export class CoverageStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('xianjie.coverage', vscode.StatusBarAlignment.Right, 100);
  private readonly byUri = new Map<string, StatusParams>();
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.item.name = '衔接：任务覆盖情况';
    this.item.command = 'xianjie.showCoverage';
    this.subscription = vscode.window.onDidChangeActiveTextEditor(() => this.refresh());
  }

  update(status: StatusParams): void {
    this.byUri.set(status.uri, status);
    this.refresh();
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
    this.refresh();
  }

  private refresh(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const s = uri ? this.byUri.get(uri) : undefined;
    if (!s) {
      this.item.hide();
      return;
    }
    const icon = s.segmenterFallback ? '$(warning) ' : '';
    const na = s.notApplicable ? ` · 不适用${s.notApplicable}` : '';
    this.item.text = s.skipped ? `${icon}衔接 未检查` : `${icon}衔接 ${s.covered}/${s.applicable}${na}`;
    const tip = new vscode.MarkdownString(undefined, true);
    tip.appendMarkdown(`**对照 ${s.baseline.docNumber}**\n\n`);
    if (s.skipped) tip.appendMarkdown('本文档未作检查，原因见“问题”面板。\n\n');
    else {
      tip.appendMarkdown(`上级任务清单中要求市、县落实的 ${s.applicable} 项任务，本方案已对应 ${s.covered} 项；`);
      if (s.notApplicable) tip.appendMarkdown(`另有 ${s.notApplicable} 项已在配置文件中说明不适用本级，不计入；`);
      tip.appendMarkdown(`上级框架 ${s.pillarsTotal} 个部分已涉及 ${s.pillarsCovered} 个。\n\n`);
      tip.appendMarkdown(`错误 ${s.counts.error} · 警告 ${s.counts.warning} · 提示 ${s.counts.information + s.counts.hint}`);
      tip.appendMarkdown(s.suppressed ? ` · 已接受 ${s.suppressed}（记于抑制文件）\n\n` : '\n\n');
    }
    if (s.segmenterFallback) {
      tip.appendMarkdown(`$(warning) ${s.segmenterNotice ?? '正在使用内置分词，对照结果可能略有偏差。'}\n\n`);
    }
    tip.appendMarkdown('点击查看未覆盖的任务和缺少的部分。');
    this.item.tooltip = tip;
    this.item.backgroundColor = s.segmenterFallback ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
