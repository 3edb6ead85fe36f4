/**
 * Property tests over thousands of random loans against an independent oracle: `financial` (a port of
 * numpy-financial; dev-only), whose `pmt` is the spreadsheet PMT in binary floating point.
 *
 * Why a float oracle is fine for a fen-rounded comparison: the payment is below 10^6 CNY here and `pmt` computes
 * P·r / (1 − (1 + r)^−n) in doubles. Its relative error is a few 1e-16, except that 1 − (1 + r)^−n ≈ n·r loses
 * digits when n·r is small: the error grows like 1e-16 / (n·r). With monthly rates of at least 0.01% (or exactly 0,
 * where pmt is P / n) that bounds the absolute error by about 10^6 × 1e-16 / 1e-4 = 1e-6 CNY. Rounding the float to
 * the fen can then only disagree with rounding the exact value when the exact value lies that close to a half fen
 * (x.xx5); draws within 1e-4 CNY of one (a 100× margin) are skipped with `fc.pre`. A first version drew rates down to
 * 0.0001% and skipped only within 1e-6: fast-check found 744,433.17 at 0.0001% over 8 months, where the float PMT is
 * off by about 3e-6 and rounds to the other fen — the exact Decimal schedule was right.
 * The float enters Decimal through its shortest string (String(x)), as every number does in xcheck, and is rounded
 * with the same named mode as the schedule.
 */
import fc from 'fast-check';
import { pmt } from 'financial';
import { describe, expect, test } from 'vitest';

// Thousands of Decimal schedules of up to 360 rows: a generous per-test limit (not a timing assertion).
import { buildSchedule } from '../../src/capacity/schedule.js';
import { D, roundFen, sum, type RoundingMode } from '../../src/money/index.js';

/** Amounts in whole fen from 2,000.00 to 1,000,000.00; monthly rates 0, or 0.01%–3% in steps of 0.0001%; 1–360 months. */
const loan = fc.record({
  fen: fc.integer({ min: 200_000, max: 100_000_000 }),
  rateMillionths: fc.oneof(fc.constant(0), fc.integer({ min: 100, max: 30_000 })),
  months: fc.integer({ min: 1, max: 360 }),
  rounding: fc.constantFrom<RoundingMode>('half-up', 'half-even'),
});

const toLoan = (l: { fen: number; rateMillionths: number; months: number }) => ({
  amount: new D(l.fen).div(100),
  monthlyRate: new D(l.rateMillionths).div(1_000_000),
  months: l.months,
});

describe('annuity schedule against the PMT oracle (financial.pmt)', () => {
  test('the instalment is the oracle’s PMT rounded to the fen', () => {
    fc.assert(
      fc.property(loan, (l) => {
        const { amount, monthlyRate, months } = toLoan(l);
        // The oracle gets floats made from the same exact decimals (fen / 100 and millionths / 10^6 are exact
        // enough in binary for the reasoning above: their representation error is below 1e-16 relative).
        const oracle = new D(String(-pmt(l.rateMillionths / 1_000_000, months, l.fen / 100)));
        const cents = oracle.times(100);
        const fraction = cents.minus(cents.floor());
        fc.pre(fraction.minus('0.5').abs().gt('0.01')); // not within 1e-4 CNY of a half fen
        const s = buildSchedule({ amount, monthlyRate, months, method: 'annuity', rounding: l.rounding });
        expect(s.instalment.toFixed(2)).toBe(roundFen(oracle, l.rounding).toFixed(2));
      }),
      { numRuns: 3000 },
    );
  }, 120_000);

  test('Σ principal = the loan, the balance is never negative and ends at exactly 0 (both methods)', () => {
    fc.assert(
      fc.property(loan, fc.constantFrom('annuity' as const, 'equal-principal' as const), (l, method) => {
        const { amount, monthlyRate, months } = toLoan(l);
        const s = buildSchedule({ amount, monthlyRate, months, method, rounding: l.rounding });
        expect(sum(s.rows.map((r) => r.principal)).eq(amount)).toBe(true);
        expect(s.rows.every((r) => !r.closingBalance.isNegative() && !r.principal.isNegative())).toBe(true);
        expect(s.rows[s.rows.length - 1]?.closingBalance.isZero()).toBe(true);
        // total paid = loan + Σ interest, and each payment = principal + interest
        expect(s.totalPaid.eq(amount.plus(sum(s.rows.map((r) => r.interest))))).toBe(true);
        expect(s.rows.every((r) => r.payment.eq(r.principal.plus(r.interest)))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  }, 120_000);
});

test('the case fast-check found: 744,433.17 at 0.0001% a month over 8 months is 93,054.56, not the float’s …57', () => {
  // PMT = P/n · (1 + r(n+1)/2 + r²(n²−1)/12 + …) with P/n = 744,433.17 / 8 = 93,054.14625, r = 1e-6, n = 8:
  // 93,054.14625 × 4.5e-6 = 0.418743658…; 93,054.14625 × 5.25e-12 = 0.000000489 → 93,054.564994… → 93,054.56 (half-up)
  const s = buildSchedule({ amount: new D('744433.17'), monthlyRate: new D('0.000001'), months: 8, method: 'annuity', rounding: 'half-up' });
  expect(s.instalment.toFixed(2)).toBe('93054.56');
  expect(s.rows[0]?.payment.toFixed(2)).toBe('93054.56');
});
