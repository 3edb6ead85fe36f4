/**
 * analyze(): the pipeline. Parse (zod) → statements → equity reconciliation → rules → report.
 * Never throws: bad input gives `{ ok: false, errors }` with a path for each problem.
 */
import { adjustSelfReported } from '../adjust/index.js';
import { computeCapacity } from '../capacity/capacity.js';
import { recommend } from '../capacity/recommend.js';
import { capacityAssumptions } from '../decision/assumptions.js';
import {
  type CapacityJson,
  type FundingPlanJson,
  type RecommendationJson,
  type ScheduleJson,
  serializeCapacity,
  serializeFundingPlan,
  serializeRecommendation,
  serializeSchedule,
} from './capacity-json.js';
import { reconcileEquity } from '../equity/index.js';
import { crossCheckTable } from '../crosscheck/index.js';
import { type CrossCheckRowJson, serializeCrossChecks } from '../crosscheck/json.js';
import { type InputError, inputErrorsOf, internalError } from '../profile/errors.js';
import { type Policy, type PolicyInput, policySchema } from '../profile/policy.js';
import { type PreparedPolicy, preparedSchemaOf } from '../profile/prepared.js';
import { type Profile, profileSchema } from '../profile/schema.js';
import { toProfileData } from '../profile/domain.js';
import { formatIsoDate } from '../dates/index.js';
import { ruleTitle, skipReasonTexts, withTexts } from '../locales/index.js';
import { collectFindings, defaultRules, failedRuleIds, type RuleRun, runRules } from '../rules/registry.js';
import type { AnalysisContext, Bilingual, Finding, Flag, Rule, Severity, SkipReason } from '../rules/types.js';
import { buildStatements, type StatementNote } from '../statements/index.js';
import { type CreditReportJson, type HouseholdJson, serializeCreditReport, serializeHousehold } from '../household/report.js';
import { type CollateralJson, type GuarantorJson, serializeGuarantees, type SoftInformationJson } from './guarantors-json.js';
import {
  type BalanceSheetJson,
  type EquityJson,
  type IncomeStatementJson,
  serializeBalanceSheet,
  serializeEquity,
  serializeIncomeStatement,
  serializeNote,
  serializeSelfReport,
  type SelfReportJson,
  serializePolicy,
  serializeStockCount,
  type StockCountJson,
} from './serialize.js';

export interface AnalyzeOptions {
  /**
   * A policy object (validated; defaults fill what it leaves out), or a policy made by `preparePolicy`, used
   * as it is (and the profile parsed with the schema compiled for it): the way to analyse many profiles under
   * one policy without validating it for each. The report is the same either way. Typed as the policy input, so a
   * misspelt setting (`recievables`) does not compile; a policy read from JSON (`unknown`) is passed `as PolicyInput`
   * and validated all the same.
   */
  readonly policy?: PreparedPolicy | PolicyInput;
  /** The checks to run; the default registry when left out. */
  readonly rules?: readonly Rule[];
  /**
   * Whether each flag carries its texts (title, message, formula, computation, evidence, questions) in both
   * languages, rendered from the catalogs. Default true. False gives the figures only (the findings as data),
   * for a caller that renders later with `formatFinding(finding, lang)` or stores the data.
   */
  readonly texts?: boolean;
  /**
   * Whether to compute the extras: the alternative terms (`recommendation.alternatives`), the stress test
   * (`recommendation.stress`) and the seasonal funding plan (`fundingPlan`). Default false: the decision, the
   * schedule and the month-by-month capacity need none of them, and they cost a good part of an analysis (docs/performance.md).
   * Left out, those three fields are `null` in the report ("not computed", which the memo says); asked for, they are
   * an array, an object and an object as before. The CLI's `xcheck analyze FILE` and `xcheck verify` ask for them;
   * `xcheck analyze --ndjson` only with `--extras`.
   */
  readonly extras?: boolean;
}

/** What {@link runAnalysis} computes beyond the flags and the decision. */
export interface RunOptions {
  /** The extras (alternative terms, stress test, funding plan); default false, as for `analyze()`. */
  readonly extras?: boolean;
}

/** What every rule status says: the check, its title and the codes it can raise. */
interface RuleStatusBase {
  readonly id: string;
  readonly title: Bilingual;
  readonly codes: readonly string[];
}

/** A check that ran, with how many flags it raised. */
export interface RuleRanStatus extends RuleStatusBase {
  readonly status: 'ran';
  readonly flagCount: number;
  readonly reasonCode?: undefined;
  readonly reason?: undefined;
  readonly missing?: undefined;
}

/** A check that was skipped: why (a code the catalogs explain) and which inputs were missing. */
export interface RuleSkippedStatus extends RuleStatusBase {
  readonly status: 'skipped';
  readonly flagCount?: undefined;
  /** `missing-inputs`, `no-balances`, `rule-error`, or a check's own reason. */
  readonly reasonCode: string;
  /** The reason in both languages (left out when the report was asked for figures only). */
  readonly reason?: Bilingual;
  readonly missing: readonly string[];
}

/** A check's status in the report, discriminated by `status`. */
export type RuleStatus = RuleRanStatus | RuleSkippedStatus;

/** The report. `F` is `Flag` (findings with their texts, the default) or `Finding` (figures only). */
export interface Report<F extends Finding = Flag> {
  readonly schemaVersion: 1;
  readonly analysisDate: string;
  readonly business: {
    readonly name: string;
    readonly industry: string;
    readonly kind: string;
    readonly startDate: string;
  };
  /** The policy in force, fully resolved (for audit). */
  readonly policy: Policy;
  readonly summary: {
    readonly critical: number;
    readonly warning: number;
    readonly info: number;
    readonly rulesRun: number;
    readonly rulesSkipped: number;
  };
  readonly flags: readonly F[];
  readonly balanceSheet: BalanceSheetJson;
  readonly incomeStatement: IncomeStatementJson;
  readonly equity: EquityJson;
  readonly rules: readonly RuleStatus[];
  /** What the statements had to assume because the profile did not say. */
  readonly notes: readonly StatementNote[];
  /** The talking-habit adjustment: original and adjusted figures side by side. */
  readonly selfReport: SelfReportJson;
  /** The requested loan's schedule (null without a loan request). */
  readonly schedule: ScheduleJson | null;
  /** The requested loan against the surplus, month by month (null without a loan request). */
  readonly capacity: CapacityJson | null;
  /** approve / approve-with-conditions / approve-lower / refer-back / decline, with reasons, conditions, open points, affordable amounts and the stress test (null without a loan request). */
  readonly recommendation: RecommendationJson | null;
  /** The seasonal funding plan from the 12-month profile; null when not computed (the extras were not asked for). */
  readonly fundingPlan: FundingPlanJson | null;
  /** The stock count line by line (location, condition, ownership, valuation, how counted, write-down) and its totals; null without count lines. */
  readonly stockCount: StockCountJson | null;
  /** The household balance sheet beside the business one, and the family's total net worth (null without household assets, debts or guarantees). */
  readonly household: HouseholdJson | null;
  /** The credit report's summary (null without `creditReport`). */
  readonly creditReport: CreditReportJson | null;
  /** The guarantors as the profile listed them, with the amount each guarantees (null when none: docs/profile.md). */
  readonly guarantors: readonly GuarantorJson[] | null;
  /** The collateral with each item's loan-to-value (null when none). */
  readonly collateral: readonly CollateralJson[] | null;
  /** The soft information, each item with its source (null when none recorded). */
  readonly softInformation: SoftInformationJson | null;
  /** The cross-check table: each key figure, every estimate of it with its verdict (agreeing ones included), the proofs. */
  readonly crossChecks: readonly CrossCheckRowJson[];
}

export type AnalyzeResult<F extends Finding = Flag> =
  | { readonly ok: true; readonly report: Report<F> }
  | { readonly ok: false; readonly errors: readonly InputError[] };

/** The analysis with Decimals inside, for callers that want the figures rather than the report. */
export interface Analysis {
  readonly context: AnalysisContext;
  readonly runs: readonly RuleRun[];
  /** Every finding, most severe first. */
  readonly findings: readonly Finding[];
}

/**
 * Validates a profile and a policy; all problems of both are reported together. A prepared policy
 * (`preparePolicy`) is taken as it is, and the profile is parsed with the schema compiled for it; anything
 * else, including a copy of a prepared policy, is validated.
 */
export function parseInput(
  input: unknown,
  policyInput?: PreparedPolicy | unknown,
): { ok: true; profile: Profile; policy: Policy } | { ok: false; errors: InputError[] } {
  // Under a prepared policy: the policy as it is, and the profile schema compiled for it (same results). One
  // lookup answers both (for a policy of the other build, a call into that copy).
  const compiled = preparedSchemaOf(policyInput);
  const profile = (compiled ?? profileSchema).safeParse(input, { reportInput: true });
  const policy = compiled !== undefined
    ? ({ success: true, data: policyInput as PreparedPolicy } as const)
    : policySchema.safeParse(policyInput, { reportInput: true });
  // one list, capped together (docs/profile.md, "Limits"), built by loops: never push(...spread) of a huge array
  if (!profile.success || !policy.success) {
    const errors: InputError[] = inputErrorsOf([
      [profile.success ? [] : profile.error.issues, []],
      [policy.success ? [] : policy.error.issues, ['policy']],
    ]);
    return { ok: false, errors };
  }
  return { ok: true, profile: profile.data, policy: policy.data };
}

/**
 * Runs the stages on a validated profile and policy; the extras only when asked for. The profile's amounts and
 * dates are converted once, first (src/profile/domain.ts); no stage after it parses a string of the profile.
 */
export function runAnalysis(validated: Profile, policy: Policy, rules: readonly Rule[] = defaultRules, options: RunOptions = {}): Analysis {
  const original = toProfileData(validated);
  // Pre-stage: figures resting only on the applicant's word are adjusted for the talking habit first.
  const selfReport = adjustSelfReported(original, policy);
  const profile = selfReport.profile;
  const statements = buildStatements(profile, policy.rounding, policy.stockCount, capacityAssumptions(original, policy));
  const equity = reconcileEquity(profile, statements, policy);
  const capacity = computeCapacity(profile, statements, policy, { extras: options.extras === true });
  const context: AnalysisContext = { profile, policy, statements, equity, selfReport, capacity };
  const runs = runRules(context, rules);
  return { context, runs, findings: collectFindings(runs) };
}

function ruleStatus(run: RuleRun, texts: boolean): RuleStatus {
  const { rule, outcome } = run;
  const title = ruleTitle(rule.id);
  if (outcome.status === 'ran') return { id: rule.id, title, codes: rule.codes, status: 'ran', flagCount: outcome.findings.length };
  const reason: SkipReason = outcome.reason;
  return {
    id: rule.id,
    title,
    codes: rule.codes,
    status: 'skipped',
    reasonCode: reason.code,
    ...(texts ? { reason: skipReasonTexts(reason, outcome.missing, rule.id) } : {}),
    missing: outcome.missing,
  };
}

export interface ReportOptions {
  /** Texts in both languages on every flag and skipped rule (default true); false: figures only. */
  readonly texts?: boolean;
  /**
   * The extras (alternative terms, stress test, funding plan) as the analysis computed them (the default), or
   * false to leave them out (null) even when it did. An analysis run without them reports them as null.
   */
  readonly extras?: boolean;
}

/** The report (JSON-ready: decimal strings, no Decimals) of an analysis, with texts (the default) or figures only. */
export function toReport(analysis: Analysis, options?: ReportOptions & { readonly texts?: true }): Report;
export function toReport(analysis: Analysis, options: ReportOptions & { readonly texts: false }): Report<Finding>;
export function toReport(analysis: Analysis, options?: ReportOptions): Report<Finding>;
export function toReport(analysis: Analysis, options: ReportOptions = {}): Report<Finding> {
  const texts = options.texts !== false;
  const { profile, policy, statements, equity } = analysis.context;
  const mode = policy.rounding;
  const count = (s: Severity) => analysis.findings.filter((f) => f.severity === s).length;
  const rules: RuleStatus[] = analysis.runs.map((run) => ruleStatus(run, texts));
  // rendered once: the open points of a refer-back reuse a flag's texts
  const flags: readonly Finding[] = texts ? analysis.findings.map(withTexts) : analysis.findings;
  return {
    schemaVersion: 1,
    analysisDate: formatIsoDate(profile.analysisDate),
    business: {
      name: profile.business.name,
      industry: profile.business.industry,
      kind: profile.business.kind,
      startDate: formatIsoDate(profile.business.startDate),
    },
    policy: serializePolicy(policy),
    summary: {
      critical: count('critical'),
      warning: count('warning'),
      info: count('info'),
      rulesRun: rules.filter((r) => r.status === 'ran').length,
      rulesSkipped: rules.filter((r) => r.status === 'skipped').length,
    },
    flags,
    balanceSheet: serializeBalanceSheet(statements.balanceSheet, mode),
    incomeStatement: serializeIncomeStatement(statements.incomeStatement, mode),
    equity: serializeEquity(equity, mode),
    rules,
    notes: texts ? statements.notes.map(serializeNote) : statements.notes,
    selfReport: serializeSelfReport(analysis.context.selfReport, mode),
    ...capacityReport(analysis.context, flags, analysis.runs, options.extras !== false, texts),
    stockCount: statements.stockCount && serializeStockCount(statements.stockCount, mode),
    household: serializeHousehold(profile, statements.balanceSheet.equity, mode),
    creditReport: serializeCreditReport(profile, mode),
    ...serializeGuarantees(profile, mode),
    crossChecks: serializeCrossChecks(crossCheckTable(analysis.runs, analysis.context), texts),
  };
}

/** The capacity stage's report fields. */
function capacityReport(context: AnalysisContext, flags: readonly Finding[], runs: readonly RuleRun[], extras: boolean, texts: boolean) {
  const { capacity, policy } = context;
  const loan = capacity.loan;
  const mode = policy.rounding;
  const recommendation = loan && recommend(loan, flags, { failedRules: failedRuleIds(runs), failClosed: policy.failClosed, context });
  return {
    schedule: loan ? serializeSchedule(loan.schedule, mode) : null,
    capacity: loan ? serializeCapacity(loan, mode) : null,
    recommendation: loan && recommendation ? serializeRecommendation(loan, recommendation, mode, extras, flags, texts) : null,
    fundingPlan: extras && capacity.fundingPlan !== null ? serializeFundingPlan(capacity.fundingPlan, mode) : null,
  };
}

/**
 * Analyses an applicant profile: any JSON value in, a report or a list of input errors out.
 *
 * @example
 * const result = analyze(profile);
 * if (result.ok) result.report.flags.map((f) => f.code) //=> ['RECEIVABLES_INCONSISTENT', …]
 * else result.errors //=> [{ path: 'business.startDate', code: 'date', message: { en, zh } }]
 */
export function analyze(input: unknown, options?: AnalyzeOptions & { readonly texts?: true }): AnalyzeResult;
export function analyze(input: unknown, options: AnalyzeOptions & { readonly texts: false }): AnalyzeResult<Finding>;
export function analyze(input: unknown, options?: AnalyzeOptions): AnalyzeResult<Finding>;
export function analyze(input: unknown, options: AnalyzeOptions = {}): AnalyzeResult<Finding> {
  try {
    const parsed = parseInput(input, options.policy);
    if (!parsed.ok) return { ok: false, errors: parsed.errors };
    const analysis = runAnalysis(parsed.profile, parsed.policy, options.rules, { extras: options.extras === true });
    return { ok: true, report: toReport(analysis, { texts: options.texts !== false }) };
  } catch (error) {
    return { ok: false, errors: [internalError(error)] };
  }
}
