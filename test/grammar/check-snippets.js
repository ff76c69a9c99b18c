#!/usr/bin/env node
'use strict';
// 校验 snippets/xianjie-plan.code-snippets：
//   1. 文件是合法 JSON（不含注释）；
//   2. 每个片段都有 prefix、body、description，scope 含 xianjie-plan，prefix 不重复；
//   3. body 中的占位符合 VS Code 片段语法：${ 与 } 成对，$1 / ${1} / ${1:默认值} / ${1|甲,乙|} / ${VAR} 写法正确，
//      同一编号的占位符不得给出两个不同的默认值。
// 用法：node test/grammar/check-snippets.js [片段文件路径]；发现问题时逐条列出并以退出码 1 结束。

const fs = require('fs');
const path = require('path');

const file = process.argv[2] || path.join(__dirname, '..', '..', 'snippets', 'xianjie-plan.code-snippets');
const errors = [];

/** 解析片段正文，返回占位符列表；语法错误时抛出带位置的异常。 */
function parseBody(text) {
  const stops = [];
  let i = 0;

  function fail(msg, at = i) {
    const err = new Error(`${msg}（第 ${at + 1} 个字符附近：${JSON.stringify(text.slice(Math.max(0, at - 8), at + 8))}）`);
    throw err;
  }

  // 读取文本直到遇到 stopChars 中的字符（未转义）或结尾；处理 $ 引导的结构。
  function parseText(stopChars, depth) {
    let out = '';
    while (i < text.length) {
      const c = text[i];
      if (c === '\\') {
        const next = text[i + 1];
        if (next === '$' || next === '}' || next === '\\' || (depth > 0 && (next === ',' || next === '|'))) {
          out += next;
          i += 2;
          continue;
        }
        out += c;
        i += 1;
        continue;
      }
      if (stopChars.includes(c)) return out;
      if (c === '$') {
        out += parseDollar(depth);
        continue;
      }
      out += c;
      i += 1;
    }
    if (stopChars.length) fail(`占位符未闭合，缺少“${stopChars.join('”或“')}”`);
    return out;
  }

  function parseDollar(depth) {
    const start = i;
    i += 1; // 跳过 $
    let m;
    if ((m = /^\d+/.exec(text.slice(i)))) {
      i += m[0].length;
      stops.push({ index: Number(m[0]), value: undefined, at: start });
      return '';
    }
    if ((m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i)))) {
      i += m[0].length;
      return '';
    }
    if (text[i] !== '{') return '$'; // 单独的 $ 按普通字符处理
    i += 1; // 跳过 {
    let key;
    if ((m = /^\d+/.exec(text.slice(i)))) key = Number(m[0]);
    else if ((m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i)))) key = m[0];
    else fail('“${”后应为占位符编号或变量名', start);
    i += m[0].length;
    const c = text[i];
    if (c === '}') {
      i += 1;
      if (typeof key === 'number') stops.push({ index: key, value: undefined, at: start });
      return '';
    }
    if (c === ':') {
      i += 1;
      const value = parseText(['}'], depth + 1);
      i += 1; // 跳过 }
      if (typeof key === 'number') stops.push({ index: key, value, at: start });
      return value;
    }
    if (c === '|' && typeof key === 'number') {
      i += 1;
      const options = [];
      for (;;) {
        options.push(parseText([',', '|'], depth + 1));
        if (text[i] === ',') { i += 1; continue; }
        i += 1; // 跳过 |
        if (text[i] !== '}') fail('选项占位符应以“|}”结尾', start);
        i += 1;
        break;
      }
      if (options.some((o) => o === '')) fail('选项占位符含空选项', start);
      stops.push({ index: key, value: options[0], choice: options, at: start });
      return options[0];
    }
    if (c === '/') {
      // 变换：${1/正则/格式/选项}，只检查三段齐全且闭合
      let slashes = 0;
      while (i < text.length && !(text[i] === '}' && slashes >= 3)) {
        if (text[i] === '\\') { i += 2; continue; }
        if (text[i] === '/') slashes += 1;
        i += 1;
      }
      if (text[i] !== '}' || slashes < 3) fail('变换占位符格式不完整', start);
      i += 1;
      return '';
    }
    fail(`占位符“\${${key}”后出现了意外字符 ${JSON.stringify(c === undefined ? '（结尾）' : c)}`, start);
    return '';
  }

  parseText([], 0);
  return stops;
}

let data;
try {
  data = JSON.parse(fs.readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`片段文件无法解析为 JSON：${file}\n  ${e.message}`);
  process.exit(1);
}

if (!data || typeof data !== 'object' || Array.isArray(data) || Object.keys(data).length === 0) {
  errors.push('片段文件应为非空对象，键为片段名称。');
}

const seenPrefixes = new Map();
for (const [name, snip] of Object.entries(data || {})) {
  const where = `片段“${name}”`;
  if (!snip || typeof snip !== 'object') { errors.push(`${where}：应为对象。`); continue; }

  const prefixes = typeof snip.prefix === 'string' ? [snip.prefix] : snip.prefix;
  if (!Array.isArray(prefixes) || prefixes.length === 0 || prefixes.some((p) => typeof p !== 'string' || p.trim() === '')) {
    errors.push(`${where}：缺少 prefix，或 prefix 含空值。`);
  } else {
    for (const p of prefixes) {
      if (seenPrefixes.has(p)) errors.push(`${where}：prefix “${p}”与片段“${seenPrefixes.get(p)}”重复。`);
      else seenPrefixes.set(p, name);
    }
  }

  if (typeof snip.description !== 'string' || snip.description.trim() === '') {
    errors.push(`${where}：缺少 description。`);
  }

  if (typeof snip.scope !== 'string' || !snip.scope.split(',').map((s) => s.trim()).includes('xianjie-plan')) {
    errors.push(`${where}：scope 应包含 xianjie-plan。`);
  }

  const body = typeof snip.body === 'string' ? snip.body : Array.isArray(snip.body) && snip.body.every((l) => typeof l === 'string') ? snip.body.join('\n') : undefined;
  if (body === undefined || body.trim() === '') { errors.push(`${where}：缺少 body，或 body 不是字符串（数组）。`); continue; }

  let stops;
  try {
    stops = parseBody(body);
  } catch (e) {
    errors.push(`${where}：${e.message}`);
    continue;
  }
  const defaults = new Map();
  for (const s of stops) {
    if (s.value === undefined || s.value === '') continue;
    const prev = defaults.get(s.index);
    if (prev !== undefined && prev !== s.value) {
      errors.push(`${where}：占位符 $${s.index} 给出了不同的默认值（“${prev}”与“${s.value}”）。`);
    } else defaults.set(s.index, s.value);
  }
  if (stops.filter((s) => s.index !== 0).length === 0 && !/\$0/.test(body) && body.length > 200) {
    errors.push(`${where}：正文较长却没有任何占位符，请确认是否遗漏。`);
  }
}

if (errors.length) {
  console.error(`片段校验未通过（${path.relative(process.cwd(), file)}），共 ${errors.length} 处问题：`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
}
console.log(`片段校验通过：${Object.keys(data).length} 个片段（${path.relative(process.cwd(), file)}）。`);
