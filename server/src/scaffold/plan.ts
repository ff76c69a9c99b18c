// Scaffolds a new local 实施方案 from a baseline and an optional parent plan: the framework headings,
// 主要目标 with the higher level's dates, a task table of every task this level must take up, plus
// a config file and a units template. Pure: baselines in, file contents out.
import type { Baseline, Clause, Goal, Task } from '../core/baseline/schema';
import { PLACEHOLDER } from '../core/rules/placeholder-unfilled';

export type ScaffoldLevel = '市' | '县' | '区';
export const SCAFFOLD_LEVELS: ScaffoldLevel[] = ['市', '县', '区'];

export interface ScaffoldInput {
  /** The regional baseline (its id is written into the config). */
  baseline: Baseline;
  /** The parent plan compiled as a baseline, when the new plan sits under a city plan. */
  parent?: Baseline;
  /** The parent plan file as the config should name it (relative to the new plan's folder). */
  parentPath?: string;
  /** The place: 盐池县, 利通区, 吴忠市 … */
  name: string;
  level: ScaffoldLevel;
  /** How the config names the baseline (its id, or a path to a baseline file); the baseline's id by default. */
  baselineRef?: string;
}

export interface ScaffoldFiles {
  /** File name → content, in the order they should be written. */
  files: { name: string; content: string }[];
  planFile: string;
  configFile: string;
  unitsFile: string;
  /** Tasks in the table, by source. */
  tasks: { source: 'baseline' | 'parent'; no: number }[];
}

const CN_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];
const cn = (i: number) => CN_NUMBERS[i] ?? String(i + 1);

/** The file name the plan is written to. */
export function planFileName(name: string): string {
  return `${name}数字政府建设实施方案.plan.txt`;
}

/** 全县 / 全市 / 全区 and 我县 / 我市 / 我区 for the new plan's level. */
function scope(level: ScaffoldLevel): { whole: string; our: string } {
  return { whole: `全${level}`, our: `我${level}` };
}

/** A higher level's goal sentence made the new plan's: its whole-area words become this level's. */
function localGoal(goal: Goal, source: Baseline, level: ScaffoldLevel): string {
  const whole = scope(level).whole;
  const sourceWhole = source.level === '自治区' || source.level === '省' ? /全区|全省|自治区本级|区本级/g : source.level === '市' ? /全市|市本级/g : /全县|全区|县本级/g;
  return goal.text.replace(sourceWhole, (m) => (/本级/.test(m) ? `${level}本级` : whole)).replace(/[\s\u3000]+$/, '');
}

/** Level-1 headings and their level-2 children, from a baseline's clause tree. */
function framework(b: Baseline): { title: string; children: Clause[]; id: string }[] {
  const out: { title: string; children: Clause[]; id: string }[] = [];
  for (const c of b.clauses) {
    if (c.kind !== 'heading') continue;
    if (c.level === 1) out.push({ title: c.title.trim(), children: [], id: c.id });
    else if (c.level === 2 && out.length && c.parentId === out[out.length - 1]!.id) out[out.length - 1]!.children.push(c);
  }
  return out;
}

/** The clause a goal sentence sits in, so the goals land under 主要目标. */
function isGoalsClause(c: Clause, goals: Goal[]): boolean {
  return goals.some((g) => g.clauseId === c.id) || /主要目标|发展目标|工作目标/.test(c.title);
}

function citation(b: Baseline): string {
  return b.docNumber ? `《${b.title}》（${b.docNumber}）` : `《${b.title}》`;
}

/** A city plan is cited as its issuer then its title: 吴忠市人民政府《关于加强数字政府建设的实施方案》. */
function parentCitation(p: Baseline): string {
  const title = p.region && p.title.startsWith(p.region) ? p.title.slice(p.region.length) : p.title;
  const issuer = p.region ? `${p.region}人民政府` : '';
  return p.docNumber ? `${issuer}《${title}》（${p.docNumber}）` : `${issuer}《${title}》`;
}

/** ASCII , ; : ( ) between Chinese text become full-width, as a plan writes them (copied headings often mix). */
export function fullWidthPunctuation(s: string): string {
  return s
    .replace(/(?<=[\u3000-\u9fff\uff00-\uffef“”])\s*,\s*|\s*,\s*(?=[\u3000-\u9fff“”])/g, '，')
    .replace(/(?<=[\u3000-\u9fff\uff00-\uffef“”])\s*;\s*|\s*;\s*(?=[\u3000-\u9fff“”])/g, '；')
    .replace(/(?<=[\u3000-\u9fff])\s*:\s*(?=[\u3000-\u9fff])/g, '：')
    .replace(/\(([^()\n]{1,30})\)/g, (m, inner: string) => (/[\u4e00-\u9fff]/.test(inner) ? `（${inner}）` : m));
}

function cell(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ').trim();
}

export function scaffoldPlan(input: ScaffoldInput): ScaffoldFiles {
  const { baseline: region, parent, name, level } = input;
  const { our } = scope(level);
  // The nearest level gives the framework and the goals; the region's tasks are always listed.
  const frameSource = parent ?? region;
  const lines: string[] = [];
  const title = `${name}数字政府建设实施方案`;
  lines.push(title, '');
  const bases = [...region.cites.filter((c) => /国发|国办发/.test(c.docNumber)).map((c) => `《${c.title}》（${c.docNumber}）`), citation(region)];
  if (parent) bases.push(parentCitation(parent));
  const basisList = bases.length > 1 ? `${bases.slice(0, -1).join('、')}和${bases[bases.length - 1]}` : bases[0]!;
  lines.push(`为深入贯彻落实${basisList}精神，加快推进${our}数字政府建设，结合${our}实际，制定本方案。`, '');

  const goals = frameSource.goals.length ? frameSource.goals : region.goals;
  const goalsSource = frameSource.goals.length ? frameSource : region;
  const sections = framework(frameSource);
  sections.forEach((s, i) => {
    lines.push(`${cn(i)}、${fullWidthPunctuation(s.title)}`);
    if (!s.children.length) lines.push(`${PLACEHOLDER}结合${our}实际写明本部分的工作举措。`);
    s.children.forEach((c, k) => {
      lines.push(`（${cn(k)}）${fullWidthPunctuation(c.title.trim())}`);
      if (isGoalsClause(c, goals)) {
        lines.push(`${PLACEHOLDER}以下目标的时限与上级一致，请结合${our}实际改写目标内容。`);
        for (const g of goals) lines.push(fullWidthPunctuation(localGoal(g, goalsSource, level)));
      } else if (/指导思想/.test(c.title)) {
        lines.push(`${PLACEHOLDER}写明指导思想。`);
      } else {
        lines.push(`${PLACEHOLDER}结合${our}实际写明落实举措。`);
      }
    });
    lines.push('');
  });

  // The task table: every task of the region (and of the parent plan) that names this level.
  const rows: { source: 'baseline' | 'parent'; task: Task; ref: string }[] = [];
  for (const t of region.tasks) if (t.namesLocal) rows.push({ source: 'baseline', task: t, ref: `${regionShort(region)}第${t.no}项` });
  for (const t of parent?.tasks ?? []) if (t.namesLocal) rows.push({ source: 'parent', task: t, ref: `${parent!.region || '上级'}方案第${t.no}项` });
  lines.push('附件', '', `${name}数字政府建设重点任务清单`, '');
  lines.push(['序号', '主要任务', '重点内容', '责任单位', '完成时限', '对应上级任务'].join('\t'));
  rows.forEach((r, i) => {
    lines.push([String(i + 1), cell(r.task.group), cell(r.task.content), PLACEHOLDER, cell(r.task.deadline.raw) || PLACEHOLDER, r.ref].join('\t'));
  });
  const planFile = planFileName(name);
  const unitsFile = `${name}单位名录.txt`;
  const config = {
    baseline: input.baselineRef ?? region.id,
    units: unitsFile,
    ...(input.parentPath ? { parents: [input.parentPath] } : {}),
    rules: {},
  };
  return {
    planFile,
    configFile: 'xianjie.config.json',
    unitsFile,
    tasks: rows.map((r) => ({ source: r.source, no: r.task.no })),
    files: [
      { name: planFile, content: lines.join('\n') + '\n' },
      { name: 'xianjie.config.json', content: JSON.stringify(config, null, 2) + '\n' },
      { name: unitsFile, content: unitsTemplate(name, level) },
    ],
  };
}

function regionShort(b: Baseline): string {
  return b.level === '自治区' ? '自治区任务清单' : b.level === '省' ? '省任务清单' : `${b.region}任务清单`;
}

/** A units file to fill in: the format explained, the government itself, and commented examples. */
function unitsTemplate(name: string, level: ScaffoldLevel): string {
  const l = level;
  return [
    `# ${name}本级单位名录：实施方案中出现的本级责任单位，每行一个规范名称。`,
    '# 有常用简称的写作“规范名称 = 简称1, 简称2”；# 开头的行是注释。',
    '# 请按本级机构设置补充、修改，删去行首的 # 即启用该行。检查时，不在名录中的单位会提示“单位待核”。',
    `${name}人民政府 = ${l}人民政府, ${l}政府`,
    `${l}人民政府办公室 = ${l}政府办公室, ${l}政府办`,
    `# ${l}发展和改革局 = ${l}发展改革局, ${l}发改局`,
    `# ${l}财政局`,
    `# ${l}大数据服务中心`,
    `# ${l}审批服务管理局 = ${l}审批局`,
    '',
  ].join('\n');
}
