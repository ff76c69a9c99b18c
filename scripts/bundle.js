#!/usr/bin/env node
// Bundles the extension for packaging: client -> dist/extension.js (vscode external) and the
// language server -> dist/server-bundle.js, started by the loader dist/server.js (the segmentation engines and the document readers external), plus
// the runtime files of @node-rs/jieba with this machine's binary in dist/node_modules/@node-rs/jieba,
// and the document readers (exceljs, pdfjs-dist, word-extractor) in dist/node_modules, where the
// bundled server's require and import find them. scripts/package-vsix.js swaps in each target's binary.
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

/**
 * The readers of .xlsx, .pdf and .doc/.wps, and the character-set guesser for text files neither UTF-8
 * nor UTF-16 (jschardet, 1.2 MB of tables), which the server loads on first use (never at start).
 */
const READERS = ['exceljs', 'pdfjs-dist', 'word-extractor', 'jschardet'];

function packageDir(name) {
  try {
    return path.dirname(require.resolve(`${name}/package.json`, { paths: [ROOT] }));
  } catch {
    // A package whose "exports" leave out package.json (jschardet): the folder above its main file that holds it.
    let dir = path.dirname(require.resolve(name, { paths: [ROOT] }));
    while (!fs.existsSync(path.join(dir, 'package.json')) || JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).name !== name) {
      const up = path.dirname(dir);
      if (up === dir) throw new Error(`cannot find the folder of package ${name}`);
      dir = up;
    }
    return dir;
  }
}

function writeManifest(dest, name, main) {
  const { version, license } = JSON.parse(fs.readFileSync(path.join(packageDir(name), 'package.json'), 'utf8'));
  fs.writeFileSync(path.join(dest, 'package.json'), `${JSON.stringify({ name, version, license, ...(main ? { main } : {}) }, null, 2)}\n`);
}

/**
 * Stages the document readers in `dest` (a node_modules folder) with only the files the server
 * loads, so the .vsix reads .xlsx, .pdf and .doc/.wps as the CLI does:
 * - exceljs: one minified file bundled with its dependencies (its own tree is ~20 MB of sources,
 *   browser builds and maps); licences kept at the end of the file.
 * - pdfjs-dist: the legacy build's minified library and worker, under the names the server imports
 *   (pdf.mjs) and the library's fake worker imports in Node (./pdf.worker.mjs), plus the CMaps that
 *   Chinese CID fonts need and the standard font data. Not bundled: it is an ES module that loads
 *   its worker by a relative import.
 * - word-extractor: its lib/ files as published; the server requires only the OLE reader, which
 *   needs no dependency (the .docx reader in word.js, never loaded, would need saxes and yauzl).
 * - jschardet: one minified file, as exceljs.
 */
async function stageReaders(dest) {
  for (const name of READERS) fs.rmSync(path.join(dest, name), { recursive: true, force: true });
  const excel = path.join(dest, 'exceljs');
  fs.mkdirSync(excel, { recursive: true });
  await esbuild.build({
    entryPoints: [require.resolve('exceljs', { paths: [ROOT] })], bundle: true, platform: 'node', target: 'node18', format: 'cjs',
    minify: true, legalComments: 'eof', outfile: path.join(excel, 'index.js'), logLevel: 'warning', absWorkingDir: ROOT,
  });
  writeManifest(excel, 'exceljs', 'index.js');
  fs.copyFileSync(path.join(packageDir('exceljs'), 'LICENSE'), path.join(excel, 'LICENSE'));

  const chardet = path.join(dest, 'jschardet');
  fs.mkdirSync(chardet, { recursive: true });
  await esbuild.build({
    entryPoints: [require.resolve('jschardet', { paths: [ROOT] })], bundle: true, platform: 'node', target: 'node18', format: 'cjs',
    minify: true, legalComments: 'eof', outfile: path.join(chardet, 'index.js'), logLevel: 'warning', absWorkingDir: ROOT,
  });
  writeManifest(chardet, 'jschardet', 'index.js');
  const chardetLicense = fs.readdirSync(packageDir('jschardet')).find((f) => /^licen[cs]e/i.test(f));
  if (chardetLicense) fs.copyFileSync(path.join(packageDir('jschardet'), chardetLicense), path.join(chardet, 'LICENSE'));

  const pdfSrc = packageDir('pdfjs-dist');
  const pdf = path.join(dest, 'pdfjs-dist');
  fs.mkdirSync(path.join(pdf, 'legacy', 'build'), { recursive: true });
  fs.copyFileSync(path.join(pdfSrc, 'legacy', 'build', 'pdf.min.mjs'), path.join(pdf, 'legacy', 'build', 'pdf.mjs'));
  fs.copyFileSync(path.join(pdfSrc, 'legacy', 'build', 'pdf.worker.min.mjs'), path.join(pdf, 'legacy', 'build', 'pdf.worker.mjs'));
  for (const dir of ['cmaps', 'standard_fonts']) fs.cpSync(path.join(pdfSrc, dir), path.join(pdf, dir), { recursive: true });
  writeManifest(pdf, 'pdfjs-dist');
  fs.copyFileSync(path.join(pdfSrc, 'LICENSE'), path.join(pdf, 'LICENSE'));

  const wordSrc = packageDir('word-extractor');
  const word = path.join(dest, 'word-extractor');
  fs.cpSync(path.join(wordSrc, 'lib'), path.join(word, 'lib'), { recursive: true });
  writeManifest(word, 'word-extractor', 'lib/word.js');
  const license = fs.readdirSync(wordSrc).find((f) => /^licen[cs]e/i.test(f));
  if (license) fs.copyFileSync(path.join(wordSrc, license), path.join(word, 'LICENSE'));
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

/**
 * The files the language server runs from: dist/server.js (what the client starts) loads the bundle,
 * dist/server-bundle.js, through bin/code-cache.js (copied beside it), which keeps a V8 code cache per user
 * so that later starts skip compiling what the first check compiled.
 */
const SERVER_FILES = ['dist/server.js', 'dist/server-bundle.js', 'dist/code-cache.js'];

function writeServerLoader() {
  fs.mkdirSync(path.join(ROOT, 'dist'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'bin', 'code-cache.js'), path.join(ROOT, 'dist', 'code-cache.js'));
  fs.writeFileSync(path.join(ROOT, 'dist', 'server.js'), [
    '// The language server: its bundle (server-bundle.js), loaded with a code cache kept per user (code-cache.js).',
    '// Written by scripts/bundle.js.',
    "'use strict';",
    "require('./code-cache').requireWithCodeCache(require('path').join(__dirname, 'server-bundle.js'), 'idle');",
    '',
  ].join('\n'));
}

/** The CLI as one file beside server/out/cli/main.js (same folder, so its relative paths hold). */
async function bundleCli() {
  // Modules a plain check never loads (charset guessing, the language server and its JSONC editing, the
  // progress bar) stay outside, so their source is not read at start.
  const lazy = ['jschardet', 'exceljs', 'pdfjs-dist', '@thednp/dommatrix', 'word-extractor', 'vscode-languageserver', 'vscode-languageserver-textdocument', 'jsonc-parser', 'cli-progress'];
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
    { ...common, entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/server-bundle.js', external: [...ENGINES, ...READERS], alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' } },
  ];
  writeServerLoader();
  if (watch) {
    for (const b of builds) await (await esbuild.context(b)).watch();
    console.log('bundle: watching client and server');
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));
  fs.rmSync(path.join(ROOT, 'dist', 'node_modules'), { recursive: true, force: true });
  const host = hostBinary();
  stageJieba(path.join(ROOT, 'dist', 'node_modules', '@node-rs', 'jieba'), host?.abi, host?.file);
  await stageReaders(path.join(ROOT, 'dist', 'node_modules'));
  console.log(`bundle: wrote dist/extension.js, dist/server.js (its loader) and dist/server-bundle.js, the document readers and @node-rs/jieba${host ? ` with the ${host.abi} binary` : ' without a binary for this machine'}`);
}

module.exports = { stageJieba, READERS, SERVER_FILES };
if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
