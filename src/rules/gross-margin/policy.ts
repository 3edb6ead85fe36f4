/** The policy fragment of the check `gross-margin`: its settings, each with its default and where that comes from. */
import * as z from 'zod';
import { boundedArray, fraction, LIST_LIMITS, text, positiveDecimal } from '../../profile/fields.js';
import { about, minNotAboveMax, warningNotAboveCritical } from '../../profile/policy-parts.js';

/** An industry's usual gross-margin range, for GROSS_MARGIN_INCONSISTENT (`min` not above `max`). */
export const industryMarginSchema = z
  .strictObject({
    match: text.meta(about('Matches when `business.industry` contains it (case-insensitive) or `business.kind` equals it.')),
    min: fraction.meta(about('The lowest usual gross margin of the industry (a fraction: 0.15 = 15%).')),
    max: fraction.meta(about('The highest usual gross margin of the industry; not below `min`.')),
    source: text.optional().meta(about("Where the range comes from (the bank's own portfolio, an industry survey).")),
  })
  .check(minNotAboveMax);

export const grossMarginPolicy = {
  grossMargin: z
    .strictObject({
      tolerance: fraction
        .default('0.05')
        .meta(about("Warning when two margins differ by more than this, in percentage points (0.05 = 5 points), not relative. xcheck's own choice.")),
      critical: positiveDecimal
        .default('0.1')
        .meta(
          about(
            "Critical when two margins differ, or the margin lies outside the industry range, by more than this many points. xcheck's own choice.",
          ),
        ),
      industries: boundedArray(industryMarginSchema, LIST_LIMITS.industries)
        .default([])
        .meta(
          about(
            'Usual gross-margin ranges by industry; the first entry that matches the business is used. Empty by default: no published range exists for the source\'s trades, so a bank enters its own.',
          ),
        ),
    })
    .check(warningNotAboveCritical('tolerance'))
    .prefault({})
    .meta(about('GROSS_MARGIN_INCONSISTENT: differences between gross margins, in percentage points.')),
};
