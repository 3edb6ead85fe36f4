import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/report/analyze.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { creditReportRule } from '../../src/rules/credit-report/index.js';
import { baseProfile, flagsOf, run } from './context.js';

const loans = [
  { lender: 'Rural Commercial Bank', kind: 'bank', balance: '280000', monthlyInstalment: '25000' },
  { lender: 'Uncle Wang', kind: 'private', balance: '50000' },
];
const report = (extra: Record<string, unknown>) => ({ reportDate: '2026-06-20', ...extra });

describe('credit-report', () => {
  test('skipped without a credit report', () => {
    const out = run(creditReportRule, baseProfile({ loans }));
    expect(out.status).toBe('skipped');
    if (out.status === 'skipped') expect(out.reason.zh).toBe('档案中没有征信报告');
  });

  test('an undeclared loan, a balance that differs, more lenders', () => {
    const profile = baseProfile({
      loans,
      household: { members: 3, monthlyExpenses: '6000', liabilities: [{ kind: 'mortgage', lender: 'CCB', balance: '300000', monthlyInstalment: '3000' }] },
      creditReport: report({
        loans: [
          { lender: 'rural commercial bank ', balance: '350000' }, // |280,000 − 350,000| = 70,000 > max(35,000, 1,000)
          { lender: 'CCB Taizhou branch', balance: '330000' }, // |300,000 − 330,000| = 30,000 ≤ 33,000: agrees
          { lender: 'Ping An Bank', balance: '200000', kind: 'credit-card' },
          { lender: 'Closed Bank', balance: '0' }, // no balance: not looked at
        ],
      }),
    });
    const flags = flagsOf(run(creditReportRule, profile));
    expect(flags.map((f) => [f.code, f.subject, f.severity])).toEqual([
      ['CREDIT_REPORT_BALANCE_DIFFERS', { reportLoan: 0 }, 'warning'],
      ['CREDIT_REPORT_LOAN_UNDECLARED', { reportLoan: 2 }, 'critical'],
    ]);
    const [differs, undeclared] = flags;
    expect([differs?.observed, differs?.expected, differs?.range, differs?.deviation]).toEqual([
      '280000.00',
      '350000.00',
      { min: '315000.00', max: '385000.00' },
      { absolute: '-70000.00', relative: '-0.2000' },
    ]);
    expect(differs?.params.declaredPath).toBe('loans[0]');
    expect(differs?.computation.en).toBe('|280,000.00 − 350,000.00| = 70,000.00 > 35,000.00 (-20.00%)');
    expect(undeclared?.message.zh).toBe('2026-06-20 的征信报告显示在“Ping An Bank”有一笔信用卡，余额 200,000.00，但借款清单和家庭负债中都没有申报。');
    expect(undeclared?.requirement).toEqual({ path: 'creditReport.undeclaredLoan', value: 'critical' });
    // three lenders in the report with a balance, three declared (RCB, Uncle Wang, CCB): no MORE_LENDERS
  });

  test('more lenders in the report than declared', () => {
    const profile = baseProfile({
      loans: [loans[0]],
      creditReport: report({
        loans: [
          { lender: 'Rural Commercial Bank', balance: '280000' },
          { lender: 'Ping An Bank', balance: '20000' },
          { lender: 'ping an bank', balance: '30000' }, // the same lender twice: counted once
          { lender: 'WeBank', balance: '10000' },
        ],
      }),
    });
    const flags = flagsOf(run(creditReportRule, profile)).filter((f) => f.code === 'CREDIT_REPORT_MORE_LENDERS');
    expect(flags.map((f) => [f.observed, f.expected, f.deviation?.absolute])).toEqual([['3', '1', '2']]);
    expect(flags[0]?.params.extra).toEqual(['Ping An Bank', 'WeBank']);
  });

  test('overdue: a warning for any, critical from 90 days; queries above 6; guarantees beyond those declared', () => {
    const quiet = flagsOf(run(creditReportRule, baseProfile({ creditReport: report({ overdueCount24Months: 0, worstDaysOverdue24Months: 0, queries6Months: 6 }) })));
    expect(quiet).toEqual([]);
    const warn = flagsOf(run(creditReportRule, baseProfile({ creditReport: report({ overdueCount24Months: 1, worstDaysOverdue24Months: 89 }) })));
    expect(warn.map((f) => [f.code, f.severity, f.requirement?.path])).toEqual([['CREDIT_REPORT_OVERDUE', 'warning', 'creditReport.overdueCount']]);
    const crit = flagsOf(
      run(
        creditReportRule,
        baseProfile({
          household: { members: 2, monthlyExpenses: '5000', guaranteesGiven: [{ beneficiary: 'Chen', amount: '100000' }] },
          creditReport: report({ worstDaysOverdue24Months: 90, queries6Months: 7, guaranteesGiven: [{ amount: '100000' }, { beneficiary: 'Li', amount: '250000' }] }),
        }),
      ),
    );
    expect(crit.map((f) => [f.code, f.severity, f.observed])).toEqual([
      ['CREDIT_REPORT_OVERDUE', 'critical', null], // worst delay without a count: overdue all the same
      ['CREDIT_REPORT_QUERIES', 'warning', '7'],
      ['CREDIT_REPORT_GUARANTEES_UNDECLARED', 'warning', '350000.00'],
    ]);
    expect(crit[0]?.requirement).toEqual({ path: 'creditReport.criticalDaysOverdue', value: '90' });
    // 350,000 − 100,000 = 250,000 undeclared; 250,000 / 100,000 = 2.5
    expect(crit[2]?.deviation).toEqual({ absolute: '250000.00', relative: '2.5000' });
    expect(crit[2]?.message.en).toBe('The credit report shows guarantees given of 350,000.00 (2), 250,000.00 more than the 100,000.00 declared.');
    expect(crit[1]?.message.zh).toBe('近 6 个月征信报告因贷款或担保审批被查询 7 次，超过 6 次。');
  });

  test('a report dated after the analysis date is refused', () => {
    const result = analyze(baseProfile({ creditReport: report({ reportDate: '2026-07-01' }) }));
    expect(result.ok ? [] : result.errors.map((e) => [e.path, e.code])).toEqual([['creditReport.reportDate', 'afterAnalysisDate']]);
  });

  test('the policy moves the thresholds', () => {
    const profile = baseProfile({ creditReport: report({ overdueCount24Months: 2, worstDaysOverdue24Months: 20, queries6Months: 4 }) });
    const flags = flagsOf(run(creditReportRule, profile, { creditReport: { overdueCount: 2, queries: 3 } }));
    expect(flags.map((f) => f.code)).toEqual(['CREDIT_REPORT_QUERIES']);
  });

  test('the memo summarises the report', () => {
    const result = analyze(
      baseProfile({
        loans: [loans[0]],
        creditReport: report({ loans: [{ lender: 'Rural Commercial Bank', balance: '281000' }], overdueCount24Months: 0, queries6Months: 1 }),
      }),
    );
    if (!result.ok) throw new Error('invalid');
    expect(result.report.creditReport).toEqual({
      reportDate: '2026-06-20',
      loans: [{ lender: 'Rural Commercial Bank', kind: 'loan', balance: '281000.00' }],
      totalBalance: '281000.00',
      overdueCount24Months: 0,
      worstDaysOverdue24Months: null,
      queries6Months: 1,
      guaranteesGiven: null,
    });
    expect(result.report.household).toBeNull();
    const zh = renderMarkdown(result.report, 'zh');
    expect(zh).toContain('## 征信报告');
    expect(zh).toContain('- 近 24 个月逾期：0 次；最长逾期：未记录。');
  });
});
