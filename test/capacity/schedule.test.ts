import { describe, expect, test } from 'vitest';
import { buildSchedule, scheduleFromInput } from '../../src/capacity/schedule.js';
import { D, sum } from '../../src/money/index.js';

const annuity = (amount: string, rate: string, months: number, startDate?: string) =>
  buildSchedule({ amount: new D(amount), monthlyRate: new D(rate), months, method: 'annuity', rounding: 'half-up', ...(startDate ? { startDate } : {}) });

describe('annuity (等额本息): reference values from independent sources', () => {
  const s = annuity('100000', '0.0129', 12);
  test('instalment = Excel PMT(1.29%, 12, 100000) = 9,048.4965… → 9,048.50', () => {
    expect(s.instalment.toFixed(2)).toBe('9048.50');
  });
  test('month-1 interest = 100,000 × 0.0129 = 1,290.00', () => {
    expect(s.rows[0]?.interest.toFixed(2)).toBe('1290.00');
  });
  test('with fen rounding the last instalment is 9,048.46 and total interest 8,581.96', () => {
    expect(s.rows[11]?.payment.toFixed(2)).toBe('9048.46');
    expect(s.totalInterest.toFixed(2)).toBe('8581.96');
    // total paid = 100,000 + 8,581.96
    expect(s.totalPaid.toFixed(2)).toBe('108581.96');
  });
  test('effective annual rate (1.0129)^12 − 1 = 16.627%', () => {
    expect(s.effectiveAnnualRate.toFixed(5)).toBe('0.16627');
  });
  test('principal sums exactly to the loan; the final balance is exactly 0', () => {
    expect(sum(s.rows.map((r) => r.principal)).eq(100000)).toBe(true);
    expect(s.rows[11]?.closingBalance.isZero()).toBe(true);
  });
  test("Apache Fineract's vector: 100 at 9.4822% a year, 6 months, 360/30: 17.13 and interest 0.79 … 0.13", () => {
    const f = buildSchedule({ amount: new D(100), monthlyRate: new D('0.094822').div(12), months: 6, method: 'annuity', rounding: 'half-even' });
    expect(f.instalment.toFixed(2)).toBe('17.13');
    expect(f.rows.map((r) => r.interest.toFixed(2))).toEqual(['0.79', '0.66', '0.53', '0.40', '0.27', '0.13']);
  });
});

describe('equal principal (等额本金)', () => {
  test('12,000 over 12 months at 1%: principal 1,000 each; interest 120, 110, …, 10', () => {
    const s = buildSchedule({ amount: new D(12000), monthlyRate: new D('0.01'), months: 12, method: 'equal-principal', rounding: 'half-up' });
    expect(s.rows.map((r) => r.principal.toFixed(2))).toEqual(Array(12).fill('1000.00'));
    // interest_k = (12,000 − 1,000·(k−1)) × 0.01 = 120 − 10·(k−1)
    expect(s.rows.map((r) => r.interest.toFixed(2))).toEqual(
      ['120', '110', '100', '90', '80', '70', '60', '50', '40', '30', '20', '10'].map((x) => `${x}.00`),
    );
    // Σ interest = 10 × (12 + 11 + … + 1) = 10 × 78 = 780
    expect(s.totalInterest.toFixed(2)).toBe('780.00');
    expect(s.maxPayment.toFixed(2)).toBe('1120.00');
  });
  test('the last payment absorbs the rounding: 100 over 3 months → 33.33, 33.33, 33.34', () => {
    const s = buildSchedule({ amount: new D(100), monthlyRate: new D(0), months: 3, method: 'equal-principal', rounding: 'half-up' });
    expect(s.rows.map((r) => r.principal.toFixed(2))).toEqual(['33.33', '33.33', '33.34']);
  });
});

describe('due dates', () => {
  test('a 31 January start falls due on 29 February, 31 March, 30 April (2024, a leap year) — no drift', () => {
    const s = annuity('1000', '0.01', 4, '2024-01-31');
    expect(s.rows.map((r) => r.dueDate)).toEqual(['2024-02-29', '2024-03-31', '2024-04-30', '2024-05-31']);
  });
  test('28 February in a common year', () => {
    expect(annuity('1000', '0.01', 1, '2026-01-31').rows[0]?.dueDate).toBe('2026-02-28');
  });
  test('no start date: due dates are null', () => {
    expect(annuity('1000', '0.01', 2).rows.map((r) => r.dueDate)).toEqual([null, null]);
  });
});

describe('zero rate and validation', () => {
  test('zero rate: P / n', () => {
    const s = annuity('1200', '0', 12);
    expect(s.instalment.toFixed(2)).toBe('100.00');
    expect(s.totalInterest.isZero()).toBe(true);
  });
  test('bad input gives paths, never throws', () => {
    const r = scheduleFromInput({ amount: -5, monthlyRate: '0.0129', months: 0, startDate: '2026-02-30' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path).sort()).toEqual(['amount', 'months', 'startDate']);
  });
  test('buildSchedule rejects a non-positive amount with a RangeError', () => {
    expect(() => annuity('0', '0.01', 12)).toThrow(RangeError);
  });
});
