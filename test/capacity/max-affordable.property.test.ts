/**
 * maxAffordable skips candidates that provably cannot be the smallest bound (src/capacity/capacity.ts). The
 * oracle here is the direct search: every window's limit × Σ surplus ÷ Σ coefficient and every prefix's
 * room ÷ Σ coefficient, divided out, the first strictly smallest kept. Both must give the same bound and the
 * same binding constraint on random surpluses (ties, zeros and negatives included), both methods and bases.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type CapacityTerms, maxAffordable, paymentCoefficients } from '../../src/capacity/capacity.js';
import { addMonths } from '../../src/dates/index.js';
import { D, type Dec, ZERO, sum } from '../../src/money/index.js';

function directBound(c: Dec[], s: Dec[], terms: CapacityTerms) {
  let best: { bound: Dec; kind: string; periods: number[] } | null = null;
  const consider = (bound: Dec, kind: string, periods: number[]) => {
    const b = D.max(bound, ZERO);
    if (best === null || b.lt(best.bound)) best = { bound: b, kind, periods };
  };
  const all = c.map((_, i) => i + 1);
  for (const periods of terms.basis === 'worst-month' ? all.map((k) => [k]) : [all]) {
    const cs = sum(periods.map((k) => c[k - 1]!));
    const ss = sum(periods.map((k) => s[k - 1]!));
    consider(ss.gt(0) ? terms.limit.times(ss).div(cs) : ZERO, 'limit', periods);
  }
  let cPrefix = ZERO;
  let room = terms.openingBuffer;
  for (let k = 1; k <= c.length; k++) {
    cPrefix = cPrefix.plus(c[k - 1]!);
    room = room.plus(s[k - 1]!);
    consider(room.gt(0) ? room.div(cPrefix) : ZERO, 'buffer', [k]);
  }
  return best as { bound: Dec; kind: string; periods: number[] } | null;
}

const RUNS = Number(process.env.XCHECK_PROPERTY_RUNS ?? 200);

describe('maxAffordable against the direct bound search', () => {
  test('same bound and binding constraint', () => {
    fc.assert(
      fc.property(
        // surpluses in yuan from a small set so that ties are common, some zero or negative
        fc.array(fc.constantFrom(-500, 0, 1000, 1000, 2500, 3000, 3000, 12345, 40000), { minLength: 12, maxLength: 12 }),
        fc.constantFrom('0', '0.0085', '0.0129', '0.03'),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom('annuity' as const, 'equal-principal' as const),
        fc.constantFrom('worst-month' as const, 'whole-term' as const),
        fc.constantFrom('0.5', '0.7', '1'),
        fc.constantFrom(0, 10000),
        fc.integer({ min: 1, max: 12 }),
        (surplus, rate, months, method, basis, limit, opening, startMonth) => {
          const terms: CapacityTerms = {
            limit: new D(limit),
            basis,
            openingBuffer: new D(opening),
            surplusByMonth: surplus.map((x) => new D(x)),
            grossProfitByMonth: surplus.map(() => new D(1)),
            start: { year: 2026, month: startMonth, day: 15 },
          };
          const loan = { monthlyRate: new D(rate), months, method, rounding: 'half-up' as const };
          const c = paymentCoefficients(loan.monthlyRate, months, method);
          const s = c.map((_, i) => terms.surplusByMonth[addMonths(terms.start, i + 1).month - 1]!);
          const expected = directBound(c, s, terms);
          const got = maxAffordable(loan, terms, new D(1000));
          expect(got.exact.toString()).toBe((expected?.bound ?? ZERO).toString());
          expect(got.binding).toEqual(expected === null ? null : { kind: expected.kind, periods: expected.periods });
        },
      ),
      { numRuns: RUNS },
    );
  });
});
