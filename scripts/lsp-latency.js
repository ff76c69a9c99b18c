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
// --busy MB measures hover and completion while a long check runs instead: a draft of about MB
// megabytes whose lines all differ is opened; then, --rounds times, about a fifth of that much new
// text is pasted at its end (a long check: every new unit is aligned), and while that check runs a
// hover (on a sub-item title near the top) and a completion (after a heading's number near the top)
// are sent every --every ms; their latency (median, p95) counts the requests sent before the
// check's diagnostics arrived.
//
// --pause MS waits that long after the first diagnostics before the first edit, as a person reading
// them would (the server warms its keystroke path in that moment: see WARM_UP_EDITS in documents.ts).
//
//   node scripts/lsp-latency.js [--edits 50] [--pause 0] [--repeat 1] [--server server/out/lsp/server.js] [--cpu-prof DIR] [--json]
//   node scripts/lsp-latency.js --busy 5 [--rounds 3] [--every 50] [--server …] [--json]
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
const BUSY_MB = Number(opt('--busy', 0));
const ROUNDS = Math.max(1, Number(opt('--rounds', 3)));
const EVERY_MS = Math.max(5, Number(opt('--every', 50)));
const PAUSE_MS = Math.max(0, Number(opt('--pause', 0)));

/** `copies` copies of the plan, every line made distinct by a trailing " #<tag><copy>" (no words, same matches). */
function distinctCopies(plan, copies, tag) {
  return Array.from({ length: copies }, (_, k) => plan.replace(/[^\n]\n/g, (m) => `${m[0]} #${tag}${k}\n`)).join('\n');
}

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

/**
 * Starts the language server over stdio with the given settings and initializes it. `diagnosticsFor(v)`
 * resolves with the diagnostics published for version v of `uri`; `stop()` shuts the server down
 * (letting it exit of its own accord, so a --cpu-prof profile is written).
 */
async function startServer(uri, settings, timeoutMs) {
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
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => settings));
  conn.listen();
  const diagnosticsFor = (version) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics for version ${version} within ${timeoutMs / 1000} s`)), timeoutMs);
    waiters.push({ version, resolve: (p) => { clearTimeout(timer); resolve(p); } });
  });
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: { workspace: { configuration: true } } });
  await conn.sendNotification('initialized', {});
  const stop = async () => {
    await conn.sendRequest('shutdown');
    await conn.sendNotification('exit');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    conn.dispose();
    if (proc.exitCode === null) proc.kill();
  };
  return { proc, conn, diagnosticsFor, stop };
}

async function main() {
  if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} not found: run npx tsc -b server first`);
  const plan = fs.readFileSync(SAMPLE, 'utf8');
  if (BUSY_MB > 0) return busy(plan);
  const text = Array.from({ length: REPEAT }, () => plan).join('\n');
  const uri = `file://${SAMPLE}`;
  const t0 = performance.now();
  const { proc, conn, diagnosticsFor, stop } = await startServer(uri, { debounceMs: 0 }, 30000);
  const first = diagnosticsFor(1);
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'xianjie-plan', version: 1, text } });
  const firstDiag = await first;
  const startToFirst = performance.now() - t0;
  const firstTiming = await conn.sendRequest('xianjie/lastTiming', { uri });
  // A person reads the first diagnostics before typing: --pause gives the server that moment.
  if (PAUSE_MS) await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));

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
    pauseBeforeEditsMs: PAUSE_MS,
    editToDiagnostics: { clientMsDebounce0: stats(clientMs), serverAnalysisMs: stats(analysisMs), serverTotalMs: stats(serverMs) },
  };
  await stop();
  if (args.includes('--json')) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(`样本：${result.sample}（${result.chars} 字符，${(result.bytes / 1048576).toFixed(2)} MB），服务器：${result.server}，Node ${process.version}`);
    console.log(`启动到首次诊断：${result.startToFirstDiagnosticsMs} ms（其中分析 ${firstTiming.analysisMs} ms，含加载基准 ${firstTiming.totalMs} ms；${firstDiag.diagnostics.length} 条诊断）`);
    const e = result.editToDiagnostics;
    console.log(`编辑到新诊断（${EDITS} 次，防抖设为 0${PAUSE_MS ? `，首次诊断后停 ${PAUSE_MS} ms 再编辑` : ''}）：客户端 中位 ${e.clientMsDebounce0.median} ms，p95 ${e.clientMsDebounce0.p95} ms`);
    console.log(`  服务器端分析：中位 ${e.serverAnalysisMs.median} ms，p95 ${e.serverAnalysisMs.p95} ms；含设置与转换：中位 ${e.serverTotalMs.median} ms，p95 ${e.serverTotalMs.p95} ms`);
    console.log(`服务器进程内存（${EDITS} 次编辑后）：当前 ${rss.current ?? '—'} MB，峰值 ${rss.peak ?? '—'} MB`);
  }
}

/** Hover and completion latency while long checks run (see --busy above). */
async function busy(plan) {
  const planBytes = Buffer.byteLength(plan, 'utf8');
  let text = distinctCopies(plan, Math.max(1, Math.round((BUSY_MB * 1048576) / planBytes)), 'a');
  const pasteCopies = Math.max(1, Math.round((BUSY_MB * 1048576) / 5 / planBytes));
  const uri = `file://${SAMPLE}`;
  // The documented default size limit is below 5 MB: raise it for this measurement.
  const { conn, diagnosticsFor, stop } = await startServer(uri, { debounceMs: 0, maxFileSize: 64 * 1048576 }, 120000);
  const o0 = performance.now();
  const opened = diagnosticsFor(1);
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'xianjie-plan', version: 1, text } });
  await opened;
  const openMs = performance.now() - o0;

  // Near the top: a sub-item title to hover, and the place right after a heading's number to complete at.
  const lines = text.split('\n');
  const hoverLine = lines.findIndex((l) => l.includes('强化安全管理责任'));
  const hoverAt = { line: hoverLine, character: lines[hoverLine].indexOf('强化安全管理责任') + 2 };
  const headingLine = lines.findIndex((l) => /^（[一二三四五六七八九十]）/.test(l));
  const completeAt = { line: headingLine, character: 3 };
  const hoverMs = [];
  const completionMs = [];
  const checkMs = [];
  const answered = { hover: 0, completion: 0, emptyHover: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    const version = round + 2;
    const paste = '\n' + distinctCopies(plan, pasteCopies, `r${round}-`);
    // Paste at the very end of the current text.
    const last = text.split('\n');
    const at = { line: last.length - 1, character: last[last.length - 1].length };
    text += paste;
    const done = diagnosticsFor(version);
    let finished = false;
    const c0 = performance.now();
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: at, end: at }, text: paste }] });
    const inflight = [];
    let k = 0;
    const fire = () => {
      const hover = k++ % 2 === 0;
      const r0 = performance.now();
      const req = hover
        ? conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: hoverAt })
        : conn.sendRequest('textDocument/completion', { textDocument: { uri }, position: completeAt });
      inflight.push(req.then((res) => {
        const ms = performance.now() - r0;
        if (hover) {
          hoverMs.push(ms);
          answered.hover++;
          if (!res) answered.emptyHover++;
        } else {
          completionMs.push(ms);
          answered.completion++;
        }
      }));
    };
    fire();
    const timer = setInterval(() => { if (!finished) fire(); }, EVERY_MS);
    await done;
    finished = true;
    clearInterval(timer);
    checkMs.push(performance.now() - c0);
    await Promise.all(inflight);
  }
  const result = {
    server: path.relative(ROOT, SERVER),
    chars: text.length,
    openedMB: BUSY_MB,
    pastedCopiesPerRound: pasteCopies,
    openToDiagnosticsMs: Math.round(openMs),
    pasteToDiagnosticsMs: stats(checkMs),
    hoverDuringCheckMs: stats(hoverMs),
    completionDuringCheckMs: stats(completionMs),
    answered,
  };
  await stop();
  if (args.includes('--json')) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(`服务器：${result.server}；打开约 ${BUSY_MB} MB 各行不同的草稿，首次诊断 ${result.openToDiagnosticsMs} ms`);
    console.log(`粘贴 ${ROUNDS} 次（每次约 ${(pasteCopies * planBytes / 1048576).toFixed(1)} MB 新文本）到新诊断：中位 ${result.pasteToDiagnosticsMs.median} ms，p95 ${result.pasteToDiagnosticsMs.p95} ms`);
    console.log(`检查进行中每 ${EVERY_MS} ms 发出的请求：悬停 ${hoverMs.length} 次，中位 ${result.hoverDuringCheckMs.median} ms，p95 ${result.hoverDuringCheckMs.p95} ms（${answered.emptyHover} 次为空）；补全 ${completionMs.length} 次，中位 ${result.completionDuringCheckMs.median} ms，p95 ${result.completionDuringCheckMs.p95} ms`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
