#!/usr/bin/env node
// Scores the checker on the BLIND drafts in test/blind/<case>/ (key.json + draft files; format in
// test/blind/KEY-FORMAT.md). The drafts were written by writers who never saw the rule code, so these
// figures are the honest ones. Each draft file goes through the same path as `xianjie check`
// (cli/main.ts analyseInputs): the case's baseline (built in, or built from the case's province text
// with `baseline build`), its parent plans and its units file.
//
// Scoring:
//  - A finding matches a key entry when the rule agrees, the 1-based line agrees (key line 0 = any
//    line), and the entry's `text` (if any) occurs in the message or in the lines the finding covers,
//    `pillar` occurs in the message, `task` N is named in the message as 第N项.
//  - Every rule except task-uncovered is fully annotated: an unmatched error/warning/information
//    finding is a false alarm (FP(near) when a mustNotFlag entry forbids it). Hints (the full name
//    of a registered short name) are advice, never scored; their count is printed.
//  - task-uncovered is scored through `expect` entries and `covers` (a finding naming a covered task
//    is a false alarm); other task-uncovered findings are counted as "unscored". A covers entry with no
//    task number is not used.
//  - placeholder-unfilled (【待填】, 待定, XX left in a plan being drafted) is not in the key format's
//    rule table, so writers do not annotate it: its findings are "unscored" unless a key entry names them.
//
// Usage: node scripts/eval-blind.js [--verbose] [--json] [--segmenter jieba-rs|nodejieba|fallback] [case ...]   (build server/out first)
// Exits 0: it is a report. test/blind/gate.test.js turns the figures into a CI gate.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { lineIndex, pct, perTask, takeSegmenterOption } = require('./lib/fixtures');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'server', 'out');
const BLIND = path.join(ROOT, 'test', 'blind');
const SHORTCUTS = {
  units: { wuzhong: path.join(ROOT, 'seeds', 'units', 'wuzhong.units.txt') },
  parents: { wuzhong: path.join(ROOT, 'seeds', 'wuzhong-2023-shishi-fangan.txt') },
};
const PARTIAL = new Set(['task-uncovered', 'placeholder-unfilled']);

function findBlindCases(dir = BLIND) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, 'key.json')))
    .map((e) => path.join(dir, e.name))
    .sort();
}

function blankStat() {
  return { planted: 0, tp: 0, fn: 0, nearMiss: 0, fpNear: 0, fpOther: 0, unscored: 0, hints: 0 };
}

/** Builds the case's own baseline from its province text (cached per case for one run). */
async function buildBaseline(caseDir, build, cli) {
  const out = path.join(os.tmpdir(), `xianjie-blind-${process.pid}-${path.basename(caseDir)}.json`);
  const args = ['node', 'xianjie', 'baseline', 'build', path.join(caseDir, build.body), '--id', build.id, '--out', out, '--quiet'];
  if (build.tasks) args.push('--tasks', path.join(caseDir, build.tasks));
  for (const [key, flag] of [['title', '--title'], ['docNumber', '--doc-number'], ['date', '--date'], ['level', '--level'], ['region', '--region']]) {
    if (build[key]) args.push(flag, build[key]);
  }
  if (build.overrides) args.push('--overrides', path.join(caseDir, build.overrides));
  const code = await cli.main(args);
  if (code !== 0) throw new Error(`baseline build 退出码 ${code}`);
  return out;
}

/**
 * Whether finding f answers key entry `entry`. Strict: the entry's text is in the message or in the
 * finding's own span. Loose (loose = true): anywhere on the lines the finding covers, for pasted text
 * whose quoted date or name is split differently from the key's.
 */
function matches(entry, f, text, loose = true) {
  if (entry.rule !== f.rule) return false;
  if (entry.line && entry.line !== f.line) return false;
  // A message quotes the higher level as its baseline holds it, in Traditional characters where the
  // seed is (广西): names and titles are compared in Simplified, as the checker itself compares them.
  const { foldForMatching: fold } = require(path.join(OUT, 'core/text/fold'));
  if (entry.pillar && !fold(f.message).includes(fold(entry.pillar))) return false;
  if (entry.task !== undefined && !new RegExp(`第${entry.task}项(?![0-9])`).test(f.message)) return false;
  if (entry.text) {
    if (fold(f.message).includes(fold(entry.text)) || text.slice(f.start, f.end).includes(entry.text)) return true;
    if (!loose || !linesText(text, f.start, f.end).includes(entry.text)) return false;
  }
  return true;
}

/** The full lines a finding covers (so a key's text matches wherever on its line it was quoted). */
function linesText(text, start, end) {
  const from = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
  let to = text.indexOf('\n', Math.max(start, end - 1));
  if (to < 0) to = text.length;
  return text.slice(from, to);
}

/** Scores every case; returns per-rule stats, per-draft rows and the lists of misses and alarms. */
async function evaluate({ only = [] } = {}) {
  const cli = require(path.join(OUT, 'cli/main'));
  const { RULE_IDS } = require(path.join(OUT, 'core/config'));
  const stats = new Map(RULE_IDS.map((r) => [r, blankStat()]));
  const drafts = [];
  const misses = [];
  const alarms = [];
  const mentioned = { covered: 0, omitted: 0, unlabelled: 0 };
  const notes = [];
  for (const caseDir of findBlindCases()) {
    const name = path.basename(caseDir);
    if (only.length && !only.includes(name)) continue;
    let key;
    try {
      key = JSON.parse(fs.readFileSync(path.join(caseDir, 'key.json'), 'utf8'));
    } catch (e) {
      notes.push(`${name}: key.json 无法读取：${e.message}`);
      continue;
    }
    let baseline = key.baseline ?? 'ningxia-2023';
    try {
      if (key.build) baseline = await buildBaseline(caseDir, key.build, cli);
    } catch (e) {
      notes.push(`${name}: 无法编译基准：${e.message}`);
      continue;
    }
    const resolve = (kind, v) => SHORTCUTS[kind][v] ?? path.join(caseDir, v);
    const opts = {
      baseline,
      units: key.units ? resolve('units', key.units) : undefined,
      parent: (key.parents ?? []).map((p) => resolve('parents', p)),
      config: fs.existsSync(path.join(caseDir, 'xianjie.config.json')) ? path.join(caseDir, 'xianjie.config.json') : undefined,
      format: 'json',
      failOn: 'never',
      quiet: true,
    };
    for (const file of [key.draft ?? 'draft.txt', ...(key.also ?? [])]) {
      const label = `${name}/${file}`;
      let analysed, errors;
      try {
        ({ analysed, errors } = await cli.analyseInputs([path.join(caseDir, file)], opts));
      } catch (e) {
        notes.push(`${label}: 检查失败：${e.message}`);
        continue;
      }
      for (const e of errors) notes.push(`${label}: ${e.message}`);
      if (!analysed.length) continue;
      const { text, result } = analysed[0];
      for (const p of result.problems) notes.push(`${label}: 分析问题：${p.message}`);
      const lineOf = lineIndex(text);
      const findings = perTask(result.findings).map((f) => ({ ...f, line: lineOf(f.start), used: false }));
      const row = { draft: label, planted: 0, found: 0, falseAlarms: 0, falseAlarmLines: [] };
      const expect = [...(key.expect ?? [])].sort((a, b) => (a.line === 0) - (b.line === 0));
      const mustNot = key.mustNotFlag ?? [];
      for (const m of mustNot) stats.get(m.rule) && stats.get(m.rule).nearMiss++;
      for (const e of expect) {
        const s = stats.get(e.rule);
        if (!s) {
          notes.push(`${label}: 未知规则 ${e.rule}`);
          continue;
        }
        s.planted++;
        row.planted++;
        // Hints never answer a planted mistake; a strict match is preferred over a loose one.
        const open = findings.filter((f) => !f.used && f.severity !== 'hint');
        const hit = open.find((f) => matches(e, f, text, false)) ?? open.find((f) => matches(e, f, text, true));
        if (hit) {
          hit.used = true;
          s.tp++;
          row.found++;
        } else {
          s.fn++;
          const what = e.text ?? e.pillar ?? (e.task !== undefined ? `第${e.task}项` : '');
          misses.push(`漏报 ${e.rule} ${label}:${e.line || '任意行'} “${what}”${e.why ? ` —— ${e.why}` : ''}`);
        }
      }
      // A covers entry without a task number (a baseline with no numbered list, the writer naming the
      // clause instead) cannot say which finding it forbids: it is not used.
      const covers = (key.covers ?? []).filter((c) => Number.isInteger(c.task)).map((c) => ({ rule: 'task-uncovered', line: 0, task: c.task }));
      // Tasks shown as 可能已覆盖 (only mentioned): which the key says are taken up or left out.
      const applicable = new Set(result.coverage.tasks.applicable);
      const omitted = new Set(expect.filter((e) => e.rule === 'task-uncovered').map((e) => e.task));
      for (const m of result.coverage.tasks.mentioned) {
        if (!applicable.has(m.no)) continue;
        const kind = covers.some((c) => c.task === m.no) ? 'covered' : omitted.has(m.no) ? 'omitted' : 'unlabelled';
        mentioned[kind]++;
        if (kind === 'omitted') alarms.push(`可能已覆盖 ${label}: 第${m.no}项（密钥记为有意略去）`);
      }
      for (const f of findings) {
        if (f.used) continue;
        const s = stats.get(f.rule);
        // Hints are advice (a registered short name's full form), not findings: never scored.
        if (f.severity === 'hint') {
          s.hints++;
          continue;
        }
        const forbidden = [...mustNot, ...covers].find((m) => matches(m, f, text));
        if (forbidden) s.fpNear++;
        else if (PARTIAL.has(f.rule)) {
          s.unscored++;
          continue;
        } else s.fpOther++;
        if (f.severity === 'error' || f.severity === 'warning') {
          row.falseAlarms++;
        }
        alarms.push(`误报 ${f.rule} ${label}:${f.line} ${f.severity} ${f.message.length > 120 ? f.message.slice(0, 120) + '…' : f.message}`);
      }
      drafts.push(row);
    }
  }
  return { stats, drafts, misses, alarms, notes, mentioned };
}

function ruleRows(stats) {
  const rows = [];
  for (const [rule, s] of stats) {
    const fp = s.fpNear + s.fpOther;
    if (s.planted + fp + s.nearMiss === 0) continue;
    rows.push({ rule, ...s, precision: s.tp + fp ? s.tp / (s.tp + fp) : null, recall: s.planted ? s.tp / s.planted : null });
  }
  return rows;
}

function printTable(head, rows) {
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(width[i]) : String(c).padStart(width[i]))).join('  ');
  console.log(line(head));
  console.log(width.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

async function main() {
  const args = takeSegmenterOption(process.argv.slice(2));
  const verbose = args.includes('--verbose') || args.includes('-v');
  const asJson = args.includes('--json');
  const only = args.filter((a) => !a.startsWith('-'));
  const { stats, drafts, misses, alarms, notes, mentioned } = await evaluate({ only });
  const rules = ruleRows(stats);
  if (asJson) {
    process.stdout.write(JSON.stringify({ rules, drafts, misses, alarms, notes, mentioned }, null, 2) + '\n');
    return;
  }
  printTable(
    ['rule', 'planted', 'TP', 'FN', 'near-miss', 'FP(near)', 'FP(other)', 'unscored', 'hints', 'precision', 'recall'],
    rules.map((r) => [r.rule, r.planted, r.tp, r.fn, r.nearMiss, r.fpNear, r.fpOther, r.unscored, r.hints, pct(r.tp, r.tp + r.fpNear + r.fpOther), pct(r.tp, r.planted)]),
  );
  console.log('');
  const tot = drafts.reduce((a, d) => ({ planted: a.planted + d.planted, found: a.found + d.found, fa: a.fa + d.falseAlarms }), { planted: 0, found: 0, fa: 0 });
  printTable(
    ['draft', 'planted', 'found', 'false alarms (error/warning)'],
    [...drafts.map((d) => [d.draft, d.planted, d.found, d.falseAlarms]), ['ALL ' + drafts.length, tot.planted, `${tot.found} (${pct(tot.found, tot.planted)})`, `${tot.fa} (${drafts.length ? (tot.fa / drafts.length).toFixed(1) : '—'} per draft)`]],
  );
  console.log(`\n可能已覆盖（仅有较弱证据，不报 task-uncovered）：密钥记为已承接 ${mentioned.covered} 项，有意略去 ${mentioned.omitted} 项，未标注 ${mentioned.unlabelled} 项。`);
  for (const [title, list] of [['漏报', misses], ['误报', alarms], ['其他', notes]]) {
    if (!list.length) continue;
    console.log(`\n${title}（${list.length} 条）：`);
    for (const d of list) console.log('  ' + (verbose || d.length < 200 ? d : d.slice(0, 200) + '…'));
  }
}

module.exports = { evaluate, ruleRows, findBlindCases };

if (require.main === module) {
  main().then(
    () => (process.exitCode = 0),
    (e) => {
      console.error(e);
      process.exitCode = 0;
    },
  );
}
