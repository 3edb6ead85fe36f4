import { describe, expect, test } from 'vitest';
import { expectedEquity } from '../../src/equity/index.js';
import { D } from '../../src/money/index.js';

describe('expectedEquity', () => {
  test("the source's history: 500,000 + 4,880,000 − 3,300,000 + 100,000 − 72,000 = 2,108,000", () => {
    const terms = { initial: new D(500000), profits: new D(4880000), withdrawals: new D(3300000), injections: new D(100000), depreciation: new D(72000) };
    expect(expectedEquity(terms).toFixed(2)).toBe('2108000.00');
  });
  test('signs: withdrawals and depreciation subtract, injections add (0 + 0 − 1 + 10 − 100 = −91)', () => {
    const zero = new D(0);
    expect(expectedEquity({ initial: zero, profits: zero, withdrawals: new D(1), injections: new D(10), depreciation: new D(100) }).toFixed()).toBe('-91');
  });
  test('exact decimals: 0.1 + 0.2 − 0 + 0 − 0 = 0.3', () => {
    const zero = new D(0);
    expect(expectedEquity({ initial: new D('0.1'), profits: new D('0.2'), withdrawals: zero, injections: zero, depreciation: zero }).toString()).toBe('0.3');
  });
});
