/** production-capacity: texts (zh). */
import type { CheckTexts } from '../../types.js';

export const productionCapacity: CheckTexts = {
  title: '申报产量与现场生产能力不符',
  findings: {},
};
