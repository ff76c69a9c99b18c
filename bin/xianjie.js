#!/usr/bin/env node
// Entry point of the `xianjie` command: runs the compiled CLI.
'use strict';
require('../server/out/cli/main').main(process.argv).then((code) => {
  if (code >= 0) process.exitCode = code;
});
