// A baseline prepared for analysis: the alignment index (built, or restored from prebuilt data) and
// the unit registry, once per baseline and segmenter, never per keystroke.
import { buildIndex, indexFromData, type AlignmentIndex, type IndexData, type SentenceTokens } from './align';
import type { Baseline, Task, Clause } from './baseline/schema';
import { ParagraphCache } from './outline';
import type { Segmenter } from './segment/segmenter';
import { TextKeyedCache } from './text-cache';
import { foldForMatching } from './text/fold';
import type { Alignment } from './types';
import type { ListedItems, TaskNamesData } from './task-names';

/** What one sentence gives its unit's alignment, offsets left out (align-outline.ts). */
export interface SentenceEvidence {
  cut?: SentenceTokens;
  task?: { no: number; score: number };
  clause?: { id: string; score: number };
  /** `system`: the sentence names a system only that task names (经济运行大数据平台). */
  mentions?: { no: number; score: number; system?: true }[];
}

export interface KnownUnit {
  /** Canonical name. */
  name: string;
  /** Where the name comes from: the baseline or the user's local units file. */
  source: 'baseline' | 'local';
  level: string;
  /** Task numbers the unit leads in the baseline. */
  leads: number[];
  /** For a body of a higher-level plan (a city's, above a county draft): that plan's region. */
  above?: string;
}

export interface PreparedBaseline {
  baseline: Baseline;
  index: AlignmentIndex;
  segmenter: Segmenter;
  clauseById: Map<string, Clause>;
  taskByNo: Map<number, Task>;
  /** Folded unit names and aliases -> canonical entry. */
  unitsByName: Map<string, KnownUnit>;
  /** Folded alias -> canonical name (aliases only). */
  aliasOf: Map<string, string>;
  /**
   * Unit alignments by what they depend on (align-outline.ts), so an edit re-aligns only the units it
   * changed. Valid as long as the index, which never changes once prepared.
   */
  alignCache?: TextKeyedCache<Alignment>;
  /**
   * Programme names quoted in the task list (“审管联动”, “宁政通”), folded, each with the one or two
   * tasks that quote it; a name quoted by more tasks says nothing about any one of them.
   */
  programmeNames: Map<string, number[]>;
  /** Folded system names -> the one task that names them (systemNames, built on first use). */
  systemNames?: Map<string, number>;
  /** Folded system names -> the one or two tasks that name them (systemHolders, built on first use). */
  systemHolders?: Map<string, number[]>;
  /** The task list's system names and list items as the prebuilt index gives them (task-names.ts), when it does. */
  prebuiltNames?: TaskNamesData;
  /** The task list's list items (listedItems, built on first use). */
  listedItems?: ListedItems;
  /** Words that one task alone uses (ownTerms, built on first use). */
  ownTerms?: Map<string, number>;
  /** Which pillars a unit names, by the unit's kind, title and body (analyze.ts computeCoverage). */
  pillarNameCache?: TextKeyedCache<boolean[]>;
  /**
   * Draft paragraphs already parsed into outline units, by their text (outline.ts), so an edit
   * parses again only the paragraphs it changed. Independent of the baseline; kept here with the
   * other caches of successive analyses.
   */
  paragraphCache?: ParagraphCache;
  /**
   * A sentence's words, and what it matches (its best task and clause, the tasks it mentions), by its
   * text and the unit's best clause (align-outline.ts): a sentence repeated across a long draft or a
   * unit re-aligned after an edit elsewhere in it is read once.
   */
  sentenceCache?: TextKeyedCache<SentenceEvidence>;
}

/**
 * `prebuilt`: the index as data (with the task list's names when it has them), built earlier with a
 * segmenter that cuts as `segmenter` does.
 */
export function prepareBaseline(baseline: Baseline, segmenter: Segmenter, prebuilt?: IndexData & { taskNames?: TaskNamesData }): PreparedBaseline {
  const unitsByName = new Map<string, KnownUnit>();
  const aliasOf = new Map<string, string>();
  for (const u of baseline.units) {
    const k: KnownUnit = { name: u.name, source: 'baseline', level: u.level, leads: u.leads };
    unitsByName.set(foldForMatching(u.name), k);
    for (const a of u.aliases) aliasOf.set(foldForMatching(a), u.name);
  }
  return {
    baseline,
    index: prebuilt ? indexFromData(prebuilt, segmenter) : buildIndex(baseline, segmenter),
    segmenter,
    clauseById: new Map(baseline.clauses.map((c) => [c.id, c])),
    taskByNo: new Map(baseline.tasks.map((t) => [t.no, t])),
    unitsByName,
    aliasOf,
    alignCache: new TextKeyedCache(20000),
    pillarNameCache: new TextKeyedCache(20000),
    paragraphCache: new ParagraphCache(),
    sentenceCache: new TextKeyedCache(50000),
    programmeNames: programmeNames(baseline),
    prebuiltNames: prebuilt?.taskNames,
  };
}

/** Names quoted in one or two tasks' text, folded as drafts are (quotes themselves dropped). */
function programmeNames(baseline: Baseline): Map<string, number[]> {
  const by = new Map<string, Set<number>>();
  for (const t of baseline.tasks) {
    for (const m of t.content.matchAll(/[“"「]([^”"」\n]{2,20})[”"」]/g)) {
      const name = foldForMatching(m[1]!);
      by.set(name, (by.get(name) ?? new Set<number>()).add(t.no));
    }
  }
  const out = new Map<string, number[]>();
  for (const [name, nos] of by) if (nos.size <= 2) out.set(name, [...nos]);
  return out;
}

export interface LocalUnit {
  name: string;
  aliases: string[];
  /** Set for a body named in a higher-level plan: that plan's region (石嘴山市) and level (市). */
  above?: { region: string; level: string };
}

/** The registry a draft is checked against: baseline units plus the user's local units. */
export interface UnitRegistry {
  lookup(name: string): KnownUnit | undefined;
  /** The canonical name when `name` is a known alias. */
  canonicalOf(name: string): string | undefined;
  /** Every canonical name and alias, for suggestions and completion. */
  allNames(): { name: string; canonical: string; source: 'baseline' | 'local' }[];
  /** The places of the higher-level plans the draft is checked against (吴忠市, 市), nearest first. */
  placesAbove?: { region: string; level: string }[];
  /** What a short form or code the draft's own legend defines stands for (K → 县国资委), known or not. */
  definedAs?(name: string): string | undefined;
}

/** Characters a copy leaves inside words that show nothing: soft hyphen, zero-width space and joiners, word joiner, BOM. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const HAS_INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

/** A name's key for lookup: folded for matching, without the invisible characters a copy leaves in it (区审批服务​管理局). */
function visibleKey(name: string): string {
  const k = foldForMatching(name);
  return HAS_INVISIBLE.test(k) ? k.replace(INVISIBLE, '') : k;
}

export function makeRegistry(prepared: PreparedBaseline, local: LocalUnit[] = [], placesAbove: { region: string; level: string }[] = []): UnitRegistry {
  const localByName = new Map<string, KnownUnit>();
  const localAlias = new Map<string, string>();
  for (const l of local) {
    const k = foldForMatching(l.name);
    // The draft's own units file outranks a higher-level plan that names the same body.
    if (l.above && localByName.has(k)) continue;
    localByName.set(k, l.above ? { name: l.name, source: 'local', level: l.above.level, leads: [], above: l.above.region } : { name: l.name, source: 'local', level: '其他', leads: [] });
    for (const a of l.aliases) if (!(l.above && localAlias.has(foldForMatching(a)))) localAlias.set(foldForMatching(a), l.name);
  }
  let names: { name: string; canonical: string; source: 'baseline' | 'local' }[] | undefined;
  return {
    placesAbove,
    lookup(name) {
      const k = visibleKey(name);
      return localByName.get(k) ?? prepared.unitsByName.get(k);
    },
    canonicalOf(name) {
      const k = visibleKey(name);
      return localAlias.get(k) ?? prepared.aliasOf.get(k);
    },
    allNames() {
      if (!names) {
        names = [];
        for (const u of prepared.baseline.units) {
          names.push({ name: u.name, canonical: u.name, source: 'baseline' });
          for (const a of u.aliases) names.push({ name: a, canonical: u.name, source: 'baseline' });
        }
        for (const l of local) {
          names.push({ name: l.name, canonical: l.name, source: 'local' });
          for (const a of l.aliases) names.push({ name: a, canonical: l.name, source: 'local' });
        }
      }
      return names;
    },
  };
}
