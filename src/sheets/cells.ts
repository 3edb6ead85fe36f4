/**
 * Cell values in and out of the spreadsheet functions.
 *
 * In: what an engine hands a custom function — numbers, strings, booleans, `Date` objects (Google Apps
 * Script), empty cells (`''`, `null` or `undefined`) and ranges (2-D arrays). Out: numbers, strings or
 * 2-D arrays of them, or a `SheetError` that each adapter turns into its engine's error value.
 *
 * - A number enters Decimal through its shortest round-trip string (`toDecimal`), so 0.1 + 0.2 is 0.3.
 * - Percentages arrive as fractions (a cell showing 1.29% holds 0.0129).
 * - A date arrives as a serial number (days since 1899-12-30, what Excel, Google Sheets and HyperFormula
 *   store) or as a `Date` (Apps Script). Serials are converted with exact integer arithmetic; a `Date` is
 *   read through its LOCAL parts (getFullYear/getMonth/getDate), because Apps Script builds it at local
 *   midnight of the script's time zone: UTC parts would give the day before anywhere east of UTC.
 * - Money comes out rounded half-up to the fen, as a number.
 * - Nothing here throws: a bad argument gives a `SheetError` whose message names the argument.
 */
import { formatIsoDate, parseIsoDate, type CalendarDate } from '../dates/index.js';
import { type Dec, DECIMAL_STRING, roundFen, toDecimal } from '../money/index.js';

/** The error values the functions return. Adapters map `code` to their engine's error. */
export type SheetErrorCode = '#VALUE!' | '#DIV/0!';

/** A spreadsheet error with the reason in words (shown by the engine next to the error). */
export interface SheetError {
  readonly type: 'sheet-error';
  readonly code: SheetErrorCode;
  readonly message: string;
}

/** A value a cell can show. */
export type CellScalar = number | string | boolean;

/** What a sheet function returns: one value, a table to spill, or an error. */
export type SheetResult = CellScalar | readonly (readonly CellScalar[])[] | SheetError;

export function sheetError(message: string, code: SheetErrorCode = '#VALUE!'): SheetError {
  return { type: 'sheet-error', code, message };
}

export function isSheetError(value: unknown): value is SheetError {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'sheet-error';
}

/** A `Date`, also one made in another realm (a vm context, an iframe), where `instanceof Date` fails. */
export function isDateObject(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** An empty cell or an omitted argument: `undefined`, `null` or `''` (or blank text). */
export function isEmptyCell(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function describe(value: unknown): string {
  if (isEmptyCell(value)) return 'an empty cell';
  if (Array.isArray(value)) return 'a range';
  if (isDateObject(value)) return 'a date';
  if (typeof value === 'string') return `the text "${value.length > 30 ? `${value.slice(0, 30)}…` : value}"`;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** A number or a plain decimal text ("1500000.50") as a Decimal. */
export function readDecimal(value: unknown, name: string): Dec | SheetError {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return sheetError(`${name} must be a finite number`);
    return toDecimal(value);
  }
  if (typeof value === 'string') {
    const text = value.trim();
    if (DECIMAL_STRING.test(text)) return toDecimal(text);
  }
  return sheetError(`${name} must be a number, got ${describe(value)}`);
}

/** A decimal that is zero or more. */
export function readNonNegative(value: unknown, name: string): Dec | SheetError {
  const d = readDecimal(value, name);
  if (isSheetError(d)) return d;
  return d.isNegative() && !d.isZero() ? sheetError(`${name} must not be negative, got ${d.toFixed()}`) : d;
}

/** A whole number in [min, max]. */
export function readWholeNumber(value: unknown, name: string, min: number, max: number): number | SheetError {
  const d = readDecimal(value, name);
  if (isSheetError(d)) return d;
  if (!d.isInteger()) return sheetError(`${name} must be a whole number, got ${d.toFixed()}`);
  if (d.lt(min) || d.gt(max)) return sheetError(`${name} must be between ${min} and ${max}, got ${d.toFixed()}`);
  return d.toNumber();
}

/** An optional argument: the default when empty, else one of the allowed values (case-insensitive text). */
export function readChoice<T extends string | number>(
  value: unknown,
  name: string,
  allowed: readonly T[],
  fallback: T,
  aliases: Readonly<Record<string, T>> = {},
): T | SheetError {
  if (isEmptyCell(value)) return fallback;
  const key = typeof value === 'string' ? value.trim().toLowerCase() : value;
  for (const a of allowed) {
    if (a === key || (typeof a === 'string' && a.toLowerCase() === key) || (typeof a === 'number' && String(a) === key))
      return a;
  }
  if (typeof key === 'string' && aliases[key] !== undefined) return aliases[key];
  return sheetError(`${name} must be one of ${allowed.join(', ')}, got ${describe(value)}`);
}

// Days from 1970-01-01 to a civil date and back (proleptic Gregorian, exact integer arithmetic;
// the algorithm of H. Hinnant, "chrono-Compatible Low-Level Date Algorithms").
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Serial 0 is 1899-12-30 (the spreadsheet epoch): 1970-01-01 is serial 25569. */
const EPOCH_OFFSET = 25569;
/** 1900-03-01: below it Excel's serials count the non-existent 1900-02-29 (the Lotus 1-2-3 bug) and disagree with Sheets. */
export const FIRST_SERIAL = 61;
/** 9999-12-31. */
export const LAST_SERIAL = 2958465;

/**
 * A date serial (days since 1899-12-30; a fraction is a time of day and is ignored) as an ISO date.
 *
 * @example
 * serialToIsoDate(45322) //=> '2024-01-31'
 */
export function serialToIsoDate(serial: number): string | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const whole = Math.floor(serial);
  if (whole < FIRST_SERIAL || whole > LAST_SERIAL) return undefined;
  return formatIsoDate(civilFromDays(whole - EPOCH_OFFSET));
}

/** An ISO date as a serial: the inverse of `serialToIsoDate`. */
export function isoDateToSerial(iso: string): number | undefined {
  const d = parseIsoDate(iso);
  return d ? daysFromCivil(d.year, d.month, d.day) + EPOCH_OFFSET : undefined;
}

/** A date cell as an ISO date: a serial, a `Date` (its local calendar day) or ISO text `YYYY-MM-DD`. */
export function readDate(value: unknown, name: string): string | SheetError {
  if (typeof value === 'number') {
    return (
      serialToIsoDate(value) ??
      sheetError(`${name} must be a date (a serial between ${FIRST_SERIAL} and ${LAST_SERIAL}, 1900-03-01 to 9999-12-31), got ${value}`)
    );
  }
  if (isDateObject(value)) {
    if (Number.isNaN(value.getTime())) return sheetError(`${name} is an invalid date`);
    return formatIsoDate({ year: value.getFullYear(), month: value.getMonth() + 1, day: value.getDate() });
  }
  if (typeof value === 'string' && parseIsoDate(value.trim())) return value.trim();
  return sheetError(`${name} must be a date, got ${describe(value)}`);
}

/** Money as a cell number: rounded half-up to the fen. */
export function moneyCell(value: Dec): number {
  return Number(roundFen(value).toFixed(2));
}

/** A ratio as a cell number: the double nearest to the exact Decimal. */
export function ratioCell(value: Dec): number {
  return value.toNumber();
}
