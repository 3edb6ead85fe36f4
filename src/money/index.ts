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

/** Money as a JSON string: two decimals, half-up, never exponent notation. `-0.00` becomes `0.00`. */
export function formatMoney(value: Decimal, mode: RoundingMode = 'half-up'): string {
  const s = value.toFixed(2, MODES[mode]);
  return s === '-0.00' ? '0.00' : s;
}

/** A ratio as a JSON string with `places` decimals (4 by default: 0.1234 = 12.34%). */
export function formatRatio(value: Decimal, places = 4): string {
  const s = value.toFixed(places, Decimal.ROUND_HALF_UP);
  return NEGATIVE_ZERO.test(s) ? s.slice(1) : s;
}

const NEGATIVE_ZERO = /^-0\.?0*$/;

/** A decimal string with no forced places (for counts, days, units), trailing zeros dropped. */
export function formatPlain(value: Decimal): string {
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
