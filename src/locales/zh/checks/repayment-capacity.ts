/** repayment-capacity: texts (zh). */
import type { CheckTexts } from '../../types.js';

export const repaymentCapacity: CheckTexts = {
  title: '还款能力不足',
  findings: {},
};
