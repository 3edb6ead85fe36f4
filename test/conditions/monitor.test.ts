/**
 * The monitor checks the agreed conditions from the same definition (src/relationship/monitor.ts,
 * docs/conditions.md "After the loan"). The supplier of fixtures/relationship/supermarket-supplier-flows-moved: sales
 * 500,000 a month, steady, expected balance 500,000 × 0.25 = 125,000; observed February–April 2026: inflows 480,000 +
 * 510,000 + 505,000 = 1,495,000, balances 120,000, 130,000, 128,000 (mean 126,000).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type LoanCondition, proposeConditions } from '../../src/conditions/index.js';
import { D } from '../../src/money/index.js';
import { parseInput, runAnalysis } from '../../src/report/analyze.js';
import { monitor } from '../../src/relationship/monitor.js';

const file = join(import.meta.dirname, '..', '..', 'fixtures', 'relationship', 'supermarket-supplier-flows-moved.monitor.json');
const { profile, flows } = JSON.parse(readFileSync(file, 'utf8')) as { profile: unknown; flows: { months: Record<string, string>[] } };

const deposit = (amount: string): LoanCondition => ({ code: 'COMPENSATING_DEPOSIT', params: { deposit: amount }, reasons: [] });
const move = (share: string): LoanCondition => ({ code: 'MOVE_SETTLEMENT_ACCOUNT', params: { bankSettledShare: share }, reasons: [] });
const renewal: LoanCondition = { code: 'RENEWAL_IF_NOT_KEPT', params: {}, reasons: [] };

function run(conditions?: unknown, f: unknown = flows) {
  const r = monitor(profile, f, conditions === undefined ? {} : { conditions });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.report;
}

describe('monitor with the agreed conditions', () => {
  test('without conditions: as before, and the report says none were given', () => {
    const r = run();
    expect(r.conditions).toBeNull();
    expect(r.flags).toEqual([]);
  });
  test('the conditions proposeConditions made for the same profile are kept: deposit 20,000 on top of 125,000', () => {
    const parsed = parseInput(profile);
    if (!parsed.ok) throw new Error('profile');
    const agreed = proposeConditions(runAnalysis(parsed.profile, parsed.policy).context, { amount: D(100000), termMonths: 12 });
    // 100,000 × 0.2 = 20,000 ≤ potential 125,000
    expect(agreed.find((c) => c.code === 'COMPENSATING_DEPOSIT')?.params['deposit']).toBe('20000.00');
    const r = run(agreed);
    // expected 125,000 + 20,000 = 145,000; (126,000 − 145,000) / 145,000 = −13.10%, inside the 30% band
    expect(r.flags).toEqual([]);
    expect(r.conditions?.kept).toEqual([
      { code: 'COMPENSATING_DEPOSIT', checkedBy: 'DEPOSIT_BELOW_EXPECTATION', kept: true },
      { code: 'MOVE_SETTLEMENT_ACCOUNT', checkedBy: 'FLOWS_NOT_MOVED', kept: true },
      { code: 'RENEWAL_IF_NOT_KEPT', checkedBy: null, kept: null },
    ]);
    expect(r.conditions?.renewalApplies).toBe(false);
  });
  test('a deposit of 60,000 not kept: expected 185,000, a warning, and the renewal terms apply', () => {
    const r = run([deposit('60000'), renewal]);
    const f = r.flags.find((x) => x.code === 'DEPOSIT_BELOW_EXPECTATION');
    // 125,000 + 60,000 = 185,000; (126,000 − 185,000) / 185,000 = −0.31892 → below −30%, above −60%
    expect(f).toMatchObject({ severity: 'warning', observed: '126000.00', expected: '185000.00', deviation: { absolute: '-59000.00', relative: '-0.3189' } });
    expect(f?.params).toEqual({ months: 3, pattern: 'steady', agreedDeposit: '60000.00' });
    expect(f?.inputs.find((i) => i.name === 'agreedDeposit')).toEqual({ name: 'agreedDeposit', path: 'conditions[COMPENSATING_DEPOSIT].params.deposit', value: '60000.00', unit: 'CNY' });
    expect(f?.computation.zh).toContain('含约定存款 60,000.00');
    expect(r.conditions?.kept[0]).toEqual({ code: 'COMPENSATING_DEPOSIT', checkedBy: 'DEPOSIT_BELOW_EXPECTATION', kept: false });
    expect(r.conditions?.renewalApplies).toBe(true);
  });
  test('the agreed share of the flows decides FLOWS_NOT_MOVED', () => {
    // inflows 200,000 a month: against 500,000 × 1 the shortfall is −60% (a warning) …
    const thin = { months: flows.months.map((m) => ({ ...m, inflows: '200000' })) };
    expect(run(undefined, thin).flags.map((f) => f.code)).toContain('FLOWS_NOT_MOVED');
    // … against an agreed 40% it is 500,000 × 0.4 × 3 = 600,000 expected, 600,000 observed: kept
    const r = run([move('0.4')], thin);
    expect(r.flags.map((f) => f.code)).not.toContain('FLOWS_NOT_MOVED');
    expect(r.conditions?.kept).toEqual([{ code: 'MOVE_SETTLEMENT_ACCOUNT', checkedBy: 'FLOWS_NOT_MOVED', kept: true }]);
    // agreed 60%: 900,000 expected, (600,000 − 900,000) / 900,000 = −33.3%: inside the 50% band, still kept
    // agreed 100% (as the expectation): −60%, not kept
    const notKept = run([move('1')], thin);
    expect(notKept.flags.find((f) => f.code === 'FLOWS_NOT_MOVED')).toMatchObject({ expected: '1500000.00', deviation: { relative: '-0.6000' } });
    expect(notKept.conditions?.kept[0]?.kept).toBe(false);
  });
  test("the loan's cost is at the agreed rate with the agreed deposit", () => {
    // the profile's own share: 100,000 × 0.2 = 20,000 (fixture: effective cost 25.65%)
    expect(run().cost).toMatchObject({ deposit: '20000.00', effectiveAnnualCost: '0.256539' });
    // agreed 10,000: flows +90,000, 11 × −9,048.50, −9,048.46 + 10,000 + 150 = +1,101.54;
    // IRR 0.0154034385 (Python decimal bisection), 1.0154034385^12 − 1 = 0.2013334141
    expect(run([deposit('10000')]).cost).toMatchObject({ deposit: '10000.00', flows: expect.arrayContaining(['90000.00', '1101.54']), monthlyCost: '0.015403', effectiveAnnualCost: '0.201333' });
    // agreed rate 1.19% and the profile's 20,000: instalment 8,991.89, last 8,991.93; +80,000 … −8,991.93 + 20,300 = +11,308.07;
    // IRR 0.0177089215, 1.0177089215^12 − 1 = 0.2344769354; contract 1.0119^12 − 1 = 0.1525271131
    const rate: LoanCondition = { code: 'RATE_FROM_GRID', params: { monthlyRate: '0.011900' }, reasons: [] };
    expect(run([rate]).cost).toMatchObject({ contractMonthlyRate: '0.011900', contractEffectiveAnnualRate: '0.152527', monthlyCost: '0.017709', effectiveAnnualCost: '0.234477' });
  });
  test('bad conditions are input errors under conditions., never an exception', () => {
    const r = monitor(profile, flows, { conditions: [deposit('lots'), move('1.5'), { code: 'RATE_FROM_GRID', params: { monthlyRate: -1 }, reasons: [] }] });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => [e.path, e.code])).toEqual([
        ['conditions[0].params.deposit', 'money'],
        ['conditions[1].params.bankSettledShare', 'fractionRange'],
        ['conditions[2].params.monthlyRate', 'fractionRange'],
      ]);
    // a malformed condition is reported first (the figures are read once every condition has its shape)
    const m = monitor(profile, flows, { conditions: [{ code: 'X' }] });
    if (!m.ok) expect(m.errors.map((e) => e.path).sort()).toEqual(['conditions[0].params', 'conditions[0].reasons']);
    expect(m.ok).toBe(false);
    for (const junk of [null, 42, 'x', {}, [null]]) expect(monitor(profile, flows, { conditions: junk }).ok).toBe(false);
  });
});
