#!/usr/bin/env node
// Evaluates the seven rules on the planted fixtures in test/fixtures/rules/<rule-id>/<case>/
// (draft.txt + expected.json) and prints, per rule: planted mistakes, caught (TP), missed (FN),
// false alarms on near-miss lines and on any other line (FP), precision and recall.
//
// expected.json: { "units": "wuzhong" | null,
//                  "expect":      [{ "rule", "line", "fragment" }],   planted mistakes
//                  "mustNotFlag": [{ "rule", "line", "fragment"? }] } near misses
// A finding matches an expectation when rule and 1-based line agree and its message contains the
// fragment. A mustNotFlag entry with a fragment only forbids findings whose message contains it
// (several missing pillars or uncovered tasks share one heading line). Only findings of the rules
// a fixture is about (its folder's rule and the rules named in its entries) are scored; findings
// of severity "hint" that no entry forbids are advice, not false alarms. A planted mistake reported
// on another line counts as missed (FN:wrong-line) and the stray finding as a false alarm.
//
// Runs over the compiled server (server/out): build first with `npx tsc -b server`.
// Usage: node scripts/eval-rules.js [--verbose] [--segmenter jieba-rs|nodejieba|fallback] [--fixtures DIR] [rule-id ...].
// Always exits 0: it is a report.
'use strict';
const fs = require('fs');
const path = require('path');
const { findCases, lineIndex, pct, perTask, takeSegmenterOption } = require('./lib/fixtures');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'server', 'out');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'rules');
const UNITS = { wuzhong: path.join(ROOT, 'seeds', 'units', 'wuzhong.units.txt') };

/**
 * Scores every fixture under `fixtures` with `prepared` (a PreparedBaseline); returns the per-rule
 * statistics and a list of misses and false alarms. Used by this script and by the tests.
 */
function evaluate({ prepared, fixtures = FIXTURES, only = [] } = {}) {
  let analyze, baselines, project, RULE_IDS;
  try {
    ({ analyze } = require(path.join(OUT, 'core/analyze')));
    baselines = require(path.join(OUT, 'node/baselines'));
    project = require(path.join(OUT, 'node/project'));
    ({ RULE_IDS } = require(path.join(OUT, 'core/config')));
  } catch (e) {
    throw new Error(`无法加载 server/out（请先运行 npx tsc -b server）：${e.message}`);
  }
  prepared ??= baselines.getPrepared('ningxia-2023').prepared;
  const stats = new Map(RULE_IDS.map((r) => [r, { cases: 0, planted: 0, tp: 0, fn: 0, nearMiss: 0, misplaced: 0, fpNear: 0, fpOther: 0 }]));
  const details = [];
  if (!fs.existsSync(fixtures)) throw new Error(`没有找到夹具目录 ${fixtures}`);
  for (const caseDir of findCases(fixtures)) {
    const rel = path.relative(fixtures, caseDir);
    const folderRule = rel.split(path.sep)[0];
    if (only.length && !only.includes(folderRule)) continue;
    let spec;
    try {
      spec = JSON.parse(fs.readFileSync(path.join(caseDir, 'expected.json'), 'utf8'));
    } catch (e) {
      details.push(`${rel}: expected.json 无法读取：${e.message}`);
      continue;
    }
    const text = fs.readFileSync(path.join(caseDir, 'draft.txt'), 'utf8');
    const localUnits = spec.units ? project.loadLocalUnits(UNITS[spec.units] ?? path.resolve(caseDir, spec.units)) : undefined;
    const result = analyze(text, prepared, { localUnits });
    for (const p of result.problems) details.push(`${rel}: 分析问题：${p.message}`);
    const lineOf = lineIndex(text);
    const expect = spec.expect ?? [];
    const mustNot = spec.mustNotFlag ?? [];
    const scored = new Set([folderRule, ...expect.map((e) => e.rule), ...mustNot.map((m) => m.rule)]);
    const findings = perTask(result.findings)
      .filter((f) => scored.has(f.rule))
      .map((f) => ({ ...f, line: lineOf(f.start), used: false }));
    for (const rule of scored) {
      const s = stats.get(rule) ?? stats.set(rule, { cases: 0, planted: 0, tp: 0, fn: 0, nearMiss: 0, misplaced: 0, fpNear: 0, fpOther: 0 }).get(rule);
      s.cases++;
      s.nearMiss += mustNot.filter((m) => m.rule === rule).length;
    }
    for (const e of expect) {
      const s = stats.get(e.rule);
      s.planted++;
      const hit = findings.find((f) => !f.used && f.rule === e.rule && f.line === e.line && f.message.includes(e.fragment ?? ''));
      if (hit) {
        hit.used = true;
        s.tp++;
      } else {
        s.fn++;
        const near = findings.filter((f) => f.rule === e.rule && f.message.includes(e.fragment ?? '')).map((f) => `第${f.line}行`);
        if (near.length) s.misplaced++;
        details.push(`漏报 ${e.rule} ${rel}:${e.line} 期望含“${e.fragment}”${near.length ? `（同一内容报在 ${near.join('、')}）` : ''}`);
      }
    }
    for (const f of findings) {
      if (f.used) continue;
      const s = stats.get(f.rule);
      const forbidden = mustNot.find((m) => m.rule === f.rule && m.line === f.line && (!m.fragment || f.message.includes(m.fragment)));
      if (forbidden) {
        s.fpNear++;
        details.push(`误报(近似项) ${f.rule} ${rel}:${f.line} ${f.severity} ${short(f.message)}`);
      } else if (f.severity !== 'hint') {
        s.fpOther++;
        details.push(`误报(其他行) ${f.rule} ${rel}:${f.line} ${f.severity} ${short(f.message)}`);
      }
    }
  }
  return { stats, details };
}

function main() {
  const args = takeSegmenterOption(process.argv.slice(2));
  const verbose = args.includes('--verbose') || args.includes('-v');
  const value = (flag) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const fixtures = value('--fixtures') ? path.resolve(value('--fixtures')) : FIXTURES;
  const only = args.filter((a, i) => !a.startsWith('-') && args[i - 1] !== '--fixtures');
  let result;
  try {
    result = evaluate({ fixtures, only });
  } catch (e) {
    console.log(e.message);
    return;
  }
  const { stats, details } = result;
  printTable(stats);
  if (details.length) {
    console.log('');
    console.log(`明细（${details.length} 条）：`);
    for (const d of verbose ? details : details.slice(0, 200)) console.log('  ' + d);
    if (!verbose && details.length > 200) console.log(`  …… 另有 ${details.length - 200} 条，加 --verbose 查看全部`);
  }
}

function short(s) {
  return s.length > 90 ? s.slice(0, 90) + '…' : s;
}

function printTable(stats) {
  const head = ['rule', 'cases', 'planted', 'TP', 'FN', 'FN:wrong-line', 'near-miss', 'FP(near)', 'FP(other)', 'precision', 'recall'];
  const rows = [];
  const total = { cases: 0, planted: 0, tp: 0, fn: 0, nearMiss: 0, misplaced: 0, fpNear: 0, fpOther: 0 };
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
  return [rule, String(s.cases), String(s.planted), String(s.tp), String(s.fn), String(s.misplaced), String(s.nearMiss), String(s.fpNear), String(s.fpOther), pct(s.tp, s.tp + fp), pct(s.tp, s.planted)];
}

/** Totals over all rules: planted, caught, false alarms, precision and recall. */
function totals(stats) {
  const t = { planted: 0, tp: 0, fp: 0 };
  for (const s of stats.values()) {
    t.planted += s.planted;
    t.tp += s.tp;
    t.fp += s.fpNear + s.fpOther;
  }
  return { ...t, precision: t.tp / Math.max(1, t.tp + t.fp), recall: t.tp / Math.max(1, t.planted) };
}

module.exports = { evaluate, totals };
if (require.main === module) {
  main();
  process.exitCode = 0;
}
