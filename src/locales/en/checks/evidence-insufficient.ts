/** evidence-insufficient: texts (en). */
import type { CheckTexts } from '../../types.js';

export const evidenceInsufficient: CheckTexts = {
  title: 'Key figures without two independent proofs',
  findings: {},
};
