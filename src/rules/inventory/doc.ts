/**
 * What docs/rules.md says of the check `inventory`, beside its policy fragment and its catalog texts. Read by
 * scripts/rules-docs.ts only: the check itself does not import it, so it stays out of the bundle.
 */
import type { RuleDoc } from '../types.js';

export const doc: RuleDoc = {
  summary:
    'The inventory on the balance sheet (the officer\'s count when given) against the stock the cost of sales and the stocking habit imply, and against the months of sales it would take to sell: the source judges stock by the trade and its stocking habit (根据其行业特征、备货水平来衡量).',
  formulas: [
    'expected inventory = costOfGoodsSold × 1 × stockingDays / dayBasis',
    'deviation = (counted − expected) / expected',
    'months of sales in stock = (inventory − unsaleable) / average monthly sales',
  ],
  inputs:
    '`balanceSheet.assets.inventory` (the officer\'s `inventoryCount` when given, else `balances.inventory`), `incomeStatement.annual.costOfGoodsSold`, `incomeStatement.monthlyAverage.sales`, `stock.stockingDays` (else the 平均 months of stock of the `business.industryCode` benchmark × 30 days, docs/industry.md, marked defaulted), `stock.unsaleable` (default 0); `policy.dayBasis`.',
  skippedWhen: 'There is no inventory figure at all (neither `inventoryCount` nor `balances.inventory`); the stocking-days check runs only with `stock.stockingDays`.',
  workedExample:
    'A winter-clothing wholesaler: cost of goods sold 1,800,000 × 0.75 = 1,350,000, restocking about every 60 days: 1,350,000 × 60 / 360 = 225,000 expected; counted 600,000: (600,000 − 225,000) / 225,000 = +166.67%, critical. Saleable (600,000 − 50,000) / 150,000 = 3.67 months of sales, above 3: warning.',
  policy: ['inventory', 'dayBasis'],
  examples: ['rules/inventory.json', 'rules/stock-count.json', 'rules/liquidity.json', 'corpus/retail-shop-inflated-stock.json'],
};
