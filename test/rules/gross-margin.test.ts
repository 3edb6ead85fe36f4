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
    expect(flags.map((f) => f.subject)).toEqual([{ comparison: 'purchases' }, { comparison: 'industry' }]);
    // 15 points > grossMargin.critical 0.1; 0.25 below the garment range's min 0.3 (any distance warns)
    expect(flags.map((f) => f.requirement)).toEqual([
      { path: 'grossMargin.critical', value: '0.1' },
      { path: 'grossMargin.industries[0].min', value: '0.3' },
    ]);
    expect(flags[0]?.params).toEqual({ anchor: 'stated', purchases: '1620000.00', sales: '1800000.00' });
    expect(flags[0]?.computation.en).toBe('1 − 1,620,000.00 / 1,800,000.00 = 0.1000; 0.2500 − 0.1000 = 0.1500 (15.00 points)');
    expect(flags[0]?.message.en).toBe('The stated margin of 25.00% is 15.00 points above the margin implied by sales and purchases of 10.00%.');
    // The Chinese says 高 / 低 (the sentence once lacked it).
    expect(flags[0]?.message.zh).toBe('申报毛利率 25.00%，比按销售额与进货额推算的毛利率 10.00% 高 15.00 个百分点。');
    expect(flags[0]?.formula.zh).toBe('推算毛利率 = 1 − 年进货额 ÷ 年销售额；偏差 = 申报毛利率 − 按销售额与进货额推算的毛利率（以百分点计）');
    expect(flags[1]?.message.en).toBe('The stated margin of 25.00% is below the usual range for garment, 30.00%–50.00%.');
    expect(flags[1]?.computation.zh).toBe('0.2500 < 0.3000（范围 0.3000–0.5000）；0.2500 − 0.3000 = -0.0500');
  });

  test('the products against a stated margin, below it: points and the products\' computation', () => {
    // stated 0.40; products 0.2375 (above): 0.40 − 0.2375 = 16.25 points > 10: critical
    const profile = baseProfile({ products, grossMargin: '0.4' });
    const flags = flagsOf(run(grossMarginRule, profile));
    expect(flags.map((f) => [f.subject, f.severity, f.requirement, f.observed, f.expected, f.deviation?.absolute])).toEqual([
      [{ comparison: 'products' }, 'critical', { path: 'grossMargin.critical', value: '0.1' }, '0.4000', '0.2375', '0.1625'],
    ]);
    expect(flags[0]?.computation.en).toBe('(0.5 × (100 − 80) / 100 + 0.3 × (50 − 35) / 50) / 0.8 = 0.2375; 0.4000 − 0.2375 = 0.1625 (16.25 points)');
    // Each product's price, cost and share as inputs of their own, with their paths (the product's name is data, not a label).
    expect(flags[0]?.inputs.map((i) => [i.name, i.path, i.value])).toEqual([
      ['statedMargin', 'grossMargin', '0.4000'],
      ['productPrice', 'products[0].price', '100.00'],
      ['productCost', 'products[0].cost', '80.00'],
      ['productShareOfSales', 'products[0].shareOfSales', '0.5000'],
      ['productPrice', 'products[1].price', '50.00'],
      ['productCost', 'products[1].cost', '35.00'],
      ['productShareOfSales', 'products[1].shareOfSales', '0.3000'],
    ]);
    // stated 0.15: 0.15 − 0.2375 = −8.75 points: warning, below
    const low = flagsOf(run(grossMarginRule, baseProfile({ products, grossMargin: '0.15' })));
    expect(low.map((f) => [f.severity, f.requirement?.path, f.deviation?.absolute])).toEqual([['warning', 'grossMargin.tolerance', '-0.0875']]);
    expect(low[0]?.message.zh).toBe('申报毛利率 15.00%，比主要产品加权毛利率 23.75% 低 8.75 个百分点。');
    expect(low[0]?.message.en).toBe("The stated margin of 15.00% is 8.75 points below the main products' weighted margin of 23.75%.");
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
    expect(flags[0]?.params.anchor).toBe('products');
    expect(flags[0]?.message.en).toBe("The main products' weighted margin of 23.75% is 13.75 points above the margin implied by sales and purchases of 10.00%.");
    const nothing = run(grossMarginRule, baseProfile());
    expect(nothing.status).toBe('skipped');
    if (nothing.status === 'skipped') {
      expect(nothing.reasonCode).toBe('nothing-to-compare');
      expect(nothing.reason.zh).toBe('没有可对照的数据：请填写主要产品、年进货额，或在政策中设置行业毛利率范围');
    }
  });
});
