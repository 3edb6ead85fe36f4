/** The policy fragment of the check `inventory`: its settings, defaults and where each default comes from. */
import * as z from 'zod';
import { fraction, positiveDecimal } from '../../profile/fields.js';
import { ceiling } from '../../profile/policy-parts.js';

export const inventoryPolicy = {
  /**
   * INVENTORY_INCONSISTENT. Stocking days: |(counted − expected) / expected|, 30% / 60% — wider than
   * receivables because stock swings with deliveries; xcheck's own choice. Months of sales: saleable
   * inventory ÷ average monthly sales above 3 (a quarter's sales on the shelf) warns, above 6 is critical;
   * xcheck's own choice (the source says only that stock is judged by the trade and its stocking habit).
   */
  inventory: z
    .strictObject({
      tolerance: fraction.default('0.3'),
      critical: positiveDecimal.default('0.6'),
      monthsOfSales: ceiling('3', '6'),
    })
    .prefault({}),
};
