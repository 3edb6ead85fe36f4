/** preparePolicy: a policy validated once, deeply frozen, used as it is by analyze(); look-alikes are validated. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { analyze, defaultPolicy, isPreparedPolicy, policySchema, type PreparedPolicy, preparePolicy, profileSchema } from '../../src/index.js';
import { generateProfiles } from '../support/generate.js';
import { workedExample } from '../support/profiles.js';
import type { PolicyInput } from '../../src/profile/policy.js';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');

/** Every JSON file under a folder (analysis cases and monitoring cases). */
const jsonFiles = (dir: string): string[] =>
  (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));

function prepared(input?: unknown) {
  const r = preparePolicy(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.policy;
}

/** Every object in a value, with its path. */
function objectsOf(value: unknown, path = 'policy'): [string, object][] {
  if (value === null || typeof value !== 'object') return [];
  return [[path, value], ...Object.entries(value).flatMap(([k, v]) => objectsOf(v, `${path}.${k}`))];
}

/** A policy away from the defaults in every kind of field: bands, enums, numbers, arrays. */
const tight = {
  dayBasis: 365,
  rounding: 'half-even',
  receivables: { tolerance: '0.05', critical: '0.1' },
  equity: { window: 'since-start', denominator: 'profits', tolerance: '0.05' },
  capacity: { limit: '0.5', alternativeTerms: [3, 12, 36] },
  grossMargin: { industries: [{ match: 'garment', min: '0.1', max: '0.3' }] },
};

describe('preparePolicy', () => {
  test('the resolved policy, defaults filled in: the same JSON as validating it', () => {
    expect(JSON.stringify(prepared())).toBe(JSON.stringify(defaultPolicy()));
    expect(JSON.stringify(prepared(tight))).toBe(JSON.stringify(policySchema.parse(tight)));
    expect(prepared(tight).receivables).toEqual({ tolerance: '0.05', critical: '0.1' });
    // A field left out gets its default (payables: 0.2 / 0.5, docs/profile.md).
    expect(prepared(tight).payables).toEqual({ tolerance: '0.2', critical: '0.5' });
  });

  test('deeply frozen: every object and array in it, and writing to one throws', () => {
    const p = prepared(tight);
    const objects = objectsOf(p);
    expect(objects.length).toBeGreaterThan(30);
    expect(objects.filter(([, o]) => !Object.isFrozen(o)).map(([path]) => path)).toEqual([]);
    expect(() => {
      (p.receivables as { tolerance: unknown }).tolerance = '0.9';
    }).toThrow(TypeError);
    expect(() => (p.capacity.alternativeTerms as number[]).push(60)).toThrow(TypeError);
    expect(() => {
      (p as { dayBasis: unknown }).dayBasis = 360;
    }).toThrow(TypeError);
    expect(p.receivables.tolerance).toBe('0.05');
  });

  test('the input is neither changed nor frozen, and later validations get fresh, unfrozen defaults', () => {
    const input = structuredClone(tight);
    prepared(input);
    expect(input).toEqual(tight);
    expect(objectsOf(input).some(([, o]) => Object.isFrozen(o))).toBe(false);
    prepared(undefined);
    // zod hands out default arrays (industries: []); freezing the prepared one must not freeze the next one.
    const fresh = policySchema.parse(undefined);
    expect(Object.isFrozen(fresh.grossMargin.industries)).toBe(false);
    expect(Object.isFrozen(fresh.capacity.alternativeTerms)).toBe(false);
  });

  test('an invalid policy: the errors analyze reports for it, paths under policy.', () => {
    const bad = { receivables: { tolerence: '0.3' }, payables: { tolerance: 3 }, dayBasis: 364 };
    const r = preparePolicy(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path).sort()).toEqual(['policy.dayBasis', 'policy.payables.tolerance', 'policy.receivables.tolerence']);
    const a = analyze(workedExample(), { policy: bad as PolicyInput });
    expect(a.ok ? [] : a.errors).toEqual(r.errors);
    expect(preparePolicy(null)).toMatchObject({ ok: false, errors: [{ path: 'policy', code: 'invalid_type' }] });
  });

  test('never throws: a policy whose getter throws is an error, not an exception', () => {
    const hostile = Object.defineProperty({}, 'receivables', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const r = preparePolicy(hostile);
    expect(r.ok).toBe(false);
  });

  test('the type is nominal: a plain policy object is not a PreparedPolicy (checked by tsc)', () => {
    // @ts-expect-error a resolved policy that did not come from preparePolicy lacks the private brand
    const notPrepared: PreparedPolicy = defaultPolicy();
    expect(isPreparedPolicy(notPrepared)).toBe(false);
  });

  test('a prepared policy prepared again is the same object', () => {
    const p = prepared(tight);
    expect(preparePolicy(p)).toEqual({ ok: true, policy: p });
    expect(isPreparedPolicy(p)).toBe(true);
  });
});

describe('analyze with a prepared policy', () => {
  test('byte-identical to the raw policy on every fixture (analysis and monitoring cases)', { timeout: 30_000 }, () => {
    const files = jsonFiles(fixtures);
    expect(files.length).toBeGreaterThan(40);
    // Prepared once per distinct policy, as a batch would (preparing compiles the profile schema).
    const preparedFor = new Map<string, ReturnType<typeof preparePolicy>>();
    let compared = 0;
    for (const file of files) {
      const c = JSON.parse(readFileSync(file, 'utf8')) as { profile?: unknown; policy?: unknown };
      if (c.profile === undefined) continue;
      for (const raw of [c.policy, tight]) {
        const key = JSON.stringify(raw) ?? 'undefined';
        if (!preparedFor.has(key)) preparedFor.set(key, preparePolicy(raw));
        const p = preparedFor.get(key)!;
        if (!p.ok) continue;
        const name = relative(fixtures, file);
        expect(JSON.stringify(analyze(c.profile, { policy: p.policy as PolicyInput })), name).toBe(JSON.stringify(analyze(c.profile, { policy: raw as PolicyInput })));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(80);
  });

  test('byte-identical on generated profiles under the default and a tight policy', { timeout: 30_000 }, () => {
    const defaults = prepared();
    const tightPrepared = prepared(tight);
    for (const profile of generateProfiles(40, 500, { typical: true })) {
      expect(JSON.stringify(analyze(profile, { policy: defaults }))).toBe(JSON.stringify(analyze(profile)));
      expect(JSON.stringify(analyze(profile, { policy: tightPrepared as PolicyInput }))).toBe(JSON.stringify(analyze(profile, { policy: tight as PolicyInput })));
    }
  });

  test('the prepared policy is not validated again, and the profile is parsed by the compiled schema; a raw one is, on every call', () => {
    const p = prepared(tight);
    const policySpy = vi.spyOn(policySchema, 'safeParse');
    const profileSpy = vi.spyOn(profileSchema, 'safeParse');
    try {
      analyze(workedExample(), { policy: p });
      analyze(workedExample(), { policy: p });
      expect(policySpy).not.toHaveBeenCalled();
      expect(profileSpy).not.toHaveBeenCalled();
      analyze(workedExample(), { policy: tight as PolicyInput });
      expect(policySpy).toHaveBeenCalledTimes(1);
      expect(profileSpy).toHaveBeenCalledTimes(1);
    } finally {
      policySpy.mockRestore();
      profileSpy.mockRestore();
    }
  });

  test('profile errors are still reported with a prepared policy', () => {
    const profile = { ...workedExample(), analysisDate: 'yesterday' };
    const r = analyze(profile, { policy: prepared() });
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['analysisDate']);
  });
});

describe('look-alikes are validated like any policy input', () => {
  const p = prepared(tight);
  const invalid = (copy: Record<string, unknown>) => {
    (copy.receivables as Record<string, unknown>) = { tolerance: '1.5', critical: '0.1' };
    return copy;
  };
  const pathsOf = (policy: unknown) => {
    const r = analyze(workedExample(), { policy: policy as PolicyInput });
    return r.ok ? [] : r.errors.map((e) => e.path);
  };

  test('a JSON copy is not prepared: valid, it gives the same report; invalid, its error', () => {
    const copy = JSON.parse(JSON.stringify(p)) as Record<string, unknown>;
    expect(isPreparedPolicy(copy)).toBe(false);
    expect(JSON.stringify(analyze(workedExample(), { policy: copy }))).toBe(JSON.stringify(analyze(workedExample(), { policy: p })));
    expect(pathsOf(invalid(copy))).toEqual(['policy.receivables.tolerance']);
  });

  test('a brand written in JSON is an unknown key', () => {
    const forged = JSON.parse('{"#prepared": true, "prepared": true, "__proto__": {"dayBasis": 1}}') as unknown;
    expect(isPreparedPolicy(forged)).toBe(false);
    expect(pathsOf(forged).sort()).toEqual(['policy.__proto__', 'policy.prepared', 'policy["#prepared"]']);
  });

  test('a spread copy, an object inheriting from one, one with its prototype, a Proxy: validated', () => {
    const spread = invalid({ ...p });
    expect(isPreparedPolicy(spread)).toBe(false);
    expect(pathsOf(spread)).toEqual(['policy.receivables.tolerance']);

    // Inherits every field from the prepared policy and shadows one with a bad value.
    const child = Object.create(p) as Record<string, unknown>;
    Object.defineProperty(child, 'dayBasis', { value: 7, enumerable: true });
    expect(isPreparedPolicy(child)).toBe(false);
    expect(pathsOf(child)).toEqual(['policy.dayBasis']);

    // instanceof would be fooled by this one; the private brand is not.
    const sameProto = invalid(Object.setPrototypeOf({ ...p }, Object.getPrototypeOf(p) as object) as Record<string, unknown>);
    expect(sameProto instanceof (p.constructor as new () => unknown)).toBe(true);
    expect(isPreparedPolicy(sameProto)).toBe(false);
    expect(pathsOf(sameProto)).toEqual(['policy.receivables.tolerance']);

    // Private names do not pass through a Proxy: even a transparent one is validated.
    const proxy = new Proxy(p, {});
    expect(isPreparedPolicy(proxy)).toBe(false);
    expect(JSON.stringify(analyze(workedExample(), { policy: proxy }))).toBe(JSON.stringify(analyze(workedExample(), { policy: p })));
    // One that lies about a field cannot: the field is frozen, so the Proxy's invariants make the read throw,
    // and analyze reports an error instead of using the lie.
    const liar = new Proxy(p, { get: (t, k, r) => (k === 'rounding' ? 'up' : Reflect.get(t, k, r)) });
    expect(isPreparedPolicy(liar)).toBe(false);
    expect(analyze(workedExample(), { policy: liar }).ok).toBe(false);
  });

  test('the constructor cannot be reached to forge one', () => {
    const Ctor = p.constructor as new (key: unknown, policy: unknown) => unknown;
    expect(() => new Ctor(Symbol('preparePolicy'), { dayBasis: 7 })).toThrow(TypeError);
    expect(() => new Ctor(undefined, {})).toThrow(TypeError);
  });
});
