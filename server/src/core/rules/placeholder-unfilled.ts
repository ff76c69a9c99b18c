// Rule placeholder-unfilled: 【待填】 markers (as `xianjie init` writes them) still in the text,
// reported as information until the drafter fills them in.
import { unitAt } from './locate';
import type { Rule, RuleContext, RuleFinding } from './rule';

/** The marker `xianjie init` writes where local content is due. */
export const PLACEHOLDER = '【待填】';

/** 【待填】 or 【待填：说明】, as written by hand or by the scaffold. */
const MARKER = /【\s*待填\s*(?:[：:][^】\n]{0,60})?】/g;

/** Whether a span of text is only a placeholder (a units or deadline cell not yet filled). */
export function isPlaceholder(s: string): boolean {
  return /^\s*【\s*待填\s*(?:[：:][^】\n]{0,60})?】\s*$/.test(s);
}

/**
 * placeholder-unfilled (information): a 【待填】 marker left in the plan. Not an error while the
 * plan is being drafted; raise it to error in xianjie.config.json before the plan is submitted.
 */
export const placeholderUnfilled: Rule = {
  id: 'placeholder-unfilled',
  defaultSeverity: 'information',
  shortDescription: '尚有待填内容',
  fullDescription: '方案中还有“【待填】”标记（由“新建实施方案”生成的待填写位置）。请按本地实际填写相应内容，并删去标记和提示语。定稿前可在配置中把本规则设为 error，确保不留待填项。',
  check(ctx) {
    const out: RuleFinding[] = [];
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
    return out;
  },
};

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
