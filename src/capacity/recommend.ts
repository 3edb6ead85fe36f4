/**
 * The recommendation (审批建议), with the codes that decided it, the loan conditions of an approval and, for a
 * file referred back, the next visit's checklist (open points).
 *
 * Decision, in this order (docs/capacity.md, "The decision"):
 * 0. Fail closed (`policy.failClosed`, default true): any check that threw (a bug in the check, reported as
 *    skipped with `rule-error`) → `refer-back`, amount null. Reasons: the ids of the checks that failed. With
 *    `failClosed: false` the failed checks are ignored and the steps below decide.
 * 1. Grounds the officer's own findings or the policy give → `decline`, amount null: the officer visited the
 *    premises and found neither the applicant's business operating nor a lease or ownership papers
 *    (PREMISES_NOT_APPLICANT); a critical flag whose code policy.decision.declineOn lists.
 * 2. Any **critical** flag from a cross-check (a rule other than the capacity rules), or a completeness gate of
 *    policy.decision.gates not passed (src/decision/gates.ts) → `refer-back`, amount null: the figures the capacity
 *    rests on are not verified, so the officer goes back (电话查漏补缺, a second visit). Reasons: the critical codes
 *    and the gates' codes (`INCOMPLETE_…`); open points: each gate's checklist entry, each critical flag (its
 *    evidence to collect and questions to ask), each estimated instalment to record.
 * 3. The figures verified (steps 1–2 passed): the balance sheet's equity is negative with every asset reported
 *    (no `not-reported` or `no-inventory` note) → `decline` (EQUITY_NEGATIVE).
 * 4. The requested loan meets the limit and leaves no month uncovered → `approve`, or `approve-with-conditions`
 *    when `proposeConditions` (src/conditions) gives any.
 * 4b. Otherwise, when equal instalments fail in the slow months but the year covers them and a seasonal plan of the
 *    same loan fits month by month (seasonal-plan.ts, docs/capacity.md §6) → `approve` (or `approve-with-conditions`)
 *    on that plan. Reasons: the capacity codes equal instalments raised.
 * 5. Otherwise the capacity is insufficient on verified figures: the largest affordable amount for the requested
 *    term and method is at least the policy's minimum → `approve-lower` with that amount (and its conditions);
 *    below it → `decline`. Reasons: REPAYMENT_CAPACITY_EXCEEDED and/or SEASONAL_SHORTFALL.
 * Warnings and information flags never change the decision; their codes are listed in `notes` to settle.
 * Without the analysis context (a caller passing only the capacity and the flags) steps 1's first two grounds, the
 * gates and the conditions are left out.
 */
import { proposeConditions, type LoanCondition } from '../conditions/index.js';
import { type CapacityAssumptions, capacityAssumptions } from '../decision/assumptions.js';
import { gateReason, missingGates } from '../decision/gates.js';
import { TENURE_PROOF_KINDS } from '../rules/premises/index.js';
import { type Dec, formatMoney } from '../money/index.js';
import type { AnalysisContext, Finding, ParamValue, Subject } from '../rules/types.js';
import type { LoanCapacity } from './capacity.js';
import type { SeasonalProposal } from './seasonal-plan.js';

export const CAPACITY_CODES = ['REPAYMENT_CAPACITY_EXCEEDED', 'SEASONAL_SHORTFALL'] as const;

/** The reason codes of the verified grounds for a decline (beside the capacity codes and policy.decision.declineOn). */
export const DECLINE_GROUNDS = ['EQUITY_NEGATIVE', 'PREMISES_NOT_APPLICANT'] as const;

export type Decision = 'approve' | 'approve-with-conditions' | 'approve-lower' | 'refer-back' | 'decline';

/**
 * What the recommendation's sentence needs beyond the decision (the catalogs' `decision` section writes it):
 * money as decimal strings with two places.
 */
export interface RecommendationParams {
  /** The critical codes from the cross-checks that decided a refer-back (empty otherwise). */
  readonly blocking: readonly string[];
  /** The requested amount. */
  readonly requested: string;
  /** The requested term in months. */
  readonly termMonths: number;
  /** The largest affordable amount for the requested term and method. */
  readonly maxAmount: string;
  /** The policy's minimum loan. */
  readonly minimumAmount: string;
  /** The ids of the checks that threw and decided a refer-back (empty otherwise). */
  readonly failedRules: readonly string[];
  /** The completeness gates not passed (gate ids, policy.decision.gates), for a refer-back. */
  readonly missing: readonly string[];
  /** The verified grounds of a decline other than the capacity (EQUITY_NEGATIVE, PREMISES_NOT_APPLICANT, declineOn codes). */
  readonly grounds: readonly string[];
  /** How many conditions the approval carries. */
  readonly conditions: number;
  /** The kind of the seasonal repayment plan an approval is made on (`interest-only`, `grace`, `proportional`, `balloon`), else null. */
  readonly plan: string | null;
}

/**
 * One entry of the next visit's checklist, as data (texts: the catalogs' `decision.openPoints` for a gate or an
 * estimate, the flag's own evidence and questions for a flag):
 * - `gate`: a completeness gate not passed (`code` its id);
 * - `flag`: a critical inconsistency to settle (`code` the flag code, `subject` the flag's);
 * - `estimate`: a figure estimated from the policy to record (`code`: `instalment`).
 */
export interface OpenPoint {
  readonly source: 'gate' | 'flag' | 'estimate';
  readonly code: string;
  readonly subject: Subject;
  readonly params: Readonly<Record<string, ParamValue>>;
}

/** The recommendation as data: no text (its message is rendered from the catalogs where the report is written). */
export interface Recommendation {
  readonly decision: Decision;
  /**
   * Codes that made the decision other than "approve as asked" (empty for approve): flag codes, gate codes
   * (`INCOMPLETE_…`), decline grounds; for a failed check, its id (kebab-case, e.g. `receivables`).
   */
  readonly reasons: readonly string[];
  /** Codes of the other flags (warnings, information; for refer-back the capacity codes too) for the officer to settle. */
  readonly notes: readonly string[];
  /** The amount recommended: the request (approve), the largest affordable amount (approve-lower), or null (decline, refer-back). */
  readonly amount: Dec | null;
  readonly params: RecommendationParams;
  /** The seasonal plan proposed instead of equal instalments (docs/capacity.md §6); absent or null when none. */
  readonly seasonalPlan?: SeasonalProposal | null;
  /** The loan conditions of an approval (src/conditions), empty otherwise. */
  readonly conditions: readonly LoanCondition[];
  /** The next visit's checklist of a refer-back (empty otherwise). */
  readonly openPoints: readonly OpenPoint[];
}

const unique = (codes: readonly string[]): string[] => [...new Set(codes)];

/** How the recommendation treats checks that threw, and the analysis it decides on. */
export interface RecommendOptions {
  /** The ids of the checks that threw (their outcome: skipped, `rule-error`), in check order. */
  readonly failedRules?: readonly string[];
  /** `policy.failClosed`: when true (the default), a failed check gives `refer-back`. */
  readonly failClosed?: boolean;
  /** The analysis: for the gates, the verified grounds and the conditions (left out without it). */
  readonly context?: AnalysisContext;
}

/** The balance sheet's equity is negative with every asset reported (none taken as 0): a verified ground. */
function equityNegative(context: AnalysisContext | undefined): boolean {
  if (context === undefined || !context.statements.balanceSheet.equity.isNegative()) return false;
  return !context.statements.notes.some((n) => n.code === 'not-reported' || n.code === 'no-inventory');
}

/** The grounds for a decline the officer's own findings or the policy give, whatever else is verified. */
function declineGrounds(context: AnalysisContext | undefined, critical: readonly Finding[]): string[] {
  const grounds: string[] = [];
  if (context !== undefined) {
    const p = context.profile.premises;
    if (p?.visited === true && p.observedOperating === false && !(p.proof ?? []).some((e) => TENURE_PROOF_KINDS.includes(e.kind)))
      grounds.push('PREMISES_NOT_APPLICANT');
    const declineOn: readonly string[] = context.policy.decision.declineOn;
    grounds.push(...critical.filter((f) => declineOn.includes(f.code)).map((f) => f.code));
  }
  return unique(grounds);
}

/** The checklist: the gates' entries, then each critical flag, then each estimated instalment. */
function openPointsOf(
  context: AnalysisContext | undefined,
  assumed: CapacityAssumptions | undefined,
  gates: ReturnType<typeof missingGates>,
  critical: readonly Finding[],
): OpenPoint[] {
  const out: OpenPoint[] = gates.map((g) => ({ source: 'gate', code: g.gate, subject: {}, params: g.params }));
  for (const f of critical) out.push({ source: 'flag', code: f.code, subject: f.subject, params: {} });
  if (context !== undefined && assumed !== undefined)
    for (const e of assumed.instalments)
      out.push({
        source: 'estimate',
        code: 'instalment',
        subject: { loan: e.index },
        params: { lender: context.profile.loans?.[e.index]?.lender ?? '', estimate: formatMoney(e.monthly), months: e.months },
      });
  return out;
}

/**
 * Decides on the loan request given the capacity stage, every flag of the analysis, the checks that failed (if
 * any) and the analysis context (for the gates, the verified grounds and the conditions).
 */
export function recommend(loan: LoanCapacity, flags: readonly Finding[], options: RecommendOptions = {}): Recommendation {
  const { context } = options;
  const failedRules = options.failClosed === false ? [] : unique(options.failedRules ?? []);
  const capacityCodes: string[] = [];
  if (loan.check.exceeded) capacityCodes.push('REPAYMENT_CAPACITY_EXCEEDED');
  if (loan.check.uncoveredPeriods.length > 0) capacityCodes.push('SEASONAL_SHORTFALL');
  const isCapacity = (code: string) => (CAPACITY_CODES as readonly string[]).includes(code);
  const critical = flags.filter((f) => f.severity === 'critical' && !isCapacity(f.code));
  const blocking = unique(critical.map((f) => f.code));
  const notes = unique(flags.filter((f) => f.severity !== 'critical' && !isCapacity(f.code)).map((f) => f.code));
  // the estimates standing in for a missing household or instalment, computed once for the gates and the checklist
  const assumed = context === undefined ? undefined : capacityAssumptions(context.profile, context.policy);
  const gates = context === undefined || assumed === undefined ? [] : missingGates(context.profile, context.policy, assumed.household);
  const grounds = declineGrounds(context, critical);
  const max = loan.maxAmount.amount;
  const base = {
    requested: formatMoney(loan.amount),
    termMonths: loan.termMonths,
    maxAmount: formatMoney(max),
    minimumAmount: formatMoney(loan.minimumAmount),
  };
  const none = { blocking: [], failedRules: [], missing: [], grounds: [], conditions: 0, plan: null };
  const result = (
    decision: Decision,
    reasons: readonly string[],
    amount: Dec | null,
    params: Partial<RecommendationParams> = {},
    more: { notes?: readonly string[]; conditions?: readonly LoanCondition[]; openPoints?: readonly OpenPoint[] } = {},
  ): Recommendation => ({
    decision,
    reasons: unique(reasons),
    notes: more.notes ?? notes,
    amount,
    params: { ...base, ...none, ...params, conditions: more.conditions?.length ?? 0 },
    conditions: more.conditions ?? [],
    openPoints: more.openPoints ?? [],
  });

  if (failedRules.length > 0) {
    // Fail closed: the flags the failed checks would have raised are unknown, so nothing here may approve.
    // The flags that did fire (critical or not, capacity codes included) stay listed for the officer.
    const others = unique([...flags.map((f): string => f.code), ...capacityCodes]);
    return result('refer-back', failedRules, null, { failedRules }, { notes: others });
  }
  if (grounds.length > 0) return result('decline', grounds, null, { grounds, blocking }, { notes: unique([...notes, ...blocking.filter((c) => !grounds.includes(c)), ...capacityCodes]) });
  if (blocking.length > 0 || gates.length > 0) {
    const missing = gates.map((g) => g.gate);
    return result('refer-back', [...blocking, ...missing.map(gateReason)], null, { blocking, missing }, {
      notes: unique([...notes, ...capacityCodes]),
      openPoints: openPointsOf(context, assumed, gates, critical),
    });
  }
  if (equityNegative(context)) return result('decline', ['EQUITY_NEGATIVE'], null, { grounds: ['EQUITY_NEGATIVE'] }, { notes: unique([...notes, ...capacityCodes]) });
  const conditionsFor = (amount: Dec) => (context === undefined ? [] : proposeConditions(context, { amount, termMonths: loan.termMonths }));
  if (capacityCodes.length === 0) {
    const conditions = conditionsFor(loan.amount);
    return result(conditions.length > 0 ? 'approve-with-conditions' : 'approve', [], loan.amount, {}, { conditions });
  }
  // Equal instalments fail in the slow months but the year covers them: the seasonal plan that fits (judged month by month).
  if (loan.seasonalPlan) {
    const conditions = conditionsFor(loan.amount);
    return { ...result(conditions.length > 0 ? 'approve-with-conditions' : 'approve', capacityCodes, loan.amount, { plan: loan.seasonalPlan.plan.kind }, { conditions }), seasonalPlan: loan.seasonalPlan };
  }
  if (max.gt(0) && max.gte(loan.minimumAmount)) return result('approve-lower', capacityCodes, max, {}, { conditions: conditionsFor(max) });
  return result('decline', capacityCodes, null);
}
