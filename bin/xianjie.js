#!/usr/bin/env node
// Entry point of the `xianjie` command: runs the compiled CLI, from its one-file bundle
// (server/out/cli/xianjie.js, written by npm run build) while that is newer than the last tsc build.
'use strict';
// Node 22.1 and later keep the compiled code of the modules loaded below in its own cache directory
// (under the system's temporary folder), so later runs start faster; older Node has no such call.
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

require(bundleIsCurrent() ? bundle : path.join(cli, 'main.js')).main(process.argv).then((code) => {
  if (code >= 0) process.exitCode = code;
});
