import { describe, expect, test } from 'vitest';
import { defaultPolicy } from '../../src/profile/policy.js';
import { parseInput } from '../../src/report/analyze.js';
import { baseProfile } from '../rules/context.js';

const errorsOf = (profile: unknown, policy?: unknown) => {
  const r = parseInput(profile, policy);
  return r.ok ? [] : r.errors.map((e) => [e.path, e.code]);
};

describe('observation fields', () => {
  test('accept a full set of observations', () => {
    const profile = baseProfile({
      salesEstimates: {
        bankInflows: { monthlyAverage: 1, nonSales: '0', cashShare: '0.99', months: 12 },
        sampledMonth: { amount: '1', month: 12, source: 'ledger' },
        dailySales: { averageDaily: 1, openingDaysPerMonth: 30 },
        till: { cash: 1, openingFloat: 0, hoursOpenSoFar: 1, hoursPerDay: 10, openingDaysPerMonth: 30, cashShare: 1 },
        pieceRate: { monthlyWageBill: 1, ratePerUnit: '0.5', unitPrice: 1 },
        commissions: { monthly: 1, rate: '0.05' },
        twelveMonthAverage: { monthlyAverage: 1, source: 'ledger' },
      },
      products: [{ name: 'a', price: 2, cost: 1, shareOfSales: 1 }],
      operations: {
        unit: 'kg',
        declaredUnitsPerMonth: 1,
        averageUnitPrice: 1,
        workers: 1,
        outputPerWorkerDay: 1,
        workingDaysPerMonth: 1,
        overtimeDaysPerMonth: '6.5',
        electricity: { kWhPerMonth: 1, kWhPerUnit: 1, baseLoadKWh: 0 },
        consumables: [{ item: 'copper filings', kind: 'by-product', quantityPerMonth: 1, perUnitOfOutput: 1 }],
      },
      stock: { stockingDays: 30, unsaleable: 0 },
      regionClass: 'rural',
    });
    expect(errorsOf(profile)).toEqual([]);
  });

  test('report each bad observation with its path', () => {
    const profile = baseProfile({
      salesEstimates: { sampledMonth: { amount: '1', month: 13 }, commissions: { monthly: 1, rate: 0 } },
      products: [
        { name: 'a', price: 2, cost: 1, shareOfSales: '0.6' },
        { name: 'b', price: 2, cost: 1, shareOfSales: '0.5' },
      ],
      operations: { wokers: 3 },
      regionClass: 'suburb',
    });
    expect(errorsOf(profile)).toEqual([
      ['salesEstimates.sampledMonth.month', 'monthRange'],
      ['salesEstimates.commissions.rate', 'positive'],
      ['products', 'sharesOverOne'],
      ['operations.wokers', 'unknown_key'],
      ['regionClass', 'enum'],
    ]);
  });
});

describe('policy sections of the cross-checks', () => {
  test('have their documented defaults', () => {
    const p = defaultPolicy();
    expect(p.salesTriangulation).toEqual({ tolerance: '0.2', critical: '0.5', minAgreeing: 2 });
    expect(p.productionCapacity).toEqual({ tolerance: '0.2', critical: '0.5' });
    expect(p.grossMargin).toEqual({ tolerance: '0.05', critical: '0.1', industries: [] });
    expect(p.inventory).toEqual({ tolerance: '0.3', critical: '0.6', monthsOfSales: { max: '3', critical: '6' } });
    expect(p.household).toEqual({ minimumPerPerson: { city: '1500', town: '1000', rural: '600' }, defaultRegionClass: 'town', tolerance: '0', critical: '0.5' });
    expect(p.leverage).toEqual({ liabilitiesToEquity: { max: '1', critical: '2' }, debtToMonthlySales: { max: '3', critical: '6' } });
    expect(p.liquidity).toEqual({ currentRatio: { min: '1', critical: '0.7' }, quickRatio: { min: '0.5', critical: '0.3' } });
  });

  test('reject bad thresholds with a policy path', () => {
    const policy = { leverage: { liabilitiesToEquity: { max: '-1' } }, household: { minimumPerPerson: { village: 1 } } };
    expect(errorsOf(baseProfile(), policy)).toEqual([
      ['policy.household.minimumPerPerson.village', 'unknown_key'],
      ['policy.leverage.liabilitiesToEquity.max', 'positive'],
    ]);
  });
});
