/** The policy fragment of the check `sales-triangulation`: its settings, defaults and where each default comes from. */
import * as z from 'zod';
import { fraction, positiveDecimal, count } from '../../profile/fields.js';
import { band } from '../../profile/policy-parts.js';

export const salesTriangulationPolicy = {
  /**
   * SALES_TRIANGULATION: each estimate's |(declared − estimate) / declared| against the band, and the
   * least number of estimates that must agree. Deviation on the declared figure: DESIGN.md §6. 20% / 50%
   * are xcheck's own choice (as for receivables). Two agreeing estimates: the source's rule that every
   * inference rests on two or more concrete proofs (落实到2个或2个以上的具体实物).
   */
  salesTriangulation: z
    .strictObject({
      tolerance: fraction.default('0.2'),
      critical: positiveDecimal.default('0.5'),
      minAgreeing: count.default(2),
    })
    .prefault({}),
};
