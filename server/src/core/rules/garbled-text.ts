// Rule garbled-text: mojibake runs (GBK bytes read one byte off), with the repaired text as the
// fix when the round trip recovers the run cleanly.
import { completeRun } from '../baseline/repair';
import type { Rule } from './rule';

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
    return ctx.mojibake.map((found) => {
      // A heading that recovers only in part is completed from the baseline's clause titles.
      const done = completeRun(ctx.text, found, titles);
      const run = { ...found, repair: found.repair === undefined ? undefined : done.repaired, partial: done.partial };
      const raw = ctx.text.slice(run.start, run.end);
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
    });
  },
};
