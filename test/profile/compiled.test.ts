/**
 * The compiled profile schema (z.compile) that analyze() parses with under a prepared policy: the same parsed
 * output, key for key and in the same order, and the same issues as the interpreted schema it is compiled
 * from, on valid, broken and hostile input. The policy schema compiles the same way.
 */
import * as fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, test } from 'vitest';
import { policySchema } from '../../src/profile/policy.js';
import { compileSchema, preparePolicy, profileSchemaFor } from '../../src/profile/prepared.js';
import { profileSchema } from '../../src/profile/schema.js';
import { generateProfiles } from '../support/generate.js';
import { deepFreeze, pathsOf, profileArb, RUNS, setAt, TIMEOUT } from '../support/properties.js';

const compiledProfileSchema = compileSchema(profileSchema);
const compiledPolicySchema = compileSchema(policySchema);

/** What a parse gives, as text: the data, or every issue with its code, path, message and input. */
function outcome(schema: z.ZodType, input: unknown): string {
  const r = schema.safeParse(input, { reportInput: true });
  return JSON.stringify(r.success ? { data: r.data } : { issues: r.error.issues });
}

function same(input: unknown): void {
  expect(outcome(compiledProfileSchema, input)).toBe(outcome(profileSchema, input));
}

/** A generated profile with one value replaced by any JSON value (or removed), or an unknown key added. */
const brokenProfileArb = profileArb.chain((profile) =>
  fc.oneof(
    fc.tuple(fc.constantFrom(...pathsOf(profile)), fc.option(fc.jsonValue(), { nil: undefined, freq: 4 })).map(([path, v]) => setAt(profile, path, v)),
    fc
      .tuple(fc.constantFrom([], ...pathsOf(profile)), fc.constantFrom('__proto__', 'constructor', 'recievables', 'toString'), fc.jsonValue())
      .map(([path, key, v]) => {
        const copy = structuredClone(profile) as Record<string, unknown>;
        let at: unknown = copy;
        for (const k of path) at = (at as Record<string | number, unknown>)[k];
        if (at !== null && typeof at === 'object' && !Array.isArray(at)) Object.defineProperty(at, key, { value: v, enumerable: true, writable: true, configurable: true });
        return copy;
      }),
  ),
);

describe('the compiled profile schema', () => {
  test('is compiled here (zod ≥ 4.5, new Function allowed), and used under a prepared policy only', () => {
    expect(compiledProfileSchema).not.toBe(profileSchema);
    expect(compiledPolicySchema).not.toBe(policySchema);
    const prepared = preparePolicy();
    if (!prepared.ok) throw new Error();
    expect(profileSchemaFor(prepared.policy)).not.toBe(profileSchema);
    expect(profileSchemaFor({ ...prepared.policy })).toBe(profileSchema);
    expect(profileSchemaFor(undefined)).toBe(profileSchema);
  });

  test('generated profiles, typical and basic: the same output, keys in the same order', () => {
    for (const p of [...generateProfiles(150, 1, { typical: true }), ...generateProfiles(150, 1000)]) same(p);
  });

  test('any JSON value: the same output or the same issues', { timeout: TIMEOUT }, () => {
    fc.assert(fc.property(fc.jsonValue(), same), { numRuns: RUNS * 2 });
  });

  test('a profile with one value replaced or removed, or an unknown key added: the same issues', { timeout: TIMEOUT }, () => {
    fc.assert(fc.property(brokenProfileArb, same), { numRuns: RUNS * 5 });
  });

  test('the output is a fresh object: a frozen input is read, not returned', () => {
    const [p] = generateProfiles(1, 7, { typical: true });
    const frozen = deepFreeze(structuredClone(p));
    const r = compiledProfileSchema.safeParse(frozen);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data).not.toBe(frozen);
    expect(Object.isFrozen(r.data.business)).toBe(false);
    expect(JSON.stringify(r.data)).toBe(outcome(profileSchema, frozen).slice('{"data":'.length, -1));
  });
});

describe('the compiled policy schema', () => {
  test('any JSON value, and policies overriding some fields: the same output or issues', { timeout: TIMEOUT }, () => {
    const policyLike = fc.record(
      {
        dayBasis: fc.oneof(fc.constantFrom(360, 365), fc.jsonValue()),
        receivables: fc.record({ tolerance: fc.oneof(fc.constant('0.3'), fc.double(), fc.jsonValue()) }, { requiredKeys: [] }),
        capacity: fc.record({ alternativeTerms: fc.array(fc.integer({ min: -5, max: 400 })) }, { requiredKeys: [] }),
        grossMargin: fc.record({ industries: fc.array(fc.record({ match: fc.string(), min: fc.constant('0.1'), max: fc.jsonValue() })) }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), policyLike), (policy) => {
        expect(outcome(compiledPolicySchema, policy)).toBe(outcome(policySchema, policy));
      }),
      { numRuns: RUNS * 3 },
    );
    expect(outcome(compiledPolicySchema, undefined)).toBe(outcome(policySchema, undefined));
  });
});

describe('compileSchema', () => {
  test("respects zod's jitless setting (pages whose Content Security Policy forbids new Function)", () => {
    const schema = z.strictObject({ a: z.string() });
    const before = z.config().jitless;
    z.config({ jitless: true });
    try {
      expect(compileSchema(schema)).toBe(schema);
    } finally {
      z.config({ jitless: before });
    }
    expect(compileSchema(schema)).not.toBe(schema);
  });
});
