/** The policy fragment of the check `equity-gap`: its settings, defaults and where each default comes from. */
import * as z from 'zod';
import { fraction, positiveDecimal } from '../../profile/fields.js';

export const equityGapPolicy = {
  /** EQUITY_RECONCILIATION_GAP. */
  equity: z
    .strictObject({
      /**
       * since-start: from the capital put in at the start (the whole history);
       * since-opening-equity: from the equity recorded at an earlier analysis (profile.openingEquity),
       * usually the last 12 months, one loan cycle.
       */
      window: z.enum(['since-start', 'since-opening-equity'], { error: 'enum' }).default('since-start'),
      /** What the gap is divided by: balance-sheet equity, or the profits over the period. */
      denominator: z.enum(['equity', 'profits'], { error: 'enum' }).default('equity'),
      tolerance: fraction.default('0.1'),
      critical: positiveDecimal.default('0.25'),
    })
    .prefault({}),
};
