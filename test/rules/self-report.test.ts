import { describe, expect, test } from 'vitest';
import { selfReportRule } from '../../src/rules/self-report/index.js';
import { contextOf, workedExample } from './base-profile.js';

describe('SELF_REPORT_ADJUSTED', () => {
  test('skipped when no talking habit is recorded', () => {
    const p = workedExample();
    delete p.talkingHabit;
    const out = selfReportRule.check(contextOf(p));
    expect(out.status).toBe('skipped');
    if (out.status === 'skipped') expect(out.missing).toEqual(['talkingHabit']);
  });

  test('stays quiet for a neutral applicant (factor 1)', () => {
    expect(selfReportRule.check(contextOf(workedExample()))).toEqual({ status: 'ran', flags: [] });
  });

  test('stays quiet for an exaggerating applicant whose figures all rest on proofs', () => {
    const p = workedExample();
    p.talkingHabit = 'exaggerating';
    expect(selfReportRule.check(contextOf(p))).toEqual({ status: 'ran', flags: [] });
  });

  test('fires (info) with original and adjusted figures', () => {
    const p = workedExample();
    p.talkingHabit = 'exaggerating';
    p.evidence.sales = [{ kind: 'applicant-word' }];
    const out = selfReportRule.check(contextOf(p));
    expect(out.status).toBe('ran');
    if (out.status !== 'ran') return;
    const f = out.flags[0]!;
    expect(f.severity).toBe('info');
    // 12,000,000 × 0.8 = 9,600,000; deviation (12,000,000 − 9,600,000) / 12,000,000 = 0.2.
    expect([f.observed, f.expected, f.deviation]).toEqual(['12000000.00', '9600000.00', { absolute: '2400000.00', relative: '0.2000' }]);
    expect(f.computation).toBe('sales.annual: 12,000,000.00 × 0.8 = 9,600,000.00');
    expect(f.message.zh).toContain('客户喜欢夸大');
  });

  test('the factor is policy: cautious 1.1', () => {
    const p = workedExample();
    p.talkingHabit = 'cautious';
    p.evidence.sales = [{ kind: 'applicant-word' }];
    const out = selfReportRule.check(contextOf(p, { selfReport: { cautious: '1.1' } }));
    if (out.status !== 'ran') throw new Error('skipped');
    // 12,000,000 × 1.1 = 13,200,000; (12,000,000 − 13,200,000) / 12,000,000 = −0.1.
    expect(out.flags[0]?.expected).toBe('13200000.00');
    expect(out.flags[0]?.deviation?.relative).toBe('-0.1000');
  });

  test('the statements use the adjusted figures', () => {
    const p = workedExample();
    p.talkingHabit = 'exaggerating';
    p.evidence.sales = [{ kind: 'applicant-word' }];
    // 9,600,000 sales, 15% margin: gross profit 1,440,000.
    expect(contextOf(p).statements.incomeStatement.annual.grossProfit.toFixed(2)).toBe('1440000.00');
  });
});
