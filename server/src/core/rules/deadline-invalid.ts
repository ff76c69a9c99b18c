// Rule deadline-invalid: impossible or malformed deadlines, and completion years before the
// year the document states for itself.
import type { Rule } from './rule';
import { completionOf } from '../extract/deadlines';

/**
 * deadline-invalid (warning): 2023年13月, 20240年, or a completion year earlier than the
 * document's own year (a 2023 plan cannot finish a task in 2022).
 */
export const deadlineInvalid: Rule = {
  id: 'deadline-invalid',
  defaultSeverity: 'warning',
  shortDescription: '完成时限无效',
  fullDescription: '完成时限写法有误（如月份超过12、年份位数不对），或完成年份早于本文件的印发年份。请改为有效的时限。',
  check(ctx) {
    const out = [];
    for (const d of ctx.deadlines) {
      const raw = ctx.text.slice(d.start, d.end);
      if (d.invalid) {
        out.push({ start: d.start, end: d.end, message: `完成时限“${raw}”无效：${d.invalid}`, related: [], fixes: [] });
        continue;
      }
      if (ctx.documentYear === undefined || d.context === 'sentence') continue;
      const c = completionOf(d.deadline);
      if (c && c !== 'ongoing' && c.year < ctx.documentYear) {
        out.push({
          start: d.start, end: d.end,
          message: `完成时限“${raw}”早于本文件的印发年份（${ctx.documentYear}年），任务无法在印发前完成。请核实并改为${ctx.documentYear}年或以后。`,
          related: [], fixes: [],
        });
      }
    }
    return out;
  },
};
