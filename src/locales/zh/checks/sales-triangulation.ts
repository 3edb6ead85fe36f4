/** sales-triangulation: texts (zh). */
import type { CheckTexts } from '../../types.js';

export const salesTriangulation: CheckTexts = {
  title: '申报销售额与独立估算不符',
  findings: {},
};
