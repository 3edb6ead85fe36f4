/**
 * What docs/rules.md says of the check `hidden-debt`, beside its policy fragment and its catalog texts. Read by
 * scripts/rules-docs.ts only: the check itself does not import it, so it stays out of the bundle.
 */
import type { RuleDoc } from '../types.js';

export const doc: RuleDoc = {
  summary:
    'Signs of debt missing from the balance sheet (social debt, 社会负债): less equity than the history explains, large purchases with no stated source of funds, and borrowings named in the history that are neither repaid nor among the loans.',
  formulas: [
    'equity gap: balance-sheet equity − expected equity < 0, and |gap / denominator| > policy.equity.tolerance',
    'large purchase: amount ≥ max(largePurchaseMinimum, largePurchaseShareOfProfit × |annual business profit|), with no fundingSource and no borrowed part',
    'missing loan: history borrowed > 0, no repaidDate, no loan in loans[] whose lender matches',
  ],
  inputs:
    'The equity reconciliation (src/equity); `history` events with `asset`, `fundingSource`, `borrowed`, `lender`, `repaidDate`; `fixedAssets` (`cost`, `fundingSource`); `loans[].lender` and `loans[].balance`; `incomeStatement.annual.businessProfit`; `balanceSheet.liabilities.total`.',
  skippedWhen: 'There is no equity reconciliation, no `history` and no `fixedAssets`: nothing to look in.',
  workedExample:
    'A house bought in 2021 for 1,000,000 with no source of funds stated, in a business earning 840,000 a year: the threshold is max(50,000, 0.5 × 840,000) = 420,000, and 1,000,000 ≥ 420,000: a warning (policy.hiddenDebt.unfundedPurchase). A 300,000 start loan from relatives with no repaidDate and no matching loan is critical (policy.hiddenDebt.missingLoan).',
  policy: ['hiddenDebt', 'equity'],
  examples: ['rules/hidden-debt-suspected.json', 'corpus/truck-owner-undeclared-private-loan.json', 'corpus/boat-owner-undeclared-boat-share.json'],
};
