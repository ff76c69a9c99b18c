// The build report as Chinese text lines: what the compiler recognised (clauses by level, pillars,
// tasks, units, deadlines), what it repaired, and every line it could not parse with the reason.
import type { CompileReport } from './compile';
import type { Baseline } from './schema';

export function formatReport(baseline: Baseline, report: CompileReport): string[] {
  const lines: string[] = [];
  lines.push(`${baseline.id}  ${baseline.docNumber}  ${baseline.title}`);
  lines.push(`  条款：${Object.entries(report.clausesByLevel).map(([k, v]) => `${k} ${v}`).join('，')}（共 ${baseline.clauses.length}）`);
  const how = report.pillarsDerived ? '由标题推出' : '按清单';
  lines.push(`  框架（${how}，${report.pillars.length} 个板块）：`);
  const families = [...new Set(baseline.pillars.map((p) => p.family))];
  for (const family of families) {
    const members = report.pillars.filter((p) => p.name.startsWith(family + '·'));
    lines.push(`    ${family}：${members.map((p) => `${p.name.slice(family.length + 1)}(条款${p.clauses}/任务${p.tasks})`).join('；')}`);
  }
  const k = report.deadlineKinds;
  lines.push(
    `  任务 ${report.tasks}（来自${report.tasksFrom}），有完成时限 ${report.deadlines}（含年份 ${k.dated}，持续性或每年 ${k.ongoing}，未识别 ${k.none}），` +
      `单位 ${report.units}，目标 ${report.goals}，词典 ${baseline.dictionary.length}`,
  );
  for (const r of report.repairs) lines.push(`  修复：第${r.line}行「${r.written}」→「${r.repaired}」——${r.how}`);
  for (const u of report.unparsed) lines.push(`  未能解析：${u.where}「${u.text}」——${u.reason}`);
  for (const e of report.errors) lines.push(`  错误：${e}`);
  return lines;
}
