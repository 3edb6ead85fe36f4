/**
 * The recommendation (审批建议): approve as asked, approve a lower amount, or decline, with the flag codes
 * that decided it.
 *
 * Decision, in this order (docs/capacity.md):
 * 1. Any **critical** flag from a cross-check (a rule other than the capacity rules) → `decline`: the figures
 *    the capacity rests on are not verified, and lending less does not make them so. The file can be
 *    re-run once the officer has settled them. Reasons: those codes (and the capacity codes that also fired).
 * 2. The requested loan meets the limit and leaves no month uncovered → `approve`.
 * 3. Otherwise, the largest affordable amount for the requested term and method is at least the policy's
 *    minimum → `approve-lower` with that amount; below it → `decline`. Reasons: REPAYMENT_CAPACITY_EXCEEDED
 *    and/or SEASONAL_SHORTFALL.
 * Warnings and information flags never change the decision; their codes are listed in `notes` to settle.
 * The decision reads the capacity stage directly, so it holds even when a caller runs without the capacity rules.
 */
import { type Dec, groupMoney } from '../money/index.js';
import type { Bilingual, Finding } from '../rules/types.js';
import type { LoanCapacity } from './capacity.js';

export const CAPACITY_CODES = ['REPAYMENT_CAPACITY_EXCEEDED', 'SEASONAL_SHORTFALL'] as const;

export type Decision = 'approve' | 'approve-lower' | 'decline';

export interface Recommendation {
  readonly decision: Decision;
  /** Flag codes that made the decision other than "approve as asked" (empty for approve). */
  readonly reasons: readonly string[];
  /** Codes of the other flags (warnings, information) for the officer to settle. */
  readonly notes: readonly string[];
  /** The amount recommended: the request (approve), the largest affordable amount (approve-lower), or null. */
  readonly amount: Dec | null;
  readonly message: Bilingual;
}

const unique = (codes: readonly string[]): string[] => [...new Set(codes)];

/** Decides on the loan request given the capacity stage and every flag of the analysis. */
export function recommend(loan: LoanCapacity, flags: readonly Finding[]): Recommendation {
  const capacityCodes: string[] = [];
  if (loan.check.exceeded) capacityCodes.push('REPAYMENT_CAPACITY_EXCEEDED');
  if (loan.check.uncoveredPeriods.length > 0) capacityCodes.push('SEASONAL_SHORTFALL');
  const isCapacity = (code: string) => (CAPACITY_CODES as readonly string[]).includes(code);
  const blocking = unique(flags.filter((f) => f.severity === 'critical' && !isCapacity(f.code)).map((f) => f.code));
  const notes = unique(flags.filter((f) => f.severity !== 'critical' && !isCapacity(f.code)).map((f) => f.code));
  const max = loan.maxAmount.amount;
  const asked = groupMoney(loan.amount);
  const offer = groupMoney(max);

  if (blocking.length > 0)
    return {
      decision: 'decline',
      reasons: unique([...blocking, ...capacityCodes]),
      notes,
      amount: null,
      message: {
        en: `Decline as the file stands: critical inconsistencies (${blocking.join(', ')}) must be settled before the capacity can be relied on.`,
        zh: `按现有资料不予批准：存在严重疑点（${blocking.join('、')}），核实之前还款能力的测算不可依赖。`,
      },
    };
  if (capacityCodes.length === 0)
    return {
      decision: 'approve',
      reasons: [],
      notes,
      amount: loan.amount,
      message: {
        en: `Approve as asked: ${asked} over ${loan.termMonths} months fits the repayment capacity.`,
        zh: `同意按申请金额发放：${asked} 元、${loan.termMonths} 个月在还款能力之内。`,
      },
    };
  if (max.gt(0) && max.gte(loan.minimumAmount))
    return {
      decision: 'approve-lower',
      reasons: capacityCodes,
      notes,
      amount: max,
      message: {
        en: `Approve a lower amount: at most ${offer} over ${loan.termMonths} months (asked ${asked}).`,
        zh: `建议降低金额发放：${loan.termMonths} 个月期最多 ${offer} 元（申请 ${asked} 元）。`,
      },
    };
  return {
    decision: 'decline',
    reasons: capacityCodes,
    notes,
    amount: null,
    message: {
      en: `Decline: the largest affordable amount over ${loan.termMonths} months (${offer}) is below the minimum loan (${groupMoney(loan.minimumAmount)}).`,
      zh: `不予批准：${loan.termMonths} 个月期可负担的最高金额（${offer} 元）低于最低贷款额（${groupMoney(loan.minimumAmount)} 元）。`,
    },
  };
}
