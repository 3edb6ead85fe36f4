/**
 * Building blocks of the policy's fragments: bands, ceilings, floors, a severity setting, and the
 * cross-field checks that keep a band's two levels in order.
 *
 * Every setting carries a description (zod's `.meta({ description })`): what it decides and where its
 * default comes from (the source text, common practice, or xcheck's own choice), said once. The policy's
 * JSON Schema (`policyJsonSchema()`) carries them, and docs/rules.md prints them beside each default.
 */
import * as z from 'zod';
import { isDecimalValue, fraction, money, positiveDecimal } from './fields.js';
import { toDecimal } from '../money/index.js';

export const severity = z.enum(['info', 'warning', 'critical'], { error: 'enum' });

/** A setting's documentation: what it decides and where its default comes from. */
export function about(description: string): { description: string } {
  return { description };
}

/**
 * `a > b` for two policy values, or false when either is not a decimal (its own format error is reported
 * already, at its own path). Decimals, not floats: `0.30000000000000001` is above `0.3`.
 */
function above(a: unknown, b: unknown): boolean {
  return isDecimalValue(a) && isDecimalValue(b) && toDecimal(a).greaterThan(toDecimal(b));
}

/** What a cross-field check sees: the object's parsed value and the issues its fields raised so far. */
type Payload<T> = z.core.ParsePayload<T>;

/** Adds an order issue at `field`, its message an error key of the catalog (`bandOrder`, `rangeOrder`). */
function orderIssue(ctx: Payload<object>, key: 'bandOrder' | 'rangeOrder', field: string, input: unknown): void {
  ctx.issues.push({ code: 'custom', message: key, path: [field], input });
}

/**
 * The order of a band's or a ceiling's two levels: the warning level (`tolerance`, `max`) must not be above
 * the critical one, or the critical level would be reached before the warning one (equal is allowed: then
 * there is no warning band). Reported at the warning level's path under the key `bandOrder`; not checked
 * when a field of the object is itself wrong (its own error says so).
 */
export function warningNotAboveCritical<K extends string>(warning: K) {
  return (ctx: Payload<{ readonly [k in K | 'critical']: unknown }>): void => {
    if (ctx.issues.length === 0 && above(ctx.value[warning], ctx.value.critical)) orderIssue(ctx, 'bandOrder', warning, ctx.value[warning]);
  };
}

/** A floor's two levels: the warning level `min` must not be below the critical one. Key `bandOrder`, at `min`. */
export function minNotBelowCritical(ctx: Payload<{ readonly min: unknown; readonly critical: unknown }>): void {
  if (ctx.issues.length === 0 && above(ctx.value.critical, ctx.value.min)) orderIssue(ctx, 'bandOrder', 'min', ctx.value.min);
}

/** A range's bounds: `min` must not be above `max` (equal is a single value). Key `rangeOrder`, at `min`. */
export function minNotAboveMax(ctx: Payload<{ readonly min: unknown; readonly max: unknown }>): void {
  if (ctx.issues.length === 0 && above(ctx.value.min, ctx.value.max)) orderIssue(ctx, 'rangeOrder', 'min', ctx.value.min);
}

/** Where a band's defaults come from, one description per level. */
export interface BandDocs {
  readonly tolerance: string;
  readonly critical: string;
}

/**
 * A band on a relative deviation: no finding while |deviation| ≤ tolerance, a warning beyond it, critical
 * beyond `critical`. `docs` says where each default comes from.
 */
export function band(tolerance: string, critical: string, docs: BandDocs) {
  return z
    .strictObject({
      tolerance: fraction.default(tolerance).meta(about(`Warning when |deviation| is above this. ${docs.tolerance}`)),
      critical: positiveDecimal.default(critical).meta(about(`Critical when |deviation| is above this. ${docs.critical}`)),
    })
    .check(warningNotAboveCritical('tolerance'))
    .prefault({});
}

/** Where a ceiling's or a floor's defaults come from, one description per level. */
export interface LimitDocs {
  readonly warning: string;
  readonly critical: string;
}

/** An upper limit on a ratio: a warning when the ratio is above `max`, critical above `critical`. */
export function ceiling(max: string, critical: string, docs: LimitDocs) {
  return z
    .strictObject({
      max: positiveDecimal.default(max).meta(about(`Warning when the ratio is above this. ${docs.warning}`)),
      critical: positiveDecimal.default(critical).meta(about(`Critical when the ratio is above this. ${docs.critical}`)),
    })
    .check(warningNotAboveCritical('max'))
    .prefault({});
}

/** A lower limit on a ratio: a warning when the ratio is below `min`, critical below `critical`. */
export function floor(min: string, critical: string, docs: LimitDocs) {
  return z
    .strictObject({
      min: money.default(min).meta(about(`Warning when the ratio is below this. ${docs.warning}`)),
      critical: money.default(critical).meta(about(`Critical when the ratio is below this. ${docs.critical}`)),
    })
    .check(minNotBelowCritical)
    .prefault({});
}
