/**
 * Repayment capacity (还款能力): the new loan's instalments against the monthly disposable surplus
 * (月可支配盈余 = business profit + other household income − household expenses − existing instalments,
 * from the P&L, before the new loan), month by month from the disbursement date, with a cash buffer
 * carried from month to month; and, solved exactly, the largest affordable amount and the sales drop
 * the loan can bear. Pure: the statements and the policy in, Decimals out. Method: docs/capacity.md.
 *
 * - Period k of the loan falls due in the calendar month of `start + k months`; its surplus is the P&L's
 *   surplus of that calendar month (the twelve months of a seasonal profile, or the even monthly figure).
 *   Existing instalments are taken to run through the whole term (conservative).
 * - Limit (policy.capacity.limit, default 70%): worst-month basis — in every period, payment ≤ limit × surplus;
 *   whole-term basis — Σ payments ≤ limit × Σ surplus. A period whose surplus is 0 or less cannot carry a payment.
 * - Buffer: buffer₀ = the opening buffer (policy.capacity.openingBuffer: 0, or cash + bank);
 *   after period k: buffer + surplus − payment. A period whose surplus is below its payment is a shortfall,
 *   covered when the buffer carried from earlier months pays the difference, uncovered otherwise; after an
 *   uncovered period the buffer restarts at 0 and the gap is what the applicant must find outside the business.
 * - Every payment is linear in the amount (annuity: P × a(r, n); equal principal: P × (1 + r(n − k + 1)) / n), so
 *   the largest amount meeting the limit in each window and keeping every buffer prefix non-negative is a
 *   minimum of ratios, solved in closed form; it is then rounded down to the policy's multiple and checked
 *   against the real fen-rounded schedule (stepping down one multiple while it fails).
 * - Stress: surplus(m) falls by d × gross profit(m) when sales fall by d with the margin unchanged, so the drop
 *   at which each constraint binds is linear too.
 */
import { addMonths, type CalendarDate, formatIsoDate } from '../dates/index.js';
import { type Dec, D, ONE, ZERO, floorToMultiple, sum, timesRoundedUp, toDecimal } from '../money/index.js';
import type { SkipReason } from '../rules/types.js';
import type { Policy } from '../profile/policy.js';
import type { RepaymentMethod } from '../profile/schema.js';
import type { ProfileData } from '../profile/domain.js';
import type { Statements } from '../statements/index.js';
import { buildFundingPlan, type FundingPlan } from './funding-plan.js';
import { annuityPayment, buildSchedule, RatePowers, type Schedule, scheduleTotals, walkSchedule } from './schedule.js';

export type CapacityBasis = Policy['capacity']['basis'];
/** covered: surplus ≥ payment; buffer: the carried buffer pays the difference; uncovered: it does not. */
export type MonthStatus = 'covered' | 'buffer' | 'uncovered';

/** What the capacity test holds fixed while the loan varies. */
export interface CapacityTerms {
  readonly limit: Dec;
  readonly basis: CapacityBasis;
  readonly openingBuffer: Dec;
  /** Disposable surplus before the new loan, January to December. */
  readonly surplusByMonth: readonly Dec[];
  /** Gross profit, January to December (for the stress test). */
  readonly grossProfitByMonth: readonly Dec[];
  /** The disbursement date: period k falls due in the month of start + k months. */
  readonly start: CalendarDate;
}

export interface CapacityMonth {
  readonly period: number;
  readonly dueDate: string;
  /** Calendar month of the due date, 1 = January. */
  readonly calendarMonth: number;
  readonly surplus: Dec;
  readonly payment: Dec;
  /** payment ÷ surplus; null when the surplus is 0 or less. */
  readonly ratio: Dec | null;
  /** surplus − payment. */
  readonly net: Dec;
  readonly bufferBefore: Dec;
  readonly bufferAfter: Dec;
  readonly status: MonthStatus;
  /** For an uncovered period: payment − surplus − buffer before (what must come from outside). */
  readonly gap: Dec;
}

/** The window of periods the limit is tested on: one period (worst-month) or the whole term. */
export interface CapacityWindow {
  readonly periods: readonly number[];
  readonly payment: Dec;
  readonly surplus: Dec;
  /** payment ÷ surplus; null when the surplus is 0 or less. */
  readonly ratio: Dec | null;
}

export interface CapacityCheck {
  readonly months: readonly CapacityMonth[];
  /** The window with the highest ratio (a window without positive surplus counts as the highest). */
  readonly worst: CapacityWindow;
  /** Some window's payment > limit × surplus. */
  readonly exceeded: boolean;
  readonly shortfallPeriods: readonly number[];
  readonly bufferPeriods: readonly number[];
  readonly uncoveredPeriods: readonly number[];
  /** Σ gap over uncovered periods. */
  readonly uncoveredGap: Dec;
  /** Σ (payment − surplus) over shortfall periods. */
  readonly totalShortfall: Dec;
}

export interface AffordableAmount {
  readonly termMonths: number;
  readonly method: RepaymentMethod;
  /** The closed-form bound before rounding (0 when nothing is affordable). */
  readonly exact: Dec;
  /** Rounded down to the policy multiple and checked against the fen-rounded schedule. */
  readonly amount: Dec;
  /** The binding constraint: the limit on a window, or the buffer up to a period. */
  readonly binding: { readonly kind: 'limit' | 'buffer'; readonly periods: readonly number[] } | null;
  /** The schedule's instalment at `amount` (the annuity payment, or the first equal-principal payment; null when 0). */
  readonly instalment: Dec | null;
  /** The schedule's total interest at `amount` (null when it is 0). */
  readonly totalInterest: Dec | null;
  /** The schedule at `amount` (null when it is 0), built when first read. */
  readonly schedule: Schedule | null;
}

export interface Stress {
  /** The sales drop (fraction) at which the limit is crossed; negative when it already is; null when sales do not matter. */
  readonly salesDropToLimit: Dec | null;
  readonly limitPeriods: readonly number[];
  /** The sales drop at which some period is no longer covered even with the carried buffer. */
  readonly salesDropToShortfall: Dec | null;
  readonly shortfallPeriod: number | null;
}

export interface LoanCapacity {
  readonly amount: Dec;
  readonly monthlyRate: Dec;
  readonly termMonths: number;
  readonly method: RepaymentMethod;
  readonly startDate: string;
  /** disbursementDate from the loan request, or the analysis date when it has none. */
  readonly startSource: 'disbursementDate' | 'analysisDate';
  readonly limit: Dec;
  readonly basis: CapacityBasis;
  readonly openingBuffer: Dec;
  readonly openingBufferSource: Policy['capacity']['openingBuffer'];
  readonly schedule: Schedule;
  readonly check: CapacityCheck;
  readonly maxAmount: AffordableAmount;
  /** The largest affordable amount for each of the policy's alternative terms; null when the extras were not asked for. */
  readonly alternatives: readonly AffordableAmount[] | null;
  /** null when the extras were not asked for. */
  readonly stress: Stress | null;
  readonly roundingMultiple: Dec;
  readonly minimumAmount: Dec;
}

export interface CapacityAnalysis {
  /** null when the profile has no loan request (then `skipped` says so). */
  readonly loan: LoanCapacity | null;
  readonly skipped: {
    /** Why, as data: `no-loan-request` (texts in the catalogs' `decision` section, `stageSkips`). */
    readonly skip: SkipReason & { readonly code: 'no-loan-request' };
    readonly missing: readonly string[];
  } | null;
  /** null when the extras were not asked for. */
  readonly fundingPlan: FundingPlan | null;
}

/** What the capacity stage computes beyond the decision. */
export interface CapacityOptions {
  /**
   * The extras: alternative terms, stress test and funding plan (docs/capacity.md). Default true here; the decision
   * (the schedule, the month-by-month check, the largest affordable amount for the requested term) needs none of them.
   */
  readonly extras?: boolean;
}

const monthOf = (terms: CapacityTerms, period: number): CalendarDate => addMonths(terms.start, period);
const at = (list: readonly Dec[], month: number): Dec => list[month - 1] ?? ZERO;
const ratioOf = (payment: Dec, surplus: Dec): Dec | null => (surplus.gt(0) ? payment.div(surplus) : null);

/** Period windows the limit applies to. */
function windows(basis: CapacityBasis, months: number): number[][] {
  const all = Array.from({ length: months }, (_, i) => i + 1);
  return basis === 'worst-month' ? all.map((k) => [k]) : [all];
}

/**
 * Quotients of repeated operands: a figure whose operands equal those of the last one computed, or of the last one
 * computed for the same calendar month, takes its value (equal operands give the same Decimal). Annuity: every
 * period but the last repeats the payment, so a flat year needs one division and a seasonal one twelve.
 */
class RepeatedQuotients {
  private last: { operands: readonly Dec[]; value: Dec } | undefined;
  private readonly byMonth: ({ operands: readonly Dec[]; value: Dec } | undefined)[] = [];
  get(month: number, operands: readonly Dec[], compute: () => Dec): Dec {
    const same = (hit: { operands: readonly Dec[] } | undefined) =>
      hit !== undefined && hit.operands.every((x, i) => x === operands[i] || x.eq(operands[i] as Dec));
    const last = this.last;
    if (same(last)) return (last as { value: Dec }).value;
    const hit = this.byMonth[month - 1];
    const value = hit !== undefined && same(hit) ? hit.value : compute();
    this.last = this.byMonth[month - 1] = { operands, value };
    return value;
  }
}

/**
 * Runs the month-by-month test of a schedule. On the worst-month basis each window is one period, its payment,
 * surplus and ratio that period's (Σ of one figure is that figure: the figures come out of D's arithmetic, at most
 * 40 significant digits).
 */
export function checkCapacity(schedule: Schedule, terms: CapacityTerms): CapacityCheck {
  const months: CapacityMonth[] = [];
  const ratios = new RepeatedQuotients();
  let buffer = terms.openingBuffer;
  for (const row of schedule.rows) {
    const due = monthOf(terms, row.period);
    const surplus = at(terms.surplusByMonth, due.month);
    const net = surplus.minus(row.payment);
    const after = buffer.plus(net);
    const status: MonthStatus = !net.isNegative() ? 'covered' : !after.isNegative() ? 'buffer' : 'uncovered';
    months.push({
      period: row.period,
      dueDate: formatIsoDate(due),
      calendarMonth: due.month,
      surplus,
      payment: row.payment,
      ratio: surplus.gt(0) ? ratios.get(due.month, [row.payment, surplus], () => row.payment.div(surplus)) : null,
      net,
      bufferBefore: buffer,
      bufferAfter: status === 'uncovered' ? ZERO : after,
      status,
      gap: status === 'uncovered' ? after.negated() : ZERO,
    });
    buffer = status === 'uncovered' ? ZERO : after;
  }
  let worst: CapacityWindow | null = null;
  let exceeded = false;
  const consider = (periods: () => number[], payment: Dec, surplus: Dec, ratio: Dec | null) => {
    if (worst === null || (worst.ratio !== null && (ratio === null || ratio.gt(worst.ratio))))
      worst = { periods: periods(), payment, surplus, ratio };
  };
  if (terms.basis === 'worst-month') {
    // limit × surplus once per repeated surplus
    const allowed = new RepeatedQuotients();
    for (const m of months) {
      if (m.payment.gt(allowed.get(m.calendarMonth, [m.surplus], () => terms.limit.times(m.surplus)))) exceeded = true;
      consider(() => [m.period], m.payment, m.surplus, m.ratio);
    }
  } else {
    const payment = sum(months.map((m) => m.payment));
    const surplus = sum(months.map((m) => m.surplus));
    if (payment.gt(terms.limit.times(surplus))) exceeded = true;
    consider(() => months.map((m) => m.period), payment, surplus, ratioOf(payment, surplus));
  }
  const shortfall = months.filter((m) => m.status !== 'covered');
  const uncovered = months.filter((m) => m.status === 'uncovered');
  return {
    months,
    worst: worst as unknown as CapacityWindow,
    exceeded,
    shortfallPeriods: shortfall.map((m) => m.period),
    bufferPeriods: months.filter((m) => m.status === 'buffer').map((m) => m.period),
    uncoveredPeriods: uncovered.map((m) => m.period),
    // Σ gap over every month: the covered and buffer months' gaps are 0, and adding 0 leaves a sum as it is
    uncoveredGap: sum(uncovered.map((m) => m.gap)),
    totalShortfall: sum(shortfall.map((m) => m.net.negated())),
  };
}

/** Payment of each period per unit of amount, before fen rounding. */
export function paymentCoefficients(monthlyRate: Dec, months: number, method: RepaymentMethod, powers?: RatePowers): Dec[] {
  if (method === 'annuity') {
    const a = annuityPayment(ONE, monthlyRate, months, powers);
    return Array.from({ length: months }, () => a);
  }
  // equal principal: 1/n of the amount, plus interest on the (n − k + 1)/n still owed
  return Array.from({ length: months }, (_, i) => ONE.plus(monthlyRate.times(months - i)).div(months));
}

interface Loan {
  readonly monthlyRate: Dec;
  readonly months: number;
  readonly method: RepaymentMethod;
  readonly rounding: Policy['rounding'];
}

/**
 * Whether payments (period 1..n) meet the limit in every window and leave no period uncovered: exactly
 * `!check.exceeded && check.uncoveredPeriods.length === 0` of `checkCapacity`, without building its months
 * (no ratios, no due dates). `surplus` is the surplus of each period.
 */
function fits(payments: readonly Dec[], surplus: readonly Dec[], terms: CapacityTerms): boolean {
  let buffer = terms.openingBuffer;
  for (let k = 0; k < payments.length; k++) {
    const net = (surplus[k] as Dec).minus(payments[k] as Dec);
    const after = buffer.plus(net);
    if (net.isNegative() && after.isNegative()) return false; // uncovered
    buffer = after;
  }
  for (const periods of windows(terms.basis, payments.length)) {
    const payment = sum(periods.map((k) => payments[k - 1] as Dec));
    const windowSurplus = sum(periods.map((k) => surplus[k - 1] as Dec));
    if (payment.gt(terms.limit.times(windowSurplus))) return false;
  }
  return true;
}

function scheduleAt(amount: Dec, loan: Loan, terms: CapacityTerms, powers?: RatePowers): Schedule {
  return buildSchedule({ amount, ...loan, startDate: formatIsoDate(terms.start) }, powers);
}

/** A limit below 1 by more than any rounding of the bound search can add up to (see `bufferCannotBind`). */
const SAFE_LIMIT = D('0.999999999999999999999999999999');
/** Bounds above this are verified on the schedule itself (the fen margins below are proven for smaller sums). */
const PROOF_CEILING = D('1e15');
const FEN = D('0.01');
const HALF_FEN = D('0.005');

/**
 * What the affordable-amount searches of one analysis share: the surplus of each period from period 1 and the
 * buffer room (opening buffer + Σ surplus up to each period), each computed once for the longest term.
 */
export class PeriodSurplus {
  private readonly surplus: Dec[] = [];
  private readonly room: Dec[] = [];
  /** The multiple's reciprocal when the multiple is a power of ten (then ÷ multiple is an exact × reciprocal). */
  private readonly reciprocals = new Map<Dec, Dec | null>();
  constructor(readonly terms: CapacityTerms) {}
  /** Surplus of periods 1..n (index k − 1). */
  surplusTo(n: number): readonly Dec[] {
    const s = this.surplus;
    for (let k = s.length + 1; k <= n; k++) s.push(at(this.terms.surplusByMonth, monthOf(this.terms, k).month));
    return s;
  }
  /** Opening buffer + Σ surplus of periods 1..k (index k − 1), summed in period order. */
  roomTo(n: number): readonly Dec[] {
    const s = this.surplusTo(n);
    const r = this.room;
    for (let k = r.length + 1; k <= n; k++) r.push((k === 1 ? this.terms.openingBuffer : (r[k - 2] as Dec)).plus(s[k - 1] as Dec));
    return r;
  }
  /** floorToMultiple(value, multiple), the same Decimal: for a power of ten the division is an exact shift. */
  floorTo(value: Dec, multiple: Dec): Dec {
    let reciprocal = this.reciprocals.get(multiple);
    if (reciprocal === undefined) {
      // 10^e has one significant digit, 1; its reciprocal 10^−e is exact, and so is v × 10^−e (= v ÷ 10^e)
      reciprocal = multiple.gt(0) && multiple.sd() === 1 && multiple.toFixed().replace(/[0.]/g, '') === '1' ? ONE.div(multiple) : null;
      this.reciprocals.set(multiple, reciprocal);
    }
    return reciprocal === null ? floorToMultiple(value, multiple) : value.times(reciprocal).floor().times(multiple);
  }
}

type Candidate = { bound: Dec; kind: 'limit' | 'buffer'; periods: number[] };

/**
 * The coefficients c₁..cₙ of paymentCoefficients, each computed on first use: annuity one value; equal principal
 * (1 + r(n − k + 1)) ÷ n, non-increasing in k (r ≥ 0 and every step rounds monotonically).
 */
function coefficientsOf(loan: Loan, powers?: RatePowers): (k: number) => Dec {
  if (loan.method === 'annuity') {
    const a = annuityPayment(ONE, loan.monthlyRate, loan.months, powers);
    return () => a;
  }
  const c: (Dec | undefined)[] = [];
  return (k) => (c[k - 1] ??= ONE.plus(loan.monthlyRate.times(loan.months - k + 1)).div(loan.months));
}

/**
 * The first strictly smallest bound over the limit windows and the buffer prefixes: exactly the bound and binding
 * constraint of the direct search (every candidate divided out; test/capacity/max-affordable.property.test.ts).
 * A candidate that provably cannot be strictly below the best so far is skipped without its division:
 * - once the bound is 0 nothing can be below it (a window or prefix without positive surplus gives 0);
 * - worst month: the coefficients never increase from one period to the next, so a later window whose surplus is
 *   not below the best window's has a bound limit × s ÷ c not below it (correctly rounded products and quotients
 *   are monotonic);
 * - a buffer prefix room ÷ cPrefix is not below the best bound B when room ≥ B × cPrefix rounded up, and no
 *   prefix can bind at all in the case of `bufferCannotBind`.
 */
function boundOf(loan: Loan, terms: CapacityTerms, shared: PeriodSurplus, c: (k: number) => Dec): Candidate {
  const n = loan.months;
  const s = shared.surplusTo(n);
  let best: Candidate | null = null;
  if (terms.basis === 'worst-month') {
    let bestSurplus: Dec | null = null;
    for (let k = 1; k <= n; k++) {
      const sk = s[k - 1] as Dec;
      if (!sk.gt(0)) return { bound: ZERO, kind: 'limit', periods: [k] };
      if (bestSurplus !== null && !sk.lt(bestSurplus)) continue;
      const bound = terms.limit.times(ZERO.plus(sk)).div(c(k));
      if (best === null || bound.lt(best.bound)) {
        best = { bound, kind: 'limit', periods: [k] };
        bestSurplus = sk;
      }
    }
  } else {
    const periods = Array.from({ length: n }, (_, i) => i + 1);
    let ss = ZERO;
    for (let k = 1; k <= n; k++) ss = ss.plus(s[k - 1] as Dec);
    if (!ss.gt(0)) return { bound: ZERO, kind: 'limit', periods };
    let cs = ZERO;
    for (let k = 1; k <= n; k++) cs = cs.plus(c(k));
    best = { bound: terms.limit.times(ss).div(cs), kind: 'limit', periods };
  }
  let found = best as Candidate;
  if (bufferCannotBind(terms, n)) return found;
  const room = shared.roomTo(n);
  let cPrefix = ZERO;
  for (let k = 1; k <= n; k++) {
    cPrefix = cPrefix.plus(c(k));
    const r = room[k - 1] as Dec;
    if (!r.gt(0)) {
      if (found.bound.gt(0)) found = { bound: ZERO, kind: 'buffer', periods: [k] };
      return found;
    }
    if (!r.lt(timesRoundedUp(found.bound, cPrefix))) continue;
    const bound = r.div(cPrefix);
    if (bound.lt(found.bound)) found = { bound, kind: 'buffer', periods: [k] };
  }
  return found;
}

/**
 * On the worst-month basis with every surplus positive (the bound B is then positive: the caller has returned
 * otherwise), an opening buffer not below 0 and a limit below 1 by more than 10⁻³⁰, no buffer prefix can be
 * strictly below B. Each window's bound is at least B, so B × cₖ ≤ limit × sₖ × (1 + ε)² with ε = 5 × 10⁻⁴⁰ (half
 * an ulp at 40 digits); summed, B × cPrefix ≤ limit × Σ s × (1 + ε)^(k+2) while room ≥ Σ s × (1 − ε)^k (sums of
 * positive terms, each rounded), and limit × (1 + ε)^(2k+2) < 1 for k ≤ 1,000 terms. So room ≥ B × cPrefix and the
 * rounded room ÷ cPrefix is not below B.
 */
function bufferCannotBind(terms: CapacityTerms, months: number): boolean {
  return terms.basis === 'worst-month' && months <= 1000 && !terms.openingBuffer.isNegative() && terms.limit.lte(SAFE_LIMIT);
}

/**
 * Whether the fen-rounded schedule at `amount` (rounded down from the bound `exact`) provably meets the limit in
 * every window and keeps every buffer prefix covered, without building it. Every payment is at most
 * amount × cₖ + M (M below), every coefficient at least 1/n, and exact × (a window's or prefix's Σ c) is at most its
 * limit × Σ surplus or room (up to 40-digit rounding, far below a fen for sums under 10¹⁵); so when
 * (exact − amount) ÷ n ≥ M, each window's and prefix's payments are within it. M, per payment:
 * - annuity: the regular instalment R = PMT rounded is within half a fen of amount × a, and no earlier payment
 *   exceeds R; each period's rounded interest and R move the balance by at most a fen from the unrounded
 *   schedule's, which grows by (1 + r) a period, so the last payment is within 0.005 + 0.01 × Σᵢ₌₁ⁿ⁻¹ (1 + r)ⁱ
 *   + 0.005 ≤ 0.01 × n × (1 + r)ⁿ of amount × a: M = 0.01 × n × (1 + r)ⁿ + 0.01;
 * - equal principal: the principal amount ÷ n rounded is within half a fen, the balance after k periods within
 *   k half fen, so each payment is within 0.005 × (n + 1) × (1 + r) + 0.005 of amount × cₖ: M = 0.005 × (n + 1) ×
 *   (1 + r) + 0.01.
 * (test/capacity/reference.property.test.ts checks the payment margins on random schedules.)
 */
export function paymentMargin(loan: Pick<Loan, 'monthlyRate' | 'months' | 'method'>, powers?: RatePowers): Dec {
  const { monthlyRate: r, months: n } = loan;
  if (loan.method === 'annuity') {
    const growth = r.isZero() ? ONE : powers !== undefined && powers.monthlyRate.eq(r) ? powers.pow(n) : r.plus(1).pow(n);
    return FEN.times(n).times(growth).plus(FEN);
  }
  return HALF_FEN.times(n + 1).times(r.plus(1)).plus(FEN);
}

function provablyFits(exact: Dec, amount: Dec, loan: Loan, powers?: RatePowers): boolean {
  return exact.lt(PROOF_CEILING) && !exact.minus(amount).lt(paymentMargin(loan, powers).times(loan.months));
}

/**
 * Whether the fen-rounded schedule at `amount` meets the limit and leaves no period uncovered, checked on its
 * payments (the straightforward way, when the margin cannot prove it).
 */
function fitsAt(amount: Dec, loan: Loan, s: readonly Dec[], terms: CapacityTerms, powers?: RatePowers): boolean {
  const payments: Dec[] = [];
  walkSchedule(amount, loan.monthlyRate, loan.months, loan.method, loan.rounding, powers, (_, __, payment) => payments.push(payment));
  return fits(payments, s, terms);
}

/** An affordable amount whose schedule is built only when read (the report needs its instalment and interest). */
function affordable(
  base: Omit<AffordableAmount, 'schedule' | 'instalment' | 'totalInterest'>,
  loan: Loan,
  terms: CapacityTerms,
  powers?: RatePowers,
): AffordableAmount {
  const amount = base.amount;
  if (!amount.gt(0)) return { ...base, instalment: null, totalInterest: null, schedule: null };
  const figures = scheduleTotals(amount, loan.monthlyRate, loan.months, loan.method, loan.rounding, powers);
  let schedule: Schedule | undefined;
  return Object.defineProperty({ ...base, instalment: figures.instalment, totalInterest: figures.totalInterest }, 'schedule', {
    enumerable: true,
    get: () => (schedule ??= scheduleAt(amount, loan, terms, powers)),
  }) as AffordableAmount;
}

/**
 * The largest amount for a term and method that meets the limit and leaves no period uncovered,
 * rounded down to `multiple`.
 *
 * @example
 * // surplus 29,000 a month, limit 70%: 20,300 ÷ 0.090484965… = 224,346.… → 224,000 (1.29%, 12 months, annuity)
 */
export function maxAffordable(
  loan: Loan,
  terms: CapacityTerms,
  multiple: Dec,
  powers?: RatePowers,
  shared: PeriodSurplus = new PeriodSurplus(terms),
): AffordableAmount {
  const found = boundOf(loan, terms, shared, coefficientsOf(loan, powers));
  // D.max(bound, 0) as the direct search keeps it (a copy: the same value; bounds are never negative)
  const exact = D.max(found.bound, ZERO);
  const binding = { kind: found.kind, periods: found.periods };
  let amount = shared.floorTo(exact, multiple);
  // The bound is exact before fen rounding; the rounded schedule may miss it by a few fen. Proven to fit in the
  // common case; otherwise checked on the schedule's payments, stepping down one multiple while it fails (one step
  // in practice; capped so that a tiny multiple can never loop long).
  if (amount.gt(0) && !provablyFits(exact, amount, loan, powers)) {
    const s = shared.surplusTo(loan.months);
    let step = 0;
    for (; step < 100 && amount.gt(0); step++) {
      if (fitsAt(amount, loan, s, terms, powers)) break;
      amount = D.max(amount.minus(multiple), ZERO);
    }
    if (step === 100) amount = ZERO;
  }
  return affordable({ termMonths: loan.months, method: loan.method, exact, amount, binding }, loan, terms, powers);
}

/** Exact products of two D figures (at most 40 digits each: at most 80 digits), for comparing quotients. */
const DExact = D.clone({ precision: 100 });
/** Whether a ÷ b ≥ c ÷ d for b, d > 0, exactly (cross-multiplied). */
const quotientNotBelow = (a: Dec, b: Dec, c: Dec, d: Dec): boolean => !new DExact(a).times(d).lt(new DExact(c).times(b));

/**
 * The sales drops at which the schedule crosses the limit and at which a period goes uncovered. Each is the first
 * strictly smallest of the windows' (or prefixes') drops; a window whose payment, surplus and gross profit are
 * those of an earlier window of the same calendar month takes its drop (the same operands), and a prefix whose
 * exact quotient room ÷ Σ gross profit is not below the best prefix's cannot round below it (so is not divided).
 */
export function stressTest(schedule: Schedule, terms: CapacityTerms): Stress {
  const n = schedule.months;
  const p = schedule.rows.map((r) => r.payment);
  const due = p.map((_, i) => monthOf(terms, i + 1).month);
  const s = due.map((m) => at(terms.surplusByMonth, m));
  const g = due.map((m) => at(terms.grossProfitByMonth, m));
  let toLimit: { d: Dec; periods: number[]; ps: Dec; ss: Dec; gs: Dec } | null = null;
  // payment = limit × (surplus − d × gross profit)  ⇒  d = (surplus − payment / limit) / gross profit
  // payment ÷ limit once per repeated payment (an annuity's months share it, whatever their surplus)
  let perLimit: { ps: Dec; value: Dec } | null = null;
  const dropOf = (ps: Dec, ss: Dec, gs: Dec) => {
    if (perLimit === null || !perLimit.ps.eq(ps)) perLimit = { ps, value: ps.div(terms.limit) };
    return ss.minus(perLimit.value).div(gs);
  };
  if (terms.basis === 'worst-month') {
    // Σ of one figure is that figure (D's results have at most 40 digits)
    const drops = new RepeatedQuotients();
    for (let k = 1; k <= n; k++) {
      const gs = g[k - 1] as Dec;
      if (!gs.gt(0)) continue;
      const ps = p[k - 1] as Dec;
      const ss = s[k - 1] as Dec;
      // the drop is monotonic in each operand (correctly rounded steps): with the best window's gross profit, a
      // surplus not below and a payment not above its own, the drop is not below the best (equal principal)
      if (toLimit !== null && gs.eq(toLimit.gs) && !ss.lt(toLimit.ss) && !ps.gt(toLimit.ps)) continue;
      const d = drops.get(due[k - 1] as number, [ps, ss, gs], () => dropOf(ps, ss, gs));
      if (toLimit === null || d.lt(toLimit.d)) toLimit = { d, periods: [k], ps, ss, gs };
    }
  } else {
    const gs = sum(g);
    if (gs.gt(0)) {
      const [ps, ss] = [sum(p), sum(s)];
      toLimit = { d: dropOf(ps, ss, gs), periods: Array.from({ length: n }, (_, i) => i + 1), ps, ss, gs };
    }
  }
  let toShortfall: { d: Dec; period: number; room: Dec; gPrefix: Dec } | null = null;
  let room = terms.openingBuffer;
  let gPrefix = ZERO;
  for (let k = 1; k <= n; k++) {
    room = room.plus(s[k - 1] as Dec).minus(p[k - 1] as Dec);
    gPrefix = gPrefix.plus(g[k - 1] as Dec);
    if (!gPrefix.gt(0)) continue;
    // not divided when its exact quotient is not below the best prefix's exact quotient, or not below the best drop
    if (
      toShortfall !== null &&
      (quotientNotBelow(room, gPrefix, toShortfall.room, toShortfall.gPrefix) || quotientNotBelow(room, gPrefix, toShortfall.d, ONE))
    )
      continue;
    // buffer₀ + Σ (surplus − d × gross profit − payment) = 0  ⇒  d = (buffer₀ + Σ surplus − Σ payment) / Σ gross profit
    const d = room.div(gPrefix);
    if (toShortfall === null || d.lt(toShortfall.d)) toShortfall = { d, period: k, room, gPrefix };
  }
  const limit = toLimit as { d: Dec; periods: number[] } | null;
  const short = toShortfall as { d: Dec; period: number } | null;
  return {
    salesDropToLimit: limit?.d ?? null,
    limitPeriods: limit?.periods ?? [],
    salesDropToShortfall: short?.d ?? null,
    shortfallPeriod: short?.period ?? null,
  };
}

/** The capacity terms of a profile under a policy. */
export function capacityTerms(profile: ProfileData, statements: Statements, policy: Policy): CapacityTerms {
  const months = statements.incomeStatement.months;
  const bs = statements.balanceSheet;
  const start = profile.loanRequest?.disbursementDate ?? profile.analysisDate;
  return {
    limit: toDecimal(policy.capacity.limit),
    basis: policy.capacity.basis,
    openingBuffer: policy.capacity.openingBuffer === 'cash-and-bank' ? bs.assets.cash.plus(bs.assets.bank) : ZERO,
    surplusByMonth: months.map((m) => m.disposableSurplus),
    grossProfitByMonth: months.map((m) => m.grossProfit),
    start,
  };
}

/**
 * The capacity stage: the requested loan's schedule tested month by month, the largest affordable amount for
 * the requested term and for the policy's alternative terms, the stress test, and the seasonal funding plan.
 */
export function computeCapacity(profile: ProfileData, statements: Statements, policy: Policy, options: CapacityOptions = {}): CapacityAnalysis {
  const extras = options.extras !== false;
  const fundingPlan = extras ? buildFundingPlan(statements.incomeStatement, statements.balanceSheet, profile.analysisDate) : null;
  const request = profile.loanRequest;
  if (request === undefined)
    return {
      loan: null,
      skipped: { skip: { code: 'no-loan-request' }, missing: ['loanRequest'] },
      fundingPlan,
    };
  const terms = capacityTerms(profile, statements, policy);
  const loan: Loan = {
    monthlyRate: request.monthlyRate,
    months: request.termMonths,
    method: request.method ?? 'annuity',
    rounding: policy.rounding,
  };
  const amount = request.amount;
  const multiple = toDecimal(policy.capacity.roundingMultiple);
  const powers = new RatePowers(loan.monthlyRate);
  const shared = new PeriodSurplus(terms);
  const schedule = scheduleAt(amount, loan, terms, powers);
  // The requested term is often one of the alternative terms (12 months): each term's amount is found once.
  const affordable = new Map<number, AffordableAmount>();
  const affordableFor = (months: number): AffordableAmount => {
    let found = affordable.get(months);
    if (found === undefined) {
      found = maxAffordable({ ...loan, months }, terms, multiple, powers, shared);
      affordable.set(months, found);
    }
    return found;
  };
  return {
    loan: {
      amount,
      monthlyRate: loan.monthlyRate,
      termMonths: loan.months,
      method: loan.method,
      startDate: formatIsoDate(terms.start),
      startSource: request.disbursementDate === undefined ? 'analysisDate' : 'disbursementDate',
      limit: terms.limit,
      basis: terms.basis,
      openingBuffer: terms.openingBuffer,
      openingBufferSource: policy.capacity.openingBuffer,
      schedule,
      check: checkCapacity(schedule, terms),
      maxAmount: affordableFor(loan.months),
      alternatives: extras ? policy.capacity.alternativeTerms.map(affordableFor) : null,
      stress: extras ? stressTest(schedule, terms) : null,
      roundingMultiple: multiple,
      minimumAmount: toDecimal(policy.capacity.minimumAmount),
    },
    skipped: null,
    fundingPlan,
  };
}
