/** The policy fragment of the check `household-expenses`: its settings, each with its default and where that comes from. */
import * as z from 'zod';
import { fraction, positiveDecimal, money } from '../../profile/fields.js';
import { about, warningNotAboveCritical } from '../../profile/policy-parts.js';
import { REGION_CLASSES } from '../../profile/observations.js';

/** Where each minimum comes from: nowhere yet, they are placeholders a bank must set. */
const PLACEHOLDER =
  "PLACEHOLDER (xcheck's own round figure, not from a source): a bank sets it from its region's statistics (the statistical bureau's per-capita consumption expenditure), never below the local minimum-living standard (低保).";

export const householdExpensesPolicy = {
  household: z
    .strictObject({
      minimumPerPerson: z
        .strictObject({
          city: money.default('1500').meta(about(`Minimum monthly household spending per person in a city. ${PLACEHOLDER}`)),
          town: money.default('1000').meta(about(`Minimum monthly household spending per person in a town. ${PLACEHOLDER}`)),
          rural: money.default('600').meta(about(`Minimum monthly household spending per person in the countryside. ${PLACEHOLDER}`)),
        })
        .prefault({})
        .meta(about('Minimum monthly household spending per person, by region class (CNY).')),
      defaultRegionClass: z
        .enum(REGION_CLASSES, { error: 'enum' })
        .default('town')
        .meta(
          about(
            "The region class used when the profile does not give `regionClass` (the finding marks it as a default). town: xcheck's choice, the middle one of the three.",
          ),
        ),
      tolerance: fraction
        .default('0')
        .meta(
          about("Warning when the shortfall (minimum − declared) ÷ minimum is above this. 0: any shortfall (xcheck's choice)."),
        ),
      critical: positiveDecimal
        .default('0.5')
        .meta(about("Critical when the shortfall is above this. 0.5: less than half the minimum (xcheck's choice).")),
    })
    .check(warningNotAboveCritical('tolerance'))
    .prefault({})
    .meta(about('HOUSEHOLD_EXPENSES_IMPLAUSIBLE: the declared household spending against a minimum per person.')),
};
