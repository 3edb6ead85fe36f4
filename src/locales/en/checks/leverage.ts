/** leverage: texts (en). */
import type { CheckTexts } from '../../types.js';

export const leverage: CheckTexts = {
  title: 'Debt high against equity or sales',
  findings: {},
};
