/**
 * What docs/rules.md says of the check `payables`, beside its policy fragment and its catalog texts. Read by
 * scripts/rules-docs.ts only: the check itself does not import it, so it stays out of the bundle.
 */
import type { RuleDoc } from '../types.js';

export const doc: RuleDoc = {
  summary:
    'Payables reported on the balance sheet against what the purchases and the suppliers\' credit days imply. Suppliers finance purchases, so the annual purchases are the flow (the cost of goods sold when purchases are not given).',
  formulas: ['expected payables = annual purchases × creditPurchaseShare × supplierDays / dayBasis', 'deviation = (reported − expected) / expected'],
  inputs:
    '`purchases.annual` (else `incomeStatement.annual.costOfGoodsSold`, marked defaulted), `settlement.creditPurchaseShare` (default 1), `settlement.supplierDays` (else the 平均 supplier days of the `business.industryCode` benchmark, docs/industry.md, marked defaulted), `balances.payables`; `policy.dayBasis`.',
  skippedWhen: '`settlement.supplierDays` or `balances.payables` is missing.',
  workedExample:
    "Cost of goods sold 10,200,000 (sales 12,000,000 at a 15% margin) on 30 days' credit: 10,200,000 × 1 × 30 / 360 = 850,000 of payables; 300,000 reported is (300,000 − 850,000) / 850,000 = −64.71%, beyond the critical 50%.",
  policy: ['payables', 'dayBasis'],
  examples: ['worked-example-disagrees.json'],
};
