// Compiles a higher-level plan (a city's 实施方案 above a county's draft) into a baseline on the
// fly: its clause tree, its framework from its own headings, its 主要目标 deadlines, and its task
// table or inline annotations when it has them. Pure: text in, baseline out.
import { compileBaseline, type CompileReport } from './compile';
import { hasInlineAnnotations, hasTaskTable, inferDocumentFacts, issuedTitle, unitPrefixOf } from './infer';
import { ManifestSchema, type ManifestInput } from './manifest';
import type { Baseline } from './schema';
import type { AliasTable } from '../extract/units';

export interface PlanInput {
  text: string;
  /** File name, used for the derived id and as the source name. */
  name: string;
  aliases: AliasTable;
}

/** A stable id from the file name: ASCII part if any, else a short hash of the name. */
export function planId(name: string): string {
  const base = name.replace(/\.[^.]+$/, '').toLowerCase();
  const ascii = base.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (ascii.length >= 3) return `plan-${ascii}`.slice(0, 60);
  let h = 2166136261;
  for (const ch of name) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0;
  return `plan-${h.toString(36)}`;
}

export function compilePlanBaseline(input: PlanInput): { baseline: Baseline; report: CompileReport } {
  const { text, name } = input;
  const facts = inferDocumentFacts(text);
  // A city plan names its issuer on a signature line of its own: 吴忠市人民政府.
  const issuer = /^[\s\u3000]*([\u4e00-\u9fff]{2,8}[市县区旗])(?:人民政府|管委会)[\s\u3000]*$/m.exec(text.slice(0, 800) + '\n' + text.slice(-800));
  const region = facts.region ?? issuer?.[1] ?? '';
  const level = facts.level ?? (/县$|旗$/.test(region) ? '县' : /区$/.test(region) ? '县' : '市');
  // A plan sent out under a notice (…关于印发…实施方案的通知) is known by its own title.
  const title = (facts.title && issuedTitle(facts.title)) ?? facts.title ?? name;
  const manifestInput: ManifestInput = {
    id: planId(name),
    level,
    region,
    // 吴忠市利通区…: the region (利通区) is named in the title already, after its city.
    title: region && !title.slice(0, 12).includes(region) ? `${region}${title}` : title,
    docNumber: facts.docNumber ?? '',
    date: facts.date ?? '1970-01-01',
    body: { file: name },
    tasks: hasInlineAnnotations(text) ? { inline: true } : hasTaskTable(text) ? { file: name } : undefined,
    unitPrefix: unitPrefixOf(level),
  };
  const manifest = ManifestSchema.parse(manifestInput);
  return compileBaseline({ manifest, files: { [name]: text }, aliases: input.aliases });
}
