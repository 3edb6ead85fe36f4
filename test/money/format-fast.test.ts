/**
 * The money and ratio formatters against their definitions, written here with decimal.js's own `toFixed`: the
 * formatters call `toFixed` again since issue 13 (they once wrote values from decimal.js's digit words); these
 * tests keep the rules around it (−0.00 written 0.00, a negative zero ratio without its sign, formatPercent's
 * shift of the point instead of × 100) on random Decimals and hand cases.
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { D, formatMoney, formatPercent, formatPlain, formatRatio, groupDigits, groupMoney, type RoundingMode } from '../../src/money/index.js';

const MODES: Record<RoundingMode, Decimal.Rounding> = {
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
};

/** Reference: formatMoney as toFixed(2, mode), -0.00 → 0.00. */
function refMoney(value: Decimal, mode: RoundingMode = 'half-up'): string {
  const s = value.toFixed(2, MODES[mode]);
  return s === '-0.00' ? '0.00' : s;
}

/** Reference: formatRatio as toFixed(places, half-up), a negative zero without its sign. */
function refRatio(value: Decimal, places = 4): string {
  const s = value.toFixed(places, Decimal.ROUND_HALF_UP);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

/** Reference: formatPlain as toFixed() with no places, -0 → 0. */
function refPlain(value: Decimal): string {
  const s = value.toFixed();
  return s === '-0' ? '0' : s;
}

/** Reference: formatPercent as it was first defined, the ratio of value × 100. */
function refPercent(value: Decimal, places = 2): string {
  return `${refRatio(value.times(100), places)}%`;
}

/** Reference grouping: the lookahead regex groupDigits replaced. */
function refGroup(plain: string): string {
  const [int, frac] = plain.split('.');
  const grouped = (int as string).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** mantissa × 10^scale, written as a plain decimal string (no exponent) so D reads it exactly. */
function scaled(mantissa: bigint, scale: number): string {
  const negative = mantissa < 0n;
  let digits = (negative ? -mantissa : mantissa).toString();
  if (scale >= 0) digits += '0'.repeat(scale);
  else {
    const places = -scale;
    if (digits.length <= places) digits = `0.${'0'.repeat(places - digits.length)}${digits}`;
    else digits = `${digits.slice(0, digits.length - places)}.${digits.slice(digits.length - places)}`;
  }
  return (negative ? '-' : '') + digits;
}

/** Random Decimals: integers, fen, long fractions, quotients with 40 digits, negatives, ±0, 1e-30..1e30. */
const decimals: fc.Arbitrary<Decimal> = fc.oneof(
  fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }).map((m) => new D(m.toString())),
  fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }).map((m) => new D(scaled(m, -2))),
  fc
    .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: -9, max: 3 }))
    .map(([m, s]) => new D(scaled(m, s))),
  fc
    .tuple(fc.bigInt({ min: -(10n ** 40n) + 1n, max: 10n ** 40n - 1n }), fc.integer({ min: -70, max: 30 }))
    .map(([m, s]) => new D(scaled(m, s))),
  fc
    .tuple(fc.integer({ min: -30, max: 30 }), fc.integer({ min: 1, max: 9 }), fc.boolean())
    .map(([e, digit, neg]) => new D(scaled(BigInt(neg ? -digit : digit), e))),
  fc
    .tuple(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), fc.bigInt({ min: 1n, max: 10n ** 6n }))
    .map(([a, b]) => new D(a.toString()).div(b.toString())),
  fc.constantFrom(new D('0'), new D('-0'), new D('0.005'), new D('-0.005'), new D('-0.0049'), new D('9999999999999.995')),
);

const modes = fc.constantFrom<RoundingMode>('half-up', 'half-even', 'down', 'up');
const runs = { numRuns: 20_000 };

describe('formatters equal toFixed on random Decimals', () => {
  test('formatMoney, every rounding mode', () => {
    fc.assert(fc.property(decimals, modes, (v, m) => formatMoney(v, m) === refMoney(v, m)), runs);
  });
  test('formatRatio, places 0..9', () => {
    fc.assert(fc.property(decimals, fc.integer({ min: 0, max: 9 }), (v, p) => formatRatio(v, p) === refRatio(v, p)), runs);
  });
  test('formatPercent, places 0..6', () => {
    fc.assert(fc.property(decimals, fc.integer({ min: 0, max: 6 }), (v, p) => formatPercent(v, p) === refPercent(v, p)), runs);
  });
  test('formatPlain', () => {
    fc.assert(fc.property(decimals, (v) => formatPlain(v) === refPlain(v)), runs);
  });
  test('groupMoney', () => {
    fc.assert(fc.property(decimals, (v) => groupMoney(v) === refGroup(refMoney(v))), runs);
  });
});

describe('hand cases', () => {
  // Each expected string is written out by hand from the value and the rule (two decimals, half-up unless named).
  test.each([
    ['0', 'half-up', '0.00'],
    ['-0', 'half-up', '0.00'],
    ['1500000', 'half-up', '1500000.00'],
    ['1500000.5', 'half-up', '1500000.50'],
    ['-1500000.05', 'half-up', '-1500000.05'],
    ['12345678.9', 'half-up', '12345678.90'], // two digit words in the integer part: 1 | 2345678
    ['9999999999999.99', 'half-up', '9999999999999.99'], // e = 12, the largest written from the words
    ['10000000000000.01', 'half-up', '10000000000000.01'], // e = 13, toFixed
    ['0.07', 'half-up', '0.07'],
    ['-0.07', 'half-up', '-0.07'],
    ['0.005', 'half-up', '0.01'], // 0.005 → half-up → 0.01
    ['0.005', 'half-even', '0.00'], // 0 is even
    ['-0.001', 'up', '-0.01'], // away from zero
    ['-0.001', 'down', '0.00'], // -0.00 written without its sign
    ['2.345', 'half-even', '2.34'],
    ['1e-30', 'up', '0.01'],
    ['1e30', 'half-up', '1000000000000000000000000000000.00'],
  ] as const)('formatMoney(%s, %s) = %s', (v, m, expected) => {
    expect(formatMoney(new D(v), m)).toBe(expected);
  });
  test.each([
    ['0.1234', 4, '0.1234'],
    ['0.12345', 4, '0.1235'], // half-up at the fifth decimal
    ['-0.00004', 4, '0.0000'], // rounds to zero: no minus
    ['0.1234567', 7, '0.1234567'], // exactly the one fraction word
    ['0.12345678', 7, '0.1234568'],
    ['3', 0, '3'],
    ['-3.5', 0, '-4'], // half-up rounds away from zero
    ['0.0000001', 7, '0.0000001'],
    ['12', 9, '12.000000000'],
  ] as const)('formatRatio(%s, %i) = %s', (v, p, expected) => {
    expect(formatRatio(new D(v), p)).toBe(expected);
  });
  test.each([
    ['0', '0'],
    ['-0', '0'],
    ['12', '12'],
    ['-12.5', '-12.5'],
    ['1.2500', '1.25'], // trailing zeros dropped
    ['0.0000001', '0.0000001'], // the last digit of the one fraction word
    ['0.00000001', '0.00000001'], // two fraction words: toFixed
    ['12345678.0003', '12345678.0003'],
    ['9999999999999.5', '9999999999999.5'],
    ['10000000000000.5', '10000000000000.5'],
  ] as const)('formatPlain(%s) = %s', (v, expected) => {
    expect(formatPlain(new D(v))).toBe(expected);
  });
  test('percent and grouping', () => {
    expect(formatPercent(new D('0.7333'))).toBe('73.33%');
    expect(formatPercent(new D('-0.0512'))).toBe('-5.12%');
    expect(groupMoney(new D('1500000.5'))).toBe('1,500,000.50');
    expect(groupMoney(new D('-1234567890123.4'))).toBe('-1,234,567,890,123.40');
    expect(groupDigits('999')).toBe('999');
  });
});
