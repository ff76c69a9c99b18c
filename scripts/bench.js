#!/usr/bin/env node
// `npm run bench`: analysis of the 吴忠 plan (warm median of 50 runs) next to nodejieba
// segmentation of the same text in the same run, baseline load time, cold time to first result
// and peak RSS. Figures are printed, never asserted.
'use strict';
const fs = require('fs');
const path = require('path');
const { performance } = require('perf_hooks');
const root = path.resolve(__dirname, '..');

const t0 = performance.now();
const { loadBaseline } = require(path.join(root, 'server/out/node/baselines'));
const { prepareBaseline, makeRegistry } = require(path.join(root, 'server/out/core/engine'));
const { createSegmenter } = require(path.join(root, 'server/out/segment/jieba'));
const { FallbackSegmenter } = require(path.join(root, 'server/out/core/segment/segmenter'));
const { analyze } = require(path.join(root, 'server/out/core/analyze'));
const { parseUnitsFile } = require(path.join(root, 'server/out/core/extract/units'));
const tRequire = performance.now();

const draftPath = process.argv[2] || path.join(root, 'seeds/wuzhong-2023-shishi-fangan.txt');
const text = fs.readFileSync(draftPath, 'utf8');
const local = parseUnitsFile(fs.readFileSync(path.join(root, 'seeds/units/wuzhong.units.txt'), 'utf8')).entries;

const tLoad0 = performance.now();
const baseline = loadBaseline('ningxia-2023');
const tLoad1 = performance.now();
const { segmenter } = createSegmenter(baseline.dictionary);
const prepared = prepareBaseline(baseline, segmenter);
const tPrep = performance.now();
const registry = makeRegistry(prepared, local);
const first = analyze(text, prepared, { registry });
const tFirst = performance.now();

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function p95(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))];
}
function time(fn, n = 50) {
  for (let i = 0; i < 5; i++) fn();
  const xs = [];
  for (let i = 0; i < n; i++) {
    const a = performance.now();
    fn();
    xs.push(performance.now() - a);
  }
  return xs;
}
// Interleave the measurements so machine noise hits them alike. The yardstick is nodejieba's own
// cut of the whole text; the project's segmenter adds the domain-word merge on top.
const nodejieba = require('nodejieba');
const seg = [];
const wrapped = [];
const ana = [];
for (let round = 0; round < 5; round++) {
  seg.push(...time(() => nodejieba.cut(text, true), 10));
  wrapped.push(...time(() => segmenter.cut(text), 10));
  ana.push(...time(() => analyze(text, prepared, { registry }), 10));
}
const fbPrepared = prepareBaseline(baseline, new FallbackSegmenter(baseline.dictionary));
const fb = time(() => analyze(text, fbPrepared, { registry: makeRegistry(fbPrepared, local) }), 20);

const f = (x) => x.toFixed(1).padStart(7) + ' ms';
console.log(`草稿：${path.relative(root, draftPath)}（${text.length} 字符，${first.outline.length} 个单元，${first.findings.length} 条结果）`);
console.log(`分词（nodejieba，全文）      中位数 ${f(median(seg))}   p95 ${f(p95(seg))}`);
console.log(`分词（含领域词合并）         中位数 ${f(median(wrapped))}   p95 ${f(p95(wrapped))}`);
console.log(`分析 analyze（热，50 次）    中位数 ${f(median(ana))}   p95 ${f(p95(ana))}`);
console.log(`比值 分析/分词               ${(median(ana) / median(seg)).toFixed(2)}×（目标 ≤ 3×）`);
console.log(`分析（内置分词回退）         中位数 ${f(median(fb))}`);
console.log(`加载模块                     ${f(tRequire - t0)}`);
console.log(`读取并校验基准               ${f(tLoad1 - tLoad0)}`);
console.log(`建立索引（含词典装载）       ${f(tPrep - tLoad1)}`);
console.log(`冷启动到首个结果             ${f(tFirst - t0)}`);
console.log(`峰值常驻内存                 ${(process.resourceUsage().maxRSS / 1024).toFixed(0).padStart(7)} MB`);
