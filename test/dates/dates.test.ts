import { differenceInMonths } from 'date-fns';
import { describe, expect, test } from 'vitest';
import { addMonths, compareDates, parseIsoDate, wholeMonthsBetween } from '../../src/dates/index.js';

const d = (s: string) => {
  const v = parseIsoDate(s);
  if (!v) throw new Error(s);
  return v;
};

describe('ISO dates', () => {
  test.each([['2023-02-29'], ['2024-13-01'], ['2024-04-31'], ['2024-1-01'], ['20240101'], ['2024-01-01T00:00:00Z']])(
    'rejects %s',
    (s) => expect(parseIsoDate(s)).toBeUndefined(),
  );
  test('accepts 29 February in a leap year', () => expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 }));
  test('compare', () => {
    expect(compareDates(d('2024-01-31'), d('2024-02-01'))).toBe(-1);
    expect(compareDates(d('2024-02-01'), d('2024-02-01'))).toBe(0);
  });
});

describe('addMonths clamps to the month end and never drifts', () => {
  test('31 Jan + 1, 2, 3 → 29 Feb, 31 Mar, 30 Apr (2024)', () => {
    expect([1, 2, 3].map((k) => addMonths(d('2024-01-31'), k))).toEqual([
      { year: 2024, month: 2, day: 29 },
      { year: 2024, month: 3, day: 31 },
      { year: 2024, month: 4, day: 30 },
    ]);
  });
  test('across the year and backwards', () => {
    expect(addMonths(d('2025-11-30'), 3)).toEqual({ year: 2026, month: 2, day: 28 });
    expect(addMonths(d('2026-06-30'), -12)).toEqual({ year: 2025, month: 6, day: 30 });
  });
});

describe('wholeMonthsBetween', () => {
  test('2024-06-30 → 2026-06-30 is 24; 2024-07-01 → 2026-06-30 is 23', () => {
    expect(wholeMonthsBetween(d('2024-06-30'), d('2026-06-30'))).toBe(24);
    expect(wholeMonthsBetween(d('2024-07-01'), d('2026-06-30'))).toBe(23);
  });
  test('0 when the end is earlier', () => expect(wholeMonthsBetween(d('2026-06-30'), d('2024-06-30'))).toBe(0));
  test('agrees with date-fns differenceInMonths on local dates', () => {
    const pairs = [
      ['2005-03-01', '2026-06-30'],
      ['2024-01-31', '2024-02-29'],
      ['2023-01-31', '2023-02-28'],
      ['2020-02-29', '2021-02-28'],
    ] as const;
    for (const [a, b] of pairs) {
      const [ya, ma, da] = a.split('-').map(Number) as [number, number, number];
      const [yb, mb, db] = b.split('-').map(Number) as [number, number, number];
      expect(wholeMonthsBetween(d(a), d(b))).toBe(differenceInMonths(new Date(yb, mb - 1, db), new Date(ya, ma - 1, da)));
    }
  });
});
