/** repayment-capacity: texts (en). */
import type { CheckTexts } from '../../types.js';

export const repaymentCapacity: CheckTexts = {
  title: 'Repayment capacity exceeded',
  findings: {},
};
