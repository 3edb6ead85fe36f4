/**
 * The dated equity walk (docs/rules.md, EQUITY_EVENT_UNFUNDED): the history in date order, with the running
 * equity at each event
 *
 *   running equity(d) = initial equity + profits to d − withdrawals to d + injections to d − depreciation to d
 *
 * (a profit event's amount accrues by whole months over its period, from the previous profit event to its date)
 * and, at each withdrawal (a purchase, a repayment, a large spending), whether the equity accumulated by its
 * date could fund it: needed = amount − the part declared borrowed; shortfall = max(0, needed − max(0, running
 * equity just before it)). The reconciliation compares the end points only; a purchase the running equity
 * could not fund was paid with money borrowed at that date, even when later profits make the end totals balance.
 * At the analysis date the running equity is the reconciliation's expected equity (the same terms).
 */
import { type CalendarDate, compareDates, formatIsoDate, wholeMonthsBetween } from '../dates/index.js';
import { type Dec, D, ZERO } from '../money/index.js';
import type { HistoryEventData, ProfileData } from '../profile/domain.js';
import { valueFixedAsset, type Statements } from '../statements/index.js';
import type { RoundingMode } from '../money/index.js';

/** The funding test of a withdrawal. */
export interface EventFunding {
  /** The part declared borrowed (`history[].borrowed`), zero when none. */
  readonly borrowed: Dec;
  /** amount − borrowed: what the equity had to fund. */
  readonly needed: Dec;
  /** max(0, running equity just before the event). */
  readonly available: Dec;
  /** max(0, needed − available): what was paid with money the history does not explain. */
  readonly shortfall: Dec;
}

/** One event of the walk, with the running terms after it. */
export interface EquityWalkStep {
  /** Index into profile.history. */
  readonly index: number;
  readonly date: string;
  readonly kind: HistoryEventData['kind'];
  readonly amount: Dec;
  readonly profitsToDate: Dec;
  readonly withdrawalsToDate: Dec;
  readonly injectionsToDate: Dec;
  readonly depreciationToDate: Dec;
  /** The running equity just before the event (its date's depreciation included). */
  readonly equityBefore: Dec;
  readonly equityAfter: Dec;
  /** The funding test of a withdrawal; null for other events. */
  readonly funding: EventFunding | null;
}

/** A fixed asset appraised above its depreciated cost while the history records no revaluation. */
export interface SuggestedRevaluation {
  /** Index into profile.fixedAssets. */
  readonly asset: number;
  readonly name: string;
  /** Cost less straight-line depreciation to the analysis date (the cost itself when no useful life is given). */
  readonly depreciatedCost: Dec;
  readonly appraisedValue: Dec;
  /** appraised value − depreciated cost. */
  readonly premium: Dec;
}

export interface EquityWalk {
  readonly steps: readonly EquityWalkStep[];
  readonly suggestedRevaluations: readonly SuggestedRevaluation[];
}

/** What the walk needs from the reconciliation. */
export interface WalkStart {
  readonly start: CalendarDate;
  readonly initialEquity: Dec;
  /** Index of the start event, or null for an opening equity. */
  readonly startIndex: number | null;
  /** The indices of the events the reconciliation used (the start's included). */
  readonly used: readonly number[];
  /** Retained profit a month when no profit event is dated (profits then accrue by whole months); null otherwise. */
  readonly estimatedMonthlyProfit: Dec | null;
  /** Depreciation from the start to a date (the reconciliation's own term, equity/index.ts). */
  readonly depreciationTo: (to: CalendarDate) => Dec;
}

/** Same-day order: money comes in (start, profit, injection, revaluation) before it goes out. */
const SAME_DAY_RANK: Readonly<Record<HistoryEventData['kind'], number>> = { start: 0, profit: 1, injection: 2, revaluation: 3, withdrawal: 4 };

/**
 * Walks the events the reconciliation used in date order (same day: inflows first, then history order).
 *
 * @example
 * // start 100,000 (2015); profit 200,000 to 2018-12-31; a 1,000,000 flat on 2019-01-15:
 * // running equity before the flat 300,000, shortfall 1,000,000 − 300,000 = 700,000
 */
export function walkEquity(profile: ProfileData, statements: Statements, w: WalkStart, rounding: RoundingMode): EquityWalk {
  const history = profile.history ?? [];
  const order = w.used
    .filter((i) => i !== w.startIndex)
    .map((i) => ({ i, e: history[i]! }))
    .sort((a, b) => compareDates(a.e.date, b.e.date) || SAME_DAY_RANK[a.e.kind] - SAME_DAY_RANK[b.e.kind] || a.i - b.i);
  const profitsTo = profitAccrual(order, w);
  let withdrawals = ZERO;
  let injections = ZERO;
  const steps: EquityWalkStep[] = [];
  if (w.startIndex !== null) {
    const e = history[w.startIndex]!;
    steps.push({
      index: w.startIndex,
      date: formatIsoDate(e.date),
      kind: 'start',
      amount: e.amount,
      profitsToDate: ZERO,
      withdrawalsToDate: ZERO,
      injectionsToDate: ZERO,
      depreciationToDate: ZERO,
      equityBefore: ZERO,
      equityAfter: w.initialEquity,
      funding: null,
    });
  }
  for (const { i, e } of order) {
    const depreciation = w.depreciationTo(e.date);
    const profits = profitsTo(e.date);
    const before = w.initialEquity.plus(profits).minus(withdrawals).plus(injections).minus(depreciation);
    let funding: EventFunding | null = null;
    if (e.kind === 'injection' || e.kind === 'revaluation') injections = injections.plus(e.amount);
    if (e.kind === 'withdrawal') {
      withdrawals = withdrawals.plus(e.amount);
      const borrowed = D.min(e.borrowed ?? ZERO, e.amount);
      const needed = e.amount.minus(borrowed);
      const available = D.max(before, ZERO);
      funding = { borrowed, needed, available, shortfall: D.max(needed.minus(available), ZERO) };
    }
    steps.push({
      index: i,
      date: formatIsoDate(e.date),
      kind: e.kind,
      amount: e.amount,
      profitsToDate: profits,
      withdrawalsToDate: withdrawals,
      injectionsToDate: injections,
      depreciationToDate: depreciation,
      equityBefore: before,
      equityAfter: w.initialEquity.plus(profits).minus(withdrawals).plus(injections).minus(depreciation),
      funding,
    });
  }
  return { steps, suggestedRevaluations: suggestRevaluations(profile, statements, rounding) };
}

/**
 * Profits retained to a date. A profit event is the profit of the period ending on its date, which began at the
 * previous profit event (or the walk's start): it accrues by whole months over that period, so a purchase in the
 * middle of a ten-year profit figure counts the part earned by then. With no dated profit, the estimated monthly
 * profit accrues from the start. At or after the last profit event it is the reconciliation's profits term.
 */
function profitAccrual(order: readonly { readonly i: number; readonly e: HistoryEventData }[], w: WalkStart): (to: CalendarDate) => Dec {
  const monthly = w.estimatedMonthlyProfit;
  if (monthly !== null) return (to) => monthly.times(compareDates(to, w.start) > 0 ? wholeMonthsBetween(w.start, to) : 0);
  const periods: { readonly from: CalendarDate; readonly to: CalendarDate; readonly amount: Dec }[] = [];
  let from = w.start;
  for (const { e } of order) {
    if (e.kind !== 'profit') continue;
    periods.push({ from, to: e.date, amount: e.amount });
    from = e.date;
  }
  return (to) => {
    let total = ZERO;
    for (const p of periods) {
      if (compareDates(p.to, to) <= 0) total = total.plus(p.amount);
      else if (compareDates(p.from, to) < 0) {
        const length = wholeMonthsBetween(p.from, p.to);
        if (length > 0) total = total.plus(p.amount.times(wholeMonthsBetween(p.from, to)).div(length));
      }
    }
    return total;
  };
}

/**
 * Fixed assets appraised above their depreciated cost, when the history records no revaluation: the premium
 * is a revaluation event the history left out (it raises balance-sheet equity without any profit), not an
 * unexplained gap.
 */
export function suggestRevaluations(profile: ProfileData, statements: Statements, rounding: RoundingMode): SuggestedRevaluation[] {
  if ((profile.history ?? []).some((e) => e.kind === 'revaluation')) return [];
  const out: SuggestedRevaluation[] = [];
  (profile.fixedAssets ?? []).forEach((a, i) => {
    const line = statements.balanceSheet.fixedAssetLines[i];
    if (a.appraisedValue === undefined || line === undefined || line.basis !== 'appraised') return;
    const depreciatedCost =
      a.usefulLifeMonths === undefined
        ? a.cost
        : valueFixedAsset({ ...a, appraisedValue: undefined }, profile.analysisDate, rounding).netBookValue;
    const premium = line.netBookValue.minus(depreciatedCost);
    if (premium.gt(0)) out.push({ asset: i, name: a.name, depreciatedCost, appraisedValue: line.netBookValue, premium });
  });
  return out;
}
