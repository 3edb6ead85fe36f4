/** The policy fragment of the check `gross-margin`: its settings, defaults and where each default comes from. */
import * as z from 'zod';
import { fraction, text, positiveDecimal } from '../../profile/fields.js';
import { band } from '../../profile/policy-parts.js';

/** An industry's usual gross-margin range, for GROSS_MARGIN_INCONSISTENT. */
export const industryMarginSchema = z.strictObject({
  /** Matches when `business.industry` contains it (case-insensitive) or `business.kind` equals it. */
  match: text,
  min: fraction,
  max: fraction,
  /** Where the range comes from (a bank's own portfolio, an industry survey). */
  source: text.optional(),
});

export const grossMarginPolicy = {
  /**
   * GROSS_MARGIN_INCONSISTENT: differences between margins in percentage points (0.05 = 5 points), not
   * relative. 5 / 10 points: xcheck's own choice. `industries` is empty by default: no published band
   * exists for the source's trades, so a bank enters its own ranges.
   */
  grossMargin: z
    .strictObject({
      tolerance: fraction.default('0.05'),
      critical: positiveDecimal.default('0.1'),
      industries: z.array(industryMarginSchema).default([]),
    })
    .prefault({}),
};
