/**
 * The seasonal funding plan (资金使用计划): when the business uses money and when it sits on cash, when to
 * disburse, and the deposit balance to expect in the trough (淡季存款).
 *
 * The source: garment-market traders use their money from about May to October and hold idle cash from
 * November to the new year; lend into the peak (在旺季放贷款), ask for deposits in the trough (在淡季要求存款),
 * and read the trough's deposit balance as the owner's real own funds (淡季的存款水平往往体现了客户的真实自有资金).
 *
 * Method (docs/capacity.md):
 * - A month **uses money** when its sales are at or above the monthly average (stock and receivables grow
 *   with the trade), and **holds cash** when they are below it.
 * - The suggested disbursement month is the first month of the longest run of money-using months
 *   (the run may wrap over the new year).
 * - Expected trough deposits: the owner's liquid funds — cash + bank + (receivables + inventory − payables) at
 *   the analysis date — are taken as constant through the year, while the part tied up in the trade
 *   (receivables + inventory − payables) moves in proportion to the month's sales. So in month m
 *   deposits(m) = cash + bank + working capital × (1 − sales(m) / sales(analysis month)), and the trough is the
 *   month with the lowest sales. Profits saved and the new loan are left out: the figure is the owner's own
 *   funds, which the officer compares with the trough's bank statement. Never below 0.
 */
import type { CalendarDate } from '../dates/index.js';
import { type Dec, D, ONE, ZERO, sum } from '../money/index.js';
import type { BalanceSheet, IncomeStatement } from '../statements/index.js';

export type FundingPhase = 'using-money' | 'holding-cash';

export interface FundingMonth {
  /** 1 = January. */
  readonly month: number;
  readonly sales: Dec;
  readonly disposableSurplus: Dec;
  readonly phase: FundingPhase;
  /** Deposits expected in that month under the method above (null when the analysis month had no sales). */
  readonly expectedDeposits: Dec | null;
}

export interface FundingPlan {
  /** false when the P&L has no monthly profile or all twelve months are equal: no plan is drawn then. */
  readonly seasonal: boolean;
  readonly averageMonthlySales: Dec;
  readonly months: readonly FundingMonth[];
  readonly usingMoney: readonly number[];
  readonly holdingCash: readonly number[];
  /** First month of the longest run of money-using months; null when not seasonal. */
  readonly suggestedDisbursementMonth: number | null;
  /** The month with the lowest sales (the first of them); null when not seasonal. */
  readonly troughMonth: number | null;
  /** Expected deposits (cash + bank) in the trough month; null when not seasonal or not computable. */
  readonly expectedTroughDeposits: Dec | null;
  /** receivables + inventory − payables at the analysis date. */
  readonly workingCapital: Dec;
  /** cash + bank at the analysis date. */
  readonly liquidFunds: Dec;
  /** The month of the analysis date (1 = January). */
  readonly analysisMonth: number;
}

/** The longest circular run of `true` in a 12-month list: its first month (1-based), or null when none. */
function longestRunStart(flags: readonly boolean[]): number | null {
  if (flags.every((f) => f)) return 1;
  let best: { start: number; length: number } | null = null;
  for (let i = 0; i < 12; i++) {
    const previous = flags[(i + 11) % 12];
    if (!flags[i] || previous) continue; // a run starts where the month before is not in it
    let length = 0;
    while (length < 12 && flags[(i + length) % 12]) length++;
    if (best === null || length > best.length) best = { start: i + 1, length };
  }
  return best?.start ?? null;
}

/**
 * Draws the funding plan from the P&L's twelve months and the balance sheet.
 *
 * @example
 * // sales 100 a month except 300 in June–September: June–September use money, the plan suggests June
 * buildFundingPlan(incomeStatement, balanceSheet, { year: 2026, month: 3, day: 31 }).suggestedDisbursementMonth //=> 6
 */
export function buildFundingPlan(income: IncomeStatement, balance: BalanceSheet, analysisDate: CalendarDate): FundingPlan {
  const analysisMonth = analysisDate.month;
  const sales = income.months.map((m) => m.sales);
  const average = sum(sales).div(12);
  const using = sales.map((s) => s.gte(average));
  const liquidFunds = balance.assets.cash.plus(balance.assets.bank);
  const workingCapital = balance.assets.receivables.plus(balance.assets.inventory).minus(balance.liabilities.payables);
  const analysisSales = sales[analysisMonth - 1] ?? ZERO;
  const deposits = (s: Dec): Dec | null =>
    analysisSales.isZero() ? null : D.max(ZERO, liquidFunds.plus(workingCapital.times(ONE.minus(s.div(analysisSales)))));

  const seasonal = income.seasonal;
  const months: FundingMonth[] = income.months.map((m, i) => ({
    month: m.month,
    sales: m.sales,
    disposableSurplus: m.disposableSurplus,
    phase: seasonal && using[i] ? 'using-money' : 'holding-cash',
    expectedDeposits: seasonal ? deposits(m.sales) : null,
  }));
  let troughMonth: number | null = null;
  if (seasonal) {
    const lowest = D.min(...sales);
    troughMonth = sales.findIndex((s) => s.eq(lowest)) + 1;
  }
  return {
    seasonal,
    averageMonthlySales: average,
    months,
    usingMoney: seasonal ? months.filter((m) => m.phase === 'using-money').map((m) => m.month) : [],
    holdingCash: seasonal ? months.filter((m) => m.phase === 'holding-cash').map((m) => m.month) : [],
    suggestedDisbursementMonth: seasonal ? longestRunStart(using) : null,
    troughMonth,
    expectedTroughDeposits: troughMonth === null ? null : (months[troughMonth - 1]?.expectedDeposits ?? null),
    workingCapital,
    liquidFunds,
    analysisMonth,
  };
}
