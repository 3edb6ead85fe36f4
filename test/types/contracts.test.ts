/**
 * Types that guide (issue 19, item 3): the policy option is typed, codes are unions, rule statuses are
 * discriminated, a prepared policy is recognised by another copy of xcheck (the `require` build beside the
 * `import` one), and a case file passed as a profile gets one error saying so. The `@ts-expect-error` lines are
 * checked by `tsc --noEmit` (the test folder is type-checked): each fails the type check if it compiles.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { beforeAll, describe, expect, expectTypeOf, test } from 'vitest';
import { analyze, type FlagCode, type InputError, type InputErrorCode, type RuleStatus } from '../../src/index.js';
import { workedExample } from '../support/profiles.js';

const root = join(import.meta.dirname, '..', '..');

describe('types that guide', () => {
  test('a misspelt policy setting does not compile', () => {
    const profile = workedExample();
    // @ts-expect-error `recievables` is not a policy setting (receivables)
    const typo = analyze(profile, { policy: { recievables: { tolerence: 0.3 } } });
    // @ts-expect-error `tolerence` is not a setting of a band (tolerance)
    const nested = analyze(profile, { policy: { receivables: { tolerence: 0.3 } } });
    // … and both are refused at run time too, with paths under `policy.`.
    expect([typo.ok, nested.ok]).toEqual([false, false]);
    expect(analyze(profile, { policy: { receivables: { tolerance: '0.3' } } }).ok).toBe(true);
  });

  test('flag codes, input error codes and rule statuses are unions', () => {
    expectTypeOf<InputError['code']>().toEqualTypeOf<InputErrorCode>();
    expectTypeOf<'money'>().toExtend<InputErrorCode>();
    expectTypeOf<'caseFile'>().toExtend<InputErrorCode>();
    expectTypeOf<'no-such-code'>().not.toExtend<InputErrorCode>();
    expectTypeOf<'RECEIVABLES_INCONSISTENT'>().toExtend<FlagCode>();
    expectTypeOf<'RECEIVABLES'>().not.toExtend<FlagCode>();
    const r = analyze(workedExample());
    if (!r.ok) throw new Error('the worked example is valid');
    expectTypeOf(r.report.flags[0]!.code).toEqualTypeOf<FlagCode>();
    const status: RuleStatus | undefined = r.report.rules[0];
    if (status?.status === 'ran') expectTypeOf(status.flagCount).toEqualTypeOf<number>();
    if (status?.status === 'skipped') expectTypeOf(status.missing).toEqualTypeOf<readonly string[]>();
    // every ran status has its count and no reason; every skipped one its reason code and missing inputs
    for (const s of r.report.rules)
      if (s.status === 'ran') expect([typeof s.flagCount, s.reasonCode, s.missing]).toEqual(['number', undefined, undefined]);
      else expect([typeof s.reasonCode, Array.isArray(s.missing), s.flagCount]).toEqual(['string', true, undefined]);
    expect(r.report.rules.map((s) => s.status)).toContain('skipped');
  });
});

describe('a case file passed as a profile', () => {
  const caseFile = JSON.parse(readFileSync(join(root, 'fixtures', 'worked-example-agrees.json'), 'utf8')) as { profile: unknown; policy?: unknown };

  test('one error at (root) saying what to pass, in both languages', () => {
    const r = analyze(caseFile);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.path, e.code])).toEqual([['(root)', 'caseFile']]);
    expect(r.errors[0]?.message.en).toMatch(/case file.*pass its `profile`/);
    expect(r.errors[0]?.message.zh).toMatch(/案例文件.*`profile`/);
    // its profile is the input analyze wants
    expect(analyze(caseFile.profile).ok).toBe(true);
  });

  test('the policy errors are still reported beside it; an object with only `profile` is not taken for a case file', () => {
    const r = analyze(caseFile, { policy: { dayBasis: 364 } as never });
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toEqual(['caseFile', 'dayBasis']);
    const notCase = analyze({ profile: {} });
    expect(notCase.ok ? [] : notCase.errors.map((e) => e.code)).not.toContain('caseFile');
  });
});

describe('a prepared policy across the import and require builds', () => {
  type Api = typeof import('../../src/index.js');
  let esm: Api;
  let cjs: Api;

  beforeAll(async () => {
    // The package's layout: one ESM and one CommonJS build of the same entry, each its own copy of the classes.
    // Inside node_modules, so both builds load the installed zod and decimal.js as the package's builds do.
    const dir = mkdtempSync(join(root, 'node_modules', '.xcheck-copies-'));
    const common: BuildOptions = { entryPoints: [join(root, 'src/index.ts')], bundle: true, platform: 'node', target: 'node20', logLevel: 'error', external: ['zod', 'decimal.js'] };
    await build({ ...common, format: 'esm', outfile: join(dir, 'index.js') });
    await build({ ...common, format: 'cjs', outfile: join(dir, 'index.cjs') });
    esm = (await import(pathToFileURL(join(dir, 'index.js')).href)) as Api;
    cjs = createRequire(join(dir, 'index.cjs'))(join(dir, 'index.cjs')) as Api;
    rmSync(dir, { recursive: true });
  }, 60_000);

  test('made by one copy, recognised by the other (and not validated again); look-alikes still are not', () => {
    expect(esm.preparePolicy).not.toBe(cjs.preparePolicy);
    for (const [made, used] of [
      [cjs, esm],
      [esm, cjs],
    ] as const) {
      const r = made.preparePolicy({ receivables: { tolerance: '0.3' } });
      if (!r.ok) throw new Error('a valid policy');
      expect(used.isPreparedPolicy(r.policy)).toBe(true);
      // preparePolicy of the other copy returns it as it is
      const again = used.preparePolicy(r.policy);
      expect(again.ok && again.policy).toBe(r.policy);
      expect(used.isPreparedPolicy({ ...r.policy })).toBe(false);
      expect(used.isPreparedPolicy(Object.create(r.policy))).toBe(false);
      expect(used.isPreparedPolicy(new Proxy(r.policy, {}))).toBe(false);
      expect(used.isPreparedPolicy(structuredClone(r.policy))).toBe(false);
      const profile = workedExample();
      expect(JSON.stringify(used.analyze(profile, { policy: r.policy }))).toBe(JSON.stringify(used.analyze(profile, { policy: { receivables: { tolerance: '0.3' } } })));
    }
  });

  test('a value forging the mark with a function that throws is an ordinary policy input', () => {
    const forged = Object.defineProperty({ dayBasis: 364 }, Symbol.for('xcheck.preparedPolicy'), {
      value: () => {
        throw new Error('no');
      },
    });
    expect(esm.isPreparedPolicy(forged)).toBe(false);
    const r = esm.analyze(workedExample(), { policy: forged as never });
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['policy.dayBasis']);
  });
});
