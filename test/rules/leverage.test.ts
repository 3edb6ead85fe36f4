import { describe, expect, test } from 'vitest';
import { leverageRule } from '../../src/rules/leverage/index.js';
import { baseProfile, flagsOf, run } from './context.js';

// Sales 1,800,000 a year: 150,000 a month.
describe('LEVERAGE_HIGH', () => {
  test('fires on liabilities to equity and on debt to monthly sales', () => {
    const profile = baseProfile({
      // assets 100,000 + 100,000 + 200,000 + 600,000 = 1,000,000
      balances: { cash: '100000', bank: '100000', receivables: '200000', inventory: '600000', payables: '300000' },
      loans: [
        { lender: 'bank', kind: 'bank', balance: '300000' },
        { lender: 'uncle', kind: 'private', balance: '100000' },
      ],
      loanRequest: { amount: '500000', termMonths: 12, monthlyRate: '0.0129' },
    });
    // liabilities 300,000 + 300,000 + 100,000 = 700,000; equity 300,000; 700,000 / 300,000 = 2.33 > 2: critical
    // (300,000 + 100,000 + 500,000) / 150,000 = 6.00 months: > 3, not > 6: warning
    const flags = flagsOf(run(leverageRule, profile));
    expect(flags.map((f) => [f.code, f.severity, f.unit, f.observed, f.expected])).toEqual([
      ['LEVERAGE_HIGH', 'critical', 'ratio', '2.33', '1.00'],
      ['LEVERAGE_HIGH', 'warning', 'months', '6.00', '3.00'],
    ]);
    expect(flags.map((f) => f.subject)).toEqual([{ ratio: 'liabilities-to-equity' }, { ratio: 'debt-to-monthly-sales' }]);
    // 2.33 is above the critical 2; 6.00 is above the ceiling 3 but not above the critical 6
    expect(flags.map((f) => f.requirement)).toEqual([
      { path: 'leverage.liabilitiesToEquity.critical', value: '2' },
      { path: 'leverage.debtToMonthlySales.max', value: '3' },
    ]);
    expect(flags[1]?.params).toEqual({
      loans: '400000.00',
      requested: '500000.00',
      debt: '900000.00',
      monthlySales: '150000.00',
      undefined: false,
      side: 'max',
      limit: '3',
    });
    expect(flags[1]?.computation.en).toBe('(400,000.00 + 500,000.00) / 150,000.00 = 6.00 > 3');
    expect(flags[1]?.computation.zh).toBe('(400,000.00 + 500,000.00) ÷ 150,000.00 = 6.00 > 3');
    expect(flags[0]?.message.en).toBe('Liabilities are 2.33 times equity (700,000.00 against 300,000.00), above 1.');
    expect(flags[0]?.message.zh).toBe('负债是权益的 2.33 倍（负债 700,000.00，权益 300,000.00），超过 1 倍。');
    expect(flags[0]?.formula.zh).toBe('负债权益比 = 负债合计 ÷ 所有者权益；应不超过上限 1 倍');
  });

  test('negative equity is critical', () => {
    // assets 300,000; liabilities 700,000; equity −400,000
    const profile = baseProfile({ balances: { cash: '300000', payables: '700000' } });
    const flags = flagsOf(run(leverageRule, profile));
    expect(flags.map((f) => [f.severity, f.observed])).toEqual([['critical', null]]);
    expect(flags[0]?.subject).toEqual({ ratio: 'liabilities-to-equity' });
    // no ratio: the ceiling itself is the requirement
    expect(flags[0]?.requirement).toEqual({ path: 'leverage.liabilitiesToEquity.max', value: '1' });
    expect(flags[0]?.params.undefined).toBe(true);
    expect(flags[0]?.computation.en).toBe('700,000.00 / -400,000.00: the denominator is not positive');
    expect(flags[0]?.message.zh).toBe('权益为 -400,000.00：负债 700,000.00 已超过资产。');
  });

  test('stays quiet on the worked example figures', () => {
    // assets 3,308,000 (with the van), liabilities 1,150,000, equity 2,158,000: 0.53;
    // (300,000 + 300,000) / 1,000,000 = 0.6 months
    const profile = baseProfile({
      sales: { annual: '12000000' },
      balances: { cash: '50000', bank: '450000', receivables: '1500000', inventory: '1200000', payables: '850000' },
      fixedAssets: [{ name: 'van', purchaseDate: '2024-06-30', cost: '180000', usefulLifeMonths: 60 }],
      loans: [{ lender: 'bank', kind: 'bank', balance: '300000' }],
      loanRequest: { amount: '300000', termMonths: 12, monthlyRate: '0.0129' },
    });
    expect(flagsOf(run(leverageRule, profile))).toEqual([]);
    expect(run(leverageRule, baseProfile()).status).toBe('skipped');
  });
});
