/**
 * addDays is calendar-field arithmetic (docs/relationship.md, "Same output on every machine"): no local `Date`,
 * so a day a time zone skipped (Pacific/Kiritimati has no 1994-12-31) is still counted. The zone itself is
 * tested in a child process (test/relationship/machine.test.ts); here the arithmetic.
 */
import { describe, expect, test } from 'vitest';
import { addDays, dayNumber, formatIsoDate, fromDayNumber, mustParseIsoDate } from '../../src/dates/index.js';

const plus = (iso: string, n: number) => formatIsoDate(addDays(mustParseIsoDate(iso), n));

describe('addDays', () => {
  test('hand-counted cases: month, year and leap-day boundaries', () => {
    expect(plus('1994-12-30', 1)).toBe('1994-12-31');
    expect(plus('1994-12-30', 2)).toBe('1995-01-01');
    expect(plus('2024-02-28', 1)).toBe('2024-02-29');
    expect(plus('2023-02-28', 1)).toBe('2023-03-01');
    expect(plus('1900-02-28', 1)).toBe('1900-03-01'); // 1900 is not a leap year
    expect(plus('2000-03-01', -1)).toBe('2000-02-29'); // 2000 is
    expect(plus('2026-02-17', -3)).toBe('2026-02-14');
    expect(plus('2026-01-31', 365)).toBe('2027-01-31');
  });
  test('day numbers: 1970-01-01 is 0, 2000-01-01 is 30 years of 365 days + 7 leap days = 10,957', () => {
    expect(dayNumber(mustParseIsoDate('1970-01-01'))).toBe(0);
    expect(dayNumber(mustParseIsoDate('2000-01-01'))).toBe(10957);
    expect(dayNumber(mustParseIsoDate('1969-12-31'))).toBe(-1);
    expect(formatIsoDate(fromDayNumber(10957 + 31 + 29))).toBe('2000-03-01');
  });
  test('agrees with UTC day counting, day by day from 1899 to 2101', () => {
    let d = mustParseIsoDate('1899-01-01');
    const end = mustParseIsoDate('2101-01-01');
    const wrong: string[] = [];
    let days = 0;
    while (dayNumber(d) < dayNumber(end)) {
      const next = addDays(d, 1);
      const utc = new Date(Date.UTC(d.year, d.month - 1, d.day + 1));
      const ok = next.year === utc.getUTCFullYear() && next.month === utc.getUTCMonth() + 1 && next.day === utc.getUTCDate();
      if (!ok || dayNumber(d) * 86_400_000 !== Date.UTC(d.year, d.month - 1, d.day)) wrong.push(formatIsoDate(d));
      d = next;
      days++;
    }
    expect(wrong).toEqual([]);
    expect(days).toBe(73_779); // 202 × 365 + 49 leap days (1904, 1908 … 2096: 51 multiples of 4 from 1900 to 2100, less 1900 and 2100)
  });
});
