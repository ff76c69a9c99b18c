#!/usr/bin/env node
// Runs the same extension-host suite (./index.js) in desktop VS Code via
// @vscode/test-electron, on a machine that can download VS Code (not the offline CI:
// there, `npm run test:e2e` runs the suite inside code-server with driver.js --suite).
//
//   npm install --no-save @vscode/test-electron   # dev machine only
//   npm run build                                  # the extension must be built (main must exist)
//   node test/e2e/vscode-suite/run-test-electron.js [--vscode-version 1.139.1]
//
// The repository root is the extension under development (extensionDevelopmentPath);
// the workspace is a temp copy prepared exactly as for the code-server run.
// Env: VSCODE_TEST_VERSION (default 'stable'), XIANJIE_E2E_EXPECT (expect.json),
//      XIANJIE_SUITE_OUT (results JSON, default <tmp>/suite-result.json).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { REPO, loadExpect, prepareWorkspace } = require('../workspace');

async function main() {
  let runTests;
  try { ({ runTests } = require('@vscode/test-electron')); } catch (e) {
    console.error('@vscode/test-electron is not installed: npm install --no-save @vscode/test-electron (needs network to download VS Code)');
    process.exit(2);
  }
  const args = process.argv.slice(2);
  const vi = args.indexOf('--vscode-version');
  const version = vi >= 0 ? args[vi + 1] : (process.env.VSCODE_TEST_VERSION || 'stable');
  const expectFile = path.resolve(process.env.XIANJIE_E2E_EXPECT || path.join(__dirname, '..', 'expect.json'));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-suite-'));
  const ws = prepareWorkspace(loadExpect(expectFile), path.join(tmp, 'workspace'));
  const out = process.env.XIANJIE_SUITE_OUT || path.join(tmp, 'suite-result.json');
  try {
    const code = await runTests({
      version,
      extensionDevelopmentPath: REPO,
      extensionTestsPath: path.join(__dirname, 'index.js'),
      extensionTestsEnv: { XIANJIE_SUITE_OUT: out, XIANJIE_E2E_EXPECT: expectFile },
      launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
        '--user-data-dir', path.join(tmp, 'user-data'), '--extensions-dir', path.join(tmp, 'extensions')],
    });
    console.log(`suite results: ${out}`);
    process.exitCode = code;
  } catch (e) {
    console.error(`extension-host suite failed: ${e && e.message || e}`);
    if (fs.existsSync(out)) console.error(fs.readFileSync(out, 'utf8'));
    process.exitCode = 1;
  }
}
main();
