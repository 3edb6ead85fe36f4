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
 *   covered when the buffer carried from earlier months pays the difference. The buffer is the running position:
 *   a deficit is carried forward (never reset) until the surplus repays it, and every period the position is
 *   below 0 is uncovered; the outside money is the deepest deficit, over the periods it lasts.
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
import { cashModel } from './cash-model.js';
import { buildFundingPlan, type FundingPlan } from './funding-plan.js';
import { annuityPayment, fromUnits, type Schedule, type ScheduleWalk, scheduleOfWalk, walkSchedule } from './schedule.js';
import { proposeSeasonalPlan, type SeasonalProposal } from './seasonal-plan.js';

export type CapacityBasis = Policy['capacity']['basis'];
/** covered: surplus ≥ payment; buffer: the carried buffer pays the difference; uncovered: the running position is below 0. */
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
  /** The running position before and after the period (docs/capacity.md §2): negative while a deficit is carried. */
  readonly bufferBefore: Dec;
  readonly bufferAfter: Dec;
  readonly status: MonthStatus;
  /** The outside money this period adds: how much further below 0 the running position goes (0 when it does not). */
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
  /** The outside money the running position needs, and for how long. */
  readonly outsideMoney: OutsideMoney;
}

/** What the client must find outside the business while the running position is below 0 (docs/capacity.md §2). */
export interface OutsideMoney {
  /** The deepest the position goes below 0 (0 when it never does). */
  readonly peak: Dec;
  /** The period of the peak (the first one); null when none. */
  readonly peakPeriod: number | null;
  /** How many periods the position stays below 0 (the uncovered periods). */
  readonly months: number;
  readonly firstPeriod: number | null;
  /** The period after the last one below 0, when the surplus has repaid the deficit; null when never below 0 or still below at the end. */
  readonly repaidPeriod: number | null;
  /** The deficit still carried after the last instalment (0 when repaid). */
  readonly owedAtEnd: Dec;
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
  /** The seasonal plan that fits when equal instalments do not but the year covers them (seasonal-plan.ts), else null. */
  readonly seasonalPlan: SeasonalProposal | null;
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

/**
 * A quotient of a period's figures, computed again only when its operands change: the last one, or the last one of
 * the same calendar month, is reused when every operand is equal. A schedule repeats its payment and the P&L its
 * twelve months, so most of the divisions of the month-by-month check and the stress test repeat (they were a
 * quarter of the capacity stage: docs/performance.md, "Integer fen").
 */
function repeatedQuotients(): (month: number, operands: readonly Dec[], compute: () => Dec) => Dec {
  type Hit = { readonly operands: readonly Dec[]; readonly value: Dec };
  let last: Hit | undefined;
  const byMonth: (Hit | undefined)[] = [];
  const same = (hit: Hit | undefined, operands: readonly Dec[]): hit is Hit =>
    hit !== undefined && hit.operands.every((x, i) => x.eq(operands[i] as Dec));
  return (month, operands, compute) => {
    const hit = same(last, operands) ? last : same(byMonth[month - 1], operands) ? byMonth[month - 1] : undefined;
    last = byMonth[month - 1] = hit ?? { operands, value: compute() };
    return last.value;
  };
}

/** Period windows the limit applies to. */
function windows(basis: CapacityBasis, months: number): number[][] {
  const all = Array.from({ length: months }, (_, i) => i + 1);
  return basis === 'worst-month' ? all.map((k) => [k]) : [all];
}

/** One step of the running position (docs/capacity.md §2). */
export interface PositionStep {
  /** surplus − payment. */
  readonly net: Dec;
  /** The running position before and after the month: opening buffer + Σ net so far; negative while a deficit is carried. */
  readonly before: Dec;
  readonly after: Dec;
  /** covered: net ≥ 0 and the position ≥ 0; buffer: net < 0 paid from the carried position; uncovered: the position is below 0. */
  readonly status: MonthStatus;
  /** The outside money the month adds: how much further below 0 the position goes (0 when it does not). */
  readonly gap: Dec;
}

/**
 * The running position month by month (docs/capacity.md §2), exported for every walk of a schedule against the
 * surplus (the seasonal plans reuse it): position₀ = `opening`; positionₖ = positionₖ₋₁ + surplusₖ − paymentₖ,
 * never reset. A deficit is carried forward until the surplus repays it: every month the position is below 0
 * is uncovered, and its gap is the outside money it adds (max(0, −after) − max(0, −before)).
 */
export function walkPosition(opening: Dec, surplus: readonly Dec[], payment: readonly Dec[]): PositionStep[] {
  const steps: PositionStep[] = [];
  let position = opening;
  payment.forEach((p, i) => {
    const net = (surplus[i] ?? ZERO).minus(p);
    const after = position.plus(net);
    const status: MonthStatus = after.isNegative() ? 'uncovered' : net.isNegative() ? 'buffer' : 'covered';
    const owedBefore = position.isNegative() ? position.negated() : ZERO;
    const owedAfter = after.isNegative() ? after.negated() : ZERO;
    steps.push({ net, before: position, after, status, gap: owedAfter.gt(owedBefore) ? owedAfter.minus(owedBefore) : ZERO });
    position = after;
  });
  return steps;
}

/** How much outside money a walk needs and for how long (docs/capacity.md §2). */
export function outsideMoneyOf(steps: readonly PositionStep[]): OutsideMoney {
  let peak = ZERO;
  let peakPeriod: number | null = null;
  const periods: number[] = [];
  steps.forEach((step, i) => {
    if (step.status !== 'uncovered') return;
    periods.push(i + 1);
    if (step.after.negated().gt(peak)) {
      peak = step.after.negated();
      peakPeriod = i + 1;
    }
  });
  const last = steps[steps.length - 1];
  const lastNegative = periods[periods.length - 1];
  return {
    peak,
    peakPeriod,
    months: periods.length,
    firstPeriod: periods[0] ?? null,
    repaidPeriod: lastNegative === undefined || lastNegative === steps.length ? null : lastNegative + 1,
    owedAtEnd: last !== undefined && last.after.isNegative() ? last.after.negated() : ZERO,
  };
}

/** Runs the month-by-month test of a schedule. */
export function checkCapacity(schedule: Schedule, terms: CapacityTerms): CapacityCheck {
  const months: CapacityMonth[] = [];
  const ratios = repeatedQuotients();
  const dues = schedule.rows.map((row) => monthOf(terms, row.period));
  const surplusOf = dues.map((due) => at(terms.surplusByMonth, due.month));
  const steps = walkPosition(terms.openingBuffer, surplusOf, schedule.rows.map((row) => row.payment));
  schedule.rows.forEach((row, i) => {
    const due = dues[i] as CalendarDate;
    const surplus = surplusOf[i] as Dec;
    const step = steps[i] as PositionStep;
    months.push({
      period: row.period,
      dueDate: formatIsoDate(due),
      calendarMonth: due.month,
      surplus,
      payment: row.payment,
      ratio: surplus.gt(0) ? ratios(due.month, [row.payment, surplus], () => row.payment.div(surplus)) : null,
      net: step.net,
      bufferBefore: step.before,
      bufferAfter: step.after,
      status: step.status,
      gap: step.gap,
    });
  });
  let worst: CapacityWindow | null = null;
  let exceeded = false;
  for (const periods of windows(terms.basis, schedule.months)) {
    const rows = periods.map((k) => months[k - 1] as CapacityMonth);
    // a one-period window's payment, surplus and ratio are its month's (Σ of one figure is that figure: the figures
    // come out of D's arithmetic, at most 40 significant digits)
    const one = rows.length === 1 ? (rows[0] as CapacityMonth) : null;
    const payment = one?.payment ?? sum(rows.map((m) => m.payment));
    const surplus = one?.surplus ?? sum(rows.map((m) => m.surplus));
    const ratio = one !== null ? one.ratio : ratioOf(payment, surplus);
    const w: CapacityWindow = { periods, payment, surplus, ratio };
    if (payment.gt(terms.limit.times(surplus))) exceeded = true;
    if (worst === null || (worst.ratio !== null && (w.ratio === null || w.ratio.gt(worst.ratio)))) worst = w;
  }
  const shortfall = months.filter((m) => m.net.isNegative());
  return {
    months,
    worst: worst as CapacityWindow,
    exceeded,
    shortfallPeriods: shortfall.map((m) => m.period),
    bufferPeriods: months.filter((m) => m.status === 'buffer').map((m) => m.period),
    uncoveredPeriods: months.filter((m) => m.status === 'uncovered').map((m) => m.period),
    uncoveredGap: sum(months.map((m) => m.gap)),
    totalShortfall: sum(shortfall.map((m) => m.net.negated())),
    outsideMoney: outsideMoneyOf(steps),
  };
}

/** Payment of each period per unit of amount, before fen rounding. */
export function paymentCoefficients(monthlyRate: Dec, months: number, method: RepaymentMethod): Dec[] {
  if (method === 'annuity') {
    const a = annuityPayment(ONE, monthlyRate, months);
    return Array.from({ length: months }, () => a);
  }
  return Array.from({ length: months }, (_, i) => equalPrincipalCoefficient(monthlyRate, months, i + 1));
}

/** Equal principal, period k: 1/n of the amount, plus interest on the (n − k + 1)/n still owed. */
const equalPrincipalCoefficient = (monthlyRate: Dec, months: number, k: number): Dec =>
  ONE.plus(monthlyRate.times(months - k + 1)).div(months);

interface Loan {
  readonly monthlyRate: Dec;
  readonly months: number;
  readonly method: RepaymentMethod;
  readonly rounding: Policy['rounding'];
  /**
   * (1 + r)^months for this rate, when the caller keeps them: the requested loan and every affordable amount of the
   * analysis need the same powers for the coefficients, the instalment and the payment margin.
   */
  readonly growth?: (months: number) => Dec;
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

/** The requested loan's schedule (the amount, rate and term are valid: the profile's schema checks them). */
function scheduleAt(amount: Dec, loan: Loan, terms: CapacityTerms): Schedule {
  const { monthlyRate, months, method } = loan;
  const walk = walkSchedule(amount, monthlyRate, months, method, loan.rounding, loan.growth?.(months));
  return scheduleOfWalk(walk, { amount, monthlyRate, months, method }, terms.start);
}

/**
 * The largest amount for a term and method that meets the limit and leaves no period uncovered,
 * rounded down to `multiple`. The bound is the first strictly smallest of every window's
 * limit × Σ surplus ÷ Σ coefficient and every prefix's room ÷ Σ coefficient (docs/capacity.md §3); the amount is the
 * bound rounded down to the multiple, stepped down one multiple while its fen-rounded schedule fails.
 *
 * @example
 * // surplus 29,000 a month, limit 70%: 20,300 ÷ 0.090484965… = 224,346.… → 224,000 (1.29%, 12 months, annuity)
 */
export function maxAffordable(loan: Loan, terms: CapacityTerms, multiple: Dec): AffordableAmount {
  const growth = loan.growth?.(loan.months);
  // the coefficients of paymentCoefficients, each when first needed (equal principal: a division each, and the
  // search below reads few of them)
  const annuity = loan.method === 'annuity' ? annuityPayment(ONE, loan.monthlyRate, loan.months, growth) : null;
  const c: Dec[] = [];
  const coefficient = (k: number): Dec => (c[k - 1] ??= annuity ?? equalPrincipalCoefficient(loan.monthlyRate, loan.months, k));
  const s = Array.from({ length: loan.months }, (_, i) => at(terms.surplusByMonth, monthOf(terms, i + 1).month));
  type Candidate = { bound: Dec; kind: 'limit' | 'buffer'; periods: number[] };
  let best: Candidate | null = null as Candidate | null;
  const consider = (bound: Dec, kind: 'limit' | 'buffer', periods: number[]) => {
    const b = D.max(bound, ZERO);
    if (best === null || b.lt(best.bound)) best = { bound: b, kind, periods };
  };
  // The bound is the first strictly smallest candidate. A candidate that cannot be strictly below the best so far is
  // skipped without its division, which leaves the result as it is (correctly rounded products and quotients are
  // monotonic):
  // - nothing is below a bound of 0;
  // - on the worst-month basis the coefficients never increase from one period to the next (annuity: one value;
  //   equal principal: (1 + r(n − k + 1)) ÷ n), so a later window whose surplus is not below the best window's
  //   surplus has a bound limit × s ÷ c not below it;
  // - a buffer prefix room ÷ cPrefix is not below the best bound B when room ≥ B × cPrefix rounded up, and no prefix
  //   can bind at all in the case of `bufferCannotBind`.
  let bestSurplus: Dec | null = null;
  const zeroBound = (): boolean => best !== null && best.bound.isZero();
  for (const periods of windows(terms.basis, loan.months)) {
    if (zeroBound()) break;
    // (a one-period window's surplus s is not below the best window's rounded sum ⇒ neither is its sum 0 + s)
    if (terms.basis === 'worst-month' && bestSurplus !== null && !(s[(periods[0] as number) - 1] as Dec).lt(bestSurplus)) continue;
    const ss = sum(periods.map((k) => s[k - 1] as Dec));
    if (!ss.gt(0)) {
      consider(ZERO, 'limit', periods);
      continue;
    }
    const cs = sum(periods.map((k) => coefficient(k)));
    const before = best;
    consider(terms.limit.times(ss).div(cs), 'limit', periods);
    if (best !== before) bestSurplus = ss;
  }
  let cPrefix = ZERO;
  let room = terms.openingBuffer;
  for (let k = 1; k <= (bufferCannotBind(terms, loan.months) ? 0 : loan.months); k++) {
    cPrefix = cPrefix.plus(coefficient(k));
    room = room.plus(s[k - 1] as Dec);
    if (!room.gt(0)) consider(ZERO, 'buffer', [k]);
    else if (best !== null && (best.bound.isZero() || !room.lt(timesRoundedUp(best.bound, cPrefix)))) continue;
    else consider(room.div(cPrefix), 'buffer', [k]);
  }
  const found = best;
  const exact = found?.bound ?? ZERO;
  let amount = floorToMultiple(exact, multiple);
  let walk: ScheduleWalk | null = null;
  // The bound is exact before fen rounding; the rounded schedule may miss it by a few fen, so check and step
  // down (one step in practice; capped so that a tiny multiple can never loop long).
  for (let step = 0; step < 100 && amount.gt(0); step++) {
    const candidate = walkSchedule(amount, loan.monthlyRate, loan.months, loan.method, loan.rounding, growth);
    if (
      (step === 0 && provablyFits(exact, amount, loan)) ||
      fits(candidate.payment.map((p: number | bigint) => fromUnits(p, candidate.scale)), s, terms)
    ) {
      walk = candidate;
      break;
    }
    amount = D.max(amount.minus(multiple), ZERO);
  }
  const base = {
    termMonths: loan.months,
    method: loan.method,
    exact,
    amount: walk === null ? ZERO : amount,
    binding: found === null ? null : { kind: found.kind, periods: found.periods },
  };
  if (walk === null) return { ...base, instalment: null, totalInterest: null, schedule: null };
  const fitting = walk;
  // the schedule itself (its rows as Decimals) only when read: the report needs the instalment and the interest
  let schedule: Schedule | undefined;
  return Object.defineProperty(
    { ...base, instalment: fromUnits(fitting.instalment, fitting.scale), totalInterest: fromUnits(fitting.totalInterest, fitting.scale) },
    'schedule',
    { enumerable: true, get: () => (schedule ??= scheduleOfWalk(fitting, { amount, monthlyRate: loan.monthlyRate, months: loan.months, method: loan.method }, terms.start)) },
  ) as AffordableAmount;
}

/** A limit below 1 by more than any rounding of the bound search can add up to (see `bufferCannotBind`). */
const SAFE_LIMIT = D('0.999999999999999999999999999999');

/**
 * On the worst-month basis with every surplus positive (otherwise the bound is 0 and no prefix is below it), an
 * opening buffer not below 0 and a limit below 1 by more than 10⁻³⁰, no buffer prefix can be strictly below the
 * bound B. Each window's bound is at least B, so B × cₖ ≤ limit × sₖ × (1 + ε)² with ε = 5 × 10⁻⁴⁰ (half an ulp at
 * 40 digits); summed, B × cPrefix ≤ limit × Σ s × (1 + ε)^(k+2) while room ≥ Σ s × (1 − ε)^k (sums of positive
 * terms, each rounded), and limit × (1 + ε)^(2k+2) < 1 for k ≤ 1,000 periods. So room ≥ B × cPrefix and the rounded
 * room ÷ cPrefix is not below B. Kept because the prefix walk was a fifth of the capacity stage
 * (docs/performance.md, "Integer fen"); test/capacity/max-affordable.property.test.ts compares with the full search.
 */
function bufferCannotBind(terms: CapacityTerms, months: number): boolean {
  return terms.basis === 'worst-month' && months <= 1000 && !terms.openingBuffer.isNegative() && terms.limit.lte(SAFE_LIMIT);
}

/** Bounds above this are verified on the schedule itself (the fen margins below are proven for smaller sums). */
const PROOF_CEILING = D('1e15');
const FEN = D('0.01');
const HALF_FEN = D('0.005');

/**
 * Whether the fen-rounded schedule at `amount` (rounded down from the bound `exact`) provably meets the limit in
 * every window and keeps every buffer prefix covered, without walking it (docs/capacity.md §3; kept because
 * walking and checking every candidate was a fifth of the capacity stage in its profile, docs/performance.md "Integer fen"). Every
 * payment is at most amount × cₖ + M, every coefficient at least 1/n, and exact × (a window's or prefix's Σ c) is at
 * most its limit × Σ surplus or room (up to 40-digit rounding, far below a fen for sums under 10¹⁵); so when
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
export function paymentMargin(loan: Pick<Loan, 'monthlyRate' | 'months' | 'method' | 'growth'>): Dec {
  const { monthlyRate: r, months: n } = loan;
  if (loan.method === 'annuity') return FEN.times(n).times(loan.growth?.(n) ?? r.plus(1).pow(n)).plus(FEN);
  return HALF_FEN.times(n + 1).times(r.plus(1)).plus(FEN);
}

const provablyFits = (exact: Dec, amount: Dec, loan: Loan): boolean =>
  exact.lt(PROOF_CEILING) && !exact.minus(amount).lt(paymentMargin(loan).times(loan.months));

/** The sales drops at which the schedule crosses the limit and at which a period goes uncovered. */
export function stressTest(schedule: Schedule, terms: CapacityTerms): Stress {
  const p = schedule.rows.map((r) => r.payment);
  const due = p.map((_, i) => monthOf(terms, i + 1).month);
  const s = due.map((m) => at(terms.surplusByMonth, m));
  const g = due.map((m) => at(terms.grossProfitByMonth, m));
  let toLimit: { d: Dec; periods: number[] } | null = null;
  const drops = repeatedQuotients();
  const allowed = repeatedQuotients(); // payment ÷ limit: the annuity's payment repeats from month to month
  for (const periods of windows(terms.basis, schedule.months)) {
    // Σ of one figure is that figure (a one-period window)
    const pick = (list: Dec[]) => (periods.length === 1 ? (list[(periods[0] as number) - 1] as Dec) : sum(periods.map((k) => list[k - 1] as Dec)));
    const gs = pick(g);
    if (!gs.gt(0)) continue;
    const ps = pick(p);
    const ss = pick(s);
    // payment = limit × (surplus − d × gross profit)  ⇒  d = (surplus − payment / limit) / gross profit
    const month = due[(periods[0] as number) - 1] as number;
    const dropOf = () => ss.minus(allowed(month, [ps], () => ps.div(terms.limit))).div(gs);
    const d = periods.length === 1 ? drops(month, [ps, ss, gs], dropOf) : dropOf();
    if (toLimit === null || d.lt(toLimit.d)) toLimit = { d, periods };
  }
  let toShortfall: { d: Dec; period: number } | null = null;
  let room = terms.openingBuffer;
  let gPrefix = ZERO;
  for (let k = 1; k <= schedule.months; k++) {
    room = room.plus(s[k - 1] as Dec).minus(p[k - 1] as Dec);
    gPrefix = gPrefix.plus(g[k - 1] as Dec);
    if (!gPrefix.gt(0)) continue;
    // buffer₀ + Σ (surplus − d × gross profit − payment) = 0  ⇒  d = (buffer₀ + Σ surplus − Σ payment) / Σ gross profit.
    // Not below the best drop B (so skipped without its division) when room ≥ 0 and B < 0, or room ≥ B × Σ gross
    // profit rounded up (correctly rounded quotients are monotonic).
    const best = toShortfall?.d;
    if (best !== undefined && !room.isNegative() && (best.isNegative() || !room.lt(timesRoundedUp(best, gPrefix)))) continue;
    const d = room.div(gPrefix);
    if (toShortfall === null || d.lt(toShortfall.d)) toShortfall = { d, period: k };
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
  const fundingPlan = extras ? buildFundingPlan(statements.incomeStatement, statements.balanceSheet, profile.analysisDate, cashModel(profile, statements, policy)) : null;
  const request = profile.loanRequest;
  if (request === undefined)
    return {
      loan: null,
      skipped: { skip: { code: 'no-loan-request' }, missing: ['loanRequest'] },
      fundingPlan,
    };
  const terms = capacityTerms(profile, statements, policy);
  const monthlyRate = request.monthlyRate;
  const powers = new Map<number, Dec>();
  const loan: Loan = {
    monthlyRate,
    months: request.termMonths,
    method: request.method ?? 'annuity',
    rounding: policy.rounding,
    growth: (months) => {
      let g = powers.get(months);
      if (g === undefined) powers.set(months, (g = monthlyRate.plus(1).pow(months)));
      return g;
    },
  };
  const amount = request.amount;
  const multiple = toDecimal(policy.capacity.roundingMultiple);
  const schedule = scheduleAt(amount, loan, terms);
  const check = checkCapacity(schedule, terms);
  // The requested term is often one of the alternative terms (12 months): each term's amount is found once.
  const affordable = new Map<number, AffordableAmount>();
  const affordableFor = (months: number): AffordableAmount => {
    let found = affordable.get(months);
    if (found === undefined) {
      found = maxAffordable({ ...loan, months }, terms, multiple);
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
      check,
      maxAmount: affordableFor(loan.months),
      alternatives: extras ? policy.capacity.alternativeTerms.map(affordableFor) : null,
      stress: extras ? stressTest(schedule, terms) : null,
      roundingMultiple: multiple,
      minimumAmount: toDecimal(policy.capacity.minimumAmount),
      seasonalPlan: proposeSeasonalPlan(schedule, check, terms, policy.rounding, (s) => checkCapacity(s, terms)),
    },
    skipped: null,
    fundingPlan,
  };
}
