#!/usr/bin/env node
// The engine comparison of the README: for nodejieba, jieba-rs as this project uses it (its maximum-
// probability cut with cppjieba's HMM stage), jieba-rs with its own HMM (for reference) and the built-in
// fallback — load time, first and warm cut of the 吴忠 plan, RSS after, token boundaries that differ
// from nodejieba's over every seed, fixture and blind draft; then, per selectable engine, the figures of
// npm run eval, scripts/eval-rules.js, scripts/eval-heldout.js and scripts/eval-blind.js.
//
//   node scripts/compare-engines.js [--runs 3] [--no-eval]      (build server/out first)
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const RUNS = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 3;
const PLAN = path.join(ROOT, 'seeds', 'wuzhong-2023-shishi-fangan.txt');

/** One engine measured in a fresh process: load, first cut, warm cut (median of 30), RSS. */
function child(engine) {
  const { performance } = require('perf_hooks');
  const t0 = performance.now();
  let cut;
  if (engine === 'nodejieba') {
    const j = require('nodejieba');
    j.load();
    cut = (t) => j.cut(t, true);
  } else if (engine === 'jieba-rs (own HMM)') {
    const { Jieba } = require('@node-rs/jieba');
    const j = Jieba.withDict(fs.readFileSync(path.join(path.dirname(require.resolve('@node-rs/jieba/package.json')), 'dict.txt')));
    cut = (t) => j.cut(t, true);
  } else {
    const { createSegmenter } = require(path.join(ROOT, 'server/out/segment/jieba'));
    const choice = createSegmenter([], engine);
    if (choice.segmenter.name !== engine) throw new Error(`${engine}: ${choice.fallbackReason}`);
    cut = (t) => choice.segmenter.cut(t);
  }
  const text = fs.readFileSync(PLAN, 'utf8');
  const t1 = performance.now();
  cut(text);
  const t2 = performance.now();
  const xs = [];
  for (let i = 0; i < 30; i++) {
    const a = performance.now();
    cut(text);
    xs.push(performance.now() - a);
  }
  xs.sort((a, b) => a - b);
  // Boundaries that differ from nodejieba's, over every draft-like text in the repository.
  const files = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      // Texts only: not seeds/segment (the engine's own dictionary).
      if (e.isDirectory() && e.name !== 'generated' && e.name !== 'segment') walk(path.join(d, e.name));
      else if (e.isFile() && e.name.endsWith('.txt')) files.push(path.join(d, e.name));
    }
  };
  for (const d of ['seeds', 'test/fixtures', 'test/blind']) walk(path.join(ROOT, d));
  const rss = process.memoryUsage().rss;
  const bounds = (tokens) => {
    const s = new Set();
    let o = 0;
    for (const w of tokens) s.add((o += w.length));
    return s;
  };
  let differ = 0;
  let total = 0;
  if (engine !== 'nodejieba') {
    const nj = require('nodejieba');
    for (const f of files) {
      const t = fs.readFileSync(f, 'utf8');
      const a = bounds(nj.cut(t, true));
      const b = bounds(cut(t));
      total += a.size;
      for (const x of a) if (!b.has(x)) differ++;
      for (const x of b) if (!a.has(x)) differ++;
    }
  }
  return { load: t1 - t0, first: t2 - t1, warm: xs[15], rss: rss / 1048576, differ, total, files: files.length };
}

if (process.argv[2] === '--child') {
  process.stdout.write(JSON.stringify(child(process.argv[3])));
  process.exit(0);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
for (const engine of ['nodejieba', 'jieba-rs', 'jieba-rs (own HMM)', 'fallback']) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync(process.execPath, [__filename, '--child', engine], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, XIANJIE_SEGMENTER: '' } });
    if (r.status !== 0) {
      console.log(`${engine}：无法测量（${(r.stderr || '').split('\n').find((l) => l.trim()) ?? r.status}）`);
      break;
    }
    runs.push(JSON.parse(r.stdout));
  }
  if (!runs.length) continue;
  const m = (k) => median(runs.map((x) => x[k]));
  rows.push({ engine, load: m('load'), first: m('first'), warm: m('warm'), rss: m('rss'), differ: runs[0].differ, total: runs[0].total, files: runs[0].files });
}
console.log(`速度与内存（吴忠方案 ${fs.readFileSync(PLAN, 'utf8').length} 字符；各 ${RUNS} 个新进程取中位数）与切分差异（与 nodejieba 比较）：`);
console.log('| 引擎 | 加载 | 首次切分 | 热切分 | 进程内存 | 与 nodejieba 不同的切分边界 |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) {
  const diff = r.engine === 'nodejieba' ? '—' : `${r.differ} / ${r.total}（${r.files} 份文本）`;
  console.log(`| ${r.engine} | ${r.load.toFixed(0)} ms | ${r.first.toFixed(1)} ms | ${r.warm.toFixed(1)} ms | ${r.rss.toFixed(0)} MB | ${diff} |`);
}

if (args.includes('--no-eval')) process.exit(0);
const run = (script, engine) => spawnSync(process.execPath, [path.join(__dirname, script), '--segmenter', engine], { cwd: ROOT, encoding: 'utf8' }).stdout;
const total = (out) => {
  const line = out.split('\n').find((l) => /^(TOTAL|ALL)\b/.test(l)) ?? '';
  const c = line.trim().split(/\s{2,}/);
  return line.startsWith('ALL') ? `查出 ${c[2]}，误报 ${c[3]}` : `TP ${c[3]}/${c[2]}，误报 ${Number(c[7]) + Number(c[8])}，精确率 ${c[9]}，召回率 ${c[10]}`;
};
const heldTotal = (out) => {
  const line = out.split('\n').find((l) => l.startsWith('TOTAL')) ?? '';
  const c = line.trim().split(/\s{2,}/);
  return `TP ${c[3]}/${c[2]}，误报 ${Number(c[7]) + Number(c[8])}，精确率 ${c[10]}，召回率 ${c[11]}`;
};
console.log('');
console.log('准确度（各评测脚本加 --segmenter）：');
console.log('| 引擎 | 标注集（npm run eval） | 规则夹具（eval-rules） | 留出集（eval-heldout） | 盲测稿（eval-blind） |');
console.log('|---|---|---|---|---|');
for (const engine of ['nodejieba', 'jieba-rs', 'fallback']) {
  const labelled = (run('eval-alignment.js', engine).split('\n').find((l) => l.startsWith(`${engine}:`)) ?? '').replace(/^.*?，条款/, '条款');
  console.log(`| ${engine} | ${labelled} | ${total(run('eval-rules.js', engine))} | ${heldTotal(run('eval-heldout.js', engine))} | ${total(run('eval-blind.js', engine))} |`);
}
