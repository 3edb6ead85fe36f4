/**
 * date-fns is the oracle for the calendar arithmetic of src/dates: days in a month, whether a day exists
 * and whole months between two dates must agree with `getDaysInMonth`, `isExists` and `differenceInMonths`
 * (on local-time dates built from parts) on many random dates, month ends and leap days included.
 */
import { differenceInMonths, getDaysInMonth, isExists } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { type CalendarDate, daysInMonth, parseIsoDate, wholeMonthsBetween } from '../../src/dates/index.js';
import { prng } from '../support/generate.js';

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const local = (d: CalendarDate) => new Date(d.year, d.month - 1, d.day);

describe('calendar arithmetic against date-fns', () => {
  it('days in every month of years 1600-2400', () => {
    for (let year = 1600; year <= 2400; year++)
      for (let month = 1; month <= 12; month++)
        expect(daysInMonth(year, month), `${year}-${month}`).toBe(getDaysInMonth(new Date(year, month - 1, 1)));
  });

  it('which ISO dates exist: random years, months 0-13, days 0-32', () => {
    const r = prng(8);
    for (let i = 0; i < 20_000; i++) {
      const year = Math.floor(r() * 10_000);
      const month = Math.floor(r() * 14);
      const day = Math.floor(r() * 33);
      const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
      expect(parseIsoDate(text) !== undefined, text).toBe(isExists(year, month - 1, day));
    }
  });

  it('whole months between random dates, with month ends and 28/29 February over-weighted', () => {
    const r = prng(9);
    const date = (): CalendarDate => {
      const year = 1990 + Math.floor(r() * 50);
      const month = 1 + Math.floor(r() * 12);
      const dim = daysInMonth(year, month);
      const day = r() < 0.4 ? dim - Math.floor(r() * 4) : 1 + Math.floor(r() * dim);
      return { year, month, day };
    };
    for (let i = 0; i < 50_000; i++) {
      const a = date();
      const b = r() < 0.3 ? { year: a.year + Math.floor(r() * 2), month: 1 + Math.floor(r() * 12), day: 1 } : date();
      const to = { ...b, day: Math.min(b.day, daysInMonth(b.year, b.month)) };
      const expected = local(to) <= local(a) ? 0 : differenceInMonths(local(to), local(a));
      expect(wholeMonthsBetween(a, to), `${JSON.stringify(a)} → ${JSON.stringify(to)}`).toBe(expected);
    }
  });
});
