/**
 * Seasonal plans by hand (docs/capacity.md §6), their effective annual rate, their input validation, and the
 * proposal of the recommendation.
 */
import { describe, expect, test } from 'vitest';
import { type CapacityTerms, checkCapacity } from '../../src/capacity/capacity.js';
import { buildSchedule } from '../../src/capacity/schedule.js';
import { buildSeasonalPlan, proposeSeasonalPlan, seasonalPlanFromInput } from '../../src/capacity/seasonal-plan.js';
import { D } from '../../src/money/index.js';

const money = (xs: readonly { toFixed(n: number): string }[]) => xs.map((x) => x.toFixed(2));

describe('plans by hand', () => {
  test('balloon: 12,000 at 1%, half in period 2', () => {
    // principal 12,000 × 0.25 = 3,000, 6,000, then the 3,000 left; interest 120, 90, 30
    const p = buildSeasonalPlan({ amount: D(12000), monthlyRate: D('0.01'), months: 3, shape: { kind: 'balloon', period: 2, share: D('0.5') }, rounding: 'half-up' });
    expect(money(p.rows.map((r) => r.principal))).toEqual(['3000.00', '6000.00', '3000.00']);
    expect(money(p.rows.map((r) => r.payment))).toEqual(['3120.00', '6090.00', '3030.00']);
    expect(p.totalInterest.toFixed(2)).toBe('240.00');
    expect(p.balloonPeriod).toBe(2);
    // interest paid every month on the balance: the effective rate is the loan's, 1.01^12 − 1 = 0.126825030…
    expect(p.effectiveAnnualRate?.toFixed(6)).toBe('0.126825');
  });

  test('grace: 10,000.01 at 1.29% over 4 months, 2 months of grace; the last absorbs the fen', () => {
    // interest 129.00, 129.00; principal ⌊10,000.01 ÷ 2⌋ = 5,000.00 then 5,000.01; interest 129.00, 64.50 (5,000.01 × 0.0129 = 64.500129)
    const p = buildSeasonalPlan({ amount: D('10000.01'), monthlyRate: D('0.0129'), months: 4, shape: { kind: 'grace', months: 2 }, rounding: 'half-up' });
    expect(money(p.rows.map((r) => r.principal))).toEqual(['0.00', '0.00', '5000.00', '5000.01']);
    expect(money(p.rows.map((r) => r.interest))).toEqual(['129.00', '129.00', '129.00', '64.50']);
    expect(p.interestOnlyPeriods).toEqual([1, 2]);
  });

  test('interest-only in periods 2 and 3 of 4: 9,000 at 0%', () => {
    // principal 9,000 ÷ 2 = 4,500 in periods 1 and 4; no interest; the effective rate is 0
    const p = buildSeasonalPlan({ amount: D(9000), monthlyRate: D(0), months: 4, shape: { kind: 'interest-only', periods: [2, 3] }, rounding: 'half-up' });
    expect(money(p.rows.map((r) => r.payment))).toEqual(['4500.00', '0.00', '0.00', '4500.00']);
    expect(p.effectiveAnnualRate?.toFixed(6)).toBe('0.000000');
  });

  test('proportional with rounding down: 100 over weights 1, 1, 1 (the last takes 33.34)', () => {
    const p = buildSeasonalPlan({ amount: D(100), monthlyRate: D(0), months: 3, shape: { kind: 'proportional', weights: [D(1), D(1), D(1)] }, rounding: 'half-up' });
    expect(money(p.rows.map((r) => r.principal))).toEqual(['33.33', '33.33', '33.34']);
  });

  test('a zero-rate bullet: every weight 0 leaves the whole loan to the last period', () => {
    const p = buildSeasonalPlan({ amount: D(500), monthlyRate: D(0), months: 2, shape: { kind: 'proportional', weights: [D(0), D(0)] }, rounding: 'half-up' });
    expect(money(p.rows.map((r) => r.payment))).toEqual(['0.00', '500.00']);
  });
});

describe('input', () => {
  test('a plan from plain input, with due dates', () => {
    const r = seasonalPlanFromInput({ amount: '12000', monthlyRate: '0.01', months: 3, kind: 'balloon', balloonPeriod: 2, startDate: '2026-01-31' });
    expect(r.ok && r.plan.rows.map((x) => x.dueDate)).toEqual(['2026-02-28', '2026-03-31', '2026-04-30']);
  });

  test('a shape that does not fit the term is an input error, never a throw', () => {
    const cases = [
      { kind: 'grace', graceMonths: 3 },
      { kind: 'interest-only', interestOnlyPeriods: [4] },
      { kind: 'proportional', weights: ['1', '2'] },
      { kind: 'proportional', weights: ['1', '-2', '3'] },
      { kind: 'balloon', balloonPeriod: 1, balloonShare: '1.5' },
      { kind: 'balloon' },
    ];
    for (const c of cases) {
      const r = seasonalPlanFromInput({ amount: '100', monthlyRate: '0.01', months: 3, ...c });
      expect(r.ok, JSON.stringify(c)).toBe(false);
    }
  });
});

describe('the proposal', () => {
  // surplus Jan–Dec: 400 everywhere but Sep–Oct 50,000, Nov 15,000, Dec 4,200 (fixtures/capacity/seasonal-plan-crab-trader.json)
  const surplus = Array.from({ length: 12 }, () => D(400));
  surplus[8] = D(50000);
  surplus[9] = D(50000);
  surplus[10] = D(15000);
  surplus[11] = D(4200);
  const terms: CapacityTerms = {
    limit: D('0.7'),
    basis: 'worst-month',
    openingBuffer: D(0),
    surplusByMonth: surplus,
    grossProfitByMonth: surplus,
    start: { year: 2026, month: 8, day: 20 },
  };
  const request = (amount: number) =>
    buildSchedule({ amount: D(amount), monthlyRate: D('0.01'), months: 6, method: 'annuity', startDate: '2026-08-20', rounding: 'half-up' });

  test('equal instalments fail in the slow months, the year covers: the proportional plan, judged month by month', () => {
    const schedule = request(60000);
    const check = checkCapacity(schedule, terms);
    expect(check.exceeded).toBe(true);
    const proposal = proposeSeasonalPlan(schedule, check, terms, 'half-up', (s) => checkCapacity(s, terms));
    expect(proposal?.plan.kind).toBe('proportional');
    expect(proposal?.slowPeriods).toEqual([4, 5, 6]);
    // principal = half of each surplus: 25,000, 25,000, 7,500, 2,100, 200, 200; interest 600, 350, 100, 25, 4, 2
    expect(money(proposal?.plan.rows.map((r) => r.payment) ?? [])).toEqual(['25600.00', '25350.00', '7600.00', '2125.00', '204.00', '202.00']);
    expect(proposal?.check.exceeded).toBe(false);
    expect(proposal?.check.worst.ratio?.toFixed(4)).toBe('0.5120'); // September 25,600 ÷ 50,000
  });

  test('no proposal when equal instalments fit', () => {
    const schedule = request(1000);
    const check = checkCapacity(schedule, terms);
    expect(check.exceeded).toBe(false);
    expect(proposeSeasonalPlan(schedule, check, terms, 'half-up', (s) => checkCapacity(s, terms))).toBeNull();
  });

  test('no proposal when the year does not cover: 0.7 × 120,000 = 84,000 < 6 × PMT(1%, 6, 90,000) = 93,529.28', () => {
    const schedule = request(90000);
    expect(proposeSeasonalPlan(schedule, checkCapacity(schedule, terms), terms, 'half-up', (s) => checkCapacity(s, terms))).toBeNull();
  });
});
