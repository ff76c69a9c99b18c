#!/usr/bin/env node
// Runs a script under another major version of Node, fetched from the npm registry as the
// node-<platform>-<arch> package (the binaries nodejs.org publishes, repackaged) into a cache directory:
// the speed goals measured on the Node lines users run (VS Code's extension host, a maintained LTS),
// not only on the one this machine has. Nothing is installed globally.
//
//   node scripts/with-node.js 24 scripts/bench.js --runs 3
//   node scripts/with-node.js 22 scripts/lsp-latency.js --edits 50
//
// The cache is $XIANJIE_NODE_CACHE or ~/.cache/xianjie-node; each major version has its own folder.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [major, script, ...rest] = process.argv.slice(2);
if (!/^\d{2}$/.test(major ?? '') || !script) {
  console.error('用法：node scripts/with-node.js <Node 主版本号，如 24> <脚本> [参数…]');
  process.exit(2);
}
const platform = process.platform === 'win32' ? 'win' : process.platform;
const pkg = `node-${platform}-${process.arch}`;
const dir = path.join(process.env.XIANJIE_NODE_CACHE || path.join(os.homedir(), '.cache', 'xianjie-node'), major);
const bin = path.join(dir, 'node_modules', pkg, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');

if (!fs.existsSync(bin)) {
  fs.mkdirSync(dir, { recursive: true });
  if (!fs.existsSync(path.join(dir, 'package.json'))) fs.writeFileSync(path.join(dir, 'package.json'), '{"private":true}\n');
  console.error(`[with-node] 正在从 npm 安装 ${pkg}@${major} 到 ${dir}`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['install', '--no-audit', '--no-fund', '--loglevel=error', `${pkg}@${major}`], { cwd: dir, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0 || !fs.existsSync(bin)) {
    console.error(`[with-node] 安装 ${pkg}@${major} 失败（npm 退出码 ${r.status}）。请检查 npm 能否访问软件源。`);
    process.exit(1);
  }
}
const version = spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim();
console.error(`[with-node] ${version}（${bin}）`);
const r = spawnSync(bin, [script, ...rest], { stdio: 'inherit' });
process.exit(r.status ?? 1);
