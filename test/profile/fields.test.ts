/**
 * The amount refinements read the decimal string instead of making a Decimal. Each must answer exactly as
 * the comparison on the Decimal does (the independent reference), for every decimal string and every finite
 * number, and let anything that is not a decimal pass (its format error is reported once, by the format check).
 */
import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { D, toDecimal } from '../../src/money/index.js';
import { analyze } from '../../src/report/analyze.js';
import { isAtMostOne, isBelowOne, isDecimalValue, isNonNegative, isPositive } from '../../src/profile/fields.js';
import { RUNS } from '../support/properties.js';
import { minimalProfile } from '../support/profiles.js';

type Dec = InstanceType<typeof D>;

// isAtMostOne reads a string's integer part: -1 and below fail it too (as they always have), so a string such
// as "-2" gets `fractionRange` from both checks; a number is compared as it is. Only the error count differs.
const cases = [
  ['isNonNegative', isNonNegative, (d: Dec) => d.gte(0), (d: Dec) => d.gte(0)],
  ['isAtMostOne', isAtMostOne, (d: Dec) => d.gt(-1) && d.lte(1), (d: Dec) => d.lte(1)],
  ['isPositive', isPositive, (d: Dec) => d.gt(0), (d: Dec) => d.gt(0)],
  ['isBelowOne', isBelowOne, (d: Dec) => d.lt(1), (d: Dec) => d.lt(1)],
] as const;

/** Decimal strings near the edges: 0, 1, -0, long fractions, zeros after the point, large integer parts. */
const decimalString = fc
  .tuple(
    fc.boolean(),
    fc.oneof(fc.constantFrom('0', '1', '2', '9', '10', '100'), fc.bigInt({ min: 1n, max: 10n ** 25n }).map(String)),
    fc.oneof(fc.constant(''), fc.constantFrom('.0', '.00', '.5', '.0001', '.999999999999999999999'), fc.stringMatching(/^\.\d{1,30}$/)),
  )
  .map(([negative, integer, fraction]) => `${negative ? '-' : ''}${integer}${fraction}`);

const edgeNumbers = [0, -0, 1, -1, 0.5, 1 - 2 ** -53, 1 + 2 ** -52, 5e-324, -5e-324, 1e21, 0.1 + 0.2, Number.MAX_VALUE];

describe('the amount refinements answer as the Decimal comparison does', () => {
  test.each(cases)('%s on decimal strings', (_name, predicate, reference) => {
    fc.assert(
      fc.property(decimalString, (v) => {
        expect(isDecimalValue(v)).toBe(true);
        expect(predicate(v)).toBe(reference(toDecimal(v)));
      }),
      { numRuns: RUNS * 20 },
    );
  });
  test.each(cases)('%s on finite numbers (JSON numbers enter Decimal through their shortest string)', (_name, predicate, _s, reference) => {
    for (const v of edgeNumbers) expect(predicate(v), String(v)).toBe(reference(toDecimal(v)));
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        expect(predicate(v)).toBe(reference(toDecimal(v)));
      }),
      { numRuns: RUNS * 20 },
    );
  });
  test.each(cases)('%s lets a string that is not a decimal pass', (_name, predicate) => {
    for (const v of ['', '-', '-x', '0x1', '01', '1e5', '1,000', ' 1', '.5', '-.5', '1.', '00.5', '-01']) expect(predicate(v), v).toBe(true);
    fc.assert(
      fc.property(fc.string(), (v) => {
        if (!isDecimalValue(v)) expect(predicate(v)).toBe(true);
      }),
      { numRuns: RUNS * 10 },
    );
  });
});

describe('the errors on the shares that use them', () => {
  const paths = (estimates: unknown) => {
    const r = analyze({ ...minimalProfile(), salesEstimates: estimates });
    return r.ok ? [] : r.errors.map((e) => `${e.path} ${e.code}`);
  };
  test('a cash share of 1 is not below 1; 0.999 is; a commission rate of 0 is not positive', () => {
    expect(paths({ bankInflows: { monthlyAverage: '1000', cashShare: '1.000' } })).toEqual(['salesEstimates.bankInflows.cashShare belowOne']);
    expect(paths({ bankInflows: { monthlyAverage: '1000', cashShare: '0.999' } })).toEqual([]);
    expect(paths({ commissions: { monthly: '100', rate: '0.00' } })).toEqual(['salesEstimates.commissions.rate positive']);
    expect(paths({ commissions: { monthly: '100', rate: -0 } })).toEqual(['salesEstimates.commissions.rate positive']);
  });
  test('a malformed or non-finite share gets its one format error, nothing more', () => {
    expect(paths({ bankInflows: { monthlyAverage: '1000', cashShare: '1e-1' } })).toEqual(['salesEstimates.bankInflows.cashShare money']);
    expect(paths({ commissions: { monthly: '100', rate: Infinity } })).toEqual(['salesEstimates.commissions.rate money']);
    expect(paths({ commissions: { monthly: '100', rate: true } })).toEqual(['salesEstimates.commissions.rate money']);
  });
  test('out of range in two ways: both errors', () => {
    // "-1": below 0 and (read as a string) not at most 1, both fractionRange; not above 0 (positive).
    expect(paths({ commissions: { monthly: '100', rate: '-1' } })).toEqual([
      'salesEstimates.commissions.rate fractionRange',
      'salesEstimates.commissions.rate fractionRange',
      'salesEstimates.commissions.rate positive',
    ]);
    expect(paths({ commissions: { monthly: '100', rate: -1 } })).toEqual([
      'salesEstimates.commissions.rate fractionRange',
      'salesEstimates.commissions.rate positive',
    ]);
    expect(paths({ bankInflows: { monthlyAverage: '1000', cashShare: '1.5' } })).toEqual(['salesEstimates.bankInflows.cashShare fractionRange', 'salesEstimates.bankInflows.cashShare belowOne']);
  });
});
