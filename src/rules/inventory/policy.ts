/** The policy fragment of the check `inventory`: its settings, each with its default and where that comes from. */
import * as z from 'zod';
import { fraction, positiveDecimal } from '../../profile/fields.js';
import { about, ceiling, warningNotAboveCritical } from '../../profile/policy-parts.js';

export const inventoryPolicy = {
  inventory: z
    .strictObject({
      tolerance: fraction
        .default('0.3')
        .meta(
          about(
            "Warning when the stocking-days deviation |(counted − expected) ÷ expected| is above this. 30%: xcheck's own choice, wider than receivables because stock swings with deliveries (the source says only that stock is judged by the trade and its stocking habit).",
          ),
        ),
      critical: positiveDecimal.default('0.6').meta(about("Critical when the stocking-days deviation is above this. xcheck's own choice.")),
      monthsOfSales: ceiling('3', '6', {
        warning: "3: a quarter's sales on the shelf (xcheck's own choice).",
        critical: "xcheck's own choice.",
      }).meta(about('Saleable inventory ÷ average monthly sales.')),
    })
    .check(warningNotAboveCritical('tolerance'))
    .prefault({})
    .meta(about('INVENTORY_INCONSISTENT: the counted stock against the stocking days and the months of sales.')),
};
