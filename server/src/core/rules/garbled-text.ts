// Rule garbled-text: mojibake runs (GBK bytes read one byte off), with the repaired text as the
// fix when the round trip recovers the run cleanly.
import { completeRun } from '../baseline/repair';
import type { MojibakeRun } from '../types';
import type { Rule, RuleFinding } from './rule';

/**
 * garbled-text (warning): text damaged by a wrong encoding, e.g. `?。ㄒ唬┌l展現狀`.
 * When re-encoding recovers it fully, the fix replaces it with the repair; partial repairs are
 * shown in the message but not offered as a fix.
 */
export const garbledText: Rule = {
  id: 'garbled-text',
  defaultSeverity: 'warning',
  shortDescription: '文字乱码',
  fullDescription: '发现因编码错误产生的乱码文字。能够完整还原的，提供还原后的文字供替换；只能部分还原的，请对照原件重新录入。',
  check(ctx) {
    const titles = ctx.prepared.baseline.clauses.map((c) => c.title);
    // Character references that stand for punctuation (&ldquo;, &mdash;, &#12289;) lose no words: the reader sees the code
    // for a mark. Told as information; many of them (a whole page copied so), once, with one fix for all.
    const marks = ctx.mojibake.filter(isMarkReference);
    const grouped = marks.length >= GROUP_MIN;
    const out: RuleFinding[] = [];
    if (grouped) {
      const first = marks[0]!;
      const samples = [...new Set(marks.map((r) => r.references!))].slice(0, 3).join('”“');
      out.push({
        start: first.start, end: first.end, severity: 'information',
        message: `文中有${marks.length}处从网页复制时留下的字符引用（如“${samples}”），显示出来是代码而不是标点符号。请替换为对应的字符。`,
        related: [],
        fixes: [{ title: `全部替换为对应的字符（${marks.length}处）`, edits: marks.map((r) => ({ span: { start: r.start, end: r.end }, newText: r.repair! })), preferred: true }],
      });
    }
    for (const found of ctx.mojibake) {
      if (marks.includes(found)) {
        if (grouped) continue;
        const raw = found.references!;
        out.push({
          start: found.start, end: found.end, severity: 'information',
          message: `“${raw}”是从网页复制时留下的字符引用，应为“${found.repair}”。请替换为对应的字符。`,
          related: [], fixes: [{ title: `替换为“${found.repair}”`, edits: [{ span: found, newText: found.repair! }], preferred: true }],
        });
        continue;
      }
      out.push(found.controls ? controlsFinding(ctx.text, found, found.controls) : runFinding(ctx.text, found, titles));
    }
    return out;
  },
};

/** Fewest character references for a mark that are told once for all. */
const GROUP_MIN = 3;

/** Whether a run is character references (&ldquo;&rdquo;) whose characters are marks only, no words. */
function isMarkReference(r: MojibakeRun): boolean {
  return r.references !== undefined && r.repair !== undefined && !/[\u4e00-\u9fffA-Za-z0-9]/.test(r.repair);
}

/**
 * Stray control characters: invisible in most editors, they break the words they stand in and often mark characters lost
 * with them. The fix deletes them; the text around is for the drafter to check against the original.
 */
function controlsFinding(text: string, run: MojibakeRun, controls: number[]): RuleFinding {
  const codes = [...new Set(controls.map((at) => 'U+' + text.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0')))].join('、');
  // Only the stray characters are marked: a tab between them is the text's own.
  const shown = text.slice(run.start, run.end).split('').map((c, i) => (controls.includes(run.start + i) ? '□' : c)).join('');
  const short = shown.length > 20 ? shown.slice(0, 20) + '…' : shown;
  return {
    start: run.start, end: run.end,
    message: `“${short}”中有${controls.length}个看不见的控制字符（${codes}，以□示意），多为从PDF或其他软件复制时带入，常伴有文字缺失。请删除这些字符，并对照原件核对这一处文字。`,
    related: [],
    fixes: [{ title: `删除${controls.length}个控制字符`, edits: controls.map((at) => ({ span: { start: at, end: at + 1 }, newText: '' })), preferred: true }],
  };
}

/** A run of damaged text as a finding: its repair offered when the round trip recovers it whole. */
function runFinding(text: string, found: MojibakeRun, titles: string[]): RuleFinding {
  // A heading that recovers only in part is completed from the baseline's clause titles.
  const done = completeRun(text, found, titles);
  const run = { ...found, repair: found.repair === undefined ? undefined : done.repaired, partial: done.partial };
  // (Character references are read as their characters: the message quotes them as the copy wrote them.)
  const raw = found.references ?? text.slice(run.start, run.end);
  const short = raw.length > 20 ? raw.slice(0, 20) + '…' : raw;
  if (run.repair && !run.partial) {
    return {
      start: run.start, end: run.end,
      message: `“${short}”是乱码，应为“${run.repair}”。请替换为还原后的文字。`,
      related: [],
      fixes: [{ title: `替换为“${run.repair}”`, edits: [{ span: run, newText: run.repair }], preferred: true }],
    };
  }
  const hint = run.repair ? `只能部分还原为“${run.repair}”，` : '无法自动还原，';
  return {
    start: run.start, end: run.end,
    message: `“${short}”是乱码，${hint}请对照原件重新录入这段文字。`,
    related: [], fixes: [],
  };
}
