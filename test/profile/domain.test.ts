import { describe, expect, test } from 'vitest';
import { Decimal } from 'decimal.js';
import { formatIsoDate } from '../../src/dates/index.js';
import { toProfileData } from '../../src/profile/domain.js';
import { profileSchema } from '../../src/profile/schema.js';
import { underwritingCases } from '../support/cases.js';
import { generateProfiles } from '../support/generate.js';
import { workedExample } from '../support/profiles.js';

const isDate = (v: unknown): v is { year: number; month: number; day: number } =>
  typeof v === 'object' && v !== null && !Decimal.isDecimal(v) && Object.keys(v).join() === 'year,month,day';

/**
 * Walks the validated profile and its conversion side by side. Every Decimal of the conversion must stand where
 * the profile had a string or number of the same value (a number read through its shortest string, as JSON
 * gives it), every calendar date where it had that ISO date, and everything else must be the same value. Counts
 * what was converted; returns the paths that differ (plain comparisons: an expect per leaf is slow).
 */
function compare(input: unknown, output: unknown, path: string, counts: { amounts: number; dates: number }, wrong: string[]): void {
  if (Decimal.isDecimal(output)) {
    counts.amounts++;
    if (typeof input !== 'string' && typeof input !== 'number') return void wrong.push(path);
    // the written form of the input, not a Decimal made by the code under test: '1.50' and 1.5 are both 1.5
    const written = typeof input === 'number' ? String(input) : input;
    if ((output as Decimal).toFixed() !== new Decimal(written).toFixed()) wrong.push(path);
    return;
  }
  if (isDate(output)) {
    counts.dates++;
    if (formatIsoDate(output) !== input) wrong.push(path);
    return;
  }
  if (typeof output !== 'object' || output === null) {
    if (output !== input) wrong.push(path);
    return;
  }
  if (typeof input !== 'object' || input === null) return void wrong.push(path);
  const inObj = input as Record<string, unknown>;
  const outObj = output as Record<string, unknown>;
  // the conversion may spell an absent optional field as undefined, never add a value or drop one
  for (const key of new Set([...Object.keys(inObj), ...Object.keys(outObj)])) {
    if (outObj[key] === undefined) {
      if (inObj[key] !== undefined) wrong.push(`${path}.${key}`);
    } else compare(inObj[key], outObj[key], `${path}.${key}`, counts, wrong);
  }
}

describe('toProfileData: numbers and dates once', () => {
  test('the worked example: each amount a Decimal of its value, each date a calendar date', () => {
    const p = profileSchema.parse(workedExample());
    const d = toProfileData(p);
    expect(d.analysisDate).toEqual({ year: 2026, month: 6, day: 30 });
    expect(Decimal.isDecimal(d.sales.annual)).toBe(true);
    const counts = { amounts: 0, dates: 0 };
    const wrong: string[] = [];
    compare(p, d, 'profile', counts, wrong);
    expect(wrong).toEqual([]);
    // sales, 3 settlement/balances figures, …: the worked example has more than 10 amounts and 5 dates
    expect(counts.amounts).toBeGreaterThan(10);
    expect(counts.dates).toBeGreaterThan(5);
  });

  test('a JSON number is read through its shortest string: 0.1 stays 0.1, 0.1 + 0.2 is 0.3', () => {
    const p = profileSchema.parse({
      analysisDate: '2026-06-30',
      business: { name: 'x', industry: 'x', kind: 'trading', startDate: '2015-01-01' },
      sales: { annual: 0.1, creditShare: 0.2 },
      grossMargin: '0.25',
    });
    const d = toProfileData(p);
    expect(d.sales.annual?.plus(d.sales.creditShare!).toFixed()).toBe('0.3');
  });

  test('every fixture and 400 generated profiles: the same values, converted, nothing else changed', () => {
    const inputs: unknown[] = underwritingCases().map((c) => c.profile);
    inputs.push(...generateProfiles(200, 1, { typical: true }), ...generateProfiles(200, 1000));
    let amounts = 0;
    let dates = 0;
    const wrong: string[] = [];
    for (const input of inputs) {
      const parsed = profileSchema.safeParse(input);
      if (!parsed.success) continue; // a fixture of input errors
      const before = JSON.stringify(parsed.data);
      const counts = { amounts: 0, dates: 0 };
      compare(parsed.data, toProfileData(parsed.data), 'profile', counts, wrong);
      if (JSON.stringify(parsed.data) !== before) wrong.push('mutated'); // never mutated
      amounts += counts.amounts;
      dates += counts.dates;
    }
    expect(wrong).toEqual([]);
    expect(amounts).toBeGreaterThan(10_000);
    expect(dates).toBeGreaterThan(1_000);
  });
});
