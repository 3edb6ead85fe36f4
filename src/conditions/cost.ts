/**
 * The real cost of the loan to the borrower, and its yield to the bank, with a compensating deposit
 * (压存款). The source's borrower "accepted a monthly rate above 1% and kept 20% of the loan on deposit".
 *
 * Borrower's monthly cash flows (t = 0 … n months after disbursement):
 *
 *   cf_0 = loan − deposit                         (deposit = round_fen(loan × share), or the amount agreed
 *                                                  (`deposit`): the money really usable)
 *   cf_t = −payment_t                             (t = 1 … n − 1, from the schedule)
 *   cf_n = −payment_n + deposit + depositInterest (the deposit comes back with its interest)
 *   depositInterest = round_fen(deposit × depositRate × n / 12)   (simple interest for the term,
 *                                                                   as a time deposit pays at maturity)
 *
 *   monthly cost m          = IRR(cf)                       (src/capacity/irr.ts)
 *   effective annual cost   = (1 + m)^12 − 1
 *
 * Bank's relationship yield over the term (annualised on the average loan outstanding):
 *
 *   averageOutstanding = Σ openingBalance_t / n
 *   loanInterest       = Σ interest_t
 *   depositValue       = deposit × (transferRate − depositRate) × n / 12
 *                      + Σ_t expectedBalance_t × (transferRate − demandDepositRate) / 12
 *   loanYield          = loanInterest / averageOutstanding × 12 / n
 *   relationshipYield  = (loanInterest + depositValue) / averageOutstanding × 12 / n
 *
 * The deposits are valued at the transfer price the bank credits deposits with, less what it pays on
 * them. Exact Decimal arithmetic; only the deposit interest (a real payment) is rounded to the fen.
 */
import { type Dec, ONE, ZERO, roundFen, type RoundingMode, sum } from '../money/index.js';
import { effectiveAnnualRate, type Schedule } from '../capacity/schedule.js';
import { irr, type IrrOptions } from '../capacity/irr.js';

export interface LoanCostRequest {
  readonly schedule: Schedule;
  /** Compensating deposit as a share of the loan (0 for none). */
  readonly depositShare: Dec;
  /** The compensating deposit as an amount agreed (a loan condition's round sum); when given, `depositShare` is not read. */
  readonly deposit?: Dec;
  /** Annual rate paid on the compensating deposit. */
  readonly depositRate: Dec;
  /** Annual funds-transfer price. */
  readonly transferRate: Dec;
  /** Annual rate paid on operating (demand) balances. */
  readonly demandDepositRate: Dec;
  /** Expected average operating balance in each month of the term (t = 1 … n); none when omitted. */
  readonly expectedBalances?: readonly Dec[];
  readonly rounding: RoundingMode;
  /**
   * The solver's settings for the IRR (src/capacity/irr.ts; default: its defaults, a rate to 16 places). The loan
   * conditions, which print six places, ask for 10 places at a tolerance of 1e-12: a third of the work.
   */
  readonly irr?: Pick<IrrOptions, 'tolerance' | 'places'>;
}

export interface LoanCost {
  readonly amount: Dec;
  readonly deposit: Dec;
  readonly depositInterest: Dec;
  /** amount − deposit: the money the borrower can really use. */
  readonly usableAmount: Dec;
  /** The borrower's cash flows, t = 0 … n (positive: received). */
  readonly flows: readonly Dec[];
  /** The contract's monthly rate and (1 + r)^12 − 1. */
  readonly contractMonthlyRate: Dec;
  readonly contractEffectiveAnnualRate: Dec;
  /** IRR of the flows, per month; null only when the flows have no rate (cannot happen for a real loan). */
  readonly monthlyCost: Dec | null;
  /** (1 + monthlyCost)^12 − 1. */
  readonly effectiveAnnualCost: Dec | null;
  readonly bank: {
    readonly averageOutstanding: Dec;
    readonly loanInterest: Dec;
    readonly compensatingDepositValue: Dec;
    readonly operatingDepositValue: Dec;
    readonly depositValue: Dec;
    readonly loanYield: Dec;
    readonly relationshipYield: Dec;
  };
}

/**
 * Computes the borrower's effective cost and the bank's relationship yield.
 *
 * @example
 * loanCost({ schedule: buildSchedule({ amount: D(100000), monthlyRate: D('0.0129'), months: 1, … }),
 *   depositShare: D('0.2'), depositRate: D(0), … }).monthlyCost?.toFixed() //=> '0.016125'
 *   // (100,000 + 1,290 − 20,000) / 80,000 − 1 = 1,290 / 80,000
 */
export function loanCost(req: LoanCostRequest): LoanCost {
  const { schedule, depositShare, depositRate, transferRate, demandDepositRate, rounding } = req;
  const n = schedule.months;
  const amount = schedule.amount;
  const deposit = req.deposit ?? roundFen(amount.times(depositShare), rounding);
  const termYears = ONE.times(n).div(12);
  const depositInterest = roundFen(deposit.times(depositRate).times(termYears), rounding);
  const flows: Dec[] = [amount.minus(deposit)];
  schedule.rows.forEach((row, i) => {
    const last = i === schedule.rows.length - 1;
    flows.push(last ? row.payment.negated().plus(deposit).plus(depositInterest) : row.payment.negated());
  });
  // Newton starts at the contract rate: the cost is near it (docs/performance.md counts the iterations).
  const monthlyCost = irr(flows, { ...req.irr, guess: schedule.monthlyRate });

  const averageOutstanding = sum(schedule.rows.map((r) => r.openingBalance)).div(n);
  const loanInterest = schedule.totalInterest;
  const compensatingDepositValue = deposit.times(transferRate.minus(depositRate)).times(termYears);
  const operatingDepositValue = sum(req.expectedBalances ?? []).times(transferRate.minus(demandDepositRate)).div(12);
  const depositValue = compensatingDepositValue.plus(operatingDepositValue);
  const annualise = (x: Dec) => (averageOutstanding.isZero() ? ZERO : x.div(averageOutstanding).div(termYears));
  return {
    amount,
    deposit,
    depositInterest,
    usableAmount: amount.minus(deposit),
    flows,
    contractMonthlyRate: schedule.monthlyRate,
    contractEffectiveAnnualRate: effectiveAnnualRate(schedule.monthlyRate),
    monthlyCost,
    effectiveAnnualCost: monthlyCost === null ? null : effectiveAnnualRate(monthlyCost),
    bank: {
      averageOutstanding,
      loanInterest,
      compensatingDepositValue,
      operatingDepositValue,
      depositValue,
      loanYield: annualise(loanInterest),
      relationshipYield: annualise(loanInterest.plus(depositValue)),
    },
  };
}
