/** seasonal-shortfall: texts (en). */
import type { CheckTexts } from '../../types.js';

export const seasonalShortfall: CheckTexts = {
  title: 'Instalment not covered by the month’s surplus',
  findings: {},
};
