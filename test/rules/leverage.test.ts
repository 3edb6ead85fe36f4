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
    expect(flags[1]?.computation).toBe('(400,000.00 + 500,000.00) / 150,000.00 = 6.00 > 3');
  });

  test('negative equity is critical', () => {
    // assets 300,000; liabilities 700,000; equity −400,000
    const profile = baseProfile({ balances: { cash: '300000', payables: '700000' } });
    const flags = flagsOf(run(leverageRule, profile));
    expect(flags.map((f) => [f.severity, f.observed])).toEqual([['critical', null]]);
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
