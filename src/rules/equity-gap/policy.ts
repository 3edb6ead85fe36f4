/** The policy fragment of the check `equity-gap`: its settings, each with its default and where that comes from. */
import * as z from 'zod';
import { fraction, positiveDecimal } from '../../profile/fields.js';
import { about, warningNotAboveCritical } from '../../profile/policy-parts.js';

export const equityGapPolicy = {
  equity: z
    .strictObject({
      window: z
        .enum(['since-start', 'since-opening-equity'], { error: 'enum' })
        .default('since-start')
        .meta(
          about(
            "The period reconciled. since-start (xcheck's default: the whole history, as the source reconciles it): from the capital put in at the start; since-opening-equity: from the equity recorded at an earlier analysis (profile.openingEquity), usually the last 12 months, one loan cycle.",
          ),
        ),
      denominator: z
        .enum(['equity', 'profits'], { error: 'enum' })
        .default('equity')
        .meta(
          about(
            "What the gap is divided by: balance-sheet equity (xcheck's default) or the profits over the period. IPC-derived systems differ on it, so it is policy; the report gives both shares.",
          ),
        ),
      tolerance: fraction
        .default('0.1')
        .meta(
          about(
            'Warning when |gap| ÷ denominator is above this. 10%: the figure commonly used as "basically agrees" (基本相符) in IPC-style training; xcheck\'s documented choice, not a published standard.',
          ),
        ),
      critical: positiveDecimal.default('0.25').meta(about("Critical when |gap| ÷ denominator is above this. xcheck's own choice.")),
    })
    .check(warningNotAboveCritical('tolerance'))
    .prefault({})
    .meta(about('EQUITY_RECONCILIATION_GAP (and the equity-gap signal of HIDDEN_DEBT_SUSPECTED): the equity reconciliation.')),
};
