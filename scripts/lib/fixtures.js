// Shared by the evaluation scripts: finding fixture cases, turning offsets into line numbers, and the
// --segmenter option.
'use strict';
const fs = require('fs');
const path = require('path');

/** Every folder under `dir` that holds an expected.json, sorted. */
function findCases(dir) {
  const out = [];
  const walk = (d) => {
    const entries = fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    if (entries.some((e) => e.isFile() && e.name === 'expected.json')) out.push(d);
    for (const e of entries) if (e.isDirectory()) walk(path.join(d, e.name));
  };
  walk(dir);
  return out;
}

/** Offset -> 1-based line number (\n, \r\n and \r end a line, as in the outline parser). */
function lineIndex(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

function pct(n, d) {
  return d === 0 ? '—' : (Math.round((1000 * n) / d) / 10).toFixed(1) + '%';
}

/**
 * One finding per task for scoring: a grouped task-uncovered finding (one per draft section, naming
 * several tasks) becomes one copy per task it quotes, each with a message naming only that task.
 */
function perTask(findings) {
  const out = [];
  for (const f of findings) {
    const nos = f.rule === 'task-uncovered' ? f.related.filter((r) => r.taskNo !== undefined).map((r) => r.taskNo) : [];
    if (nos.length < 2) out.push(f);
    else for (const no of nos) out.push({ ...f, message: `任务清单第${no}项（${f.related.find((r) => r.taskNo === no).quote}）` });
  }
  return out;
}

const SEGMENTERS = ['jieba-rs', 'nodejieba', 'fallback'];

/**
 * Reads `--segmenter NAME` from the arguments and selects that engine for the whole process (through
 * XIANJIE_SEGMENTER, which the CLI and getPrepared honour). Returns the other arguments.
 */
function takeSegmenterOption(args) {
  const i = args.indexOf('--segmenter');
  if (i < 0) return args;
  const name = args[i + 1];
  if (!SEGMENTERS.includes(name)) {
    console.error(`--segmenter 只能是 ${SEGMENTERS.join('、')}，收到“${name ?? ''}”。`);
    process.exit(2);
  }
  process.env.XIANJIE_SEGMENTER = name;
  return args.filter((_, k) => k !== i && k !== i + 1);
}

module.exports = { findCases, lineIndex, pct, perTask, takeSegmenterOption, SEGMENTERS };
