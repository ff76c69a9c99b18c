// Extension-host test suite entry: the module VS Code loads for --extensionTestsPath
// (@vscode/test-electron), and that the code-server runner extension (runner-ext/)
// requires. `run()` runs mocha over ./*.test.js inside the extension host, where
// `require('vscode')` is the real API.
//
//   run()                    → Promise, rejects when a test fails (test-electron convention)
//   run({ out: FILE })       → also writes {tests, passes, failures, duration_ms, results[]} to FILE
//
// Options may also come from the environment: XIANJIE_SUITE_OUT, XIANJIE_E2E_EXPECT,
// XIANJIE_MOCHA (path of the mocha package, default: resolved from the repo's node_modules).
'use strict';
const fs = require('fs');
const path = require('path');

function loadMocha() {
  const tries = [process.env.XIANJIE_MOCHA, 'mocha', path.resolve(__dirname, '../../../node_modules/mocha')].filter(Boolean);
  for (const t of tries) { try { return require(t); } catch (e) { /* next */ } }
  throw new Error(`mocha not found (tried ${tries.join(', ')}): run npm install in the repo or set XIANJIE_MOCHA`);
}

function run(opts) {
  const o = Object.assign({ out: process.env.XIANJIE_SUITE_OUT, expect: process.env.XIANJIE_E2E_EXPECT }, typeof opts === 'object' ? opts : {});
  if (o.expect) process.env.XIANJIE_E2E_EXPECT = o.expect;
  const Mocha = loadMocha();
  const mocha = new Mocha({ ui: 'bdd', timeout: Number(process.env.XIANJIE_SUITE_TEST_TIMEOUT || 90000), color: false, reporter: 'spec' });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) {
    const full = path.join(__dirname, f);
    delete require.cache[full]; // runnable twice in one extension host
    mocha.addFile(full);
  }
  const t0 = Date.now();
  const results = [];
  return new Promise((resolve, reject) => {
    let runner;
    try {
      runner = mocha.run((failures) => {
        const summary = { tests: results.length, passes: results.filter((r) => r.state === 'passed').length, failures, duration_ms: Date.now() - t0, files, results };
        if (o.out) fs.writeFileSync(o.out, JSON.stringify(summary, null, 2));
        if (failures > 0 || results.length === 0) reject(new Error(`${failures} of ${results.length} extension-host tests failed`));
        else resolve(summary);
      });
    } catch (e) {
      if (o.out) fs.writeFileSync(o.out, JSON.stringify({ error: String(e && e.stack || e) }));
      reject(e);
      return;
    }
    runner.on('pass', (tst) => results.push({ title: tst.fullTitle(), state: 'passed', ms: tst.duration }));
    runner.on('fail', (tst, err) => results.push({ title: tst.fullTitle(), state: 'failed', ms: tst.duration, error: String(err && err.message || err).slice(0, 1000) }));
  });
}

module.exports = { run };
