/** liquidity: texts (en). */
import type { CheckTexts } from '../../types.js';

export const liquidity: CheckTexts = {
  title: 'Current assets short of current liabilities',
  findings: {},
};
