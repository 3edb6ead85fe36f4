/**
 * The test oracle of the capacity search (test/capacity/reference.property.test.ts), written apart from
 * src/capacity/: the schedule walked in decimal.js (as the library computed it before integer fen: each Decimal
 * rounded to the fen), and the largest affordable amount found by brute force: every window's and prefix's bound
 * divided out, the first strictly smallest kept; then the multiples below it tried from the top, each candidate's
 * Decimal schedule run through the month-by-month check the report shows (`checkCapacity`), the first that exceeds
 * no limit and leaves no period uncovered taken (at most 100 tried, as the library promises).
 */
import { type AffordableAmount, type CapacityTerms, checkCapacity } from '../../src/capacity/capacity.js';
import { effectiveAnnualRate, type Schedule, type ScheduleRequest, type ScheduleRow } from '../../src/capacity/schedule.js';
import { addMonths, formatIsoDate, mustParseIsoDate } from '../../src/dates/index.js';
import { type Dec, D, ONE, ZERO, roundFen, sum } from '../../src/money/index.js';
import type { Policy } from '../../src/profile/policy.js';
import type { RepaymentMethod } from '../../src/profile/schema.js';

interface Loan {
  readonly monthlyRate: Dec;
  readonly months: number;
  readonly method: RepaymentMethod;
  readonly rounding: Policy['rounding'];
}

/** P·r·(1 + r)^n / ((1 + r)^n − 1), P / n when r = 0. */
function pmt(amount: Dec, r: Dec, n: number): Dec {
  if (r.isZero()) return amount.div(n);
  const g = r.plus(1).pow(n);
  return amount.times(r).times(g).div(g.minus(1));
}

/** The schedule walked in decimal.js. */
export function referenceSchedule(req: ScheduleRequest): Schedule {
  const { amount, monthlyRate, months, method, rounding } = req;
  const start = req.startDate === undefined ? undefined : mustParseIsoDate(req.startDate);
  const regular = method === 'annuity' ? roundFen(pmt(amount, monthlyRate, months), rounding) : roundFen(amount.div(months), rounding);
  const rows: ScheduleRow[] = [];
  let balance = amount;
  for (let period = 1; period <= months; period++) {
    const interest = roundFen(balance.times(monthlyRate), rounding);
    let principal: Dec;
    if (period === months) principal = balance;
    else if (method === 'annuity') principal = D.min(D.max(regular.minus(interest), ZERO), balance);
    else principal = D.min(regular, balance);
    const closing = balance.minus(principal);
    rows.push({
      period,
      dueDate: start ? formatIsoDate(addMonths(start, period)) : null,
      openingBalance: balance,
      payment: principal.plus(interest),
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
    effectiveAnnualRate: effectiveAnnualRate(monthlyRate),
  };
}

/** The largest affordable amount by brute force (see the file's comment). */
export function referenceMaxAffordable(loan: Loan, terms: CapacityTerms, multiple: Dec): AffordableAmount {
  const n = loan.months;
  const r = loan.monthlyRate;
  // payment of period k per unit of amount: the annuity's PMT(r, n, 1), or (1 + r(n − k + 1)) ÷ n
  const c = Array.from({ length: n }, (_, i) => (loan.method === 'annuity' ? pmt(ONE, r, n) : ONE.plus(r.times(n - i)).div(n)));
  const s = c.map((_, i) => terms.surplusByMonth[addMonths(terms.start, i + 1).month - 1] ?? ZERO);
  const candidates: { bound: Dec; kind: 'limit' | 'buffer'; periods: number[] }[] = [];
  const all = c.map((_, i) => i + 1);
  for (const periods of terms.basis === 'worst-month' ? all.map((k) => [k]) : [all]) {
    const ss = sum(periods.map((k) => s[k - 1] as Dec));
    const cs = sum(periods.map((k) => c[k - 1] as Dec));
    candidates.push({ bound: ss.gt(0) ? terms.limit.times(ss).div(cs) : ZERO, kind: 'limit', periods });
  }
  for (let k = 1; k <= n; k++) {
    const room = terms.openingBuffer.plus(sum(s.slice(0, k)));
    candidates.push({ bound: room.gt(0) ? room.div(sum(c.slice(0, k))) : ZERO, kind: 'buffer', periods: [k] });
  }
  let best = candidates[0] as (typeof candidates)[number];
  for (const candidate of candidates) if (candidate.bound.lt(best.bound)) best = candidate;
  const exact = D.max(best.bound, ZERO);
  const top = multiple.gt(0) ? exact.div(multiple).floor() : ZERO;
  let schedule: Schedule | null = null;
  let amount = ZERO;
  for (let i = 0; i < 100 && top.minus(i).gt(0); i++) {
    const candidate = top.minus(i).times(multiple);
    const s = referenceSchedule({ amount: candidate, ...loan, startDate: formatIsoDate(terms.start) });
    const check = checkCapacity(s, terms);
    if (!check.exceeded && check.uncoveredPeriods.length === 0) {
      schedule = s;
      amount = candidate;
      break;
    }
  }
  return {
    termMonths: n,
    method: loan.method,
    exact,
    amount,
    binding: { kind: best.kind, periods: best.periods },
    instalment: schedule?.instalment ?? null,
    totalInterest: schedule?.totalInterest ?? null,
    schedule,
  };
}
