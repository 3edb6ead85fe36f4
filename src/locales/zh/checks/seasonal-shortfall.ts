/** seasonal-shortfall: texts (zh). */
import type { CheckTexts } from '../../types.js';

export const seasonalShortfall: CheckTexts = {
  title: '淡季月份盈余不足以支付月供',
  findings: {},
};
