/**
 * What docs/rules.md says of the check `household-expenses`, beside its policy fragment and its catalog texts. Read by
 * scripts/rules-docs.ts only: the check itself does not import it, so it stays out of the bundle.
 */
import type { RuleDoc } from '../types.js';

export const doc: RuleDoc = {
  summary:
    "Declared monthly household spending against a minimum for the family's size and region. Understated household spending inflates the disposable surplus the loan would be repaid from; only a shortfall flags.",
  formulas: ['minimum = minimumPerPerson[region class] × members', 'deviation = (declared − minimum) / minimum'],
  inputs:
    '`household.monthlyExpenses`, `household.members`, `regionClass` (else `policy.household.defaultRegionClass`, `town`, marked defaulted).',
  skippedWhen: 'there is no `household`, or it has no members.',
  workedExample:
    'A noodle-shop owner in a city lives with spouse and two children and declares 2,500 a month: 1,500 × 4 = 6,000; (2,500 − 6,000) / 6,000 = −58.33%, a shortfall beyond the critical 50%.',
  policy: ['household'],
  examples: ['rules/household-expenses.json'],
};
