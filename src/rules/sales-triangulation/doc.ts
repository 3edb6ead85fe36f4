/**
 * What docs/rules.md says of the check `sales-triangulation`, beside its policy fragment and its catalog texts. Read by
 * scripts/rules-docs.ts only: the check itself does not import it, so it stays out of the bundle.
 */
import type { RuleDoc } from '../types.js';

export const doc: RuleDoc = {
  summary:
    'Declared monthly sales against every independent estimate the profile allows (bank inflows, purchases and margin, a sampled month, daily sales, a till count, a piece-rate wage bill, commissions, a 12-month average), each with its own deviation; and whether at least two of them agree, the source\'s rule that every inference rests on two or more concrete proofs.',
  formulas: [
    'bank-inflows = (monthly inflows − non-sales inflows) / (1 − cash share)',
    'purchases-margin = annual purchases / 12 / (1 − gross margin)',
    'sampled-month = the sampled month\'s ledger or slips total',
    'daily-sales = average daily sales × opening days a month',
    'till = (till cash − opening float) / hours open so far × hours a day × opening days / cash share',
    'piece-rate = piece-rate wage bill / rate per unit × unit price',
    'commissions = commissions paid / commission rate',
    'twelve-month-average = the POS or ledger monthly average',
    'deviation = (declared − estimate) / declared',
    'agreeing estimates = number of estimates with |deviation| ≤ tolerance; must be ≥ minAgreeing',
  ],
  inputs:
    'The declared monthly sales `incomeStatement.monthlyAverage.sales` (for a sampled month with `month` and `sales.monthly`, that month\'s sales); `salesEstimates.bankInflows` (`nonSales` default 0, `cashShare` default 0), `purchases.annual` with `grossMargin` (both stated), `salesEstimates.sampledMonth`, `salesEstimates.dailySales`, `salesEstimates.till` (`openingFloat` default 0, `cashShare` default 1), `salesEstimates.pieceRate`, `salesEstimates.commissions`, `salesEstimates.twelveMonthAverage`.',
  skippedWhen: 'The profile gives no estimate at all: no `salesEstimates`, and not both `purchases` and `grossMargin`.',
  workedExample:
    'A garment stall declares 150,000 a month. Bank inflows (70,000 − 10,000) / (1 − 0.4) = 100,000: (150,000 − 100,000) / 150,000 = +33.33%, warning; purchases and margin 900,000 / 12 / (1 − 0.25) = 100,000, +33.33%, warning; daily sales 5,000 × 30 = 150,000 agrees; the sampled March ledger 60,000 is (150,000 − 60,000) / 150,000 = +60%, critical. Only 1 of 4 estimates agrees, fewer than 2: one more finding, unit `count`.',
  policy: ['salesTriangulation'],
  examples: ['rules/sales-triangulation.json', 'corpus/hardware-workshop-inflated-sales.json', 'corpus/shoe-factory-missing-evidence.json'],
};
