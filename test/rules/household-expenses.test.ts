import { describe, expect, test } from 'vitest';
import { householdExpensesRule } from '../../src/rules/household-expenses/index.js';
import { baseProfile, flagsOf, run } from './context.js';

describe('HOUSEHOLD_EXPENSES_IMPLAUSIBLE', () => {
  test('fires below the minimum for the family and region', () => {
    // city: 1,500 × 4 = 6,000; declared 2,500: (2,500 − 6,000) / 6,000 = −58.33%, a shortfall beyond 50%: critical
    const flags = flagsOf(run(householdExpensesRule, baseProfile({ regionClass: 'city', household: { members: 4, monthlyExpenses: '2500' } })));
    expect(flags.map((f) => [f.code, f.severity, f.observed, f.expected, f.deviation?.relative])).toEqual([
      ['HOUSEHOLD_EXPENSES_IMPLAUSIBLE', 'critical', '2500.00', '6000.00', '-0.5833'],
    ]);
    const f = flags[0];
    expect(f?.subject).toEqual({});
    // shortfall (6,000 − 2,500) / 6,000 = 58.33% > household.critical 0.5
    expect(f?.requirement).toEqual({ path: 'household.critical', value: '0.5' });
    expect(f?.params).toEqual({ perPerson: '1500.00', members: 4, region: 'city' });
    expect(f?.message.en).toBe('Household expenses of 2,500.00 a month for 4 people are below the minimum of 6,000.00 for a city (-58.33%).');
    expect(f?.message.zh).toBe('4 口之家月开支 2,500.00，低于城市的最低水平 6,000.00（偏差 -58.33%）。');
    expect(f?.computation.zh).toBe('1,500.00 × 4 = 6,000.00；(2,500.00 − 6,000.00) ÷ 6,000.00 = -58.33%');
    // default region town: 1,000 × 4 = 4,000; (2,500 − 4,000) / 4,000 = −37.5%: warning, region marked defaulted
    const town = flagsOf(run(householdExpensesRule, baseProfile({ household: { members: 4, monthlyExpenses: '2500' } })));
    expect(town.map((f) => [f.severity, f.expected])).toEqual([['warning', '4000.00']]);
    expect(town[0]?.inputs.find((i) => i.name === 'regionClass')).toMatchObject({ value: 'town', defaulted: true });
    // 37.5% is beyond the tolerance 0, not beyond 0.5
    expect(town[0]?.requirement).toEqual({ path: 'household.tolerance', value: '0' });
  });

  test('stays quiet at or above the minimum', () => {
    // rural: 600 × 5 = 3,000; declared exactly 3,000
    expect(flagsOf(run(householdExpensesRule, baseProfile({ regionClass: 'rural', household: { members: 5, monthlyExpenses: '3000' } })))).toEqual([]);
  });

  test('uses the bank’s own minimum and is skipped without a household', () => {
    // a bank's city minimum of 500: 500 × 4 = 2,000 ≤ 2,500
    const policy = { household: { minimumPerPerson: { city: '500' } } };
    expect(flagsOf(run(householdExpensesRule, baseProfile({ regionClass: 'city', household: { members: 4, monthlyExpenses: '2500' } }), policy))).toEqual([]);
    expect(run(householdExpensesRule, baseProfile()).status).toBe('skipped');
  });

  test('a household of no members is skipped with its own reason', () => {
    const r = run(householdExpensesRule, baseProfile({ household: { members: 0, monthlyExpenses: '2500' } }));
    expect(r).toMatchObject({
      status: 'skipped',
      reasonCode: 'no-household-members',
      missing: ['household.members'],
      reason: { en: 'the household has no members', zh: '家庭人口为 0' },
    });
  });
});
