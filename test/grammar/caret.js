#!/usr/bin/env node
'use strict';
// 编写语法测试的辅助工具：为一行原文中的某个子串生成 vscode-tmgrammar-test 断言行。
// vscode-tmgrammar-test 按 UTF-16 码元计列：每个汉字、全角标点计 1 列，扩展区汉字（代理对）计 2 列。
// 生成的断言行以全角空格（U+3000）占位汉字、半角空格占位半角字符，使插入符在等宽字体中与原文大体对齐；
// 子串位于前两列（被行首“//”占用）时改用“<~~--”写法。
//
// 用法：node test/grammar/caret.js <原文行> <子串> <作用域…> [--nth N]
//   例：node test/grammar/caret.js '（责任单位：市数据局）' '市数据局' entity.name.unit.xianjie-plan
//   否定断言：作用域前加“-”，如 '- constant.other.deadline.xianjie-plan'

const args = process.argv.slice(2);
let nth = 0;
const k = args.indexOf('--nth');
if (k >= 0) {
  nth = Number(args[k + 1]) || 0;
  args.splice(k, 2);
}
const [line, sub, ...scopes] = args;
if (!line || !sub || scopes.length === 0) {
  console.error('用法：node test/grammar/caret.js <原文行> <子串> <作用域…> [--nth N]');
  process.exit(2);
}
let from = -1;
for (let i = 0; i <= nth; i++) from = line.indexOf(sub, from + 1);
if (from < 0) {
  console.error(`原文中找不到第 ${nth + 1} 处“${sub}”。`);
  process.exit(1);
}
const scope = scopes.join(' ');
if (from < 2) {
  console.log(`// <${'~'.repeat(from)}${'-'.repeat(sub.length)} ${scope}`);
} else {
  let pad = '';
  for (let i = 2; i < from; i++) {
    const c = line.charCodeAt(i);
    if (line[i] === '\t') pad += '\t';
    else if (c < 0x7f || (c >= 0xd800 && c <= 0xdfff)) pad += ' ';
    else pad += '\u3000';
  }
  console.log(`//${pad}${'^'.repeat(sub.length)} ${scope}`);
}
