/**
 * The seasonal funding plan (资金使用计划): when the business uses money and when it sits on cash, when to
 * disburse, how much the peak ties up, and the deposit balance to expect in the idle months (淡季存款).
 *
 * The source: garment-market traders use their money from about May to October and hold idle cash from
 * November to the new year; lend into the peak (在旺季放贷款), ask for deposits in the trough (在淡季要求存款),
 * and read the trough's deposit balance as the owner's real own funds (淡季的存款水平往往体现了客户的真实自有资金).
 *
 * Method (docs/capacity.md §4): the season is the cash model's (./cash-model.ts), computed once:
 * - a month **uses money** when the cash model's working-capital need is above 0 (stock bought and credit given
 *   ahead of the collections), and **holds cash** otherwise;
 * - the suggested disbursement month is the month before the build-up (the first month of the longest run of
 *   money-using months, which may wrap over the new year): the loan is there before the stock is bought;
 * - the peak working-capital need sizes the loan: `fundingGap` is the part the owner's cash + bank at the
 *   analysis date does not carry;
 * - expected deposits: the owner's liquid funds — cash + bank + (receivables + inventory − payables) at the
 *   analysis date — are taken as constant through the year, while the part tied up in the trade moves in
 *   proportion to the month's sales: deposits(m) = cash + bank + working capital × (1 − sales(m) / sales(analysis
 *   month)), never below 0. The trough (the month to compare with the bank statement) is the idle month with the
 *   lowest sales (the lowest-sales month when no month is idle). Profits saved and the new loan are left out: the
 *   figure is the owner's own funds.
 */
import type { CalendarDate } from '../dates/index.js';
import { type Dec, D, ONE, ZERO, sum } from '../money/index.js';
import type { BalanceSheet, IncomeStatement } from '../statements/index.js';
import type { CashModel, CashMonth, RunningPosition } from './cash-model.js';

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
  /** The first month of the longest run of money-using months (the stock build-up); null when not seasonal. */
  readonly buildUpMonth: number | null;
  /** The cash model's largest working-capital need, and its month (null when none). */
  readonly peakWorkingCapitalNeed: Dec;
  readonly peakNeedMonth: number | null;
  /** max(0, peak need − cash − bank): the part of the peak the owner's cash does not carry. */
  readonly fundingGap: Dec;
  /** Months in which cash accumulates (no need, net flow above 0); empty when not seasonal. */
  readonly idleMonths: readonly number[];
  /** Months whose net cash flow is below the year's monthly average (the slow months for repayment); empty when not seasonal. */
  readonly slowMonths: readonly number[];
  /** The monthly cash model the season is drawn from (docs/capacity.md §4). */
  readonly cashModel: {
    readonly stockingLeadDays: number;
    readonly stockingLeadSource: CashModel['stockingLeadSource'];
    readonly customerDays: number;
    readonly supplierDays: number;
    readonly months: readonly CashMonth[];
    readonly position: readonly RunningPosition[];
  };
}

/**
 * Draws the funding plan from the P&L's twelve months, the balance sheet and the cash model's season.
 *
 * @example
 * // the garment stall (fixtures/corpus/garment-stall-seasonal.json): build-up in July, disburse in June
 * buildFundingPlan(incomeStatement, balanceSheet, { year: 2026, month: 3, day: 31 }, cashModel).suggestedDisbursementMonth //=> 6
 */
export function buildFundingPlan(income: IncomeStatement, balance: BalanceSheet, analysisDate: CalendarDate, cash: CashModel): FundingPlan {
  const analysisMonth = analysisDate.month;
  const sales = income.months.map((m) => m.sales);
  const average = sum(sales).div(12);
  const season = cash.season;
  const liquidFunds = balance.assets.cash.plus(balance.assets.bank);
  const workingCapital = balance.assets.receivables.plus(balance.assets.inventory).minus(balance.liabilities.payables);
  const analysisSales = sales[analysisMonth - 1] ?? ZERO;
  const deposits = (s: Dec): Dec | null =>
    analysisSales.isZero() ? null : D.max(ZERO, liquidFunds.plus(workingCapital.times(ONE.minus(s.div(analysisSales)))));

  const seasonal = income.seasonal;
  const months: FundingMonth[] = income.months.map((m) => ({
    month: m.month,
    sales: m.sales,
    disposableSurplus: m.disposableSurplus,
    phase: seasonal && season.useMonths.includes(m.month) ? 'using-money' : 'holding-cash',
    expectedDeposits: seasonal ? deposits(m.sales) : null,
  }));
  let troughMonth: number | null = null;
  if (seasonal) {
    const candidates = season.idleMonths.length > 0 ? season.idleMonths : months.map((m) => m.month);
    const lowest = D.min(...candidates.map((m) => sales[m - 1] ?? ZERO));
    troughMonth = candidates.find((m) => (sales[m - 1] ?? ZERO).eq(lowest)) ?? null;
  }
  const peak = season.peakNeed;
  return {
    seasonal,
    averageMonthlySales: average,
    months,
    usingMoney: seasonal ? months.filter((m) => m.phase === 'using-money').map((m) => m.month) : [],
    holdingCash: seasonal ? months.filter((m) => m.phase === 'holding-cash').map((m) => m.month) : [],
    suggestedDisbursementMonth: seasonal ? season.disbursementMonth : null,
    troughMonth,
    expectedTroughDeposits: troughMonth === null ? null : (months[troughMonth - 1]?.expectedDeposits ?? null),
    workingCapital,
    liquidFunds,
    analysisMonth,
    buildUpMonth: seasonal ? season.buildUpMonth : null,
    peakWorkingCapitalNeed: peak,
    peakNeedMonth: season.peakNeedMonth,
    fundingGap: D.max(ZERO, peak.minus(liquidFunds)),
    idleMonths: seasonal ? season.idleMonths : [],
    slowMonths: seasonal ? season.slowMonths : [],
    cashModel: {
      stockingLeadDays: cash.stockingLeadDays,
      stockingLeadSource: cash.stockingLeadSource,
      customerDays: cash.customerDays,
      supplierDays: cash.supplierDays,
      months: cash.months,
      position: cash.position,
    },
  };
}
