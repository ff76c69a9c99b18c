// Rule deadline-later-than-baseline: a draft deadline that falls after the region's deadline for
// the same task or goal.
import { homeOf } from '../baseline/places';
import { bigramSimilarity } from '../baseline/similarity';
import { AFTERCARE_LABEL, checksAfter, compareDeadlines, completionOf, formatDeadline, parseDeadline, shownDate } from '../extract/deadlines';
import type { Deadline, Milestone, Task } from '../baseline/schema';
import { systemsWorkedOn } from '../task-names';
import { isRegionOnly, mirrorTasks, taskListLevel } from '../task-scope';
import { foldForMatching } from '../text/fold';
import type { DeadlineMention, OutlineUnit, RelatedInfo, Span } from '../types';
import type { PreparedBaseline } from '../engine';
import { detach } from '../text-cache';
import { GANTT_MARK, ROW_REFERENCE, unitTaskRefs } from '../outline';
import { bestTask, dateOwner, dropRestated, phraseIndex, rivalTasks, spanAround, taskForMention, unitAt } from './locate';
import { queryTokens, tokenize } from '../align';
import { namesIn, SENTENCE_TASK_THRESHOLD } from '../align-outline';
import { levelLabel, quoteTask, sourceLabel } from './quote';
import type { Rule, RuleContext, RuleFinding } from './rule';

/** A runner-up task at this share of the chosen task's score makes the match ambiguous. */
const CLOSE_RIVAL = 0.7;
/**
 * For a note closing an item, the other tasks the item's sentences take up, when they take up two or more
 * different ones and the note gives the item's only date (an item of one theme gives none: its note is its last
 * sentence's, as before).
 */
function noteTasks(ctx: RuleContext, unit: OutlineUnit, chosen: number, note: DeadlineMention): number[] {
  // Only the item's one date: an item giving each of its parts a note of its own (一是…（…，2024年）；二是…) dates them apart.
  if (ctx.deadlines.filter((d) => d.start >= unit.start && d.start < unit.end).length !== 1) return [];
  // Only a note closing the item: one with the item's words going on after it (…三级全覆盖。（…完成时限：2025年底前）有序推进…)
  // follows its own sentence.
  const close = ctx.text.slice(note.end, unit.end).search(/[）)]/);
  if (close >= 0 && /[\u4e00-\u9fff]/.test(ctx.text.slice(note.end + close + 1, unit.end))) return [];
  const own = ctx.alignments[unit.index]?.sentenceTasks ?? [];
  const nos = [...new Set(own.map((x) => x.no))];
  return nos.length >= 2 ? nos.filter((no) => no !== chosen) : [];
}

/** The fewest characters of an item's title that, found in a task's own text, make the title that task's words. */
const TITLE_WORDS_MIN = 4;
/** Whether an item's title (开展试点示范) is found word for word in a task's text. */
function titleIsTasksWords(ctx: RuleContext, unit: OutlineUnit, no: number): boolean {
  const title = foldForMatching(unit.title ?? '').replace(/[^\u4e00-\u9fff]/g, '');
  return title.length >= TITLE_WORDS_MIN && !!phraseIndex(ctx.prepared).find((t) => t.no === no)?.words.includes(title);
}

/** Headings whose sentences state the plan's goals. */
const GOALS_HEADING = /主要目标|发展目标|工作目标|总体目标|总体要求|整改目标|哪些目标|什么目标|目标(?:是什么|有哪些|是哪些)/;
/** A sentence's own match below this is weak beside an item's confident match (see weakOwn). */
const WEAK_SENTENCE = 0.45;
/** An item's whole match from this is confident. */
const CONFIDENT_ITEM = 0.6;
/** An item's whole match this many times its weak sentence's (and at least PASSED_MIN) is clearly the better one. */
const CLEARLY_BETTER = 1.5;
/** An item of at most this many characters is short: its closing note may speak for all of it. */
const SHORT_ITEM = 400;

/** How well a unit or sentence must match a task whose date passed before the plan was issued for the plan's date to be held to it. */
const PASSED_MIN = 0.45;

/** How closely a sentence must restate a goal whose date has passed for the goal to count. */
const PAST_GOAL_MIN = 0.5;
/** How closely a sentence must restate a goal as a whole for the goal to count. */
const GOAL_MIN = 0.35;
/** How closely one of its targets must restate one of a goal's when the sentence as a whole restates none. */
const TARGET_MIN = 0.6;
/** How closely a target must restate one of a goal whose date has passed for that goal to count. */
const PAST_TARGET_MIN = 0.85;

/**
 * deadline-later-than-baseline (error): the completing milestone of a draft deadline (task row,
 * inline annotation, or a sentence aligned to a task or to the 主要目标) is later than the
 * baseline's. 2024年 and 2024年底 are equal; ongoing on both sides is fine.
 */
export const deadlineLaterThanBaseline: Rule = {
  id: 'deadline-later-than-baseline',
  defaultSeverity: 'error',
  shortDescription: '完成时限晚于上级要求',
  fullDescription: '方案中的完成时限晚于上级文件对同一任务或目标规定的时限。下级方案的时限不得晚于上级，请提前到上级时限或更早。',
  check(ctx) {
    const out: RuleFinding[] = [];
    const p = ctx.prepared;
    // Where a date was reported (its start), so that a merged cell's date is reported once.
    const reportedAt = new Set<number>();
    const report = (start: number, end: number, base: Deadline, what: string, related: RelatedInfo[], mention?: DeadlineMention): void => {
      // A note that states the region's date for the item beside the plan's own (完成时限：2025年6月底前；自治区时限：2025年) says
      // which of the region's tasks the item answers: a date that keeps to it is not held to another task's.
      if (mention && mention.context !== 'sentence') {
        const quoted = regionDateBeside(ctx.text, end, ctx.documentYear);
        if (quoted && compareDeadlines(mention.deadline, quoted) !== 'later') return;
      }
      const raw = shownDate(ctx.text.slice(start, end));
      if (mention?.mergedFrom === undefined) reportedAt.add(start);
      // A cell naming the plan's stage says when that stage ends (按实施步骤，第二阶段为2024年5月—2025年6月); a
      // ditto (同上) says what it repeats.
      const note = mention?.stage
        ? `（按实施步骤，${mention.stage}）`
        : mention?.dittoOf
          ? ROW_REFERENCE.test(raw)
            ? `（即第${Number(foldForMatching(ROW_REFERENCE.exec(raw)![1]!))}项所填的“${mention.dittoOf}”）`
            : `（即上方所填的“${mention.dittoOf}”）`
          : mention?.resolved
            ? `（按本方案的印发日期和实施期推算，即${mention.resolved}）`
            : mention?.reading
              ? `（${mention.reading}）`
              : '';
      const shown = `“${raw}”${note}`;
      const yearColumn = mention?.yearColumn;
      const baseText = base.raw || formatDeadline(base);
      // The higher level's date as quoted in a message, with where it comes from when the document did not write it.
      const baseShown = `“${baseText}”${base.assumed ? ASSUMED_NOTE : ''}`;
      const c = completionOf(base);
      if (mention?.mergedFrom !== undefined) {
        // A row whose date cell came out empty from merged cells: the group's date, written on a row above, holds for it.
        // Reported once: where it is written when it is late there already, else on the first row it is late for.
        if (reportedAt.has(mention.mergedFrom)) return;
        reportedAt.add(mention.mergedFrom);
        out.push({
          start, end,
          message: `该项“完成时限”栏为空，按合并单元格所填的“${mention.dittoOf}”，晚于${levelLabel(p)}${what}的完成时限${baseShown}。请为该项单独写明不晚于上级时限的完成时限。`,
          related,
          fixes: [],
        });
        return;
      }
      if (mention?.table) {
        // A row due by its table's year (二、2025年重点任务): the table's heading says so, not the row.
        out.push({
          start, end,
          message: `该项列于“${mention.table}”，按表题应于${mention.deadline.raw}底前完成，晚于${levelLabel(p)}${what}的完成时限${baseShown}。请将该项移入上级时限所在年度的任务表，或在任务内容中写明完成时限。`,
          related,
          fixes: [],
        });
        return;
      }
      if (mention?.yearSection) {
        // An item of a section for one year (（二）2025年重点任务) with no date of its own: the heading says when.
        out.push({
          start, end,
          message: `该项列于“${mention.yearSection}”，按标题应于${mention.deadline.raw}底前完成，晚于${levelLabel(p)}${what}的完成时限${baseShown}。请将该项移入上级时限所在年度的部分，或在该项中写明完成时限。`,
          related,
          fixes: [],
        });
        return;
      }
      if (mention?.dateSection) {
        // An item grouped under a heading that is its date (三、2025年6月底前) with no date of its own.
        out.push({
          start, end,
          message: `该项列于“${mention.dateSection}”之下，按标题应于${mention.deadline.raw}完成，晚于${levelLabel(p)}${what}的完成时限${baseShown}。请将该项移入不晚于上级时限的部分，或在该项中写明完成时限。`,
          related,
          fixes: [],
        });
        return;
      }
      if (yearColumn !== undefined) {
        // A year-by-year plan's row without a 完成时限, due when its last milestone is: no one edit says
        // which year's work moves, so the message says what to do and no fix is offered.
        const when = `${yearColumn}年${mention?.yearColumnMonth ? `${'一二三四'[mention.yearColumnMonth / 3 - 1]}季度` : ''}`;
        // A schedule chart's mark (■) says only that the work is done then: the message names the column.
        const scheduled = GANTT_MARK.test(raw.trim()) ? `按进度安排表，最后标注“${raw.trim()}”的是${when}` : `按分年度安排于${when}“${raw}”`;
        out.push({
          start, end,
          message: `该项未填写完成时限，${scheduled}，晚于${levelLabel(p)}${what}的完成时限${baseShown}。请将该阶段目标调整到上级时限内，并在“完成时限”栏写明时限。`,
          related,
          fixes: [],
        });
        return;
      }
      if (ctx.documentYear !== undefined && c && c !== 'ongoing' && c.year < ctx.documentYear) {
        // The higher level's date had passed when the plan was issued: no earlier date can be set.
        // The plan says instead whether the work is done or still going on. A bare date that says so itself, for work the
        // higher level also keeps up (2025年2月底前，长期坚持 for 2023年完成并长期坚持), is the next round of that work: nothing to
        // say. One that completes the work then (2024年完成，长期坚持) is still late.
        const own = mention?.deadline.milestones[mention.deadline.milestones.length - 1];
        if (mention?.deadline.ongoing && base.ongoing && own && !own.due) return;
        out.push({
          start, end,
          message: `完成时限${shown}晚于${levelLabel(p)}${what}的完成时限${baseShown}，该时限在本方案印发前已届满。如该项工作已完成，请写明“已完成”；如仍在推进，请写“持续推进”并说明进度安排。`,
          related,
          fixes: ['已完成', '持续推进'].map((newText, k) => ({ title: `改为“${newText}”`, edits: [{ span: { start, end }, newText }], preferred: k === 1 })),
        });
        return;
      }
      const target = base.milestones.length ? base.milestones[base.milestones.length - 1]! : undefined;
      const newText = target ? `${target.year}年${target.month ? target.month + '月' : ''}${target.due}` : base.raw;
      out.push({
        start, end,
        message: `完成时限${shown}晚于${levelLabel(p)}${what}的完成时限${baseShown}。请提前到上级时限或更早。`,
        related,
        fixes: [{ title: `改为上级时限“${newText}”`, edits: [{ span: { start, end }, newText }], preferred: true }],
      });
    };
    for (const d of ctx.deadlines) {
      // A row that says its work is done (【已完成】, 备注：已完成) gives the date it was done: a fact, no target.
      if (d.invalid || d.done) continue;
      // The first round of work done again and again (每半年开展一次专项督查，2024年9月底前完成首轮督查) is its schedule:
      // it completes no task.
      if (d.context === 'sentence' && firstRoundOfRecurring(ctx.text, d)) continue;
      // A footnote's date is read where its mark stands in its unit's words (…开放公共数据⑦。).
      const { unit, at } = dateOwner(ctx, d);
      // Nor is a date for the plan's own machinery: reviewing the plan itself (2025年11月底前，…对本方案实施情况开展总结
      // 评估; a row 对本方案落实情况开展中期评估 | … | 2025年6月底前) or breaking it down (…内制定本单位任务分解表).
      const row = unit?.kind === 'task-row' ? unit.cells?.content : undefined;
      const work = d.context === 'sentence' ? sentenceAround(ctx.text, d) : row ? ctx.text.slice(row.start, row.end) : '';
      if (work && PLANS_OWN_MACHINERY.test(work)) continue;
      // Nor a date a label gives to checking the work (（验收时间：2025年2月）, 考核时间：2025年1月, 资金拨付时间：…).
      if (AFTERCARE_LABEL.test(ctx.text.slice(Math.max(0, d.start - 12), d.start))) continue;
      // Nor a date whose own clause only has the work checked (2025年第一季度委托第三方开展数字政府建设成效评估).
      if (d.context === 'sentence' && checksAfter(ctx.text.slice(d.end, d.end + 40))) continue;
      // Nor a date by which the bodies report on the plan (2024年12月10日前报送年度工作总结; …前将全年任务完成情况报…).
      // The words a sentence's date was read with (2026年1月底前形成全县评估报告，报县人民政府) count too.
      if (REPORT_BY.test(ctx.text.slice(d.end, d.end + REPORT_REACH)) || REPORT_BY.test(ctx.text.slice(d.start, d.end + REPORT_REACH).replace(DATE_WORDS, ''))) continue;
      // Or the report named first, its date after it (2024年度工作总结于2024年12月15日前报送).
      if (REPORT_NAMED_BEFORE.test(ctx.text.slice(Math.max(0, d.start - 24), d.start)) && SENT_UP.test(ctx.text.slice(d.end, d.end + 12))) continue;
      // Goals: sentences under 主要目标 compared with the baseline's dated goals (also the answer to a
      // 政策解读's question about them: 《方案》提出了哪些目标？).
      const inGoals = unit && [unit.title, ...unit.path].some((t) => GOALS_HEADING.test(foldForMatching(t)));
      if (inGoals && d.context === 'sentence') {
        const sentEnd = ctx.text.indexOf('\n', d.end);
        // A target named before its date in its own part of the sentence (…；“34567”体系框架在我县落地见效，力争2026年底全面成型)
        // is read with it: what follows the date (全面成型) is only its stage.
        const back = ctx.text.slice(Math.max(0, d.start - GOAL_LEAD_IN), d.start);
        const lead = back.slice(Math.max(back.lastIndexOf('。'), back.lastIndexOf('；'), back.lastIndexOf(';'), back.lastIndexOf('\n')) + 1);
        // Not from inside a quotation (…初步形成”，“到2025年…: the region's goals quoted one by one), nor across another date.
        const leadIn = (lead.match(/[\u4e00-\u9fff]/g) ?? []).length >= 6 && !opensInsideQuote(lead) && !/[0-9０-９]{4}[ \t\u3000]*年/.test(lead) ? lead : '';
        // Compared in Simplified, as the goals are written (a Traditional draft: 體系框架全面成型).
        const sentence = foldForMatching(leadIn + ctx.text.slice(d.end, sentEnd < 0 ? d.end + 200 : Math.min(sentEnd, d.end + 200)));
        const late = lateGoal(p, sentence, d.deadline, ctx.documentYear);
        if (late) report(d.start, d.end, late.goal.deadline, '主要目标', late.related);
        // A numbered target under the goals (4.平台数据底数。到2024年底，…底数全面理清，形成…“一本账”) whose own sentence takes
        // up a task of the list, and that restates no goal the date keeps to, is held to that task as any dated sentence is.
        // A target the list does not set (“好差评”好评率) matches no task on its own.
        const takesUpTask = !!unit && unit.kind !== 'paragraph' && !!ctx.alignments[unit.index]?.sentenceTasks?.some((x) => x.start <= d.start && d.start < x.end);
        if (late || !takesUpTask || restatesGoalKept(p, sentence, d.deadline)) continue;
      }
      // A goal restated outside the goals (a notice's or a meeting's 确保到2026年底全县…“34567”体系框架全面成型): compared
      // only when one of its targets restates a goal's target almost word for word (PAST_TARGET_MIN).
      if (!inGoals && d.context === 'sentence' && (GOAL_LEAD.test(ctx.text.slice(Math.max(0, d.start - 3), d.start + 1)) || AIM_LEAD.test(ctx.text.slice(d.start, d.end)))) {
        const stop = ctx.text.slice(d.end, d.end + 200).search(/[。；;\n]/);
        const sentence = foldForMatching(ctx.text.slice(d.end, stop < 0 ? d.end + 200 : d.end + stop));
        const moved = movedTarget(sentence, p.baseline.goals, d.deadline, pastGoal(ctx.documentYear), PAST_TARGET_MIN);
        if (moved) {
          report(d.start, d.end, moved.goal.deadline, '主要目标', [
            { quote: `${sourceLabel(p.baseline)} 主要目标：${moved.goal.text.slice(0, 120)}` }, { quote: `方案中的目标：${moved.target}` },
          ]);
          continue;
        }
      }
      if (d.section) {
        // A section's note: late when later than the task of an item above it that gives no date of its own.
        const task = sectionItemLate(ctx, d);
        if (task) report(d.start, d.end, task.deadline, `任务清单第${task.no}项`, [quoteTask(p, task)], d);
        continue;
      }
      // A date a note gives one named part of its item (属地返还机制于2024年底前建立) is that part's, when the name
      // has words enough (two or more) to be matched alone: compared as a sub-item's date is.
      const part = d.part && tokenize(p.segmenter, ctx.text.slice(d.part.start, d.part.end)).length >= 2 ? d.part : undefined;
      if (d.subject || part) {
        // A sub-item's own date is compared with the task that sub-item takes up, and with those it
        // matches nearly as well.
        const s = subjectTasks(ctx, (d.subject ?? part)!);
        if (!s) continue;
        const task = p.taskByNo.get(s.best)!;
        if (compareDeadlines(d.deadline, task.deadline) !== 'later' || scheduledInPlanYear(d.deadline, task.deadline, ctx) || regionOnlyFor(ctx, task)) continue;
        if (s.rivals.every((no) => compareDeadlines(d.deadline, p.taskByNo.get(no)!.deadline) === 'later')) {
          report(d.start, d.end, task.deadline, `任务清单第${task.no}项`, [quoteTask(p, task)], d);
        }
        continue;
      }
      // A division of duties by section (（三）构建智能集约的平台支撑体系 | 区大数据中心 | 2024年底前): the date is due for
      // every task of the section the row names, and late only when it is later than each of them.
      if (unit?.kind === 'task-row' && unit.cells?.sectionRow) {
        const clause = ctx.alignments[unit.index]?.clauses[0];
        const byClause = clause ? p.baseline.tasks.filter((x) => x.groupClauseIds.some((g) => g === clause.id || g.startsWith(`${clause.id}.`))) : [];
        // A row that names its section by number (2.1.4, 第3.2节) is due for the tasks that section of the plan takes up.
        // A 对照表 row of the plan's own task number and the region's tasks it maps to (6.3 | 86 | 2025年) is due for the tasks
        // it cites too.
        // (The section so numbered comes first: a row of one measure (3.4.2 | 推进电子政务外网县乡村全覆盖) is due for the tasks
        // that measure takes up, not for every task of the part its words come nearest.)
        const numbered = [...new Set([...numberedSectionTasks(ctx, unit), ...citedOnly(ctx, unit)])];
        const tasks = numbered.length ? numbered.map((no) => p.taskByNo.get(no)!).filter(Boolean) : byClause;
        if (tasks.length && tasks.every((x) => compareDeadlines(d.deadline, x.deadline) === 'later')) {
          const latest = tasks.reduce((a, b) => (compareDeadlines(b.deadline, a.deadline) === 'later' ? b : a));
          report(d.start, d.end, latest.deadline, `任务清单第${latest.no}项`, [quoteTask(p, latest)], d);
        }
        continue;
      }
      // A note dating the higher level's tasks by their numbers (注：本部分对应自治区任务清单第43—59项，其中第48项于2025年6月底前
      // 完成，其余于2024年底前完成): the date is due for each task so numbered, and late when later than one of them.
      const listed = d.context === 'sentence' ? listTasksDated(ctx, d) : undefined;
      if (listed) {
        // Its own words only: a note's clauses each date their own tasks (第51项已于2023年底前完成，第48项于2025年6月底前完成).
        const own = parseDeadline(ctx.text.slice(d.start, d.end)).deadline;
        const whole = own.milestones.length ? own : d.deadline;
        // (A task the list gives to the region's bodies alone counts too: the plan names it as one it takes up, with a date.)
        const late = listed
          .map(({ no, date }) => ({ task: p.taskByNo.get(no), date: date ?? whole }))
          .filter((x): x is { task: Task; date: Deadline } => !!x.task && compareDeadlines(x.date, x.task.deadline) === 'later' && !scheduledInPlanYear(x.date, x.task.deadline, ctx))
          .map((x) => x.task);
        const earliest = late.reduce<Task | undefined>((a, b) => (!a || compareDeadlines(a.deadline, b.deadline) === 'later' ? b : a), undefined);
        if (earliest) report(d.start, d.end, earliest.deadline, `任务清单第${earliest.no}项`, [quoteTask(p, earliest)], d);
        continue;
      }
      // A schedule that dates the plan's own tasks by their numbers (第三阶段…：2025年底前，完成第11—20项任务; 第29项任务于
      // 2026年6月底前完成): the date is due for each task so numbered, and late when later than a task one of them takes up.
      // (A period's start, 第三阶段（2025年1月—12月）, is no date the tasks are due by.)
      // So does a table row whose matter is only the numbers of the plan's items (第17项, 第4—6项 | 牵头单位 | … | 2025年6月底前).
      const byNumbers = d.context === 'task-row' && !!unit?.cells?.content && ITEMS_ONLY.test(ctx.text.slice(unit.cells.content.start, unit.cells.content.end));
      const cited = byNumbers ? ownItemsCited(ctx, d, unit!.cells!.content!) : d.context === 'sentence' && !PERIOD_START.test(ctx.text.slice(d.end, d.end + 6)) ? ownItemsCited(ctx, d) : undefined;
      if (cited) {
        let worst: { task: Task; item: OutlineUnit } | undefined;
        for (const item of cited) {
          const top = bestTask(ctx.alignments, item, SENTENCE_TASK_THRESHOLD);
          const task = top && p.taskByNo.get(top.no);
          if (!task || regionOnlyFor(ctx, task)) continue;
          if (compareDeadlines(d.deadline, task.deadline) !== 'later' || scheduledInPlanYear(d.deadline, task.deadline, ctx)) continue;
          // An item matching another task nearly as well (建立数字资源“一本账”: task 30 at 0.56, task 23 at 0.56) is late only
          // when it is late for that task too.
          const close = (ctx.alignments[item.index]?.tasks ?? []).filter((x) => x.no !== task.no && x.score >= top.score * CLOSE_RIVAL).map((x) => p.taskByNo.get(x.no));
          if (close.some((x) => x && !regionOnlyFor(ctx, x) && compareDeadlines(d.deadline, x.deadline) !== 'later')) continue;
          if (!worst || compareDeadlines(worst.task.deadline, task.deadline) === 'later') worst = { task, item };
        }
        if (worst) {
          const own = ctx.text.slice(worst.item.titleSpan.start, worst.item.titleSpan.end);
          report(d.start, d.end, worst.task.deadline, `任务清单第${worst.task.no}项`, [{ quote: `方案第${worst.item.marker.replace(/[.．、\s]/g, '')}项任务：${own.slice(0, 60)}` }, quoteTask(p, worst.task)], d);
        }
        continue;
      }
      // A measure citing the other level's list alone (（对应市方案第2项；…）) in a draft whose notes cite this list's tasks wherever
      // they take one up (对应市方案第1项、自治区清单第64项) says it takes up none of this list's: its words are not held to one.
      if (citesOtherListOnly(ctx, unit)) continue;
      const t = citedChoice(ctx, unit) ?? taskForMention(ctx, unit, at, d.context) ?? clauseTask(ctx, unit, d);
      if (!t) continue;
      const task = p.taskByNo.get(t.no)!;
      // A measure combining tasks it cites (〔对应自治区任务清单第47、49项〕) takes each up: its one date is late when it is
      // later than any of them its words match (the earliest named).
      const combined = combinedTasks(ctx, unit, t.no) ?? (d.deadline.milestones.length === 1 ? sentenceCombinedTasks(ctx, unit, t.no) : undefined);
      if (combined) {
        const tasks = combined.map((no) => p.taskByNo.get(no)!).filter((x) => x && !regionOnlyFor(ctx, x));
        // Steps dated one per task cited (2024年完成“宁政通”推广，2025年完成填表报数系统应用 for tasks 105 and 106): the earlier
        // step keeps to the earlier task, the later to the later, each held to its own.
        const steps = d.deadline.milestones.length >= 2 && d.deadline.milestones.length === tasks.length ? pairedSteps(d.deadline, tasks) : undefined;
        const late = (steps ?? tasks.map((x) => [d.deadline, x] as const))
          .filter(([date, x]) => compareDeadlines(date, x.deadline) === 'later' && !scheduledInPlanYear(date, x.deadline, ctx))
          .map(([, x]) => x);
        const earliest = late.reduce<Task | undefined>((a, b) => (!a || compareDeadlines(a.deadline, b.deadline) === 'later' ? b : a), undefined);
        if (earliest) report(d.start, d.end, earliest.deadline, `任务清单第${earliest.no}项`, [quoteTask(p, earliest)], d);
        continue;
      }
      // Where the sentence itself points to another task, the date must be late for both.
      // So must a row or unit whose runner-up task is nearly as good a match (数据资源“一本账” is
      // task 30's wording, 重大项目、关键应用“一本账” task 23's): no confident match, no error.
      if (compareDeadlines(d.deadline, task.deadline) !== 'later') continue;
      // Only a date that is late is looked at again (the sentence's own query runs for it alone).
      const unitTasks = unit ? ctx.alignments[unit.index]?.tasks ?? [] : [];
      // The higher level's date had passed before the plan was issued, so any date the plan sets is later:
      // the plan's date is held to it only on a confident match (the unit's or its sentence's), or when every
      // task the unit matches is as late (区直部门系统迁移至政务信创云: tasks 19, 43 and 50, all due 2024). A
      // weak match alone is as likely another task's, due later.
      const done = completionOf(task.deadline);
      if (ctx.documentYear !== undefined && done && done !== 'ongoing' && done.year < ctx.documentYear) {
        const confidence = Math.max(t.score, ...unitTasks.filter((x) => x.no === t.no).map((x) => x.score));
        const closeMatches = unitTasks.filter((x) => x.score >= (unitTasks[0]?.score ?? 0) * CLOSE_RIVAL);
        // (So must every task whose words the unit's content repeats at length: a row on 融入全区一体化政务大数据体系 may take up task
        // 29, which the index, weighing those words little, does not rank.)
        const agreed =
          closeMatches.length >= 2 &&
          [...unitTasks.map((x) => x.no), ...(unit ? phraseTasks(ctx, unit, closeMatches.map((x) => x.no)) : [])].every((no) => compareDeadlines(d.deadline, p.taskByNo.get(no)!.deadline) === 'later');
        if (confidence < PASSED_MIN && !agreed) continue;
        // A paragraph matched only through the item above it (提升经济调节能力 / 2024年：建立…月度监测分析机制) says nothing of
        // that task in its own words: its date is another part's schedule, not this task's delay.
        if (!agreed && !('start' in t) && unit?.kind === 'paragraph' && !ownWordsName(ctx, unit, t.no)) continue;
      }
      // A plan for one year (2024年工作要点) schedules that year's work: for a task whose higher-level
      // date had passed before the year began, a date within the year is its schedule, not a delay.
      if (scheduledInPlanYear(d.deadline, task.deadline, ctx)) continue;
      // The unit's other close matches are rivals only when the date is matched through the unit: a
      // date inside a sentence that takes a task up on its own (2025年6月底前完成县级城域网升级改造…) is
      // that sentence's, and the unit's other sentences are about other tasks.
      const ownSentence = 'start' in t && unit?.kind !== 'task-row';
      // A weak sentence match in a short item that matches another task confidently as a whole (探索“多卡合一”
      // “多码合一”。配合…依托“我的宁夏”政务APP…。（…我县2025年9月底前完成）: task 92 on the item, 86 on its
      // sentence) leaves the item's task a rival: the note may close the item, not the sentence.
      const itemTask = unitTasks[0];
      // So does an item whose whole match is clearly better than its sentence's (深化“互联网+医疗健康”…推广远程会诊、电子健康档案…:
      // task 8 at 0.57 on the item, 54 at 0.35 on the sentence through 电子…档案), and an item whose title is that task's own
      // words (（2）开展试点示范。围绕…、智慧林草等优势领域，积极争取…试点…: task 28's 开展试点示范 on the item, 98 on its
      // sentence through the domain it names).
      const weakOwn =
        ownSentence && t.score < WEAK_SENTENCE && !!unit && unit.end - unit.start <= SHORT_ITEM && !!itemTask && itemTask.no !== t.no &&
        (itemTask.score >= CONFIDENT_ITEM || (itemTask.score >= PASSED_MIN && itemTask.score >= t.score * CLEARLY_BETTER) || titleIsTasksWords(ctx, unit, itemTask.no));
      // A note closing an item whose sentences take up different tasks (…按需建设实时交换系统…；持续扩展…共享交换服务范围…；
      // …建立属地返还机制。（…完成时限：2024年底前）) dates the whole item: each of its sentences' tasks is a rival.
      const itemNote = ownSentence && d.context === 'annotation' && unit ? noteTasks(ctx, unit, t.no, d) : [];
      const close = weakOwn
        ? [itemTask!.no]
        : ownSentence
          ? itemNote
          : unitTasks.filter((x) => x.no !== t.no && x.score >= t.score * CLOSE_RIVAL).map((x) => x.no);
      // A task the list gives to regional bodies alone (充实自治区领导小组) sets no date for a city or
      // county: its own share is a task that names them (成立相应组织机构). The date is compared with
      // the unit's matches that do, and with the tasks of the same group that ask cities and counties
      // to mirror the region's work (as coverage reads such a unit), and only when there is one.
      const regionOnly = regionOnlyFor(ctx, task);
      const local = regionOnly
        ? [...unitTasks.filter((x) => x.no !== t.no && p.taskByNo.get(x.no)?.namesLocal).map((x) => x.no), ...mirrorTasks(p, task)]
        : [];
      if (regionOnly && !local.length) {
        // A row or sentence plainly taking up such a task (its words match it confidently), with a date later than the region's
        // own: no date binds the county, but the reviewer is told, as information, that its schedule trails the region's work.
        // (Not work consolidating what was done, 巩固提升…成效, 在…的基础上持续优化: its date is for the next stage.)
        const consolidating = !!unit && CONSOLIDATES.test(ctx.text.slice(unit.start, d.start));
        if (t.score >= REGION_ONLY_TOLD && !consolidating && !reportedAt.has(d.start) && compareDeadlines(d.deadline, task.deadline) === 'later' && !scheduledInPlanYear(d.deadline, task.deadline, ctx)) {
          reportedAt.add(d.start);
          out.push({
            start: d.start, end: d.end, severity: 'information',
            message: `完成时限“${shownDate(ctx.text.slice(d.start, d.end))}”晚于${levelLabel(p)}任务清单第${task.no}项的完成时限“${formatDeadline(task.deadline)}”。该项由${levelLabel(p)}部门负责，本级时限不受其约束；如本方案承接的正是该项工作，请核实时限安排。`,
            related: [quoteTask(p, task)],
            fixes: [],
          });
        }
        continue;
      }
      const content = unit ? contentBefore(ctx, unit, at, d.context === 'sentence' ? d.end : undefined) : '';
      // The clause the date stands in (…，到2025年底实现各类证照全部电子化并在政务服务领域全面普及应用) may take up a task of its
      // own, in a sentence that lists others first (公共支付、电子票据 …): that task is a rival too.
      const clause = d.context === 'sentence' ? spanAround(ctx.text, d, CLAUSE_END, 100) : undefined;
      const own = clause ? subjectTasks(ctx, clause) : undefined;
      const ownTasks = own ? [own.best, ...own.rivals].filter((no) => no !== t.no) : [];
      // So may a task whose words the clause repeats at length (2025年全面融入全区一体化政务大数据体系: task 29's), which the
      // index, weighing those words little, does not rank (see phraseTasks).
      const clausePhrases = clause ? phraseTasksIn(ctx, clause, [t.no, ...unitTasks.map((x) => x.no)]).filter((no) => no !== t.no) : [];
      // A row or item that repeats another task's words at length more than its chosen task's (依托自治区统一的政务数据平台…融入
      // 全区一体化政务大数据体系: task 29's words, matched to task 36 through 供需对接) may take that task up: a rival too.
      // (Not a unit holding other dates: its other measures, each with its own note, say nothing of this date's work.)
      const alone = !!unit && (unit.kind === 'task-row' || !ctx.deadlines.some((x) => x !== d && x.start >= unit.start && x.start < unit.end));
      const unitPhrases = !clause && unit && alone ? phraseRivals(ctx, unit, t.no, unitTasks.map((x) => x.no)) : [];
      const rivals = [...rivalTasks(ctx, unit, at, t.no), ...close, ...local, ...systemTasks(ctx, content, t.no), ...programmeTasks(ctx, unit, content, t.no), ...citedTasks(ctx, unit, t.no), ...ownTasks, ...clausePhrases, ...unitPhrases, ...copiedDeadlineTasks(p, d.deadline, t.no).filter((no) => t.score < COPIED_DATE_MATCH || unitTasks.some((x) => x.no === no))]
        .map((no) => p.taskByNo.get(no)!)
        .filter(Boolean);
      if (rivals.every((r) => compareDeadlines(d.deadline, r.deadline) === 'later')) {
        // A regional body's own task is not the yardstick the plan is held to when its local share is
        // due later: the message names the latest of them (the date is later than each).
        let yardstick = task;
        if (regionOnly) {
          for (const no of local) {
            const r = p.taskByNo.get(no);
            if (r && compareDeadlines(r.deadline, yardstick.deadline) === 'later') yardstick = r;
          }
        }
        report(d.start, d.end, yardstick.deadline, `任务清单第${yardstick.no}项`, [quoteTask(p, yardstick)], d);
      }
    }
    // The quotations are the draft's own text: read once, with the primary baseline.
    if (!ctx.parentLevel) out.push(...laterThanQuoted(ctx, reportedAt), ...laterThanHigherColumn(ctx, reportedAt));
    return dropRestated(ctx, out);
  },
};

/** Words of work that consolidates what was done before (see the region-only branch). */
const CONSOLIDATES = /巩固|鞏固|的基础上|的基礎上|持续优化|持續優化|持续深化|持續深化/;
/** How well a unit or sentence must match a task the region's bodies carry alone for its later date to be told (information). */
const REGION_ONLY_TOLD = 0.6;

/**
 * Below this match, a date copying another task's compound 完成时限 makes that task a rival (see copiedDeadlineTasks); above
 * it, only when the unit matches that task too (落实以网管网等新型监管模式…｜持续推进，2025年取得明显成效: task 75 first, task 5,
 * whose date it is, second).
 */
const COPIED_DATE_MATCH = 0.45;

/**
 * The tasks whose whole 完成时限 a compound date copies word for word: two milestones or more (2023年启动，2025年完成 is
 * task 29's), or work kept up with a year's milestone (持续推进，2025年取得明显成效 is tasks 8–10's). A plan whose words
 * match its chosen task only weakly, copying another task's compound date, may take that task up. A single year says
 * nothing so.
 */
function copiedDeadlineTasks(p: PreparedBaseline, date: Deadline, chosen: number): number[] {
  const compound = (d: Deadline): boolean => d.milestones.length + (d.ongoing ? 1 : 0) >= 2;
  if (!compound(date)) return [];
  const key = (raw: string) => foldForMatching(raw).replace(/[\s，,、；;]/g, '');
  const own = key(date.raw);
  let byRaw = copiedIndex.get(p);
  if (!byRaw) {
    byRaw = new Map();
    for (const t of p.baseline.tasks) {
      if (!compound(t.deadline)) continue;
      const k = key(t.deadline.raw);
      byRaw.set(k, [...(byRaw.get(k) ?? []), t.no]);
    }
    copiedIndex.set(p, byRaw);
  }
  return (byRaw.get(own) ?? []).filter((no) => no !== chosen);
}
const copiedIndex = new WeakMap<PreparedBaseline, Map<string, number[]>>();

/** After a higher level's date it did not write itself (see Deadline.assumed): where the date comes from. */
const ASSUMED_NOTE = '（上级文件未写明该项时限，按其工作年度计）';

/** Whether a piece of text closes a quotation it did not open (it starts inside one). */
function opensInsideQuote(s: string): boolean {
  let depth = 0;
  for (const c of s) {
    if (c === '“' || c === '「' || c === '『') depth++;
    else if (c === '”' || c === '」' || c === '』') {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

/** How far back from a goal's date the target named before it is read (see the goals in check). */
const GOAL_LEAD_IN = 80;

/** The title of a part listing the plan's tasks (三、任务清单, 二、重点任务, 主要任务). */
const TASK_LIST_TITLE = /任务/;

/** A cell that is only a section's number: 2.1.4, 第3.2节, 5.4. */
const SECTION_NUMBER = /^[ \t\u3000]*第?[ \t\u3000]*([0-9]{1,2}(?:[.．][0-9]{1,2}){0,3})[ \t\u3000]*(?:节|節|条|條)?[ \t\u3000]*$/;

/**
 * The tasks the plan's own section takes up, for a row that names the section by its number: the best task (at the
 * row threshold) and the sentences' tasks of the heading so numbered and of every unit below it.
 */
function numberedSectionTasks(ctx: RuleContext, row: OutlineUnit): number[] {
  const content = row.cells?.sectionNo ?? row.cells?.content;
  const m = content ? SECTION_NUMBER.exec(ctx.text.slice(content.start, content.end)) : null;
  if (!m) return [];
  const number = m[1]!.replace(/．/g, '.');
  // Numbered by its marker (2.1.4), or by its title's first words (任务1.1 健全组织机构, the plan's own task numbers).
  const ownNumber = new RegExp(`^任务\\s*${number.replace(/\./g, '\\.')}(?![0-9.．])`);
  const numbered = ctx.outline.filter((u) => u.kind !== 'task-row' && (u.marker.replace(/[．]/g, '.').replace(/^第|[.、\s节節]+$/g, '') === number || (!u.marker && ownNumber.test(u.title))));
  // A plain number may be an item of more than one list (目标清单 1. … 8., 任务清单 1. … 49.): the one in a list of tasks.
  const section = numbered.length > 1 ? numbered.find((u) => u.path.some((t) => TASK_LIST_TITLE.test(t))) ?? numbered[0] : numbered[0];
  if (!section) return [];
  const within = (u: OutlineUnit): boolean => {
    for (let v: OutlineUnit | undefined = u; v; v = v.parent === undefined ? undefined : ctx.outline[v.parent]) if (v === section) return true;
    return false;
  };
  const out = new Set<number>();
  // The section's units follow it in a run: read from it until the first unit outside it.
  for (let i = section.index; i < ctx.outline.length && within(ctx.outline[i]!); i++) {
    const u = ctx.outline[i]!;
    if (u.kind === 'task-row') continue;
    const a = ctx.alignments[u.index];
    if (a?.tasks[0] && a.tasks[0].score >= SENTENCE_TASK_THRESHOLD) out.add(a.tasks[0].no);
    for (const s of a?.sentenceTasks ?? []) out.add(s.no);
  }
  return [...out];
}

/**
 * The first task, among those the items of a note's section take up, that the note's date is later
 * than. The section is the note's nearest enclosing heading above the level of numbered items (1.);
 * an item that gives a date of its own, or a row of a table, is held to that date instead. An item's
 * task is its best match (ROW_MIN), and the date must be later than every close rival's.
 */
function sectionItemLate(ctx: RuleContext, d: DeadlineMention): Task | undefined {
  const p = ctx.prepared;
  const note = unitAt(ctx.outline, d.start);
  if (!note || note.parent === undefined) return undefined;
  let section = ctx.outline[note.parent]!;
  while (section.level >= 3 && section.parent !== undefined) section = ctx.outline[section.parent]!;
  for (let i = section.index + 1; i < note.index; i++) {
    const u = ctx.outline[i]!;
    if (u.kind === 'task-row' || !u.path.includes(section.title)) continue;
    if (ctx.deadlines.some((x) => x !== d && x.start >= u.start && x.start < u.end)) continue;
    const top = bestTask(ctx.alignments, u, SENTENCE_TASK_THRESHOLD);
    if (!top) continue;
    const task = p.taskByNo.get(top.no);
    if (!task || regionOnlyFor(ctx, task)) continue;
    if (compareDeadlines(d.deadline, task.deadline) !== 'later' || scheduledInPlanYear(d.deadline, task.deadline, ctx)) continue;
    const close = (ctx.alignments[u.index]?.tasks ?? []).filter((x) => x.no !== top.no && x.score >= top.score * CLOSE_RIVAL);
    if (close.every((x) => compareDeadlines(d.deadline, p.taskByNo.get(x.no)!.deadline) === 'later')) return task;
  }
  return undefined;
}

/**
 * A measure that cites several tasks it takes up (〔对应自治区任务清单第47、49项〕), the chosen one among them, with the
 * others its words also match: the chosen task and those others. Its one date must keep to each of them. Undefined for
 * any other unit.
 */
function combinedTasks(ctx: RuleContext, unit: OutlineUnit | undefined, chosen: number): number[] | undefined {
  const refs = unitTaskRefs(unit);
  if (!unit || !refs || refs.length < 2) return undefined;
  const level = taskListLevel(ctx.prepared);
  const mine = refs.filter((r) => !r.level || r.level === level);
  if (!mine.some((r) => r.no === chosen)) return undefined;
  const others = citedTasks(ctx, unit, chosen);
  return others.length ? [chosen, ...others] : undefined;
}

/**
 * The steps of a date (its milestones, earliest first) each paired with one of `tasks` by the order of their dates, or
 * undefined when the tasks' dates cannot be ordered (one ongoing).
 */
function pairedSteps(deadline: Deadline, tasks: Task[]): (readonly [Deadline, Task])[] | undefined {
  const key = (m: Milestone) => m.year * 12 + (m.month ?? 12);
  const steps = [...deadline.milestones].sort((a, b) => key(a) - key(b));
  const ends = tasks.map((t) => ({ t, done: completionOf(t.deadline) }));
  if (ends.some((e) => !e.done || e.done === 'ongoing')) return undefined;
  const ordered = ends.sort((a, b) => key(a.done as Milestone) - key(b.done as Milestone)).map((e) => e.t);
  return steps.map((m, k) => [{ raw: deadline.raw, milestones: [m], ongoing: false }, ordered[k]!] as const);
}

/** A sentence of a row takes its task up beyond doubt from this match. */
const SURE_SENTENCE = 0.7;

/**
 * A task row whose sentences each take up a different task beyond doubt (开展县级城域网升级改造…全覆盖；依托全区统一的视频共享
 * 平台…接入“视频一张网”: tasks 48 and 49), the chosen one among them: those tasks, which its one date (a single milestone:
 * （1）2024年底前；（2）2025年底前 dates each part apart) must keep to, as a row citing them would. Undefined for any other unit.
 */
function sentenceCombinedTasks(ctx: RuleContext, unit: OutlineUnit | undefined, chosen: number): number[] | undefined {
  if (unit?.kind !== 'task-row') return undefined;
  const sure = (ctx.alignments[unit.index]?.sentenceTasks ?? []).filter((x) => x.score >= SURE_SENTENCE);
  const bySentence = new Map<number, number>();
  for (const x of sure) if (!bySentence.has(x.start)) bySentence.set(x.start, x.no);
  const nos = [...new Set(bySentence.values())];
  return nos.length >= 2 && nos.includes(chosen) ? nos : undefined;
}

/**
 * The tasks a row says it takes up (对应自治区任务：29) that its words also match, however weakly: the plan
 * names them, so a date is late only if it is later than theirs too. A cited number its words do not
 * match at all may be a slip (16 for 15), and is not trusted, as coverage does not trust it.
 */
function citedTasks(ctx: RuleContext, unit: OutlineUnit | undefined, chosen: number): number[] {
  // A measure answering a quotation of the region's task (【自治区任务】第48项：…), or citing the tasks it takes up
  // (〔对应自治区任务清单第47、49项〕), names them as such a row does.
  const refs = unitTaskRefs(unit);
  if (!unit || !refs) return [];
  const level = taskListLevel(ctx.prepared);
  const aligned = ctx.alignments[unit.index]?.tasks ?? [];
  return refs
    .filter((r) => (!r.level || r.level === level) && r.no !== chosen && aligned.some((t) => t.no === r.no))
    .map((r) => r.no);
}

/**
 * The one task of this baseline's list a measure cites (；对应自治区任务清单第23项）) when its words match that task too, among
 * its best: the plan says which task it carries out, and its date is held to that one, not to the task its words come
 * nearer (一本账 is as much task 30's word as task 23's). A citation its words do not match may be a slip, and is not trusted.
 */
function citedChoice(ctx: RuleContext, unit: OutlineUnit | undefined): { no: number; score: number } | undefined {
  if (!unit) return undefined;
  const mine = citedOnly(ctx, unit);
  if (mine.length !== 1) return undefined;
  return (ctx.alignments[unit.index]?.tasks ?? []).find((t) => t.no === mine[0]);
}

/** Fewest units citing this baseline's list for a draft's citations to be read as its convention (see citesOtherListOnly). */
const CITING_CONVENTION = 3;
const citingUnits = new WeakMap<object, Map<string, number>>();

/**
 * Whether a unit cites another level's list only (市方案第2项, level city, checked against the region's list) in a draft where
 * CITING_CONVENTION units or more cite this baseline's list by level: the draft says which of this list's tasks each measure
 * takes up, and this one names none.
 */
function citesOtherListOnly(ctx: RuleContext, unit: OutlineUnit | undefined): boolean {
  const refs = unitTaskRefs(unit);
  if (!refs?.length) return false;
  const level = taskListLevel(ctx.prepared);
  if (refs.some((r) => !r.level || r.level === level)) return false;
  let counts = citingUnits.get(ctx.outline);
  if (!counts) citingUnits.set(ctx.outline, (counts = new Map()));
  let n = counts.get(level);
  if (n === undefined) {
    n = ctx.outline.filter((u) => unitTaskRefs(u)?.some((r) => r.level === level)).length;
    counts.set(level, n);
  }
  return n >= CITING_CONVENTION;
}

/** The tasks of this baseline's list a row cites (自治区任务清单序号: 43、46), with no words of its own to match them by. */
function citedOnly(ctx: RuleContext, unit: OutlineUnit): number[] {
  const level = taskListLevel(ctx.prepared);
  return (unitTaskRefs(unit) ?? []).filter((r) => !r.level || r.level === level).map((r) => r.no);
}

/**
 * The tasks that name a system the row's content (or the date's sentence) works on, when the chosen
 * task does not: 纳入自治区一体化数字资源管理系统 is task 23's or 59's work whatever its other words
 * (政务信息化项目) share with task 24.
 */
function systemTasks(ctx: RuleContext, content: string, chosen: number): number[] {
  const out: number[] = [];
  for (const [, nos] of systemsWorkedOn(ctx.prepared, content)) {
    if (nos.includes(chosen)) continue;
    for (const no of nos) if (!out.includes(no)) out.push(no);
  }
  return out;
}

/**
 * The task that alone quotes a programme the row's content (or the date's sentence) names, when the chosen
 * task does not: 推动“接诉即办”和“即问即答” is task 87's work (12345热线), whatever its other words share with
 * task 86, when the unit's words match that task too. A name two tasks quote (“宁政通”: 105 and 106) says
 * nothing of which one the row is.
 */
function programmeTasks(ctx: RuleContext, unit: OutlineUnit | undefined, content: string, chosen: number): number[] {
  if (!unit) return [];
  const aligned = ctx.alignments[unit.index]?.tasks ?? [];
  const out: number[] = [];
  for (const name of namesIn(content, ctx.prepared.programmeNames)) {
    const nos = ctx.prepared.programmeNames.get(name)!;
    if (nos.length === 1) {
      const no = nos[0]!;
      if (no !== chosen && !out.includes(no) && aligned.some((t) => t.no === no)) out.push(no);
      continue;
    }
    // (The words qualifying the name are the evidence here, however the unit's other words match: a department's paragraph
    // of many tasks.)
    const qualified = nos.length === 2 && nos.includes(chosen) ? qualifiedAs(ctx, content, name, nos.find((x) => x !== chosen)!, chosen) : undefined;
    if (qualified !== undefined && !out.includes(qualified)) out.push(qualified);
  }
  return out;
}

/** Characters before a programme's name read as what qualifies it (全县数字政府资源“一本账”: 数字政府资源). */
const QUALIFIER_REACH = 8;
/** Fewest characters a qualifier must share verbatim with a task's text to say it is that task's. */
const QUALIFIER_PHRASE = 4;

/**
 * For a name two tasks quote (“一本账”: 23, 数字政府资源; 30, 政务数据), the other task when the words just before the name in the
 * content (数字政府资源“一本账”, 数字资源“一本账”) are that task's and not the chosen one's: a phrase of QUALIFIER_PHRASE
 * characters found in the other task's text alone. Undefined otherwise: the name alone says nothing of which task it is.
 */
function qualifiedAs(ctx: RuleContext, content: string, name: string, other: number, chosen: number): number | undefined {
  const otherText = phraseText(ctx.prepared, other);
  const chosenText = phraseText(ctx.prepared, chosen);
  // Each place the content names it (持续更新…政务数据“一本账”；…建成全县数字政府资源“一本账”).
  for (let at = content.indexOf(name); at >= 0; at = content.indexOf(name, at + name.length)) {
    // The words since the last punctuation before the name.
    const lead = content.slice(Math.max(0, at - QUALIFIER_REACH), at).split(/[，,。；;、：:（(）)]/).pop()!;
    for (let i = 0; i + QUALIFIER_PHRASE <= lead.length; i++) {
      const phrase = lead.slice(i, i + QUALIFIER_PHRASE);
      if (otherText.includes(phrase) && !chosenText.includes(phrase)) return other;
    }
  }
  return undefined;
}

/** A task's words as phraseIndex holds them (folded, ideographs only). */
function phraseText(p: PreparedBaseline, no: number): string {
  return phraseIndex(p).find((t) => t.no === no)?.words ?? '';
}

/**
 * What a date's work is read from, folded and without quotes: a row's content, or the date's sentence up to it
 * (and, given `dateEnd`, for a date in running text, on to the sentence's end); for a date in a note
 * (…纳入“一本账”统筹管理。（责任单位：…；完成时限：2024年）), the sentence the note closes.
 */
function contentBefore(ctx: RuleContext, unit: OutlineUnit, at: number, dateEnd?: number): string {
  let from = unit.titleSpan.start;
  let to = unit.titleSpan.end;
  if (unit.kind !== 'task-row') {
    to = at;
    // The bracket the date's note opens with, past brackets closed inside it (县直各部门（单位）配合).
    let open = -1;
    for (let i = at - 1, depth = 0; i > unit.start && at - i < 160; i--) {
      const c = ctx.text[i]!;
      if (c === '）' || c === ')') depth++;
      else if (c === '（' || c === '(') {
        if (depth === 0) {
          open = i;
          break;
        }
        depth--;
      } else if (c === '\n') break;
    }
    if (open > unit.start) {
      to = open;
      while (to > unit.start && /[。；;\s]/.test(ctx.text[to - 1]!)) to--;
    }
    from = to;
    while (from > unit.start && !/[。；;\n]/.test(ctx.text[from - 1]!)) from--;
    // A date in running text (…，2025年12月底前完成区级数据资源与自治区政务数据平台全面对接) dates the work its
    // sentence names after it too.
    if (dateEnd !== undefined && open <= unit.start) {
      to = dateEnd;
      while (to < unit.end && !/[。；;\n]/.test(ctx.text[to]!)) to++;
    }
  }
  return foldForMatching(ctx.text.slice(from, to)).replace(/[“”"]/g, '');
}

type Goal = { text: string; deadline: Deadline };

/** The goal a goal sentence's date is later than, with the quotes that say so; undefined when none. */
type LateGoal = { goal: Goal; related: RelatedInfo[] } | undefined;

/**
 * Decisions of lateGoal by sentence, date and document year, per prepared baseline: a long plan
 * repeats its goal sentences, and an edit leaves most of them as they were.
 */
const lateGoals = new WeakMap<PreparedBaseline, Map<string, LateGoal>>();

function lateGoal(p: PreparedBaseline, sentence: string, date: Deadline, documentYear: number | undefined): LateGoal {
  let cache = lateGoals.get(p);
  if (!cache) lateGoals.set(p, (cache = new Map()));
  const key = `${documentYear ?? ''}\u0000${date.raw}\u0000${sentence}`;
  if (cache.has(key)) return cache.get(key);
  const out = decideLateGoal(p, sentence, date, documentYear);
  if (cache.size >= 4096) cache.clear();
  // A copy of the key: a sentence sliced from the document would keep that version of it alive.
  cache.set(detach(key), out);
  return out;
}

/**
 * A goal set beyond the higher level's on the ground of having met them (到2026年，在完成自治区2025年目标任务的基础上巩固提升，…):
 * a stage after them, not their date put off.
 */
const BUILDS_ON_MET_GOALS = /^[，,\s]*(?:在|于|於)?[^，,。；;]{0,24}(?:完成|实现|實現|达成|達成|达到|達到)[^，,。；;]{0,20}(?:目标|目標|任务|任務)[^，,。；;]{0,8}基础上/;

function decideLateGoal(p: PreparedBaseline, sentence: string, date: Deadline, documentYear: number | undefined): LateGoal {
  if (BUILDS_ON_MET_GOALS.test(sentence)) return undefined;
  // Goals dated before the draft was written are history: a yardstick only for a sentence that
  // restates one closely (到2024年底，…“家底”全面理清 against the city's 到2023年底 of the same goal).
  const past = pastGoal(documentYear);
  const whole = p.baseline.goals
    .map((g) => ({ g, s: bigramSimilarity(sentence, foldForMatching(g.text)) }))
    .filter((x) => !past(x.g) || x.s >= PAST_GOAL_MIN);
  // When the sentence restates no goal as a whole, one of its targets may restate one of a goal's
  // (打造30个以上“数据要素×”典型应用场景 against 打造100个以上…): a goal still ahead is compared
  // through its closest target, and only when that target is plainly the same.
  const scored = whole.some((x) => x.s >= GOAL_MIN)
    ? whole.filter((x) => x.s >= GOAL_MIN - 0.08)
    : p.baseline.goals.filter((g) => !past(g)).map((g) => ({ g, s: targetLikeness(sentence, foldForMatching(g.text)) })).filter((x) => x.s >= TARGET_MIN);
  const sorted = scored.sort((a, b) => b.s - a.s);
  const best = sorted[0];
  // A goal is compared only when no other regional goal of about the same likeness runs
  // as late (a draft may set its own intermediate year between two regional goals).
  const rivals = sorted.filter((x) => best && x.s >= best.s - 0.08);
  if (best && rivals.every((x) => compareDeadlines(date, x.g.deadline) === 'later')) {
    // A later stage of the goal's target (县级政务数据全面融入…大数据体系 after the region's …大数据体系初步形成) is
    // not the same goal dated later: it is due by the region's next goal (到2025年, after 到2023年底), and late
    // only when later than that one.
    let goal = best.g;
    if (laterStage(sentence, foldForMatching(best.g.text))) {
      const next = p.baseline.goals
        .filter((g) => compareDeadlines(g.deadline, best.g.deadline) === 'later')
        .reduce<(typeof p.baseline.goals)[number] | undefined>((a, g) => (!a || compareDeadlines(a.deadline, g.deadline) === 'later' ? g : a), undefined);
      if (!next || compareDeadlines(date, next.deadline) !== 'later') return undefined;
      goal = next;
    }
    return { goal, related: [{ quote: `${sourceLabel(p.baseline)} 主要目标：${goal.text.slice(0, 120)}` }] };
  }
  // A goal sentence may gather targets of several goals (到2025年底，政务数据共享满足率达到95%以上，
  // 城市数字底座基本建成): one that plainly restates a target of an earlier goal, and no target of
  // a goal as late, is late however the rest of the sentence reads.
  // A sentence restating as a whole a goal its date keeps to (到2025年，全县…体系框架全面成型，…) is that goal in the plan's
  // words: a target of an earlier goal in it counts as moved only when copied as the region wrote it, whole or in part
  // (基础设施集约完备; 政务数据共享满足率达到95%以上 for 设区市政务数据共享…), not when made the plan's own with words put
  // into it (打造一批具有海原特色的标志性应用场景 against 打造一批标志性应用场景 by 2023年底).
  const keepsWhole = whole.some((x) => x.s >= GOAL_MIN && compareDeadlines(date, x.g.deadline) !== 'later');
  const moved = movedTarget(sentence, p.baseline.goals, date, past, TARGET_MIN, keepsWhole);
  if (moved) {
    return {
      goal: moved.goal,
      related: [{ quote: `${sourceLabel(p.baseline)} 主要目标：${moved.goal.text.slice(0, 120)}` }, { quote: `方案中的目标：${moved.target}` }],
    };
  }
  return undefined;
}

/** Whether a goal's date had passed when the draft was written (its completing year before the document's). */
function pastGoal(documentYear: number | undefined): (g: Goal) => boolean {
  return (g) => {
    const c = completionOf(g.deadline);
    return documentYear !== undefined && !!c && c !== 'ongoing' && c.year < documentYear;
  };
}

/** Whether the sentence restates (nearly as lateGoal reads goals) a goal whose date `date` is not later than. */
function restatesGoalKept(p: PreparedBaseline, sentence: string, date: Deadline): boolean {
  return p.baseline.goals.some((g) => {
    if (compareDeadlines(date, g.deadline) === 'later') return false;
    const goal = foldForMatching(g.text);
    return bigramSimilarity(sentence, goal) >= GOAL_MIN - 0.08 || targetLikeness(sentence, goal) >= TARGET_MIN - 0.08;
  });
}

/**
 * The task a date's own comma clause takes up when its sentence as a whole matches none (一是…。按照《方案》第四部分，明确…，
 * 编制…目录，2025年底前实现电子政务外网…全覆盖: three tasks in one sentence, none of them its whole).
 */
function clauseTask(ctx: RuleContext, unit: OutlineUnit | undefined, d: DeadlineMention): { no: number; score: number } | undefined {
  if (d.context !== 'sentence' || !unit || unit.kind === 'task-row') return undefined;
  const clause = spanAround(ctx.text, d, CLAUSE_END, 100);
  if (clause.end - clause.start - (d.end - d.start) < CLAUSE_TASK_CHARS) return undefined;
  const p = ctx.prepared;
  let cache = clauseCache.get(p);
  if (!cache) clauseCache.set(p, (cache = new Map()));
  const text = ctx.text.slice(clause.start, clause.end);
  if (cache.has(text)) return cache.get(text);
  const top = queryTokens(p.index, [], tokenize(p.segmenter, text), 1, 'task')[0];
  const out = top && top.score >= SENTENCE_TASK_THRESHOLD ? { no: Number(top.doc.key), score: top.score } : undefined;
  if (cache.size >= 4096) cache.clear();
  // A copy of the key: a slice of the document would keep that version of it alive.
  cache.set(detach(text), out);
  return out;
}
/** clauseTask by the clause's text, per prepared baseline: a keystroke leaves most clauses as they were. */
const clauseCache = new WeakMap<PreparedBaseline, Map<string, { no: number; score: number } | undefined>>();
/** Characters a clause must hold beside its date to be matched on its own. */
const CLAUSE_TASK_CHARS = 8;

type SubjectTasks = { best: number; rivals: number[] } | undefined;

/** subjectTasks by sub-item text, per prepared baseline: an edit leaves most rows as they were. */
const subjectCache = new WeakMap<PreparedBaseline, Map<string, SubjectTasks>>();

/** The task a sub-item's text takes up (matched at least as a row must be), and the tasks it matches nearly as well. */
function subjectTasks(ctx: RuleContext, subject: { start: number; end: number }): SubjectTasks {
  const p = ctx.prepared;
  let cache = subjectCache.get(p);
  if (!cache) subjectCache.set(p, (cache = new Map()));
  const text = ctx.text.slice(subject.start, subject.end);
  if (cache.has(text)) return cache.get(text);
  const ranked = queryTokens(p.index, [], tokenize(p.segmenter, text), 3, 'task');
  const top = ranked[0];
  const out: SubjectTasks = !top || top.score < SENTENCE_TASK_THRESHOLD
    ? undefined
    : { best: Number(top.doc.key), rivals: ranked.slice(1).filter((r) => r.score >= top.score * CLOSE_RIVAL).map((r) => Number(r.doc.key)) };
  if (cache.size >= 4096) cache.clear();
  // A copy of the key: a slice of the document would keep that version of it alive.
  cache.set(detach(text), out);
  return out;
}

/**
 * What leads the date of a goal, before it or as its first character: 到, 至 (确保到2026年底, 力争至2025年), but not
 * the 至 of a period (2024年至2026年).
 */
const GOAL_LEAD = /(?:^|[^年月日0-9０-９])[到至].?$/;
/** A goal's date read with the words that aim at it (力争2026年底前, 确保2025年): they lead it as 到 does. */
const AIM_LEAD = /^(?:力争|力爭|确保|確保|争取|爭取)/;

/** Right after a date, words naming the first round of something (…前完成首轮督查, …底前开展首次评估, 第一轮检查). */
const FIRST_ROUND = /(?:前|底|末|内|內|年|月)[^，,。；;\n\d]{0,4}?(?:首轮|首次|第一轮|第一次)/;
/** Words that say the work recurs: 每年, 每半年, 每季度, 每月, 定期, 常态化. */
const RECURS = /每(?:年|半年|季度|个季度|月|周)|定期|常态化/;

/** What ends a sentence, and what ends a comma clause (spanAround). */
const SENTENCE_END = /[。！？；;!?\n]/;
const CLAUSE_END = /[，,。！？；;!?\n]/;

/**
 * The plan's own items a date's sentence names by number (完成第2、4、6—10项任务, 第29项任务于…完成), when the plan numbers
 * its items so (6.…, 29.…) and each number is one item's; undefined when the sentence names none, or names a higher
 * level's list (自治区任务清单第48项, 附件2第12项), or a number the plan has no item for.
 */
function ownItemsCited(ctx: RuleContext, d: { start: number; end: number }, cell?: Span): OutlineUnit[] | undefined {
  // (A table row's items are those its matter cell names.)
  const s = cell ?? spanAround(ctx.text, d, SENTENCE_END, 200);
  const sentence = ctx.text.slice(s.start, s.end);
  if (!sentence.includes('项')) return undefined;
  const numbers: number[] = [];
  const refs = [...sentence.matchAll(OWN_ITEM_REFS)];
  // Items named right before the date (…，第7项2024年底前完成，第8项2025年底前完成) are the date's own; else every item the
  // sentence names is.
  const at = d.start - s.start;
  const own = refs.filter((m) => m.index! + m[0].length <= at && /^\s*$/.test(sentence.slice(m.index! + m[0].length, at)));
  for (const m of own.length ? own : refs) {
    if (LIST_BEFORE.test(sentence.slice(Math.max(0, m.index! - 16), m.index!))) return undefined;
    numbers.push(...itemNumbers(m[1]!));
  }
  if (!numbers.length) return undefined;
  // The plan's items before the sentence, by the number their mark gives (6．, 29.).
  const byNumber = new Map<number, OutlineUnit[]>();
  for (const u of ctx.outline) {
    const m = u.kind !== 'task-row' && u.start < s.start ? /^\s*([0-9]{1,3})[.．、]/.exec(u.marker) : null;
    if (m) byNumber.set(Number(m[1]), [...(byNumber.get(Number(m[1])) ?? []), u]);
  }
  // A plan numbering each part's items afresh (1．… in every part, each part closing with its duties: 本部分任务由…，其中第5项…)
  // means the items of the sentence's own part.
  // (The nearest heading above the sentence under which one item has that number: the sentence may sit under the part's
  // last item.)
  const path = unitAt(ctx.outline, d.start)?.path ?? [];
  const under = (u: OutlineUnit, k: number): boolean => path.slice(0, k).every((title, i) => u.path[i] === title);
  const items: OutlineUnit[] = [];
  for (const n of new Set(numbers)) {
    const all = byNumber.get(n) ?? [];
    let own = all;
    for (let k = path.length; own.length > 1 && k >= 1; k--) {
      const inPart = all.filter((u) => under(u, k));
      if (inPart.length) own = inPart;
    }
    if (own.length !== 1) return undefined;
    items.push(own[0]!);
  }
  return items;
}

/**
 * The higher level's tasks a date is given by number in a note that names them: the numbers named right before the date (注：本部分
 * 对应自治区任务清单第29—36项，其中第30、31项于2024年6月底前完成), after 其余 those of the note's opening list that no other clause
 * dates (…，其余于2024年底前完成), one of a list of dates paired in order with the opening's numbers (（对应第49、50项，分别于2025年6月
 * 底前、2025年底前完成）), or all of them when the date follows the opening at once (（对应第56、57项，2025年底前完成）). Such a note
 * is a line or sentence opening with its list, or a bracket that does (（对应第21、22项，…）, the list's level said once elsewhere in
 * the draft: 对应自治区任务清单第2项). Undefined when the date is not so given.
 */
function listTasksDated(ctx: RuleContext, d: { start: number; end: number }): { no: number; date?: Deadline }[] | undefined {
  const note = noteAround(ctx.text, d);
  if (!note) return undefined;
  const text = ctx.text.slice(note.start, note.end);
  const head = (note.bracket && BRACKET_HEAD.test(text) && ctx.text.includes('自治区任务') ? BRACKET_HEAD : LIST_HEAD).exec(text);
  if (!head) return undefined;
  const all = [...head[1]!.matchAll(OWN_ITEM_REFS)].flatMap((m) => itemNumbers(m[1]!));
  // A bracket closing a measure cites the tasks the measure's words take up: numbers none of which they match at all may be a
  // slip (第92项 for a measure on task 93), and the date is read as any other is. (A part's note, a bracket on a line of its
  // own, has no words of its own to match.)
  if (note.bracket && ctx.text.slice(ctx.text.lastIndexOf('\n', note.start - 1) + 1, note.start - 1).trim()) {
    const unit = unitAt(ctx.outline, d.start);
    const aligned = (unit && ctx.alignments[unit.index]?.tasks) ?? [];
    if (!all.some((n) => aligned.some((t) => t.no === n))) return undefined;
  }
  const headEnd = note.start + head.index + head[0].length;
  if (d.start < headEnd) return undefined;
  const between = ctx.text.slice(headEnd, d.start);
  // Right after the opening: the date is all of its tasks'.
  if (/^[ \t\u3000]*[，,：:][ \t\u3000]*(?:均|统一)?(?:于|在)?[ \t\u3000]*$/.test(between)) return all.map((no) => ({ no }));
  // 分别于 D1、D2…: paired in order with the opening's numbers, when there are as many dates as numbers (分别于2024年、2025年
  // 取得明显成效: a bare year is one of them).
  const paired = /^[ \t\u3000]*[，,][ \t\u3000]*分别(?:于|在)?/.exec(between);
  if (paired) {
    const from = headEnd + paired[0].length;
    const stop = ctx.text.slice(from, note.end).search(/[；;）)。\n]/);
    const to = stop < 0 ? note.end : from + stop;
    const parts: { start: number; end: number; date: Deadline }[] = [];
    let at = from;
    for (const piece of ctx.text.slice(from, to).split('、')) {
      const date = parseDeadline(piece).deadline;
      if (!date.milestones.length) return undefined;
      parts.push({ start: at, end: at + piece.length, date });
      at += piece.length + 1;
    }
    if (parts.length !== all.length) return undefined;
    const out = parts.flatMap((part, k) => (part.start < d.end && d.start < part.end ? [{ no: all[k]!, date: part.date }] : []));
    return out.length ? out : undefined;
  }
  const before = ctx.text.slice(Math.max(0, d.start - 16), d.start);
  const named = NUMBERED_BEFORE.exec(before);
  if (named) return itemNumbers(named[1]!).filter((n) => all.includes(n)).map((no) => ({ no }));
  if (!REST_BEFORE.test(before)) return undefined;
  // 其余: the opening list less every number another clause of the note names.
  const dated = new Set<number>();
  for (const m of text.slice(head.index + head[0].length).matchAll(OWN_ITEM_REFS)) for (const n of itemNumbers(m[1]!)) dated.add(n);
  return all.filter((n) => !dated.has(n)).map((no) => ({ no }));
}

/**
 * The note a date stands in: the bracket around it on its line when there is one (its content), else its line or sentence
 * (from the last 。 or line break before it to the next).
 */
function noteAround(text: string, d: { start: number; end: number }): { start: number; end: number; bracket: boolean } | undefined {
  let depth = 0;
  for (let i = d.start - 1; i >= 0 && d.start - i < NOTE_REACH; i--) {
    const c = text[i]!;
    if (c === '\n') break;
    if (c === '）' || c === ')') depth++;
    else if (c === '（' || c === '(') {
      if (depth === 0) {
        let j = d.end;
        for (let dd = 0; j < text.length && j - d.end < NOTE_REACH && text[j] !== '\n'; j++) {
          if (text[j] === '（' || text[j] === '(') dd++;
          else if (text[j] === '）' || text[j] === ')') {
            if (dd === 0) break;
            dd--;
          }
        }
        return { start: i + 1, end: j, bracket: true };
      }
      depth--;
    }
  }
  return { ...spanAround(text, d, NOTE_END, NOTE_REACH), bracket: false };
}

/** Where a note that is no bracket ends: its sentence's or line's end. */
const NOTE_END = /[。\n]/;
/** How far a note is looked for each way from its date. */
const NOTE_REACH = 300;

/** The numbers of 1、3、5 or 6—10 (ranges of at most 60). */
function itemNumbers(list: string): number[] {
  const out: number[] = [];
  for (const part of list.split(/[、，,和及]/)) {
    const range = /^\s*([0-9]{1,3})\s*[—–\-~～至到]\s*([0-9]{1,3})\s*$/.exec(part);
    if (range) for (let n = Number(range[1]); n <= Number(range[2]) && n - Number(range[1]) < 60; n++) out.push(n);
    else if (/^\s*[0-9]{1,3}\s*$/.test(part)) out.push(Number(part));
  }
  return out;
}

/** Numbers of items, one by one or as ranges: 1、3、5, 6—10, 29 (a pattern's source). */
const ITEM_NUMBERS = '[0-9]{1,3}(?:\\s*(?:[、，,和及]|[—–\\-~～至到])\\s*[0-9]{1,3})*';
/** One or more groups of task numbers: 第29—36项, 第43项、第46—49项、第54—58项 (as OWN_ITEM_REFS reads each). */
const ITEM_LIST = `第\\s*${ITEM_NUMBERS}\\s*项(?:[、，,和及]第\\s*${ITEM_NUMBERS}\\s*项)*`;
/** A bracket opening with the tasks it takes up, their list's level said elsewhere: （对应第21、22项 (group 1, the numbers). */
const BRACKET_HEAD = new RegExp(`^[ \\t\\u3000]*(?:对应|對應|落实|落實|承接)(?:自治区|自治區|上级|上級)?(?:任务清单|任務清單|任务|任務)?(${ITEM_LIST})`);
/** A note's opening naming the higher level's tasks it takes up: 本部分对应自治区任务清单第29—36、40—42项 (group 1, the numbers). */
const LIST_HEAD = new RegExp(`(?:对应|對應|落实|落實|承接)(?:自治区|自治區|上级|上級)[^，,。；;\\n第]{0,8}?(${ITEM_LIST})`);
/** Numbered tasks right before a date: (其中)第30、31项(任务)(已)于 (group 1, the numbers). */
const NUMBERED_BEFORE = new RegExp(`第\\s*(${ITEM_NUMBERS})\\s*项(?:任务)?(?:已|均)?(?:于|於|在)?[ \\t\\u3000]*$`);
/** The rest of a note's tasks right before a date: 其余(各项)(任务)(均)于. */
const REST_BEFORE = /其余(?:各项|的)?(?:任务)?(?:均|也)?(?:于|於|在)?[ \t\u3000]*$/;

/** What follows a period's first date: a dash or 至 and the next date (2025年1月—12月, 2024年3月至6月). */
const PERIOD_START = /^\s*[—–\-~～至到]\s*[0-9０-９]/;

/** A cell naming nothing but the plan's items by number (第17项, 第4—6项, 第10、11项). */
const ITEMS_ONLY = new RegExp(`^\\s*第\\s*${ITEM_NUMBERS}\\s*项(?:\\s*[、，,和及]\\s*第\\s*${ITEM_NUMBERS}\\s*项)*\\s*$`);
/** 第1、3、5项, 第6—10项, 第29项 (任务): numbers of items, one by one or as ranges. */
const OWN_ITEM_REFS = new RegExp(`第\\s*(${ITEM_NUMBERS})\\s*项`, 'g');
/** Words before a number that make it a higher level's or an attachment's (任务清单第48项, 自治区…第12项, 附件2第3项). */
const LIST_BEFORE = /清单|清單|自治区|自治區|上级|上級|附件|附表|省|国家|國家|[市县区]级|文件|意见|意見/;

/** The sentence around a span, at most 200 characters each way. */
function sentenceAround(text: string, d: { start: number; end: number }): string {
  const s = spanAround(text, d, SENTENCE_END, 200);
  return text.slice(s.start, s.end);
}

/** Whether a date in a sentence is for the first round of work the same sentence says recurs. */
function firstRoundOfRecurring(text: string, d: { start: number; end: number }): boolean {
  if (!FIRST_ROUND.test(text.slice(d.start, Math.min(text.length, d.end + 12)))) return false;
  return RECURS.test(sentenceAround(text, d));
}

/**
 * The plan's own machinery, not the completion of a higher-level task: a review of the plan itself (对本方案实施情况开展
 * 总结评估, 对本方案落实情况进行中期评估, 完成三年行动总结评估, 专项行动总结评估), or its breakdown into each body's share
 * (制定本单位任务分解表, 建立工作台账, 各责任单位…制定具体推进计划), or a year's assessment of it (完成2025年度…考核评价).
 */
const PLANS_OWN_MACHINERY = new RegExp([
  '本(?:实施)?方案(?:的)?(?:实施|执行|落实|贯彻落实|推进)(?:情况|效果|成效|进展)?[^。；;，,\\n]{0,8}?(?:评估|总结|评价)',
  '(?:评估|总结|评价)本(?:实施)?方案(?:的)?(?:实施|执行|落实|推进)(?:情况|效果|成效|进展)',
  '(?:本|三年|专项)(?:行动|行动方案|行动计划|工作要点)(?:的)?(?:实施|执行|落实)?(?:情况)?(?:总结评估|评估|总结|评价)',
  '(?:制定|编制|建立|细化)(?:本单位|本部门|各自|本地)?的?(?:任务分解表|任务分解方案|工作台账|任务台账)',
  // A year's assessment, done after the year (2026年一季度完成2025年度数字政府建设考核评价).
  '(?:完成|开展|组织|进行|组织开展)20\\d\\d年度[^。；;，,\\n]{0,20}?(?:考核评价|考核|绩效评价|绩效评估|评估|评价|总结)(?=[。；;，,\\n]|$)',
  // Each body the plan names preparing its own share of it (各责任单位…制定具体推进计划, 各牵头单位…细化落实措施,
  // 各牵头单位…制定具体推进措施，报…备案).
  '(?:各责任单位|各牵头单位|各有关单位|各相关单位|各单位|各部门)[^。；;]{0,20}?(?:制定|编制|细化)(?:本单位|本部门)?(?:具体)?的?(?:推进|实施|工作|落实)(?:计划|措施|方案|细则)',
].join('|'));

/** What a report on the plan's work is called: a summary, its progress, what was done, the measures a body takes for it. */
const REPORT = '(?:年度工作总结|工作总结|年度总结|总结报告|工作进展|进展情况|推进情况|落实情况|完成情况|实施情况|工作报告|年度报告|评估报告|工作台账|推进台账|台账|联络员名单|落实措施|具体措施|工作措施|细化措施|细化方案|推进计划|工作计划|实施计划)';
/**
 * A date followed at once by a report on the plan's work sent up (…前报送年度工作总结, …前向县政府报送工作进展, …前将本单位
 * 工作台账和联络员名单报县数字政府办, …前将本单位具体落实措施报县…领导小组办公室,
 * …前将全年任务完成情况报县政府办公室, …前汇总形成年度评估报告报县人民政府, …前形成全县评估报告，报县人民政府), also after other such dates (2024年12月10日前、2025年12月10日前分别报送…):
 * the office's own reporting date, not a task's.
 */
const REPORT_BY = new RegExp(
  `^(?:前|以前|之前)?(?:[、和及与][^，,。；;\\n]{2,16}?(?:前|以前|之前))*[ \\t\\u3000]*(?:分别|分別|统一|統一|按时|按時|及时|及時)?(?:(?:向[^，,。；;\\n]{1,20}?)?(?:报送|上报|提交|报)[^，,。；;\\n]{0,8}?${REPORT}|将[^，,。；;\\n]{0,20}?${REPORT}[^，,。；;\\n]{0,4}?(?:报送|上报|提交|报)|(?:汇总|汇总形成|汇总撰写|形成|撰写|编制)[^，,。；;\\n]{0,10}?${REPORT}[^，,。；;\\n]{0,2}?[，,]?(?:报送|上报|提交|报))`,
);
/** A date's own words at the start of a mention (2026年1月底, 2024年12月10日): what follows them is what is due. */
const DATE_WORDS = /^(?:20[0-9]{2}年)?(?:[0-9]{1,2}月)?(?:[0-9]{1,2}[日号])?(?:底|末|中旬|上旬|下旬)?/;
/**
 * A report named just before its date (…工作总结于, …进展情况在), or the office gathering the bodies' reports just before it
 * (县政府办公室汇总后于2025年1月15日前按要求上报).
 */
const REPORT_NAMED_BEFORE = new RegExp(`(?:${REPORT}[^，,。；;\\n]{0,4}?|(?:汇总|匯總)(?:后|後|之后|之後)?)(?:于|於|在)$`);
/** Sent up right after the date: …前报送, …前报县政府. */
const SENT_UP = /^(?:前|以前|之前)?[^，,。；;\n]{0,6}?(?:报送|報送|上报|上報|提交|报|報)/;
/** How far after the date the report is looked for. */
const REPORT_REACH = 50;

/** Whether a unit's own text, without the headings above it, matches the task as a sub-item's text would (subjectTasks). */
function ownWordsName(ctx: RuleContext, unit: OutlineUnit, no: number): boolean {
  const own = subjectTasks(ctx, unit);
  return !!own && (own.best === no || own.rivals.includes(no));
}

/** A task only the region carries out (see isRegionOnly), unless the draft is a regional department's own plan. */
function regionOnlyFor(ctx: Pick<RuleContext, 'regionalDepartment' | 'prepared' | 'place'>, task: Task): boolean {
  return isRegionOnly(task) && !ctx.regionalDepartment && !namesOwnCity(ctx, task);
}

/**
 * Whether a task the list gives to named cities (银川市、中卫市配合) names the city of the draft's place: a district or county of
 * that city (沙坡头区 in 中卫市) carries the city's share, as the city's own plan would.
 */
function namesOwnCity(ctx: Pick<RuleContext, 'prepared' | 'place'>, task: Task): boolean {
  const home = homeOf(ctx.prepared.baseline.places, ctx.place);
  return !!home && task.unitsRaw.includes(home.city);
}

/**
 * A date within the plan's own year for work whose higher-level date lies before that year (see above) and had passed
 * when the plan was issued. Points for next year issued while the higher level's date still stands (a 2025 list issued
 * in December 2024 finishing in 2025 work due in 2024) move that date, and are compared.
 */
function scheduledInPlanYear(draft: Deadline, base: Deadline, ctx: Pick<RuleContext, 'planYear' | 'documentYear'>): boolean {
  const { planYear, documentYear } = ctx;
  if (planYear === undefined) return false;
  const a = completionOf(draft);
  const b = completionOf(base);
  if (!a || !b || a === 'ongoing' || b === 'ongoing' || b.year >= planYear || a.year !== planYear) return false;
  return documentYear === undefined || documentYear > b.year;
}

/**
 * A target of the draft's goal sentence that restates (TARGET_MIN) a target of a goal the draft's date
 * is later than, when no goal the date is not later than has a target about as close.
 */
function movedTarget(
  sentence: string, goals: readonly Goal[], date: Deadline, past: (g: Goal) => boolean, min = TARGET_MIN, copiedOnly = false,
): { goal: Goal; target: string } | undefined {
  // Only a goal the date is later than can be the one moved: when no target of such a goal comes near, no target of the
  // sentence is looked at further (the others are needed only as rivals of one that does).
  const later = goals.filter((g) => compareDeadlines(date, g.deadline) === 'later');
  if (!later.length) return undefined;
  const closest = (a: string, g: Goal): { s: number; target: string } => {
    let s = 0;
    let target = '';
    for (const b of goalTargets(foldForMatching(g.text))) {
      const x = bigramSimilarity(a, b);
      // Of targets alike, the shortest: an item listed with 、 rather than the part listing it.
      if (x > s || (x === s && b.length < target.length)) (s = x), (target = b);
    }
    return { s, target };
  };
  for (const a of targetsOf(sentence)) {
    if (!later.some((g) => closest(a, g).s >= Math.max(min, past(g) ? PAST_TARGET_MIN : 0))) continue;
    // A goal dated before the plan counts only through a target restated almost word for word
    // (全区数字政府工作体系更加科学规范 against the city's 到2023年底，数字政府工作体系更加科学规范).
    const scored = goals
      .map((g) => ({ g, ...closest(a, g) }))
      .filter((x) => x.s >= (past(x.g) ? PAST_TARGET_MIN : min - 0.08))
      .sort((x, y) => y.s - x.s);
    const best = scored[0];
    // A later stage of a target (see decideLateGoal) is not moved.
    if (!best || best.s < min || laterStage(a, foldForMatching(best.g.text))) continue;
    if (copiedOnly && !copied(a, best.target)) continue;
    if (scored.every((x) => x.s < best.s - 0.08 || compareDeadlines(date, x.g.deadline) === 'later')) return { goal: best.g, target: a };
  }
  return undefined;
}

/**
 * How far along a target says its thing will be: 1 begun (初步形成, 初见成效), 2 mostly done (基本建成), 3 done
 * (全面建成, 全面融入, 全覆盖, 成熟完备); 0 when it names no stage.
 */
function stageOf(target: string): number {
  if (/全面(?:建成|形成|实现|完成|融入|成型|覆盖|建立|普及|见效)|全覆盖|成熟完备|成熟定型/.test(target)) return 3;
  if (/基本(?:建成|形成|实现|完成|融入|成型|定型|覆盖|建立|健全|普及)/.test(target)) return 2;
  if (/初步|初见成效/.test(target)) return 1;
  return 0;
}

/**
 * Whether the draft sentence's target closest to one of the goal's targets (and at least TARGET_MIN - 0.08
 * like it) states a later stage of it: 全面融入 or 基本形成 where the goal says 初步形成.
 */
function laterStage(sentence: string, goal: string): boolean {
  let best = 0;
  let stages: [number, number] = [0, 0];
  for (const a of targetsOf(sentence)) {
    for (const b of goalTargets(goal)) {
      const s = bigramSimilarity(a, b);
      if (s > best) (best = s), (stages = [stageOf(a), stageOf(b)]);
    }
  }
  return best >= TARGET_MIN - 0.08 && stages[1] > 0 && stages[0] > stages[1];
}

/** A goal's targets: its parts between commas, and the items of a part listed with 、. */
const goalTargetCache = new Map<string, string[]>();

function goalTargets(goal: string): string[] {
  let hit = goalTargetCache.get(goal);
  if (!hit) {
    hit = targetsOf(goal).flatMap((t) => [t, ...t.split('、').filter((x) => x !== t && longEnough(x))]);
    // Goals come from baselines (a few per document); a bound keeps a long-running server small.
    if (goalTargetCache.size >= 256) goalTargetCache.clear();
    goalTargetCache.set(goal, hit);
  }
  return hit;
}

/**
 * Parts of a goal (or of a draft's goal sentence) long enough to stand for a target of their own: six
 * characters of words or more, brackets and punctuation not counted (乡镇（街道） is a place, not a target).
 */
function targetsOf(text: string): string[] {
  return withoutFrameworkNames(text).split(/[，,；;。]/).filter(longEnough);
}

/**
 * A target without the name its framework goes by in quotation marks (“34567”, “一套体系、三个驱动、四大支撑、七种能力”): each
 * place names the framework its own way, and the target is its stage (体系框架全面成型), whatever the name.
 */
function withoutFrameworkNames(text: string): string {
  return text.includes('“') || text.includes('"') ? text.replace(FRAMEWORK_NAME, '') : text;
}
const FRAMEWORK_NAME = /[“"](?:[0-9０-９+＋N]{2,12}|[^”"\n]{2,40}、[^”"\n]{2,40})[”"]/g;

function longEnough(part: string): boolean {
  return wordsOnly(part).length >= 6;
}

/** Whether a draft's target copies a goal's target: one holds the other, in words only. */
function copied(target: string, goalTarget: string): boolean {
  const a = wordsOnly(target);
  const b = wordsOnly(goalTarget);
  return a.includes(b) || b.includes(a);
}

/** A target's characters of words, without brackets, quotation marks or punctuation. */
function wordsOnly(part: string): string {
  return part.replace(/[^\u4e00-\u9fffA-Za-z0-9]/g, '');
}

/**
 * How closely one of a draft goal sentence's targets restates one of a higher-level goal's (a goal
 * lists several: 打造100个以上“数据要素×”典型应用场景 among them).
 */
function targetLikeness(sentence: string, goal: string): number {
  let best = 0;
  // A goal's targets may be listed with 、 (基础设施集约完备、数据治理初见成效…).
  const targets = goalTargets(goal);
  for (const a of targetsOf(sentence)) for (const b of targets) best = Math.max(best, bigramSimilarity(a, b));
  return best;
}

/**
 * Measures dated later than the higher level's task the draft quotes right above them (【市级任务】…（…，2024年9月底前完成） /
 * 【区级举措】…（…，2024年12月底前完成）): the quotation is that level's word on the date, whether or not its document is a
 * baseline (a city plan's tasks may be known only from the draft's quotations). A date already reported is not reported again.
 */
function laterThanQuoted(ctx: RuleContext, reportedAt: Set<number>): RuleFinding[] {
  const out: RuleFinding[] = [];
  const quotedDates = ctx.quotedDeadlines ?? [];
  if (!quotedDates.length) return out;
  for (const d of ctx.deadlines) {
    if (d.invalid || d.done || reportedAt.has(d.start)) continue;
    const unit = unitAt(ctx.outline, d.start);
    if (!unit?.quotation) continue;
    // The quotation the unit answers: the nearest quoted unit before it under the same heading.
    let q: OutlineUnit | undefined;
    for (let k = unit.index - 1; k >= 0; k--) {
      const x = ctx.outline[k]!;
      if (x.quoted && x.parent === unit.parent) {
        q = x;
        break;
      }
      if (x.kind === 'heading') break;
    }
    if (!q) continue;
    // The quotation's own date: the last its closing note gives.
    const dates = quotedDates.filter((x) => x.start >= q!.start && x.start < q!.end && !x.invalid);
    const base = dates[dates.length - 1];
    if (!base || compareDeadlines(d.deadline, base.deadline) !== 'later') continue;
    const label = /^[\s\u3000]*([【\[［〔][^】\]］〕]{2,10}[】\]］〕]|[^：:]{2,8}[：:])/.exec(ctx.text.slice(q.start, q.end))?.[1] ?? '';
    const raw = shownDate(ctx.text.slice(d.start, d.end));
    const baseRaw = ctx.text.slice(base.start, base.end);
    reportedAt.add(d.start);
    out.push({
      start: d.start,
      end: d.end,
      message: `完成时限“${raw}”晚于上方所引上级任务${label ? `（${label.replace(/[：:]$/, '')}）` : ''}的完成时限“${baseRaw}”。请提前到上级时限或更早。`,
      related: [{ quote: `所引上级任务：${ctx.text.slice(q.start, q.end).trim().slice(0, 160)}`, span: { start: q.start, end: q.end } }],
      fixes: [{ title: `改为上级时限“${baseRaw}”`, edits: [{ span: { start: d.start, end: d.end }, newText: baseRaw }], preferred: true }],
    });
  }
  return out;
}

/**
 * The region's date a note states beside the plan's, right after it in the same note (；自治区时限：2025年, ，自治区要求2024年
 * 完成, 上级时限：2024年底): undefined when the note states none.
 */
function regionDateBeside(text: string, end: number, year: number | undefined): Deadline | undefined {
  const after = text.slice(end, end + 60);
  const close = after.search(/[）)〕】\]\n]/);
  const m = REGION_DATE_BESIDE.exec(close < 0 ? after : after.slice(0, close));
  if (!m) return undefined;
  const read = parseDeadline(m[1]!, year !== undefined ? { year } : {});
  return read.invalid || !read.deadline.milestones.length ? undefined : read.deadline;
}
/** The region's date named as such in a note: 自治区时限：…, 自治区完成时限：…, 上级时限：…, 自治区要求…完成. Group 1: the date. */
const REGION_DATE_BESIDE = /^[^；;）)〕】]*?[；;，,][ \t\u3000]*(?:自治区|自治區|上级|上級)(?:完成)?(?:时限|時限|要求)[：:]?[ \t\u3000]*([0-9０-９]{4}[^；;，,）)〕】]{0,12})/;

/**
 * Rows dated later than the level above's date beside them (吴忠市完成时限 2024年6月底前 | 我市完成时限 2024年9月底前): the
 * table states that level's date for the row, whether or not its document is a baseline. A date already reported is not
 * reported again.
 */
function laterThanHigherColumn(ctx: RuleContext, reportedAt: Set<number>): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const d of ctx.deadlines) {
    if (d.invalid || d.done || d.context !== 'task-row' || reportedAt.has(d.start)) continue;
    const unit = unitAt(ctx.outline, d.start);
    const own = unit?.cells?.deadline;
    const cell = unit?.cells?.higherDeadline;
    if (!own || !cell || d.start < own.start || d.start >= own.end) continue;
    const baseRaw = ctx.text.slice(cell.start, cell.end).trim();
    const base = parseDeadline(baseRaw, ctx.documentYear !== undefined ? { year: ctx.documentYear } : {});
    if (base.invalid || compareDeadlines(d.deadline, base.deadline) !== 'later') continue;
    const raw = shownDate(ctx.text.slice(d.start, d.end));
    reportedAt.add(d.start);
    out.push({
      start: d.start,
      end: d.end,
      message: `完成时限“${raw}”晚于同一行所列上级的完成时限“${baseRaw}”。请提前到上级时限或更早。`,
      related: [{ quote: `同一行所列上级完成时限：${baseRaw}`, span: { start: cell.start, end: cell.end } }],
      fixes: [{ title: `改为上级时限“${baseRaw}”`, edits: [{ span: { start: d.start, end: d.end }, newText: baseRaw }], preferred: true }],
    });
  }
  return out;
}

/** Fewest characters of words a unit's content must share verbatim with a task for that task to be one it may take up. */
const SHARED_PHRASE = 8;
/** Most tasks a shared phrase may appear in: one many tasks use says nothing of which. */
const PHRASE_TASKS = 4;

/**
 * The tasks whose text holds a phrase of SHARED_PHRASE characters of words or more that the unit's content repeats word for
 * word (全区一体化政务大数据体系: tasks 29, 33, 34 and 39), when few tasks hold it; only those in a part of the framework one of
 * `near` (the tasks the unit matches) is in (task 59, which builds on the 一体化数字资源管理系统 of task 23, is another part's).
 */
function phraseTasks(ctx: RuleContext, unit: OutlineUnit, near: number[]): number[] {
  return phraseTasksIn(ctx, phraseSpan(unit), near);
}

/** The text of a unit whose words are compared with the tasks' (a row's matter cell, an item's title, or the whole unit). */
function phraseSpan(unit: OutlineUnit): Span {
  return unit.kind === 'task-row' && unit.cells?.content ? unit.cells.content : unit.titleSpan.end > unit.titleSpan.start ? unit.titleSpan : unit;
}

/** phraseTasks() of any span of the text (a date's own clause: see the rivals of a date). */
function phraseTasksIn(ctx: RuleContext, span: { start: number; end: number }, near: number[]): number[] {
  return [...phraseCounts(ctx, span, near).keys()];
}

/**
 * For each task of the groups of `near` whose words the span repeats (see phraseTasks): how many of the span's phrases of
 * SHARED_PHRASE characters it holds.
 */
function phraseCounts(ctx: RuleContext, span: { start: number; end: number }, near: number[]): Map<number, number> {
  const groups = new Set(near.flatMap((no) => ctx.prepared.taskByNo.get(no)?.groupClauseIds ?? []));
  const words = foldForMatching(ctx.text.slice(span.start, span.end)).replace(/[^\u4e00-\u9fff]/g, '');
  const holdersOf = phraseHolders(ctx.prepared);
  const out = new Map<number, number>();
  for (let i = 0; i + SHARED_PHRASE <= words.length; i++) {
    const holders = holdersOf.get(words.slice(i, i + SHARED_PHRASE));
    if (holders && holders.length <= PHRASE_TASKS) for (const no of holders) out.set(no, (out.get(no) ?? 0) + 1);
  }
  for (const no of [...out.keys()]) if (!ctx.prepared.taskByNo.get(no)?.groupClauseIds.some((g) => groups.has(g))) out.delete(no);
  return out;
}

/** The tasks whose words a unit repeats at least as often as its chosen task's, and at least once (see phraseTasks). */
function phraseRivals(ctx: RuleContext, unit: OutlineUnit, chosen: number, near: number[]): number[] {
  const counts = phraseCounts(ctx, phraseSpan(unit), [chosen, ...near]);
  const own = counts.get(chosen) ?? 0;
  return [...counts].filter(([no, n]) => no !== chosen && n >= Math.max(1, own)).map(([no]) => no);
}

/** The tasks holding each phrase of SHARED_PHRASE characters of their words (see phraseIndex), built once per baseline. */
function phraseHolders(p: PreparedBaseline): Map<string, number[]> {
  let hit = phraseHolderMaps.get(p);
  if (!hit) {
    hit = new Map();
    for (const t of phraseIndex(p)) {
      for (let i = 0; i + SHARED_PHRASE <= t.words.length; i++) {
        const phrase = t.words.slice(i, i + SHARED_PHRASE);
        const holders = hit.get(phrase);
        if (!holders) hit.set(phrase, [t.no]);
        else if (holders[holders.length - 1] !== t.no) holders.push(t.no);
      }
    }
    phraseHolderMaps.set(p, hit);
  }
  return hit;
}
const phraseHolderMaps = new WeakMap<PreparedBaseline, Map<string, number[]>>();

