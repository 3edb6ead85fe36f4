/**
 * What docs/rules.md says of the check `initial-capital`, beside its policy fragment and its catalog texts. Read by
 * scripts/rules-docs.ts only: the check itself does not import it, so it stays out of the bundle.
 */
import type { RuleDoc } from '../types.js';

export const doc: RuleDoc = {
  summary:
    'The capital put in at the start against what the owner\'s earlier history explains: savings from the years worked before, family support and declared borrowing. Money with no stated source was probably borrowed (social debt, 社会负债) and may still be owed.',
  formulas: [
    'savings = months worked × monthly savings (or × monthly income × savingsRate)',
    'explained = savings + family support + borrowed',
    'unexplained = capital − explained; relative = unexplained / capital',
  ],
  inputs:
    'The start event `history[kind=start]` (`amount`, `borrowed`, `date`), `owner.familySupport`, and when borrowing and family support leave more than the tolerance unexplained: `owner.workStartDate` and `owner.monthlySavings` (or `owner.monthlyIncome` × `policy.initialCapital.savingsRate`, default 0.3).',
  skippedWhen:
    'There is no start event with a positive amount, or savings are needed and `owner.workStartDate` or both `owner.monthlySavings` and `owner.monthlyIncome` are missing.',
  workedExample:
    'The source\'s apprentice put 500,000 into his business in 2005: 36 months worked (2002-03-01 → 2005-03-01) × 1,500 saved = 54,000 explained, no declared borrowing or family support: (500,000 − 54,000) / 500,000 = 89.20% unexplained, beyond the critical 30%. With the 300,000 borrowed and 150,000 from the family declared, (500,000 − 300,000 − 150,000) / 500,000 = 10%, not beyond the tolerance.',
  policy: ['initialCapital'],
  examples: ['rules/initial-capital-unexplained.json', 'corpus/pig-farmer-unexplained-start-capital.json'],
};
