// Rule unknown-unit: responsible units that are in neither the baseline's registry nor the
// user's local units file; known aliases get a hint with the canonical name.
import { collectiveTypo, suggestUnits } from '../extract/units';
import { foldForMatching } from '../text/fold';
import { hasGap, isPlaceholder } from '../text/placeholders';
import type { Rule, RuleFinding } from './rule';

/** Regional-level prefixes: a regional unit leading a local plan's own task is suspicious. */
const REGIONAL = /^(?:自治区|自治區|省|宁夏回族自治区|广西壮族自治区)/;

/**
 * Whether a body named in a higher-level plan is that level's own (市… under a city plan, 区… or 县…
 * under a county's, 石嘴山市…), not a body of the draft's place the plan also names (惠农区人民政府) or one
 * of its branches (市公安局惠农分局, which a units file lists as local).
 */
function higherBody(name: string, region: string, level: string): boolean {
  const n = foldForMatching(name);
  const ownPrefix = level === '市' ? /^市(?![场場])/ : level === '县' ? /^(?:区(?!域)|县|縣|區|旗)/ : undefined;
  return (ownPrefix?.test(n) ?? false) || (region.length >= 2 && n.startsWith(foldForMatching(region)) && !/[县縣区區旗镇鎮乡鄉]/.test(n.slice(region.length, region.length + 6)));
}

/**
 * unknown-unit (warning): a unit name that is not in the registry, with the nearest known
 * names as fixes. A known alias (发改委) is a hint with the canonical name. A regional unit named
 * as the lead of a local task gets its own message. Collective subjects are never unknown.
 */
export const unknownUnit: Rule = {
  id: 'unknown-unit',
  defaultSeverity: 'warning',
  shortDescription: '责任单位名称不规范或不存在',
  fullDescription: '责任单位既不在上级文件的单位名录中，也不在本地单位名录中；或使用了非规范简称；或由上级单位牵头本地任务。请使用规范的单位全称，本地单位请加入单位名录文件。',
  check(ctx) {
    const out: RuleFinding[] = [];
    const localPlan = ctx.registry.allNames().some((n) => n.source === 'local');
    let known: string[] | undefined;
    for (const m of ctx.units) {
      if (m.collective) continue;
      const raw = ctx.text.slice(m.start, m.end);
      // 【待填】, 待定 and names with a gap (县XX局) are placeholder-unfilled's to report.
      if (isPlaceholder(raw) || hasGap(raw)) continue;
      // A prefix carried over a list can be wrong (市 + 太阳山开发区管委会): the name as written counts.
      const hit = ctx.registry.lookup(m.name) ?? (raw !== m.name ? ctx.registry.lookup(raw) : undefined);
      if (hit) {
        if (localPlan && m.role === 'lead' && hit.source === 'baseline' && REGIONAL.test(hit.name)) {
          out.push({
            start: m.start, end: m.end,
            message: `“${hit.name}”是${ctx.prepared.baseline.level}级单位，不宜作为本地任务的牵头单位。请改由本级对口单位牵头，${hit.name}可列为配合或指导单位。`,
            related: hit.leads.length ? [{ quote: `${hit.name}在上级任务清单中牵头第${hit.leads.slice(0, 8).join('、')}项任务。` }] : [],
            fixes: [],
          });
        } else if (m.role === 'lead' && hit.above && higherBody(hit.name, hit.above, hit.level)) {
          // A body of the plan above (石嘴山市's 市大数据管理服务中心) leading a task of this plan.
          out.push({
            start: m.start, end: m.end,
            message: `“${hit.name}”是上级（${hit.above}）单位，不宜作为本地任务的牵头单位。请改由本级对口单位牵头，${hit.name}可列为配合或指导单位。`,
            related: [{ quote: `${hit.name}见于${hit.above}方案的任务分工。` }],
            fixes: [],
          });
        }
        continue;
      }
      const canonical = ctx.registry.canonicalOf(m.name);
      if (canonical) {
        // Keep the draft's own prefix if it wrote the short form after a distributed prefix.
        const newText = raw === m.name ? canonical : canonical.endsWith(raw) ? raw : canonical;
        out.push({
          start: m.start, end: m.end, severity: 'hint',
          message: `“${raw}”是简称，规范名称为“${canonical}”。`,
          related: [],
          fixes: newText === raw ? [] : [{ title: `改为“${canonical}”`, edits: [{ span: m, newText: canonical }], preferred: true }],
        });
        continue;
      }
      const intended = collectiveTypo(m.name);
      if (intended) {
        out.push({
          start: m.start, end: m.end,
          message: `“${raw}”疑有错字，是否应为“${intended}”？`,
          related: [],
          fixes: [{ title: `改为“${intended}”`, edits: [{ span: m, newText: intended }], preferred: true }],
        });
        continue;
      }
      known ??= [...new Set(ctx.registry.allNames().map((n) => n.canonical))];
      // Traditional names are compared in Simplified, as the registry is written.
      const suggestions = suggestUnits(foldForMatching(m.name), known, 3);
      const tail = suggestions.length ? `是否应为“${suggestions.join('”或“')}”？` : '请核实单位全称；如为本地单位，请将其加入单位名录文件。';
      out.push({
        start: m.start, end: m.end,
        message: `责任单位“${m.name}”不在单位名录中。${tail}`,
        related: [],
        fixes: suggestions.map((s, i) => ({ title: `改为“${s}”`, edits: [{ span: m, newText: s }], preferred: i === 0 && suggestions.length === 1 })),
      });
    }
    return out;
  },
};
