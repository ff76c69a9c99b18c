#!/usr/bin/env node
// Writes seeds/segment/cppjieba-hmm.json from nodejieba's copy of cppjieba (a devDependency): the HMM
// model (dict/hmm_model.utf8) and the user dictionary (dict/user.dict.utf8, words with the weights
// cppjieba gives them). jieba-rs uses both to cut text exactly as nodejieba does (core/segment/mix.ts).
// --check writes nothing and exits 1 when the file is stale.
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'seeds', 'segment', 'cppjieba-hmm.json');
const { parseHmmModelText } = require(path.join(ROOT, 'server/out/core/segment/mix'));

const cppjieba = path.join(path.dirname(require.resolve('nodejieba/package.json', { paths: [ROOT] })), 'submodules', 'cppjieba');
const dict = path.join(cppjieba, 'dict');
const model = parseHmmModelText(fs.readFileSync(path.join(dict, 'hmm_model.utf8'), 'utf8'));
// cppjieba gives a user word without a frequency the median weight of its main dictionary.
const freqs = fs.readFileSync(path.join(dict, 'jieba.dict.utf8'), 'utf8').split('\n').filter(Boolean).map((l) => Number(l.split(' ')[1])).sort((a, b) => a - b);
const median = freqs[Math.floor(freqs.length / 2)];
const userDict = fs
  .readFileSync(path.join(dict, 'user.dict.utf8'), 'utf8')
  .split(/\r?\n/)
  .filter((l) => l.trim())
  .map((l) => {
    const [word, a, b] = l.trim().split(/\s+/);
    const freq = /^\d+$/.test(a ?? '') ? Number(a) : median;
    const tag = /^\d+$/.test(a ?? '') ? b : a;
    return [word, String(freq), tag].filter(Boolean).join(' ');
  });
const version = JSON.parse(fs.readFileSync(path.join(path.dirname(cppjieba), '..', 'package.json'), 'utf8')).version;
const text =
  JSON.stringify({
    $comment: `cppjieba 的 HMM 模型与用户词典，取自 nodejieba ${version}（MIT 许可，见 LICENSE-cppjieba），由 scripts/build-hmm-model.js 生成，请勿手工修改。`,
    userDict,
    ...model,
  }) + '\n';
const license = fs.readFileSync(path.join(cppjieba, 'LICENSE'), 'utf8');
const files = [[OUT, text], [path.join(path.dirname(OUT), 'LICENSE-cppjieba'), license]];
let stale = 0;
for (const [file, content] of files) {
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (old === content) continue;
  if (process.argv.includes('--check')) {
    console.error(`${path.relative(ROOT, file)} 已过期：请运行 node scripts/build-hmm-model.js 并提交。`);
    stale++;
  } else {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    console.log(`已写入 ${path.relative(ROOT, file)}（${content.length} 字符）`);
  }
}
process.exitCode = stale ? 1 : 0;
