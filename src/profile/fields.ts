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

/**
 * What a field's documentation holds (zod's `.meta`): carried into the JSON Schemas, docs/profile.md and the
 * published types. `unit` is what an amount or a count is measured in (`CNY/month`, `days`); the JSON Schemas
 * carry it as an annotation.
 */
export interface FieldMeta {
  readonly description?: string;
  readonly examples?: readonly unknown[];
  readonly unit?: string;
  readonly title?: string;
  readonly format?: string;
}

/** A field's documentation as zod's `.meta` takes it. */
export function doc(description: string, more: Omit<FieldMeta, 'description'> = {}): { description: string } & Omit<FieldMeta, 'description'> {
  return { description, ...more };
}

/**
 * The field types the published JSON Schemas name in `$defs` (Money, Ratio, Date, …), by schema: filled once as
 * this module and its siblings load, read by src/profile/json-schemas.ts. Only the schemas made by {@link named}
 * are in it (a field's own `.meta` makes a new schema, documented at its use and referring to the named one).
 */
export const NAMED_TYPES = new WeakMap<z.ZodType, string>();

/** Documents a shared field type and gives it its `$defs` name. */
export function named<T extends z.ZodType>(schema: T, name: string, meta: FieldMeta): T {
  const out = schema.meta({ title: name, ...meta }) as T;
  NAMED_TYPES.set(out, name);
  return out;
}

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

/**
 * The limits of every decimal input (amounts, quantities, prices, ratios, rates), fixed (docs/profile.md,
 * "Limits"): at most 15 digits before the point (below 10^15: a thousand times any figure a micro-loan file
 * holds) and at most 20 after it (the plain form of any double from 0.001 up, e.g. a spreadsheet's 0.155 / 12 =
 * 0.012916666666666667, fits). 15 + 20 = 35 significant digits, inside the 40 digits of the calculations, so
 * an accepted input is never rounded on the way in, and the work on one figure stays small (an amount of any
 * length used to cost time in the square of its digits).
 */
export const MAX_INTEGER_DIGITS = 15;
export const MAX_DECIMALS = 20;
/** 10^15 as a double: a JSON number must stay below it in absolute value. */
const MAX_MAGNITUDE = 1e15;

/** The digits before the point of a decimal string (no leading zeros: that is the regex's form). */
const integerDigits = (v: string): number => {
  const point = v.indexOf('.');
  return (point === -1 ? v.length : point) - (v.startsWith('-') ? 1 : 0);
};

/**
 * Below 10^15 in absolute value (at most 15 digits before the point). The length test comes first, so the
 * regex runs again only on a string that would fail (a non-decimal string is reported once, as `money`).
 */
export const isWithinMagnitude = (v: string | number): boolean =>
  typeof v === 'number' ? !(Math.abs(v) >= MAX_MAGNITUDE) : typeof v !== 'string' || integerDigits(v) <= MAX_INTEGER_DIGITS || !DECIMAL_STRING.test(v);

/**
 * At most 20 digits after the point. A JSON number passes: a double holds at most 17 significant digits,
 * which the calculations keep exactly (a tiny rate is refused by `rate`, below).
 */
export const isWithinDecimals = (v: string | number): boolean => {
  if (typeof v !== 'string') return true;
  const point = v.indexOf('.');
  return point === -1 || v.length - point - 1 <= MAX_DECIMALS || !DECIMAL_STRING.test(v);
};

/** What every decimal's description says of its form and of JSON numbers. */
const DECIMAL_FORM =
  'Written as a decimal string: no exponent, no thousands separators, at most 15 digits before the point and 20 after it. xcheck also accepts a JSON number, but that is discouraged: a number passes through a binary double in most JSON tools (a string keeps every digit).';

const decimal = z
  .union([z.number(), z.string().regex(DECIMAL_STRING, { error: 'money' })], { error: 'money' })
  .refine(isWithinMagnitude, { error: 'amountTooLarge', params: { limit: String(MAX_INTEGER_DIGITS) } })
  .refine(isWithinDecimals, { error: 'tooManyDigits', params: { limit: String(MAX_DECIMALS) } });

/** An amount in CNY, may be negative (a loss, a revaluation down). At most 15 digits before the point and 20 after. */
export const signedMoney = named(decimal, 'SignedMoney', {
  description: `An amount in CNY that may be negative (a loss, a revaluation down). ${DECIMAL_FORM}`,
  examples: ['-150000.00'],
  unit: 'CNY',
});

/** An amount in CNY, zero or more. */
export const money = named(decimal.refine(isNonNegative, { error: 'nonNegative' }), 'Money', {
  description: `An amount (in CNY unless the field says otherwise), zero or more. ${DECIMAL_FORM}`,
  examples: ['1500000.00'],
});

/** A ratio as a fraction: 0.15 means 15%. Between 0 and 1 inclusive. */
export const fraction = named(
  decimal.refine(isNonNegative, { error: 'fractionRange' }).refine(isAtMostOne, { error: 'fractionRange' }),
  'Ratio',
  { description: `A ratio as a fraction from 0 to 1 inclusive: 0.15 means 15%. ${DECIMAL_FORM}`, examples: ['0.15'] },
);

/** A positive decimal (a rate, a factor). */
export const positiveDecimal = named(decimal.refine(isPositive, { error: 'positive' }), 'PositiveDecimal', {
  description: `A decimal greater than zero (a price, a rate, a factor). ${DECIMAL_FORM}`,
  examples: ['2.5'],
});

/**
 * The smallest monthly rate above zero (docs/profile.md, "Limits"): 1e-12 (0.0000000001% a month). Below it
 * (1 + r) keeps fewer than 28 of the 40 digits and the annuity formula P·r / (1 − (1 + r)^−n) falls apart
 * (below 1e-40, 1 + r rounds to 1 and the instalment becomes Infinity). Zero stays allowed (P / n).
 */
export const MIN_MONTHLY_RATE = '0.000000000001';

/** Zero, or at least 1e-12. A non-decimal value passes (reported on its own). */
export const isSaneRate = (v: string | number): boolean => {
  if (typeof v === 'number') return v === 0 || !(Math.abs(v) < 1e-12);
  if (typeof v !== 'string' || !DECIMAL_STRING.test(v)) return true;
  // zero, or fewer than 12 zeros after the point before the first significant digit (≥ 1e-12)
  const m = /^-?0\.(0*)(\d*)$/.exec(v);
  if (m === null) return true;
  return /^0*$/.test(m[2] ?? '') || (m[1] ?? '').length < 12;
};

/** A monthly interest rate: a fraction between 0 and 1, zero or at least 1e-12. */
export const monthlyRate = named(fraction.refine(isSaneRate, { error: 'rateTooSmall', params: { limit: '1e-12' } }), 'MonthlyRate', {
  description: `A monthly interest rate as a fraction from 0 to 1: 0.0129 is 1.29% a month (一分两厘九). Zero, or at least 0.000000000001 (1e-12: a smaller rate cannot be computed exactly). ${DECIMAL_FORM}`,
  examples: ['0.0129'],
  unit: 'per month',
});

/** A count of days, months or people: a whole number, zero or more. */
export const count = named(z.int({ error: 'wholeNumber' }).min(0, { error: 'nonNegative' }), 'Count', {
  description: 'A whole number, zero or more (days, months, people, units).',
  examples: [30],
});

/**
 * An ISO calendar date `YYYY-MM-DD` that exists (no 2023-02-29). The JSON Schema says `format: date`, so forms
 * (and the spreadsheet functions) can tell a date field from other text.
 */
export const isoDate = named(
  z.string({ error: 'date' }).refine((s) => parseIsoDate(s) !== undefined, { error: 'date' }),
  'Date',
  { format: 'date', description: 'An ISO calendar date YYYY-MM-DD that exists (2023-02-29 does not). Nothing depends on a time zone.', examples: ['2026-06-30'] },
);

/** The longest free text (docs/profile.md, "Limits"): 500 characters; a name: 200. */
export const MAX_TEXT = 500;
export const MAX_NAME = 200;

/** Free text, non-empty, at most 500 characters. */
export const text = named(z.string({ error: 'text' }).min(1, { error: 'text' }).max(MAX_TEXT, { error: 'tooLong' }), 'Text', {
  description: 'Free text, not empty, at most 500 characters.',
});

/** A case file's description or a note on it (fixtures tell their story): at most 20,000 characters. */
export const MAX_LONG_TEXT = 20_000;
export const longText = named(z.string({ error: 'text' }).min(1, { error: 'text' }).max(MAX_LONG_TEXT, { error: 'tooLong' }), 'LongText', {
  description: 'A story told in text (a case file\'s description, the arithmetic behind an expectation), not empty, at most 20,000 characters.',
});

/** A name (of the business, a lender, an item, a product), non-empty, at most 200 characters. */
export const name = named(z.string({ error: 'text' }).min(1, { error: 'text' }).max(MAX_NAME, { error: 'tooLong' }), 'Name', {
  description: 'A name (of the business, a lender, an item, a product), not empty, at most 200 characters.',
});

/**
 * A list of at most `limit` items (docs/profile.md, "Limits": each list's bound). zod checks the length after
 * the items; the analysis never runs on a list too long.
 */
export const boundedArray = <T extends z.ZodType>(item: T, limit: number) =>
  // `when`: only on a real list. zod runs a length check on any value with a `length` (its default guard), so an
  // object given for a list with a `length` key that is an object without `toString` threw inside zod (the fuzz
  // suite found it: `{ "loans": { "length": { "toString": false } } }` gave internal_error).
  // zod's core takes `when` on every check (`$ZodCheckDef`); its length-check params type leaves it out.
  z.array(item).max(limit, { error: 'tooMany', when: (payload: z.core.ParsePayload) => Array.isArray(payload.value) } as { error: 'tooMany' });


/**
 * The longest lists of a profile (docs/profile.md, "Limits"): generous for a micro-enterprise (the largest
 * fixture has a few dozen lines), finite so that one file cannot hold the service.
 */
export const LIST_LIMITS = {
  inventoryCount: 10_000,
  fixedAssets: 1_000,
  loans: 200,
  history: 1_000,
  /** Evidence items of one figure or one loan. */
  evidence: 100,
  products: 1_000,
  consumables: 200,
  birthdays: 100,
  /** The policy's industry margin ranges (policy.grossMargin.industries). */
  industries: 1_000,
  /** The policy's contact days after disbursement (policy.relationship.calendar.onboardingDays). */
  onboardingDays: 100,
} as const;

export type MoneyInput = z.input<typeof money>;
