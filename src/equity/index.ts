/**
 * Equity reconciliation (权益交叉检验), the source's formula:
 *
 *   initial equity + profits over the period − withdrawals (losses, repaying the initial debt,
 *   buying a house, other large spending) + injections (demolition compensation, property
 *   revaluation, …) − depreciation = expected present equity
 *
 * which should roughly equal the balance-sheet equity (assets − liabilities). A large gap means
 * hidden debt, hidden assets or wrong profit figures.
 */
import { type CalendarDate, compareDates, formatIsoDate, wholeMonthsBetween } from '../dates/index.js';
import { type Dec, D, ZERO, sum } from '../money/index.js';
import type { Policy } from '../profile/policy.js';
import type { ProfileData } from '../profile/domain.js';
import type { SkipReason } from '../rules/types.js';
import type { Statements } from '../statements/index.js';
import { type EquityWalk, walkEquity } from './walk.js';

export type { EquityWalk, EquityWalkStep, EventFunding, SuggestedRevaluation } from './walk.js';

export interface EquityReconciliation {
  readonly window: Policy['equity']['window'];
  /** The date the period starts (the start event, or 12 months before the analysis date). */
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly periodMonths: number;
  /** The start capital (or the opening equity) less the part of it borrowed and not yet repaid. */
  readonly initialEquity: Dec;
  /** The borrowed part of the start capital with no repaidDate (taken off the initial equity). */
  readonly startDebtOutstanding: Dec;
  readonly profits: Dec;
  /** true when no profit events fell in the period and profits were estimated from the present P&L. */
  readonly profitsEstimated: boolean;
  readonly withdrawals: Dec;
  /** injection and revaluation events. */
  readonly injections: Dec;
  /** Depreciation of the fixed assets within the period. */
  readonly depreciation: Dec;
  /** initial + profits − withdrawals + injections − depreciation. */
  readonly expectedEquity: Dec;
  readonly balanceSheetEquity: Dec;
  /** balance-sheet equity − expected equity: positive = more equity than the history explains. */
  readonly gap: Dec;
  /** gap ÷ balance-sheet equity (null when equity is zero). */
  readonly gapShareOfEquity: Dec | null;
  /** gap ÷ profits over the period (null when profits are zero). */
  readonly gapShareOfProfits: Dec | null;
  /** Indices into profile.history of the events used. */
  readonly eventsUsed: readonly number[];
  /** The same history in date order with the running equity at each event, and the revaluations it seems to leave out (walk.ts). */
  readonly walk: EquityWalk;
}

/** The terms of the source's equity formula. */
export interface EquityTerms {
  readonly initial: Dec;
  readonly profits: Dec;
  readonly withdrawals: Dec;
  readonly injections: Dec;
  readonly depreciation: Dec;
}

/**
 * The source's formula, exact: initial + profits − withdrawals + injections − depreciation.
 *
 * @example
 * // 500,000 + 4,880,000 − 3,300,000 + 100,000 − 72,000 = 2,108,000
 * expectedEquity({ initial: new D(500000), profits: new D(4880000), withdrawals: new D(3300000),
 *   injections: new D(100000), depreciation: new D(72000) }).toFixed(2) //=> '2108000.00'
 */
export function expectedEquity(t: EquityTerms): Dec {
  return t.initial.plus(t.profits).minus(t.withdrawals).plus(t.injections).minus(t.depreciation);
}

/**
 * Why the reconciliation could not run (texts in the catalogs' `decision` section, `stageSkips`):
 * `no-start-event` (the since-start window and no start event in the history), `no-opening-equity`
 * (the since-opening-equity window and no openingEquity).
 */
export type EquitySkipCode = 'no-start-event' | 'no-opening-equity';

export type EquityResult =
  | { readonly status: 'reconciled'; readonly reconciliation: EquityReconciliation }
  | {
      readonly status: 'skipped';
      /** Why, as data: a code the catalogs explain. */
      readonly skip: SkipReason & { readonly code: EquitySkipCode };
      readonly missing: readonly string[];
    };

/**
 * Depreciation from the period start to a date: for each depreciated asset, the whole months between
 * max(purchase, period start) and min(date, end of its life as the statements count it), times its monthly
 * depreciation; the statement's own accumulated figure when that is the whole of it. At the analysis date this
 * is the reconciliation's depreciation term; the dated walk (walk.ts) reads it at each event. The statement's
 * lines are the profile's fixed assets in order: the purchase date is read from the profile.
 */
export function depreciationTo(profile: ProfileData, statements: Statements, start: CalendarDate, to: CalendarDate): Dec {
  const assets = profile.fixedAssets ?? [];
  return sum(
    statements.balanceSheet.fixedAssetLines.flatMap((l, i) => {
      const purchase = assets[i]?.purchaseDate;
      if (l.basis !== 'depreciated' || purchase === undefined) return [];
      const monthsBeforePeriod = compareDates(purchase, start) < 0 ? wholeMonthsBetween(purchase, start) : 0;
      const monthsTo = compareDates(purchase, to) < 0 ? Math.min(l.monthsDepreciated, wholeMonthsBetween(purchase, to)) : 0;
      const inPeriod = Math.max(0, monthsTo - monthsBeforePeriod);
      return [inPeriod === l.monthsDepreciated ? l.accumulatedDepreciation : l.monthlyDepreciation.times(inPeriod)];
    }),
  );
}

/** A skipped reconciliation: the code and the missing input. */
function skippedEquity(code: EquitySkipCode, missing: string): EquityResult {
  return { status: 'skipped', skip: { code }, missing: [missing] };
}

/**
 * Reconciles equity over the policy's window.
 *
 * @example
 * // start 500,000; profits 4,880,000; withdrawals 3,300,000; injections 100,000; depreciation 72,000
 * reconcileEquity(profile, statements, policy).reconciliation.expectedEquity.toFixed(2) //=> '2108000.00'
 */
export function reconcileEquity(profile: ProfileData, statements: Statements, policy: Policy): EquityResult {
  const history = profile.history ?? [];
  const analysis = profile.analysisDate;
  let start: CalendarDate;
  let initialEquity: Dec;
  let startDebtOutstanding = ZERO;
  let startIndex: number | null = null;
  const used: number[] = [];

  if (policy.equity.window === 'since-start') {
    const index = history.findIndex((e) => e.kind === 'start');
    const startEvent = history[index];
    if (!startEvent)
      return skippedEquity('no-start-event', 'history[kind=start]');
    start = startEvent.date;
    // The source counts the whole start capital as initial equity and its repayment as a withdrawal
    // (归还初始负债). A borrowed part not yet repaid (no repaidDate) has had no withdrawal and is still a
    // liability, so it is not the owner's: it comes off the initial equity. Either way the owner's
    // initial stake ends up as capital − borrowed once the debt is settled.
    startDebtOutstanding =
      startEvent.borrowed !== undefined && startEvent.repaidDate === undefined ? startEvent.borrowed : ZERO;
    initialEquity = startEvent.amount.minus(startDebtOutstanding);
    used.push(index);
    startIndex = index;
  } else {
    const opening = profile.openingEquity;
    if (!opening)
      return skippedEquity('no-opening-equity', 'openingEquity');
    start = opening.date;
    initialEquity = opening.amount;
  }

  let profits = ZERO;
  let withdrawals = ZERO;
  let injections = ZERO;
  let profitEvents = 0;
  history.forEach((e, i) => {
    if (e.kind === 'start') return;
    const d = e.date;
    // Events on the opening date are already in the opening equity.
    if (compareDates(d, start) < 0 || (policy.equity.window !== 'since-start' && compareDates(d, start) === 0)) return;
    used.push(i);
    const amount = e.amount;
    switch (e.kind) {
      case 'profit':
        profits = profits.plus(amount);
        profitEvents += 1;
        break;
      case 'withdrawal':
        withdrawals = withdrawals.plus(amount);
        break;
      case 'injection':
      case 'revaluation':
        injections = injections.plus(amount);
        break;
    }
  });

  const periodMonths = wholeMonthsBetween(start, analysis);
  const profitsEstimated = profitEvents === 0;
  let monthlyProfit: Dec | null = null;
  if (profitsEstimated) {
    // Retained profit per month from the present P&L: business profit + other income − household spending.
    const avg = statements.incomeStatement.monthlyAverage;
    monthlyProfit = avg.businessProfit.plus(avg.otherIncome).minus(avg.householdExpenses);
    profits = monthlyProfit.times(periodMonths);
  }

  const depreciation = depreciationTo(profile, statements, start, analysis);

  const expected = expectedEquity({ initial: initialEquity, profits, withdrawals, injections, depreciation });
  const eventsUsed = used.sort((a, b) => a - b);
  const walk = walkEquity(
    profile,
    statements,
    { start, initialEquity, startIndex, used: eventsUsed, estimatedMonthlyProfit: monthlyProfit, depreciationTo: (to) => depreciationTo(profile, statements, start, to) },
    policy.rounding,
  );
  const balanceSheetEquity = statements.balanceSheet.equity;
  const gap = balanceSheetEquity.minus(expected);
  return {
    status: 'reconciled',
    reconciliation: {
      window: policy.equity.window,
      periodStart: formatIsoDate(start),
      periodEnd: formatIsoDate(profile.analysisDate),
      periodMonths,
      initialEquity,
      startDebtOutstanding,
      profits,
      profitsEstimated,
      withdrawals,
      injections,
      depreciation,
      expectedEquity: expected,
      balanceSheetEquity,
      gap,
      gapShareOfEquity: balanceSheetEquity.isZero() ? null : gap.div(D.abs(balanceSheetEquity)),
      gapShareOfProfits: profits.isZero() ? null : gap.div(D.abs(profits)),
      eventsUsed,
      walk,
    },
  };
}
