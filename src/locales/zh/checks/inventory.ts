/** inventory: texts (zh). */
import type { CheckTexts } from '../../types.js';

export const inventory: CheckTexts = {
  title: '存货与销售成本、备货水平不符',
  findings: {},
};
