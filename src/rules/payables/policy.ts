/** The policy fragment of the check `payables`: its settings, defaults and where each default comes from. */
import { band } from '../../profile/policy-parts.js';

export const payablesPolicy = {
  /** PAYABLES_INCONSISTENT: same bands as receivables. */
  payables: band('0.2', '0.5'),
};
