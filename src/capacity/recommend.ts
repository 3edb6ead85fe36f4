/**
 * The recommendation (审批建议): approve as asked, approve a lower amount, decline, or refer back, with the
 * flag codes (or the failed checks) that decided it.
 *
 * Decision, in this order (docs/capacity.md):
 * 0. Fail closed (`policy.failClosed`, default true): any check that threw (a bug in the check, reported as
 *    skipped with `rule-error`) → `refer-back`, amount null. The analysis is incomplete, so it can neither
 *    approve nor decline on it. Reasons: the ids of the checks that failed. With `failClosed: false` the
 *    failed checks are ignored and the steps below decide.
 * 1. Any **critical** flag from a cross-check (a rule other than the capacity rules) → `decline`: the figures
 *    the capacity rests on are not verified, and lending less does not make them so. The file can be
 *    re-run once the officer has settled them. Reasons: those codes (and the capacity codes that also fired).
 * 2. The requested loan meets the limit and leaves no month uncovered → `approve`.
 * 2b. Otherwise, when equal instalments fail in the slow months but the year covers them and a seasonal plan of the
 *    same loan fits month by month (seasonal-plan.ts, docs/capacity.md §6) → `approve` on that plan.
 * 3. Otherwise, the largest affordable amount for the requested term and method is at least the policy's
 *    minimum → `approve-lower` with that amount; below it → `decline`. Reasons: REPAYMENT_CAPACITY_EXCEEDED
 *    and/or SEASONAL_SHORTFALL.
 * Warnings and information flags never change the decision; their codes are listed in `notes` to settle.
 * The decision reads the capacity stage directly, so it holds even when a caller runs without the capacity rules.
 */
import { type Dec, formatMoney } from '../money/index.js';
import type { Finding } from '../rules/types.js';
import type { LoanCapacity } from './capacity.js';
import type { SeasonalProposal } from './seasonal-plan.js';

export const CAPACITY_CODES = ['REPAYMENT_CAPACITY_EXCEEDED', 'SEASONAL_SHORTFALL'] as const;

export type Decision = 'approve' | 'approve-lower' | 'decline' | 'refer-back';

/**
 * What the recommendation's sentence needs beyond the decision (the catalogs' `decision` section writes it):
 * money as decimal strings with two places.
 */
export interface RecommendationParams {
  /** The critical codes from the cross-checks that decided a decline (empty otherwise). */
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
}

/** The recommendation as data: no text (its message is rendered from the catalogs where the report is written). */
export interface Recommendation {
  readonly decision: Decision;
  /**
   * Flag codes that made the decision other than "approve as asked" (empty for approve); for refer-back, the
   * ids of the checks that failed (kebab-case, e.g. `receivables`, where flag codes are upper case).
   */
  readonly reasons: readonly string[];
  /** Codes of the other flags (warnings, information; for refer-back every flag that fired) for the officer to settle. */
  readonly notes: readonly string[];
  /** The amount recommended: the request (approve), the largest affordable amount (approve-lower), or null (decline, refer-back). */
  readonly amount: Dec | null;
  readonly params: RecommendationParams;
  /** The seasonal plan proposed instead of equal instalments (docs/capacity.md §6); absent or null when none. */
  readonly seasonalPlan?: SeasonalProposal | null;
}

const unique = (codes: readonly string[]): string[] => [...new Set(codes)];

/** How the recommendation treats checks that threw. */
export interface RecommendOptions {
  /** The ids of the checks that threw (their outcome: skipped, `rule-error`), in check order. */
  readonly failedRules?: readonly string[];
  /** `policy.failClosed`: when true (the default), a failed check gives `refer-back`. */
  readonly failClosed?: boolean;
}

/**
 * Decides on the loan request given the capacity stage, every flag of the analysis and the checks that
 * failed (if any).
 */
export function recommend(loan: LoanCapacity, flags: readonly Finding[], options: RecommendOptions = {}): Recommendation {
  const failedRules = options.failClosed === false ? [] : unique(options.failedRules ?? []);
  const capacityCodes: string[] = [];
  if (loan.check.exceeded) capacityCodes.push('REPAYMENT_CAPACITY_EXCEEDED');
  if (loan.check.uncoveredPeriods.length > 0) capacityCodes.push('SEASONAL_SHORTFALL');
  const isCapacity = (code: string) => (CAPACITY_CODES as readonly string[]).includes(code);
  const blocking = unique(flags.filter((f) => f.severity === 'critical' && !isCapacity(f.code)).map((f) => f.code));
  const notes = unique(flags.filter((f) => f.severity !== 'critical' && !isCapacity(f.code)).map((f) => f.code));
  const max = loan.maxAmount.amount;
  const params: RecommendationParams = {
    blocking,
    requested: formatMoney(loan.amount),
    termMonths: loan.termMonths,
    maxAmount: formatMoney(max),
    minimumAmount: formatMoney(loan.minimumAmount),
    failedRules,
  };

  if (failedRules.length > 0) {
    // Fail closed: the flags the failed checks would have raised are unknown, so nothing here may approve.
    // The flags that did fire (critical or not, capacity codes included) stay listed for the officer.
    const others = unique([...flags.map((f): string => f.code), ...capacityCodes]);
    return { decision: 'refer-back', reasons: failedRules, notes: others, amount: null, params };
  }

  if (blocking.length > 0) return { decision: 'decline', reasons: unique([...blocking, ...capacityCodes]), notes, amount: null, params };
  if (capacityCodes.length === 0) return { decision: 'approve', reasons: [], notes, amount: loan.amount, params };
  // equal instalments fail in the slow months but the year covers them: the seasonal plan that fits (judged month by month)
  if (loan.seasonalPlan) return { decision: 'approve', reasons: capacityCodes, notes, amount: loan.amount, params, seasonalPlan: loan.seasonalPlan };
  if (max.gt(0) && max.gte(loan.minimumAmount)) return { decision: 'approve-lower', reasons: capacityCodes, notes, amount: max, params };
  return { decision: 'decline', reasons: capacityCodes, notes, amount: null, params };
}
