/** household-expenses: texts (en). */
import type { CheckTexts } from '../../types.js';

export const householdExpenses: CheckTexts = {
  title: 'Household expenses below the minimum for the family',
  findings: {},
};
