/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`), handled as year/month/day numbers.
 *
 * Nothing here reads the clock or depends on the machine's time zone: a date is never turned
 * into a `Date` at UTC midnight and read back in local time (the drift DESIGN.md warns about).
 * date-fns supplies the calendar facts (days in a month, whether a day exists).
 */
import { differenceInMonths, getDaysInMonth, isExists } from 'date-fns';

export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number; // 1..31
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD`; `undefined` when malformed or impossible (2023-02-29, 2024-13-01). */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (!isExists(year, month - 1, day)) return undefined;
  return { year, month, day };
}

/** Parses a date the schema has already validated. */
export function mustParseIsoDate(text: string): CalendarDate {
  const d = parseIsoDate(text);
  if (!d) throw new RangeError(`not an ISO date: ${text}`);
  return d;
}

export function formatIsoDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  // A local-time Date built from parts: only its month length is read, so the zone cannot matter.
  return getDaysInMonth(new Date(year, month - 1, 1));
}

/** -1, 0 or 1. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return Math.sign(a.year - b.year || a.month - b.month || a.day - b.day);
}

/**
 * Adds `months` to a start date, clamping the day to the month's length: 2024-01-31 + 1 → 2024-02-29,
 * + 2 → 2024-03-31. Always add to the original start (never to the previous result) so the day never drifts.
 */
export function addMonths(start: CalendarDate, months: number): CalendarDate {
  const index = start.year * 12 + (start.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(start.day, daysInMonth(year, month));
  return { year, month, day };
}

/** A local-time `Date` at midnight built from parts, for date-fns: the same calendar day in every zone. */
export function toLocalDate(d: CalendarDate): Date {
  return new Date(d.year, d.month - 1, d.day);
}

/**
 * Whole months from `from` to `to` (0 if `to` is earlier), as date-fns `differenceInMonths` counts
 * them: 2024-06-30 → 2026-06-30 is 24; 2024-07-01 → 2026-06-30 is 23.
 */
export function wholeMonthsBetween(from: CalendarDate, to: CalendarDate): number {
  if (compareDates(to, from) <= 0) return 0;
  return differenceInMonths(toLocalDate(to), toLocalDate(from));
}

/** Adds (or, when negative, subtracts) whole days: 2026-02-17 − 3 → 2026-02-14. Zone-independent. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(date.year, date.month - 1, date.day + days);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}
