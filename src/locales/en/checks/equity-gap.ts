/** equity-gap: texts (en). */
import type { CheckTexts } from '../../types.js';

export const equityGap: CheckTexts = {
  title: 'Equity does not reconcile with the business history',
  findings: {},
};
