import { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import {
  D,
  floorToMultiple,
  formatMoney,
  formatPercent,
  formatRatio,
  groupDigits,
  roundFen,
  toDecimal,
} from '../../src/money/index.js';

describe('toDecimal', () => {
  test('a number goes through its shortest string: 0.1 + 0.2 is exactly 0.3', () => {
    expect(toDecimal(0.1).plus(toDecimal(0.2)).toString()).toBe('0.3');
  });
  test('decimal strings are read exactly', () => {
    expect(toDecimal('12000000.005').toFixed(3)).toBe('12000000.005');
  });
  test.each([['1,000'], ['1e5'], [' 1'], ['+1'], [''], ['abc'], ['01']])('rejects %j', (s) => {
    expect(() => toDecimal(s)).toThrow(RangeError);
  });
  test.each([[Number.NaN], [Number.POSITIVE_INFINITY]])('rejects %s', (n) => {
    expect(() => toDecimal(n)).toThrow(RangeError);
  });
});

describe('the private Decimal', () => {
  test('never writes exponent notation', () => {
    expect(new D('1e25').toString()).toBe('10000000000000000000000000');
    expect(new D('1e-12').toString()).toBe('0.000000000001');
  });
  test('does not touch the global Decimal', () => {
    expect(Decimal.precision).toBe(20);
    expect(new Decimal('1e25').toString()).toBe('1e+25');
  });
});

describe('rounding to the fen', () => {
  test('half-up (四舍五入): 2.345 → 2.35, 2.355 → 2.36, −2.345 → −2.35', () => {
    expect(roundFen(new D('2.345')).toFixed(2)).toBe('2.35');
    expect(roundFen(new D('2.355')).toFixed(2)).toBe('2.36');
    expect(roundFen(new D('-2.345')).toFixed(2)).toBe('-2.35');
  });
  test('half-even (banker’s): 2.345 → 2.34, 2.355 → 2.36', () => {
    expect(roundFen(new D('2.345'), 'half-even').toFixed(2)).toBe('2.34');
    expect(roundFen(new D('2.355'), 'half-even').toFixed(2)).toBe('2.36');
  });
  test('floorToMultiple: 287,654.32 to 1,000 → 287,000', () => {
    expect(floorToMultiple(new D('287654.32'), new D(1000)).toFixed(2)).toBe('287000.00');
  });
});

describe('formatting', () => {
  test('money has two places and no negative zero', () => {
    expect(formatMoney(new D('1500000'))).toBe('1500000.00');
    expect(formatMoney(new D('-0.001'))).toBe('0.00');
  });
  test('ratios have four places', () => {
    // 1,100,000 / 1,500,000 = 0.73333…
    expect(formatRatio(new D(1100000).div(1500000))).toBe('0.7333');
    expect(formatRatio(new D('-0.00001'))).toBe('0.0000');
  });
  test('grouping and percent for people', () => {
    expect(groupDigits('-1500000.50')).toBe('-1,500,000.50');
    expect(groupDigits('999')).toBe('999');
    expect(formatPercent(new D('0.446428'))).toBe('44.64%');
  });
  test('percent: the point moved two places, rounded half-up, no negative zero', () => {
    expect(formatPercent(new D('0.0512'))).toBe('5.12%');
    expect(formatPercent(new D('-0.0512'))).toBe('-5.12%');
    expect(formatPercent(new D('12.3456'))).toBe('1234.56%');
    expect(formatPercent(new D('3'))).toBe('300.00%');
    // −0.00004 = −0.004%: rounds to −0.00, written 0.00
    expect(formatPercent(new D('-0.00004'))).toBe('0.00%');
    // 0.999995 = 99.9995% → 100.00% (half-up)
    expect(formatPercent(new D('0.999995'))).toBe('100.00%');
    // 0.735 = 73.5% → 74% with no decimals; 0.0049 = 0.49% → 0%
    expect(formatPercent(new D('0.735'), 0)).toBe('74%');
    expect(formatPercent(new D('0.0049'), 0)).toBe('0%');
    // 2 / 3 = 66.666…% → 66.667% with three decimals
    expect(formatPercent(new D(2).div(3), 3)).toBe('66.667%');
  });
  test('percent agrees with formatting value × 100 on random values', () => {
    // Reference: the definition, multiplying first (decimal.js times, then toFixed half-up).
    const reference = (v: Decimal, places: number) => {
      const s = v.times(100).toFixed(places, Decimal.ROUND_HALF_UP);
      return `${/^-0\.?0*$/.test(s) ? s.slice(1) : s}%`;
    };
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 20_000; i++) {
      const digits = String(Math.floor(next() * 1e9)).padStart(9, '0');
      const point = Math.floor(next() * 12);
      const text = `${next() < 0.3 ? '-' : ''}${point === 0 ? '0' : digits.slice(0, point).replace(/^0+(?=\d)/, '')}.${digits.slice(point) || '0'}${'0'.repeat(Math.floor(next() * 4))}5`;
      const v = next() < 0.2 ? new D(text).div(7) : new D(text);
      const places = Math.floor(next() * 4);
      expect(formatPercent(v, places), `${v.toString()} @ ${places}`).toBe(reference(v, places));
    }
  });
});
