// VS Code entry of Xianjie: starts the language server over IPC, chooses which documents it checks,
// and hooks up the commands and the status bar. All analysis happens in the server.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  LanguageClient, TransportKind, type DocumentSelector, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { registerDocumentViews, VIEW_SCHEME } from './documentView';
import { StatusNotification } from './protocol';
import { ReportPanel } from './reportPanel';
import { CoverageStatusBar } from './statusBar';

let client: LanguageClient | undefined;
let statusBar: CoverageStatusBar | undefined;

/** The bundled server (dist/server.js) when packaged, else the tsc output. */
function serverModule(context: vscode.ExtensionContext): string {
  const bundled = context.asAbsolutePath('dist/server.js');
  return fs.existsSync(bundled) ? bundled : context.asAbsolutePath('server/out/lsp/server.js');
}

function documentSelector(): DocumentSelector {
  const config = vscode.workspace.getConfiguration('xianjie');
  // The read-only text of a Word, WPS or PDF file (衔接：查看文档文字并检查) is checked whatever its language.
  const selector: DocumentSelector = [{ language: 'xianjie-plan' }, { scheme: VIEW_SCHEME }];
  if (config.get<boolean>('enableForPlainText')) selector.push({ language: 'plaintext' }, { language: 'markdown' });
  for (const pattern of config.get<string[]>('files') ?? []) selector.push({ pattern });
  return selector;
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const module = serverModule(context);
  // The server's code cache (dist/code-cache.js) in the extension's own storage, unless the user's environment names one or turns it off.
  const env = { ...process.env, XIANJIE_SEEDS: context.asAbsolutePath('seeds'), XIANJIE_CODE_CACHE: process.env.XIANJIE_CODE_CACHE ?? path.join(context.globalStorageUri.fsPath, 'code-cache') };
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { env } },
    debug: { module, transport: TransportKind.ipc, options: { env, execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    synchronize: { configurationSection: 'xianjie' },
    outputChannelName: '衔接',
  };
  const c = new LanguageClient('xianjie', '衔接', serverOptions, clientOptions);
  c.onNotification(StatusNotification, (s) => {
    statusBar?.update(s);
    ReportPanel.onChecked(s.uri);
  });
  client = c;
  await c.start();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  statusBar = new CoverageStatusBar();
  context.subscriptions.push(statusBar, ...registerCommands(() => client), ...registerDocumentViews(() => client));
  context.subscriptions.push(vscode.workspace.onDidCloseTextDocument((d) => statusBar?.forget(d.uri.toString())));
  // Which documents are checked is fixed when the client starts: restart it when that changes.
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration('xianjie.enableForPlainText') && !e.affectsConfiguration('xianjie.files')) return;
      const old = client;
      client = undefined;
      await old?.stop();
      await start(context);
    }),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
