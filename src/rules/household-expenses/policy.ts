/** The policy fragment of the check `household-expenses`: its settings, defaults and where each default comes from. */
import * as z from 'zod';
import { fraction, positiveDecimal, money } from '../../profile/fields.js';
import { floor } from '../../profile/policy-parts.js';
import { REGION_CLASSES } from '../../profile/observations.js';

export const householdExpensesPolicy = {
  /**
   * HOUSEHOLD_EXPENSES_IMPLAUSIBLE. Minimum monthly household spending per person by region class.
   * PLACEHOLDERS (xcheck's own round figures, not from a source): a bank must set them from its
   * region's statistics (the statistical bureau's per-capita consumption expenditure; the local
   * minimum-living standard 低保 as an absolute floor). Shortfall = (minimum − declared) / minimum:
   * a warning beyond 0 (any shortfall), critical beyond 50% (less than half the minimum).
   */
  household: z
    .strictObject({
      minimumPerPerson: z
        .strictObject({
          city: money.default('1500'),
          town: money.default('1000'),
          rural: money.default('600'),
        })
        .prefault({}),
      /** Used when the profile does not give `regionClass` (the flag marks it as a default). */
      defaultRegionClass: z.enum(REGION_CLASSES, { error: 'enum' }).default('town'),
      tolerance: fraction.default('0'),
      critical: positiveDecimal.default('0.5'),
    })
    .prefault({}),
};
