#!/usr/bin/env node
// Makes the Traditional-script twin of each Guangxi city draft fixture:
// test/fixtures/guangxi/<city>/draft.txt (Simplified) -> draft.tw.txt (Traditional, opencc cn→tw).
//
// The twin must give the same findings at the same offsets, so the conversion has to keep every
// line's length (opencc cn→tw maps character for character; the script checks it). Damaged
// headings are not converted character by character: mojibake is GBK bytes read one byte off, and
// converting the damaged characters would destroy it. Each city folder lists the clean text of its
// damaged headings in damaged.txt (one per line); the script finds damage(clean) in the draft and
// writes damage(cn→tw(clean)) in the twin, as a Traditional copy damaged the same way would read
// (compare seeds/guangxi-2022-shishi-yijian.txt).
//
// Usage: node scripts/make-guangxi-twin.js [--check]   (--check: exit 1 if a committed twin is stale)
// Also used by test/baselines/guangxi-draft.test.ts through makeTwin().
'use strict';
const fs = require('fs');
const path = require('path');
const iconv = require('iconv-lite');
const OpenCC = require('opencc-js');

const ROOT = path.resolve(__dirname, '..');
const DIR = path.join(ROOT, 'test', 'fixtures', 'guangxi');

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** The damage seen in the Guangxi seed: GB18030 bytes behind a stray `?` + 0xA1, read as GBK. */
function damage(clean) {
  return iconv.decode(Buffer.concat([Buffer.from([0x3f, 0xa1]), iconv.encode(clean, 'gb18030')]), 'gbk');
}

/**
 * The Traditional twin of `text`. `damagedHeadings` are the clean Simplified texts of the damaged
 * runs in `text`; each must occur (damaged) in `text`. Throws if a line changes length.
 */
function makeTwin(text, damagedHeadings = []) {
  const runs = damagedHeadings.map((clean) => {
    const bad = damage(clean);
    if (!text.includes(bad)) throw new Error(`damaged heading not found in draft: ${clean} -> ${bad}`);
    return { bad, twBad: damage(toTraditional(clean)) };
  });
  const src = text.split('\n');
  const out = src.map((line) => {
    const run = runs.find((r) => line.includes(r.bad));
    if (!run) return toTraditional(line);
    const i = line.indexOf(run.bad);
    return toTraditional(line.slice(0, i)) + run.twBad + toTraditional(line.slice(i + run.bad.length));
  });
  out.forEach((line, i) => {
    if (line.length !== src[i].length) throw new Error(`line ${i + 1} changed length in cn→tw: ${src[i].length} -> ${line.length}`);
  });
  return out.join('\n');
}

/** Reads <cityDir>/damaged.txt (clean texts of damaged headings, # comments). */
function damagedHeadingsOf(cityDir) {
  const f = path.join(cityDir, 'damaged.txt');
  if (!fs.existsSync(f)) return [];
  return fs.readFileSync(f, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

/** The twin of <cityDir>/draft.txt. */
function twinOf(cityDir) {
  return makeTwin(fs.readFileSync(path.join(cityDir, 'draft.txt'), 'utf8'), damagedHeadingsOf(cityDir));
}

function main() {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const city of fs.readdirSync(DIR).sort()) {
    const dir = path.join(DIR, city);
    if (!fs.statSync(dir).isDirectory() || !fs.existsSync(path.join(dir, 'draft.txt'))) continue;
    const twin = twinOf(dir);
    const out = path.join(dir, 'draft.tw.txt');
    if (check) {
      const same = fs.existsSync(out) && fs.readFileSync(out, 'utf8') === twin;
      if (!same) stale++;
      console.log(`${same ? 'ok   ' : 'STALE'} ${path.relative(ROOT, out)}`);
    } else {
      fs.writeFileSync(out, twin);
      console.log(`wrote ${path.relative(ROOT, out)}`);
    }
  }
  if (stale) process.exitCode = 1;
}

module.exports = { makeTwin, twinOf, damage, damagedHeadingsOf };
if (require.main === module) main();
