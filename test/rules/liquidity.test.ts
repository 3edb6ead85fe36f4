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
    expect(flags.map((f) => f.subject)).toEqual([{ ratio: 'current' }, { ratio: 'quick' }]);
    // 0.83 is below the floor 1 (not below 0.7); 0.17 is below the critical 0.3
    expect(flags.map((f) => f.requirement)).toEqual([
      { path: 'liquidity.currentRatio.min', value: '1' },
      { path: 'liquidity.quickRatio.critical', value: '0.3' },
    ]);
    // 500,000 − 400,000 = 100,000 without the stock
    expect(flags[1]?.params).toMatchObject({ quickAssets: '100000.00', inventory: '400000.00', currentLiabilities: '600000.00', side: 'min', limit: '0.5' });
    expect(flags[1]?.computation.en).toBe('(500,000.00 − 400,000.00) / 600,000.00 = 0.17 < 0.5');
    expect(flags[1]?.formula.zh).toBe('速动比率 = (流动资产 − 存货) ÷ 流动负债；应不低于下限 0.5');
    expect(flags[0]?.message.en).toBe('Current assets of 500,000.00 are 0.83 times current liabilities of 600,000.00, below 1.');
    expect(flags[0]?.message.zh).toBe('流动资产 500,000.00 仅为流动负债 600,000.00 的 0.83 倍，低于 1。');
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
