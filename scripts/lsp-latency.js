#!/usr/bin/env node
// Measures the language server's latency on the Wuzhong plan: process start -> first diagnostics,
// and edit -> new diagnostics over N edits (median, p95), both as the client sees it (debounce set to
// 0 ms) and as the server reports it (xianjie/lastTiming: analysis only, and settings+analysis+conversion).
//
// --repeat N checks the plan repeated N times as one document (N = 28 gives about 1 MB), and then
// also the peak RSS of the server after the edits.
//
// --cpu-prof DIR writes a V8 CPU profile of the server (node --cpu-prof) into DIR when it exits.
//
//   node scripts/lsp-latency.js [--edits 50] [--repeat 1] [--server server/out/lsp/server.js] [--cpu-prof DIR] [--json]
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const { performance } = require('perf_hooks');
const rpc = require('vscode-jsonrpc/node');

const ROOT = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const EDITS = Number(opt('--edits', 50));
const SERVER = path.resolve(ROOT, opt('--server', 'server/out/lsp/server.js'));
const SAMPLE = path.join(ROOT, 'seeds', 'wuzhong-2023-shishi-fangan.txt');
const REPEAT = Math.max(1, Number(opt('--repeat', 1)));
const CPU_PROF = opt('--cpu-prof', undefined);

/** Current and peak resident memory of a process in MB (Linux /proc; undefined elsewhere). */
function readRss(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    return { current: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
  } catch {
    return {};
  }
}

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  const r = (x) => Math.round(x * 10) / 10;
  return { n: s.length, median: r(q(0.5)), p95: r(q(0.95)), max: r(s[s.length - 1]) };
}

async function main() {
  if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} not found: run npx tsc -b server first`);
  const plan = fs.readFileSync(SAMPLE, 'utf8');
  const text = Array.from({ length: REPEAT }, () => plan).join('\n');
  const uri = `file://${SAMPLE}`;
  const t0 = performance.now();
  const nodeArgs = CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(CPU_PROF)] : [];
  const proc = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(proc.stdout), new rpc.StreamMessageWriter(proc.stdin));
  const waiters = [];
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    for (const w of [...waiters]) if (p.uri === uri && p.version === w.version) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(p);
    }
  });
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({ debounceMs: 0 })));
  conn.listen();
  const diagnosticsFor = (version) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics for version ${version} within 30 s`)), 30000);
    waiters.push({ version, resolve: (p) => { clearTimeout(timer); resolve(p); } });
  });

  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: { workspace: { configuration: true } } });
  await conn.sendNotification('initialized', {});
  const first = diagnosticsFor(1);
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'xianjie-plan', version: 1, text } });
  const firstDiag = await first;
  const startToFirst = performance.now() - t0;
  const firstTiming = await conn.sendRequest('xianjie/lastTiming', { uri });

  // Edits in the middle of the plan: type a character into a sub-item, then delete it, alternately.
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes('强化安全管理责任'));
  const character = lines[line].indexOf('强化安全管理责任') + 4;
  const clientMs = [];
  const analysisMs = [];
  const serverMs = [];
  for (let i = 0; i < EDITS; i++) {
    const version = i + 2;
    const insert = i % 2 === 0;
    const range = insert
      ? { start: { line, character }, end: { line, character } }
      : { start: { line, character }, end: { line, character: character + 1 } };
    const done = diagnosticsFor(version);
    const e0 = performance.now();
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: insert ? '化' : '' }] });
    await done;
    clientMs.push(performance.now() - e0);
    const t = await conn.sendRequest('xianjie/lastTiming', { uri });
    analysisMs.push(t.analysisMs);
    serverMs.push(t.totalMs);
  }
  const rss = await conn.sendRequest('xianjie/lastTiming', { uri }).then(() => readRss(proc.pid));
  const result = {
    sample: path.relative(ROOT, SAMPLE) + (REPEAT > 1 ? ` ×${REPEAT}` : ''),
    chars: text.length,
    bytes: Buffer.byteLength(text, 'utf8'),
    serverRssAfterEditsMB: rss,
    server: path.relative(ROOT, SERVER),
    startToFirstDiagnosticsMs: Math.round(startToFirst),
    firstAnalysis: { analysisMs: firstTiming.analysisMs, totalMs: firstTiming.totalMs, diagnostics: firstDiag.diagnostics.length },
    editToDiagnostics: { clientMsDebounce0: stats(clientMs), serverAnalysisMs: stats(analysisMs), serverTotalMs: stats(serverMs) },
  };
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  // The profile is written when the server exits of its own accord.
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  conn.dispose();
  if (proc.exitCode === null) proc.kill();
  if (args.includes('--json')) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(`样本：${result.sample}（${result.chars} 字符，${(result.bytes / 1048576).toFixed(2)} MB），服务器：${result.server}`);
    console.log(`启动到首次诊断：${result.startToFirstDiagnosticsMs} ms（其中分析 ${firstTiming.analysisMs} ms，含加载基准 ${firstTiming.totalMs} ms；${firstDiag.diagnostics.length} 条诊断）`);
    const e = result.editToDiagnostics;
    console.log(`编辑到新诊断（${EDITS} 次，防抖设为 0）：客户端 中位 ${e.clientMsDebounce0.median} ms，p95 ${e.clientMsDebounce0.p95} ms`);
    console.log(`  服务器端分析：中位 ${e.serverAnalysisMs.median} ms，p95 ${e.serverAnalysisMs.p95} ms；含设置与转换：中位 ${e.serverTotalMs.median} ms，p95 ${e.serverTotalMs.p95} ms`);
    console.log(`服务器进程内存（${EDITS} 次编辑后）：当前 ${rss.current ?? '—'} MB，峰值 ${rss.peak ?? '—'} MB`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
