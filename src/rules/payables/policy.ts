/** The policy fragment of the check `payables`: its settings, each with its default and where that comes from. */
import { band } from '../../profile/policy-parts.js';

export const payablesPolicy = {
  /** PAYABLES_INCONSISTENT: a band on (reported − expected) / expected, as for receivables. */
  payables: band('0.2', '0.5', {
    tolerance: "xcheck's own choice, as for receivables (the source gives no tolerance).",
    critical: "xcheck's own choice, as for receivables.",
  }).meta({ description: 'PAYABLES_INCONSISTENT: the band on (reported − expected) / expected payables.' }),
};
