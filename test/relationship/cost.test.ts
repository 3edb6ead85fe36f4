import { irr as oracleIrr } from 'financial';
import { describe, expect, test } from 'vitest';
import { buildSchedule } from '../../src/capacity/schedule.js';
import { D, toDecimal } from '../../src/money/index.js';
import { loanCost } from '../../src/relationship/cost.js';

const schedule = (months: number) =>
  buildSchedule({ amount: new D(100000), monthlyRate: new D('0.0129'), months, method: 'annuity', rounding: 'half-up' });

const base = {
  depositShare: new D('0.2'),
  depositRate: new D('0.015'),
  transferRate: new D('0.025'),
  demandDepositRate: new D('0.0035'),
  rounding: 'half-up' as const,
};

describe('loanCost', () => {
  test('one month, no deposit interest: the cost is 1,290 / 80,000 = 1.6125% a month, by hand', () => {
    const c = loanCost({ ...base, schedule: schedule(1), depositRate: new D(0) });
    // t0: 100,000 − 20,000 = 80,000 received; t1: −101,290 + 20,000 = −81,290 paid.
    expect(c.flows.map((f) => f.toFixed(2))).toEqual(['80000.00', '-81290.00']);
    expect(c.monthlyCost?.toFixed()).toBe('0.016125');
    // 1.016125² = 1.032510015625; ^4 = 1.0660769324; ^8 = 1.1365200257; ^12 = ^8 × ^4 = 1.2116177826 → 0.2116
    expect(c.effectiveAnnualCost?.toFixed(4)).toBe('0.2116');
  });

  describe("the source's compensating-deposit case: 100,000 for 12 months at 1.29% a month, 20% kept on deposit at 1.5% a year", () => {
    const c = loanCost({ ...base, schedule: schedule(12) });

    test('cash flows: 80,000 usable; 11 × 9,048.50; last 9,048.46 less the 20,000 deposit and its 300 interest', () => {
      // deposit 100,000 × 0.2 = 20,000; interest 20,000 × 0.015 × 12/12 = 300;
      // last instalment: balance 8,933.22 + interest 8,933.22 × 0.0129 = 115.24 → 9,048.46;
      // last flow −9,048.46 + 20,000 + 300 = 11,251.54.
      expect(c.deposit.toFixed(2)).toBe('20000.00');
      expect(c.depositInterest.toFixed(2)).toBe('300.00');
      expect(c.usableAmount.toFixed(2)).toBe('80000.00');
      expect(c.flows[0]?.toFixed(2)).toBe('80000.00');
      expect(c.flows.slice(1, 12).every((f) => f.toFixed(2) === '-9048.50')).toBe(true);
      expect(c.flows[12]?.toFixed(2)).toBe('11251.54');
    });

    test('monthly cost between 1.92123% and 1.92124% (NPV −0.0082 and +0.0320 there, computed by hand with Python decimal)', () => {
      expect(c.monthlyCost?.gt('0.0192123')).toBe(true);
      expect(c.monthlyCost?.lt('0.0192124')).toBe(true);
    });

    test('agrees with the numpy-financial oracle to 1e-10', () => {
      const theirs = oracleIrr(c.flows.map((f) => Number(f.toFixed(2))));
      expect(c.monthlyCost?.minus(toDecimal(theirs)).abs().lt('1e-10')).toBe(true);
    });

    test('effective annual cost 25.65% against the contract 16.63%', () => {
      // 1.0192123^12 − 1 = 0.25654 (hand: ln 1.0192123 = 0.0190300 × 12 = 0.228360; e^0.228360 = 1.25654)
      expect(c.effectiveAnnualCost?.toFixed(4)).toBe('0.2565');
      // 1.0129^12 − 1 = 0.166269…
      expect(c.contractEffectiveAnnualRate.toFixed(4)).toBe('0.1663');
    });

    test('bank: loan yield and relationship yield on the average outstanding balance', () => {
      // average outstanding = Σ opening balances / 12 = 665,267.97 / 12 = 55,438.9975
      expect(c.bank.averageOutstanding.toFixed(4)).toBe('55438.9975');
      // interest Σ = 8,581.96 (1,290.00 + 1,189.92 + … + 115.24); 8,581.96 / 55,438.9975 = 0.154800
      expect(c.bank.loanInterest.toFixed(2)).toBe('8581.96');
      expect(c.bank.loanYield.toFixed(4)).toBe('0.1548');
      // deposit value 20,000 × (0.025 − 0.015) × 1 = 200; (8,581.96 + 200) / 55,438.9975 = 0.158408
      expect(c.bank.compensatingDepositValue.toFixed(2)).toBe('200.00');
      expect(c.bank.relationshipYield.toFixed(4)).toBe('0.1584');
    });
  });

  test('expected operating balances add their value at the transfer margin', () => {
    const balances = Array.from({ length: 12 }, () => new D(30000));
    const c = loanCost({ ...base, schedule: schedule(12), depositShare: new D(0), expectedBalances: balances });
    // 12 × 30,000 × (0.025 − 0.0035) / 12 = 645
    expect(c.bank.operatingDepositValue.toFixed(2)).toBe('645.00');
    // without a deposit the cost is the contract rate itself
    expect(c.monthlyCost?.toFixed(6)).toBe('0.012900');
  });
});
