/** production-capacity: texts (en). */
import type { CheckTexts } from '../../types.js';

export const productionCapacity: CheckTexts = {
  title: 'Declared output against what the site can produce',
  findings: {},
};
