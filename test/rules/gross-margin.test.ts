import { describe, expect, test } from 'vitest';
import { grossMarginRule } from '../../src/rules/gross-margin/index.js';
import { baseProfile, flagsOf, run } from './context.js';

// Stated margin 0.25 on sales of 1,800,000 a year (garment retail).
// Products: (0.5 × (100 − 80) / 100 + 0.3 × (50 − 35) / 50) / 0.8 = (0.1 + 0.09) / 0.8 = 0.2375:
// 0.25 − 0.2375 = 1.25 points, inside the 5-point tolerance.
const products = [
  { name: 'jeans', price: '100', cost: '80', shareOfSales: '0.5' },
  { name: 'T-shirts', price: '50', cost: '35', shareOfSales: '0.3' },
];

describe('GROSS_MARGIN_INCONSISTENT', () => {
  test('fires against purchases and against the industry range', () => {
    const profile = baseProfile({ products, purchases: { annual: '1620000' } });
    // implied 1 − 1,620,000 / 1,800,000 = 1 − 0.9 = 0.1; 0.25 − 0.1 = 15 points > 10: critical
    // industry 0.30–0.50: 0.25 is 5 points below: warning (any distance), not beyond 10 points
    const policy = { grossMargin: { industries: [{ match: 'garment', min: '0.3', max: '0.5' }] } };
    const flags = flagsOf(run(grossMarginRule, profile, policy));
    expect(flags.map((f) => [f.code, f.severity, f.observed, f.expected, f.deviation?.absolute])).toEqual([
      ['GROSS_MARGIN_INCONSISTENT', 'critical', '0.2500', '0.1000', '0.1500'],
      ['GROSS_MARGIN_INCONSISTENT', 'warning', '0.2500', '0.3000', '-0.0500'],
    ]);
    expect(flags[1]?.range).toEqual({ min: '0.3000', max: '0.5000' });
  });

  test('stays quiet when products, purchases and the trade agree', () => {
    // implied 1 − 1,350,000 / 1,800,000 = 0.25; industry 0.20–0.40 contains 0.25
    const profile = baseProfile({ products, purchases: { annual: '1350000' } });
    const policy = { grossMargin: { industries: [{ match: 'garment', min: '0.2', max: '0.4' }] } };
    expect(flagsOf(run(grossMarginRule, profile, policy))).toEqual([]);
  });

  test('anchors on the products when no margin is stated, and skips with nothing to compare', () => {
    const { grossMargin: _, ...noMargin } = baseProfile({ products, purchases: { annual: '1620000' } });
    // anchor 0.2375; implied 0.1: 13.75 points: critical
    const flags = flagsOf(run(grossMarginRule, noMargin));
    expect(flags.map((f) => [f.severity, f.observed, f.deviation?.absolute])).toEqual([['critical', '0.2375', '0.1375']]);
    expect(run(grossMarginRule, baseProfile()).status).toBe('skipped');
  });
});
