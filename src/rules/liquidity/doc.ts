/**
 * What docs/rules.md says of the check `liquidity`, beside its policy fragment and its catalog texts. Read by
 * scripts/rules-docs.ts only: the check itself does not import it, so it stays out of the bundle.
 */
import type { RuleDoc } from '../types.js';

export const doc: RuleDoc = {
  summary:
    'Current and quick ratio from the rebuilt balance sheet, each against a floor: can the current assets, and those without the stock, pay what falls due? All liabilities count as current (micro-enterprise loans run a year or less).',
  formulas: [
    'current ratio = current assets / current liabilities ≥ policy.liquidity.currentRatio.min',
    'quick ratio = (current assets − inventory) / current liabilities ≥ policy.liquidity.quickRatio.min',
  ],
  inputs: '`balanceSheet.assets.current`, `balanceSheet.assets.inventory`, `balanceSheet.liabilities.current` (all liabilities).',
  skippedWhen: 'the profile reports no `balances`. With no liabilities it runs and raises nothing: neither ratio can be low.',
  workedExample:
    'A furniture retailer with cash 20,000, bank 30,000, receivables 50,000 and inventory 400,000 (current assets 500,000) owes 200,000 to suppliers and 400,000 to a bank: current ratio 500,000 / 600,000 = 0.83, below 1 (a warning), not below 0.7; quick ratio (500,000 − 400,000) / 600,000 = 0.17, below the critical 0.3.',
  policy: ['liquidity'],
  examples: ['rules/liquidity.json'],
};
