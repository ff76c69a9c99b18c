// Rule task-uncovered: a regional task assigned to cities and counties that no part of the draft
// takes up.
import { sectionForClause } from './locate';
import { levelLabel, quoteTask } from './quote';
import type { Rule, RuleFinding } from './rule';

/**
 * task-uncovered (information): one per uncovered task, placed at the draft heading aligned to
 * the task's group (or the document start), so reviewers can see what is still to be taken up.
 */
export const taskUncovered: Rule = {
  id: 'task-uncovered',
  defaultSeverity: 'information',
  shortDescription: '上级要求市县落实的任务未见承接',
  fullDescription: '上级任务清单中明确由各市、县（区）负责或配合的任务，方案中没有找到相应内容。请补充落实措施，或说明不适用本级的理由。',
  check(ctx) {
    const out: RuleFinding[] = [];
    const p = ctx.prepared;
    if (ctx.text.trim().length === 0) return out;
    const firstLineEnd = ctx.text.search(/[\r\n]/);
    for (const no of ctx.coverage.tasks.uncovered) {
      const task = p.taskByNo.get(no)!;
      const gid = task.groupClauseIds[0];
      let at = { start: 0, end: firstLineEnd < 0 ? ctx.text.length : firstLineEnd };
      const section = gid ? sectionForClause(ctx.outline, ctx.alignments, gid) : undefined;
      if (section) at = section.titleSpan;
      const content = task.content.length > 40 ? task.content.slice(0, 40) + '…' : task.content;
      out.push({
        ...at,
        message: `上级（${levelLabel(p)}）任务清单第${no}项（${content}）要求市、县落实（${task.unitsRaw}），方案中未见相应内容。请补充落实措施，或说明不适用本级。`,
        related: [quoteTask(p, task)],
        fixes: [],
      });
    }
    return out;
  },
};
