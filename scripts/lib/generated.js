// Writes a generated file that the repository keeps, or with --check only says whether it is current
// (npm run build runs the generators with --check). Shared by the generator scripts.
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * Writes `text` to `file` unless it is already there; with --check in the arguments writes nothing
 * and sets exit code 1 when the file differs, naming `script` to run. `what` describes what was
 * written (printed unless --quiet).
 */
function writeGenerated(file, text, script, what) {
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (old === text) return;
  if (process.argv.includes('--check')) {
    console.error(`${path.relative(ROOT, file)} 已过期：请运行 node ${script} 并提交。`);
    process.exitCode = 1;
    return;
  }
  fs.writeFileSync(file, text);
  if (!process.argv.includes('--quiet')) console.log(`已写入 ${path.relative(ROOT, file)}（${what}）`);
}

module.exports = { writeGenerated };
