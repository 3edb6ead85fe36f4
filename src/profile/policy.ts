/**
 * The policy: every threshold and tolerance, each with a documented default (docs/rules.md says
 * where each default comes from). A bank tunes policy, never code. Validated like the profile:
 * strict objects, so a misspelt threshold is an error rather than a silently ignored setting.
 */
import * as z from 'zod';
import { count, fraction, money, positiveDecimal, text } from './fields.js';
import { REGION_CLASSES } from './observations.js';

const severity = z.enum(['info', 'warning', 'critical'], { error: 'enum' });
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

/** An upper limit on a ratio: a warning when the ratio is above `max`, critical above `critical`. */
function ceiling(max: string, critical: string) {
  return z
    .strictObject({ max: positiveDecimal.default(max), critical: positiveDecimal.default(critical) })
    .prefault({});
}

/** A lower limit on a ratio: a warning when the ratio is below `min`, critical below `critical`. */
function floor(min: string, critical: string) {
  return z.strictObject({ min: money.default(min), critical: money.default(critical) }).prefault({});
}

/** An industry's usual gross-margin range, for GROSS_MARGIN_INCONSISTENT. */
export const industryMarginSchema = z.strictObject({
  /** Matches when `business.industry` contains it (case-insensitive) or `business.kind` equals it. */
  match: text,
  min: fraction,
  max: fraction,
  /** Where the range comes from (a bank's own portfolio, an industry survey). */
  source: text.optional(),
});

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
    /**
     * EVIDENCE_INSUFFICIENT. The source: every inference rests on "two or more" concrete proofs
     * (2个到2个以上的具体实物), otherwise it "is empty" (否则都是空的): hence 2 independent kinds, and
     * critical when a figure rests on none at all.
     */
    evidence: z
      .strictObject({
        /** Independent kinds of proof each key figure needs. Default 2 (the source). */
        minimumKinds: z.int({ error: 'wholeNumber' }).min(1, { error: 'positive' }).default(2),
        /** Critical when a figure has fewer independent kinds than this. Default 1: nothing but the applicant's word. */
        criticalBelow: z.int({ error: 'wholeNumber' }).min(0, { error: 'nonNegative' }).default(1),
        /**
         * When true, documents count only if collected on site (`collectedOnSite: true`); the officer's own
         * observation and third-party confirmations always count. Default false (xcheck's choice): the source
         * recommends collecting on site but also accepts papers the applicant prepared (第一步，先让其准备基础资料).
         */
        documentsOnSiteOnly: z.boolean({ error: 'boolean' }).default(false),
      })
      .prefault({}),
    /**
     * Talking habit (说话习惯): the factor applied to favourable figures (sales, receivables, inventory, cash
     * and bank) that rest only on the applicant's word, before the other checks run. The source says only
     * "adjust appropriately" (适当调整); the factors are xcheck's choice. Cautious is 1 by default: prudence,
     * xcheck does not raise a figure on the applicant's word alone (a bank may set e.g. 1.1).
     */
    selfReport: z
      .strictObject({
        exaggerating: positiveDecimal.default('0.8'),
        neutral: positiveDecimal.default('1'),
        cautious: positiveDecimal.default('1'),
      })
      .prefault({}),
    /**
     * INITIAL_CAPITAL_UNEXPLAINED: unexplained share = (capital − savings − family support − borrowed) / capital.
     * Bands are xcheck's choice (the source gives none): 10% as for the equity reconciliation, critical at 30%.
     */
    initialCapital: z
      .strictObject({
        tolerance: fraction.default('0.1'),
        critical: positiveDecimal.default('0.3'),
        /**
         * Share of the monthly income saved when the profile gives income but not savings. Default 0.3:
         * xcheck's choice, of the order of what Chinese households saved of their disposable income in the
         * 2000s (roughly a quarter to a third); a bank sets its own.
         */
        savingsRate: fraction.default('0.3'),
      })
      .prefault({}),
    /**
     * HIDDEN_DEBT_SUSPECTED. A purchase is large when it is at least max(largePurchaseMinimum,
     * largePurchaseShareOfProfit × |annual business profit|). Defaults are xcheck's choice: half a year's
     * business profit cannot come out of one year's retained profit after household spending without
     * savings or debt, and 50,000 keeps small equipment out. The equity-gap signal uses policy.equity's bands.
     */
    hiddenDebt: z
      .strictObject({
        largePurchaseShareOfProfit: fraction.default('0.5'),
        largePurchaseMinimum: money.default('50000'),
        /** Severity of a large purchase without a stated source of funds. */
        unfundedPurchase: severity.default('warning'),
        /** Severity of a borrowing named in the history, not repaid, and absent from the loans. */
        missingLoan: severity.default('critical'),
      })
      .prefault({}),
    /**
     * PREMISES_NOT_VERIFIED. The source: confirming the premises is "the basis of all investigation work"
     * (这是一切调查工作的基础), so no visit, or neither tenure proof nor observation, is critical by default.
     */
    premises: z
      .strictObject({
        notVisited: severity.default('critical'),
        /** Visited, but neither proof of tenure nor the business observed operating. */
        unconfirmed: severity.default('critical'),
        /** Visited, and only one of the two (proof of tenure, business observed operating). */
        partlyConfirmed: severity.default('warning'),
      })
      .prefault({}),
    /**
     * SALES_TRIANGULATION: each estimate's |(declared − estimate) / declared| against the band, and the
     * least number of estimates that must agree. Deviation on the declared figure: DESIGN.md §6. 20% / 50%
     * are xcheck's own choice (as for receivables). Two agreeing estimates: the source's rule that every
     * inference rests on two or more concrete proofs (落实到2个或2个以上的具体实物).
     */
    salesTriangulation: z
      .strictObject({
        tolerance: fraction.default('0.2'),
        critical: positiveDecimal.default('0.5'),
        minAgreeing: count.default(2),
      })
      .prefault({}),
    /** PRODUCTION_CAPACITY: |(declared units − implied units) / declared units|. xcheck's own choice. */
    productionCapacity: band('0.2', '0.5'),
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
    /**
     * INVENTORY_INCONSISTENT. Stocking days: |(counted − expected) / expected|, 30% / 60% — wider than
     * receivables because stock swings with deliveries; xcheck's own choice. Months of sales: saleable
     * inventory ÷ average monthly sales above 3 (a quarter's sales on the shelf) warns, above 6 is critical;
     * xcheck's own choice (the source says only that stock is judged by the trade and its stocking habit).
     */
    inventory: z
      .strictObject({
        tolerance: fraction.default('0.3'),
        critical: positiveDecimal.default('0.6'),
        monthsOfSales: ceiling('3', '6'),
      })
      .prefault({}),
    /**
     * HOUSEHOLD_EXPENSES_IMPLAUSIBLE. Minimum monthly household spending per person by region class.
     * PLACEHOLDERS (xcheck's own round figures, not from a source): a bank must set them from its
     * region's statistics (the statistical bureau's per-capita consumption expenditure; the local
     * minimum-living standard 低保 as an absolute floor). Shortfall = (minimum − declared) / minimum:
     * a warning beyond 0 (any shortfall), critical beyond 50% (less than half the minimum).
     */
    household: z
      .strictObject({
        minimumPerPerson: z
          .strictObject({
            city: money.default('1500'),
            town: money.default('1000'),
            rural: money.default('600'),
          })
          .prefault({}),
        /** Used when the profile does not give `regionClass` (the flag marks it as a default). */
        defaultRegionClass: z.enum(REGION_CLASSES, { error: 'enum' }).default('town'),
        tolerance: fraction.default('0'),
        critical: positiveDecimal.default('0.5'),
      })
      .prefault({}),
    /**
     * LEVERAGE_HIGH: liabilities ÷ equity above 1 warns (the applicant owes more than they own), above 2
     * is critical; (existing + requested loans) ÷ average monthly sales above 3 months warns, above 6 is
     * critical. xcheck's own choice.
     */
    leverage: z
      .strictObject({
        liabilitiesToEquity: ceiling('1', '2'),
        debtToMonthlySales: ceiling('3', '6'),
      })
      .prefault({}),
    /**
     * LIQUIDITY_LOW: current ratio below 1 warns, below 0.7 critical; quick ratio below 0.5 warns, below
     * 0.3 critical. xcheck's own choice (common credit-analysis rules of thumb put the current ratio
     * comfortably above 1; micro-enterprise liabilities are all treated as current here).
     */
    liquidity: z
      .strictObject({
        currentRatio: floor('1', '0.7'),
        quickRatio: floor('0.5', '0.3'),
      })
      .prefault({}),
    /** After the loan: deposit expectation, cost and yield, monitoring, contact calendar (docs/relationship.md). */
    relationship: relationshipPolicySchema,
    /** Repayment capacity, the recommendation and the seasonal buffer (docs/capacity.md). */
    capacity: z
      .strictObject({
        /**
         * REPAYMENT_CAPACITY_EXCEEDED: the new instalment may take at most this share of the monthly
         * disposable surplus (before the new loan). 0.7: common lender practice; 0.5 is India's central
         * bank's limit for micro-loans (DESIGN.md §6). Must be above 0.
         */
        limit: fraction.refine((v) => (typeof v === 'number' ? v > 0 : !/^0(?:\.0+)?$/.test(v)), { error: 'positive' }).default('0.7'),
        /**
         * worst-month: the limit holds in every month (the and DESIGN.md's reading, conservative);
         * whole-term: Σ instalments ÷ Σ surplus over the term, for seasonal businesses whose peak carries the trough.
         */
        basis: z.enum(['worst-month', 'whole-term'], { error: 'enum' }).default('worst-month'),
        /**
         * Where the cash buffer carried from month to month (SEASONAL_SHORTFALL) starts: none (0, xcheck's
         * default: the cash and bank at the analysis date are the working capital that buys the stock the
         * P&L's sales need, so counting them again would double count) or cash-and-bank (the balance sheet's).
         */
        openingBuffer: z.enum(['none', 'cash-and-bank'], { error: 'enum' }).default('none'),
        /** The recommended amount is rounded down to this multiple. 1,000: a round sum, as banks offer. */
        roundingMultiple: positiveDecimal.default('1000'),
        /** Below this the recommendation is to decline. 2,000: the source's smallest loans. */
        minimumAmount: money.default('2000'),
        /** Terms (months) for the alternatives. 6, 12, 18, 24: the source's loans are mostly one year. */
        alternativeTerms: z
          .array(z.int({ error: 'wholeNumber' }).min(1, { error: 'positive' }).max(360, { error: 'termTooLong' }))
          .default(() => [6, 12, 18, 24]),
      })
      .prefault({}),
  })
  .prefault({});

export type PolicyInput = z.input<typeof policySchema>;
export type Policy = z.output<typeof policySchema>;
export type Band = Policy['receivables'];
export type Ceiling = Policy['leverage']['liabilitiesToEquity'];
export type Floor = Policy['liquidity']['currentRatio'];
export type IndustryMargin = z.output<typeof industryMarginSchema>;

/** The default policy, fully resolved. */
export function defaultPolicy(): Policy {
  return policySchema.parse(undefined);
}

export function policyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(policySchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
