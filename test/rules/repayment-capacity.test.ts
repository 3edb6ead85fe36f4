/** REPAYMENT_CAPACITY_EXCEEDED on the capacity fixtures (the month-by-month method: test/capacity). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repaymentCapacityRule } from '../../src/rules/repayment-capacity/index.js';
import { flagsOf, run } from './context.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', name), 'utf8')) as { profile: Record<string, unknown>; policy?: unknown };

describe('REPAYMENT_CAPACITY_EXCEEDED', () => {
  test('the grocery: 9,048.50 ÷ 8,000 = 113.11%, above the surplus itself: critical', () => {
    const flags = flagsOf(run(repaymentCapacityRule, fixture('capacity/grocery-capacity-exceeded.json').profile));
    expect(flags.map((f) => [f.code, f.severity, f.unit, f.observed, f.expected])).toEqual([['REPAYMENT_CAPACITY_EXCEEDED', 'critical', 'ratio', '1.1311', '0.7000']]);
    const f = flags[0];
    // 1.1311 − 0.7 = 0.4311
    expect(f?.deviation).toEqual({ absolute: '0.4311', relative: null });
    expect(f?.subject).toEqual({});
    expect(f?.requirement).toEqual({ path: 'capacity.limit', value: '0.7' });
    // largest affordable: 0.7 × 8,000 = 5,600 / 0.0904849657 = 61,888.73 → 61,000
    expect(f?.params).toMatchObject({ basis: 'worst-month', payment: '9048.50', surplus: '8000.00', termMonths: 12, amount: '100000.00', maxAmount: '61000.00' });
    expect(f?.message.en).toContain('The new instalment takes 113.11% of the disposable surplus in ');
    expect(f?.message.en).toContain('The largest affordable amount over 12 months is 61,000.00 (asked 100,000.00).');
    expect(f?.message.zh).toContain('新增月供占月可支配收入的 113.11%');
    expect(f?.message.zh).toContain('12 个月期可负担的最高金额为 61,000.00 元（申请 100,000.00 元）。');
    expect(f?.computation.en).toContain('9,048.50 ÷ 8,000.00 = 113.11% > 70.00%');
  });

  test('a month whose surplus is 0 or less carries no instalment: critical, no ratio, a proper Chinese sentence', () => {
    // the seasonal trader under worst-month: February's surplus 0.2 × 100,000 − 28,000 = −8,000 against 9,048.50
    const flags = flagsOf(run(repaymentCapacityRule, fixture('capacity/seasonal-garment-trader.json').profile));
    expect(flags.map((f) => [f.severity, f.observed, f.deviation])).toEqual([['critical', null, null]]);
    const f = flags[0];
    expect(f?.params).toMatchObject({ firstMonth: '2027-02', lastMonth: '2027-02', payment: '9048.50', surplus: '-8000.00' });
    expect(f?.message.en).toContain('The new instalment takes all (surplus ≤ 0) of the disposable surplus in 2027-02, above the 70.00% limit.');
    expect(f?.message.zh).toContain('2027-02 的月可支配收入为 -8,000.00 元，不大于 0，当月无力负担任何新增月供（月供 9,048.50 元）。');
    expect(f?.message.zh).not.toContain('全部');
    expect(f?.formula.zh).toBe('月供占比 = 新增月供 ÷ 当月月可支配收入（新增贷款前）；最差月份的占比超过上限即提示');
  });

  test('skipped without a loan request, with its own reason', () => {
    const { loanRequest: _, ...noLoan } = fixture('capacity/grocery-capacity-exceeded.json').profile;
    expect(run(repaymentCapacityRule, noLoan)).toMatchObject({
      status: 'skipped',
      reasonCode: 'no-loan-request',
      missing: ['loanRequest'],
      reason: { en: 'no loan request in the profile', zh: '档案中没有贷款申请' },
    });
  });
});
