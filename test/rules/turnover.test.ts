/** RECEIVABLES_INCONSISTENT and PAYABLES_INCONSISTENT on hand-computed cases. */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/report/analyze.js';
import type { Flag } from '../../src/rules/types.js';
import { workedExample } from '../support/profiles.js';
import type { PolicyInput } from '../../src/profile/policy.js';

type Mutable = Record<string, Record<string, unknown>>;

function flagsOf(input: unknown, policy?: unknown): Flag[] {
  const r = analyze(input, { policy: policy as PolicyInput });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return [...r.report.flags];
}
const find = (flags: Flag[], code: string) => flags.find((f) => f.code === code);

function withBalances(balances: Record<string, string>) {
  const p = workedExample() as unknown as Mutable;
  Object.assign(p.balances!, balances);
  return p;
}

describe('RECEIVABLES_INCONSISTENT', () => {
  test('quiet when reported = 12,000,000 × 45 / 360 = 1,500,000 (the source)', () => {
    expect(find(flagsOf(workedExample()), 'RECEIVABLES_INCONSISTENT')).toBeUndefined();
  });
  test('quiet at 1,800,000: (1,800,000 − 1,500,000) / 1,500,000 = 20%, exactly the tolerance', () => {
    expect(find(flagsOf(withBalances({ receivables: '1800000' })), 'RECEIVABLES_INCONSISTENT')).toBeUndefined();
  });
  test('warning at 1,800,000.01 (just beyond 20%)', () => {
    expect(find(flagsOf(withBalances({ receivables: '1800000.01' })), 'RECEIVABLES_INCONSISTENT')?.severity).toBe('warning');
  });
  test('critical at 2,600,000: +1,100,000 / 1,500,000 = +73.33%, with the figures an auditor needs', () => {
    const f = find(flagsOf(withBalances({ receivables: '2600000' })), 'RECEIVABLES_INCONSISTENT');
    expect(f).toMatchObject({
      severity: 'critical',
      ruleId: 'receivables',
      unit: 'CNY',
      observed: '2600000.00',
      expected: '1500000.00',
      // 1,500,000 × (1 ± 0.2)
      range: { min: '1200000.00', max: '1800000.00' },
      deviation: { absolute: '1100000.00', relative: '0.7333' },
    });
    // The setting that decided it: |+73.33%| > receivables.critical 0.5.
    expect(f?.requirement).toEqual({ path: 'receivables.critical', value: '0.5' });
    expect(f?.params).toEqual({ flow: '12000000.00', creditShare: '1', days: 45, dayBasis: 360 });
    expect(f?.computation.en).toContain('12,000,000.00 × 1 × 45 / 360 = 1,500,000.00');
    expect(f?.computation.zh).toContain('12,000,000.00 × 1 × 45 ÷ 360 = 1,500,000.00');
    expect(f?.formula.zh).toBe('应收账款应有额 = 年销售额 × 赊销比例 × 回款天数 ÷ 360；偏差 = (申报额 − 应有额) ÷ 应有额');
    expect(f?.inputs.find((i) => i.name === 'creditShare')).toMatchObject({ value: '1.0000', defaulted: true });
    expect(f?.questions.length).toBeGreaterThan(0);
    expect(f?.evidence.length).toBeGreaterThan(0);
    expect(f?.message.zh).toContain('1,500,000.00');
  });
  test('credit share 60% and a 365-day year: 12,000,000 × 0.6 × 45 / 365 = 887,671.23', () => {
    const p = withBalances({ receivables: '2600000' });
    p.sales!.creditShare = '0.6';
    const f = find(flagsOf(p, { dayBasis: 365 }), 'RECEIVABLES_INCONSISTENT');
    expect(f?.expected).toBe('887671.23');
  });
  test('skipped, with the missing path, when there are no customer days', () => {
    const p = workedExample() as unknown as Mutable;
    delete p.settlement!.customerDays;
    const r = analyze(p);
    if (!r.ok) throw new Error();
    expect(r.report.rules.find((x) => x.id === 'receivables')).toMatchObject({
      status: 'skipped',
      missing: ['settlement.customerDays'],
    });
  });
  test('receivables reported where nothing is sold on credit: a warning with no relative size', () => {
    const p = workedExample() as unknown as Mutable;
    p.sales!.creditShare = 0;
    const f = find(flagsOf(p), 'RECEIVABLES_INCONSISTENT');
    expect(f).toMatchObject({ severity: 'warning', expected: '0.00', deviation: { relative: null } });
  });
  test('a stricter policy flags what the default does not: 1,650,000 is +10%', () => {
    const p = withBalances({ receivables: '1650000' });
    expect(find(flagsOf(p), 'RECEIVABLES_INCONSISTENT')).toBeUndefined();
    const f = find(flagsOf(p, { receivables: { tolerance: '0.05' } }), 'RECEIVABLES_INCONSISTENT');
    expect([f?.severity, f?.requirement]).toEqual(['warning', { path: 'receivables.tolerance', value: '0.05' }]);
  });
});

describe('PAYABLES_INCONSISTENT', () => {
  test('quiet when reported = purchases (cost of goods sold 10,200,000) × 30 / 360 = 850,000', () => {
    expect(find(flagsOf(workedExample()), 'PAYABLES_INCONSISTENT')).toBeUndefined();
  });
  test('critical at 300,000: (300,000 − 850,000) / 850,000 = −64.71%', () => {
    const f = find(flagsOf(withBalances({ payables: '300000' })), 'PAYABLES_INCONSISTENT');
    expect(f).toMatchObject({ severity: 'critical', expected: '850000.00', deviation: { absolute: '-550000.00', relative: '-0.6471' } });
    expect(f?.inputs.find((i) => i.name === 'purchases')).toMatchObject({ path: 'incomeStatement.annual.costOfGoodsSold', defaulted: true });
    // |−64.71%| > payables.critical 0.5
    expect(f?.requirement).toEqual({ path: 'payables.critical', value: '0.5' });
  });
  test('declared purchases are used when given: 9,000,000 × 30 / 360 = 750,000; 850,000 is +13.33%, quiet', () => {
    const p = workedExample() as unknown as Mutable;
    (p as Record<string, unknown>).purchases = { annual: '9000000' };
    expect(find(flagsOf(p), 'PAYABLES_INCONSISTENT')).toBeUndefined();
    const q = withBalances({ payables: '1000000' });
    (q as Record<string, unknown>).purchases = { annual: '9000000' };
    // (1,000,000 − 750,000) / 750,000 = +33.33%: warning
    expect(find(flagsOf(q), 'PAYABLES_INCONSISTENT')).toMatchObject({ severity: 'warning', expected: '750000.00', deviation: { relative: '0.3333' } });
  });
});
