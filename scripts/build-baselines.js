#!/usr/bin/env node
// Compiles every seeds/baselines/*.manifest.json into seeds/baselines/<id>.json and prints
// the build report. Deterministic: re-running gives byte-identical files.
'use strict';
const fs = require('fs');
const path = require('path');
const { compileManifest, serializeBaseline, seedsDir } = require('../server/out/node/baselines');

const dir = seedsDir();
const quiet = process.argv.includes('--quiet');
const check = process.argv.includes('--check');
let stale = 0;
for (const f of fs.readdirSync(path.join(dir, 'baselines')).filter((f) => f.endsWith('.manifest.json')).sort()) {
  const { baseline, report } = compileManifest(path.join(dir, 'baselines', f), dir);
  const out = path.join(dir, 'baselines', `${baseline.id}.json`);
  const text = serializeBaseline(baseline);
  const old = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
  if (check) {
    if (old !== text) { console.error(`基准 ${baseline.id} 已过期：请运行 npm run build:baselines 并提交。`); stale++; }
  } else if (old !== text) fs.writeFileSync(out, text);
  if (!quiet) {
    console.log(`${baseline.id}  ${baseline.docNumber}  ${baseline.title}`);
    console.log(`  条款：${Object.entries(report.clausesByLevel).map(([k, v]) => `${k} ${v}`).join('，')}`);
    console.log(`  框架：${report.pillars.map((p) => `${p.name}(条款${p.clauses}/任务${p.tasks})`).join('；')}`);
    console.log(`  任务 ${report.tasks}，有完成时限 ${report.deadlines}，单位 ${report.units}，目标 ${report.goals}，词典 ${baseline.dictionary.length}`);
    for (const u of report.unparsed) console.log(`  未能解析：${u.where}「${u.text}」——${u.reason}`);
  }
}
process.exit(stale ? 1 : 0);
