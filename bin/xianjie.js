#!/usr/bin/env node
// Entry point of the `xianjie` command: runs the compiled CLI, from its one-file bundle
// (server/out/cli/xianjie.js, written by npm run build) while that is newer than the last tsc build.
'use strict';
// Node 22.1 and later keep the compiled code of the tsc output's modules (loaded below while the bundle is
// older) in its own cache directory; older Node has no such call. The bundle has a cache of its own.
require('module').enableCompileCache?.();
const fs = require('fs');
const path = require('path');

const cli = path.join(__dirname, '..', 'server', 'out', 'cli');
const bundle = path.join(cli, 'xianjie.js');

function bundleIsCurrent() {
  let built;
  try {
    built = fs.statSync(bundle).mtimeMs;
  } catch {
    return false;
  }
  try {
    return built >= fs.statSync(path.join(__dirname, '..', 'server', 'tsconfig.tsbuildinfo')).mtimeMs;
  } catch {
    return true; // an installed package: no tsc build beside it
  }
}

// The bundle is loaded with a code cache kept per user (code-cache.js); the tsc output as it is.
const entry = bundleIsCurrent() ? require('./code-cache').requireWithCodeCache(bundle, 'exit') : require(path.join(cli, 'main.js'));
entry.main(process.argv).then((code) => {
  if (code >= 0) process.exitCode = code;
});
