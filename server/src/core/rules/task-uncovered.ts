// Rule task-uncovered: a regional task assigned to cities and counties that no part of the draft
// takes up.
import { sectionForClause } from './locate';
import { levelLabel, quoteTask } from './quote';
import type { Rule, RuleFinding } from './rule';

/** How many tasks a grouped message names in full before it says “等”. */
const LISTED = 6;

/**
 * task-uncovered (information): the uncovered tasks of one draft section are one finding, placed at
 * the heading aligned to their group (or the document start), listing each task with its content;
 * the related information quotes every task. One diagnostic per section keeps a good plan's few
 * errors visible among dozens of tasks still to take up; the coverage view and the report list them
 * one by one.
 */
export const taskUncovered: Rule = {
  id: 'task-uncovered',
  defaultSeverity: 'information',
  shortDescription: '上级要求市县落实的任务未见承接',
  fullDescription: '上级任务清单中明确由各市、县（区）负责或配合的任务，方案中没有找到相应内容。请补充落实措施；如不适用本级，请在配置文件 xianjie.config.json 的 tasks 中写明理由（编辑器中可用快速修复“本级不适用（记入配置）”）。',
  check(ctx) {
    // A township's plan takes up its share of the county's tasks, not every task for cities and counties.
    if (ctx.township) return [];
    // A notice amending a plan changes a few of its tasks; the plan answers for the rest.
    if (ctx.amendment) return [];
    const out: RuleFinding[] = [];
    const p = ctx.prepared;
    if (ctx.text.trim().length === 0) return out;
    const firstLineEnd = ctx.text.search(/[\r\n]/);
    const top = { start: 0, end: firstLineEnd < 0 ? ctx.text.length : firstLineEnd };
    const groups = new Map<string, { at: { start: number; end: number }; nos: number[] }>();
    for (const no of ctx.coverage.tasks.uncovered) {
      const task = p.taskByNo.get(no)!;
      const gid = task.groupClauseIds[0];
      const section = gid ? sectionForClause(ctx.outline, ctx.alignments, gid) : undefined;
      // A department's plan takes up the tasks of its own field: a task of a part it does not address at all is
      // another body's (a 审批服务管理局 does not build 智慧林草).
      if (ctx.department && !section) continue;
      const at = section ? section.titleSpan : top;
      const key = `${at.start}:${at.end}`;
      const g = groups.get(key) ?? { at, nos: [] };
      g.nos.push(no);
      groups.set(key, g);
    }
    for (const { at, nos } of groups.values()) {
      const tasks = nos.map((no) => p.taskByNo.get(no)!);
      const short = (content: string) => (content.length > 40 ? content.slice(0, 40) + '…' : content);
      const listed = tasks.slice(0, LISTED).map((t) => `第${t.no}项（${short(t.content)}）`).join('；');
      const more = tasks.length > LISTED ? `等${tasks.length}项` : '';
      const message =
        tasks.length === 1
          ? `上级（${levelLabel(p)}）任务清单第${tasks[0]!.no}项（${short(tasks[0]!.content)}）要求市、县落实（${tasks[0]!.unitsRaw}），方案中未见相应内容。请补充落实措施；如不适用本级，请在配置文件的 tasks 中写明理由。`
          : `上级（${levelLabel(p)}）任务清单中要求市、县落实的${tasks.length}项任务，方案中未见相应内容：${listed}${more}。请补充落实措施；如不适用本级，请在配置文件的 tasks 中写明理由。`;
      out.push({ ...at, message, related: tasks.map((t) => quoteTask(p, t)), fixes: [] });
    }
    return out;
  },
};
