/**
 * The policy fragment of the decision (docs/capacity.md, "The decision"): the completeness gates, what the
 * policy makes a decline, and what stands in for the figures the capacity needs when the profile leaves them out.
 */
import * as z from 'zod';
import { positiveDecimal } from '../profile/fields.js';
import { about } from '../profile/policy-parts.js';

/**
 * The completeness gates (what must have been done before any approval):
 * - `premises-visited`: the premises confirmed on a visit (visited, and the business seen operating or a lease / ownership papers);
 * - `key-figure-proofs`: each key figure, and each figure the capacity rests on (sales, loans), has policy.evidence.minimumKinds independent proofs;
 * - `talking-habit`: the officer judged the talking habit;
 * - `household-expenses`: the household and its expenses recorded;
 * - `sales-estimate`: at least one independent sales estimate (salesEstimates).
 */
export const GATE_IDS = ['premises-visited', 'key-figure-proofs', 'talking-habit', 'household-expenses', 'sales-estimate'] as const;
export type GateId = (typeof GATE_IDS)[number];

export const decisionPolicy = {
  decision: z
    .strictObject({
      gates: z
        .array(z.enum(GATE_IDS, { error: 'enum' }))
        .default(() => [...GATE_IDS])
        .meta(
          about(
            'The checks that must have run before any approval; while one is missing the recommendation is refer-back with the next visit\'s checklist. All five by default: the source calls confirming the premises "the basis of all investigation work" (是一切调查工作的基础) and any inference without two physical proofs "empty" (都是空的).',
          ),
        ),
      declineOn: z
        .array(z.string().regex(/^[A-Z][A-Z0-9_]*$/, { error: 'enum' }))
        .default(() => [])
        .meta(
          about(
            "Flag codes that decline the request when they fire critical, instead of referring it back. Empty: xcheck's choice, since an unsettled inconsistency sends the officer back (电话查漏补缺, a second visit); a bank lists here what it refuses outright.",
          ),
        ),
      householdMembers: z
        .int({ error: 'wholeNumber' })
        .min(1, { error: 'positive' })
        .default(3)
        .meta(
          about(
            "Without a household in the profile, its expenses are estimated as policy.household.minimumPerPerson (the region class's) times this many people, and approval waits until the officer records the figure. 3: a couple and a child, xcheck's choice (indicative).",
          ),
        ),
      estimatedInstalment: z
        .strictObject({
          termMonths: z
            .int({ error: 'wholeNumber' })
            .min(1, { error: 'positive' })
            .max(360, { error: 'termTooLong' })
            .default(12)
            .meta(
              about(
                "A loan without its monthly instalment and without a maturity date after the analysis date is taken as repaid over this many months. 12: private loans are mostly for a year (xcheck's choice, indicative).",
              ),
            ),
          monthlyRate: positiveDecimal
            .default('0.01')
            .meta(
              about(
                "Monthly interest on the balance added to the estimated instalment. 0.01 (一分利, 1% a month): a common private-lending rate (xcheck's choice, indicative; the courts' ceiling is four times the one-year LPR).",
              ),
            ),
        })
        .prefault({})
        .meta(
          about(
            'A loan without its monthly instalment: instalment = balance ÷ months left (to its maturity date, else termMonths) + balance × monthlyRate, noted in the report (instalment-estimated).',
          ),
        ),
    })
    .prefault({})
    .meta(about('The decision: completeness gates, policy declines, and the estimates that stand in for missing capacity figures (docs/capacity.md).')),
};
