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
