/**
 * The stock count's valuation (docs/industry.md, "The stock count"): write-downs by the policy's factors, consigned
 * goods left out, shelf prices converted through the margin, each stated as a note; a line without the new fields is
 * valued as before. Expected figures by hand in the comments.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';
import { contextFor, baseProfile } from '../rules/context.js';

const line = (extra: Record<string, unknown>) => ({ item: 'x', quantity: '3', unitCost: '33.33', ...extra });

describe('stock count lines', () => {
  test('a plain line is valued at quantity × unit cost, with no note', () => {
    const c = contextFor(baseProfile({ inventoryCount: [line({})] }));
    // 3 × 33.33 = 99.99
    expect(c.statements.balanceSheet.assets.inventory.toFixed(2)).toBe('99.99');
    expect(c.statements.notes.filter((n) => n.path.startsWith('inventoryCount'))).toEqual([]);
    expect(c.statements.stockCount?.lines[0]).toMatchObject({ condition: 'current', ownership: 'owned', valuation: 'cost', countMethod: null, location: null });
  });

  test('an unsaleable line is written down by the policy factor, rounded to the fen, and the note says so', () => {
    const c = contextFor(baseProfile({ inventoryCount: [line({ condition: 'unsaleable' })] }), { stockCount: { unsaleableWriteDown: '0.5' } });
    // 99.99 × 0.5 = 49.995 → 50.00 (half-up) written off; carried 99.99 − 50.00 = 49.99
    expect(c.statements.balanceSheet.assets.inventory.toFixed(2)).toBe('49.99');
    expect(c.statements.notes.find((n) => n.code === 'stock-written-down')).toEqual({
      path: 'inventoryCount[0]',
      code: 'stock-written-down',
      params: { condition: 'unsaleable', cost: '99.99', factor: '0.5', writeDown: '50.00', value: '49.99' },
    });
  });

  test('by default unsaleable stock is written off and slow-moving stock kept at cost (no note for a zero write-down)', () => {
    const c = contextFor(baseProfile({ inventoryCount: [line({ condition: 'unsaleable' }), line({ condition: 'slow-moving' })] }));
    // 0 + 99.99
    expect(c.statements.balanceSheet.assets.inventory.toFixed(2)).toBe('99.99');
    expect(c.statements.notes.filter((n) => n.code === 'stock-written-down').map((n) => n.path)).toEqual(['inventoryCount[0]']);
  });

  test('a consigned line is left out and stated; a shelf price is converted through the margin implied by purchases', () => {
    // no stated margin: 1 − 1,440,000 / 1,800,000 = 0.2; 2 × 150 = 300 at shelf price × 0.8 = 240.00
    const profile = baseProfile({ grossMargin: undefined, purchases: { annual: '1440000' }, inventoryCount: [line({ ownership: 'consigned' }), line({ quantity: '2', unitCost: '150', valuation: 'shelf-price' })] });
    const c = contextFor(profile);
    expect(c.statements.balanceSheet.assets.inventory.toFixed(2)).toBe('240.00');
    expect(c.statements.stockCount?.totals.consigned.toFixed(2)).toBe('99.99');
    expect(c.statements.notes.filter((n) => n.path.startsWith('inventoryCount'))).toEqual([
      { path: 'inventoryCount[0]', code: 'consigned-excluded', params: { cost: '99.99' } },
      { path: 'inventoryCount[1].unitCost', code: 'shelf-price-converted', params: { price: '300.00', margin: '0.2', cost: '240.00' } },
    ]);
  });

  test("a line's own margin wins over the profile's", () => {
    // 2 × 150 × (1 − 0.4) = 180.00 (the profile's margin is 0.25)
    const c = contextFor(baseProfile({ inventoryCount: [line({ quantity: '2', unitCost: '150', valuation: 'shelf-price', margin: '0.4' })] }));
    expect(c.statements.balanceSheet.assets.inventory.toFixed(2)).toBe('180.00');
  });

  test('a wrong condition or trade code is an input error at its path', () => {
    const r = analyze(baseProfile({ business: { name: 't', industry: 'x', kind: 'trading', startDate: '2015-01-01', industryCode: '51-32' }, inventoryCount: [line({ condition: 'old' })] }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => `${e.path} ${e.code}`)).toEqual(['business.industryCode industryCode', 'inventoryCount[0].condition enum']);
  });
});
