/**
 * The policy: every threshold and tolerance, each with a documented default. Each setting's description
 * (`.meta({ description })`, carried by the JSON Schema and printed in docs/rules.md) says what it decides and
 * where its default comes from; the checks' settings live in their fragments (src/rules/<id>/policy.ts).
 * A bank tunes policy, never code. Validated like the profile:
 * strict objects, so a misspelt threshold is an error rather than a silently ignored setting.
 */
import * as z from 'zod';
import { fraction, money, positiveDecimal } from './fields.js';
import { about } from './policy-parts.js';
import { industryMarginSchema } from '../rules/gross-margin/policy.js';
import { relationshipPolicySchema } from './relationship.js';
import { receivablesPolicy } from '../rules/receivables/policy.js';
import { payablesPolicy } from '../rules/payables/policy.js';
import { equityGapPolicy } from '../rules/equity-gap/policy.js';
import { evidenceInsufficientPolicy } from '../rules/evidence-insufficient/policy.js';
import { selfReportPolicy } from '../rules/self-report/policy.js';
import { initialCapitalPolicy } from '../rules/initial-capital/policy.js';
import { hiddenDebtPolicy } from '../rules/hidden-debt/policy.js';
import { premisesPolicy } from '../rules/premises/policy.js';
import { salesTriangulationPolicy } from '../rules/sales-triangulation/policy.js';
import { productionCapacityPolicy } from '../rules/production-capacity/policy.js';
import { grossMarginPolicy } from '../rules/gross-margin/policy.js';
import { inventoryPolicy } from '../rules/inventory/policy.js';
import { householdExpensesPolicy } from '../rules/household-expenses/policy.js';
import { leveragePolicy } from '../rules/leverage/policy.js';
import { liquidityPolicy } from '../rules/liquidity/policy.js';
import { industryPolicy } from '../industry/policy.js';
import { stockCountPolicy } from '../stock/policy.js';
import { conditionsPolicy } from '../conditions/policy.js';
import { cashModelPolicy } from '../capacity/policy.js';
import { householdBalancePolicy } from '../rules/household-balance/policy.js';
import { creditReportPolicy } from '../rules/credit-report/policy.js';
import { guarantorsPolicy } from '../rules/guarantors/policy.js';
import { collateralPolicy } from '../rules/collateral/policy.js';
import { softInformationPolicy } from '../rules/soft-information/policy.js';
import { decisionPolicy } from '../decision/policy.js';
import { datedEquityPolicy } from '../rules/dated-equity/policy.js';

export const policySchema = z
  .strictObject({
    dayBasis: z
      .union([z.literal(360), z.literal(365)], { error: 'dayBasis' })
      .default(360)
      .meta(
        about(
          'Days in a year for turnover days (receivables, payables, stocking days). 360: the source counts a month as 30 days (12,000,000 × 45 / 360 = 1,500,000) and IPC-derived systems do the same; 365 by choice.',
        ),
      ),
    rounding: z
      .enum(['half-up', 'half-even'], { error: 'enum' })
      .default('half-up')
      .meta(
        about(
          'How figures are rounded to the fen when written (they are computed exactly). half-up: 四舍五入, as Chinese banks round; half-even (Apache Fineract\'s default) by choice.',
        ),
      ),
    failClosed: z
      .boolean({ error: 'boolean' })
      .default(true)
      .meta(
        about(
          "When a check throws (a bug in xcheck or in a custom check; the check is reported as skipped with rule-error), the recommendation is refer-back (no amount) instead of a decision taken without that check's flags. true: xcheck's choice, since an analysis missing a check could approve a loan the check would have blocked; false: the decision is taken from the checks that ran, as earlier versions did.",
        ),
      ),
    ...receivablesPolicy,
    ...payablesPolicy,
    ...equityGapPolicy,
    ...evidenceInsufficientPolicy,
    ...selfReportPolicy,
    ...initialCapitalPolicy,
    ...hiddenDebtPolicy,
    ...premisesPolicy,
    ...salesTriangulationPolicy,
    ...productionCapacityPolicy,
    ...grossMarginPolicy,
    ...inventoryPolicy,
    ...householdExpensesPolicy,
    ...leveragePolicy,
    ...liquidityPolicy,
    ...industryPolicy,
    ...stockCountPolicy,
    ...conditionsPolicy,
    ...cashModelPolicy,
    ...householdBalancePolicy,
    ...creditReportPolicy,
    ...guarantorsPolicy,
    ...collateralPolicy,
    ...softInformationPolicy,
    ...decisionPolicy,
    ...datedEquityPolicy,
    /** After the loan: deposit expectation, cost and yield, monitoring, contact calendar (docs/relationship.md). */
    relationship: relationshipPolicySchema,
    capacity: z
      .strictObject({
        limit: fraction
          .refine((v) => (typeof v === 'number' ? v > 0 : !/^0(?:\.0+)?$/.test(v)), { error: 'positive' })
          .default('0.7')
          .meta(
            about(
              "REPAYMENT_CAPACITY_EXCEEDED: the largest share of the monthly disposable surplus (before the new loan) the new instalment may take; above 0. 0.7: common lender practice; 0.5 is India's central bank's limit for micro-loans.",
            ),
          ),
        basis: z
          .enum(['worst-month', 'whole-term'], { error: 'enum' })
          .default('worst-month')
          .meta(
            about(
              'Where the limit holds. worst-month: in every month of the term (conservative, xcheck\'s choice); whole-term: Σ instalments ÷ Σ surplus over the term, for seasonal businesses whose peak carries the trough.',
            ),
          ),
        openingBuffer: z
          .enum(['none', 'cash-and-bank'], { error: 'enum' })
          .default('none')
          .meta(
            about(
              "Where the cash buffer carried from month to month (SEASONAL_SHORTFALL) starts. none (0, xcheck's choice): the cash and bank at the analysis date are the working capital that buys the stock the P&L's sales need, so counting them again would double count; cash-and-bank: the balance sheet's cash + bank.",
            ),
          ),
        roundingMultiple: positiveDecimal
          .default('1000')
          .meta(about('The recommended amount is rounded down to a multiple of this. 1,000: a round sum, as banks offer (xcheck\'s choice).')),
        minimumAmount: money
          .default('2000')
          .meta(about('Below this amount the recommendation is to decline. 2,000: the smallest loans of the source.')),
        alternativeTerms: z
          .array(z.int({ error: 'wholeNumber' }).min(1, { error: 'positive' }).max(360, { error: 'termTooLong' }))
          .default(() => [6, 12, 18, 24])
          .meta(about('Terms in months for which the recommendation gives the largest affordable amount. 6, 12, 18, 24: the source\'s loans are mostly one year (xcheck\'s choice around it).')),
      })
      .prefault({})
      .meta(about('Repayment capacity, the recommendation and the seasonal buffer (docs/capacity.md).')),
  })
  .prefault({});

export type PolicyInput = z.input<typeof policySchema>;
export type Policy = z.output<typeof policySchema>;
export type Band = Policy['receivables'];
export type Ceiling = Policy['leverage']['liabilitiesToEquity'];
export type Floor = Policy['liquidity']['currentRatio'];
export type IndustryMargin = z.output<typeof industryMarginSchema>;
export { industryMarginSchema };

/** The default policy, fully resolved. */
export function defaultPolicy(): Policy {
  return policySchema.parse(undefined);
}

export function policyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(policySchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
