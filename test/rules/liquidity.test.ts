import { describe, expect, test } from 'vitest';
import { liquidityRule } from '../../src/rules/liquidity/index.js';
import { baseProfile, flagsOf, run } from './context.js';

describe('LIQUIDITY_LOW', () => {
  test('fires on the current and the quick ratio', () => {
    // current assets 20,000 + 30,000 + 50,000 + 400,000 = 500,000; liabilities 200,000 + 400,000 = 600,000
    // current ratio 500,000 / 600,000 = 0.83: below 1, not below 0.7: warning
    // quick ratio (500,000 − 400,000) / 600,000 = 0.17: below 0.3: critical
    const profile = baseProfile({
      balances: { cash: '20000', bank: '30000', receivables: '50000', inventory: '400000', payables: '200000' },
      loans: [{ lender: 'bank', kind: 'bank', balance: '400000' }],
    });
    const flags = flagsOf(run(liquidityRule, profile));
    expect(flags.map((f) => [f.code, f.severity, f.observed, f.expected, f.range])).toEqual([
      ['LIQUIDITY_LOW', 'warning', '0.83', '1.00', { min: '1.00', max: null }],
      ['LIQUIDITY_LOW', 'critical', '0.17', '0.50', { min: '0.50', max: null }],
    ]);
  });

  test('stays quiet with enough current assets, and with no liabilities', () => {
    // 3,200,000 / 1,150,000 = 2.78; (3,200,000 − 1,200,000) / 1,150,000 = 1.74
    const profile = baseProfile({
      balances: { cash: '50000', bank: '450000', receivables: '1500000', inventory: '1200000', payables: '850000' },
      loans: [{ lender: 'bank', kind: 'bank', balance: '300000' }],
    });
    expect(flagsOf(run(liquidityRule, profile))).toEqual([]);
    expect(flagsOf(run(liquidityRule, baseProfile({ balances: { inventory: '1000' } })))).toEqual([]);
    expect(run(liquidityRule, baseProfile()).status).toBe('skipped');
  });
});
