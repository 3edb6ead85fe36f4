/**
 * The capacity search against the brute-force oracle of test/support/capacity-reference.ts (the schedule walked in
 * decimal.js, every bound divided out, the multiples below the bound tried from the top through the month-by-month
 * check). On random surpluses (flat, seasonal, with zeros, negatives, ties, tiny and large figures), rates, terms,
 * methods, bases, limits, opening buffers, multiples, rounding modes and start dates, both must give the same
 * Decimals (compared by their exact strings, the sign of zero included): the bound, the amount, the binding
 * constraint, the instalment, the total interest and the schedule; and buildSchedule the Decimal walk's schedule.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type CapacityTerms, maxAffordable, paymentCoefficients, paymentMargin } from '../../src/capacity/capacity.js';
import { buildSchedule } from '../../src/capacity/schedule.js';
import { D, type Dec } from '../../src/money/index.js';
import { referenceMaxAffordable, referenceSchedule } from '../support/capacity-reference.js';
import { RUNS } from '../support/properties.js';

/** About 10 ms a run on a loaded 2-core machine, with room to spare. */
const TIMEOUT = Math.max(30_000, RUNS * 60);

/** Decimals as exact strings (−0 kept apart from 0), everything else as is; getters are read. */
function canon(value: unknown): unknown {
  if (D.isDecimal(value)) {
    const d = value as Dec;
    return d.isZero() && d.isNegative() ? '-0' : d.toString();
  }
  if (Array.isArray(value)) return value.map(canon);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canon((value as Record<string, unknown>)[k])]));
  return value;
}

// Money in fen: ordinary monthly surpluses, some zero or negative, a few tiny or very large.
const money = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 100_000, max: 6_000_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -50_000, -1, 1, 7, 99_999_999_999_999, 300_000_000_000_000_000) },
  { weight: 2, arbitrary: fc.integer({ min: -2_000_000, max: 2_000_000 }) },
);
const fen = (cents: number) => new D(cents).div(100);
const year: fc.Arbitrary<number[]> = fc.oneof(
  { weight: 3, arbitrary: money.map((m) => Array.from({ length: 12 }, () => m)) }, // flat sales
  { weight: 3, arbitrary: fc.array(money, { minLength: 12, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(-500_00, 0, 1000_00, 2500_00, 3000_00, 3000_00, 40000_00), { minLength: 12, maxLength: 12 }) },
);

const termsArb = fc.record({
  surplus: year,
  gross: fc.oneof(year, fc.constant(null)),
  limit: fc.constantFrom('0.7', '0.7', '0.5', '1', '0.33', '0.999999999999999999999999999999', '0.9999999999999999999999999999999'),
  basis: fc.constantFrom('worst-month' as const, 'worst-month' as const, 'whole-term' as const),
  opening: fc.oneof(fc.constant(0), fc.constant(0), money),
  start: fc.record({ year: fc.integer({ min: 2020, max: 2030 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) }),
});

const loanArb = fc.record({
  rate: fc.constantFrom('0', '0.0085', '0.0099', '0.0115', '0.0129', '0.03', '0.123456789', '0.5'),
  months: fc.oneof(fc.constantFrom(6, 12, 18, 24, 36), fc.integer({ min: 1, max: 60 })),
  method: fc.constantFrom('annuity' as const, 'equal-principal' as const),
  rounding: fc.constantFrom('half-up' as const, 'half-even' as const),
  multiple: fc.constantFrom('1000', '1000', '100', '1', '0.01', '0.1', '3', '500', '7.77', '100000'),
  amount: fc.integer({ min: 1, max: 200_000_000 }),
});

type TermsInput = typeof termsArb extends fc.Arbitrary<infer T> ? T : never;

function termsOf(t: TermsInput): CapacityTerms {
  const surplusByMonth = t.surplus.map(fen);
  return {
    limit: new D(t.limit),
    basis: t.basis,
    openingBuffer: fen(t.opening),
    surplusByMonth,
    grossProfitByMonth: t.gross === null ? surplusByMonth : t.gross.map(fen),
    start: { ...t.start, day: Math.min(t.start.day, 28) },
  };
}

describe('the capacity search against the brute-force oracle (test/support/capacity-reference.ts)', () => {
  test('maxAffordable: same bound, amount, binding, instalment, total interest and schedule', () => {
    fc.assert(
      fc.property(termsArb, loanArb, (t, l) => {
        const terms = termsOf(t);
        const loan = { monthlyRate: new D(l.rate), months: l.months, method: l.method, rounding: l.rounding };
        const multiple = new D(l.multiple);
        expect(canon(maxAffordable(loan, terms, multiple))).toEqual(canon(referenceMaxAffordable(loan, terms, multiple)));
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  test('buildSchedule: the schedule of the Decimal walk', () => {
    fc.assert(
      fc.property(loanArb, (l) => {
        const req = { amount: fen(l.amount), monthlyRate: new D(l.rate), months: l.months, method: l.method, rounding: l.rounding, startDate: '2026-01-31' };
        expect(canon(buildSchedule(req))).toEqual(canon(referenceSchedule(req)));
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  test('paymentMargin: every fen-rounded payment is within the margin of amount × its coefficient', () => {
    fc.assert(
      fc.property(loanArb, fc.integer({ min: 1, max: 1_000_000_000_000 }), (l, cents) => {
        const loan = { monthlyRate: new D(l.rate), months: l.months, method: l.method };
        const amount = fen(cents);
        const c = paymentCoefficients(loan.monthlyRate, loan.months, loan.method);
        // the derivation's margin, without the fen of slack kept for the 40-digit rounding of the bound search
        const margin = paymentMargin(loan).minus('0.01').plus('1e-12');
        const rows = referenceSchedule({ amount, ...loan, rounding: l.rounding }).rows;
        for (const row of rows) expect(row.payment.lte(amount.times(c[row.period - 1] as Dec).plus(margin))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
