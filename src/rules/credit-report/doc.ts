/**
 * What docs/rules.md says of the check `credit-report`, beside its policy fragment and its catalog texts. Read by
 * scripts/rules-docs.ts only: the check itself does not import it, so it stays out of the bundle.
 */
import type { RuleDoc } from '../types.js';

export const doc: RuleDoc = {
  summary:
    "The credit report (征信报告) as the officer read it (`creditReport`) against what the applicant declared: every loan and card in the report should be among the declared debts (`loans` or `household.liabilities`) with about the same balance, and the report should show no more lenders than declared, no recent overdue, no burst of approval queries and no guarantees beyond those declared. Each finding says what to collect and what to ask.",
  formulas: [
    'undeclared: report loan (balance > 0) with no declared debt of the same lender (case-insensitive, either name containing the other)',
    'balance differs: |declared − report| > max(balanceTolerance × report, balanceMinimum); deviation = (declared − report) / report',
    'more lenders: distinct report lenders (balance > 0) > distinct declared lenders (balance > 0)',
    'overdue: overdueCount24Months > overdueCount (or a worst delay > 0 without a count); critical when worstDaysOverdue24Months ≥ criticalDaysOverdue',
    'queries: queries6Months > queries',
    'guarantees undeclared: Σ creditReport.guaranteesGiven > Σ household.guaranteesGiven',
  ],
  inputs:
    '`creditReport` (`reportDate`, `loans[]` with `lender`, `balance`, `kind`; `overdueCount24Months`, `worstDaysOverdue24Months`, `queries6Months`, `guaranteesGiven[]`); `loans[]` (`lender`, `balance`); `household.liabilities[]` (`lender`, `balance`, `inLoans`: a debt marked `inLoans` is matched through `loans` only); `household.guaranteesGiven[]`.',
  skippedWhen: 'the profile has no `creditReport`.',
  workedExample:
    'A report loan of 200,000 at a lender nobody declared: CREDIT_REPORT_LOAN_UNDECLARED, critical. A declared balance of 280,000 against the report\'s 350,000: |280,000 − 350,000| = 70,000 > max(0.1 × 350,000, 1,000) = 35,000, (280,000 − 350,000) / 350,000 = −20%: a warning. Worst delay 95 days ≥ 90: CREDIT_REPORT_OVERDUE, critical. 8 queries in 6 months > 6: a warning.',
  policy: ['creditReport'],
  examples: ['rules/credit-report.json'],
};
