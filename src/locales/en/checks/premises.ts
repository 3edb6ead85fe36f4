/** premises: texts (en). */
import type { PremisesLack, PremisesParams } from '../../../rules/premises/index.js';
import type { CheckTexts } from '../../types.js';

const LACKS: Readonly<Record<PremisesLack, string>> = {
  'not-visited': 'the premises were not visited',
  'no-tenure-proof': 'no lease or ownership proof',
  'not-observed': 'the business was not observed operating there',
};

export const premises: CheckTexts = {
  title: "Premises not confirmed as the applicant's business",
  labels: {
    visited: 'premises visited',
    tenureProof: 'lease or ownership proof',
    observedOperating: 'business observed operating there',
    tenure: 'tenure',
  },
  skips: {
    'no-premises-record': () => 'no site-visit record of the premises (premises)',
  },
  findings: {
    PREMISES_NOT_VERIFIED: (f) => {
      const p = f.params as unknown as PremisesParams;
      return {
        formula: 'confirmed = visited + (visited and lease or ownership proof) + (visited and business observed operating); verified when confirmed = 3',
        computation: `visited ${p.visited} + proof ${p.proof} + observed ${p.observed} = ${f.observed} of 3`,
        evidence: [
          "the lease (a stall lease where there is no business licence) or the ownership papers, in the applicant's name",
          'an unannounced visit during opening hours: the applicant at work, staff, stock, signboard',
          'rent receipts or utility bills for the address, and a word with the neighbours or the market office',
        ],
        questions: ['How long have you been at this place, and how did you come to rent or buy it?', 'Who else works here, and what does a normal day look like?'],
        message: `The premises are not confirmed as the applicant's business: ${p.lacking.map((l) => LACKS[l]).join('; ')}. Confirming the place is the basis of all the other checks.`,
      };
    },
  },
};
