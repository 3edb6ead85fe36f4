/**
 * EQUITY_RECONCILIATION_GAP — 权益交叉检验.
 *
 * Formula (the source's): expected equity = initial equity + profits − withdrawals + injections − depreciation;
 * gap = balance-sheet equity − expected equity; relative gap = gap / denominator, where the
 * denominator is balance-sheet equity (default) or the profits over the period (policy.equity.denominator).
 * The source's worked example: 500,000 + 4,880,000 − 3,300,000 + 100,000 − 72,000 = 2,108,000 expected,
 * 2,158,000 on the balance sheet: gap 50,000, 50,000 / 2,158,000 = 2.32%, within the tolerance.
 *
 * Defaults: warning beyond ±10%, critical beyond ±25% of balance-sheet equity, over the whole history
 * since the start (policy.equity). No authoritative published tolerance exists; IPC-derived systems
 * make it a per-industry setting and divide by different things (docs/rules.md), so both the threshold
 * and the denominator are policy. 10% is the figure commonly used in IPC training material as
 * "basically agrees" (基本相符) and is xcheck's documented choice, not a standard.
 */
import { formatMoney, formatRatio, toDecimal } from '../../money/index.js';
import { bandRequirement, compared, moneyInput, plainInput, ran, severityFor, toleranceOf } from '../flag.js';
import type { AnalysisContext, Rule, RuleOutcome, Severity } from '../types.js';
import type { Policy } from '../../profile/policy.js';

/**
 * The params of EQUITY_RECONCILIATION_GAP (money as decimal strings with two places). The figures: observed =
 * balance-sheet equity, expected = expected equity, deviation = the gap and gap / denominator.
 */
export interface EquityGapParams {
  readonly initialEquity: string;
  readonly profits: string;
  readonly withdrawals: string;
  readonly injections: string;
  readonly depreciation: string;
  /** What the gap is divided by (policy.equity.denominator). */
  readonly denominator: 'equity' | 'profits';
  /** |denominator|, the amount the gap is divided by. */
  readonly denominatorAmount: string;
  /** The period of the history: its first and last day (ISO dates) and its whole months. */
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly periodMonths: number;
}

/** Skip codes: the equity reconciliation could not start (no start event, or no opening equity for that window). */
export const EQUITY_SKIPS = { noStart: 'no-start-event', noOpening: 'no-opening-equity' } as const;

/** The outcome of a check that needs the equity reconciliation when the stage was skipped (no start event, or no opening equity). */
export function equitySkipped(equity: Extract<AnalysisContext['equity'], { status: 'skipped' }>, policy: Policy): RuleOutcome {
  return {
    status: 'skipped',
    missing: equity.missing,
    reason: { code: policy.equity.window === 'since-start' ? EQUITY_SKIPS.noStart : EQUITY_SKIPS.noOpening },
  };
}

export const equityGapRule: Rule = {
  id: 'equity-gap',
  codes: ['EQUITY_RECONCILIATION_GAP'],
  check({ equity, policy }): RuleOutcome {
    if (equity.status === 'skipped') return equitySkipped(equity, policy);
    const r = equity.reconciliation;
    const byProfits = policy.equity.denominator === 'profits';
    const relative = byProfits ? r.gapShareOfProfits : r.gapShareOfEquity;
    const denominator = byProfits ? r.profits : r.balanceSheetEquity;
    const severity: Severity | null = relative === null ? (r.gap.isZero() ? null : 'warning') : severityFor(relative, policy.equity);

    const allowed = denominator.abs().times(toDecimal(policy.equity.tolerance));
    const params: EquityGapParams = {
      initialEquity: formatMoney(r.initialEquity),
      profits: formatMoney(r.profits),
      withdrawals: formatMoney(r.withdrawals),
      injections: formatMoney(r.injections),
      depreciation: formatMoney(r.depreciation),
      denominator: byProfits ? 'profits' : 'equity',
      denominatorAmount: formatMoney(denominator.abs()),
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      periodMonths: r.periodMonths,
    };
    // The comparison is kept for the cross-check table whether or not the gap flags (the same figures).
    const { finding, comparison } = compared(
      'equity',
      { code: 'EQUITY_RECONCILIATION_GAP', subject: {}, severity },
      {
        unit: 'CNY',
        observed: formatMoney(r.balanceSheetEquity),
        expected: formatMoney(r.expectedEquity),
        range: { min: formatMoney(r.expectedEquity.minus(allowed)), max: formatMoney(r.expectedEquity.plus(allowed)) },
        deviation: { absolute: formatMoney(r.gap), relative: relative === null ? null : formatRatio(relative) },
      },
      relative === null ? null : toleranceOf(policy.equity, 'equity'),
      // A gap with no relative size (the denominator is zero) is a warning that no setting decided.
      relative === null || severity === null ? null : bandRequirement(severity, policy.equity, 'equity'),
      [
        moneyInput('initialEquity', policy.equity.window === 'since-start' ? 'history[kind=start].amount' : 'openingEquity.amount', r.initialEquity),
        moneyInput('profits', r.profitsEstimated ? 'incomeStatement.monthlyAverage (estimated)' : 'history[kind=profit]', r.profits, r.profitsEstimated),
        moneyInput('withdrawals', 'history[kind=withdrawal]', r.withdrawals),
        moneyInput('injections', 'history[kind=injection|revaluation]', r.injections),
        moneyInput('depreciation', 'balanceSheet.fixedAssetLines', r.depreciation),
        moneyInput('balanceSheetEquity', 'balanceSheet.equity', r.balanceSheetEquity),
        plainInput('period', 'policy.equity.window', `${r.periodStart} – ${r.periodEnd} (${r.periodMonths} months)`, 'text'),
      ],
      { ...params },
    );
    return ran([finding], [comparison]);
  },
};
