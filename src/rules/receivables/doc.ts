/**
 * What docs/rules.md says of the check `receivables`, beside its policy fragment and its catalog texts. Read by
 * scripts/rules-docs.ts only: the check itself does not import it, so it stays out of the bundle.
 */
import type { RuleDoc } from '../types.js';

export const doc: RuleDoc = {
  summary:
    'Receivables reported on the balance sheet against what the sales and the customers\' payment days imply: sales collected in 45 days leave about 45/360 of a year\'s credit sales outstanding.',
  formulas: ['expected receivables = annual sales × creditShare × customerDays / dayBasis', 'deviation = (reported − expected) / expected'],
  inputs:
    '`incomeStatement.annual.sales` (Σ of `sales.monthly` when given, else `sales.annual`), `sales.creditShare` (default 1: everything is sold on credit), `settlement.customerDays` (else the 平均 customer days of the `business.industryCode` benchmark, docs/industry.md, marked defaulted), `balances.receivables`; `policy.dayBasis`.',
  skippedWhen: '`settlement.customerDays` or `balances.receivables` is missing.',
  workedExample:
    'The source: sales of 12,000,000 a year collected in about 45 days: 12,000,000 × 1 × 45 / 360 = 1,500,000 of receivables; 2,600,000 reported is (2,600,000 − 1,500,000) / 1,500,000 = +73.33%, beyond the critical 50%.',
  policy: ['receivables', 'dayBasis'],
  examples: ['worked-example-disagrees.json', 'rules/industry-benchmark.json'],
};
