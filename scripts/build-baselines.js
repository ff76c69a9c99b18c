#!/usr/bin/env node
// Compiles every seeds/baselines/*.manifest.json into seeds/baselines/<id>.json and its prebuilt
// alignment index <id>.index.json (engine jieba-rs), writes the JSON
// Schema of the baseline format (seeds/baselines/baseline.schema.json) and prints the build
// reports. Deterministic: re-running gives byte-identical files. --check writes nothing and exits
// 1 when a compiled baseline or the schema is stale; --quiet prints only problems.
'use strict';
const fs = require('fs');
const path = require('path');
const { compileManifest, serializeBaseline, seedsDir, baselineJsonSchemaText, serializeIndex, indexFileOf } = require('../server/out/node/baselines');
const { prepareBaseline } = require('../server/out/core/engine');
const { createSegmenter } = require('../server/out/segment/jieba');
const { formatReport } = require('../server/out/core/baseline/report');

const dir = seedsDir();
const quiet = process.argv.includes('--quiet');
const check = process.argv.includes('--check');
let stale = 0;

function update(file, text, what) {
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (old === text) return;
  if (check) {
    console.error(`${what} 已过期：请运行 npm run build:baselines 并提交。`);
    stale++;
  } else fs.writeFileSync(file, text);
}

for (const f of fs.readdirSync(path.join(dir, 'baselines')).filter((f) => f.endsWith('.manifest.json')).sort()) {
  const { baseline, report } = compileManifest(path.join(dir, 'baselines', f), dir);
  if (report.errors.length) {
    for (const e of report.errors) console.error(`基准 ${baseline.id}：${e}`);
    process.exit(2);
  }
  const file = path.join(dir, 'baselines', `${baseline.id}.json`);
  const text = serializeBaseline(baseline);
  update(file, text, `基准 ${baseline.id}`);
  // The alignment index, prebuilt with the default engine so a check need not build it at start.
  const choice = createSegmenter(baseline.dictionary, 'jieba-rs');
  if (choice.segmenter.name !== 'jieba-rs' || !choice.signature) {
    console.error(`无法加载分词引擎 jieba-rs，不能生成对照索引：${choice.fallbackReason}`);
    process.exit(2);
  }
  update(indexFileOf(file), serializeIndex(text, choice.signature, prepareBaseline(baseline, choice.segmenter)), `基准 ${baseline.id} 的对照索引`);
  if (!quiet) console.log(formatReport(baseline, report).join('\n'));
}
update(path.join(dir, 'baselines', 'baseline.schema.json'), baselineJsonSchemaText(), '基准格式的 JSON Schema（baseline.schema.json）');
process.exit(stale ? 1 : 0);
