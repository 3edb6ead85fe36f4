/** The policy fragment of the check `sales-triangulation`: its settings, each with its default and where that comes from. */
import * as z from 'zod';
import { fraction, positiveDecimal, count } from '../../profile/fields.js';
import { about, warningNotAboveCritical } from '../../profile/policy-parts.js';

export const salesTriangulationPolicy = {
  salesTriangulation: z
    .strictObject({
      tolerance: fraction
        .default('0.2')
        .meta(
          about(
            "Warning when an estimate's |(declared − estimate) ÷ declared| is above this (the deviation is on the declared figure, the one under test). xcheck's own choice, as for receivables.",
          ),
        ),
      critical: positiveDecimal.default('0.5').meta(about("Critical when an estimate's deviation is above this. xcheck's own choice, as for receivables.")),
      minAgreeing: count
        .default(2)
        .meta(
          about(
            'The least number of estimates that must agree with the declared sales. 2: the source\'s rule that every inference rests on two or more concrete proofs (落实到2个或2个以上的具体实物).',
          ),
        ),
    })
    .check(warningNotAboveCritical('tolerance'))
    .prefault({})
    .meta(about('SALES_TRIANGULATION: the declared sales against independent estimates.')),
};
