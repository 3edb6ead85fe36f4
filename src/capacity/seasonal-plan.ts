/**
 * Seasonal repayment plans (docs/capacity.md §6): schedules whose principal follows the client's season, for
 * the clients whose equal instalments fail in the slow months while the year covers them.
 *
 * Every plan pays each period's interest (the outstanding balance × the monthly rate, rounded to the fen with the
 * policy's mode, as the equal-instalment walk of schedule.ts does) and spreads the principal by weights, one per
 * period: period k repays ⌊loan × wₖ ÷ Σw⌋ to the fen and the last period the whole balance left, so Σ principal
 * is exactly the loan, the final balance exactly 0, and no principal is ever negative (each share is rounded down,
 * so the shares before the last never add up to more than the loan). The plans:
 * - `interest-only`: the listed periods pay interest only; the others equal principal (their weights 1);
 * - `grace`: principal grace (Fineract's moratorium on principal) — the first g periods pay interest only, the
 *   rest equal principal;
 * - `proportional`: principal in proportion to a weight per period (the surplus of the period's month);
 * - `balloon`: a share of the principal in one period (the peak), the rest in equal principal over the others.
 * The effective annual rate is (1 + IRR)^12 − 1 of the flows −loan, payment₁ … paymentₙ (irr.ts).
 */
import * as z from 'zod';
import { addMonths, type CalendarDate, formatIsoDate, mustParseIsoDate } from '../dates/index.js';
import { type Dec, D, ONE, type RoundingMode, toDecimal } from '../money/index.js';
import { type InputError, inputError, toInputErrors } from '../profile/errors.js';
import { isoDate, monthlyRate as rateField, positiveDecimal } from '../profile/fields.js';
import { endsBy9999 } from '../profile/schema.js';
import type { CapacityCheck, CapacityTerms } from './capacity.js';
import { irr } from './irr.js';
import { fromUnits, roundedQuotient, type Schedule, type ScheduleRow, scaled, toFortyDigits, toUnits } from './schedule.js';

export const SEASONAL_PLAN_KINDS = ['interest-only', 'grace', 'proportional', 'balloon'] as const;
export type SeasonalPlanKind = (typeof SEASONAL_PLAN_KINDS)[number];

/** How a plan spreads its principal. */
export type PlanShape =
  | { readonly kind: 'interest-only'; readonly periods: readonly number[] }
  | { readonly kind: 'grace'; readonly months: number }
  | { readonly kind: 'proportional'; readonly weights: readonly Dec[] }
  | { readonly kind: 'balloon'; readonly period: number; readonly share: Dec };

export interface SeasonalPlanRequest {
  readonly amount: Dec;
  /** Monthly rate as a fraction. */
  readonly monthlyRate: Dec;
  readonly months: number;
  readonly shape: PlanShape;
  /** Disbursement date (ISO); due dates are left null without it. */
  readonly startDate?: string;
  readonly rounding: RoundingMode;
}

export interface SeasonalPlan {
  readonly kind: SeasonalPlanKind;
  readonly amount: Dec;
  readonly monthlyRate: Dec;
  readonly months: number;
  /** The periods that repay no principal (interest only), ascending. */
  readonly interestOnlyPeriods: readonly number[];
  /** The balloon's period (`balloon` only, else null). */
  readonly balloonPeriod: number | null;
  readonly rows: readonly ScheduleRow[];
  /** The largest payment (what capacity must cover). */
  readonly maxPayment: Dec;
  readonly totalInterest: Dec;
  readonly totalPaid: Dec;
  /** (1 + IRR)^12 − 1 of the loan's flows; null when they have no rate (cannot happen for a valid plan). */
  readonly effectiveAnnualRate: Dec | null;
}

/** A plan's walk in whole units of 10^−scale CNY (fen when the amount has at most two decimals). */
export interface PlanWalk {
  readonly scale: number;
  readonly payment: readonly bigint[];
  readonly interest: readonly bigint[];
  readonly principal: readonly bigint[];
  /** Balance after each period. */
  readonly closing: readonly bigint[];
}

/** Why a plan's shape does not fit its term (the path of the offending field and a message code). */
export class PlanShapeError extends RangeError {}

/** Non-negative decimals as integers over one common scale (so that their ratios are exact). */
function commonUnits(values: readonly Dec[]): bigint[] {
  const scale = Math.max(0, ...values.map((v) => scaled(v).scale));
  return values.map((v) => toUnits(v, scale));
}

/**
 * The principal weight of each period, as integers (their sum may be 0: then the last period repays everything).
 * @throws PlanShapeError when the shape names a period outside the term, or a weight or share out of range.
 */
export function planWeights(shape: PlanShape, months: number): bigint[] {
  const inTerm = (k: number) => Number.isInteger(k) && k >= 1 && k <= months;
  switch (shape.kind) {
    case 'interest-only': {
      if (!shape.periods.every(inTerm)) throw new PlanShapeError('interest-only periods must be within the term');
      const none = new Set(shape.periods);
      return Array.from({ length: months }, (_, i) => (none.has(i + 1) ? 0n : 1n));
    }
    case 'grace':
      if (!Number.isInteger(shape.months) || shape.months < 0 || shape.months >= months)
        throw new PlanShapeError('the grace must be shorter than the term');
      return Array.from({ length: months }, (_, i) => (i < shape.months ? 0n : 1n));
    case 'proportional':
      if (shape.weights.length !== months) throw new PlanShapeError('one weight per period');
      if (!shape.weights.every((w) => w.isFinite() && !w.isNegative())) throw new PlanShapeError('weights must not be negative');
      return commonUnits(shape.weights);
    case 'balloon': {
      if (!inTerm(shape.period)) throw new PlanShapeError('the balloon period must be within the term');
      if (!shape.share.isFinite() || !shape.share.gt(0) || shape.share.gt(1)) throw new PlanShapeError('the balloon share must be above 0 and at most 1');
      if (months === 1) return [1n];
      // share σ = a ÷ 10^d at the balloon, (1 − σ) ÷ (n − 1) on each other period: over the denominator 10^d × (n − 1)
      const { digits: a, scale: d } = scaled(shape.share);
      const others = BigInt(months - 1);
      return Array.from({ length: months }, (_, i) => (i + 1 === shape.period ? a * others : 10n ** BigInt(d) - a));
    }
  }
}

/**
 * The walk in integer units: interest = balance × r rounded to the fen (the product rounded half-up to 40 digits
 * first when longer, as decimal.js and schedule.ts's walk do), principal = ⌊A × wₖ ÷ Σw⌋ to the fen, the whole
 * balance in the last period. Amount, rate and term are taken as valid (buildSeasonalPlan checks them).
 */
export function walkPlan(amount: Dec, monthlyRate: Dec, months: number, weights: readonly bigint[], rounding: RoundingMode): PlanWalk {
  const rate = scaled(monthlyRate);
  const scale = Math.max(2, scaled(amount).scale);
  const total = toUnits(amount, scale);
  const fen = 10n ** BigInt(scale - 2);
  const divisor = 10n ** BigInt(rate.scale + scale - 2);
  const exactProducts = total * rate.digits < 10n ** 40n;
  const sumW = weights.reduce((s, w) => s + w, 0n);
  const w = { scale, payment: [] as bigint[], interest: [] as bigint[], principal: [] as bigint[], closing: [] as bigint[] };
  let balance = total;
  for (let k = 1; k <= months; k++) {
    const product = balance * rate.digits;
    const interest = roundedQuotient(exactProducts ? product : toFortyDigits(product), divisor, rounding) * fen;
    const weight = weights[k - 1] ?? 0n;
    const principal = k === months ? balance : sumW === 0n ? 0n : ((total * weight) / (sumW * fen)) * fen;
    balance -= principal;
    w.interest.push(interest);
    w.principal.push(principal);
    w.payment.push(principal + interest);
    w.closing.push(balance);
  }
  return w;
}

/** (1 + IRR)^12 − 1 of −amount, then the payments a month apart. */
function annualRateOfPayments(amount: Dec, payments: readonly Dec[]): Dec | null {
  const monthly = irr([amount.negated(), ...payments]);
  return monthly === null ? null : monthly.plus(1).pow(12).minus(1);
}

/**
 * Builds a seasonal plan.
 * @throws RangeError (PlanShapeError for the shape) on invalid input; use `seasonalPlanFromInput` for unvalidated input.
 * @example
 * // 12,000 at 1% over 3 months, balloon of half in period 2: principal 3,000, 6,000, 3,000; interest 120, 90, 30
 * buildSeasonalPlan({ amount: D(12000), monthlyRate: D('0.01'), months: 3, shape: { kind: 'balloon', period: 2, share: D('0.5') }, rounding: 'half-up' })
 */
export function buildSeasonalPlan(req: SeasonalPlanRequest): SeasonalPlan {
  const { amount, monthlyRate, months, shape, rounding } = req;
  if (!amount.isFinite() || amount.lte(0)) throw new RangeError('amount must be greater than zero');
  if (!monthlyRate.isFinite() || monthlyRate.isNegative()) throw new RangeError('monthlyRate must not be negative');
  if (!Number.isInteger(months) || months < 1) throw new RangeError('months must be a whole number of at least 1');
  const weights = planWeights(shape, months);
  const walk = walkPlan(amount, monthlyRate, months, weights, rounding);
  const start: CalendarDate | undefined = req.startDate === undefined ? undefined : mustParseIsoDate(req.startDate);
  const money = (units: bigint) => fromUnits(units, walk.scale);
  const rows: ScheduleRow[] = [];
  let opening = amount;
  for (let i = 0; i < months; i++) {
    const closing = money(walk.closing[i] as bigint);
    rows.push({
      period: i + 1,
      dueDate: start ? formatIsoDate(addMonths(start, i + 1)) : null,
      openingBalance: opening,
      payment: money(walk.payment[i] as bigint),
      interest: money(walk.interest[i] as bigint),
      principal: money(walk.principal[i] as bigint),
      closingBalance: closing,
    });
    opening = closing;
  }
  const totalInterest = money(walk.interest.reduce((s, x) => s + x, 0n));
  const maxPayment = money(walk.payment.reduce((m, x) => (x > m ? x : m), 0n));
  return {
    kind: shape.kind,
    amount,
    monthlyRate,
    months,
    interestOnlyPeriods: walk.principal.flatMap((p, i) => (p === 0n ? [i + 1] : [])),
    balloonPeriod: shape.kind === 'balloon' ? shape.period : null,
    rows,
    maxPayment,
    totalInterest,
    totalPaid: amount.plus(totalInterest),
    effectiveAnnualRate: annualRateOfPayments(amount, rows.map((r) => r.payment)),
  };
}

const periodList = z.array(z.int({ error: 'wholeNumber' }).min(1, { error: 'positive' })).max(360, { error: 'termTooLong' });

/** A seasonal plan's input (the schedule's fields, the kind and its shape). */
export const seasonalPlanInputSchema = z
  .strictObject({
    amount: positiveDecimal,
    monthlyRate: rateField,
    months: z.int({ error: 'wholeNumber' }).min(1, { error: 'positive' }).max(360, { error: 'termTooLong' }),
    kind: z.enum(SEASONAL_PLAN_KINDS, { error: 'enum' }),
    /** interest-only: the periods that pay interest only. */
    interestOnlyPeriods: periodList.optional(),
    /** grace: how many first periods pay interest only. */
    graceMonths: z.int({ error: 'wholeNumber' }).min(0, { error: 'nonNegative' }).optional(),
    /** proportional: one weight per period (e.g. the surplus expected in its month), not negative. */
    weights: z.array(z.union([z.string(), z.number()])).max(360, { error: 'termTooLong' }).optional(),
    /** balloon: its period and its share of the principal (default 0.5). */
    balloonPeriod: z.int({ error: 'wholeNumber' }).min(1, { error: 'positive' }).optional(),
    balloonShare: positiveDecimal.optional(),
    startDate: isoDate.optional(),
    rounding: z.enum(['half-up', 'half-even'], { error: 'enum' }).optional(),
  })
  .refine((v) => endsBy9999(v.startDate, v.months), { error: 'afterYear9999', path: ['startDate'] });

export type SeasonalPlanInput = z.input<typeof seasonalPlanInputSchema>;

/** The shape's field an input error names, and its message code (texts: the catalogs' input errors). */
const shapeField: Record<SeasonalPlanKind, string> = {
  'interest-only': 'interestOnlyPeriods',
  grace: 'graceMonths',
  proportional: 'weights',
  balloon: 'balloonPeriod',
};

const DECIMAL_TEXT = /^\d+(\.\d+)?$/;

/** Validates plain input and builds the plan; never throws. */
export function seasonalPlanFromInput(input: unknown): { ok: true; plan: SeasonalPlan } | { ok: false; errors: InputError[] } {
  const parsed = seasonalPlanInputSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: toInputErrors(parsed.error.issues) };
  const v = parsed.data;
  const field = shapeField[v.kind];
  const invalid = (code: 'required' | 'nonNegative' | 'planShape'): { ok: false; errors: InputError[] } => ({
    ok: false,
    errors: [inputError({ path: field, code })],
  });
  let shape: PlanShape;
  switch (v.kind) {
    case 'interest-only':
      shape = { kind: 'interest-only', periods: v.interestOnlyPeriods ?? [] };
      break;
    case 'grace':
      if (v.graceMonths === undefined) return invalid('required');
      shape = { kind: 'grace', months: v.graceMonths };
      break;
    case 'proportional': {
      const weights = v.weights ?? [];
      const texts = weights.map((w) => (typeof w === 'number' ? (Number.isFinite(w) ? toDecimal(w).toFixed() : '') : w.trim()));
      if (!texts.every((t) => DECIMAL_TEXT.test(t))) return invalid('nonNegative');
      shape = { kind: 'proportional', weights: texts.map((t) => D(t)) };
      break;
    }
    case 'balloon':
      if (v.balloonPeriod === undefined) return invalid('required');
      shape = { kind: 'balloon', period: v.balloonPeriod, share: v.balloonShare === undefined ? D('0.5') : toDecimal(v.balloonShare) };
      break;
  }
  const request: SeasonalPlanRequest = {
    amount: toDecimal(v.amount),
    monthlyRate: toDecimal(v.monthlyRate),
    months: v.months,
    shape,
    ...(v.startDate ? { startDate: v.startDate } : {}),
    rounding: v.rounding ?? 'half-up',
  };
  try {
    return { ok: true, plan: buildSeasonalPlan(request) };
  } catch (error) {
    if (error instanceof PlanShapeError) return invalid('planShape');
    throw error;
  }
}

/** The plan the recommendation proposes, with its own month-by-month capacity. */
export interface SeasonalProposal {
  readonly plan: SeasonalPlan;
  /** The plan's capacity, month by month, under the policy's limit and basis. */
  readonly check: CapacityCheck;
  /** The periods in which equal instalments fail: above the limit, or short of the surplus. */
  readonly slowPeriods: readonly number[];
}

/**
 * The month-by-month test (capacity.ts's `checkCapacity` with the loan's terms: passed in, so that this module does
 * not import capacity.ts, which imports it). It reads a schedule's term and rows (payments) only; a plan has no single
 * repayment method, so it is checked as such a view of itself (the method, instalment and rate are never read).
 */
export type CheckSchedule = (schedule: Schedule) => CapacityCheck;

const scheduleView = (plan: SeasonalPlan): Schedule => ({ ...plan, method: 'annuity', instalment: plan.maxPayment, effectiveAnnualRate: ONE });

/**
 * The seasonal plan to propose for the requested loan, or null (docs/capacity.md §6). Only when equal instalments
 * fail (some period above the limit, or uncovered) while the year covers them: Σ payments ≤ limit × Σ surplus and
 * the opening buffer + Σ surplus ≥ Σ payments over the term. The candidates, with the same amount, rate and term:
 * principal in proportion to each period's surplus (0 where it is not positive); interest only in the slow periods;
 * principal grace over the slow periods the loan starts with; half the principal as a balloon in the period of
 * the highest surplus (the first of equals). Each is checked month by month like the requested loan; of those that
 * meet the limit and leave no period uncovered, the one with the least interest (the first of equals, in that order).
 */
export function proposeSeasonalPlan(
  requested: Schedule,
  check: CapacityCheck,
  terms: CapacityTerms,
  rounding: RoundingMode,
  checkCapacity: CheckSchedule,
): SeasonalProposal | null {
  if (!check.exceeded && check.uncoveredPeriods.length === 0) return null;
  let paid = D(0);
  let surplus = D(0);
  for (const m of check.months) {
    paid = paid.plus(m.payment);
    surplus = surplus.plus(m.surplus);
  }
  if (paid.gt(terms.limit.times(surplus)) || terms.openingBuffer.plus(surplus).lt(paid)) return null;
  const slow = check.months.filter((m) => m.payment.gt(terms.limit.times(m.surplus)) || m.status !== 'covered').map((m) => m.period);
  const n = requested.months;
  const shapes: PlanShape[] = [{ kind: 'proportional', weights: check.months.map((m) => D.max(m.surplus, 0)) }];
  if (slow.length < n) shapes.push({ kind: 'interest-only', periods: slow });
  const leading = slow.findIndex((k, i) => k !== i + 1);
  const grace = leading < 0 ? slow.length : leading;
  if (grace > 0 && grace < n) shapes.push({ kind: 'grace', months: grace });
  const peak = check.months.reduce((best, m) => (m.surplus.gt(best.surplus) ? m : best), check.months[0] as (typeof check.months)[number]);
  shapes.push({ kind: 'balloon', period: peak.period, share: D('0.5') });
  let best: SeasonalProposal | null = null;
  for (const shape of shapes) {
    const plan = buildSeasonalPlan({
      amount: requested.amount,
      monthlyRate: requested.monthlyRate,
      months: n,
      shape,
      startDate: formatIsoDate(terms.start),
      rounding,
    });
    const planCheck = checkCapacity(scheduleView(plan));
    if (planCheck.exceeded || planCheck.uncoveredPeriods.length > 0) continue;
    if (best === null || plan.totalInterest.lt(best.plan.totalInterest)) best = { plan, check: planCheck, slowPeriods: slow };
  }
  return best;
}
