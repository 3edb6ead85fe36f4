/**
 * What docs/rules.md says of the check `repayment-capacity`, beside its policy fragment and its catalog texts. Read by
 * scripts/rules-docs.ts only: the check itself does not import it, so it stays out of the bundle.
 */
import type { RuleDoc } from '../types.js';

export const doc: RuleDoc = {
  summary:
    "The requested loan's instalment against the monthly disposable surplus it would be paid from (before the new loan), in the worst month of the term or over the whole term; the finding also gives the largest affordable amount.",
  formulas: [
    'ratio = new instalment ÷ disposable surplus of its month (worst-month: the worst month counts)',
    'ratio = Σ new instalments ÷ Σ disposable surplus over the term (whole-term)',
    'flag when ratio > policy.capacity.limit',
  ],
  inputs:
    '`loanRequest.amount`, `.termMonths`, `.monthlyRate`, `.method`, `.disbursementDate` (the analysis date when missing), `incomeStatement.months[].disposableSurplus` (business profit + other household income − household expenses − existing instalments), `policy.capacity.limit`, `policy.capacity.basis`.',
  skippedWhen: 'the profile has no `loanRequest`.',
  workedExample:
    'The source\'s trader asks 300,000 over 12 months at 1.29% a month: instalment 27,145.49; 27,145.49 ÷ 29,000 = 93.61% of the monthly surplus, above the 70% limit but within the surplus: a warning. Largest affordable amount 0.7 × 29,000 ÷ 0.0904849657 = 224,346.66, rounded down to 224,000.',
  policy: ['capacity'],
  examples: ['worked-example-agrees.json', 'capacity/grocery-capacity-exceeded.json'],
};
