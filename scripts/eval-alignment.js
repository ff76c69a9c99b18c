#!/usr/bin/env node
// Accuracy of the alignment on the labelled 吴忠 set (test/fixtures/alignment/wuzhong-labels.json):
// top-1 / top-3 clause accuracy and top-3 task hit rate, for the nodejieba and fallback segmenters.
'use strict';
const fs = require('fs');
const path = require('path');
const root = path.resolve(__dirname, '..');
const { parseOutline } = require(path.join(root, 'server/out/core/outline'));
const { loadBaseline } = require(path.join(root, 'server/out/node/baselines'));
const { prepareBaseline } = require(path.join(root, 'server/out/core/engine'));
const { createSegmenter } = require(path.join(root, 'server/out/segment/jieba'));
const { FallbackSegmenter } = require(path.join(root, 'server/out/core/segment/segmenter'));
const { alignOutline } = require(path.join(root, 'server/out/core/align-outline'));

function evaluate(prepared, verbose) {
  const labels = JSON.parse(fs.readFileSync(path.join(root, 'test/fixtures/alignment/wuzhong-labels.json'), 'utf8'));
  const text = fs.readFileSync(path.join(root, labels.draft), 'utf8');
  const outline = parseOutline(text).units;
  const al = alignOutline(text, outline, prepared);
  let top1 = 0, top3 = 0, task3 = 0, found = 0;
  const misses = [];
  for (const l of labels.labels) {
    const u = outline.find((x) => x.title === l.draftTitle);
    if (!u) { misses.push(`未找到 ${l.draftTitle}`); continue; }
    found++;
    const a = al[u.index];
    const titles = a.clauses.map((c) => c.title);
    if (titles[0] && l.clauseTitles.includes(titles[0])) top1++;
    else misses.push(`${l.draftTitle} → ${titles.slice(0, 3).join(' | ') || '（无）'}  期望 ${l.clauseTitles.join('/')}`);
    if (titles.slice(0, 3).some((t) => l.clauseTitles.includes(t))) top3++;
    if (a.tasks.slice(0, 3).some((t) => l.tasks.includes(t.no))) task3++;
  }
  const n = labels.labels.length;
  if (verbose) for (const m of misses) console.log('  ' + m);
  return { n, found, top1: top1 / n, top3: top3 / n, task3: task3 / n };
}

const baseline = loadBaseline('ningxia-2023');
const verbose = process.argv.includes('-v');
const jieba = createSegmenter(baseline.dictionary);
const r1 = evaluate(prepareBaseline(baseline, jieba.segmenter), verbose);
const r2 = evaluate(prepareBaseline(baseline, new FallbackSegmenter(baseline.dictionary)), verbose);
const pct = (x) => (x * 100).toFixed(1) + '%';
for (const [name, r] of [[jieba.segmenter.name, r1], ['fallback', r2]]) {
  console.log(`${name}: 标注 ${r.n} 条（找到 ${r.found}），条款 top-1 ${pct(r.top1)}，top-3 ${pct(r.top3)}，任务 top-3 命中 ${pct(r.task3)}`);
}
