/**
 * Property tests over thousands of random loans against an independent oracle: `financial` (a port of
 * numpy-financial; dev-only), whose `pmt` is the spreadsheet PMT in binary floating point.
 *
 * Why a float oracle is fine for a fen-rounded comparison: for the loans drawn here (≤ 1,000,000 CNY, ≤ 360
 * months, ≤ 3% a month) the payment is below 10^6 and `pmt` carries a relative error of a few 1e-16 per
 * operation, so its absolute error is far below 1e-6 CNY. Rounding the float to the fen can therefore only
 * disagree with rounding the exact value when the exact value lies within 1e-6 of a half fen (x.xx5); those
 * draws are skipped (`fc.pre`). The float enters Decimal through its shortest string (String(x)), as every
 * number does in xcheck, and is rounded by the same named mode as the schedule.
 */
import fc from 'fast-check';
import { pmt } from 'financial';
import { describe, expect, test } from 'vitest';

// Thousands of Decimal schedules of up to 360 rows: a generous per-test limit (not a timing assertion).
import { buildSchedule } from '../../src/capacity/schedule.js';
import { D, roundFen, sum, type RoundingMode } from '../../src/money/index.js';

/** Amounts in whole fen from 2,000.00 to 1,000,000.00; monthly rates 0–3% in steps of 0.0001%; 1–360 months. */
const loan = fc.record({
  fen: fc.integer({ min: 200_000, max: 100_000_000 }),
  rateMillionths: fc.integer({ min: 0, max: 30_000 }),
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
        fc.pre(fraction.minus('0.5').abs().gt('0.0001')); // not within 1e-6 CNY of a half fen
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
