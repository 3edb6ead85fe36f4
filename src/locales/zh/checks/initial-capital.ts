/** initial-capital: texts (zh). */
import type { CheckTexts } from '../../types.js';

export const initialCapital: CheckTexts = {
  title: '初始投入资金超出创业前积累',
  findings: {},
};
