/** credit-report: texts (en). */
import type {
  BalanceDiffersParams,
  GuaranteesUndeclaredParams,
  LoanUndeclaredParams,
  MoreLendersParams,
  OverdueParams,
  QueriesParams,
} from '../../../rules/credit-report/index.js';
import type { CheckTexts } from '../../types.js';
import { money, signedPercent } from '../../format.js';

export const creditReport: CheckTexts = {
  title: 'The credit report against what was declared',
  labels: {
    reportBalance: 'balance in the credit report',
    declaredBalance: 'declared balance',
    reportLenders: 'lenders in the credit report',
    declaredLenders: 'lenders declared',
    overdueCount: 'overdue events in 24 months',
    worstDaysOverdue: 'worst delay in 24 months (days)',
    queries: 'approval queries in 6 months',
    reportGuarantees: 'guarantees in the credit report',
    declaredGuarantees: 'guarantees declared',
  },
  findings: {
    CREDIT_REPORT_LOAN_UNDECLARED: (f) => {
      const p = f.params as unknown as LoanUndeclaredParams;
      const what = p.kind === 'credit-card' ? 'a credit card' : 'a loan';
      return {
        title: 'A loan in the credit report not declared',
        message: `The credit report of ${p.reportDate} shows ${what} with ${p.lender} of ${money(p.balance)} that neither the loans nor the household's debts declare.`,
        formula: 'every credit line in the report should match a declared loan or household debt of the same lender',
        computation: `${p.lender}: report balance ${money(p.balance)}; declared debts with this lender: none`,
        evidence: ['the loan contract and its repayment schedule', 'bank statements showing the repayments', 'the lender\'s confirmation of the balance'],
        questions: [`What is the ${p.kind === 'credit-card' ? 'card' : 'loan'} with ${p.lender} for, and who uses the money?`, 'Are there other debts, with banks or private lenders, that we have not talked about?'],
      };
    },
    CREDIT_REPORT_BALANCE_DIFFERS: (f) => {
      const p = f.params as unknown as BalanceDiffersParams;
      return {
        title: 'A balance differs from the credit report',
        message: `The balance declared for ${p.lender} (${money(p.declared)}) differs from the credit report's of ${p.reportDate} (${money(p.reported)}) by more than ${money(p.allowed)}.`,
        formula: '|declared − report balance| ≤ max(policy.creditReport.balanceTolerance × report balance, policy.creditReport.balanceMinimum)',
        computation: `|${money(p.declared)} − ${money(p.reported)}| = ${money(f.deviation?.absolute.replace(/^-/, '') ?? null)} > ${money(p.allowed)} (${signedPercent(f.deviation?.relative)})`,
        evidence: ['the lender\'s latest statement of the balance', 'the repayment schedule and the repayments made since the report date'],
        questions: [`How much do you still owe ${p.lender} today? When did you last repay?`, 'Was the loan renewed or topped up since the report?'],
      };
    },
    CREDIT_REPORT_MORE_LENDERS: (f) => {
      const p = f.params as unknown as MoreLendersParams;
      return {
        title: 'More lenders in the credit report than declared',
        message: `The credit report shows ${f.observed ?? '—'} lenders, ${f.expected ?? '—'} were declared${p.extra.length > 0 ? `; not declared: ${p.extra.join(', ')}` : ''}.`,
        formula: 'lenders in the credit report (balance > 0) ≤ lenders declared in loans and household debts',
        computation: `${f.observed ?? '—'} lenders in the report > ${f.expected ?? '—'} declared`,
        evidence: ['the credit report\'s list of accounts', 'a loan contract for each lender'],
        questions: ['Why do you borrow from several banks at once? What is each loan for?', 'Has any lender refused to renew a loan?'],
      };
    },
    CREDIT_REPORT_OVERDUE: (f) => {
      const p = f.params as unknown as OverdueParams;
      const count = p.count === null ? 'overdue payments' : `${p.count} overdue payment${p.count === 1 ? '' : 's'}`;
      const worst = p.worstDays === null ? '' : `, the worst ${p.worstDays} days late`;
      return {
        title: 'Overdue payments in the credit report',
        message: `The credit report shows ${count} in the last 24 months${worst}.`,
        formula: `overdue events in 24 months ≤ ${p.limit}; worst delay < ${p.criticalDays} days`,
        computation: `overdue events ${p.count ?? '—'} > ${p.limit}; worst delay ${p.worstDays ?? '—'} days${p.worstDays !== null && p.worstDays >= p.criticalDays ? ` ≥ ${p.criticalDays}` : ''}`,
        evidence: ['the credit report\'s repayment history (24-month record)', 'bank statements for the months the payments were late', 'the lender\'s explanation of the overdue if there was a dispute'],
        questions: ['What happened in the months the payment was late?', 'How was it settled, and could it happen again?'],
      };
    },
    CREDIT_REPORT_QUERIES: (f) => {
      const p = f.params as unknown as QueriesParams;
      return {
        title: 'Many recent credit report queries',
        message: `The credit report was queried ${p.queries} times for loan or guarantee approvals in the last 6 months, more than ${p.limit}.`,
        formula: 'approval queries in 6 months ≤ policy.creditReport.queries',
        computation: `${p.queries} > ${p.limit}`,
        evidence: ['the credit report\'s query records: which institutions asked, and when', 'the outcome of each application (approved, refused, withdrawn)'],
        questions: ['Where else have you applied for a loan recently, and what came of it?', 'Why do you need the money now, and how much in all?'],
      };
    },
    CREDIT_REPORT_GUARANTEES_UNDECLARED: (f) => {
      const p = f.params as unknown as GuaranteesUndeclaredParams;
      return {
        title: 'Guarantees in the credit report not declared',
        message: `The credit report shows guarantees given of ${money(p.reported)} (${p.count}), ${money(p.difference)} more than the ${money(p.declared)} declared.`,
        formula: 'guarantees in the credit report ≤ guarantees declared in household.guaranteesGiven',
        computation: `${money(p.reported)} − ${money(p.declared)} = ${money(p.difference)} not declared`,
        evidence: ['each guarantee contract (担保合同)', 'the guaranteed borrowers\' loan status'],
        questions: ['For whom have you signed as guarantor? Do they guarantee anyone for you?', 'Are those loans being repaid on time?'],
      };
    },
  },
  skips: { 'no-credit-report': () => 'no credit report recorded (creditReport)' },
};
