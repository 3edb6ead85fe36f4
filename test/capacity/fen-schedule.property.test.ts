/**
 * The schedules walk money in integer fen (src/capacity/schedule.ts, docs/capacity.md "Integer fen"). The oracle
 * here is the schedule written with decimal.js alone, as the library computed it before: each period's interest
 * roundFen(balance × r) with the policy's mode, the annuity instalment PMT rounded to the fen, the equal principal
 * amount ÷ n rounded to the fen, the last period taking the balance. Both must agree to the fen, period by period,
 * on 20,000 random loans (0.01 to 10^10 CNY, 0–3% a month with up to 6 decimals, 1–360 months, both methods, both
 * rounding modes), and on amounts and rates with up to 20 decimals (where the walk runs on bigints and repeats
 * decimal.js's 40-digit rounding of a product).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildSchedule, walkSchedule } from '../../src/capacity/schedule.js';
import { D, type Dec, type RoundingMode } from '../../src/money/index.js';

const MODE = { 'half-up': D.ROUND_HALF_UP, 'half-even': D.ROUND_HALF_EVEN } as const;
type Method = 'annuity' | 'equal-principal';

/**
 * The Decimal walk: each period's interest, the regular figure (the annuity instalment, or the equal principal),
 * and the principal of the periods where the payment is not the regular one (the last period, clamped periods), as
 * fixed-point strings (2 decimals, or the amount's): one toFixed a period.
 */
function decimalWalk(amount: Dec, r: Dec, n: number, method: Method, mode: 'half-up' | 'half-even', places: number) {
  const fen = (x: Dec) => x.toDecimalPlaces(2, MODE[mode]);
  const g = r.plus(1).pow(n);
  const regular = method === 'equal-principal' ? fen(amount.div(n)) : fen(r.isZero() ? amount.div(n) : amount.times(r).times(g).div(g.minus(1)));
  const interest: string[] = [];
  const irregular: string[] = [];
  let balance = amount;
  for (let k = 1; k <= n; k++) {
    const i = fen(balance.times(r));
    const due = method === 'annuity' ? regular.minus(i) : regular;
    let p = k === n ? balance : due;
    if (p.isNegative()) p = new D(0);
    if (p.gt(balance)) p = balance;
    interest.push(i.toFixed(places));
    if (k === n || !p.eq(due)) irregular.push(`${k}: ${p.toFixed(places)}`);
    balance = balance.minus(p);
  }
  return { interest, irregular, regular: regular.toFixed(places) };
}

/** Units of 10^−places as a fixed-point string: 12345 at 2 places is "123.45". */
function fixed(units: number | bigint, places: number): string {
  const digits = units.toString().padStart(places + 1, '0');
  return `${digits.slice(0, digits.length - places)}.${digits.slice(digits.length - places)}`;
}

/** The fen walk against the Decimal walk: every period's interest and principal (regular or not), the instalment. */
function compare(amount: Dec, rate: Dec, months: number, method: Method, rounding: 'half-up' | 'half-even') {
  const walk = walkSchedule(amount, rate, months, method, rounding as RoundingMode);
  const places = walk.scale;
  const expected = decimalWalk(amount, rate, months, method, rounding, places);
  expect(walk.interest.map((u: number | bigint) => fixed(u, places))).toEqual(expected.interest);
  // a regular period pays the instalment (annuity) or the regular principal (equal principal)
  const regular = method === 'annuity' ? walk.payment : walk.principal;
  const irregular: string[] = [];
  for (let k = 1; k <= months; k++) {
    if (k < months && fixed(regular[k - 1] as number | bigint, places) === expected.regular) continue;
    irregular.push(`${k}: ${fixed(walk.principal[k - 1] as number | bigint, places)}`);
  }
  expect(irregular).toEqual(expected.irregular);
  if (method === 'annuity') expect(fixed(walk.instalment, places)).toBe(expected.regular);
}

// 0.01 to 10^10 CNY in fen, spread over the orders of magnitude (1 to 12 digits)
const amountFen = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.bigInt({ min: 0n, max: 10n ** 12n - 1n }))
  .map(([digits, x]) => (x % 10n ** BigInt(digits)) + 1n);
// 0 to 3% a month, up to 6 decimals
const rate = fc.integer({ min: 0, max: 30_000 }).map((micro) => new D(micro).div(1_000_000));
// 1 to 360 months, most loans short (each period of a 360-month loan costs as much as a whole 12-month one)
const months = fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 36 }) }, { weight: 1, arbitrary: fc.integer({ min: 37, max: 360 }) });
const method = fc.constantFrom<Method>('annuity', 'equal-principal');
const rounding = fc.constantFrom('half-up' as const, 'half-even' as const);

describe('fen schedules against the decimal.js walk', () => {
  test('20,000 random loans, to the fen', () => {
    fc.assert(
      fc.property(amountFen, rate, months, method, rounding, (fen, r, n, m, mode) => {
        compare(new D(fen.toString()).div(100), r, n, m, mode);
      }),
      { seed: 13, numRuns: 20_000 },
    );
  }, 60_000);

  test('amounts and rates with up to 20 decimals (bigints, 40-digit products)', () => {
    const decimals = (max: bigint) => fc.tuple(fc.bigInt({ min: 1n, max }), fc.integer({ min: 0, max: 20 })).map(([x, places]) => new D(`${x}e-${places}`));
    fc.assert(
      fc.property(decimals(10n ** 35n - 1n), fc.oneof(fc.constant(new D(0)), decimals(10n ** 20n)), fc.integer({ min: 1, max: 60 }), method, rounding, (amount, r, n, m, mode) => {
        fc.pre(amount.lt('1e15') && r.lt(1) && (r.isZero() || r.gte('1e-12')));
        compare(amount, r, n, m, mode);
      }),
      { seed: 13, numRuns: 500 },
    );
  }, 60_000);

  test('hand cases: PMT(1.29%, 12, 100000) = 9,048.50, last 9,048.46; a 10^10 CNY loan at 2.999999% over 360 months (bigints)', () => {
    // Excel PMT(1.29%, 12, 100000) = 9,048.4965… → 9,048.50; total interest 8,581.96 (docs/capacity.md §1)
    const s = buildSchedule({ amount: new D(100000), monthlyRate: new D('0.0129'), months: 12, method: 'annuity', rounding: 'half-up' });
    expect(s.instalment.toFixed(2)).toBe('9048.50');
    expect(s.rows[11]?.payment.toFixed(2)).toBe('9048.46');
    expect(s.totalInterest.toFixed(2)).toBe('8581.96');
    // 10^12 fen × 2,999,999 (the rate's digits) > 2^53: the bigint walk
    compare(new D('1e10'), new D('0.029999'), 360, 'annuity', 'half-even');
    compare(new D('1e10'), new D('0.029999'), 360, 'equal-principal', 'half-up');
    // amount 0.001 (scale 3): a tenth of a fen, interest 0 every period, the last period repays it
    const tiny = walkSchedule(new D('0.001'), new D('0.01'), 3, 'equal-principal', 'half-up');
    expect(tiny.scale).toBe(3);
    expect(tiny.payment.map(String)).toEqual(['0', '0', '1']);
  });
});
