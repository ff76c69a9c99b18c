// The contract every rule implements, and the context it receives from analyze().
import type { PreparedBaseline, UnitRegistry } from '../engine';
import type {
  Alignment, CitationMention, Coverage, DeadlineMention, Finding, MojibakeRun, OutlineUnit, Severity, UnitMention,
} from '../types';

export interface RuleContext {
  text: string;
  prepared: PreparedBaseline;
  registry: UnitRegistry;
  outline: OutlineUnit[];
  alignments: Alignment[];
  deadlines: DeadlineMention[];
  units: UnitMention[];
  citations: CitationMention[];
  mojibake: MojibakeRun[];
  coverage: Coverage;
  /** The year the draft states for itself (落款 date or title), if any. */
  documentYear?: number;
  /** Level of the draft's own units ('市', '县' …) when known from the units file or the text. */
  draftLevel?: string;
}

/** A finding before the engine stamps the configured severity and the baseline id. */
export type RuleFinding = Omit<Finding, 'severity' | 'rule' | 'baseline'> & { severity?: Severity };

export interface Rule {
  /** Stable kebab-case id. */
  id: string;
  defaultSeverity: Severity;
  /** One line, Chinese, for SARIF shortDescription and the README. */
  shortDescription: string;
  /** A paragraph, Chinese: what the rule checks and what to do. */
  fullDescription: string;
  check(ctx: RuleContext): RuleFinding[];
}
