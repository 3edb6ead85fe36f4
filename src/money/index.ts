/**
 * All arithmetic on money and ratios goes through this module.
 *
 * `D` is a private clone of decimal.js: 40 significant digits (money up to 10^12 CNY with
 * 28 decimals to spare) and exponent notation switched off, so `toString()` never prints `1e+21`.
 * The global `Decimal` of the host application is never touched (no `Decimal.set`).
 */
import { Decimal } from 'decimal.js';

export const D = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/** A Decimal made by xcheck's private clone. */
export type Dec = Decimal;

/** An amount or ratio as it may come in: a decimal string or a finite number. */
export type DecimalInput = string | number | Decimal;

/**
 * Plain decimal notation: optional minus sign, digits, optional fraction.
 * No exponent, no thousands separators, no leading plus, no spaces.
 */
export const DECIMAL_STRING = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

export const ZERO: Decimal = new D(0);
export const ONE: Decimal = new D(1);

/**
 * Makes a Decimal from a decimal string, a finite number or a Decimal.
 * A number goes through its shortest round-trip string (`String(0.1)` is `"0.1"`), so a
 * spreadsheet's or JSON's 0.1 stays 0.1 and never becomes 0.1000000000000000055….
 *
 * @throws RangeError for NaN, ±Infinity or a string that is not a plain decimal.
 * @example
 * toDecimal(0.1).plus(toDecimal(0.2)).toString() //=> '0.3'
 */
export function toDecimal(value: DecimalInput): Decimal {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    return new D(String(value));
  }
  if (typeof value === 'string') {
    if (!DECIMAL_STRING.test(value)) throw new RangeError(`not a decimal string: ${JSON.stringify(value)}`);
    return new D(value);
  }
  if (value instanceof Decimal || Decimal.isDecimal(value)) return new D(value);
  throw new RangeError('not a decimal');
}

/** `toDecimal` for optional values: `undefined` stays `undefined`. */
export function toDecimalOrUndefined(value: DecimalInput | undefined): Decimal | undefined {
  return value === undefined ? undefined : toDecimal(value);
}

/** Named rounding modes. Half-up is 四舍五入 as Chinese banks round; half-even is banker's rounding (Fineract's default). */
export type RoundingMode = 'half-up' | 'half-even' | 'down' | 'up';

const MODES: Record<RoundingMode, Decimal.Rounding> = {
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
};

/** Rounds to `places` decimals with a named mode. */
export function roundTo(value: Decimal, places: number, mode: RoundingMode = 'half-up'): Decimal {
  return value.toDecimalPlaces(places, MODES[mode]);
}

/** Rounds to the fen (0.01 CNY). */
export function roundFen(value: Decimal, mode: RoundingMode = 'half-up'): Decimal {
  return roundTo(value, 2, mode);
}

/** Rounds down to a multiple of `step` (e.g. a loan amount to the nearest 1,000 below). */
export function floorToMultiple(value: Decimal, step: Decimal): Decimal {
  if (step.lte(0)) return value;
  return value.div(step).floor().times(step);
}

/**
 * Reading a Decimal's digit words. In decimal.js `d` holds base-1e7 words aligned on the decimal point (the
 * integer part is words 0..⌊e/7⌋, e the base-10 exponent; `d` is null for ±Infinity and NaN), `s` the sign.
 * When |value| < 10^13 (e ≤ 12) and its fraction fits in the one word after the point (at most 7 decimals),
 * the integer part is an exact JS integer (< 2^53) and the value can be written from the words, without
 * `toFixed`'s copy and rounding pass or `toString`'s digit string (most money in a report is whole fen).
 */

/** The fraction word (0..9,999,999, its digits the 7 decimals) of such a value, or -1 when the value is not one. */
function fractionWord(value: Decimal): number {
  const d = value.d;
  const e = value.e;
  if (d === null || d === undefined || e > 12 || e < -7) return -1;
  const last = e < 0 ? -1 : (e / 7) | 0; // index of the word holding the units digit
  const len = d.length;
  if (len > last + 2) return -1; // more than one fraction word: more than 7 decimals
  return len === last + 2 ? (d[last + 1] as number) : 0;
}

/** The integer part of a value `fractionWord` accepts, with its minus sign unless the value is zero (toFixed writes -0 as 0). */
function signedWhole(value: Decimal): string {
  const d = value.d;
  const e = value.e;
  const last = e < 0 ? -1 : (e / 7) | 0;
  let whole = 0;
  for (let i = 0; i <= last; i++) whole = whole * 1e7 + (i < d.length ? (d[i] as number) : 0);
  return value.s < 0 && d[0] !== 0 ? `-${whole}` : `${whole}`;
}

/** 10^(7 − places) for places 0..7: the unit of the last kept decimal in a fraction word. */
const WORD_UNIT = [1e7, 1e6, 1e5, 1e4, 1e3, 100, 10, 1];
/** Zeros to pad a fraction of `places` decimals, by how many digits it has. */
const ZEROS = ['', '0', '00', '000', '0000', '00000', '000000', '0000000'];

/**
 * `value.toFixed(places, rounding)`, the same string. Written from the digit words when nothing needs rounding:
 * a value `fractionWord` accepts whose fraction word has no digit beyond `places` (places ≤ 7); the word divided
 * by 10^(7 − places) is the kept decimals. Anything else takes `toFixed`.
 */
function toFixedPlaces(value: Decimal, places: number, rounding: Decimal.Rounding): string {
  const word = places > 7 ? -1 : fractionWord(value);
  const unit = WORD_UNIT[places] as number;
  if (word < 0 || word % unit !== 0) return value.toFixed(places, rounding);
  if (places === 0) return signedWhole(value);
  const kept = `${word / unit}`;
  return `${signedWhole(value)}.${ZEROS[places - kept.length]}${kept}`;
}

/** Money as a JSON string: two decimals, half-up, never exponent notation. `-0.00` becomes `0.00`. */
export function formatMoney(value: Decimal, mode: RoundingMode = 'half-up'): string {
  const s = toFixedPlaces(value, 2, MODES[mode]);
  return s === '-0.00' ? '0.00' : s;
}

/** A ratio as a JSON string with `places` decimals (4 by default: 0.1234 = 12.34%). */
export function formatRatio(value: Decimal, places = 4): string {
  const s = toFixedPlaces(value, places, Decimal.ROUND_HALF_UP);
  return s.charCodeAt(0) === 45 /* '-' */ && NEGATIVE_ZERO.test(s) ? s.slice(1) : s;
}

const NEGATIVE_ZERO = /^-0\.?0*$/;

/** A decimal string with no forced places (for counts, days, units), trailing zeros dropped: `toFixed()`, the same string. */
export function formatPlain(value: Decimal): string {
  let word = fractionWord(value);
  if (word === 0) return signedWhole(value);
  if (word > 0) {
    let places = 7;
    for (; word % 10 === 0; word /= 10) places--; // trailing zeros dropped
    const kept = `${word}`;
    return `${signedWhole(value)}.${ZEROS[places - kept.length]}${kept}`;
  }
  const s = value.toFixed();
  return s === '-0' ? '0' : s;
}

/** Groups digits for people: 1500000.5 → "1,500,000.50" (money) — used by the Markdown memo only. */
export function groupMoney(value: Decimal): string {
  return groupDigits(formatMoney(value));
}

/**
 * A percentage for people: 0.73333 → "73.33%". The same string as `formatRatio(value.times(100), places)`
 * without the multiplication: value rounded to places + 2 decimals, with the point moved two places right
 * (× 100 is exact in decimal, so rounding before or after it gives the same digits).
 */
export function formatPercent(value: Decimal, places = 2): string {
  return `${pointTwoRight(formatRatio(value, places + 2))}%`;
}

/** "0.7333" → "73.33", "-0.0512" → "-5.12", "1.2345" → "123.45": a plain decimal string with at least two decimals, × 100. */
function pointTwoRight(s: string): string {
  const negative = s.charCodeAt(0) === 45; // '-'
  const dot = s.indexOf('.');
  let start = negative ? 1 : 0;
  const whole = s.slice(start, dot) + s.slice(dot + 1, dot + 3);
  start = 0;
  while (start < whole.length - 1 && whole.charCodeAt(start) === 48) start++; // leading zeros, keeping one digit
  const rest = s.slice(dot + 3);
  return (negative ? '-' : '') + whole.slice(start) + (rest === '' ? '' : `.${rest}`);
}

/** Inserts thousands separators into a plain decimal string. */
export function groupDigits(plain: string): string {
  const negative = plain.startsWith('-');
  const start = negative ? 1 : 0;
  const dot = plain.indexOf('.', start);
  const end = dot < 0 ? plain.length : dot;
  if (end - start <= 3) return plain; // nothing to group
  // Slices of three from the right end of the integer part (a loop: the lookahead regex was a hot spot).
  let grouped = plain.slice(start, start + ((end - start) % 3 || 3));
  for (let i = start + ((end - start) % 3 || 3); i < end; i += 3) grouped += `,${plain.slice(i, i + 3)}`;
  return `${negative ? '-' : ''}${grouped}${plain.slice(end)}`;
}

/** Sum of a list of Decimals (0 for an empty list). */
export function sum(values: readonly Decimal[]): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/** The same precision, rounding every result up (away from zero): for bounds that must not fall short. */
const DUp = D.clone({ rounding: Decimal.ROUND_UP });

/** a × b rounded up (away from zero) to the precision: never below the exact product of non-negative a, b. */
export function timesRoundedUp(a: Decimal, b: Decimal): Decimal {
  return new DUp(a).times(b);
}
