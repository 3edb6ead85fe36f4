/** sales-triangulation: texts (en). */
import type { CheckTexts } from '../../types.js';

export const salesTriangulation: CheckTexts = {
  title: 'Declared sales against independent estimates',
  findings: {},
};
