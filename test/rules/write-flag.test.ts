/** writeFlag (src/rules/flag.ts): a flag from its head and the writer of its details, as plain data in the JSON's order. */
import { describe, expect, test } from 'vitest';
import { D } from '../../src/money/index.js';
import { type FlagDetails, limitFlag, writeFlag } from '../../src/rules/flag.js';

const head = { code: 'X_CODE', severity: 'warning', ruleId: 'x', title: { en: 'x', zh: 'x' }, unit: 'CNY' } as const;
const details = (): FlagDetails => ({
  message: { en: 'm', zh: 'm' },
  questions: [{ en: 'q', zh: 'q' }],
  evidence: [{ en: 'e', zh: 'e' }],
  inputs: [{ name: 'n', source: 's', value: '1.00', unit: 'CNY' }],
  computation: 'c',
  formula: 'f',
  deviation: { absolute: '-1.00', relative: '-0.5000' },
  range: { min: '1.60', max: '2.40' },
  expected: '2.00',
  observed: '1.00',
});
/** The order of the Flag interface, which the JSON has always had (whatever order the writer uses). */
const ORDER = ['code', 'severity', 'ruleId', 'title', 'unit', 'observed', 'expected', 'range', 'deviation', 'formula', 'computation', 'inputs', 'evidence', 'questions', 'message'];

describe('writeFlag', () => {
  test('plain data properties in the interface order, the writer called once', () => {
    let writes = 0;
    const flag = writeFlag(head, () => {
      writes += 1;
      return details();
    });
    expect(Object.keys(flag)).toEqual(ORDER);
    expect(Object.getOwnPropertyDescriptor(flag, 'message')?.value).toEqual({ en: 'm', zh: 'm' });
    expect(flag).toStrictEqual({ ...head, ...details() });
    expect(writes).toBe(1);
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
    // 5 / 2 = 2.5 > 2: critical; shown with two decimals against the limit 1
    expect([f?.severity, f?.computation, f?.message.en]).toEqual(['critical', '5 / 2 = 2.50 > 1', '2.50 > 1']);
  });

  test('a ratio within its limit writes no texts', () => {
    const never = () => {
      throw new Error('texts written for a passing check');
    };
    const f = limitFlag({
      code: 'L', ruleId: 'l', title: { en: 'l', zh: 'l' }, unit: 'ratio',
      numerator: new D(1), denominator: new D(2), limit: { max: '1', critical: '2' }, limitPath: 'policy.l',
      formula: 'a / b', terms: never, inputs: never, evidence: [], questions: [], message: never, undefinedMessage: never,
    });
    // 1 / 2 = 0.5 ≤ 1: no flag, and neither terms, inputs nor the message were asked for
    expect(f).toBeNull();
  });
});
