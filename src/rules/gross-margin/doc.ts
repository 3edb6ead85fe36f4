/**
 * What docs/rules.md says of the check `gross-margin`, beside its policy fragment and its catalog texts. Read by
 * scripts/rules-docs.ts only: the check itself does not import it, so it stays out of the bundle.
 */
import type { RuleDoc } from '../types.js';

export const doc: RuleDoc = {
  summary:
    'The stated gross margin against the weighted margin of the main products, the margin implied by sales and purchases, and the usual range of the trade in the bank\'s policy; margins are compared in percentage points, since a 3-point gap costs the same money per sale on a 10% and on a 40% margin.',
  formulas: [
    "products' margin = Σ share × (price − cost) / price ÷ Σ share",
    'implied margin = 1 − annual purchases / annual sales',
    'deviation = anchor − other margin, in percentage points',
    'industry range min ≤ margin ≤ max; deviation = margin − nearest bound',
  ],
  inputs:
    '`grossMargin` (the anchor; when not stated, the products\' weighted margin is), `products` (price, cost, share of sales), `purchases.annual` with `incomeStatement.annual.sales`, `policy.grossMargin.industries` (the first entry whose `match` is contained in `business.industry`, case-insensitive, or equals `business.kind`), else the industry benchmark of `business.industryCode` (docs/industry.md: from its 较差 to its 优秀 margin).',
  skippedWhen: 'There is no margin (neither `grossMargin` nor `products`), or nothing to compare it with (no products beside a stated margin, no purchases, no industry range).',
  workedExample:
    'A garment shop states 25%. Products (0.5 × (100 − 80) / 100 + 0.3 × (50 − 35) / 50) / 0.8 = 0.2375: 1.25 points, agrees. Implied by purchases 1 − 1,620,000 / 1,800,000 = 0.10: 0.25 − 0.10 = 15 points, beyond 10: critical. Industry range 30%–50%: 0.25 − 0.30 = −5 points below it: warning.',
  policy: ['grossMargin'],
  examples: ['rules/gross-margin.json', 'rules/sales-triangulation.json', 'corpus/hardware-workshop-inflated-sales.json', 'rules/industry-benchmark.json'],
};
