/**
 * The monthly cash model (月度现金流模型) and the one season drawn from it (docs/capacity.md §4).
 *
 * The P&L says what a month earns; the cash model says when the money comes and goes. For each calendar month
 * of a typical year (January first), with 30-day months:
 *
 * - sales: the P&L's;
 * - collections: the cash share of the month's sales, plus the credit share (`sales.creditShare`, default 1 as
 *   the profile documents) of earlier sales moved forward by `settlement.customerDays` (none when not given);
 * - purchases: `purchases.monthly` when given, else each month's cost of goods sold bought `lead` days before its
 *   sale (the stocking lead: `stock.stockingDays`, else the industry benchmark's, else
 *   `policy.cashModel.stockingLeadDays`, `stockingLead` below);
 * - supplier payments: the cash share of the month's purchases, plus the credit share (`settlement.
 *   creditPurchaseShare`, default 1) moved forward by `settlement.supplierDays` (none when not given);
 * - operating costs, household spending, other income and existing instalments: the P&L's;
 * - net cash flow = collections − supplier payments − operating costs − household + other income − instalments.
 *
 * Moving an amount x by d days (d = 30q + r) puts x × (30 − r) ÷ 30, rounded half-up to the fen, in the month q
 * later and the rest, x minus that part (so nothing is lost to rounding), in the month q + 1 later; the year wraps
 * (the cycle repeats). Every moved part is whole fen, so every sum after it is exact.
 *
 * The running cash position starts from cash + bank at the analysis date and adds the net flows of the twelve
 * months after it. The working-capital need of a month is the deficit of the net flows carried forward until the
 * surplus repays it, walked round the year (0 when none): the money the trade has tied up beyond what it has earned
 * since, which the owner's funds or a loan must carry. The season, computed once here and read by the funding plan,
 * the deposit expectation, the contact calendar and the monitor:
 *
 * - use months (用款月份): the working-capital need is above 0;
 * - idle months (资金闲置月份): no need, and the month's net flow is above 0 (cash accumulates);
 * - slow months (还款淡季): the net flow is below the year's monthly average;
 * - the build-up starts in the first month of the longest run of use months (wrapping over the new year), and
 *   the suggested disbursement month is the month before it; the peak working-capital gap is the largest need.
 *
 * Pure: Decimals in, Decimals out; sums and differences exact, one division by 30 per moved amount, rounded to the fen.
 */
import { benchmarkAverage } from '../industry/index.js';
import { type Dec, D, ZERO, sum } from '../money/index.js';
import type { Policy } from '../profile/policy.js';
import type { ProfileData } from '../profile/domain.js';
import type { IncomeStatement, Statements } from '../statements/index.js';

export interface CashMonth {
  /** 1 = January. */
  readonly month: number;
  readonly sales: Dec;
  readonly collections: Dec;
  readonly purchases: Dec;
  readonly supplierPayments: Dec;
  readonly operatingCosts: Dec;
  readonly householdExpenses: Dec;
  readonly otherIncome: Dec;
  readonly existingInstalments: Dec;
  /** collections − supplier payments − operating costs − household + other income − instalments. */
  readonly netCashFlow: Dec;
  /** The deficit carried into this month until the surplus repays it, walked round the year (0 when none). */
  readonly workingCapitalNeed: Dec;
  readonly phase: SeasonPhase;
  readonly slow: boolean;
}

/** use: working capital is tied up; idle: cash accumulates; neutral: neither. */
export type SeasonPhase = 'use' | 'idle' | 'neutral';

/** The one season every part reads (docs/capacity.md §4). */
export interface Season {
  readonly useMonths: readonly number[];
  readonly idleMonths: readonly number[];
  readonly slowMonths: readonly number[];
  /** First month of the longest run of use months; null when there is none. */
  readonly buildUpMonth: number | null;
  /** The month before the build-up: the loan should be there before the stock is bought. */
  readonly disbursementMonth: number | null;
  /** The largest working-capital need, and its first month (null when there is no need). */
  readonly peakNeed: Dec;
  readonly peakNeedMonth: number | null;
  /** First months of the runs of idle months (when to talk about deposits). */
  readonly idleStartMonths: readonly number[];
  /** First months of the runs of use months (when to visit: before the peak of use). */
  readonly useStartMonths: readonly number[];
}

export interface RunningPosition {
  /** The month (1 = January) and its calendar year offset from the analysis year (0 or 1). */
  readonly month: number;
  readonly yearOffset: number;
  readonly netCashFlow: Dec;
  /** cash + bank at the analysis date plus the net flows so far. */
  readonly position: Dec;
}

export interface CashModel {
  readonly stockingLeadDays: number;
  /** profile: stock.stockingDays; benchmark: the industry table; policy: policy.cashModel.stockingLeadDays; monthly: purchases.monthly. */
  readonly stockingLeadSource: 'monthly' | 'profile' | 'benchmark' | 'policy';
  readonly customerDays: number;
  readonly supplierDays: number;
  readonly creditShare: Dec;
  readonly creditPurchaseShare: Dec;
  readonly months: readonly CashMonth[];
  readonly openingCash: Dec;
  /** The twelve months after the analysis month. */
  readonly position: readonly RunningPosition[];
  readonly season: Season;
}

const DAYS = 30;

/**
 * `values` (twelve, January first) moved by `days` (forward when positive, back when negative) over a repeating
 * year: x × (30 − r) ÷ 30 rounded half-up to the fen lands q months away, the rest q + 1 months away (d = 30q + r,
 * docs/capacity.md §4).
 */
export function moveByDays(values: readonly Dec[], days: number): Dec[] {
  const out = Array.from({ length: 12 }, () => ZERO);
  const sign = days < 0 ? -1 : 1;
  const d = Math.abs(days);
  const q = Math.floor(d / DAYS);
  const r = d % DAYS;
  const put = (i: number, x: Dec) => {
    const j = (((i % 12) + 12) % 12) as number;
    out[j] = (out[j] as Dec).plus(x);
  };
  values.forEach((x, i) => {
    if (r === 0) return put(i + sign * q, x);
    const near = x.times(DAYS - r).div(DAYS).toDecimalPlaces(2, D.ROUND_HALF_UP);
    put(i + sign * q, near);
    put(i + sign * (q + 1), x.minus(near));
  });
  return out;
}

/**
 * The stocking lead in days and where it comes from: the profile's `stock.stockingDays`; else the trade's average
 * months of stock from the industry benchmark (docs/industry.md) × 30, to the whole day, the same figure the
 * inventory check takes; else `policy.cashModel.stockingLeadDays`.
 */
export function stockingLead(profile: ProfileData, policy: Policy): { days: number; source: 'profile' | 'benchmark' | 'policy' } {
  const own = profile.stock?.stockingDays;
  if (own !== undefined) return { days: own, source: 'profile' };
  const benchmark = benchmarkAverage(profile, policy, 'stockMonths');
  if (benchmark !== undefined) return { days: benchmark.value.times(DAYS).toDecimalPlaces(0, D.ROUND_HALF_UP).toNumber(), source: 'benchmark' };
  return { days: policy.cashModel.stockingLeadDays, source: 'policy' };
}

/** The part `share` of each value, and the rest (exact: the rest is a difference). */
function split(values: readonly Dec[], share: Dec): { part: Dec[]; rest: Dec[] } {
  const part = values.map((x) => x.times(share));
  return { part, rest: values.map((x, i) => x.minus(part[i] as Dec)) };
}

/** Cyclic runs of `true` in twelve flags: their first months (1-based), the longest first-found first. */
function runs(flags: readonly boolean[]): { start: number; length: number }[] {
  if (flags.every((f) => f)) return [{ start: 1, length: 12 }];
  const out: { start: number; length: number }[] = [];
  for (let i = 0; i < 12; i++) {
    if (!flags[i] || flags[(i + 11) % 12]) continue;
    let length = 0;
    while (length < 12 && flags[(i + length) % 12]) length++;
    out.push({ start: i + 1, length });
  }
  return out;
}

/**
 * The working-capital need of each month: the deficit a month-by-month walk carries forward until the surplus repays
 * it (need(m) = max(0, need(m − 1) − net(m))), walked over two years from no deficit in January and read in the
 * second. For a year whose net flows sum to ≥ 0 this is the largest deficit −Σ net of any run of one to twelve months
 * ending in the month (cyclically): the walk has gone round the year once.
 */
export function workingCapitalNeed(net: readonly Dec[]): Dec[] {
  const need: Dec[] = [];
  let carried = ZERO;
  for (let k = 0; k < 2 * net.length; k++) {
    const after = carried.minus(net[k % net.length] as Dec);
    carried = after.isNegative() ? ZERO : after;
    if (k >= net.length) need.push(carried);
  }
  return need;
}

/** The season of twelve net flows and their working-capital needs (docs/capacity.md §4). */
export function seasonOf(net: readonly Dec[], need: readonly Dec[]): Season {
  const using = need.map((n) => n.gt(0));
  const idle = net.map((x, i) => !using[i] && x.gt(0));
  const average = sum([...net]).div(12);
  const useRuns = runs(using);
  let longest: { start: number; length: number } | null = null;
  for (const r of useRuns) if (longest === null || r.length > longest.length) longest = r;
  const peakNeed = need.reduce((a, b) => (b.gt(a) ? b : a), ZERO);
  const months = (flags: readonly boolean[]) => flags.flatMap((f, i) => (f ? [i + 1] : []));
  return {
    useMonths: months(using),
    idleMonths: months(idle),
    slowMonths: months(net.map((x) => x.lt(average))),
    buildUpMonth: longest?.start ?? null,
    disbursementMonth: longest === null || longest.length === 12 ? null : ((longest.start + 10) % 12) + 1,
    peakNeed,
    peakNeedMonth: peakNeed.gt(0) ? need.findIndex((n) => n.eq(peakNeed)) + 1 : null,
    idleStartMonths: runs(idle).filter((r) => r.length < 12).map((r) => r.start),
    useStartMonths: useRuns.filter((r) => r.length < 12).map((r) => r.start),
  };
}

/** The twelve months and the season, without the running position: what needs only the P&L (the deposit expectation). */
export type CashCycle = Omit<CashModel, 'openingCash' | 'position'>;

/**
 * The cash cycle of a profile from its P&L: the twelve months of the cash model and the season (no balance sheet).
 *
 * @example
 * // the garment stall (fixtures/corpus/garment-stall-seasonal.json): stock for the autumn bought from July
 * cashCycle(profile, statements.incomeStatement, policy).season.buildUpMonth //=> 7
 */
export function cashCycle(profile: ProfileData, income: IncomeStatement, policy: Policy): CashCycle {
  const pnl = income.months;
  const sales = pnl.map((m) => m.sales);
  const customerDays = profile.settlement?.customerDays ?? 0;
  const supplierDays = profile.settlement?.supplierDays ?? 0;
  const creditShare = D.min(profile.sales.creditShare ?? D(1), D(1));
  const creditPurchaseShare = profile.settlement?.creditPurchaseShare ?? D(1);
  const sold = split(sales, creditShare);
  const credit = moveByDays(sold.part, customerDays);
  const collections = sold.rest.map((x, i) => x.plus(credit[i] as Dec));
  const monthly = profile.purchases?.monthly;
  const lead = monthly === undefined ? stockingLead(profile, policy) : { days: 0, source: 'monthly' as const };
  const purchases = monthly !== undefined ? [...monthly] : moveByDays(pnl.map((m) => m.costOfGoodsSold), -lead.days);
  const bought = split(purchases, creditPurchaseShare);
  const owed = moveByDays(bought.part, supplierDays);
  const payments = bought.rest.map((x, i) => x.plus(owed[i] as Dec));
  const net = pnl.map((m, i) =>
    (collections[i] as Dec)
      .minus(payments[i] as Dec)
      .minus(m.operatingCosts)
      .minus(m.householdExpenses)
      .plus(m.otherIncome)
      .minus(m.existingInstalments),
  );
  const need = workingCapitalNeed(net);
  const season = seasonOf(net, need);
  const phaseOf = (i: number): SeasonPhase => (season.useMonths.includes(i + 1) ? 'use' : season.idleMonths.includes(i + 1) ? 'idle' : 'neutral');
  const months: CashMonth[] = pnl.map((m, i) => ({
    month: m.month,
    sales: m.sales,
    collections: collections[i] as Dec,
    purchases: purchases[i] as Dec,
    supplierPayments: payments[i] as Dec,
    operatingCosts: m.operatingCosts,
    householdExpenses: m.householdExpenses,
    otherIncome: m.otherIncome,
    existingInstalments: m.existingInstalments,
    netCashFlow: net[i] as Dec,
    workingCapitalNeed: need[i] as Dec,
    phase: phaseOf(i),
    slow: season.slowMonths.includes(i + 1),
  }));
  return { stockingLeadDays: lead.days, stockingLeadSource: lead.source, customerDays, supplierDays, creditShare, creditPurchaseShare, months, season };
}

/**
 * The cash model of a profile: the twelve months, the running position after the analysis month and the season.
 *
 * @example
 * // the garment stall (fixtures/corpus/garment-stall-seasonal.json): the peak working-capital need, September
 * cashModel(profile, statements, policy).season.peakNeed //=> 150200
 */
export function cashModel(profile: ProfileData, statements: Statements, policy: Policy): CashModel {
  const cycle = cashCycle(profile, statements.incomeStatement, policy);
  const bs = statements.balanceSheet;
  const openingCash = bs.assets.cash.plus(bs.assets.bank);
  const position: RunningPosition[] = [];
  let running = openingCash;
  const first = profile.analysisDate.month;
  for (let k = 1; k <= 12; k++) {
    const index = (first - 1 + k) % 12;
    const net = (cycle.months[index] as CashMonth).netCashFlow;
    running = running.plus(net);
    position.push({ month: index + 1, yearOffset: first + k > 12 ? 1 : 0, netCashFlow: net, position: running });
  }
  return { ...cycle, openingCash, position };
}
