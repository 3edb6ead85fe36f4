/** gross-margin: texts (zh). */
import type { CheckTexts } from '../../types.js';

export const grossMargin: CheckTexts = {
  title: '毛利率与产品、进货或行业水平不符',
  findings: {},
};
