// Rule placeholder-unfilled: 【待填】 markers (as `xianjie init` writes them), units and deadlines
// still 待定, and gaps such as 县XX局 or 2024年X月, reported as information until the drafter fills them in.
import { findGaps, hasGap, isPlaceholder, MARKER } from '../text/placeholders';
import { unitAt } from './locate';
import type { Rule, RuleContext, RuleFinding } from './rule';

export { PLACEHOLDER, isPlaceholder } from '../text/placeholders';

/**
 * placeholder-unfilled (information): a 【待填】 marker, a unit or deadline written 待定, or a gap
 * (XX, ××, X月) left in the plan. Not an error while the plan is being drafted; raise it to error in
 * xianjie.config.json before the plan is submitted.
 */
export const placeholderUnfilled: Rule = {
  id: 'placeholder-unfilled',
  defaultSeverity: 'information',
  shortDescription: '尚有待填内容',
  fullDescription: '方案中还有“【待填】”标记（由“新建实施方案”生成的待填写位置），或写作“待定”的责任单位、完成时限，或“XX”“××”“X月”之类的空位。请按本地实际填写相应内容，并删去标记和提示语。定稿前可在配置中把本规则设为 error，确保不留待填项。',
  check(ctx) {
    const out: RuleFinding[] = [];
    MARKER.lastIndex = 0;
    for (const m of ctx.text.matchAll(MARKER)) {
      const start = m.index!;
      const end = start + m[0].length;
      // Name what is to be filled: the table column, the marker's own note, the guidance that
      // follows it, or else the heading it sits under.
      const line = lineAround(ctx.text, start);
      const cellWhat = line.includes('\t') ? columnName(ctx.text, start) : undefined;
      const note = /[：:]\s*([^】]+?)\s*】$/.exec(m[0])?.[1];
      const guidance = ctx.text.slice(end, Math.min(ctx.text.length, end + 40)).split(/[。\n]/)[0]!.trim();
      const heading = headingAbove(ctx, start);
      const what = cellWhat ? `“${cellWhat}”一栏` : note ? `“${note}”` : guidance ? `“${guidance}”` : heading ? `“${heading}”下的内容` : '此处内容';
      out.push({
        start, end,
        message: `${what}尚待填写。请按本地实际填写，并删去“${m[0]}”标记。`,
        related: [],
        fixes: [],
      });
    }
    // Units and deadlines not settled yet: 待定, or a gap in the name or the date.
    const reported: { start: number; end: number }[] = [...out];
    const report = (start: number, end: number, message: string): void => {
      out.push({ start, end, message, related: [], fixes: [] });
      reported.push({ start, end });
    };
    for (const m of ctx.units) {
      const raw = ctx.text.slice(m.start, m.end);
      if (isPlaceholder(raw) && !raw.includes('【')) report(m.start, m.end, `责任单位尚待明确（现写作“${raw.trim()}”）。请填写承担此项工作的单位。`);
      else if (hasGap(raw)) report(m.start, m.end, `责任单位“${raw}”尚未填全。请填写单位全称。`);
    }
    for (const d of ctx.deadlines) {
      const raw = ctx.text.slice(d.start, d.end);
      if (isPlaceholder(raw) && !raw.includes('【')) report(d.start, d.end, `完成时限尚待明确（现写作“${raw.trim()}”）。请填写完成时限。`);
      else if (hasGap(raw)) report(d.start, d.end, `完成时限“${raw.trim()}”尚未填全。请填写具体时间。`);
    }
    // Other gaps in the text (全县XX个部门, 于X月12日前报送), unless inside something reported above;
    // gaps a few characters apart (X月X日, XX个部门的XX个系统) are one place to fill.
    const gaps = findGaps(ctx.text).filter((g) => !reported.some((r) => g.start < r.end && g.end > r.start));
    for (let i = 0; i < gaps.length; ) {
      let j = i;
      while (j + 1 < gaps.length && gaps[j + 1]!.start - gaps[j]!.end <= GAP_JOIN && !BREAK.test(ctx.text.slice(gaps[j]!.end, gaps[j + 1]!.start))) j++;
      const start = gaps[i]!.start;
      const end = gaps[j]!.end;
      report(start, end, `“${wordsAround(ctx.text, start, end)}”尚有空位待填写。请按本地实际填写。`);
      i = j + 1;
    }
    return out.sort((a, b) => a.start - b.start);
  },
};

/** Gaps at most this many characters apart, in one clause, are one place to fill. */
const GAP_JOIN = 8;
/** What ends a clause: a gap on the other side belongs to another place. */
const BREAK = /[，。；：、,;:\s（）()]/;

/** The span with a few characters either side, within its clause, to say where it is. */
function wordsAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && start - s < 6 && !BREAK.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && e - end < 6 && !BREAK.test(text[e]!)) e++;
  return text.slice(s, e);
}

/** The title of the heading an offset sits under, if any. */
function headingAbove(ctx: RuleContext, at: number): string | undefined {
  const u = unitAt(ctx.outline, at);
  if (!u) return undefined;
  if (u.kind === 'heading' && u.titleSpan.end <= at) return u.title || undefined;
  return u.path[u.path.length - 1];
}

function lineAround(text: string, at: number): string {
  const s = text.lastIndexOf('\n', at - 1) + 1;
  const e = text.indexOf('\n', at);
  return text.slice(s, e < 0 ? text.length : e);
}

/** The header cell above a tab-separated cell: the nearest earlier line with the same column count and no digits first. */
function columnName(text: string, at: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const col = text.slice(lineStart, at).split('\t').length - 1;
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const cells = text.slice(start, end).split('\t');
    if (cells.length < 2) return undefined;
    if (!/^\s*\d/.test(cells[0]!)) return cells[col]?.trim() || undefined;
    end = start - 1;
  }
  return undefined;
}
