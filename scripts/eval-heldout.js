#!/usr/bin/env node
// Evaluates the seven rules on the HELD-OUT drafts in test/fixtures/heldout/<case>/ (draft.txt +
// expected.json). These drafts were written without looking at the rule sources or at the tuning
// fixtures in test/fixtures/rules/, so the numbers are an honest estimate of precision and recall.
//
// expected.json: { "units": "wuzhong" | null,
//                  "expect":      [{ "rule", "line", "fragment" }],   planted mistakes
//                  "mustNotFlag": [{ "rule", "line", "fragment"? }] } near misses
// Scoring (differs from scripts/eval-rules.js where noted):
//  - line is 1-based; line 0 means "any line" (used for task-uncovered, which may be reported at
//    a section heading or on line 1).
//  - A finding matches an expectation when rule agrees, the line agrees (or the expectation's line
//    is 0) and its message contains the fragment.
//  - Every held-out draft is fully annotated for six rules, so ALL rules except task-uncovered are
//    scored in every case: an unmatched non-hint finding is a false alarm (FP(near) when a
//    mustNotFlag entry forbids it, FP(other) otherwise). Unmatched hints are false alarms only when
//    a mustNotFlag entry forbids them (alias hints are advice).
//  - task-uncovered is only scored through its entries: expect entries (TP/FN) and mustNotFlag
//    entries (a finding naming a task the draft does take up is FP(near)). Other task-uncovered
//    findings are not annotated (deciding coverage of all 89 local tasks by hand is out of scope)
//    and are counted in the separate "unscored" column.
//
// Runs over the compiled server (server/out): build first with `npx tsc -b server`.
// Usage: node scripts/eval-heldout.js [--verbose] [--segmenter jieba-rs|nodejieba|fallback] [case ...]. Always exits 0: it is a report.
'use strict';
const fs = require('fs');
const path = require('path');
const { findCases, lineIndex, pct, perTask, takeSegmenterOption } = require('./lib/fixtures');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'server', 'out');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'heldout');
const UNITS = { wuzhong: path.join(ROOT, 'seeds', 'units', 'wuzhong.units.txt') };
const PARTIAL = new Set(['task-uncovered']);

function main() {
  const args = takeSegmenterOption(process.argv.slice(2));
  const verbose = args.includes('--verbose') || args.includes('-v');
  const only = args.filter((a) => !a.startsWith('-'));
  let result;
  try {
    result = evaluate({ only, verbose });
  } catch (e) {
    console.log(e.message);
    return;
  }
  const { stats, misses, alarms, notes } = result;
  printTable(stats);
  const sections = [
    ['漏报', misses],
    ['误报', alarms],
    ['其他', notes],
  ];
  for (const [title, list] of sections) {
    if (!list.length) continue;
    console.log('');
    console.log(`${title}（${list.length} 条）：`);
    for (const d of list) console.log('  ' + d);
  }
}

/** Scores the held-out cases; returns per-rule statistics and the lists of misses and false alarms. */
function evaluate({ only = [], verbose = false } = {}) {
  let analyze, baselines, project, RULE_IDS;
  try {
    ({ analyze } = require(path.join(OUT, 'core/analyze')));
    baselines = require(path.join(OUT, 'node/baselines'));
    project = require(path.join(OUT, 'node/project'));
    ({ RULE_IDS } = require(path.join(OUT, 'core/config')));
  } catch (e) {
    throw new Error(`无法加载 server/out（请先运行 npx tsc -b server）：${e.message}`);
  }
  const { prepared } = baselines.getPrepared('ningxia-2023');
  const blank = () => ({ cases: 0, planted: 0, tp: 0, fn: 0, misplaced: 0, nearMiss: 0, fpNear: 0, fpOther: 0, unscored: 0 });
  const stats = new Map(RULE_IDS.map((r) => [r, blank()]));
  const misses = [];
  const alarms = [];
  const notes = [];
  if (!fs.existsSync(FIXTURES)) throw new Error(`没有找到夹具目录 ${FIXTURES}`);
  for (const caseDir of findCases(FIXTURES)) {
    const rel = path.relative(FIXTURES, caseDir);
    if (only.length && !only.includes(rel)) continue;
    let spec;
    try {
      spec = JSON.parse(fs.readFileSync(path.join(caseDir, 'expected.json'), 'utf8'));
    } catch (e) {
      notes.push(`${rel}: expected.json 无法读取：${e.message}`);
      continue;
    }
    const text = fs.readFileSync(path.join(caseDir, 'draft.txt'), 'utf8');
    const localUnits = spec.units ? project.loadLocalUnits(UNITS[spec.units] ?? path.resolve(caseDir, spec.units)) : undefined;
    const result = analyze(text, prepared, { localUnits });
    for (const p of result.problems) notes.push(`${rel}: 分析问题：${p.message}`);
    const lineOf = lineIndex(text);
    const expect = spec.expect ?? [];
    const mustNot = spec.mustNotFlag ?? [];
    const findings = perTask(result.findings).map((f) => ({ ...f, line: lineOf(f.start), used: false }));
    const stat = (rule) => stats.get(rule) ?? stats.set(rule, blank()).get(rule);
    for (const rule of stats.keys()) {
      if (PARTIAL.has(rule) && !expect.some((e) => e.rule === rule) && !mustNot.some((m) => m.rule === rule)) continue;
      stat(rule).cases++;
    }
    for (const m of mustNot) stat(m.rule).nearMiss++;
    const lineOk = (want, got) => want === 0 || want === got;
    // Exact-line expectations first, so an any-line expectation cannot steal their finding.
    const ordered = [...expect].sort((a, b) => (a.line === 0) - (b.line === 0));
    for (const e of ordered) {
      const s = stat(e.rule);
      s.planted++;
      const frag = e.fragment ?? '';
      const hit = findings.find((f) => !f.used && f.rule === e.rule && lineOk(e.line, f.line) && f.message.includes(frag));
      if (hit) {
        hit.used = true;
        s.tp++;
        continue;
      }
      s.fn++;
      const near = findings.filter((f) => f.rule === e.rule && f.message.includes(frag)).map((f) => `第${f.line}行`);
      if (near.length) s.misplaced++;
      misses.push(`漏报 ${e.rule} ${rel}:${e.line || '任意行'} 期望含“${frag}”${near.length ? `（同一内容报在 ${near.join('、')}）` : ''}`);
    }
    for (const f of findings) {
      if (f.used) continue;
      const s = stat(f.rule);
      const forbidden = mustNot.find((m) => m.rule === f.rule && lineOk(m.line, f.line) && (!m.fragment || f.message.includes(m.fragment)));
      if (forbidden) {
        s.fpNear++;
        alarms.push(`误报(近似项) ${f.rule} ${rel}:${f.line} ${f.severity} ${short(f.message, verbose)}`);
      } else if (PARTIAL.has(f.rule)) {
        s.unscored++;
      } else if (f.severity !== 'hint') {
        s.fpOther++;
        alarms.push(`误报(其他行) ${f.rule} ${rel}:${f.line} ${f.severity} ${short(f.message, verbose)}`);
      }
    }
  }
  return { stats, misses, alarms, notes };
}

function short(s, verbose) {
  return verbose || s.length <= 110 ? s : s.slice(0, 110) + '…';
}

function printTable(stats) {
  const head = ['rule', 'cases', 'planted', 'TP', 'FN', 'FN:wrong-line', 'near-miss', 'FP(near)', 'FP(other)', 'unscored', 'precision', 'recall'];
  const rows = [];
  const total = { cases: 0, planted: 0, tp: 0, fn: 0, misplaced: 0, nearMiss: 0, fpNear: 0, fpOther: 0, unscored: 0 };
  for (const [rule, s] of stats) {
    if (s.cases === 0) continue;
    for (const k of Object.keys(total)) total[k] += s[k];
    rows.push(row(rule, s));
  }
  rows.push(row('TOTAL', total));
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(width[i]) : c.padStart(width[i]))).join('  ');
  console.log(line(head));
  console.log(width.map((w) => '-'.repeat(w)).join('  '));
  rows.forEach((r, i) => {
    if (i === rows.length - 1) console.log(width.map((w) => '-'.repeat(w)).join('  '));
    console.log(line(r));
  });
}

function row(rule, s) {
  const fp = s.fpNear + s.fpOther;
  return [rule, String(s.cases), String(s.planted), String(s.tp), String(s.fn), String(s.misplaced), String(s.nearMiss), String(s.fpNear), String(s.fpOther), String(s.unscored), pct(s.tp, s.tp + fp), pct(s.tp, s.planted)];
}

module.exports = { evaluate };
if (require.main === module) {
  main();
  process.exitCode = 0;
}
