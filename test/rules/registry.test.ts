/**
 * The registry (src/rules/registry.ts): it stamps each finding with its check's id, refuses a code the check
 * did not declare, and every default check declares exactly the codes it can raise.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/report/analyze.js';
import { defaultRules } from '../../src/rules/registry.js';
import type { Rule, RuleFinding } from '../../src/rules/types.js';
import { FLAG_CODES } from '../../src/rules/types.js';
import { workedExample } from '../support/profiles.js';

const finding = (code: RuleFinding['code']): RuleFinding => ({
  code,
  subject: {},
  severity: 'warning',
  unit: 'CNY',
  observed: '1.00',
  expected: '2.00',
  range: null,
  deviation: null,
  requirement: null,
  inputs: [],
  params: {},
});

describe('the registry', () => {
  test('stamps the check id on its findings', () => {
    const mine: Rule = { id: 'my-check', codes: ['LIQUIDITY_LOW'], check: () => ({ status: 'ran', findings: [finding('LIQUIDITY_LOW')] }) };
    const r = analyze(workedExample(), { rules: [mine], texts: false });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.report.flags.map((f) => [f.code, f.ruleId])).toEqual([['LIQUIDITY_LOW', 'my-check']]);
  });

  test('a code the check did not declare is refused: the check is reported as skipped (rule-error), nothing emitted', () => {
    const liar: Rule = { id: 'liar', codes: ['LIQUIDITY_LOW'], check: () => ({ status: 'ran', findings: [finding('LEVERAGE_HIGH')] }) };
    const r = analyze(workedExample(), { rules: [liar] });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.report.flags).toEqual([]);
    expect(r.report.rules[0]).toMatchObject({ id: 'liar', status: 'skipped', reasonCode: 'rule-error' });
    expect(r.report.rules[0]?.reason?.en).toContain('LEVERAGE_HIGH');
  });

  test('every code belongs to exactly one default check (the monitor raises the rest)', () => {
    const declared = defaultRules.flatMap((r) => r.codes);
    expect(declared.length).toBe(new Set(declared).size);
    const monitorCodes = ['FLOWS_NOT_MOVED', 'DEPOSIT_BELOW_EXPECTATION', 'SALES_DECLINE'];
    expect([...declared, ...monitorCodes].sort()).toEqual([...FLAG_CODES].sort());
  });
});
