#!/usr/bin/env node
// `npm run bench`: the speed and memory goals, measured and printed (never asserted).
//  - in this process: segmentation of the 吴忠 plan by the engine in use, analysis without any cache
//    (cold) and after a one-character edit (median of 50, interleaved), their ratio, load phases;
//  - as whole processes (median of --runs, default 5): `xianjie check` of the plan (time, peak RSS), with
//    the code cache a first, uncounted run makes (bin/code-cache.js) and without one; a 5 MB draft, and
//    100 drafts in one `xianjie check DIR`.
// scripts/lsp-latency.js measures the language server (start → first diagnostics, edits, memory).
//
//   node scripts/bench.js [--runs 5] [--segmenter jieba-rs|nodejieba|fallback] [draft]
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { performance } = require('perf_hooks');
const { takeSegmenterOption } = require('./lib/fixtures');
const root = path.resolve(__dirname, '..');

const args = takeSegmenterOption(process.argv.slice(2));
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Math.max(1, Number(args[runsAt + 1])) : 5;
const positional = args.filter((a, i) => !a.startsWith('-') && args[i - 1] !== '--runs');

const t0 = performance.now();
const { getPrepared } = require(path.join(root, 'server/out/node/baselines'));
const { makeRegistry } = require(path.join(root, 'server/out/core/engine'));
const { analyze } = require(path.join(root, 'server/out/core/analyze'));
const { parseUnitsFile } = require(path.join(root, 'server/out/core/extract/units'));
const tRequire = performance.now();

const draftPath = positional[0] ? path.resolve(positional[0]) : path.join(root, 'seeds/wuzhong-2023-shishi-fangan.txt');
const unitsPath = path.join(root, 'seeds/units/wuzhong.units.txt');
const text = fs.readFileSync(draftPath, 'utf8');
const local = parseUnitsFile(fs.readFileSync(unitsPath, 'utf8')).entries;

const { prepared, notice } = getPrepared('ningxia-2023');
const tPrep = performance.now();
const registry = makeRegistry(prepared, local);
const first = analyze(text, prepared, { registry });
const tFirst = performance.now();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)];
};
function time(fn, n) {
  const xs = [];
  for (let i = 0; i < n; i++) {
    const a = performance.now();
    fn(i);
    xs.push(performance.now() - a);
  }
  return xs;
}

// A one-character edit in a long paragraph, typed and deleted alternately.
const at = text.indexOf('强化安全管理责任') >= 0 ? text.indexOf('强化安全管理责任') + 4 : Math.floor(text.length / 2);
const edited = text.slice(0, at) + '化' + text.slice(at);
// Cold: every cache an analysis keeps between runs (unit alignments, named pillars, parsed paragraphs, sentences) emptied.
const uncached = () => {
  prepared.alignCache?.clear();
  prepared.pillarNameCache?.clear();
  prepared.paragraphCache?.clear();
  prepared.sentenceCache?.clear();
  analyze(text, prepared, { registry });
};
for (let i = 0; i < 5; i++) prepared.segmenter.cut(text), uncached(), analyze(edited, prepared, { registry });
// Interleaved one by one, so that a change in the machine's load hits all three alike.
const seg = [];
const full = [];
const edit = [];
for (let i = 0; i < 50; i++) {
  seg.push(...time(() => prepared.segmenter.cut(text), 1));
  full.push(...time(uncached, 1));
  edit.push(...time(() => analyze(i % 2 ? text : edited, prepared, { registry }), 1));
}

/**
 * Runs the CLI as a whole process `RUNS` times; wall-time median and the largest peak RSS. With a code cache
 * (bin/code-cache.js) in a folder of the bench's own, made by a first run that is not counted; `cache: false`
 * runs without one, as a first start after installing does.
 */
function cli(cliArgs, runs = RUNS, { cache = true } = {}) {
  const times = [];
  let rss = 0;
  const run = () => spawnSync(process.execPath, ['--require', path.join(__dirname, 'lib/report-rss.js'), path.join(root, 'bin/xianjie.js'), ...cliArgs], {
    cwd: root, encoding: 'utf8', env: { ...process.env, XIANJIE_REPORT_RSS: '1', XIANJIE_CODE_CACHE: cache ? CODE_CACHE : 'off' }, maxBuffer: 256 * 1024 * 1024,
  });
  if (cache) run();
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    const r = run();
    times.push(performance.now() - a);
    if (r.status !== 0 && r.status !== 1) throw new Error(`xianjie ${cliArgs.join(' ')} exited ${r.status}: ${r.stderr}`);
    const m = /XIANJIE_MAX_RSS_KB=(\d+)/.exec(r.stderr);
    if (m) rss = Math.max(rss, Number(m[1]) / 1024);
  }
  return { ms: median(times), rss };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-bench-'));
const CODE_CACHE = path.join(tmp, 'code-cache');
const plan = fs.readFileSync(path.join(root, 'seeds/wuzhong-2023-shishi-fangan.txt'), 'utf8');
// Two 5 MB drafts: the plan repeated (repeated paragraphs are aligned once), and the same with every
// line made distinct by a trailing " #<copy>" (no words, so the same matches, but nothing repeats).
const copies = Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(plan));
const big = path.join(tmp, 'draft-5mb.txt');
fs.writeFileSync(big, Array.from({ length: copies }, () => plan).join('\n'));
const distinct = path.join(tmp, 'draft-5mb-distinct.txt');
fs.writeFileSync(distinct, Array.from({ length: copies }, (_, k) => plan.replace(/[^\n]\n/g, (m) => `${m[0]} #${k}\n`)).join('\n'));
const dir = path.join(tmp, 'drafts');
fs.mkdirSync(dir);
const sources = [];
const walk = (d) => {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    if (e.isDirectory()) walk(path.join(d, e.name));
    else if (e.name === 'draft.txt') sources.push(path.join(d, e.name));
  }
};
for (const d of ['test/fixtures/rules', 'test/fixtures/heldout', 'test/blind']) walk(path.join(root, d));
sources.sort();
for (let i = 0; i < 100; i++) fs.copyFileSync(sources[i % sources.length], path.join(dir, `draft-${String(i).padStart(3, '0')}.txt`));

const check = cli(['check', path.relative(root, draftPath), '--units', path.relative(root, unitsPath), '--fail-on', 'never']);
const firstCheck = cli(['check', path.relative(root, draftPath), '--units', path.relative(root, unitsPath), '--fail-on', 'never'], RUNS, { cache: false });
const five = cli(['check', big, '--max-size', String(8 * 1024 * 1024), '--fail-on', 'never'], Math.min(RUNS, 3));
const fiveDistinct = cli(['check', distinct, '--max-size', String(8 * 1024 * 1024), '--fail-on', 'never'], Math.min(RUNS, 3));
const hundred = cli(['check', dir, '--fail-on', 'never'], Math.min(RUNS, 3));
fs.rmSync(tmp, { recursive: true, force: true });

const f = (x) => x.toFixed(1).padStart(7) + ' ms';
const goal = (ok) => (ok ? '达到' : '未达到');
console.log(`草稿：${path.relative(root, draftPath)}（${text.length} 字符，${first.outline.length} 个单元，${first.findings.length} 条结果）；分词引擎 ${prepared.segmenter.name}${notice ? `（${notice}）` : ''}；Node ${process.version}`);
// bin/xianjie.js runs the one-file bundle only while it is newer than the tsc build (see there).
const mtime = (p) => {
  try {
    return fs.statSync(path.join(root, p)).mtimeMs;
  } catch {
    return -1;
  }
};
if (mtime('server/out/cli/xianjie.js') < mtime('server/tsconfig.tsbuildinfo')) {
  console.log('注意：命令行打包文件早于编译输出，下面整个进程的各项测的是未打包的代码（较慢）；先运行 npm run build 再测。');
}
console.log(`分词（全文，含领域词合并）      中位数 ${f(median(seg))}   p95 ${f(p95(seg))}`);
console.log(`分析（冷启动，不用任何缓存）    中位数 ${f(median(full))}   p95 ${f(p95(full))}`);
console.log(`分析（改动一个字后，单元缓存）  中位数 ${f(median(edit))}   p95 ${f(p95(edit))}`);
const ratio = median(full) / median(seg);
console.log(`比值 分析/分词                  ${ratio.toFixed(2)}×（目标 ≤ 2×，${goal(ratio <= 2)}）`);
console.log(`本进程：加载模块 ${f(tRequire - t0)}，加载引擎与基准 ${f(tPrep - tRequire)}，首次分析 ${f(tFirst - tPrep)}`);
console.log(`xianjie check 整个进程（${RUNS} 次中位数） ${f(check.ms)}（目标 ≤ 500 ms，${goal(check.ms <= 500)}）；峰值内存 ${check.rss.toFixed(0)} MB（目标 ≤ 150 MB，${goal(check.rss <= 150)}）`);
console.log(`  不用代码缓存（安装后首次启动） ${f(firstCheck.ms)}；峰值内存 ${firstCheck.rss.toFixed(0)} MB`);
console.log(`5 MB 草稿（吴忠方案重复，整个进程） ${f(five.ms)}（目标 ≤ 2000 ms，${goal(five.ms <= 2000)}）；峰值内存 ${five.rss.toFixed(0)} MB`);
console.log(`5 MB 草稿（各行不同，整个进程）   ${f(fiveDistinct.ms)}（目标 ≤ 2000 ms，${goal(fiveDistinct.ms <= 2000)}）；峰值内存 ${fiveDistinct.rss.toFixed(0)} MB`);
const after = hundred.ms - check.ms;
console.log(`100 份草稿 xianjie check 文件夹 ${f(hundred.ms)}，扣除启动约 ${f(after)}（目标启动后 ≤ 3000 ms，${goal(after <= 3000)}）`);
