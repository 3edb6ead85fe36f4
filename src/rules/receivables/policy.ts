/** The policy fragment of the check `receivables`: its settings, defaults and where each default comes from. */
import { band } from '../../profile/policy-parts.js';

export const receivablesPolicy = {
  /** RECEIVABLES_INCONSISTENT: |reported − expected| / expected. xcheck's own default; the source says only "about" (左右). */
  receivables: band('0.2', '0.5'),
};
