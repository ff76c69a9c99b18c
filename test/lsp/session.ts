// Test harness: runs the real language server (server/out/lsp/server.js --stdio) as a child process
// and talks JSON-RPC to it. Waits on notifications with a bounded timeout, never on sleeps.
import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection,
} from 'vscode-jsonrpc/node';
import type {
  PublishDiagnosticsParams, TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';

/** The repository root (tests run from test/out/lsp/). */
export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SERVER = path.join(ROOT, 'server', 'out', 'lsp', 'server.js');

export function fileUri(file: string): string {
  return pathToFileURL(file).toString();
}

type Waiter<T> = { match: (v: T) => boolean; resolve: (v: T) => void };

export interface SessionOptions {
  /** Editor settings returned for workspace/configuration (section xianjie). */
  settings?: Record<string, unknown>;
  workspaceFolder?: string;
  env?: Record<string, string>;
  /** Start through `xianjie lsp --stdio` (the documented entry for other editors) instead of the server module. */
  viaCli?: boolean;
}

export class LspSession {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly notifications: { method: string; params: unknown }[] = [];
  readonly log: string[] = [];
  settings: Record<string, unknown>;
  private readonly diagWaiters: Waiter<PublishDiagnosticsParams>[] = [];
  private readonly noteWaiters: (Waiter<{ method: string; params: unknown }>)[] = [];

  private constructor(readonly proc: ChildProcess, readonly conn: MessageConnection, options: SessionOptions) {
    this.settings = options.settings ?? {};
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p);
      for (const w of [...this.diagWaiters]) {
        if (w.match(p)) {
          this.diagWaiters.splice(this.diagWaiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    conn.onNotification((method: string, params: unknown) => {
      const n = { method, params };
      this.notifications.push(n);
      if (method === 'window/logMessage') this.log.push((params as { message: string }).message);
      for (const w of [...this.noteWaiters]) {
        if (w.match(n)) {
          this.noteWaiters.splice(this.noteWaiters.indexOf(w), 1);
          w.resolve(n);
        }
      }
    });
    conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map(() => this.settings));
    conn.onRequest('client/registerCapability', () => null);
    conn.listen();
  }

  static async start(options: SessionOptions = {}): Promise<LspSession> {
    const args = options.viaCli ? [path.join(ROOT, 'bin/xianjie.js'), 'lsp', '--stdio'] : [SERVER, '--stdio'];
    const proc = spawn(process.execPath, args, {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env },
    });
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const s = new LspSession(proc, conn, options);
    const folder = options.workspaceFolder;
    await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder ? fileUri(folder) : null,
      workspaceFolders: folder ? [{ uri: fileUri(folder), name: path.basename(folder) }] : null,
      capabilities: {
        workspace: {
          configuration: true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceFolders: true,
          workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
        },
        textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } },
      },
    });
    await conn.sendNotification('initialized', {});
    return s;
  }

  /** Resolves with the first publishDiagnostics for `uri` that matches (the latest one counts too). */
  waitForDiagnostics(uri: string, match: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 20000): Promise<PublishDiagnosticsParams> {
    const have = this.diagnostics.get(uri);
    if (have && match(have)) return Promise.resolve(have);
    return this.bounded(new Promise((resolve) => this.diagWaiters.push({ match: (p) => p.uri === uri && match(p), resolve })), timeoutMs, `publishDiagnostics for ${uri}`);
  }

  /** Resolves with the next publishDiagnostics for `uri` that matches (ignoring earlier ones). */
  nextDiagnostics(uri: string, match: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 20000): Promise<PublishDiagnosticsParams> {
    return this.bounded(new Promise((resolve) => this.diagWaiters.push({ match: (p) => p.uri === uri && match(p), resolve })), timeoutMs, `publishDiagnostics for ${uri}`);
  }

  waitForNotification<T>(method: string, match: (p: T) => boolean = () => true, timeoutMs = 20000): Promise<T> {
    const have = this.notifications.find((n) => n.method === method && match(n.params as T));
    if (have) return Promise.resolve(have.params as T);
    return this.bounded(
      new Promise<{ method: string; params: unknown }>((resolve) => this.noteWaiters.push({ match: (n) => n.method === method && match(n.params as T), resolve })),
      timeoutMs, method,
    ).then((n) => n.params as T);
  }

  private bounded<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}; server log:\n${this.log.join('\n')}`)), ms);
    });
    return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
  }

  open(uri: string, text: string, version = 1, languageId = 'xianjie-plan'): void {
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): void {
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  close(uri: string): void {
    void this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): void {
    void this.conn.sendNotification(method, params);
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      void this.conn.sendNotification('exit');
    } catch {
      // The process may already be gone.
    }
    this.conn.dispose();
    if (this.proc.exitCode === null) this.proc.kill();
  }
}
