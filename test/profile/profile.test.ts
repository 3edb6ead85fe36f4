/** Bad input: every problem gets a path in plain words, nothing throws, nothing is mutated. */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/report/analyze.js';
import { profileJsonSchema } from '../../src/profile/schema.js';
import { minimalProfile, workedExample } from '../support/profiles.js';
import type { PolicyInput } from '../../src/profile/policy.js';

function errorsOf(input: unknown, policy?: unknown) {
  const r = analyze(input, { policy: policy as PolicyInput });
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}
const paths = (input: unknown, policy?: unknown) => errorsOf(input, policy).map((e) => e.path);

describe('inputs that are not a profile at all', () => {
  test.each([
    ['an empty object', {}],
    ['a JSON array', [1, 2]],
    ['a string', 'profile'],
    ['null', null],
    ['a number', 42],
  ])('%s is rejected with paths, no throw', (_label, input) => {
    const errors = errorsOf(input);
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) {
      expect(e.path).toMatch(/\S/);
      expect(e.message.en).toMatch(/\S/);
      expect(e.message.zh).toMatch(/\S/);
    }
  });
  test('an empty object names each required field', () => {
    expect(paths({})).toEqual(expect.arrayContaining(['analysisDate', 'business', 'sales']));
  });
  test('a JSON array is reported at the root as "must be an object"', () => {
    const [e] = errorsOf([1, 2]);
    expect(e?.path).toBe('(root)');
    expect(e?.message.en).toBe('must be an object, got a list');
  });
});

describe('field-level problems', () => {
  test('wrong types', () => {
    const p = minimalProfile() as Record<string, unknown>;
    p.sales = { annual: { value: 1 } };
    (p.business as Record<string, unknown>).kind = 'shop';
    expect(paths(p)).toEqual(expect.arrayContaining(['sales.annual', 'business.kind']));
  });
  test('negative amounts where not allowed', () => {
    const p = workedExample();
    (p.balances as Record<string, unknown>).receivables = '-5';
    const e = errorsOf(p).find((x) => x.path === 'balances.receivables');
    expect(e?.code).toBe('nonNegative');
  });
  test('impossible and misformatted dates', () => {
    const p = workedExample();
    p.analysisDate = '2026-02-30';
    (p.fixedAssets as { purchaseDate: string }[])[0]!.purchaseDate = '30/06/2024';
    expect(paths(p)).toEqual(expect.arrayContaining(['analysisDate', 'fixedAssets[0].purchaseDate']));
  });
  test('a date after the analysis date', () => {
    const p = workedExample();
    (p.history as { date: string }[])[1]!.date = '2027-01-01';
    const e = errorsOf(p).find((x) => x.path === 'history[1].date');
    expect(e?.message.en).toBe('is after the analysis date');
  });
  test('unknown keys (typos) are reported, one per key, never dropped', () => {
    const p = workedExample() as Record<string, unknown>;
    p.recievables = 1;
    (p.balances as Record<string, unknown>).csah = 2;
    const errors = errorsOf(p);
    expect(errors.filter((e) => e.code === 'unknown_key').map((e) => e.path).sort()).toEqual(['balances.csah', 'recievables']);
  });
  test('an empty or odd key is named, not mistaken for the root', () => {
    const p = workedExample() as Record<string, unknown>;
    p[''] = 1;
    (p.balances as Record<string, unknown>)['cash in hand'] = 2;
    expect(paths(p).sort()).toEqual(['[""]', 'balances["cash in hand"]']);
  });
  test('a fraction above 1 (15 instead of 0.15)', () => {
    const p = workedExample();
    p.grossMargin = 15;
    expect(errorsOf(p)).toEqual([
      expect.objectContaining({ path: 'grossMargin', code: 'fractionRange' }),
    ]);
  });
  test('a malformed decimal in a field whose value is checked gets one error, never an internal error', () => {
    // zod runs refinements even after a failed format check: they must not make a Decimal of "".
    const p = workedExample() as Record<string, unknown>;
    p.salesEstimates = { bankInflows: { monthlyAverage: 1, cashShare: '' } };
    p.products = [{ name: 'bolts', price: 1, cost: '0.5', shareOfSales: 'half' }];
    expect(errorsOf(p).map((e) => `${e.code} ${e.path}`).sort()).toEqual([
      'money products[0].shareOfSales',
      'money salesEstimates.bankInflows.cashShare',
    ]);
  });
  test('money with separators or exponent is rejected', () => {
    const p = workedExample();
    (p.sales as Record<string, unknown>).annual = '12,000,000';
    expect(paths(p)).toEqual(['sales.annual']);
  });
  test('neither margin nor purchases', () => {
    const p = minimalProfile();
    delete p.grossMargin;
    expect(paths(p)).toEqual(['grossMargin']);
  });
  test('a policy with a typo and an out-of-range tolerance: paths start with policy.', () => {
    expect(paths(workedExample(), { receivables: { tolerence: '0.3' }, payables: { tolerance: 3 } }).sort()).toEqual([
      'policy.payables.tolerance',
      'policy.receivables.tolerence',
    ]);
  });
  test('all problems are collected, not just the first', () => {
    const p = workedExample() as Record<string, unknown>;
    p.analysisDate = 'yesterday';
    p.grossMargin = -1;
    p.extra = true;
    expect(paths(p).length).toBeGreaterThanOrEqual(3);
  });
});

describe('no mutation, no prototype tricks', () => {
  test('a deep-frozen profile is analysed and left as it was', () => {
    const p = workedExample();
    const before = JSON.stringify(p);
    const freeze = (o: unknown): unknown => {
      if (o && typeof o === 'object') {
        Object.values(o).forEach(freeze);
        Object.freeze(o);
      }
      return o;
    };
    const r = analyze(freeze(p));
    expect(r.ok).toBe(true);
    expect(JSON.stringify(p)).toBe(before);
  });
  test('a __proto__ key from JSON is an unknown key, not a prototype', () => {
    const p = JSON.parse(`{"__proto__": {"grossMargin": "0.9"}, ${JSON.stringify(workedExample()).slice(1)}`) as unknown;
    const r = analyze(p);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toEqual(['__proto__']);
  });
});

describe('JSON Schema', () => {
  test('the published schema describes the input side, with required fields', () => {
    const schema = profileJsonSchema() as { type: string; required: string[]; properties: Record<string, unknown> };
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(expect.arrayContaining(['analysisDate', 'business', 'sales']));
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['balances', 'history', 'loanRequest']));
  });
});
