/** hidden-debt: texts (zh). */
import type { CheckTexts } from '../../types.js';

export const hiddenDebt: CheckTexts = {
  title: '疑有表外负债',
  findings: {},
};
