import { describe, expect, test } from 'vitest';
import { selfReportRule } from '../../src/rules/self-report/index.js';
import { contextOf, runRule, singleFlag, workedExample } from './base-profile.js';

const run = (p: unknown, policy?: unknown) => runRule(selfReportRule, p, policy);
const flagOf = (p: unknown, policy?: unknown) => singleFlag(selfReportRule, p, policy);

describe('SELF_REPORT_ADJUSTED', () => {
  test('skipped when no talking habit is recorded', () => {
    const p = workedExample();
    delete p.talkingHabit;
    const out = run(p);
    expect(out.status).toBe('skipped');
    if (out.status === 'skipped') {
      expect(out.missing).toEqual(['talkingHabit']);
      expect(out.reason.zh).toBe('未记录说话习惯（talkingHabit）：数据按客户所说采用');
    }
  });

  test('stays quiet for a neutral applicant (factor 1)', () => {
    expect(run(workedExample())).toEqual({ status: 'ran', flags: [] });
  });

  test('stays quiet for an exaggerating applicant whose figures all rest on proofs', () => {
    const p = workedExample();
    p.talkingHabit = 'exaggerating';
    expect(run(p)).toEqual({ status: 'ran', flags: [] });
  });

  test('fires (info) with original and adjusted figures', () => {
    const p = workedExample();
    p.talkingHabit = 'exaggerating';
    p.evidence.sales = [{ kind: 'applicant-word' }];
    const f = flagOf(p);
    expect(f.severity).toBe('info');
    // Information, always: no setting decided the severity.
    expect(f.requirement).toBeNull();
    expect(f.subject).toEqual({});
    // 12,000,000 × 0.8 = 9,600,000; deviation (12,000,000 − 9,600,000) / 12,000,000 = 0.2.
    expect([f.observed, f.expected, f.deviation]).toEqual(['12000000.00', '9600000.00', { absolute: '2400000.00', relative: '0.2000' }]);
    expect(f.computation.en).toBe('sales.annual: 12,000,000.00 × 0.8 = 9,600,000.00');
    expect(f.computation.zh).toBe('年销售额：12,000,000.00 × 0.8 = 9,600,000.00');
    expect(f.message.zh).toContain('客户喜欢夸大');
    // factor − 1 = 0.8 − 1 = −20%.
    expect(f.message.en).toBe(
      'The applicant exaggerates; sales rested only on their word and were multiplied by 0.8 (-20.00%): 12,000,000.00 became 9,600,000.00. Every check and statement uses the adjusted figures.',
    );
    // The first three kinds that can prove sales.
    expect(f.evidence).toEqual([
      {
        en: 'sales: bank statements, the ledger, invoices and bills would replace the adjustment with a proof',
        zh: '销售额：收集银行流水、记账本、发票及账单即可以实据代替调整',
      },
    ]);
  });

  test('the factor is policy: cautious 1.1', () => {
    const p = workedExample();
    p.talkingHabit = 'cautious';
    p.evidence.sales = [{ kind: 'applicant-word' }];
    const f = flagOf(p, { selfReport: { cautious: '1.1' } });
    // 12,000,000 × 1.1 = 13,200,000; (12,000,000 − 13,200,000) / 12,000,000 = −0.1.
    expect(f.expected).toBe('13200000.00');
    expect(f.deviation?.relative).toBe('-0.1000');
    expect(f.inputs.find((i) => i.name === 'factor')).toMatchObject({ path: 'policy.selfReport.cautious', value: '1.1000' });
  });

  test('the statements use the adjusted figures', () => {
    const p = workedExample();
    p.talkingHabit = 'exaggerating';
    p.evidence.sales = [{ kind: 'applicant-word' }];
    // 9,600,000 sales, 15% margin: gross profit 1,440,000.
    expect(contextOf(p).statements.incomeStatement.annual.grossProfit.toFixed(2)).toBe('1440000.00');
  });
});
