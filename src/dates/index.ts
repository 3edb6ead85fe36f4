/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`), handled as year/month/day numbers.
 *
 * Nothing here reads the clock or depends on the machine's time zone: a date is never turned
 * into a `Date` at UTC midnight and read back in local time (west of UTC that reads back as the day before).
 * The calendar facts (days in a month, whether a day exists, whole months between two dates) are plain
 * year/month/day arithmetic: no `Date` is built on these hot paths. date-fns (`getDaysInMonth`, `isExists`,
 * `differenceInMonths`) is their documented oracle: test/dates/oracle.test.ts compares them on many random dates.
 */

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
  // Years 0000-0099 stay rejected, as date-fns `isExists` rejects them (a `Date` maps them to 1900-1999).
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
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

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a month of the proleptic Gregorian calendar (as date-fns `getDaysInMonth` gives them). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A day given as year, zero-based month index (any integer) and a day that may pass the month's end, normalised as `Date` does. */
function normalise(year: number, monthIndex: number, day: number): CalendarDate {
  let index = year * 12 + monthIndex;
  let d = day;
  for (;;) {
    const dim = daysInMonth(Math.floor(index / 12), (((index % 12) + 12) % 12) + 1);
    if (d <= dim) break;
    d -= dim;
    index++;
  }
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1, day: d };
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

/**
 * Whole months from `from` to `to` (0 if `to` is earlier), as date-fns `differenceInMonths` counts
 * them: 2024-06-30 → 2026-06-30 is 24; 2024-07-01 → 2026-06-30 is 23.
 */
export function wholeMonthsBetween(from: CalendarDate, to: CalendarDate): number {
  if (compareDates(to, from) <= 0) return 0;
  // date-fns differenceInMonths, step by step: the calendar months between, less one when the last month is
  // not full (counted by moving `to` back that many months with Date's day overflow; a 28th-29th February `to`
  // is first moved to the 30th, i.e. into March), except that a month-end `to` one calendar month on is full.
  const difference = to.year * 12 + to.month - (from.year * 12 + from.month);
  if (difference < 1) return 0;
  const working = to.month === 2 && to.day > 27 ? normalise(to.year, 1, 30) : to;
  const back = normalise(working.year, working.month - 1 - difference, working.day);
  let lastMonthNotFull = compareDates(back, from) < 0;
  if (difference === 1 && to.day === daysInMonth(to.year, to.month)) lastMonthNotFull = false;
  return difference - (lastMonthNotFull ? 1 : 0);
}

/**
 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar (negative before it): plain integer
 * arithmetic on the calendar fields (the civil-from-days algorithm: 400-year eras of 146,097 days, years that
 * start on 1 March so the leap day is last). No `Date`: a local `Date` skips the days a zone skipped
 * (Pacific/Kiritimati has no 1994-12-31), a UTC one is read back in local time.
 */
export function dayNumber(d: CalendarDate): number {
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5) + d.day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The date `n` days after 1970-01-01 (the inverse of dayNumber). */
export function fromDayNumber(n: number): CalendarDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Adds (or, when negative, subtracts) whole days: 2026-02-17 − 3 → 2026-02-14. Calendar arithmetic, no `Date`: zone-independent. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}
