/**
 * The policy: every threshold and tolerance, each with a documented default (docs/rules.md says
 * where each default comes from). A bank tunes policy, never code. Validated like the profile:
 * strict objects, so a misspelt threshold is an error rather than a silently ignored setting.
 */
import * as z from 'zod';
import { fraction, positiveDecimal } from './fields.js';
import { relationshipPolicySchema } from './relationship.js';

/** A warning when |deviation| > tolerance, critical when |deviation| > critical. */
function band(tolerance: string, critical: string) {
  return z
    .strictObject({
      tolerance: fraction.default(tolerance),
      critical: positiveDecimal.default(critical),
    })
    .prefault({});
}

export const policySchema = z
  .strictObject({
    /**
     * Days in a year for turnover days. 360: the source counts a month as 30 days
     * (12,000,000 × 45 / 360 = 1,500,000) and IPC-derived systems do the same. 365 by choice.
     */
    dayBasis: z.union([z.literal(360), z.literal(365)], { error: 'dayBasis' }).default(360),
    /** Rounding to the fen: half-up (四舍五入, Chinese banks) or half-even (Apache Fineract's default). */
    rounding: z.enum(['half-up', 'half-even'], { error: 'enum' }).default('half-up'),
    /** RECEIVABLES_INCONSISTENT: |reported − expected| / expected. xcheck's own default; the source says only "about" (左右). */
    receivables: band('0.2', '0.5'),
    /** PAYABLES_INCONSISTENT: same bands as receivables. */
    payables: band('0.2', '0.5'),
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
    /** After the loan: deposit expectation, cost and yield, monitoring, contact calendar (docs/relationship.md). */
    relationship: relationshipPolicySchema,
  })
  .prefault({});

export type PolicyInput = z.input<typeof policySchema>;
export type Policy = z.output<typeof policySchema>;
export type Band = Policy['receivables'];

/** The default policy, fully resolved. */
export function defaultPolicy(): Policy {
  return policySchema.parse(undefined);
}

export function policyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(policySchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
