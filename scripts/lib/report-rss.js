// Preloaded by scripts/bench.js (node --require): prints the process's peak resident memory to stderr
// when it exits, as XIANJIE_MAX_RSS_KB=<n>, so the bench can read a child's peak RSS on any platform.
'use strict';
if (process.env.XIANJIE_REPORT_RSS === '1') {
  process.on('exit', () => process.stderr.write(`\nXIANJIE_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`));
}
