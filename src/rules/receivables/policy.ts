/** The policy fragment of the check `receivables`: its settings, each with its default and where that comes from. */
import { band } from '../../profile/policy-parts.js';

export const receivablesPolicy = {
  /** RECEIVABLES_INCONSISTENT: a band on (reported − expected) / expected. */
  receivables: band('0.2', '0.5', {
    tolerance: 'xcheck\'s own choice: the source says only that receivables should be "about" (左右) the figure the turnover gives, and no published tolerance exists.',
    critical: "xcheck's own choice (the source gives none).",
  }).meta({ description: 'RECEIVABLES_INCONSISTENT: the band on (reported − expected) / expected receivables.' }),
};
