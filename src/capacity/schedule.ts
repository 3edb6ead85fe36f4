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
import { addMonths, type CalendarDate, formatIsoDate, mustParseIsoDate } from '../dates/index.js';
import { type Dec, D, roundFen, type RoundingMode, toDecimal } from '../money/index.js';
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
 * The exact (unrounded) annuity payment P·r / (1 − (1 + r)^−n); P / n when r = 0. `growth` is (1 + r)^n when the
 * caller already has it (the capacity stage computes each term's once: docs/performance.md, "Integer fen").
 */
export function annuityPayment(amount: Dec, monthlyRate: Dec, months: number, growth?: Dec): Dec {
  if (monthlyRate.isZero()) return amount.div(months);
  growth ??= monthlyRate.plus(1).pow(months);
  return amount.times(monthlyRate).times(growth).div(growth.minus(1));
}

/** (1 + r)^12 − 1. */
export function effectiveAnnualRate(monthlyRate: Dec): Dec {
  return monthlyRate.plus(1).pow(12).minus(1);
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
export function buildSchedule(req: ScheduleRequest): Schedule {
  const { amount, monthlyRate, months, method, rounding } = req;
  if (!amount.isFinite() || amount.lte(0)) throw new RangeError('amount must be greater than zero');
  if (!monthlyRate.isFinite() || monthlyRate.isNegative()) throw new RangeError('monthlyRate must not be negative');
  if (!Number.isInteger(months) || months < 1) throw new RangeError('months must be a whole number of at least 1');
  const start = req.startDate === undefined ? undefined : mustParseIsoDate(req.startDate);
  return scheduleOfWalk(walkSchedule(amount, monthlyRate, months, method, rounding), { amount, monthlyRate, months, method }, start);
}

/** The Decimal schedule of a walk (its rows, due dates from `start`, and the effective annual rate). */
export function scheduleOfWalk(
  walk: ScheduleWalk,
  loan: Pick<Schedule, 'amount' | 'monthlyRate' | 'months' | 'method'>,
  start?: CalendarDate,
): Schedule {
  const { scale } = walk;
  // Each distinct figure becomes a Decimal once: a row's opening balance is the row before's closing balance, and the
  // annuity's payment or the equal principal's principal repeats (Decimals are immutable, so rows may share them).
  const made = new Map<number | bigint, Dec>();
  const money = (units: number | bigint): Dec => {
    let value = made.get(units);
    if (value === undefined) made.set(units, (value = fromUnits(units, scale)));
    return value;
  };
  const rows: ScheduleRow[] = [];
  for (let i = 0; i < loan.months; i++) {
    rows.push({
      period: i + 1,
      dueDate: start ? formatIsoDate(addMonths(start, i + 1)) : null,
      openingBalance: money(walk.opening[i] as number | bigint),
      payment: money(walk.payment[i] as number | bigint),
      interest: money(walk.interest[i] as number | bigint),
      principal: money(walk.principal[i] as number | bigint),
      closingBalance: money(walk.closing[i] as number | bigint),
    });
  }
  const totalInterest = money(walk.totalInterest);
  return {
    ...loan,
    instalment: money(walk.instalment),
    maxPayment: money(walk.maxPayment),
    rows,
    totalInterest,
    totalPaid: loan.amount.plus(totalInterest),
    effectiveAnnualRate: effectiveAnnualRate(loan.monthlyRate),
  };
}

/**
 * A schedule's money in whole units of 10^−scale CNY: fen (scale 2), or finer when the amount has more decimals
 * (up to 20, docs/profile.md "Limits"). Numbers when every figure of the walk is provably below 2^53, bigints
 * otherwise (docs/capacity.md, "Integer fen").
 */
export type ScheduleWalk = UnitWalk<number> | UnitWalk<bigint>;

interface UnitWalk<T extends number | bigint> {
  readonly scale: number;
  /** Period by period (index k − 1). */
  readonly opening: readonly T[];
  readonly payment: readonly T[];
  readonly interest: readonly T[];
  readonly principal: readonly T[];
  readonly closing: readonly T[];
  /** The regular instalment: the annuity payment, or the first (largest) equal-principal payment. */
  readonly instalment: T;
  readonly maxPayment: T;
  readonly totalInterest: T;
}

/** A decimal as digits × 10^−scale (scale = its decimal places). */
export function scaled(value: Dec): { digits: bigint; scale: number } {
  const text = value.toFixed();
  const dot = text.indexOf('.');
  return dot < 0 ? { digits: BigInt(text), scale: 0 } : { digits: BigInt(text.slice(0, dot) + text.slice(dot + 1)), scale: text.length - dot - 1 };
}

/** A decimal with at most `scale` decimals in whole units of 10^−scale. */
export function toUnits(value: Dec, scale: number): bigint {
  const { digits, scale: own } = scaled(value);
  return digits * 10n ** BigInt(scale - own);
}

/** Whole units of 10^−scale CNY as a Decimal (exact: at most 35 significant digits). */
export function fromUnits(units: number | bigint, scale: number): Dec {
  return new D(`${units}e-${scale}`);
}

const TWO_53 = 2n ** 53n;
const MAX_DIGITS = 10n ** 40n;

/**
 * The schedule's arithmetic in integer units (docs/capacity.md, "Integer fen"). With the amount A and the rate
 * r = m ÷ 10^d in units of 10^−s (s = max(2, the amount's decimals)), the interest of a period is the balance × m
 * divided by 10^(d + s − 2) and rounded to a whole fen with the policy's mode: exactly the Decimal walk's
 * `roundFen(balance × r)`, whose product is exact when it has at most 40 digits (and rounded half-up to 40
 * digits first otherwise, as decimal.js does, which the bigint walk repeats). Number arithmetic when
 * (n + 1) × (A × (m + 10^d) + 10^s) < 2^53 and d + s ≤ 15: that bounds every product balance × m (the balance never
 * exceeds A), every payment (at most A plus a period's interest) and the total interest (n periods' interest, each at
 * most A × r + a fen), and 10^(d + s − 2) is an exact double; bigints otherwise.
 * The amount, rate and term are taken as valid (buildSchedule checks them); `growth` is (1 + r)^n when the caller has it.
 */
export function walkSchedule(
  amount: Dec, monthlyRate: Dec, months: number, method: RepaymentMethod, rounding: RoundingMode, growth?: Dec,
): ScheduleWalk {
  const rate = scaled(monthlyRate);
  const scale = Math.max(2, scaled(amount).scale);
  const amountUnits = toUnits(amount, scale);
  const fen = 10n ** BigInt(scale - 2);
  const divisor = 10n ** BigInt(rate.scale + scale - 2);
  // the regular payment: PMT rounded to the fen in Decimal (a rate's arithmetic), or amount ÷ n rounded to the fen
  // (exactly Decimal's roundFen(amount ÷ n): docs/capacity.md, "Integer fen")
  const annuity = method === 'annuity';
  const regular = annuity
    ? toUnits(roundFen(annuityPayment(amount, monthlyRate, months, growth), rounding), scale)
    : roundedQuotient(amountUnits, BigInt(months) * fen, rounding) * fen;
  const bound = BigInt(months + 1) * (amountUnits * (rate.digits + 10n ** BigInt(rate.scale)) + 10n ** BigInt(scale));
  if (bound < TWO_53 && rate.scale + scale <= 15)
    return walkNumber(scale, Number(amountUnits), Number(rate.digits), Number(divisor), Number(fen), Number(regular), months, annuity, rounding);
  const exactProducts = amountUnits * rate.digits < MAX_DIGITS;
  return walkBigInt(scale, amountUnits, rate.digits, divisor, fen, regular, months, annuity, rounding, exactProducts);
}

/** The walk on numbers (every figure below 2^53: see walkSchedule). */
function walkNumber(
  scale: number, amount: number, rate: number, divisor: number, fen: number, regular: number,
  months: number, annuity: boolean, rounding: RoundingMode,
): UnitWalk<number> {
  const w = { scale, opening: [] as number[], payment: [] as number[], interest: [] as number[], principal: [] as number[], closing: [] as number[] };
  let balance = amount;
  let totalInterest = 0;
  let maxPayment = 0;
  for (let period = 1; period <= months; period++) {
    const interest = roundedQuotientOfNumbers(balance * rate, divisor, rounding) * fen;
    // the whole balance in the last period; else the regular payment less interest (annuity) or the regular
    // principal (equal principal), never below 0 nor above the balance
    let principal = period === months ? balance : annuity ? regular - interest : regular;
    if (principal < 0) principal = 0;
    if (principal > balance) principal = balance;
    const payment = principal + interest;
    w.opening.push(balance);
    w.interest.push(interest);
    w.principal.push(principal);
    w.payment.push(payment);
    balance -= principal;
    w.closing.push(balance);
    totalInterest += interest;
    if (payment > maxPayment) maxPayment = payment;
  }
  return { ...w, instalment: annuity ? regular : (w.payment[0] as number), maxPayment, totalInterest };
}

/** The same walk on bigints, each product first rounded half-up to 40 digits when it may be longer (see walkSchedule). */
function walkBigInt(
  scale: number, amount: bigint, rate: bigint, divisor: bigint, fen: bigint, regular: bigint,
  months: number, annuity: boolean, rounding: RoundingMode, exactProducts: boolean,
): UnitWalk<bigint> {
  const w = { scale, opening: [] as bigint[], payment: [] as bigint[], interest: [] as bigint[], principal: [] as bigint[], closing: [] as bigint[] };
  let balance = amount;
  let totalInterest = 0n;
  let maxPayment = 0n;
  for (let period = 1; period <= months; period++) {
    const product = exactProducts ? balance * rate : toFortyDigits(balance * rate);
    const interest = roundedQuotient(product, divisor, rounding) * fen;
    let principal = period === months ? balance : annuity ? regular - interest : regular;
    if (principal < 0n) principal = 0n;
    if (principal > balance) principal = balance;
    const payment = principal + interest;
    w.opening.push(balance);
    w.interest.push(interest);
    w.principal.push(principal);
    w.payment.push(payment);
    balance -= principal;
    w.closing.push(balance);
    totalInterest += interest;
    if (payment > maxPayment) maxPayment = payment;
  }
  return { ...w, instalment: annuity ? regular : (w.payment[0] as bigint), maxPayment, totalInterest };
}

/** x ≥ 0 rounded half-up to 40 significant digits (what decimal.js does to a product at xcheck's precision). */
export function toFortyDigits(x: bigint): bigint {
  const extra = x.toString().length - 40;
  if (extra <= 0) return x;
  const unit = 10n ** BigInt(extra);
  return roundedQuotient(x, unit, 'half-up') * unit;
}

/** x ÷ m rounded to a whole number with the mode, for x ≥ 0 and m > 0. */
export function roundedQuotient(x: bigint, m: bigint, mode: RoundingMode): bigint {
  const q = x / m;
  const twice = (x % m) * 2n;
  return roundsUp(twice, m, q % 2n === 1n, mode) ? q + 1n : q;
}

/** The same on numbers below 2^53 (`%` of two such numbers is exact, and so is the division of x − rem by m). */
function roundedQuotientOfNumbers(x: number, m: number, mode: RoundingMode): number {
  const rem = x % m;
  const q = (x - rem) / m;
  return roundsUp(rem * 2, m, q % 2 === 1, mode) ? q + 1 : q;
}

/** Whether a quotient whose remainder × 2 is `twice` (of divisor m) rounds up. */
function roundsUp<T extends number | bigint>(twice: T, m: T, odd: boolean, mode: RoundingMode): boolean {
  switch (mode) {
    case 'half-up':
      return twice >= m;
    case 'half-even':
      return twice > m || (twice === m && odd);
    case 'down':
      return false;
    case 'up':
      return twice > (typeof twice === 'bigint' ? 0n : 0);
  }
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

