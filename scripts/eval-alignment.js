#!/usr/bin/env node
// Accuracy of the alignment on the labelled 吴忠 plan, for every segmentation engine that loads here
// (jieba-rs, nodejieba, the built-in fallback), or only the one named by --segmenter:
//  - per labelled sub-item (test/fixtures/alignment/wuzhong-labels.json): clause top-1 / top-3, task
//    hit in the top 3, task recall@5 (labelled tasks found among the unit's five best task matches)
//    and the precision of the tasks the checker says the unit takes up;
//  - per regional task (test/fixtures/alignment/wuzhong-tasks.json, an independent hand labelling of
//    which city/county tasks the plan takes up): precision and recall of task-uncovered. Tasks the
//    annotator marked partial are left out of both.
// Usage: node scripts/eval-alignment.js [-v] [--segmenter jieba-rs|nodejieba|fallback]   (build server/out first)
'use strict';
const fs = require('fs');
const path = require('path');
const { SEGMENTERS, takeSegmenterOption } = require('./lib/fixtures');
const root = path.resolve(__dirname, '..');
const args = takeSegmenterOption(process.argv.slice(2));
const only = process.env.XIANJIE_SEGMENTER;
const { parseOutline } = require(path.join(root, 'server/out/core/outline'));
const { loadBaseline } = require(path.join(root, 'server/out/node/baselines'));
const { prepareBaseline } = require(path.join(root, 'server/out/core/engine'));
const { createSegmenter } = require(path.join(root, 'server/out/segment/jieba'));
const { alignOutline, rankForUnit } = require(path.join(root, 'server/out/core/align-outline'));
const { tokenize } = require(path.join(root, 'server/out/core/align'));
const { analyze } = require(path.join(root, 'server/out/core/analyze'));

const LABELS = path.join(root, 'test/fixtures/alignment/wuzhong-labels.json');
const TASK_LABELS = path.join(root, 'test/fixtures/alignment/wuzhong-tasks.json');

function evaluate(prepared, verbose) {
  const labels = JSON.parse(fs.readFileSync(LABELS, 'utf8'));
  const text = fs.readFileSync(path.join(root, labels.draft), 'utf8');
  const outline = parseOutline(text).units;
  const al = alignOutline(text, outline, prepared);
  const result = analyze(text, prepared);
  // What the checker says each unit takes up (the coverage's own reading).
  const takenBy = new Map();
  for (const t of result.coverage.tasks.takenUp) for (const u of t.units) takenBy.set(u, [...(takenBy.get(u) ?? []), t.no]);
  let top1 = 0, top3 = 0, task3 = 0, found = 0;
  let recallHit = 0, recallAll = 0, reported = 0, reportedRight = 0;
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
    // Recall@5: labelled tasks among the unit's five best task matches, read as alignOutline reads the
    // unit (title, the first 400 characters of the body, the parent's title twice), before any cut-off.
    const body = text.slice(u.titleSpan.end, Math.min(u.end, u.titleSpan.end + 400));
    const parent = u.parent !== undefined ? outline[u.parent] : undefined;
    const pt = parent && u.kind !== 'heading' ? tokenize(prepared.segmenter, parent.title) : [];
    const bTok = [...tokenize(prepared.segmenter, body), ...pt, ...pt];
    const top5 = rankForUnit(prepared, tokenize(prepared.segmenter, u.title || ''), bTok).filter((x) => x.doc.kind === 'task').slice(0, 5).map((x) => Number(x.doc.key));
    recallAll += l.tasks.length;
    recallHit += l.tasks.filter((n) => top5.includes(n)).length;
    if (verbose && l.tasks.some((n) => !top5.includes(n))) misses.push(`${l.draftTitle}：前五 ${top5.join('、')}，标注 ${l.tasks.join('、')}`);
    if (verbose && l.tasks.some((n) => !top5.includes(n))) misses.push(`${l.draftTitle}：前五 ${top5.join('、')}，标注 ${l.tasks.join('、')}`);
    const mine = takenBy.get(u.index) ?? [];
    reported += mine.length;
    reportedRight += mine.filter((n) => l.tasks.includes(n)).length;
    if (verbose && mine.some((n) => !l.tasks.includes(n))) misses.push(`${l.draftTitle}：报告承接 ${mine.join('、')}，标注 ${l.tasks.join('、')}`);
  }
  const n = labels.labels.length;
  const out = { n, found, top1: top1 / n, top3: top3 / n, task3: task3 / n, recall5: recallHit / recallAll, precision: reported ? reportedRight / reported : 1 };
  if (fs.existsSync(TASK_LABELS)) {
    const tl = JSON.parse(fs.readFileSync(TASK_LABELS, 'utf8'));
    const sure = tl.tasks.filter((t) => !t.partial);
    const gaps = new Set(sure.filter((t) => !t.takenUp).map((t) => t.no));
    const judged = new Set(sure.map((t) => t.no));
    const flagged = result.coverage.tasks.uncovered.filter((no) => judged.has(no));
    const right = flagged.filter((no) => gaps.has(no));
    out.uncovered = { flagged: flagged.length, right: right.length, gaps: gaps.size, partial: tl.tasks.length - sure.length };
    // Tasks shown as 可能已覆盖 (only mentioned): how the labels judge them.
    const label = new Map(tl.tasks.map((t) => [t.no, t.partial ? 'partial' : t.takenUp ? 'taken' : 'gap']));
    const maybe = result.coverage.tasks.mentioned.map((m) => m.no).filter((no) => result.coverage.tasks.applicable.includes(no) && label.has(no));
    out.mentioned = { all: maybe.length, taken: maybe.filter((no) => label.get(no) === 'taken').length, partial: maybe.filter((no) => label.get(no) === 'partial').length, gap: maybe.filter((no) => label.get(no) === 'gap').length };
    if (verbose) {
      misses.push(`task-uncovered 误报（方案已承接）：${flagged.filter((no) => !gaps.has(no)).join('、') || '无'}`);
      misses.push(`task-uncovered 漏报（方案未承接）：${[...gaps].filter((no) => !flagged.includes(no)).join('、') || '无'}`);
    }
  }
  if (verbose) for (const m of misses) console.log('  ' + m);
  return out;
}

const baseline = loadBaseline('ningxia-2023');
const verbose = args.includes('-v');
const pct = (x) => (x * 100).toFixed(1) + '%';
for (const name of only ? [only] : SEGMENTERS) {
  // The environment variable outranks the argument; clear it so each engine is asked for itself.
  delete process.env.XIANJIE_SEGMENTER;
  const choice = createSegmenter(baseline.dictionary, name);
  if (choice.segmenter.name !== name) {
    console.log(`${name}: 无法加载，未评估（${choice.fallbackReason}）`);
    continue;
  }
  const r = evaluate(prepareBaseline(baseline, choice.segmenter), verbose);
  let line = `${name}: 标注 ${r.n} 条（找到 ${r.found}），条款 top-1 ${pct(r.top1)}，top-3 ${pct(r.top3)}，任务 top-3 命中 ${pct(r.task3)}，任务 recall@5 ${pct(r.recall5)}，报告承接的任务准确率 ${pct(r.precision)}`;
  if (r.uncovered) {
    const u = r.uncovered;
    line += `；task-uncovered 准确率 ${pct(u.right / Math.max(1, u.flagged))}（${u.right}/${u.flagged}），召回率 ${pct(u.right / Math.max(1, u.gaps))}（${u.right}/${u.gaps}，另有 ${u.partial} 项标注为部分承接，未计）`;
    const m = r.mentioned;
    if (m) line += `；可能已覆盖 ${m.all} 项（标注为已承接 ${m.taken}、部分承接 ${m.partial}、未承接 ${m.gap}）`;
  }
  console.log(line);
}
