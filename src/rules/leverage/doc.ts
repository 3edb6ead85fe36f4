/**
 * What docs/rules.md says of the check `leverage`, beside its policy fragment and its catalog texts. Read by
 * scripts/rules-docs.ts only: the check itself does not import it, so it stays out of the bundle.
 */
import type { RuleDoc } from '../types.js';

export const doc: RuleDoc = {
  summary:
    'Two ceilings on debt from the rebuilt statements: liabilities against equity (owing more than one owns), and existing plus requested loans against average monthly sales (how many months of takings the debt is).',
  formulas: [
    'liabilities / equity ≤ policy.leverage.liabilitiesToEquity.max',
    '(existing loans + requested loan) / average monthly sales ≤ policy.leverage.debtToMonthlySales.max',
  ],
  inputs:
    '`balanceSheet.liabilities.total`, `balanceSheet.equity`, bank and private loans on the balance sheet (`loans`), `loanRequest.amount` (0 without a request, marked defaulted), `incomeStatement.monthlyAverage.sales`.',
  skippedWhen: 'the profile reports no `balances`.',
  workedExample:
    'A trader with assets of 1,000,000, payables 300,000, a bank loan of 300,000 and 100,000 from an uncle: liabilities 700,000, equity 300,000; 700,000 / 300,000 = 2.33, above the critical 2. Sales 1,800,000 a year (150,000 a month), 500,000 requested: (300,000 + 100,000 + 500,000) / 150,000 = 6.00 months, above 3 (a warning), not above 6. Equity of zero or less with liabilities, or debt with no sales, is critical with no ratio.',
  policy: ['leverage'],
  examples: ['rules/leverage.json', 'rules/liquidity.json'],
};
