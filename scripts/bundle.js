#!/usr/bin/env node
// Bundles the extension for packaging: client -> dist/extension.js (vscode external) and the
// language server -> dist/server.js (nodejieba external), plus nodejieba's runtime files copied to
// dist/node_modules/nodejieba, where the bundled server's require('nodejieba') finds them (vsce never
// packs the top-level node_modules when dependencies are bundled).
'use strict';
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..');
const common = { bundle: true, platform: 'node', target: 'node18', format: 'cjs', sourcemap: true, logLevel: 'warning', absWorkingDir: ROOT };

/** The files nodejieba needs at run time: its loader, the native addon and the dictionaries. */
function copyNodejieba() {
  const src = path.dirname(require.resolve('nodejieba/package.json', { paths: [ROOT] }));
  const dest = path.join(ROOT, 'dist', 'node_modules', 'nodejieba');
  fs.rmSync(dest, { recursive: true, force: true });
  const files = ['package.json', 'index.js', 'LICENSE'];
  for (const dir of ['build/Release', 'submodules/cppjieba/dict']) {
    for (const f of fs.readdirSync(path.join(src, dir))) {
      if (f.endsWith('.node') || f.endsWith('.utf8')) files.push(`${dir}/${f}`);
    }
  }
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(dest, f)), { recursive: true });
    fs.copyFileSync(path.join(src, f), path.join(dest, f));
  }
  return files.length;
}

async function main() {
  const watch = process.argv.includes('--watch');
  const builds = [
    { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
    // jsonc-parser's UMD build requires its parts at run time, which a bundle cannot follow: take its ES modules.
    { ...common, entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/server.js', external: ['nodejieba'], alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' } },
  ];
  if (watch) {
    for (const b of builds) await (await esbuild.context(b)).watch();
    console.log('bundle: watching client and server');
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));
  const n = copyNodejieba();
  console.log(`bundle: wrote dist/extension.js, dist/server.js and ${n} nodejieba runtime files`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
