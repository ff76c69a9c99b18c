#!/usr/bin/env node
// Writes seeds/segment/jieba-dict.txt: @node-rs/jieba's dictionary with cppjieba's user words merged in
// (seeds/segment/cppjieba-hmm.json), regrouped so the engine can load only the part a text can use.
// Each word goes in the group of its rarest character (rarest by the summed weight of the words that
// hold it); a text needs at most the groups of its own characters, since a word with a character the
// text lacks cannot match in it. The first line is a header: the source's version, size and digest,
// then the groups in file order (their characters, byte lengths and summed weights). Part-of-speech
// tags are left out (cutting does not use them). See server/src/segment/grouped-dict.ts.
// --check writes nothing and exits 1 when the file is stale.
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { writeGenerated } = require('./lib/generated');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'seeds', 'segment', 'jieba-dict.txt');
const pkgDir = path.dirname(require.resolve('@node-rs/jieba/package.json', { paths: [ROOT] }));
const source = fs.readFileSync(path.join(pkgDir, 'dict.txt'));
const version = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;
const userDict = JSON.parse(fs.readFileSync(path.join(ROOT, 'seeds', 'segment', 'cppjieba-hmm.json'), 'utf8')).userDict;

// The dictionary as the engine holds it after loading dict.txt and then the user words: a later
// line for the same word replaces its weight, keeping the word's first place.
const weights = new Map();
const parse = (line) => {
  const [word, freq] = line.trim().split(/\s+/);
  if (!word) return;
  if (freq !== undefined && !/^\d+$/.test(freq)) throw new Error(`词典行的词频不是整数：${line}`);
  weights.set(word, Number(freq ?? 0));
};
for (const line of source.toString('utf8').split('\n')) parse(line);
for (const line of userDict) parse(line);

// How common each character is: the summed weight of the words that hold it.
const charWeight = new Map();
for (const [word, freq] of weights) for (const c of new Set(word)) charWeight.set(c, (charWeight.get(c) ?? 0) + freq);
const rarer = (a, b) => charWeight.get(a) - charWeight.get(b) || (a < b ? -1 : a > b ? 1 : 0);
const groups = new Map();
for (const [word, freq] of weights) {
  const rarest = [...new Set(word)].sort(rarer)[0];
  if (!groups.has(rarest)) groups.set(rarest, []);
  groups.get(rarest).push(`${word} ${freq}\n`);
}
// Common characters' groups first (any order would do; this one keeps a draft's groups near each other).
const order = [...groups.keys()].sort((a, b) => -rarer(a, b));
const bodies = order.map((c) => groups.get(c).join(''));
const header = {
  $comment: `@node-rs/jieba ${version} 的词典（MIT 许可）并入 cppjieba 用户词，按字分组，由 scripts/build-jieba-dict.js 生成，请勿手工修改。`,
  source: { package: '@node-rs/jieba', version, bytes: source.length, sha256: crypto.createHash('sha256').update(source).digest('hex') },
  words: weights.size,
  chars: order.join(''),
  bytes: bodies.map((b) => Buffer.byteLength(b)),
  weights: order.map((c) => groups.get(c).reduce((s, l) => s + Number(l.slice(l.lastIndexOf(' ') + 1)), 0)),
};
const text = `#xianjie-jieba-dict ${JSON.stringify(header)}\n${bodies.join('')}`;

writeGenerated(OUT, text, 'scripts/build-jieba-dict.js', `${weights.size} 词，${order.length} 组，${Buffer.byteLength(text)} 字节`);
