/** premises: texts (en). */
import type { CheckTexts } from '../../types.js';

export const premises: CheckTexts = {
  title: "Premises not confirmed as the applicant's business",
  findings: {},
};
