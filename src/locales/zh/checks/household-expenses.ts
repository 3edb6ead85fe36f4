/** household-expenses: texts (zh). */
import type { CheckTexts } from '../../types.js';

export const householdExpenses: CheckTexts = {
  title: '家庭开支低于家庭人口的最低水平',
  findings: {},
};
