/** gross-margin: texts (en). */
import type { CheckTexts } from '../../types.js';

export const grossMargin: CheckTexts = {
  title: 'Gross margin does not agree with products, purchases or the trade',
  findings: {},
};
