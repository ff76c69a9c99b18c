// Rule basis-mismatch: a cited higher-level document whose 文号 or title does not match the
// baseline, or an outdated basis that the baseline supersedes.
import { bigramSimilarity } from '../baseline/similarity';
import { normalizeDocNumber } from '../extract/citations';
import { foldForMatching } from '../text/fold';
import { unitAt } from './locate';
import type { Rule, RuleContext, RuleFinding } from './rule';

/** 文号 in one form for comparison, whatever the script and bracket style. */
function normNo(s: string): string {
  return normalizeDocNumber(foldForMatching(s));
}

function normTitle(s: string): string {
  return foldForMatching(s).replace(/[\s《》“”"]/g, '');
}

/**
 * Whether a citation is given as the draft's basis (根据《…》, 按照…要求, 贯彻落实…) rather than
 * mentioned in passing (与…相比): judged from the sentence up to the citation.
 */
function citedAsBasis(ctx: RuleContext, at: number): boolean {
  const text = ctx.text;
  // Under a heading such as 编制依据 every citation is a basis.
  const unit = unitAt(ctx.outline, at);
  if (unit && [unit.title, ...unit.path].some((t) => /依据/.test(t))) return true;
  let start = at;
  while (start > 0 && !/[。！？\n]/.test(text[start - 1]!)) start--;
  const before = text.slice(Math.max(start, at - 120), at);
  if (/相比|对比|对照|比较|回顾|以来/.test(text.slice(at, at + 60).split(/[。\n]/)[0]! + before)) return false;
  return /根据|依据|按照|遵照|贯彻|落实|依照|对标|^\s*$/.test(before) || before.includes('、');
}

/**
 * basis-mismatch (error): 《自治区人民政府关于加强数字政府建设的实施意见》 cited with a wrong 文号
 * (宁政发〔2023〕71号), the right 文号 with a wrong title, or a superseded document cited as
 * the basis (宁政办发〔2020〕14号 for a 2023 plan).
 */
export const basisMismatch: Rule = {
  id: 'basis-mismatch',
  defaultSeverity: 'error',
  shortDescription: '依据文件的文号或标题有误',
  fullDescription: '引用的上级文件文号与标题不一致，或引用了已被取代的旧文件作为依据。请按上级文件原文核对文号和标题。',
  check(ctx) {
    const out: RuleFinding[] = [];
    const b = ctx.prepared.baseline;
    const known = [{ docNumber: b.docNumber, title: b.title }, ...b.cites];
    for (const c of ctx.citations) {
      const title = normTitle(c.title);
      const no = c.docNumber ? normNo(c.docNumber) : undefined;
      const old = no ? b.supersedes.find((s) => normNo(s.docNumber) === no) : undefined;
      if (old && c.docNumberSpan && citedAsBasis(ctx, c.start)) {
        out.push({
          start: c.start, end: c.end,
          message: `引用的《${c.title}》（${c.docNumber}）已过时${old.note ? `（${old.note}）` : ''}。现行依据为《${b.title}》（${b.docNumber}），请改为引用现行文件。`,
          related: [{ quote: `现行依据：《${b.title}》（${b.docNumber}），${b.date} 印发。` }],
          fixes: [{ title: `改为《${b.title}》（${b.docNumber}）`, edits: [{ span: c, newText: `《${b.title}》（${b.docNumber}）` }] }],
        });
        continue;
      }
      for (const k of known) {
        // A plan compiled on the fly may have no 文号: only its title can be checked.
        if (!k.docNumber) continue;
        const kNo = normNo(k.docNumber);
        const kTitle = normTitle(k.title);
        // A short form (关于…实施意见) or the full region name before it (宁夏回族自治区人民政府…) is the same title.
        const titleSame = title === kTitle || (kTitle.endsWith(title) && title.length >= 8) || (title.endsWith(kTitle) && kTitle.length >= 8);
        if (titleSame && no && no !== kNo && c.docNumberSpan) {
          out.push({
            start: c.docNumberSpan.start, end: c.docNumberSpan.end,
            message: `《${c.title}》的文号应为“${k.docNumber}”，此处写作“${c.docNumber}”。请核对后更正。`,
            related: [{ quote: `《${k.title}》（${k.docNumber}）` }],
            fixes: [{ title: `改为“${k.docNumber}”`, edits: [{ span: c.docNumberSpan, newText: k.docNumber }], preferred: true }],
          });
          break;
        }
        if (no && no === kNo && !titleSame) {
          const sim = bigramSimilarity(title, kTitle);
          if (sim >= 0.5) {
            out.push({
              start: c.titleSpan.start, end: c.titleSpan.end,
              message: `文号“${c.docNumber}”对应的文件标题为《${k.title}》，此处写作《${c.title}》。请按原文更正标题。`,
              related: [{ quote: `《${k.title}》（${k.docNumber}）` }],
              fixes: [{ title: `改为《${k.title}》`, edits: [{ span: c.titleSpan, newText: k.title }], preferred: true }],
            });
          }
          break;
        }
      }
    }
    return out;
  },
};
