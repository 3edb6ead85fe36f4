/**
 * The policy's cross-field checks (src/profile/policy-parts.ts): a band's warning level must not be beyond its
 * critical level (tolerance ≤ critical, ceiling max ≤ critical, floor min ≥ critical), and an industry margin
 * range must have min ≤ max. Each broken order is an input error at the warning level's (or the range's min)
 * path, under the error key `bandOrder` or `rangeOrder`; equal values are allowed. The same errors come from
 * analyze(), from preparePolicy() and from the compiled policy schema.
 */
import { describe, expect, test } from 'vitest';
import { analyze, type InputError, preparePolicy } from '../../src/index.js';
import { policySchema } from '../../src/profile/policy.js';
import { compileSchema } from '../../src/profile/prepared.js';
import { workedExample } from '../support/profiles.js';
import type { PolicyInput } from '../../src/profile/policy.js';

/**
 * The error key of an input error: its code once the catalog knows the key; until then the code is zod's
 * `custom` and the message falls back to the key itself.
 */
const keyOf = (e: InputError): string => (e.code === 'custom' ? e.message.en : e.code);

/** The errors analyze() reports for the worked example under a policy, as `path key`. */
function analyzeErrors(policy: unknown): string[] {
  const r = analyze(workedExample(), { policy: policy as PolicyInput });
  return r.ok ? [] : r.errors.map((e) => `${e.path} ${keyOf(e)}`);
}

function prepareErrors(policy: unknown): string[] {
  const r = preparePolicy(policy);
  return r.ok ? [] : r.errors.map((e) => `${e.path} ${keyOf(e)}`);
}

const compiled = compileSchema(policySchema);

/** Each broken order, with the one error it must give. */
const broken: readonly [string, unknown, string][] = [
  ['a band: tolerance above critical', { receivables: { tolerance: '0.6' } }, 'policy.receivables.tolerance bandOrder'],
  ['a band: critical below the default tolerance', { payables: { critical: '0.1' } }, 'policy.payables.tolerance bandOrder'],
  ['a band given as numbers', { productionCapacity: { tolerance: 0.3, critical: 0.25 } }, 'policy.productionCapacity.tolerance bandOrder'],
  ['the equity band', { equity: { critical: '0.05' } }, 'policy.equity.tolerance bandOrder'],
  ['the initial-capital band', { initialCapital: { tolerance: '0.5' } }, 'policy.initialCapital.tolerance bandOrder'],
  ['the sales-triangulation band', { salesTriangulation: { tolerance: '0.8' } }, 'policy.salesTriangulation.tolerance bandOrder'],
  ['the gross-margin band', { grossMargin: { tolerance: '0.2' } }, 'policy.grossMargin.tolerance bandOrder'],
  ['the inventory band', { inventory: { tolerance: '0.7' } }, 'policy.inventory.tolerance bandOrder'],
  ['the household band', { household: { tolerance: '0.6' } }, 'policy.household.tolerance bandOrder'],
  ['a ceiling: max above critical', { leverage: { liabilitiesToEquity: { max: '2.5' } } }, 'policy.leverage.liabilitiesToEquity.max bandOrder'],
  ['a ceiling: critical below the default max', { inventory: { monthsOfSales: { critical: '2' } } }, 'policy.inventory.monthsOfSales.max bandOrder'],
  ['a floor: min below critical', { liquidity: { currentRatio: { min: '0.5' } } }, 'policy.liquidity.currentRatio.min bandOrder'],
  ['a floor: critical above the default min', { liquidity: { quickRatio: { critical: '0.6' } } }, 'policy.liquidity.quickRatio.min bandOrder'],
  [
    'an industry range: min above max',
    { grossMargin: { industries: [{ match: 'garment', min: '0.2', max: '0.3' }, { match: 'grocery', min: '0.35', max: '0.25' }] } },
    'policy.grossMargin.industries[1].min rangeOrder',
  ],
  // Decimals, not floats: these two differ only beyond a double's precision.
  ['a band compared as decimals', { receivables: { tolerance: '0.50000000000000000001' } }, 'policy.receivables.tolerance bandOrder'],
];

describe('the policy rejects levels out of order', () => {
  test.each(broken)('%s', (_name, policy, error) => {
    expect(analyzeErrors(policy)).toEqual([error]);
    expect(prepareErrors(policy)).toEqual([error]);
  });

  test('the compiled policy schema reports the same issue: message the key, path from the object', () => {
    for (const [, policy] of broken) {
      const a = policySchema.safeParse(policy, { reportInput: true });
      const b = compiled.safeParse(policy, { reportInput: true });
      expect(a.success).toBe(false);
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    }
    const issue = policySchema.safeParse({ leverage: { debtToMonthlySales: { max: '7' } } }).error?.issues[0];
    expect(issue).toMatchObject({ code: 'custom', message: 'bandOrder', path: ['leverage', 'debtToMonthlySales', 'max'] });
  });

  test('every broken level is reported, not only the first', () => {
    expect(analyzeErrors({ receivables: { tolerance: '0.6' }, liquidity: { currentRatio: { min: '0.5' } } })).toEqual([
      'policy.receivables.tolerance bandOrder',
      'policy.liquidity.currentRatio.min bandOrder',
    ]);
  });

  test('a level that is itself wrong gets its own error only', () => {
    expect(analyzeErrors({ receivables: { tolerance: '2' } })).toEqual(['policy.receivables.tolerance fractionRange']);
    expect(analyzeErrors({ receivables: { tolerance: 'x', critical: '0.1' } })).toEqual(['policy.receivables.tolerance money']);
  });
});

describe('levels in order, or equal, are accepted', () => {
  const accepted: readonly [string, unknown][] = [
    ['the defaults', undefined],
    ['a band with tolerance = critical', { receivables: { tolerance: '0.5', critical: '0.5' } }],
    ['equal written differently', { receivables: { tolerance: 0.5, critical: '0.50' } }],
    ['a ceiling with max = critical', { leverage: { liabilitiesToEquity: { max: '2', critical: '2' } } }],
    ['a floor with min = critical', { liquidity: { currentRatio: { min: '0.7', critical: '0.7' } } }],
    ['a zero tolerance', { household: { tolerance: '0' } }],
    ['a single-value industry range', { grossMargin: { industries: [{ match: 'garment', min: '0.3', max: '0.3' }] } }],
  ];
  test.each(accepted)('%s', (_name, policy) => {
    expect(analyzeErrors(policy)).toEqual([]);
    expect(prepareErrors(policy)).toEqual([]);
    expect(compiled.safeParse(policy).success).toBe(true);
  });
});
