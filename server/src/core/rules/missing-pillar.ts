// Rule missing-pillar: a pillar of the regional framework that the draft does not address
// anywhere, judged by content (alignment), not only by heading names.
import { foldForMatching } from '../text/fold';
import type { OutlineUnit } from '../types';
import { sectionForClause } from './locate';
import { clauseLabel, levelLabel, quoteClause } from './quote';
import type { Rule, RuleContext, RuleFinding } from './rule';

/** Where a missing pillar belongs: the draft section implementing the pillar's family, or one named after it. */
function sectionFor(ctx: RuleContext, familyClauseId: string, familyWords: string[]): OutlineUnit | undefined {
  const voted = sectionForClause(ctx.outline, ctx.alignments, familyClauseId);
  if (voted) {
    // Climb to the level-1 heading of that section: a pillar is reported at its family's top.
    let u: OutlineUnit = voted;
    while (u.parent !== undefined) u = ctx.outline[u.parent]!;
    return u;
  }
  return ctx.outline.find((u) => u.kind === 'heading' && u.level === 1 && familyWords.some((w) => u.title.includes(w)));
}

/** End of the section that starts at heading `h` (before the next heading of the same or a higher level). */
function sectionEnd(ctx: RuleContext, h: OutlineUnit): number {
  for (let i = h.index + 1; i < ctx.outline.length; i++) {
    const u = ctx.outline[i]!;
    if (u.kind === 'heading' && u.level <= h.level) return u.start;
  }
  return ctx.text.length;
}

/**
 * missing-pillar (warning): reported once per pillar, at the top of the draft section where it
 * belongs (or at the document start), naming the pillar and quoting the defining clause. The fix
 * inserts a skeleton of the pillar's section.
 */
export const missingPillar: Rule = {
  id: 'missing-pillar',
  defaultSeverity: 'warning',
  shortDescription: '缺少上级框架中的内容板块',
  fullDescription: '方案未涉及上级体系框架中的某一板块（如“四个支撑”中的安全保障）。请补充相应内容，或在方案中说明本地如何落实。',
  check(ctx) {
    // A township's plan takes up its share of the county's tasks; it is not asked to mirror the framework.
    if (ctx.township) return [];
    // A task ledger tracks the tasks a plan set out: the plan, not the ledger, answers for the framework.
    // Nor does one department's plan for its share of the work (a bureau's 落实方案), nor a thematic
    // plan taking up one strand (专项实施方案).
    // Nor does a notice amending a plan's tasks (关于调整《…》部分任务的通知).
    // Nor a list of projects and their funds (项目清单及资金安排): it funds the plan's tasks.
    if (ctx.ledger || ctx.projectList || ctx.department || ctx.thematic || ctx.amendment) return [];
    // A plan for one named reform (推进“高效办成一件事”实施方案) takes up that reform, not a wider baseline's every part; against
    // a baseline on that same reform (the province's “高效办成一件事” 实施意见) it is held to all of it.
    if (ctx.reform && !foldForMatching(ctx.prepared.baseline.title).includes(foldForMatching(ctx.reform))) return [];
    const out: RuleFinding[] = [];
    const p = ctx.prepared;
    const firstLineEnd = (() => {
      const i = ctx.text.search(/[\r\n]/);
      return i < 0 ? ctx.text.length : i;
    })();
    if (ctx.text.trim().length === 0) return out;
    // A family with several pillars none of which the draft takes up is one gap (a whole section
    // left out), reported once for the family rather than once per pillar.
    const families = new Map<string, { total: number; missing: number }>();
    for (const cov of ctx.coverage.pillars) {
      const f = families.get(cov.family) ?? { total: 0, missing: 0 };
      f.total++;
      if (!cov.covered) f.missing++;
      families.set(cov.family, f);
    }
    const reportedFamilies = new Set<string>();
    // A part of the opinions that two of its frameworks both name (the 2020 要点's 数字治理 is one of the
    // 五个着力 and one of the 八个全区一体化体系) is one gap: one finding naming both frameworks.
    const byClause = new Map<string, { finding: RuleFinding; families: string[]; name: string; label: string }>();
    for (const cov of ctx.coverage.pillars) {
      if (cov.covered) continue;
      const pillar = p.baseline.pillars.find((x) => x.id === cov.pillarId)!;
      const fam = families.get(cov.family)!;
      if (fam.total >= 2 && fam.missing === fam.total) {
        if (reportedFamilies.has(cov.family)) continue;
        reportedFamilies.add(cov.family);
        const members = p.baseline.pillars.filter((x) => x.family === cov.family);
        const first = p.clauseById.get(members[0]!.clauseIds[0]!)!;
        const familyClause = (first.parentId && p.clauseById.get(first.parentId)) || first;
        const familyWords = [pillar.family, pillar.family.replace('个', '大'), pillar.family.replace('个', '种')];
        const section = sectionFor(ctx, familyClause.id, familyWords);
        const at = section ? section.titleSpan : { start: 0, end: Math.max(firstLineEnd, 0) };
        out.push({
          start: at.start, end: at.end,
          message: `方案未涉及上级（${levelLabel(p)}）框架中的“${pillar.family}”整个板块（含${members.map((m) => `“${m.name}”`).join('')}，对应${clauseLabel(familyClause)}）。请补充相应内容。`,
          problemKey: pillar.family,
          related: [quoteClause(p, familyClause)],
          fixes: [],
        });
        continue;
      }
      const clause = p.clauseById.get(pillar.clauseIds[0]!)!;
      const same = byClause.get(clause.id);
      if (same && same.name === pillar.name) {
        same.families.push(pillar.family);
        same.finding.message = `方案未涉及上级（${levelLabel(p)}）框架${same.families.map((f) => `“${f}”`).join('')}中的“${pillar.name}”（对应${same.label}）。请补充相应内容。`;
        continue;
      }
      const familyClauseId = clause.parentId ?? clause.id;
      const familyWords = [pillar.family, pillar.family.replace('个', '大'), pillar.family.replace('个', '种')];
      const section = sectionFor(ctx, familyClauseId, familyWords);
      const at = section ? section.titleSpan : { start: 0, end: Math.max(firstLineEnd, 0) };
      const insertAt = section ? sectionEnd(ctx, section) : ctx.text.length;
      const subTitles = p.baseline.clauses.filter((c) => c.parentId === clause.id && c.kind === 'subitem').map((c) => `${c.title}。（请结合本地实际写明具体措施）`);
      const skeleton = `（　）${clause.title}。（请结合本地实际写明本板块的总体要求）\n${subTitles.join('\n')}${subTitles.length ? '\n' : ''}`;
      const prefix = insertAt > 0 && !/[\r\n]$/.test(ctx.text.slice(0, insertAt)) ? '\n' : '';
      const finding: RuleFinding = {
        start: at.start, end: at.end,
        message: `方案未涉及上级（${levelLabel(p)}）框架“${pillar.family}”中的“${pillar.name}”（对应${clauseLabel(clause)}）。请补充相应内容。`,
        problemKey: pillar.name,
        related: [quoteClause(p, clause)],
        fixes: [{ title: `插入“${clause.title}”一节的框架`, edits: [{ span: { start: insertAt, end: insertAt }, newText: prefix + skeleton }] }],
      };
      byClause.set(clause.id, { finding, families: [pillar.family], name: pillar.name, label: clauseLabel(clause) });
      out.push(finding);
    }
    return out;
  },
};
