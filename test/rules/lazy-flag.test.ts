/**
 * Lazy flags (src/rules/flag.ts lazyFlag): figures and texts written on first read, once, and seen as plain data by
 * everything that copies or serialises a flag.
 */
import { describe, expect, test } from 'vitest';
import { analyze, parseInput, runAnalysis, toReport } from '../../src/index.js';
import { type FlagDetails, lazyFlag, limitFlag, plainFlag } from '../../src/rules/flag.js';
import { D } from '../../src/money/index.js';
import { readFileSync } from 'node:fs';

const head = { code: 'X_CODE', severity: 'warning', ruleId: 'x', title: { en: 'x', zh: 'x' }, unit: 'CNY' } as const;
const details = (): FlagDetails => ({
  observed: '1.00',
  expected: '2.00',
  range: { min: '1.60', max: '2.40' },
  deviation: { absolute: '-1.00', relative: '-0.5000' },
  formula: 'f',
  computation: 'c',
  inputs: [{ name: 'n', source: 's', value: '1.00', unit: 'CNY' }],
  evidence: [{ en: 'e', zh: 'e' }],
  questions: [{ en: 'q', zh: 'q' }],
  message: { en: 'm', zh: 'm' },
});
/** The order of the Flag interface, which the JSON has always had. */
const ORDER = ['code', 'severity', 'ruleId', 'title', 'unit', 'observed', 'expected', 'range', 'deviation', 'formula', 'computation', 'inputs', 'evidence', 'questions', 'message'];

describe('lazyFlag', () => {
  test('writes the details only when read, and only once', () => {
    let writes = 0;
    const flag = lazyFlag(head, () => {
      writes += 1;
      return details();
    });
    expect([flag.code, flag.severity, flag.unit, writes]).toEqual(['X_CODE', 'warning', 'CNY', 0]);
    expect(flag.message.en).toBe('m');
    expect(flag.inputs).toBe(flag.inputs); // the same array on every read
    JSON.stringify(flag);
    expect(writes).toBe(1);
  });

  test('JSON, spread, entries, structuredClone and toEqual see the same plain data in the interface order', () => {
    const flag = lazyFlag(head, details);
    const plain = { ...head, ...details() };
    expect(Object.keys(flag)).toEqual(ORDER);
    expect(JSON.stringify(flag)).toBe(JSON.stringify(plain));
    expect({ ...flag }).toEqual(plain);
    expect(Object.fromEntries(Object.entries(flag))).toEqual(plain);
    const cloned = structuredClone(flag);
    expect(cloned).toStrictEqual(plain);
    expect(Object.getOwnPropertyDescriptor(cloned, 'message')?.value).toEqual({ en: 'm', zh: 'm' });
    expect(flag).toEqual(plain);
    expect(flag).toStrictEqual(plain);
    expect(JSON.stringify(flag, null, 2)).toBe(JSON.stringify(plain, null, 2));
    // plainFlag: the same data as ordinary properties, in the same order; a plain flag passes as it is.
    const copy = plainFlag(flag);
    expect(Object.getOwnPropertyDescriptor(copy, 'message')?.value).toEqual({ en: 'm', zh: 'm' });
    expect(JSON.stringify(copy)).toBe(JSON.stringify(plain));
    expect(plainFlag(plain)).toBe(plain);
  });

  test('a frozen flag still reads its details', () => {
    const flag = Object.freeze(lazyFlag(head, details));
    expect(flag.computation).toBe('c');
    expect(Object.isFrozen(flag)).toBe(true);
  });

  test('a writer that throws gives texts saying so, never an exception out of JSON.stringify', () => {
    const flag = lazyFlag(head, () => {
      throw new Error('boom');
    });
    const json = JSON.parse(JSON.stringify(flag));
    expect([json.code, json.severity, json.observed, json.computation, json.message.en]).toEqual([
      'X_CODE',
      'warning',
      null,
      'internal error writing the flag: boom',
      'internal error writing the flag: boom',
    ]);
  });

  test('limit flags keep their own key order (inputs, evidence and questions before severity)', () => {
    const f = limitFlag({
      code: 'L',
      ruleId: 'l',
      title: { en: 'l', zh: 'l' },
      unit: 'ratio',
      numerator: new D(5),
      denominator: new D(2),
      limit: { max: '1', critical: '2' },
      limitPath: 'policy.l',
      formula: 'a / b',
      terms: () => '5 / 2',
      inputs: () => [],
      evidence: [],
      questions: [],
      message: (v, l) => ({ en: `${v} > ${l}`, zh: `${v} > ${l}` }),
      undefinedMessage: null,
    });
    expect(Object.keys(f ?? {})).toEqual([
      'code', 'ruleId', 'title', 'inputs', 'evidence', 'questions', 'severity', 'unit',
      'observed', 'expected', 'range', 'deviation', 'formula', 'computation', 'message',
    ]);
    expect(Object.keys(plainFlag(f!))).toEqual(Object.keys(f!));
    expect(JSON.stringify(plainFlag(f!))).toBe(JSON.stringify(f));
    // 5 / 2 = 2.5 > 1 and > 2: critical
    expect([f?.severity, f?.computation, f?.message.en]).toEqual(['critical', '5 / 2 = 2.50 > 1', '2.50 > 1']);
  });

  test("the rules' flags are lazy, the report's flags plain data with the same JSON", () => {
    const input = JSON.parse(readFileSync('fixtures/worked-example-disagrees.json', 'utf8')).profile;
    const parsed = parseInput(input);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const analysis = runAnalysis(parsed.profile, parsed.policy);
    const report = toReport(analysis);
    expect(analysis.flags.length).toBeGreaterThan(0);
    expect(report.flags.length).toBe(analysis.flags.length);
    analysis.flags.forEach((f, i) => {
      expect(Object.getOwnPropertyDescriptor(f, 'message')?.get).toBeTypeOf('function');
      expect(Object.getOwnPropertyDescriptor(report.flags[i], 'message')?.get).toBeUndefined();
      expect(JSON.stringify(report.flags[i])).toBe(JSON.stringify(f));
    });
    const result = analyze(input);
    expect(result.ok && JSON.stringify(result.report.flags)).toBe(JSON.stringify(report.flags));
  });
});
