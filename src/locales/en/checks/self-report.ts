/** self-report: texts (en). */
import type { CheckTexts } from '../../types.js';

export const selfReport: CheckTexts = {
  title: "Figures resting on the applicant's word adjusted for the talking habit",
  findings: {},
};
