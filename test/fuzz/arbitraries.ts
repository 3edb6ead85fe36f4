/**
 * The fuzz suite's inputs (issue 18; docs/performance.md, "Fuzz suite (issue 18)"): random JSON values with hostile
 * keys, and valid generated profiles (test/support/generate.ts) mutated in the ways an export, a form or an attacker
 * gets them wrong: wrong types, huge / negative / zero amounts, tiny and huge rates, long strings, deep nesting,
 * `__proto__` / `constructor` keys, unicode and control characters, dates out of range. Every input is built fresh
 * and deep-frozen, so a write into it throws (and shows as an internal error).
 */
import * as fc from 'fast-check';
import { generateProfile } from '../support/generate.js';
import { deepFreeze, type Path } from '../support/properties.js';

/** An object with these own properties, `__proto__` included (as JSON.parse makes it, never the prototype). */
export function own(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

/** Keys that meet prototypes or the schema. */
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'then', 'length'] as const;
const SCHEMA_KEYS = ['analysisDate', 'business', 'name', 'sales', 'annual', 'monthly', 'balances', 'cash', 'loanRequest', 'amount', 'loans'] as const;
const keyArb = fc.oneof({ weight: 3, arbitrary: fc.string({ maxLength: 8 }) }, fc.constantFrom(...HOSTILE_KEYS), fc.constantFrom(...SCHEMA_KEYS));

/** Strings with what breaks text: control characters, lone surrogates, bidi marks, emoji, CJK, very long runs. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\r',
    '\rEND:VEVENT\rBEGIN:VEVENT',
    '\u202e\u2066abc',
    '\ud800',
    '\udfff\ud800',
    '张氏五金加工厂',
    '💸💸',
    'NaN',
    'Infinity',
    '1e21',
    '<script>alert(1)</script>',
    '| a | b |\n## x',
    '`code`',
    '\\',
    '"',
  ),
  fc.tuple(fc.constantFrom('x', '张', '\u0007', '💸', ' '), fc.integer({ min: 1_000, max: 20_000 })).map(([c, n]) => c.repeat(n)),
);

/** Numbers and number-like strings: out of range, non-finite (a JS caller can pass them), exponent, localised. */
export const nastyNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, -1, 1e21, -1e21, 5e-324, Number.MAX_VALUE, Number.MAX_SAFE_INTEGER + 2, NaN, Infinity, -Infinity),
  fc.constantFrom('0', '-0', '-1', '0.00', '00012', '1e5', '1E-7', ' 12 ', '1,000', '12%', '１２', '+5', '.5', '5.', '0x10', ''),
  // many digits: huge amounts and long fractions (kept to hundreds of digits: issue 18 finding 1 is about millions)
  fc.tuple(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 300 }), fc.boolean()).map(
    ([i, f, neg]) => `${neg ? '-' : ''}${'9'.repeat(i)}${f > 0 ? `.${'1'.repeat(f)}` : ''}`,
  ),
);

/** Any value, including hostile keys, nasty strings and numbers, nested up to `depth`. */
const valueArb: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false),
    nastyNumber,
    nastyString,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(keyArb, tie('value')), { maxLength: 5 }).map(own),
  ),
})).value;

/** A value nested `depth` levels deep (arrays or objects). */
export function deep(depth: number, kind: 'array' | 'object', leaf: unknown = 1): unknown {
  let v: unknown = leaf;
  for (let i = 0; i < depth; i++) v = kind === 'array' ? [v] : own([['a', v]]);
  return v;
}

const deepArb = fc.tuple(fc.integer({ min: 10, max: 3_000 }), fc.constantFrom('array', 'object') as fc.Arbitrary<'array' | 'object'>).map(([d, k]) => deep(d, k));

/** Dates a form or an export gets wrong. */
export const nastyDate: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    '0000-01-01',
    '0001-01-01',
    '1899-12-31',
    '1970-01-01',
    '9999-12-31',
    '10000-01-01',
    '+275760-09-13',
    '-001000-01-01',
    '2026-02-29',
    '2024-02-29',
    '2026-02-30',
    '2026-13-01',
    '2026-00-10',
    '2026-6-1',
    '2026-06-30T00:00:00Z',
    '2026/06/30',
    '',
  ),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);

/** What replaces a value: a wrong type, a nasty number, string or date, deep nesting, or a hostile object. */
const replacementArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: nastyNumber },
  { weight: 2, arbitrary: nastyString },
  { weight: 2, arbitrary: nastyDate },
  { weight: 2, arbitrary: valueArb },
  { weight: 1, arbitrary: deepArb },
  { weight: 1, arbitrary: fc.constantFrom(null, true, [], {}, own([['__proto__', { polluted: true }]]), own([['constructor', { prototype: { polluted: true } }]])) },
);

/** Rates: zero, tiny (to 1e-60), huge, negative. */
const rateArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: 1, max: 60 }).map((z) => `0.${'0'.repeat(z)}1`),
  fc.constantFrom('0', '1', '0.99', '5', '1000000', '-0.01', 1e-30, 5e-324, 0.5),
  fc.double({ min: 0, max: 2, noNaN: true }),
);

/** Keys of rates and fractions in a generated profile. */
const RATE_KEYS = new Set(['monthlyRate', 'grossMargin', 'creditShare', 'shareOfSales', 'annualRate']);
/** Keys whose values are money amounts in a generated profile. */
const MONEY_KEYS = new Set([
  'annual', 'wages', 'rent', 'utilities', 'transport', 'taxes', 'other', 'cash', 'bank', 'receivables', 'inventory',
  'prepayments', 'otherAssets', 'payables', 'advancesReceived', 'otherLiabilities', 'unitCost', 'cost', 'salvageValue',
  'appraisedValue', 'balance', 'monthlyInstalment', 'monthlyExpenses', 'otherMonthlyIncome', 'amount', 'borrowed', 'price',
]); // prettier-ignore

type Mutation =
  | { readonly kind: 'replace'; readonly pick: number; readonly value: unknown }
  | { readonly kind: 'remove'; readonly pick: number }
  | { readonly kind: 'amount'; readonly pick: number; readonly value: unknown }
  | { readonly kind: 'rate'; readonly pick: number; readonly value: unknown }
  | { readonly kind: 'date'; readonly pick: number; readonly value: unknown }
  | { readonly kind: 'text'; readonly pick: number; readonly value: string }
  | { readonly kind: 'key'; readonly pick: number; readonly key: string; readonly value: unknown };

const pickArb = fc.nat();
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), pick: pickArb, value: replacementArb }),
  fc.record({ kind: fc.constant('remove' as const), pick: pickArb }),
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('amount' as const), pick: pickArb, value: nastyNumber }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rate' as const), pick: pickArb, value: rateArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('date' as const), pick: pickArb, value: nastyDate }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('text' as const), pick: pickArb, value: nastyString }) },
  fc.record({ kind: fc.constant('key' as const), pick: pickArb, key: fc.constantFrom(...HOSTILE_KEYS), value: valueArb }),
);

/** Every path in a value down to depth 12 (a deep value put in by an earlier mutation is not walked). */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object' || prefix.length >= 12) return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
}

const lastKey = (p: Path) => p[p.length - 1];
const isDateKey = (k: unknown) => typeof k === 'string' && /date$|Date$/.test(k);

/** Applies one mutation in place (on a fresh copy the caller owns). */
function mutate(root: Record<string, unknown>, m: Mutation): void {
  const paths = pathsOf(root);
  const objects = [[] as Path, ...paths.filter((p) => isPlainObject(at(root, p)))];
  const choose = (ps: readonly Path[]) => (ps.length === 0 ? undefined : ps[m.pick % ps.length]);
  let path: Path | undefined;
  switch (m.kind) {
    case 'replace':
    case 'remove':
      path = choose(paths);
      break;
    case 'amount':
      path = choose(paths.filter((p) => MONEY_KEYS.has(String(lastKey(p))) || p[p.length - 2] === 'monthly'));
      break;
    case 'rate':
      path = choose(paths.filter((p) => RATE_KEYS.has(String(lastKey(p)))));
      break;
    case 'date':
      path = choose(paths.filter((p) => isDateKey(lastKey(p))));
      break;
    case 'text':
      path = choose(paths.filter((p) => typeof at(root, p) === 'string' && !isDateKey(lastKey(p))));
      break;
    case 'key': {
      const target = choose(objects) ?? [];
      const obj = at(root, target) as Record<string, unknown>;
      Object.defineProperty(obj, m.key, { value: copy(m.value), enumerable: true, writable: true, configurable: true });
      return;
    }
  }
  if (path === undefined || path.length === 0) return;
  const parent = at(root, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = lastKey(path) as string | number;
  if (m.kind === 'remove') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else Object.defineProperty(parent, key, { value: copy(m.value), enumerable: true, writable: true, configurable: true });
}

function at(value: unknown, path: Path): unknown {
  let v = value;
  for (const k of path) v = (v as Record<string | number, unknown>)[k];
  return v;
}

function isPlainObject(v: unknown): boolean {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * A fresh copy of a JSON-like value, `__proto__` own keys kept: inputs are deep-frozen, and fast-check hands out
 * the same constant objects again, so nothing generated is put into an input as it is.
 */
function copy(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(copy);
  if (v === null || typeof v !== 'object') return v;
  return own(Object.entries(v).map(([k, x]) => [k, copy(x)] as const));
}

/** One fuzz input: the profile (deep-frozen) and the policy (deep-frozen, or undefined). */
export interface FuzzInput {
  readonly category: Category;
  readonly profile: unknown;
  readonly policy?: unknown;
}

export const CATEGORIES = ['json', 'mutated', 'valid'] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * Share of the inputs per category (the CI suite and scripts/fuzz.ts): random JSON is cheap (rejected at
 * validation), a mutated profile is often still valid and analysed, a valid one costs a full analysis and two memos;
 * the split keeps the default 10,000 inputs of the CI suite within about 15 s (docs/performance.md).
 */
export const SHARE: Readonly<Record<Category, number>> = { json: 0.72, mutated: 0.25, valid: 0.03 };

const profileSeedArb = fc.tuple(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.boolean());

/** A valid policy varying the settings that change the pipeline's path. */
const validPolicyArb: fc.Arbitrary<unknown> = fc.record(
  {
    failClosed: fc.boolean(),
    dayBasis: fc.constantFrom(360, 365),
    rounding: fc.constantFrom('half-up', 'half-even'),
    capacity: fc.record({ basis: fc.constantFrom('worst-month', 'whole-term'), openingBuffer: fc.constantFrom('none', 'cash-and-bank') }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

/** A policy: usually the default, sometimes a valid variation, sometimes any value. */
const policyArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: validPolicyArb },
  { weight: 1, arbitrary: valueArb },
);

/** The inputs of one category, deep-frozen. */
export function inputArb(category: Category): fc.Arbitrary<FuzzInput> {
  switch (category) {
    case 'json':
      // any value at the root, or an object with the profile's top-level keys holding any values
      return fc
        .tuple(
          fc.oneof(valueArb, fc.array(fc.tuple(fc.constantFrom(...SCHEMA_KEYS, ...HOSTILE_KEYS), valueArb), { maxLength: 8 }).map(own)),
          policyArb,
        )
        .map(([profile, policy]) => deepFreeze({ category, profile: copy(profile), policy: copy(policy) }));
    case 'mutated':
      return fc
        .tuple(profileSeedArb, fc.array(mutationArb, { minLength: 1, maxLength: 4 }), policyArb)
        .map(([[seed, typical], mutations, policy]) => {
          const profile = copy(generateProfile(seed, { typical })) as Record<string, unknown>;
          for (const m of mutations) mutate(profile, m);
          return deepFreeze({ category, profile, policy });
        });
    case 'valid':
      // valid profiles under valid policy variations: the full pipeline and both memos every time
      return fc
        .tuple(profileSeedArb, fc.option(validPolicyArb, { nil: undefined }))
        .map(([[seed, typical], policy]) => deepFreeze({ category, profile: generateProfile(seed, { typical }), policy }));
  }
}
