#!/usr/bin/env node
// Feeds fuzz cases to the real language server (server/out/lsp/server.js --stdio) over JSON-RPC:
// each case is opened (didOpen), then edited with incremental and whole-text didChange
// notifications, including ranges that split surrogate pairs, ranges past the end, and bursts of
// versions sent without waiting. After every step the server must still be running and must
// answer with publishDiagnostics for that version, with every range inside the document.
// Usage: node scripts/fuzz-server.js [cases=60] [--seed N] [--timeout ms]. Exit 0 when all pass.
'use strict';

const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const fc = require('fast-check');
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

const ROOT = path.resolve(__dirname, '..');
const SERVER = path.join(ROOT, 'server', 'out', 'lsp', 'server.js');
const SEED_TEXT = fs.readFileSync(path.join(ROOT, 'seeds', 'wuzhong-2023-shishi-fangan.txt'), 'utf8').replace(/\r\n?/g, '\n');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const CASES = Number(args.find((a) => /^\d+$/.test(a) && args[args.indexOf(a) - 1] !== '--seed' && args[args.indexOf(a) - 1] !== '--timeout') ?? 60);
const SEED = option('--seed', Date.now() % 2147483647);
const TIMEOUT = option('--timeout', 30000);

// ---- fuzz cases (the same families as test/fuzz/analyze.property.test.ts) ---------------------

const FRAGMENTS = [
  '一、', '（一）', '1.', '（1）', '\n', '\r\n', '\r', '\t', '\u3000', '。', '；', '《', '》', '〔', '〕',
  '宁政发〔2023〕71号', '《自治区人民政府关于加强数字政府建设的实施意见》', '2023年13月', '20240年',
  '（责任单位：市大数据管理服务局；完成时限：2026年）', '市发改委', '序号\t重点任务\t责任单位\t完成时限\n',
  '鍚村繝甯傛暟瀛楁斂搴', '\ufffd', '\u0000', '\u001b', '\u2028', '\ufeff', '\ud800', '\udfff', '😀', '𠮷',
];
const slice = fc.tuple(fc.noBias(fc.nat()), fc.noBias(fc.integer({ min: 0, max: 5000 }))).map(([s, n]) => SEED_TEXT.slice(s % SEED_TEXT.length, (s % SEED_TEXT.length) + n));
const insertion = fc.oneof(
  fc.constantFrom(...FRAGMENTS),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
  slice.map((s) => s.slice(0, 200)),
);
const editedSample = fc.array(fc.record({ pos: fc.noBias(fc.nat()), del: fc.nat({ max: 200 }), insert: insertion }), { maxLength: 10 }).map((edits) => {
  let t = SEED_TEXT;
  for (const e of edits) {
    const p = e.pos % (t.length + 1);
    t = t.slice(0, p) + e.insert + t.slice(p + e.del);
  }
  return t;
});
const cn = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const fixed = [
  ['empty', ''],
  ['10,000 × （一）', '（一）\n'.repeat(10000)],
  ['2,000 nested headings', Array.from({ length: 2000 }, (_, i) => [`${cn[(i >> 2) % 10]}、`, `（${cn[(i >> 2) % 10]}）`, `${((i >> 2) % 10) + 1}.`, `（${((i >> 2) % 10) + 1}）`][i % 4] + `标题${i}`).join('\n')],
  ['only punctuation', '，。、；：？！“”（）《》'.repeat(300)],
  ['only digits', '0123456789'.repeat(300)],
  ['CR line endings', SEED_TEXT.replace(/\n/g, '\r')],
  ['one long line', '推进政务数据共享，（责任单位：市大数据管理服务局；完成时限：2025年）'.repeat(4000)],
];

function makeCases() {
  const random = fc.sample(fc.oneof(editedSample, slice, fc.array(insertion, { maxLength: 60 }).map((a) => a.join(''))), { numRuns: Math.max(0, CASES - fixed.length), seed: SEED });
  return [...fixed.slice(0, CASES), ...random.map((t, i) => [`random #${i}`, t])].slice(0, Math.max(CASES, 1));
}

// ---- positions (UTF-16, lines end at \n, \r\n or \r, as LSP counts) ---------------------------

function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}
function positionAt(text, offset, starts = lineStarts(text)) {
  offset = Math.max(0, Math.min(offset, text.length));
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}
/** Offset of a position exactly as vscode-languageserver-textdocument computes it (clamped, before the EOL). */
function offsetAt(text, pos, starts = lineStarts(text)) {
  if (pos.line >= starts.length) return text.length;
  if (pos.line < 0) return 0;
  const start = starts[pos.line];
  if (pos.character <= 0) return start;
  const next = pos.line + 1 < starts.length ? starts[pos.line + 1] : text.length;
  let offset = Math.min(start + pos.character, next);
  while (offset > start && (text.charCodeAt(offset - 1) === 10 || text.charCodeAt(offset - 1) === 13)) offset--;
  return offset;
}
function lineLengths(text) {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

// ---- the session ------------------------------------------------------------------------------

async function main() {
  if (!fs.existsSync(SERVER)) {
    console.error(`fuzz-server: ${path.relative(ROOT, SERVER)} does not exist (run tsc -b server first).`);
    return 2;
  }
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr = [];
  proc.stderr.on('data', (d) => stderr.push(String(d)));
  let exited;
  proc.on('exit', (code, signal) => {
    exited = { code, signal };
  });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const waiters = [];
  const latest = new Map();
  const counts = { cases: 0, didOpen: 0, didChange: 0, publishes: 0, answered: 0, timeouts: 0, badRanges: 0, errorsLogged: 0, topProblems: 0 };
  const failures = [];
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    counts.publishes++;
    latest.set(p.uri, p);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && p.version === w.version) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
    }
  });
  conn.onNotification('window/logMessage', (p) => {
    if (p.type === 1) {
      counts.errorsLogged++;
      if (counts.errorsLogged <= 5) console.error(`  server error log: ${String(p.message).slice(0, 300)}`);
    }
  });
  conn.onNotification(() => {});
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({ debounceMs: 0 })));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.listen();

  const started = Date.now();
  try {
    await Promise.race([
      conn.sendRequest('initialize', {
        processId: process.pid,
        rootUri: null,
        workspaceFolders: null,
        capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
      }),
      new Promise((_, reject) => setTimeout(() => reject(new Error('no answer to initialize')), TIMEOUT)),
    ]);
  } catch (e) {
    console.error(`fuzz-server: the server did not start: ${e.message}${exited ? ` (exited ${JSON.stringify(exited)})` : ''}\n${stderr.join('').slice(0, 2000)}`);
    proc.kill();
    return 2;
  }
  conn.sendNotification('initialized', {});

  const waitFor = (uri, version) =>
    new Promise((resolve) => {
      const have = latest.get(uri);
      if (have && have.version === version) return resolve(have);
      const w = { uri, version, resolve };
      waiters.push(w);
      setTimeout(() => {
        const i = waiters.indexOf(w);
        if (i >= 0) {
          waiters.splice(i, 1);
          resolve(undefined);
        }
      }, TIMEOUT);
    });

  /** Waits for the answer to `version` and checks it against the mirror text. */
  const expectAnswer = async (name, uri, version, text, step) => {
    const p = await waitFor(uri, version);
    if (exited) throw new Error(`server exited ${JSON.stringify(exited)} after ${name} (${step})`);
    if (!p) {
      counts.timeouts++;
      failures.push(`${name}: no publishDiagnostics for version ${version} (${step}) within ${TIMEOUT} ms`);
      return;
    }
    counts.answered++;
    const lengths = lineLengths(text);
    for (const d of p.diagnostics) {
      if (d.source === undefined && /上限|失败|出错/.test(d.message)) counts.topProblems++;
      for (const pos of [d.range.start, d.range.end]) {
        if (pos.line < 0 || pos.line >= lengths.length || pos.character < 0 || pos.character > lengths[pos.line]) {
          counts.badRanges++;
          if (counts.badRanges <= 5) failures.push(`${name} v${version} (${step}): ${d.code ?? ''} range ${JSON.stringify(d.range)} outside the document (${lengths.length} lines)`);
        }
      }
    }
  };

  const rng = fc.sample(fc.tuple(fc.noBias(fc.nat()), fc.noBias(fc.nat()), insertion), { numRuns: 100000, seed: SEED + 1 });
  let r = 0;
  const nextEdit = () => rng[r++ % rng.length];

  for (const [name, original] of makeCases()) {
    counts.cases++;
    const uri = `file:///tmp/xianjie-fuzz/case-${counts.cases}.plan.txt`;
    let text = original;
    let version = 1;
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'xianjie-plan', version, text } });
    counts.didOpen++;
    await expectAnswer(name, uri, version, text, 'didOpen');

    // Three incremental edits, one at a time; positions may split surrogate pairs or lie past the end.
    for (let k = 0; k < 3; k++) {
      const [a, b, insert] = nextEdit();
      const starts = lineStarts(text);
      const s = a % (text.length + 1);
      const e = Math.min(text.length, s + (b % 300));
      let range = { start: positionAt(text, s, starts), end: positionAt(text, e, starts) };
      if (k === 2 && b % 4 === 0) range = { start: range.start, end: { line: starts.length + 5, character: 3 } };
      const so = offsetAt(text, range.start, starts);
      const eo = Math.max(so, offsetAt(text, range.end, starts));
      text = text.slice(0, so) + insert + text.slice(eo);
      version++;
      conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: insert }] });
      counts.didChange++;
      await expectAnswer(name, uri, version, text, `edit ${k + 1}`);
    }

    // A burst of five versions without waiting: only the last must be answered.
    for (let k = 0; k < 5; k++) {
      const [a, , insert] = nextEdit();
      const starts = lineStarts(text);
      const at = positionAt(text, a % (text.length + 1), starts);
      const o = offsetAt(text, at, starts);
      text = text.slice(0, o) + insert + text.slice(o);
      version++;
      conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: at, end: at }, text: insert }] });
      counts.didChange++;
    }
    await expectAnswer(name, uri, version, text, 'burst');

    // A whole-text replacement.
    text = original.split('').reverse().join('');
    version++;
    conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    counts.didChange++;
    await expectAnswer(name, uri, version, text, 'full replacement');

    conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    if (exited) break;
  }

  const alive = !exited;
  try {
    await Promise.race([conn.sendRequest('shutdown'), new Promise((res) => setTimeout(res, 3000))]);
    conn.sendNotification('exit');
  } catch {
    // already gone
  }
  setTimeout(() => {
    if (!exited) proc.kill();
  }, 2000).unref();
  conn.dispose();

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `fuzz-server: seed ${SEED}, ${counts.cases} cases, ${counts.didOpen} didOpen, ${counts.didChange} didChange, ` +
      `${counts.answered} answered, ${counts.publishes} publishDiagnostics received, ${counts.timeouts} timeouts, ` +
      `${counts.badRanges} out-of-range diagnostics, ${counts.errorsLogged} server error logs, server ${alive ? 'alive' : `EXITED ${JSON.stringify(exited)}`} (${seconds} s)`,
  );
  for (const f of failures.slice(0, 20)) console.log(`  FAIL ${f}`);
  if (!alive) console.log(stderr.join('').slice(-3000));
  return alive && failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(`fuzz-server: ${e.stack ?? e}`);
    process.exitCode = 1;
  },
);
