/**
 * The checks take from the industry benchmark only what the profile and the policy leave open (docs/industry.md,
 * "What the checks take from it"), and say so in the finding's inputs. Figures by hand in the comments.
 */
import { describe, expect, test } from 'vitest';
import { grossMarginRule } from '../../src/rules/gross-margin/index.js';
import { receivablesRule } from '../../src/rules/receivables/index.js';
import { baseProfile, flagsOf, run } from '../rules/context.js';

const garment = (extra: Record<string, unknown> = {}) =>
  baseProfile({ business: { name: 't', industry: 'garment wholesale', industryCode: 'F5132', kind: 'trading', startDate: '2015-01-01' }, ...extra });

describe('receivables', () => {
  test("without settlement.customerDays, the trade's average days, the input marked defaulted", () => {
    // 1,800,000 × 45 / 360 = 225,000 expected; 400,000 reported: +77.78%
    const [f] = flagsOf(run(receivablesRule, garment({ balances: { receivables: '400000' } })));
    expect(f?.expected).toBe('225000.00');
    expect(f?.inputs.find((i) => i.name === 'customerDays')).toEqual({ name: 'customerDays', path: 'industry.table[5132].customerDays.average', value: '45', unit: 'days', defaulted: true });
  });

  test("the profile's own days win over the benchmark", () => {
    // 1,800,000 × 80 / 360 = 400,000: no flag
    expect(flagsOf(run(receivablesRule, garment({ balances: { receivables: '400000' }, settlement: { customerDays: 80 } })))).toEqual([]);
  });

  test('without a trade code nothing changes: skipped for the missing days', () => {
    const out = run(receivablesRule, baseProfile({ balances: { receivables: '400000' } }));
    expect(out.status).toBe('skipped');
  });
});

describe('gross margin', () => {
  test("a bank's row for the trade gives the range, and the requirement names the row", () => {
    // the bank's 5132 row: 较差 0.08 … 优秀 0.2; stated 0.25 is 5 points above 0.2: warning
    const policy = { industry: { benchmarks: [{ code: '5132', grossMargin: ['0.2', '0.16', '0.12', '0.1', '0.08'] }] } };
    const [f] = flagsOf(run(grossMarginRule, garment(), policy));
    expect([f?.severity, f?.expected, f?.requirement]).toEqual(['warning', '0.2000', { path: 'policy.industry.benchmarks[0].grossMargin.excellent', value: '0.2' }]);
    expect(f?.params).toMatchObject({ match: '5132', index: -1, below: false });
  });

  test("the policy's own range for the business comes first", () => {
    // grossMargin.industries matches "garment": 0.2–0.3 holds 0.25: no flag, though the bank's 5132 row (0.08–0.2)
    // would flag it (the test above)
    const bankRow = { code: '5132', grossMargin: ['0.2', '0.16', '0.12', '0.1', '0.08'] };
    const policy = { grossMargin: { industries: [{ match: 'garment', min: '0.2', max: '0.3' }] }, industry: { benchmarks: [bankRow] } };
    expect(flagsOf(run(grossMarginRule, garment(), policy))).toEqual([]);
  });
});
