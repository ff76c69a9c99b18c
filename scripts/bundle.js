#!/usr/bin/env node
// Bundles the extension for packaging: client -> dist/extension.js (vscode external) and the
// language server -> dist/server.js (the segmentation engines external), plus the runtime files of
// @node-rs/jieba with this machine's binary in dist/node_modules/@node-rs/jieba, where the bundled
// server's require finds them. scripts/package-vsix.js swaps in each target's binary.
// --cli instead bundles the command line into server/out/cli/xianjie.js (npm run build does), which
// bin/xianjie.js loads while it is newer than the last tsc build: one file starts faster than ~100.
'use strict';
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');
const { JIEBA_RUNTIME_FILES, nodeRsJieba, TARGETS, hostTarget } = require('./lib/targets');

const ROOT = path.resolve(__dirname, '..');
const common = { bundle: true, platform: 'node', target: 'node18', format: 'cjs', sourcemap: true, logLevel: 'warning', absWorkingDir: ROOT };
// nodejieba stays a choice (setting `segmenter`), loaded only when installed beside the server.
const ENGINES = ['@node-rs/jieba', 'nodejieba'];

/**
 * Copies @node-rs/jieba's loader and dictionary to `dest` and, when `binary` is given, that binary
 * under the name its loader looks for first (jieba.<abi>.node beside index.js).
 */
function stageJieba(dest, abi, binary) {
  const { dir } = nodeRsJieba(ROOT);
  fs.rmSync(dest, { recursive: true, force: true });
  fs.mkdirSync(dest, { recursive: true });
  for (const f of JIEBA_RUNTIME_FILES) fs.copyFileSync(path.join(dir, f), path.join(dest, f));
  if (binary) fs.copyFileSync(binary, path.join(dest, `jieba.${abi}.node`));
}

/** This machine's binary, from the installed platform package. */
function hostBinary() {
  const target = hostTarget();
  if (!target) return undefined;
  const { abi } = TARGETS[target];
  try {
    const pkg = path.dirname(require.resolve(`@node-rs/jieba-${abi}/package.json`, { paths: [ROOT] }));
    return { abi, file: path.join(pkg, `jieba.${abi}.node`) };
  } catch {
    return undefined;
  }
}

/** The CLI as one file beside server/out/cli/main.js (same folder, so its relative paths hold). */
async function bundleCli() {
  // Modules a plain check never loads (charset guessing, the language server and its JSONC editing, the
  // progress bar) stay outside, so their source is not read at start.
  const lazy = ['jschardet', 'exceljs', 'pdfjs-dist', 'word-extractor', 'vscode-languageserver', 'vscode-languageserver-textdocument', 'jsonc-parser', 'cli-progress'];
  await esbuild.build({ ...common, sourcemap: false, target: 'node20', entryPoints: ['server/src/cli/main.ts'], outfile: 'server/out/cli/xianjie.js', external: [...ENGINES, ...lazy] });
}

async function main() {
  if (process.argv.includes('--cli')) {
    await bundleCli();
    return;
  }
  const watch = process.argv.includes('--watch');
  const builds = [
    { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
    // jsonc-parser's UMD build requires its parts at run time, which a bundle cannot follow: take its ES modules.
    { ...common, entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/server.js', external: [...ENGINES, 'exceljs', 'pdfjs-dist', 'word-extractor'], alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' } },
  ];
  if (watch) {
    for (const b of builds) await (await esbuild.context(b)).watch();
    console.log('bundle: watching client and server');
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));
  fs.rmSync(path.join(ROOT, 'dist', 'node_modules'), { recursive: true, force: true });
  const host = hostBinary();
  stageJieba(path.join(ROOT, 'dist', 'node_modules', '@node-rs', 'jieba'), host?.abi, host?.file);
  console.log(`bundle: wrote dist/extension.js, dist/server.js and @node-rs/jieba${host ? ` with the ${host.abi} binary` : ' without a binary for this machine'}`);
}

module.exports = { stageJieba };
if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
