/**
 * The capacity search as it was before the perf-4 pass (src/capacity/capacity.ts and buildSchedule of
 * src/capacity/schedule.ts at 63cc728), kept unchanged as the oracle for the property test
 * test/capacity/reference.property.test.ts: the straightforward search (every candidate schedule built in full,
 * checked month by month, stepped down one multiple while it fails) against which the faster one must give the
 * same Decimals. Not used by the library.
 */
import type { AffordableAmount, CapacityCheck, CapacityMonth, CapacityTerms, CapacityWindow, MonthStatus, Stress } from '../../src/capacity/capacity.js';
import { annuityPayment, effectiveAnnualRate, RatePowers, type Schedule, type ScheduleRequest, type ScheduleRow } from '../../src/capacity/schedule.js';
import { addMonths, type CalendarDate, formatIsoDate, mustParseIsoDate } from '../../src/dates/index.js';
import { type Dec, D, ONE, ZERO, floorToMultiple, roundFen, sum, timesRoundedUp } from '../../src/money/index.js';
import type { RepaymentMethod } from '../../src/profile/schema.js';
import type { Policy } from '../../src/profile/policy.js';

type CapacityBasis = CapacityTerms['basis'];
interface Loan {
  readonly monthlyRate: Dec;
  readonly months: number;
  readonly method: RepaymentMethod;
  readonly rounding: Policy['rounding'];
}

const monthOf = (terms: CapacityTerms, period: number): CalendarDate => addMonths(terms.start, period);
const at = (list: readonly Dec[], month: number): Dec => list[month - 1] ?? ZERO;
const ratioOf = (payment: Dec, surplus: Dec): Dec | null => (surplus.gt(0) ? payment.div(surplus) : null);

/** Period windows the limit applies to. */
function windows(basis: CapacityBasis, months: number): number[][] {
  const all = Array.from({ length: months }, (_, i) => i + 1);
  return basis === 'worst-month' ? all.map((k) => [k]) : [all];
}


/** Runs the month-by-month test of a schedule. */
export function referenceCheck(schedule: Schedule, terms: CapacityTerms): CapacityCheck {
  const months: CapacityMonth[] = [];
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
      ratio: ratioOf(row.payment, surplus),
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
  for (const periods of windows(terms.basis, schedule.months)) {
    const rows = periods.map((k) => months[k - 1] as CapacityMonth);
    const payment = sum(rows.map((m) => m.payment));
    const surplus = sum(rows.map((m) => m.surplus));
    const w: CapacityWindow = { periods, payment, surplus, ratio: ratioOf(payment, surplus) };
    if (payment.gt(terms.limit.times(surplus))) exceeded = true;
    if (worst === null || (worst.ratio !== null && (w.ratio === null || w.ratio.gt(worst.ratio)))) worst = w;
  }
  const shortfall = months.filter((m) => m.status !== 'covered');
  return {
    months,
    worst: worst as CapacityWindow,
    exceeded,
    shortfallPeriods: shortfall.map((m) => m.period),
    bufferPeriods: months.filter((m) => m.status === 'buffer').map((m) => m.period),
    uncoveredPeriods: months.filter((m) => m.status === 'uncovered').map((m) => m.period),
    uncoveredGap: sum(months.map((m) => m.gap)),
    totalShortfall: sum(shortfall.map((m) => m.net.negated())),
  };
}


/** Payment of each period per unit of amount, before fen rounding. */
function paymentCoefficients(monthlyRate: Dec, months: number, method: RepaymentMethod, powers?: RatePowers): Dec[] {
  if (method === 'annuity') {
    const a = annuityPayment(ONE, monthlyRate, months, powers);
    return Array.from({ length: months }, () => a);
  }
  // equal principal: 1/n of the amount, plus interest on the (n − k + 1)/n still owed
  return Array.from({ length: months }, (_, i) => ONE.plus(monthlyRate.times(months - i)).div(months));
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
  return referenceSchedule({ amount, ...loan, startDate: formatIsoDate(terms.start) }, powers);
}

/**
 * The largest amount for a term and method that meets the limit and leaves no period uncovered,
 * rounded down to `multiple`.
 *
 * @example
 * // surplus 29,000 a month, limit 70%: 20,300 ÷ 0.090484965… = 224,346.… → 224,000 (1.29%, 12 months, annuity)
 */
export function referenceMaxAffordable(loan: Loan, terms: CapacityTerms, multiple: Dec, powers?: RatePowers): AffordableAmount {
  const c = paymentCoefficients(loan.monthlyRate, loan.months, loan.method, powers);
  const s = c.map((_, i) => at(terms.surplusByMonth, monthOf(terms, i + 1).month));
  type Candidate = { bound: Dec; kind: 'limit' | 'buffer'; periods: number[] };
  let best: Candidate | null = null as Candidate | null;
  const consider = (bound: Dec, kind: 'limit' | 'buffer', periods: number[]) => {
    const b = D.max(bound, ZERO);
    if (best === null || b.lt(best.bound)) best = { bound: b, kind, periods };
  };
  // The bound is the first strictly smallest candidate. A candidate that provably cannot be strictly below the
  // best so far is skipped without its division (2.4 µs each), which leaves the result exactly as it was:
  // - nothing is below a bound of 0;
  // - when every window has the same coefficient sum (annuity, worst month), limit × ss ÷ cs is non-decreasing
  //   in ss, correctly rounded products and quotients included, so a window whose surplus is not below the
  //   best window's surplus cannot win;
  // - a buffer candidate room ÷ cPrefix is not below the best bound B when room ≥ B × cPrefix rounded up.
  const sameCoefficient = loan.method === 'annuity' && terms.basis === 'worst-month';
  let bestSurplus: Dec | null = null;
  const zeroBound = (): boolean => best !== null && best.bound.isZero();
  for (const periods of windows(terms.basis, loan.months)) {
    const ss = sum(periods.map((k) => s[k - 1] as Dec));
    if (!ss.gt(0)) {
      consider(ZERO, 'limit', periods);
      continue;
    }
    if (zeroBound() || (sameCoefficient && bestSurplus !== null && ss.gte(bestSurplus))) continue;
    const cs = sum(periods.map((k) => c[k - 1] as Dec));
    const before: Candidate | null = best;
    consider(terms.limit.times(ss).div(cs), 'limit', periods);
    if (best !== before) bestSurplus = ss;
  }
  let cPrefix = ZERO;
  let room = terms.openingBuffer;
  for (let k = 1; k <= loan.months; k++) {
    cPrefix = cPrefix.plus(c[k - 1] as Dec);
    room = room.plus(s[k - 1] as Dec);
    if (!room.gt(0)) consider(ZERO, 'buffer', [k]);
    else if (best !== null && (best.bound.isZero() || !room.lt(timesRoundedUp(best.bound, cPrefix)))) continue;
    else consider(room.div(cPrefix), 'buffer', [k]);
  }
  const found = best;
  const exact = found?.bound ?? ZERO;
  let amount = floorToMultiple(exact, multiple);
  let schedule: Schedule | null = null;
  // The bound is exact before fen rounding; the rounded schedule may miss it by a few fen, so check and step
  // down (one step in practice; capped so that a tiny multiple can never loop long).
  for (let step = 0; step < 100 && amount.gt(0); step++) {
    const candidate = scheduleAt(amount, loan, terms, powers);
    if (fits(candidate.rows.map((r) => r.payment), s, terms)) {
      schedule = candidate;
      break;
    }
    amount = D.max(amount.minus(multiple), ZERO);
  }
  return {
    termMonths: loan.months,
    method: loan.method,
    exact,
    amount: schedule === null ? ZERO : amount,
    binding: found === null ? null : { kind: found.kind, periods: found.periods },
    instalment: schedule?.instalment ?? null,
    totalInterest: schedule?.totalInterest ?? null,
    schedule,
  };
}

/** The sales drops at which the schedule crosses the limit and at which a period goes uncovered. */
export function referenceStress(schedule: Schedule, terms: CapacityTerms): Stress {
  const p = schedule.rows.map((r) => r.payment);
  const due = p.map((_, i) => monthOf(terms, i + 1).month);
  const s = due.map((m) => at(terms.surplusByMonth, m));
  const g = due.map((m) => at(terms.grossProfitByMonth, m));
  let toLimit: { d: Dec; periods: number[] } | null = null;
  // Windows with the same payment, surplus and gross profit as the window before (flat sales, annuity: every
  // month but the last) share its two divisions: equal operands give the same quotient.
  let previous: { ps: Dec; ss: Dec; gs: Dec; d: Dec } | null = null;
  for (const periods of windows(terms.basis, schedule.months)) {
    const pick = (list: Dec[]) => sum(periods.map((k) => list[k - 1] as Dec));
    const gs = pick(g);
    if (!gs.gt(0)) continue;
    const ps = pick(p);
    const ss = pick(s);
    // payment = limit × (surplus − d × gross profit)  ⇒  d = (surplus − payment / limit) / gross profit
    const d: Dec =
      previous !== null && previous.ps.eq(ps) && previous.ss.eq(ss) && previous.gs.eq(gs)
        ? previous.d
        : ss.minus(ps.div(terms.limit)).div(gs);
    previous = { ps, ss, gs, d };
    if (toLimit === null || d.lt(toLimit.d)) toLimit = { d, periods };
  }
  let toShortfall: { d: Dec; period: number } | null = null;
  let room = terms.openingBuffer;
  let gPrefix = ZERO;
  for (let k = 1; k <= schedule.months; k++) {
    room = room.plus(s[k - 1] as Dec).minus(p[k - 1] as Dec);
    gPrefix = gPrefix.plus(g[k - 1] as Dec);
    if (!gPrefix.gt(0)) continue;
    // buffer₀ + Σ (surplus − d × gross profit − payment) = 0  ⇒  d = (buffer₀ + Σ surplus − Σ payment) / Σ gross profit
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


/**
 * Builds the schedule.
 *
 * @throws RangeError when the amount is not positive, the rate negative or the term not a whole number ≥ 1
 *   (use `scheduleFromInput` for unvalidated input).
 * @example
 * referenceSchedule({ amount: D(100000), monthlyRate: D('0.0129'), months: 12, method: 'annuity', rounding: 'half-up' })
 *   .instalment.toFixed(2) //=> '9048.50'
 */
export function referenceSchedule(req: ScheduleRequest, powers?: RatePowers): Schedule {
  const { amount, monthlyRate, months, method, rounding } = req;
  if (!amount.isFinite() || amount.lte(0)) throw new RangeError('amount must be greater than zero');
  if (!monthlyRate.isFinite() || monthlyRate.isNegative()) throw new RangeError('monthlyRate must not be negative');
  if (!Number.isInteger(months) || months < 1) throw new RangeError('months must be a whole number of at least 1');
  const start = req.startDate === undefined ? undefined : mustParseIsoDate(req.startDate);

  const regular =
    method === 'annuity'
      ? roundFen(annuityPayment(amount, monthlyRate, months, powers), rounding)
      : roundFen(amount.div(months), rounding);
  const rows: ScheduleRow[] = [];
  let balance = amount;
  for (let period = 1; period <= months; period++) {
    const interest = roundFen(balance.times(monthlyRate), rounding);
    const last = period === months;
    let principal: Dec;
    if (last) principal = balance;
    else if (method === 'annuity') principal = D.min(D.max(regular.minus(interest), ZERO), balance);
    else principal = D.min(regular, balance);
    const payment = principal.plus(interest);
    const closing = balance.minus(principal);
    rows.push({
      period,
      dueDate: start ? formatIsoDate(addMonths(start, period)) : null,
      openingBalance: balance,
      payment,
      interest,
      principal,
      closingBalance: closing,
    });
    balance = closing;
  }
  const totalInterest = sum(rows.map((r) => r.interest));
  return {
    method,
    amount,
    monthlyRate,
    months,
    instalment: method === 'equal-principal' ? (rows[0]?.payment ?? regular) : regular,
    maxPayment: D.max(...rows.map((r) => r.payment)),
    rows,
    totalInterest,
    totalPaid: amount.plus(totalInterest),
    effectiveAnnualRate: effectiveAnnualRate(monthlyRate, powers),
  };
}

