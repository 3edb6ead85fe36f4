/** initial-capital: texts (en). */
import type { CheckTexts } from '../../types.js';

export const initialCapital: CheckTexts = {
  title: 'Initial capital larger than the earlier history explains',
  findings: {},
};
