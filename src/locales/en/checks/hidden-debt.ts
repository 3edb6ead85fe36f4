/** hidden-debt: texts (en). */
import type { CheckTexts } from '../../types.js';

export const hiddenDebt: CheckTexts = {
  title: 'Signs of debt missing from the balance sheet',
  findings: {},
};
