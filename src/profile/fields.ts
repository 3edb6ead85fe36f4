/**
 * Field types shared by the profile, the policy and the case file.
 *
 * Amounts are validated here as decimal strings or finite numbers and stay in that form; the
 * calculation layer makes Decimals (a zod transform to Decimal, measured on a prototype, made parsing 4× slower and held profiles 4× larger).
 * Every custom message is a key of `MESSAGES` in `errors.ts`, so each error can be told in zh and en.
 */
import * as z from 'zod';
import { DECIMAL_STRING } from '../money/index.js';
import { parseIsoDate } from '../dates/index.js';

// These predicates read the decimal string itself (no Decimal made: parsing stays cheap). A string that is
// not a decimal passes them: zod 4 runs refinements after a failed format check (a regex issue does not
// abort), and its format error is already reported once under the `money` key. The cheap test on the first
// characters comes first, so the decimal-string regex (already run by the format check) runs again only for
// the strings that can fail. Anything else (never seen: a wrong type aborts before the refinements) passes.

/** ≥ 0: not negative (`-0`, `-0.00` are zero). */
export const isNonNegative = (v: string | number): boolean =>
  typeof v === 'number' ? v >= 0 : typeof v !== 'string' || !v.startsWith('-') || !DECIMAL_STRING.test(v) || /^-0(?:\.0+)?$/.test(v);

/** ≤ 1: integer part 0 (or negative), or exactly 1 with only zeros after the point. */
export const isAtMostOne = (v: string | number): boolean =>
  typeof v === 'number' ? v <= 1 : typeof v !== 'string' || /^-?0(?:\.\d+)?$/.test(v) || /^1(?:\.0+)?$/.test(v) || !DECIMAL_STRING.test(v);

/** > 0: neither negative nor zero. */
export const isPositive = (v: string | number): boolean =>
  typeof v === 'number' ? v > 0 : typeof v !== 'string' || (!v.startsWith('-') && !/^0(?:\.0+)?$/.test(v)) || !DECIMAL_STRING.test(v);

/**
 * < 1: negative, or integer part 0 (a decimal string has no leading zeros, so a leading `0` is the integer
 * part). A JSON number compares as its Decimal would: `toDecimal` reads it through its shortest string,
 * which rounds back to the same double, and 0 and 1 are doubles, so the order against them is kept.
 */
export const isBelowOne = (v: string | number): boolean =>
  typeof v === 'number' ? v < 1 : typeof v !== 'string' || v.startsWith('-') || v.startsWith('0') || !DECIMAL_STRING.test(v);

/** A finite number or a plain decimal string: what `toDecimal` accepts. */
export function isDecimalValue(v: unknown): v is string | number {
  return typeof v === 'number' ? Number.isFinite(v) : typeof v === 'string' && DECIMAL_STRING.test(v);
}

/** An amount in CNY, may be negative (a loss, a revaluation down). */
export const signedMoney = z.union([z.number(), z.string().regex(DECIMAL_STRING, { error: 'money' })], { error: 'money' });

/** An amount in CNY, zero or more. */
export const money = signedMoney.refine(isNonNegative, { error: 'nonNegative' });

/** A ratio as a fraction: 0.15 means 15%. Between 0 and 1 inclusive. */
export const fraction = signedMoney
  .refine(isNonNegative, { error: 'fractionRange' })
  .refine(isAtMostOne, { error: 'fractionRange' });

/** A positive decimal (a rate, a factor). */
export const positiveDecimal = signedMoney.refine(isPositive, { error: 'positive' });

/** A count of days, months or people: a whole number, zero or more. */
export const count = z.int({ error: 'wholeNumber' }).min(0, { error: 'nonNegative' });

/**
 * An ISO calendar date `YYYY-MM-DD` that exists (no 2023-02-29). The JSON Schema says `format: date`, so forms
 * (and the spreadsheet functions) can tell a date field from other text.
 */
export const isoDate = z
  .string({ error: 'date' })
  .refine((s) => parseIsoDate(s) !== undefined, { error: 'date' })
  .meta({ format: 'date' });

/** Free text, non-empty. */
export const text = z.string({ error: 'text' }).min(1, { error: 'text' });

export type MoneyInput = z.input<typeof money>;
