import { describe, expect, test } from 'vitest';
import { inventoryRule } from '../../src/rules/inventory/index.js';
import { baseProfile, flagsOf, run } from './context.js';

// Sales 1,800,000 a year (150,000 a month), margin 0.25: cost of goods sold 1,350,000.
// 60 stocking days: expected inventory 1,350,000 × 60 / 360 = 225,000.
describe('INVENTORY_INCONSISTENT', () => {
  test('fires on stocking days and on months of sales', () => {
    const profile = baseProfile({
      // count: 500 × 900 + 1 × 150,000 = 600,000
      inventoryCount: [
        { item: 'coats', quantity: '500', unitCost: '900' },
        { item: 'last winter stock (lot)', quantity: '1', unitCost: '150000' },
      ],
      stock: { stockingDays: 60, unsaleable: '50000' },
    });
    const flags = flagsOf(run(inventoryRule, profile));
    // (600,000 − 225,000) / 225,000 = +166.67%: critical
    // (600,000 − 50,000) / 150,000 = 3.67 months > 3: warning (not above 6)
    expect(flags.map((f) => [f.code, f.severity, f.unit, f.observed, f.expected, f.deviation?.relative])).toEqual([
      ['INVENTORY_INCONSISTENT', 'critical', 'CNY', '600000.00', '225000.00', '1.6667'],
      ['INVENTORY_INCONSISTENT', 'warning', 'months', '3.67', '3.00', '0.2222'],
    ]);
    expect(flags.map((f) => f.subject)).toEqual([{ check: 'stocking-days' }, { check: 'months-of-sales' }]);
    // |+166.67%| > inventory.critical 0.6; 3.67 > inventory.monthsOfSales.max 3 (not above .critical 6)
    expect(flags.map((f) => f.requirement)).toEqual([
      { path: 'inventory.critical', value: '0.6' },
      { path: 'inventory.monthsOfSales.max', value: '3' },
    ]);
    expect(flags[0]?.params).toEqual({ flow: '1350000.00', creditShare: '1', days: 60, dayBasis: 360 });
    expect(flags[0]?.formula.en).toBe('expected inventory = costOfGoodsSold × 1 × stockingDays / 360; deviation = (reported − expected) / expected');
    expect(flags[0]?.computation.en).toBe('1,350,000.00 × 1 × 60 / 360 = 225,000.00; (600,000.00 − 225,000.00) / 225,000.00 = +166.67%');
    expect(flags[0]?.formula.zh).toBe('存货应有额 = 年销售成本 × 1 × 备货天数 ÷ 360；偏差 = (申报额 − 应有额) ÷ 应有额');
    expect(flags[0]?.message.en).toBe(
      'Inventory of 600,000.00 against cost of sales of 1,350,000.00 a year and about 60 days of stock, which imply about 225,000.00 (+166.67%).',
    );
    // (600,000 − 50,000) = 550,000 saleable; / 150,000 = 3.67
    expect(flags[1]?.params).toMatchObject({ inventory: '600000.00', unsaleable: '50000.00', saleable: '550000.00', monthlySales: '150000.00', limit: '3' });
    expect(flags[1]?.computation.en).toBe('(600,000.00 − 50,000.00) / 150,000.00 = 3.67 months > 3');
    expect(flags[1]?.message.en).toBe('Saleable inventory of 550,000.00 is 3.67 months of average sales (150,000.00 a month), more than 3.');
    expect(flags[1]?.message.zh).toBe('可售存货 550,000.00，相当于 3.67 个月的平均销售额（月均 150,000.00），超过 3 个月。');
    expect(flags[1]?.inputs.map((i) => [i.name, i.path])).toEqual([
      ['inventory', 'inventoryCount (Σ quantity × unitCost)'],
      ['unsaleable', 'stock.unsaleable'],
      ['monthlySales', 'incomeStatement.monthlyAverage.sales'],
      ['maxMonthsOfSales', 'policy.inventory.monthsOfSales.max'],
    ]);
  });

  test('more than 6 months of sales is critical, decided by inventory.monthsOfSales.critical', () => {
    // 1,000,000 / 150,000 = 6.67 months > 6; no stocking days, so only this check
    const flags = flagsOf(run(inventoryRule, baseProfile({ balances: { inventory: '1000000' } })));
    expect(flags.map((f) => [f.subject, f.severity, f.observed, f.requirement])).toEqual([
      [{ check: 'months-of-sales' }, 'critical', '6.67', { path: 'inventory.monthsOfSales.critical', value: '6' }],
    ]);
    expect(flags[0]?.inputs.find((i) => i.name === 'unsaleable')).toMatchObject({ value: '0.00', defaulted: true });
  });

  test('stays quiet when the count fits the stocking habit', () => {
    // (240,000 − 225,000) / 225,000 = +6.67%; 240,000 / 150,000 = 1.6 months
    const profile = baseProfile({ balances: { inventory: '240000' }, stock: { stockingDays: 60 } });
    expect(flagsOf(run(inventoryRule, profile))).toEqual([]);
  });

  test('is skipped without any inventory figure', () => {
    expect(run(inventoryRule, baseProfile()).status).toBe('skipped');
  });
});
