/**
 * The rule-module interface. One cross-check per file: a rule reads the analysis context (profile,
 * statements, equity reconciliation, policy) and returns flags, or says it was skipped and why —
 * silence is never mistaken for a pass. A rule never throws and never recomputes a statement.
 */
import type { SelfReportResult } from '../adjust/index.js';
import type { CapacityAnalysis } from '../capacity/capacity.js';
import type { EquityResult } from '../equity/index.js';
import type { Bilingual } from '../profile/errors.js';
import type { Policy } from '../profile/policy.js';
import type { Profile } from '../profile/schema.js';
import type { Statements } from '../statements/index.js';

export type { Bilingual };

export type Severity = 'info' | 'warning' | 'critical';
export const SEVERITIES: readonly Severity[] = ['critical', 'warning', 'info'];

/** What a figure is measured in. */
export type FlagUnit = 'CNY' | 'ratio' | 'days' | 'units' | 'count' | 'months';

/** One input a flag used, with where it came from in the profile (or the statement that produced it). */
export interface FlagInput {
  readonly name: string;
  /** Profile path (`settlement.customerDays`) or a derived source (`incomeStatement.annual.sales`). */
  readonly source: string;
  /** Decimal string (money with two places) or text. */
  readonly value: string;
  readonly unit: FlagUnit | 'text';
  /** Set when the value is a documented default rather than something the profile said. */
  readonly defaulted?: boolean;
}

/**
 * A flagged inconsistency (stable API). Figures are decimal strings: money with two places, ratios
 * with four. Like valibot's issues, a flag carries what was expected, what was received and the
 * requirement, so an auditor can redo the arithmetic.
 */
export interface Flag {
  /** Stable code in SCREAMING_SNAKE_CASE, e.g. RECEIVABLES_INCONSISTENT. */
  readonly code: string;
  readonly severity: Severity;
  readonly ruleId: string;
  readonly title: Bilingual;
  readonly unit: FlagUnit;
  /** The figure as reported or declared. */
  readonly observed: string | null;
  /** The figure the cross-check implies. */
  readonly expected: string | null;
  /** The values of `observed` that would not have raised the flag. */
  readonly range: { readonly min: string | null; readonly max: string | null } | null;
  /** observed − expected, and that divided by the rule's denominator (see `formula`). */
  readonly deviation: { readonly absolute: string; readonly relative: string | null } | null;
  /** The formula in symbols. */
  readonly formula: string;
  /** The formula with the numbers filled in. */
  readonly computation: string;
  readonly inputs: readonly FlagInput[];
  /** Evidence that would settle the question (kinds of physical proof to collect). */
  readonly evidence: readonly Bilingual[];
  /** Open, non-leading questions for the applicant. */
  readonly questions: readonly Bilingual[];
  readonly message: Bilingual;
}

export interface AnalysisContext {
  /** The profile the checks use: after the talking-habit adjustment when there was one. */
  readonly profile: Profile;
  readonly policy: Policy;
  readonly statements: Statements;
  readonly equity: EquityResult;
  /** The talking-habit pre-stage: the habit, its factor and each figure adjusted (original and adjusted). */
  readonly selfReport?: SelfReportResult;
  /** Repayment capacity, affordable amounts, stress test and funding plan (src/capacity), computed once. */
  readonly capacity: CapacityAnalysis;
}

export type RuleOutcome =
  | { readonly status: 'ran'; readonly flags: readonly Flag[] }
  | { readonly status: 'skipped'; readonly reason: Bilingual; readonly missing: readonly string[] };

export interface Rule {
  /** Stable id, kebab-case: `receivables`. */
  readonly id: string;
  /** Every code this rule can raise. */
  readonly codes: readonly string[];
  readonly title: Bilingual;
  /** Pure: never throws, never reads anything but the context. */
  check(context: AnalysisContext): RuleOutcome;
}
