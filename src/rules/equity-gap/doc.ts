/**
 * What docs/rules.md says of the check `equity-gap`, beside its policy fragment and its catalog texts. Read by
 * scripts/rules-docs.ts only: the check itself does not import it, so it stays out of the bundle.
 */
import type { RuleDoc } from '../types.js';

export const doc: RuleDoc = {
  summary:
    'Balance-sheet equity against the equity the business history explains: what was put in at the start, plus the profits, less what the family took out, plus later injections, less depreciation. A shortfall points to debt repaid out of the business or overstated profits; a surplus to debt missing from the balance sheet or overstated assets.',
  formulas: [
    'expected equity = initial equity + profits − withdrawals + injections − depreciation',
    'gap = balance-sheet equity − expected equity',
    'relative = gap / balance-sheet equity (or / profits over the period, policy.equity.denominator)',
  ],
  inputs:
    'The equity reconciliation (src/equity): the start event `history[kind=start]` (or `openingEquity` with the `since-opening-equity` window), the `history` events (profit, withdrawal, injection, revaluation), depreciation of `fixedAssets`, and `balanceSheet.equity`. Profits are estimated from the present P&L when the history records none.',
  skippedWhen:
    'The history has no start event (window `since-start`), or there is no `openingEquity` (window `since-opening-equity`).',
  workedExample:
    'The source: 500,000 + 4,880,000 − 3,300,000 + 100,000 − 72,000 = 2,108,000 expected; 2,158,000 on the balance sheet: gap 50,000, 50,000 / 2,158,000 = +2.32%, within 10%. With 600,000 more in the bank financed by a loan left out, equity is 2,758,000: gap 650,000, 650,000 / 2,758,000 = +23.57%, a warning.',
  policy: ['equity'],
  examples: ['worked-example-disagrees.json', 'corpus/boat-owner-undeclared-boat-share.json', 'corpus/truck-owner-undeclared-private-loan.json'],
};
