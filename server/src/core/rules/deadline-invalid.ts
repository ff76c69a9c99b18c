// Rule deadline-invalid: impossible or malformed deadlines, and completion years before the
// year the document states for itself.
import type { DeadlineMention } from '../types';
import type { PreparedBaseline } from '../engine';
import type { Rule } from './rule';
import { asciiDigits, compareDeadlines, completionOf, fullYears, ocrDigits, shownDate } from '../extract/deadlines';
import { dropRestated, taskForMention, unitAt } from './locate';
import { isRegionOnly } from '../task-scope';
import { unitTaskRefs } from '../outline';

/** What a year's work yielded, after the year (2024年建设成果, 工作成效, 取得的成果): the year names whose results, it sets no date. */
const RESULTS_OF_YEAR = /^(?:度)?(?:的)?(?:(?:建设|工作|改革|发展|治理|应用|创新|试点)(?:的)?|(?:取得|积累|形成)的)?(?:成果|成效|成绩|经验)$/;

function isTarget(text: string, d: DeadlineMention, points: () => Map<number, number[]>): boolean {
  const raw = text.slice(d.start, d.end);
  if (/^(?:到|至|力争|争取)|前/.test(raw.trim())) return true;
  // The document's own drafting told (本方案初稿于2023年12月形成, 征求意见稿于…印发): its history, not a target.
  if (DRAFTING_HISTORY.test(text.slice(Math.max(0, d.start - 16), d.start))) return false;
  if (schedulePoint(text, d, points())) return true;
  // A thing put into use at a date, with no 前 (…一期2023年12月建成投用, 去年9月投入运行), is a result told, not a target.
  if (IN_USE.test(raw.trim()) || IN_USE.test(text.slice(d.end, d.end + 6))) return false;
  // A year naming whose results they are (巩固2024年建设成果, 总结2023年工作成效, 2023年取得的成果) sets no target.
  if (d.deadline.milestones.length && d.deadline.milestones.every((m) => RESULTS_OF_YEAR.test(m.due))) return false;
  // (Work reported done earlier in the sentence, 已于…完成, sets no target of its own.)
  if (d.deadline.milestones.some((m) => m.due !== '' && !m.due.startsWith('已'))) return true;
  return /^(?:底前|前)?(?:全面|全部|基本|初步)?(?:完成|建成|实现|形成)/.test(text.slice(d.end, d.end + 6));
}


/** A draft of the document before a date (初稿于, 征求意见稿已于): the date its drafting reached that stage. */
const DRAFTING_HISTORY = /(?:初稿|草稿|草案|征求意见稿|徵求意見稿|送审稿|送審稿|讨论稿|討論稿|修改稿)[^，。；;\n]{0,6}?(?:已)?(?:于|於)$/;

/** A task the unit matches at this share of its best match or more may be the one whose date a row copies. */
const COPY_RIVAL = 0.7;
/** A row matching a task this well plainly takes it up. */
const PLAIN_MATCH = 0.45;
/**
 * A line opening with a date and a separator before its work (2023年8月 ▶ …, 2024年6月：…), as a schedule writes its points.
 * Group 1 is what follows the separator.
 */
const POINT_LINE = /^[ \t\u3000]*(?:[-*•●○◆■▪·][ \t\u3000]*)?(?:19|20)[0-9]{2}[ \t\u3000]*年(?:[ \t\u3000]*[0-9]{1,2}[ \t\u3000]*月(?:份)?(?:底|末|上旬|中旬|下旬)?)?(?:前|以前|之前)?[ \t\u3000]*(?:▶|►|▸|→|⇒|——|—|－|：|:|｜|\|)[ \t\u3000]*([^\n]*)/;

/** The line before a schedule's points (or its heading) saying they are the dates work is done by. */
const SCHEDULE_LEAD = /时间节点|节点前|前完成|完成时限|实施步骤|进度安排|时间安排|工作步骤|推进步骤|步骤安排|推进计划|时间表|路线图/;

/** A point that only starts its work (启动…, 开始…), or tells it done (已完成, 已建成). */
const NO_COMPLETION = /^(?:全面)?(?:启动|开始|着手|谋划|筹备)|已(?:经)?(?:全面)?(?:完成|建成|印发|实现|上线|开通|出台|建立|部署)/;

/**
 * The points of the document's schedules: for each line opening a point of a run of three lines or more each opening
 * with a date and a separator (2023年8月 ▶ …；2023年10月 ▶ …) after a line or heading saying they are the dates work is done
 * by (各项工作按以下时间节点推进，…均须在该节点前完成；三、实施步骤), the years of its run's points. A history told date by
 * date (近年来…：2021年6月：建成…) has no such lead. Found in one pass over the lines.
 */
function schedulePoints(text: string): Map<number, number[]> {
  const out = new Map<number, number[]>();
  let run: number[] = [];
  let years: number[] = [];
  let before = '';
  let prev = '';
  const close = (): void => {
    if (run.length >= 3 && SCHEDULE_LEAD.test(before)) for (const at of run) out.set(at, years);
    run = [];
    years = [];
  };
  for (let at = 0; at <= text.length; ) {
    let to = text.indexOf('\n', at);
    if (to < 0) to = text.length;
    const line = text.slice(at, to);
    if (POINT_LINE.test(line)) {
      if (!run.length) before = prev;
      run.push(at);
      years.push(Number(/(?:19|20)[0-9]{2}/.exec(line)![0]));
    } else close();
    prev = line;
    at = to + 1;
  }
  close();
  return out;
}

/**
 * Whether a date opens a point of a schedule (see schedulePoints) with a point later than it: such a point is a target
 * however it is written, unless it only starts its work or tells it done.
 */
function schedulePoint(text: string, d: DeadlineMention, points: Map<number, number[]>): boolean {
  const lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
  const years = d.start - lineStart <= 4 ? points.get(lineStart) : undefined;
  if (!years) return false;
  const lineEnd = text.indexOf('\n', lineStart);
  const line = POINT_LINE.exec(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
  if (!line || NO_COMPLETION.test(line[1]!.trim())) return false;
  const year = Number(/(?:19|20)[0-9]{2}/.exec(text.slice(d.start, d.end))?.[0]);
  return years.some((y) => y > year);
}

/** A stage's share of the work done (完成30%, 累计完成50％, 完成三成), not said done already (已完成…). */
const SHARE_DONE = /^(?:累计)?完成(?:[0-9０-９]{1,3}(?:\.[0-9]+)?[ \t\u3000]*[%％]|[一二三四五六七八九]成)/;

/** After a date: the comments asked for by it, sent back (…前将书面意见反馈…, …前提出修改意见报…). */
const COMMENTS_BY = /^(?:前|以前|之前)?[，,]?[ \t\u3000]*(?:将|把|提出)?[^，,。；;\n]{0,12}?意见(?:建议)?[^，,。；;\n]{0,8}?(?:反馈|反饋|报送|報送|返回|提交|送|报|報)/;

/** Being in use, as a result is told (建成投用, 投入运行, 上线运行): at the date's end or right after it. */
const IN_USE = /(?:^|[^前])(?:建成投用|建成投运|投入运行|投入使用|上线运行|正式运行|建成运行)$|^(?:建成投用|建成投运|投入运行|投入使用|上线运行|正式运行|建成运行)/;

/** A deadline opening with a dated step set as a target (2022年12月底前形成…，持续开展), not one said done (已). */
const PAST_TARGET_STEP = /^[^，,；;。已]{0,12}?(?:底|末)?(?:前|以前|之前)[^已]*$/;

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
    /** The document's schedule points, found once when a date first needs them. */
    let points: Map<number, number[]> | undefined;
    for (const d of ctx.deadlines) {
      const raw = shownDate(ctx.text.slice(d.start, d.end));
      // A letter among a date's digits (2O24年, 2024年l2月: OCR or a slip of the keyboard) is read as the
      // digit it stands for, and pointed out as a hint with the corrected text.
      const typed = ocrDigits(raw);
      const full = fullYears(asciiDigits(raw));
      if (typed === raw && full !== asciiDigits(raw)) {
        // A year written with two digits (24年底前) or a quarter as Q2 is read, and pointed out as a hint
        // with the date as a plan writes it.
        out.push({
          start: d.start, end: d.end, severity: 'hint' as const,
          message: `完成时限“${raw}”写法不规范，应写为“${full}”。请改正。`,
          related: [], fixes: [{ title: `改为“${full}”`, edits: [{ span: { start: d.start, end: d.end }, newText: full }], preferred: true }],
        });
      }
      if (typed !== raw) {
        out.push({
          start: d.start, end: d.end, severity: 'hint' as const,
          message: `完成时限“${raw}”中有字母混在数字里（如字母O、l，或汉字“〇”），应为“${typed}”。请改正。`,
          related: [], fixes: [{ title: `改为“${typed}”`, edits: [{ span: { start: d.start, end: d.end }, newText: typed }], preferred: true }],
        });
      }
      if (d.invalid) {
        out.push({ start: d.start, end: d.end, message: `${d.startsWork ? '开始时间' : '完成时限'}“${raw}”无效：${d.invalid}`, related: [], fixes: [] });
        continue;
      }
      if (ctx.documentYear === undefined) continue;
      // In running text only a date set as a target counts (2023年6月底前完成, 到2023年底, 力争…):
      // a bare year there usually recounts the past (2023年，我区建成…).
      if (d.context === 'sentence' && !isTarget(ctx.text, d, () => (points ??= schedulePoints(ctx.text)))) continue;
      // The date comments are asked for by (请于2023年12月28日前将书面意见反馈区政府办公室): the letter's own, set before
      // the document is issued.
      if (d.context === 'sentence' && COMMENTS_BY.test(ctx.text.slice(d.end, d.end + 30))) continue;
      // The date a plan had set, as a table of what was done records it (计划完成时限 beside 实际完成时间): history.
      if (d.planned) continue;
      // A stage of a schedule in shares (2022年底完成30%，2023年底完成70%，2024年底全面完成, in a 进度安排 cell or a note) dated
      // before the document's year: a plan cannot set it (a ledger, which records the shares done, is left alone).
      const share = d.context !== 'sentence' && !ctx.ledger ? d.deadline.milestones.find((m) => SHARE_DONE.test(m.due) && m.year < ctx.documentYear!) : undefined;
      if (share) {
        out.push({
          start: d.start, end: d.end,
          message: `进度安排“${raw}”中${share.year}年的阶段目标（${share.due}）早于本文件的印发年份（${ctx.documentYear}年），无法在印发前完成。请核实并改为${ctx.documentYear}年或以后。`,
          related: [], fixes: [],
        });
        continue;
      }
      // A deadline that says the work goes on (2023年完成并长期坚持) is not an impossible one, and
      // neither is a copy of the higher level's own deadline for the task: the drafter cannot be
      // wrong whichever way (deadline-later-than-baseline handles what a copy may not exceed).
      // Its step dated before the plan (2022年12月底前形成立法调研报告，持续开展) is still a slip when no task it takes up
      // has a step in that year to copy (2023年形成机制，长期坚持 copies task 18's own).
      // Only a step set as a target (…底前, …前), in a plan (a ledger records what was done), and not said done (已完成).
      // So is a first step set as a target before a later one (2023年12月底前上线首批20个组件，2025年6月底前组件数量达到60个).
      // (So does a step then the work done every year from it: 2023年建立机制，每年开展.)
      const goesOn = d.deadline.ongoing || (d.deadline.recurringMonth !== undefined && d.deadline.milestones.length > 0);
      const staged = goesOn || d.deadline.milestones.length >= 2;
      const firstStep = staged && !ctx.ledger && PAST_TARGET_STEP.test(raw) ? d.deadline.milestones[0] : undefined;
      if (goesOn && (!firstStep || firstStep.year >= ctx.documentYear || d.context === 'sentence')) continue;
      if (firstStep && !goesOn && d.context === 'sentence') continue;
      // A date for each place (大武口区2024年6月底前，惠农区2023年9月底前，平罗县2024年底前): each is due on its own, so one place's
      // date before the document's year is a slip however late the others are.
      const place = d.context !== 'sentence' ? pastPlaceDate(raw, ctx.documentYear) : undefined;
      if (place) {
        out.push({
          start: d.start, end: d.end,
          message: `完成时限“${raw}”中${place.place}的时限“${place.date}”早于本文件的印发年份（${ctx.documentYear}年），任务无法在印发前完成。请核实并改为${ctx.documentYear}年或以后。`,
          related: [], fixes: [],
        });
        continue;
      }
      const c = firstStep ?? completionOf(d.deadline);
      if (c && c !== 'ongoing' && c.year < ctx.documentYear) {
        if (d.context !== 'sentence') {
          // The copy may be of any task the row or unit matches (对接基础库、主题库: tasks 29 and 34),
          // but not of one the region carries out alone: its date is not the plan's to copy.
          const unit = unitAt(ctx.outline, d.start);
          const t = taskForMention(ctx, unit, d.start, d.context);
          // (Only a task matched about as well as the best: a row plainly about task 41, due 2024, copies nothing from a task
          // it barely resembles.)
          const best = (unit && ctx.alignments[unit.index]?.tasks[0]?.score) ?? 0;
          const others = ((unit && ctx.alignments[unit.index]?.tasks) ?? [])
            .filter((x) => x.score >= best * COPY_RIVAL)
            .map((x) => ctx.prepared.taskByNo.get(x.no))
            .filter((x) => x && !isRegionOnly(x));
          // (And any task the row cites by its number, 自治区任务序号 82: the row says whose date it copies.)
          const cited = (unitTaskRefs(unit) ?? []).filter((r) => r.level !== 'city' && r.level !== 'county').map((r) => ctx.prepared.taskByNo.get(r.no));
          const tasks = [...(t ? [ctx.prepared.taskByNo.get(t.no)] : []), ...others, ...cited];
          if (!firstStep && tasks.some((task) => task && compareDeadlines(d.deadline, task.deadline) === 'same')) continue;
          // A date later than a task it plainly takes up whose own date had passed too (2024年 in a 2025 plan, for task 30 due
          // 2023) is deadline-later-than-baseline's to report, with what to write instead: one problem, one message.
          const matched = t ? ctx.prepared.taskByNo.get(t.no) : undefined;
          const due = matched ? completionOf(matched.deadline) : undefined;
          if (!firstStep && t && t.score >= PLAIN_MATCH && due && due !== 'ongoing' && due.year < ctx.documentYear && compareDeadlines(d.deadline, matched!.deadline) === 'later') continue;
          // An ongoing task's step copies the task's own step of that year: the task's, or one it matches as well.
          const top = unit ? ctx.alignments[unit.index]?.tasks[0] : undefined;
          const close = ((unit && ctx.alignments[unit.index]?.tasks) ?? []).filter((x) => top && x.score >= top.score * 0.8).map((x) => ctx.prepared.taskByNo.get(x.no));
          if (firstStep && [...(t ? [ctx.prepared.taskByNo.get(t.no)] : []), ...close].some((task) => task?.deadline.milestones.some((m) => m.year === firstStep.year))) continue;
          // A task the plan cannot tell (no match): an ongoing deadline with a past step may be a copy; not reported, unless no
          // task of the list has a step in that year to copy (2022年12月底前完成…，持续推进 under a list dated 2025 and 持续开展).
          if (firstStep && !tasks.length && stepYears(ctx.prepared).has(firstStep.year)) continue;
        }
        out.push({
          start: d.start, end: d.end,
          message: `完成时限“${raw}”早于本文件的印发年份（${ctx.documentYear}年），任务无法在印发前完成。请核实并改为${ctx.documentYear}年或以后。`,
          related: [], fixes: [],
        });
      }
    }
    // One date shared by items written together ((1)(2)2024年13月底前) is read once per item, and reported once.
    const seen = new Set<string>();
    return dropRestated(ctx, out.filter((f) => {
      const key = `${f.start}:${f.end}:${f.message}`;
      return !seen.has(key) && !!seen.add(key);
    }));
  },
};

/** The years the list's tasks have a step in (2023 for 2023年形成机制，长期坚持), per prepared baseline. */
const stepYearsOf = new WeakMap<PreparedBaseline, Set<number>>();
function stepYears(p: PreparedBaseline): Set<number> {
  let years = stepYearsOf.get(p);
  if (!years) {
    years = new Set<number>();
    for (const t of p.baseline.tasks) for (const m of t.deadline.milestones) years.add(m.year);
    stepYearsOf.set(p, years);
  }
  return years;
}

/** One place's date in a cell of dates by place: the place (大武口区, 惠农区、平罗县) and its date (group 2, its year group 3). */
const PLACE_DATE = /^[ \t\u3000]*((?:[\u4e00-\u9fff]{1,6}(?:区|區|县|縣|市|镇|鎮|乡|鄉|街道|旗)[、和及]?)+)[ \t\u3000]*(([0-9０-９]{4})[ \t\u3000]*年[^，,；;。]*)$/;

/** The first place dated before the document's year in a cell of two or more places' dates, if any. */
function pastPlaceDate(raw: string, year: number): { place: string; date: string } | undefined {
  const clauses = raw.split(/[，,；;]/).map((c) => PLACE_DATE.exec(c)).filter((m): m is RegExpExecArray => !!m);
  if (clauses.length < 2) return undefined;
  const past = clauses.find((m) => Number(asciiDigits(m[3]!)) < year);
  return past ? { place: past[1]!.replace(/[、和及]$/, ''), date: past[2]!.trim() } : undefined;
}
