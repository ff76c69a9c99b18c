#!/usr/bin/env node
// Makes a "pasted from PDF" copy of a draft: line breaks inside sentences, stray spaces inside
// words and dates, heading numbers split from their titles, half-width brackets. Deterministic.
'use strict';
const fs = require('fs');

function damage(text) {
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const out = [];
  for (const line of text.split('\n')) {
    let l = line;
    // Heading number on its own line.
    l = l.replace(/^([（(][一二三四五六七八九十]+[）)])(?=\S)/, (m) => (rand() < 0.5 ? m + '\n' : m));
    // Spaces between a year and 年, and inside the odd word.
    l = l.replace(/(20\d\d)年/g, (m, y) => (rand() < 0.6 ? `${y} 年` : m));
    l = l.replace(/([\u4e00-\u9fff])([\u4e00-\u9fff])/g, (m, a, b) => (rand() < 0.02 ? `${a} ${b}` : m));
    // Hard line breaks every ~38 characters inside long lines.
    if (l.length > 60) {
      let r = '';
      let n = 0;
      for (const ch of l) {
        r += ch;
        if (++n >= 38 && /[\u4e00-\u9fff]/.test(ch)) {
          r += '\n';
          n = 0;
        }
      }
      l = r;
    }
    out.push(l);
  }
  return out.join('\n');
}

if (require.main === module) {
  const [src, dst] = process.argv.slice(2);
  fs.writeFileSync(dst, damage(fs.readFileSync(src, 'utf8')));
}
module.exports = { damage };
