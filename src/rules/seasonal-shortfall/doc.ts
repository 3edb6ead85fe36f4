/**
 * What docs/rules.md says of the check `seasonal-shortfall`, beside its policy fragment and its catalog texts. Read by
 * scripts/rules-docs.ts only: the check itself does not import it, so it stays out of the bundle.
 */
import type { RuleDoc } from '../types.js';

export const doc: RuleDoc = {
  summary:
    'Month by month over the term, the surplus of the month against the new instalment, with a buffer carried from month to month: a short month is covered when what earlier months saved pays the difference, and not covered otherwise (the gap must come from outside the business).',
  formulas: [
    'net(k) = surplus(month of k) − instalment(k)',
    'buffer(k) = buffer(k−1) + net(k); shortfall when net(k) < 0, covered when buffer(k) ≥ 0; every month with buffer(k) < 0 is uncovered (the deficit is carried, never reset, until the surplus repays it; gap = how much further below 0 the month takes it)',
    'observed = Σ shortfall, expected = the part the buffer covers, deviation = the uncovered gap',
  ],
  inputs:
    '`loanRequest.amount`, `.termMonths`, `.monthlyRate`, `.method`, `.disbursementDate` (the analysis date when missing), `incomeStatement.months[].disposableSurplus`, `policy.capacity.openingBuffer` (the buffer before the first instalment: 0, or the balance sheet\'s cash + bank).',
  skippedWhen: 'the profile has no `loanRequest`.',
  workedExample:
    'A garment stall borrows 100,000 over 12 months at 1.29% (instalment 9,048.50) at the end of its peak: October leaves 32,000 − 9,048.50 = 22,951.50; November to January (−7,048.50 each) are covered by it, leaving 1,806.00; February (−8,000 − 9,048.50 = −17,048.50) is not covered, gap 17,048.50 − 1,806.00 = 15,242.50, nor is March (gap 7,048.50). Σ shortfall 4 × 7,048.50 + 17,048.50 = 45,242.50, of which 22,951.50 covered and 22,291.00 not: critical.',
  policy: ['capacity'],
  examples: ['capacity/seasonal-garment-trader.json', 'corpus/boat-owner-fishing.json'],
};
