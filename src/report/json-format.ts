/**
 * The report's JSON layer: one walker turns the stages' domain objects (Decimals, calendar dates) into JSON values,
 * field by field, following a shape that lists each field in the order the report writes it and how it is written:
 *
 * - `money`: a decimal string with two places, rounded with the policy's mode (`formatMoney`);
 * - `ratio`: four places, half-up (`formatRatio`); `ratio6`: six (the effective annual rate);
 * - `plain`: the exact decimal, no exponent (`formatPlain`: quantities, monthly rates);
 * - `date`: an ISO date (`YYYY-MM-DD`), from a calendar date or a date string as it is;
 * - `as-is`: numbers, booleans, strings and lists of them, unchanged;
 * - a nested shape for an object, `each(shape)` for a list of objects.
 *
 * null stays null whatever the format. The JSON types are derived from the domain types (`Json<T>`: every Decimal a
 * string), and a shape must name every field of its type (`ShapeOf<T>`), so a field added to a stage and not to the
 * report fails to compile. The report's formats are documented in docs/capacity.md and the CHANGELOG.
 */
import { type CalendarDate, formatIsoDate } from '../dates/index.js';
import { type Dec, formatMoney, formatPlain, formatRatio, type RoundingMode } from '../money/index.js';

/** How a Decimal field is written. */
export type DecimalFormat = 'money' | 'ratio' | 'ratio6' | 'plain';
/** How a leaf field is written. */
export type LeafFormat = DecimalFormat | 'date' | 'as-is';

const EACH: unique symbol = Symbol('each');
/** A list whose items are objects of one shape. */
export interface Each<S> {
  readonly [EACH]: S;
}
/** The shape of a list of objects. */
export function each<S>(shape: S): Each<S> {
  return { [EACH]: shape };
}

/** The JSON of a domain value: every Decimal a string and every calendar date an ISO string, recursively. */
export type Json<T> = T extends Dec
  ? string
  : T extends CalendarDate
    ? string
    : T extends readonly (infer U)[]
      ? readonly Json<U>[]
      : T extends object
        ? { readonly [K in keyof T]: Json<T[K]> }
        : T;

/** The format a field of type V may have. */
export type FormatOf<V> = [NonNullable<V>] extends [Dec]
  ? DecimalFormat
  : [NonNullable<V>] extends [CalendarDate]
    ? 'date'
    : [NonNullable<V>] extends [readonly (infer U)[]]
      ? [U] extends [Dec]
        ? DecimalFormat
        : [U] extends [string | number | boolean]
          ? 'as-is'
          : Each<ShapeOf<U>>
      : [NonNullable<V>] extends [string]
        ? 'as-is' | 'date'
        : [NonNullable<V>] extends [number | boolean]
          ? 'as-is'
          : ShapeOf<NonNullable<V>>;

/** Every field of T, in the order the JSON writes them, with its format. */
export type ShapeOf<T> = { readonly [K in keyof T]-?: FormatOf<T[K]> };

function isDate(v: unknown): v is CalendarDate {
  return typeof v === 'object' && v !== null && 'year' in v && 'month' in v && 'day' in v;
}

function write(value: unknown, format: unknown, mode: RoundingMode): unknown {
  if (value === null || value === undefined) return value;
  switch (format) {
    case 'as-is':
      return value;
    case 'money':
      return formatMoney(value as Dec, mode);
    case 'ratio':
      return formatRatio(value as Dec);
    case 'ratio6':
      return formatRatio(value as Dec, 6);
    case 'plain':
      return formatPlain(value as Dec);
    case 'date':
      return isDate(value) ? formatIsoDate(value) : value;
  }
  if (Array.isArray(value)) {
    const item = typeof format === 'object' && format !== null && EACH in format ? (format as Each<unknown>)[EACH] : format;
    return value.map((x) => write(x, item, mode));
  }
  const shape = format as Readonly<Record<string, unknown>>;
  const object = value as Readonly<Record<string, unknown>>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(shape)) out[key] = write(object[key], shape[key], mode);
  return out;
}

/** Writes a domain value as its JSON, following its shape; money rounded with `mode`. */
export function toJson<T>(value: T, shape: ShapeOf<T>, mode: RoundingMode): Json<T> {
  return write(value, shape, mode) as Json<T>;
}
