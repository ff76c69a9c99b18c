#!/usr/bin/env node
// Dumps every finding, alignment and coverage result on all blind drafts (test/blind/<case>/, as
// eval-blind.js checks them: the case's baseline, parents and units) and on all rule fixtures
// (test/fixtures/rules/, as eval-rules.js checks them), so that a rule change can be compared with the
// tree before it: which cases differ, and how. Every rule change is checked so before it is committed.
//
//   node scripts/golden-dump.js OUT.json [case ...]       (build server/out first; `fixtures` names the fixtures)
//   node scripts/golden-dump.js --compare BEFORE.json AFTER.json
//
// A dump made in a worktree of an earlier commit (ROOT=that tree) compares the same way.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { lineIndex } = require('./lib/fixtures');

const ROOT = process.env.ROOT ? path.resolve(process.env.ROOT) : path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'server', 'out');

/** What a check found, in a form that compares line by line. */
function dump(text, result) {
  const line = lineIndex(text);
  return {
    findings: result.findings.map((f) => `${line(f.start)} ${f.rule} ${f.severity} ${f.baseline} ${f.message}`),
    alignments: (result.alignments ?? []).map((a) =>
      `${a.unit}:${a.clauses.map((c) => `${c.id}@${c.score}`).join(',')}|${a.tasks.map((t) => `${t.no}@${t.score}`).join(',')}|${(a.sentenceTasks ?? []).map((t) => `${t.no}@${t.start}`).join(',')}`),
    coverage: JSON.stringify(result.coverage),
    parents: (result.parents ?? []).map((p) => JSON.stringify(p.coverage)),
  };
}

async function blindCases(only, out) {
  const cli = require(path.join(OUT, 'cli/main'));
  const dir = path.join(ROOT, 'test', 'blind');
  const shortcuts = {
    units: { wuzhong: path.join(ROOT, 'seeds', 'units', 'wuzhong.units.txt') },
    parents: { wuzhong: path.join(ROOT, 'seeds', 'wuzhong-2023-shishi-fangan.txt') },
  };
  for (const name of fs.readdirSync(dir).sort()) {
    const caseDir = path.join(dir, name);
    if (!fs.existsSync(path.join(caseDir, 'key.json')) || (only.length && !only.includes(name))) continue;
    const key = JSON.parse(fs.readFileSync(path.join(caseDir, 'key.json'), 'utf8'));
    let baseline = key.baseline ?? 'ningxia-2023';
    if (key.build) {
      const b = key.build;
      baseline = path.join(os.tmpdir(), `golden-dump-${process.pid}-${name}.json`);
      const args = ['node', 'xianjie', 'baseline', 'build', path.join(caseDir, b.body), '--id', b.id, '--out', baseline, '--quiet'];
      if (b.tasks) args.push('--tasks', path.join(caseDir, b.tasks));
      for (const [k, flag] of [['title', '--title'], ['docNumber', '--doc-number'], ['date', '--date'], ['level', '--level'], ['region', '--region']]) {
        if (b[k]) args.push(flag, b[k]);
      }
      if (b.overrides) args.push('--overrides', path.join(caseDir, b.overrides));
      await cli.main(args);
    }
    const resolve = (kind, v) => shortcuts[kind][v] ?? path.join(caseDir, v);
    const config = path.join(caseDir, 'xianjie.config.json');
    const opts = {
      baseline,
      units: key.units ? resolve('units', key.units) : undefined,
      parent: (key.parents ?? []).map((p) => resolve('parents', p)),
      config: fs.existsSync(config) ? config : undefined,
      format: 'json',
      failOn: 'never',
      quiet: true,
    };
    for (const file of [key.draft ?? 'draft.txt', ...(key.also ?? [])]) {
      const { analysed } = await cli.analyseInputs([path.join(caseDir, file)], opts);
      if (analysed[0]) out[`${name}/${file}`] = dump(analysed[0].text, analysed[0].result);
    }
  }
}

function fixtureCases(out) {
  const { analyze } = require(path.join(OUT, 'core/analyze'));
  const { getPrepared } = require(path.join(OUT, 'node/baselines'));
  const project = require(path.join(OUT, 'node/project'));
  const { prepared } = getPrepared('ningxia-2023');
  const units = { wuzhong: path.join(ROOT, 'seeds', 'units', 'wuzhong.units.txt') };
  const base = path.join(ROOT, 'test', 'fixtures', 'rules');
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else if (e.name === 'expected.json') {
        const spec = JSON.parse(fs.readFileSync(path.join(d, e.name), 'utf8'));
        const text = fs.readFileSync(path.join(d, 'draft.txt'), 'utf8');
        const localUnits = spec.units ? project.loadLocalUnits(units[spec.units] ?? path.resolve(d, spec.units)) : undefined;
        out[`fixtures/${path.relative(base, d)}`] = dump(text, analyze(text, prepared, { localUnits }));
      }
    }
  };
  walk(base);
}

function compare(beforeFile, afterFile) {
  const a = JSON.parse(fs.readFileSync(beforeFile, 'utf8'));
  const b = JSON.parse(fs.readFileSync(afterFile, 'utf8'));
  let differing = 0;
  for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    if (!a[k] || !b[k]) {
      console.log(`${a[k] ? '只在前' : '只在后'}  ${k}`);
      continue;
    }
    for (const part of ['findings', 'alignments', 'coverage', 'parents']) {
      if (JSON.stringify(a[k][part]) === JSON.stringify(b[k][part])) continue;
      differing++;
      console.log(`不同  ${k}  ${part}`);
      if (part !== 'findings') continue;
      const before = new Set(a[k].findings);
      const after = new Set(b[k].findings);
      for (const f of a[k].findings) if (!after.has(f)) console.log(`  - ${f}`);
      for (const f of b[k].findings) if (!before.has(f)) console.log(`  + ${f}`);
    }
  }
  console.log(`共 ${differing} 处不同`);
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--compare') {
    if (args.length !== 3) throw new Error('用法：node scripts/golden-dump.js --compare 前.json 后.json');
    return compare(args[1], args[2]);
  }
  if (!args[0]) throw new Error('用法：node scripts/golden-dump.js 输出.json [案例名 …]');
  const only = args.slice(1);
  const out = {};
  const blind = only.filter((c) => c !== 'fixtures');
  if (!only.length || blind.length) await blindCases(blind, out);
  if (!only.length || only.includes('fixtures')) fixtureCases(out);
  fs.writeFileSync(args[0], JSON.stringify(out));
  console.log(`已写出 ${Object.keys(out).length} 个案例的检查结果：${args[0]}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(2);
});
