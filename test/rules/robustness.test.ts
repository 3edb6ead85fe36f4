import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/report/analyze.js';
import { defaultRules } from '../../src/rules/registry.js';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

// Zero sales, a 100% margin, zero balances: every division in the new rules meets a zero somewhere.
const edgeProfile = () =>
  deepFreeze({
    analysisDate: '2026-06-30',
    business: { name: 'edge', industry: 'x', kind: 'production', startDate: '2020-01-01' },
    sales: { annual: '0' },
    grossMargin: '1',
    purchases: { annual: '0' },
    balances: { cash: '0', inventory: '0', payables: '0' },
    household: { members: 0, monthlyExpenses: '0' },
    products: [{ name: 'a', price: '1', cost: '0', shareOfSales: '0' }],
    salesEstimates: { bankInflows: { monthlyAverage: '0' }, till: { cash: '0', hoursOpenSoFar: '1', hoursPerDay: '1', openingDaysPerMonth: 0 } },
    operations: { averageUnitPrice: '1', workers: 0, outputPerWorkerDay: '0', workingDaysPerMonth: 0, electricity: { kWhPerMonth: '0', kWhPerUnit: '1' } },
    stock: { stockingDays: 0 },
    loanRequest: { amount: '1000', termMonths: 12, monthlyRate: '0.01' },
  });

describe('the new rules on edge inputs', () => {
  test('never throw, never mutate the profile, and report every rule as ran or skipped with a reason', () => {
    const profile = edgeProfile();
    const before = JSON.stringify(profile);
    const r = analyze(profile);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(JSON.stringify(profile)).toBe(before);
    expect(r.report.rules.map((x) => x.id)).toEqual(defaultRules.map((x) => x.id));
    // no rule fell into the registry's internal-error path
    expect(r.report.rules.filter((x) => x.reason?.en.startsWith('internal error'))).toEqual([]);
    // the loan with no sales to repay it from: LEVERAGE_HIGH critical with no ratio
    expect(r.report.flags.filter((f) => f.code === 'LEVERAGE_HIGH').map((f) => [f.severity, f.observed])).toEqual([['critical', null]]);
  });
});
