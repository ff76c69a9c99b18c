#!/usr/bin/env node
// Opens .vsix packages and checks that each carries exactly one segmentation engine and that the
// engine is built for the package's target platform (PE / Mach-O / ELF header, machine and C library),
// named so @node-rs/jieba's loader finds it, next to the files the server needs at run time (the
// document readers among them).
//
//   node scripts/check-vsix.js vsix/*.vsix      exits 1 when any package is wrong
'use strict';
const fs = require('fs');
const path = require('path');
const { unzipSync, strFromU8 } = require('fflate');
const { TARGETS, describeBinary, mismatch } = require('./lib/targets');

/** Files every package needs at run time, besides the engine binary. */
const REQUIRED = [
  'extension/package.json',
  'extension/dist/extension.js',
  'extension/dist/server.js',
  // The server's bundle, which dist/server.js loads with a code cache (bin/code-cache.js, copied).
  'extension/dist/server-bundle.js',
  'extension/dist/code-cache.js',
  'extension/dist/node_modules/@node-rs/jieba/index.js',
  'extension/dist/node_modules/@node-rs/jieba/package.json',
  'extension/seeds/segment/cppjieba-hmm.json',
  'extension/seeds/segment/jieba-dict.txt',
  'extension/seeds/baselines/ningxia-2023.json',
  'extension/seeds/baselines/ningxia-2023.index.json',
  'extension/seeds/aliases.txt',
  // The document readers (.xlsx, .pdf, .doc/.wps), loaded on first use.
  'extension/dist/node_modules/exceljs/index.js',
  'extension/dist/node_modules/pdfjs-dist/legacy/build/pdf.mjs',
  'extension/dist/node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs',
  'extension/dist/node_modules/pdfjs-dist/cmaps/UniGB-UCS2-H.bcmap',
  'extension/dist/node_modules/pdfjs-dist/standard_fonts/FoxitSerif.pfb',
  'extension/dist/node_modules/word-extractor/lib/word-ole-extractor.js',
  'extension/dist/node_modules/word-extractor/lib/buffer-reader.js',
  // The character-set guesser for text files neither UTF-8 nor UTF-16, loaded on first use.
  'extension/dist/node_modules/jschardet/index.js',
];

/** Reads a package: its target platform and its files. */
function openVsix(file) {
  const files = unzipSync(new Uint8Array(fs.readFileSync(file)));
  const manifest = files['extension.vsixmanifest'] ? strFromU8(files['extension.vsixmanifest']) : '';
  const target = /TargetPlatform="([^"]+)"/.exec(manifest)?.[1];
  return { target, files };
}

/** Problems with one package, in words (empty when it is right). */
function checkVsix(file) {
  const problems = [];
  let pkg;
  try {
    pkg = openVsix(file);
  } catch (e) {
    return [`cannot open: ${e.message}`];
  }
  const { target, files } = pkg;
  if (!target) return ['no TargetPlatform in extension.vsixmanifest'];
  const want = TARGETS[target];
  if (!want) return [`target ${target} is not one this project packages`];
  for (const f of REQUIRED) if (!files[f]) problems.push(`missing ${f}`);
  const binaries = Object.keys(files).filter((f) => /\.(node|wasm)$/.test(f));
  if (binaries.length !== 1) problems.push(`expected one engine binary, found ${binaries.length}: ${binaries.join(', ') || 'none'}`);
  for (const b of binaries) {
    const expected = `extension/dist/node_modules/@node-rs/jieba/jieba.${want.abi}.node`;
    if (b !== expected) problems.push(`${b} is not where the loader looks for ${target} (${expected})`);
    const why = mismatch(target, describeBinary(Buffer.from(files[b])));
    if (why) problems.push(`${b}: ${why}`);
  }
  return problems;
}

module.exports = { checkVsix, openVsix };

if (require.main === module) {
  const files = process.argv.slice(2);
  if (!files.length) {
    console.error('usage: node scripts/check-vsix.js FILE.vsix ...');
    process.exit(2);
  }
  let bad = 0;
  for (const f of files) {
    const problems = checkVsix(f);
    const { target } = problems.length ? { target: '?' } : openVsix(f);
    if (problems.length) {
      bad++;
      console.log(`✗ ${path.basename(f)}: ${problems.join('; ')}`);
    } else {
      const bin = Object.keys(openVsix(f).files).find((x) => x.endsWith('.node'));
      const info = describeBinary(Buffer.from(openVsix(f).files[bin]));
      console.log(`✓ ${path.basename(f)}: ${target} ← ${path.basename(bin)} (${info.format}, ${info.arch}${info.libc ? `, ${info.libc}` : ''})`);
    }
  }
  process.exit(bad ? 1 : 0);
}
