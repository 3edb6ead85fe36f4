/** The policy fragment of the check `dated-equity`: its settings, each with its default and where that comes from. */
import * as z from 'zod';
import { fraction, positiveDecimal } from '../../profile/fields.js';
import { about, warningNotAboveCritical } from '../../profile/policy-parts.js';

export const datedEquityPolicy = {
  datedEquity: z
    .strictObject({
      tolerance: fraction
        .default('0.1')
        .meta(
          about(
            "Warning when a withdrawal's shortfall ÷ the part of it the equity had to fund is above this. 10%: the equity reconciliation's own \"basically agrees\" figure (policy.equity.tolerance), since the running equity rests on the same rough profit figures; xcheck's choice.",
          ),
        ),
      critical: positiveDecimal
        .default('0.5')
        .meta(
          about(
            "Critical when the shortfall ÷ the part to fund is above this (at most a warning when the profits are not dated and the walk estimates them from today's P&L): more than half of it paid with money the history does not show. xcheck's choice: profits spread evenly over a long period make smaller shortfalls a question rather than a finding of debt.",
          ),
        ),
      lenderWindowMonths: z
        .int({ error: 'wholeNumber' })
        .min(0, { error: 'nonNegative' })
        .default(12)
        .meta(
          about(
            "The flag names as lenders to ask about the event's own lender and every loan whose start date is within this many months of the event (or unknown). 12: a year either side, xcheck's choice.",
          ),
        ),
    })
    .check(warningNotAboveCritical('tolerance'))
    .prefault({})
    .meta(about('EQUITY_EVENT_UNFUNDED: a withdrawal (a purchase) the running equity at its date could not fund.')),
};
