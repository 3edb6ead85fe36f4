/** Building blocks of the policy's fragments: bands, ceilings, floors and a severity setting. */
import * as z from 'zod';
import { fraction, money, positiveDecimal } from './fields.js';

export const severity = z.enum(['info', 'warning', 'critical'], { error: 'enum' });

/** A warning when |deviation| > tolerance, critical when |deviation| > critical. */
export function band(tolerance: string, critical: string) {
  return z
    .strictObject({
      tolerance: fraction.default(tolerance),
      critical: positiveDecimal.default(critical),
    })
    .prefault({});
}

/** An upper limit on a ratio: a warning when the ratio is above `max`, critical above `critical`. */
export function ceiling(max: string, critical: string) {
  return z
    .strictObject({ max: positiveDecimal.default(max), critical: positiveDecimal.default(critical) })
    .prefault({});
}

/** A lower limit on a ratio: a warning when the ratio is below `min`, critical below `critical`. */
export function floor(min: string, critical: string) {
  return z.strictObject({ min: money.default(min), critical: money.default(critical) }).prefault({});
}
