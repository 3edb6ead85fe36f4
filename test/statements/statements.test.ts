import { describe, expect, test } from 'vitest';
import { D } from '../../src/money/index.js';
import { toProfileData } from '../../src/profile/domain.js';
import { profileSchema } from '../../src/profile/schema.js';
import { buildStatements, valueFixedAsset } from '../../src/statements/index.js';
import { minimalProfile, workedExample } from '../support/profiles.js';

const build = (input: unknown) => buildStatements(toProfileData(profileSchema.parse(input)));

describe('balance sheet of the worked example', () => {
  const { balanceSheet: bs } = build(workedExample());
  test('assets: 50,000 + 450,000 + 1,500,000 + 1,200,000 + van 108,000 = 3,308,000', () => {
    expect(bs.assets.current.toFixed(2)).toBe('3200000.00');
    expect(bs.assets.fixedAssets.toFixed(2)).toBe('108000.00');
    expect(bs.assets.total.toFixed(2)).toBe('3308000.00');
  });
  test('liabilities: payables 850,000 + bank loan 300,000 = 1,150,000; equity 2,158,000', () => {
    expect(bs.liabilities.total.toFixed(2)).toBe('1150000.00');
    expect(bs.equity.toFixed(2)).toBe('2158000.00');
  });
  test('the identity assets = liabilities + equity holds exactly', () => {
    expect(bs.assets.total.eq(bs.liabilities.total.plus(bs.equity))).toBe(true);
  });
});

describe('inventory', () => {
  test('the count lines win over the reported figure: 120 × 35.5 + 3 × 1,000.25 = 7,260.75', () => {
    const p = workedExample();
    p.inventoryCount = [
      { item: 'M8 bolts (box)', quantity: 120, unitCost: '35.5' },
      { item: 'drill', quantity: '3', unitCost: '1000.25' },
    ];
    const { balanceSheet } = build(p);
    expect(balanceSheet.inventorySource).toBe('count');
    expect(balanceSheet.assets.inventory.toFixed(2)).toBe('7260.75');
  });
  test('neither: inventory is 0 and a note says so', () => {
    const s = build(minimalProfile());
    expect(s.balanceSheet.inventorySource).toBe('none');
    expect(s.notes.map((n) => n.path)).toContain('balances.inventory');
  });
});

describe('fixed assets: straight line to the analysis date', () => {
  const asset = (purchaseDate: string, extra: Record<string, unknown> = {}) => {
    const profile = toProfileData(
      profileSchema.parse({
        analysisDate: '2026-06-30',
        business: { name: 'x', industry: 'x', kind: 'trading', startDate: '2015-01-01' },
        sales: { annual: '1' },
        grossMargin: '0.2',
        fixedAssets: [{ name: 'machine', purchaseDate, cost: '120000', usefulLifeMonths: 60, ...extra }],
      }),
    );
    return valueFixedAsset(profile.fixedAssets![0]!, profile.analysisDate);
  };
  test('24 whole months of 60: 120,000 × 24 / 60 = 48,000 depreciated, 72,000 left', () => {
    const l = asset('2024-06-30');
    expect(l.monthsDepreciated).toBe(24);
    expect(l.netBookValue.toFixed(2)).toBe('72000.00');
  });
  test('23 whole months when bought a day later: 120,000 × 23 / 60 = 46,000', () => {
    expect(asset('2024-07-01').accumulatedDepreciation.toFixed(2)).toBe('46000.00');
  });
  test('capped at the life, down to the salvage value', () => {
    expect(asset('2010-01-01', { salvageValue: '6000' }).netBookValue.toFixed(2)).toBe('6000.00');
  });
  test('an appraisal replaces the depreciated value', () => {
    const l = asset('2010-01-01', { appraisedValue: '30000' });
    expect(l.basis).toBe('appraised');
    expect(l.netBookValue.toFixed(2)).toBe('30000.00');
  });
});

describe('P&L', () => {
  test('worked example: 12,000,000 sales at 15% margin, 80,000 costs a month', () => {
    const { incomeStatement: pl } = build(workedExample());
    expect(pl.annual.costOfGoodsSold.toFixed(2)).toBe('10200000.00'); // 12,000,000 × 0.85
    expect(pl.annual.grossProfit.toFixed(2)).toBe('1800000.00');
    expect(pl.annual.operatingCosts.toFixed(2)).toBe('960000.00'); // 80,000 × 12
    expect(pl.annual.businessProfit.toFixed(2)).toBe('840000.00');
    // 840,000 − 180,000 household − 312,000 instalments
    expect(pl.annual.disposableSurplus.toFixed(2)).toBe('348000.00');
    expect(pl.monthlyAverage.disposableSurplus.toFixed(2)).toBe('29000.00');
    expect(pl.seasonal).toBe(false);
  });
  test('a seasonal profile: each month its own sales, annual = their sum', () => {
    const p = minimalProfile();
    const monthly = ['100000', '100000', '200000', '300000', '500000', '600000', '600000', '500000', '400000', '200000', '100000', '100000'];
    p.sales = { monthly };
    const { incomeStatement: pl } = build(p);
    // Σ = 100+100+200+300+500+600+600+500+400+200+100+100 thousand = 3,700,000; May: 500,000 × (1 − 0.2) = 400,000 cost
    expect(pl.annual.sales.toFixed(2)).toBe('3700000.00');
    expect(pl.months[4]?.costOfGoodsSold.toFixed(2)).toBe('400000.00');
    expect(pl.seasonal).toBe(true);
  });
  test('a declared annual that differs from the monthly sum is noted, not silently dropped', () => {
    const p = minimalProfile();
    p.sales = { annual: '5000000', monthly: Array(12).fill('300000') };
    const s = build(p);
    expect(s.incomeStatement.annual.sales.toFixed(2)).toBe('3600000.00');
    expect(s.notes.map((n) => n.path)).toContain('sales.annual');
    // A note is data: its code and the sum the text needs (12 × 300,000 = 3,600,000), no text.
    expect(s.notes.find((n) => n.path === 'sales.annual')).toEqual({ path: 'sales.annual', code: 'annual-differs', params: { monthlySum: '3600000.00' } });
  });
  test('cost from purchases when no margin: 2,880,000 / 3,600,000 = 80% of sales', () => {
    const p = minimalProfile();
    delete p.grossMargin;
    p.purchases = { annual: '2880000' };
    const { incomeStatement: pl } = build(p);
    expect(pl.costBasis).toBe('purchases');
    expect(pl.grossMargin.eq(new D('0.2'))).toBe(true);
  });
});
