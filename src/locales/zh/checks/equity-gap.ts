/** equity-gap: texts (zh). */
import type { CheckTexts } from '../../types.js';

export const equityGap: CheckTexts = {
  title: '权益与经营履历推算不符',
  findings: {},
};
