/** inventory: texts (en). */
import type { CheckTexts } from '../../types.js';

export const inventory: CheckTexts = {
  title: 'Inventory against cost of sales and stocking habit',
  findings: {},
};
