/**
 * The check contract (docs/rules.md, "Writing a check"). A check reads the analysis context (profile,
 * statements, equity reconciliation, capacity, policy) and returns findings — plain data, no natural-language
 * text — or says it was skipped and why, so silence is never mistaken for a pass. The texts (title, message,
 * formula, computation, evidence, questions) come from one catalog per language (src/locales), rendered from
 * the finding's code, subject, figures and params. A check never throws and never recomputes a statement.
 */
import type { SelfReportResult } from '../adjust/index.js';
import type { CapacityAnalysis } from '../capacity/capacity.js';
import type { Comparison } from '../crosscheck/types.js';
import type { EquityResult } from '../equity/index.js';
import type { Bilingual } from '../profile/errors.js';
import type { Policy } from '../profile/policy.js';
import type { ProfileData } from '../profile/domain.js';
import type { Statements } from '../statements/index.js';

export type { Bilingual };

export type Severity = 'info' | 'warning' | 'critical';
export const SEVERITIES: readonly Severity[] = ['critical', 'warning', 'info'];

/** Every code the default checks can raise (stable API, SCREAMING_SNAKE_CASE). */
export const FLAG_CODES = [
  'RECEIVABLES_INCONSISTENT',
  'PAYABLES_INCONSISTENT',
  'EQUITY_RECONCILIATION_GAP',
  'SELF_REPORT_ADJUSTED',
  'EVIDENCE_INSUFFICIENT',
  'INITIAL_CAPITAL_UNEXPLAINED',
  'HIDDEN_DEBT_SUSPECTED',
  'PREMISES_NOT_VERIFIED',
  'SALES_TRIANGULATION',
  'PRODUCTION_CAPACITY',
  'GROSS_MARGIN_INCONSISTENT',
  'INVENTORY_INCONSISTENT',
  'HOUSEHOLD_EXPENSES_IMPLAUSIBLE',
  'LEVERAGE_HIGH',
  'LIQUIDITY_LOW',
  'REPAYMENT_CAPACITY_EXCEEDED',
  'SEASONAL_SHORTFALL',
  'HOUSEHOLD_PURCHASE_UNMATCHED',
  'HOUSEHOLD_ASSET_UNFUNDED',
  'HOUSEHOLD_DEBT_SERVICE_MISSING',
  'GUARANTEES_EXCEED_NET_WORTH',
  'CREDIT_REPORT_LOAN_UNDECLARED',
  'CREDIT_REPORT_BALANCE_DIFFERS',
  'CREDIT_REPORT_MORE_LENDERS',
  'CREDIT_REPORT_OVERDUE',
  'CREDIT_REPORT_QUERIES',
  'CREDIT_REPORT_GUARANTEES_UNDECLARED',
  'GUARANTOR_CAPACITY',
  'GUARANTEE_EXPOSURE',
  'MUTUAL_GUARANTEE',
  'COLLATERAL_LTV_HIGH',
  'COLLATERAL_LIEN_NOT_REGISTERED',
  'SOFT_INFORMATION_CONCERN',
  'EQUITY_EVENT_UNFUNDED',
  'EQUITY_REVALUATION_SUGGESTED',
  // Raised by monitor() after the loan (src/relationship/monitor.ts, rule id `monitor`), never by analyze().
  'FLOWS_NOT_MOVED',
  'DEPOSIT_BELOW_EXPECTATION',
  'SALES_DECLINE',
] as const;

/** A code of the default checks. */
export type FlagCode = (typeof FLAG_CODES)[number];

/** What a figure is measured in. */
export type FlagUnit = 'CNY' | 'ratio' | 'days' | 'units' | 'count' | 'months';

/** One input a finding used, with where it came from in the profile (or the statement that produced it). */
export interface FlagInput {
  /** Stable name of the input (`customerDays`); the catalogs give it a label in each language. */
  readonly name: string;
  /** Profile path (`settlement.customerDays`), policy path (`policy.dayBasis`) or a derived source (`incomeStatement.annual.sales`). */
  readonly path: string;
  /** Decimal string (money with two places) or text. */
  readonly value: string;
  readonly unit: FlagUnit | 'text';
  /** Set when the value is a documented default rather than something the profile said. */
  readonly defaulted?: boolean;
}

/** The policy setting that decided a finding's severity: its path in the policy and its value. */
export interface Requirement {
  /** e.g. `receivables.critical`, `leverage.liabilitiesToEquity.max`, `premises.notVisited`. */
  readonly path: string;
  /** The setting's value as written in the policy echo (decimal string, whole number or keyword). */
  readonly value: string;
}

/**
 * What exactly a finding is about, beyond its code: `{ estimate: 'bank-inflows' }`, `{ ratio: 'quick' }`,
 * `{ loan: 2 }`, `{ figure: 'receivables' }`. Two findings of the same code always differ in their subject.
 */
export type Subject = Readonly<Record<string, string | number>>;

/** A value a message needs: decimal strings for amounts and ratios, numbers for counts and days, text for ids. */
export type ParamValue = string | number | boolean | null | readonly ParamValue[] | { readonly [key: string]: ParamValue };

/** The values a finding's texts need beyond its figures, by name (documented per code in the check's file). */
export type FindingParams = Readonly<Record<string, ParamValue>>;

/**
 * A finding: data only, like a zod issue (stable API). Figures are decimal strings: money with two places,
 * ratios with four. Like valibot's issues, it carries what was expected, what was received and the
 * requirement, so an auditor can redo the arithmetic; the catalogs turn it into sentences.
 */
export interface Finding {
  /** Stable code in SCREAMING_SNAKE_CASE, e.g. RECEIVABLES_INCONSISTENT. */
  readonly code: FlagCode;
  /** The check that raised it (stamped by the registry). */
  readonly ruleId: string;
  readonly subject: Subject;
  readonly severity: Severity;
  readonly unit: FlagUnit;
  /** The figure as reported or declared. */
  readonly observed: string | null;
  /** The figure the cross-check implies. */
  readonly expected: string | null;
  /** The values of `observed` that would not have raised the finding. */
  readonly range: { readonly min: string | null; readonly max: string | null } | null;
  /** observed − expected, and that divided by the check's denominator (see its formula). */
  readonly deviation: { readonly absolute: string; readonly relative: string | null } | null;
  /** The policy setting that decided the severity (null when no setting did, e.g. a fixed information finding). */
  readonly requirement: Requirement | null;
  readonly inputs: readonly FlagInput[];
  /** What the texts need beyond the figures. */
  readonly params: FindingParams;
}

/** A finding as a check returns it: the registry stamps `ruleId`. */
export type RuleFinding = Omit<Finding, 'ruleId'>;

/** A finding's texts in one language, rendered by a catalog. */
export interface FindingTexts {
  readonly title: string;
  readonly message: string;
  /** The formula in words and symbols. */
  readonly formula: string;
  /** The formula with the numbers filled in. */
  readonly computation: string;
  /** Evidence that would settle the question (kinds of physical proof to collect). */
  readonly evidence: readonly string[];
  /** Open, non-leading questions for the applicant. */
  readonly questions: readonly string[];
}

/** A finding's texts in every language of the report. */
export interface FlagTexts {
  readonly title: Bilingual;
  readonly message: Bilingual;
  readonly formula: Bilingual;
  readonly computation: Bilingual;
  readonly evidence: readonly Bilingual[];
  readonly questions: readonly Bilingual[];
}

/** A finding with its texts in both languages: what the report carries by default. */
export type Flag = Finding & FlagTexts;

/** Why a check could not run: a code the catalogs explain, with the values the explanation needs. */
export interface SkipReason {
  /** `missing-inputs` (the paths in `missing`), `no-balances`, `rule-error`, or a check's own. */
  readonly code: string;
  readonly params?: FindingParams;
}

export interface AnalysisContext {
  /**
   * The profile the checks use (exact numbers and calendar dates, src/profile/domain.ts): after the talking-habit
   * adjustment when there was one.
   */
  readonly profile: ProfileData;
  readonly policy: Policy;
  readonly statements: Statements;
  readonly equity: EquityResult;
  /** The talking-habit pre-stage: the habit, its factor and each figure adjusted (original and adjusted). */
  readonly selfReport?: SelfReportResult;
  /** Repayment capacity, affordable amounts, stress test and funding plan (src/capacity), computed once. */
  readonly capacity: CapacityAnalysis;
}

export type RuleOutcome =
  | {
      readonly status: 'ran';
      readonly findings: readonly RuleFinding[];
      /** Every comparison of a declared figure with an estimate, agreeing or not (the cross-check table, src/crosscheck). */
      readonly comparisons?: readonly Comparison[];
    }
  | { readonly status: 'skipped'; readonly reason: SkipReason; readonly missing: readonly string[] };

/**
 * What docs/rules.md says of a check, beside its policy fragment and its catalog texts: `src/rules/<id>/doc.ts`,
 * read by the docs generator only (the check does not import it, so it stays out of the bundle).
 */
export interface RuleDoc {
  /** What the check compares and why, in a sentence or three (English). */
  readonly summary: string;
  /** The formulas, one a line, with the symbols the catalog's formula uses. */
  readonly formulas: readonly string[];
  /** The inputs it reads, with their profile paths and the defaults that stand in for missing ones (Markdown). */
  readonly inputs: string;
  /** When it reports itself skipped (Markdown). */
  readonly skippedWhen: string;
  /** A worked example with its hand arithmetic (Markdown), e.g. the source's 12,000,000 × 45 / 360 = 1,500,000. */
  readonly workedExample: string;
  /** The top-level policy keys the check reads (`receivables`, `dayBasis`); their defaults and sources come from the fragments. */
  readonly policy: readonly string[];
  /** Case files under fixtures/ (paths from there) whose analysis raises the check: the docs' worked examples. */
  readonly examples: readonly string[];
}

export interface Rule {
  /** Stable id, kebab-case: `receivables`. */
  readonly id: string;
  /** Every code this check can raise (the registry refuses a finding of another code). */
  readonly codes: readonly FlagCode[];
  /** Pure: never throws, never reads anything but the context. */
  check(context: AnalysisContext): RuleOutcome;
}
