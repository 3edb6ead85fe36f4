/**
 * Loan schedules: equal instalments (等额本息, `annuity`) and equal principal (等额本金, `equal-principal`).
 *
 * - Interest each period is the outstanding balance × the monthly rate, rounded to the fen with the
 *   policy's rounding mode.
 * - The annuity instalment is PMT = P·r / (1 − (1 + r)^−n) rounded to the fen (P / n when r = 0), as a
 *   spreadsheet's PMT gives it: PMT(1.29%, 12, 100000) = 9,048.4965… → 9,048.50.
 * - The last instalment absorbs the rounding, so the principal sums exactly to the loan and the final
 *   balance is exactly 0.
 * - Due dates add k months to the disbursement date each time (never to the previous due date), so a
 *   31 January start falls due on 28/29 February, 31 March, 30 April.
 */
import * as z from 'zod';
import { addMonths, formatIsoDate, mustParseIsoDate } from '../dates/index.js';
import { type Dec, ZERO, roundFen, type RoundingMode, toDecimal } from '../money/index.js';
import { type InputError, toInputErrors } from '../profile/errors.js';
import { isoDate, monthlyRate as rateField, positiveDecimal } from '../profile/fields.js';
import { endsBy9999, REPAYMENT_METHODS, type RepaymentMethod } from '../profile/schema.js';

export interface ScheduleRequest {
  readonly amount: Dec;
  /** Monthly rate as a fraction (0.0129 = 1.29% a month). */
  readonly monthlyRate: Dec;
  readonly months: number;
  readonly method: RepaymentMethod;
  /** Disbursement date (ISO); due dates are left null without it. */
  readonly startDate?: string;
  readonly rounding: RoundingMode;
}

export interface ScheduleRow {
  readonly period: number;
  readonly dueDate: string | null;
  readonly openingBalance: Dec;
  readonly payment: Dec;
  readonly interest: Dec;
  readonly principal: Dec;
  readonly closingBalance: Dec;
}

export interface Schedule {
  readonly method: RepaymentMethod;
  readonly amount: Dec;
  readonly monthlyRate: Dec;
  readonly months: number;
  /** The regular instalment: the annuity payment, or the first (largest) equal-principal payment. */
  readonly instalment: Dec;
  /** The largest payment of the schedule (what capacity must cover). */
  readonly maxPayment: Dec;
  readonly rows: readonly ScheduleRow[];
  readonly totalInterest: Dec;
  readonly totalPaid: Dec;
  /** (1 + r)^12 − 1. */
  readonly effectiveAnnualRate: Dec;
}

/**
 * The powers (1 + r)^n of one monthly rate, each computed once: the schedules, payment coefficients and
 * effective rates of one capacity analysis share them (a 40-digit `pow` costs several µs). Made per call,
 * never shared between analyses; the values are exactly those computed without it.
 */
export class RatePowers {
  private readonly growth = new Map<number, Dec>();
  private readonly onePlus: Dec;
  constructor(readonly monthlyRate: Dec) {
    this.onePlus = monthlyRate.plus(1);
  }
  /** (1 + r)^n. */
  pow(n: number): Dec {
    let g = this.growth.get(n);
    if (g === undefined) {
      g = this.onePlus.pow(n);
      this.growth.set(n, g);
    }
    return g;
  }
}

const growthOf = (monthlyRate: Dec, months: number, powers?: RatePowers): Dec =>
  powers !== undefined && powers.monthlyRate.eq(monthlyRate) ? powers.pow(months) : monthlyRate.plus(1).pow(months);

/** The exact (unrounded) annuity payment P·r / (1 − (1 + r)^−n); P / n when r = 0. */
export function annuityPayment(amount: Dec, monthlyRate: Dec, months: number, powers?: RatePowers): Dec {
  if (monthlyRate.isZero()) return amount.div(months);
  const growth = growthOf(monthlyRate, months, powers);
  return amount.times(monthlyRate).times(growth).div(growth.minus(1));
}

/** (1 + r)^12 − 1. */
export function effectiveAnnualRate(monthlyRate: Dec, powers?: RatePowers): Dec {
  return growthOf(monthlyRate, 12, powers).minus(1);
}

/**
 * Builds the schedule.
 *
 * @throws RangeError when the amount is not positive, the rate negative or the term not a whole number ≥ 1
 *   (use `scheduleFromInput` for unvalidated input).
 * @example
 * buildSchedule({ amount: D(100000), monthlyRate: D('0.0129'), months: 12, method: 'annuity', rounding: 'half-up' })
 *   .instalment.toFixed(2) //=> '9048.50'
 */
export function buildSchedule(req: ScheduleRequest, powers?: RatePowers): Schedule {
  const { amount, monthlyRate, months, method, rounding } = req;
  if (!amount.isFinite() || amount.lte(0)) throw new RangeError('amount must be greater than zero');
  if (!monthlyRate.isFinite() || monthlyRate.isNegative()) throw new RangeError('monthlyRate must not be negative');
  if (!Number.isInteger(months) || months < 1) throw new RangeError('months must be a whole number of at least 1');
  const start = req.startDate === undefined ? undefined : mustParseIsoDate(req.startDate);

  const rows: ScheduleRow[] = [];
  const figures = walkSchedule(amount, monthlyRate, months, method, rounding, powers, (period, openingBalance, payment, interest, principal, closingBalance) => {
    rows.push({
      period,
      dueDate: start ? formatIsoDate(addMonths(start, period)) : null,
      openingBalance,
      payment,
      interest,
      principal,
      closingBalance,
    });
  });
  return {
    method,
    amount,
    monthlyRate,
    months,
    instalment: figures.instalment,
    maxPayment: figures.maxPayment,
    rows,
    totalInterest: figures.totalInterest,
    totalPaid: amount.plus(figures.totalInterest),
    effectiveAnnualRate: effectiveAnnualRate(monthlyRate, powers),
  };
}

/** The regular payment rounded to the fen: the annuity payment, or the equal principal amount / months. */
function regularPayment(amount: Dec, monthlyRate: Dec, months: number, method: RepaymentMethod, rounding: RoundingMode, powers: RatePowers | undefined): Dec {
  return method === 'annuity'
    ? roundFen(annuityPayment(amount, monthlyRate, months, powers), rounding)
    : roundFen(amount.div(months), rounding);
}

/** What `walkSchedule` returns: the schedule's figures without its rows. */
export interface ScheduleFigures {
  /** The regular instalment: the annuity payment, or the first (largest) equal-principal payment. */
  readonly instalment: Dec;
  readonly maxPayment: Dec;
  readonly totalInterest: Dec;
}

/**
 * The schedule's arithmetic, period by period (buildSchedule's rows, and the capacity stage's candidate amounts,
 * which need the payments and totals but no rows, due dates or effective rate): `onRow` sees each period's
 * figures. The amount, rate and term are taken as valid (buildSchedule checks them).
 */
export function walkSchedule(
  amount: Dec,
  monthlyRate: Dec,
  months: number,
  method: RepaymentMethod,
  rounding: RoundingMode,
  powers: RatePowers | undefined,
  onRow?: (period: number, openingBalance: Dec, payment: Dec, interest: Dec, principal: Dec, closingBalance: Dec) => void,
): ScheduleFigures {
  const regular = regularPayment(amount, monthlyRate, months, method, rounding, powers);
  let balance = amount;
  let totalInterest = ZERO;
  let maxPayment: Dec | null = null;
  let first: Dec | null = null;
  for (let period = 1; period <= months; period++) {
    const interest = roundFen(balance.times(monthlyRate), rounding);
    // principal: the whole balance in the last period; else the regular payment less interest (annuity) or the
    // regular principal (equal principal), never below 0 nor above the balance (comparisons pick the operand,
    // the same value D.min/D.max would copy)
    let principal: Dec;
    if (period === months) principal = balance;
    else {
      const due = method === 'annuity' ? regular.minus(interest) : regular;
      principal = method === 'annuity' && due.lt(ZERO) ? ZERO : due;
      if (balance.lt(principal)) principal = balance;
    }
    const payment = principal.plus(interest);
    const closing = balance.minus(principal);
    onRow?.(period, balance, payment, interest, principal, closing);
    totalInterest = totalInterest.plus(interest);
    if (maxPayment === null || payment.gt(maxPayment)) maxPayment = payment;
    first ??= payment;
    balance = closing;
  }
  return {
    instalment: method === 'equal-principal' ? (first ?? regular) : regular,
    maxPayment: maxPayment as Dec,
    totalInterest,
  };
}

/**
 * The instalment and total interest of the schedule, as `walkSchedule` gives them, with fewer operations a period:
 * no payment, row or largest payment, and the balance carried as balance − (instalment − interest) (annuity) or
 * balance − principal. When some period would need a clamp (a principal below 0 or above the balance) the full
 * walk gives the figures instead.
 */
export function scheduleTotals(
  amount: Dec,
  monthlyRate: Dec,
  months: number,
  method: RepaymentMethod,
  rounding: RoundingMode,
  powers?: RatePowers,
): Pick<ScheduleFigures, 'instalment' | 'totalInterest'> {
  const annuity = method === 'annuity';
  const regular = regularPayment(amount, monthlyRate, months, method, rounding, powers);
  let balance = amount;
  let totalInterest = ZERO;
  let first: Dec | null = null;
  for (let period = 1; period < months; period++) {
    const interest = roundFen(balance.times(monthlyRate), rounding);
    const principal = annuity ? regular.minus(interest) : regular;
    if (principal.isNegative() || balance.lt(principal)) {
      const { instalment, totalInterest } = walkSchedule(amount, monthlyRate, months, method, rounding, powers);
      return { instalment, totalInterest };
    }
    first ??= principal.plus(interest);
    totalInterest = totalInterest.plus(interest);
    balance = balance.minus(principal);
  }
  const interest = roundFen(balance.times(monthlyRate), rounding);
  return {
    instalment: annuity ? regular : (first ?? balance.plus(interest)),
    totalInterest: totalInterest.plus(interest),
  };
}

/** A schedule's input: the rate zero or at least 1e-12, the last due date by 9999-12-31 (docs/profile.md, "Limits"). */
export const scheduleInputSchema = z
  .strictObject({
    amount: positiveDecimal,
    monthlyRate: rateField,
    months: z.int({ error: 'wholeNumber' }).min(1, { error: 'positive' }).max(360, { error: 'termTooLong' }),
    method: z.enum(REPAYMENT_METHODS, { error: 'enum' }).optional(),
    startDate: isoDate.optional(),
    rounding: z.enum(['half-up', 'half-even'], { error: 'enum' }).optional(),
  })
  .refine((v) => endsBy9999(v.startDate, v.months), { error: 'afterYear9999', path: ['startDate'] });

export type ScheduleInput = z.input<typeof scheduleInputSchema>;

/** Validates plain input (numbers or decimal strings) and builds the schedule; never throws. */
export function scheduleFromInput(
  input: unknown,
): { ok: true; schedule: Schedule } | { ok: false; errors: InputError[] } {
  const parsed = scheduleInputSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: toInputErrors(parsed.error.issues) };
  const v = parsed.data;
  return {
    ok: true,
    schedule: buildSchedule({
      amount: toDecimal(v.amount),
      monthlyRate: toDecimal(v.monthlyRate),
      months: v.months,
      method: v.method ?? 'annuity',
      ...(v.startDate ? { startDate: v.startDate } : {}),
      rounding: v.rounding ?? 'half-up',
    }),
  };
}

