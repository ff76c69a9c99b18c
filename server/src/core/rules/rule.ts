// The contract every rule implements, and the context it receives from analyze().
import type { PreparedBaseline, UnitRegistry } from '../engine';
import type { Alignment, Coverage, DraftFacts, Finding, Severity } from '../types';

export interface RuleContext extends DraftFacts {
  text: string;
  prepared: PreparedBaseline;
  registry: UnitRegistry;
  alignments: Alignment[];
  coverage: Coverage;
  /** Set when the draft is checked against a parent plan, after its primary baseline (see analyzeChain). */
  parentLevel?: true;
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
