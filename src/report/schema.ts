/**
 * The report's JSON (`analyze(profile).report`, `xcheck analyze --format json`) as a zod schema, for its
 * published JSON Schema (`xcheck schema --report`, docs/profile.md "JSON Schemas"). It describes what xcheck
 * writes: the code never parses a report with it (a test validates real reports against the JSON Schema with an
 * independent validator). Money is a decimal string with two places, ratios four (the effective annual rate six).
 * `schemaVersion` 1; a change of this shape is recorded in the CHANGELOG.
 */
import * as z from 'zod';
import { doc, named } from '../profile/fields.js';
import { FLAG_CODES } from '../rules/types.js';
import { creditReportReportSchema, householdReportSchema } from '../household/report-schema.js';

const str = z.string();
/** Money as the report writes it. */
export const amount = named(z.string().regex(/^-?\d+\.\d{2}$/), 'ReportMoney', {
  description: 'An amount in CNY as the report writes it: a decimal string with two places (to the fen), possibly negative.',
  examples: ['1500000.00'],
});
/** A ratio as the report writes it. */
export const ratio = named(z.string().regex(/^-?\d+\.\d+$/), 'ReportRatio', {
  description: 'A ratio as a decimal string (four places in most figures): 0.1500 is 15%.',
  examples: ['0.1500'],
});
export const decimalText = named(z.string().regex(/^-?\d+(\.\d+)?$/), 'ReportDecimal', {
  description: 'A plain decimal string (a rate, a quantity) written with the places it has.',
  examples: ['0.0129'],
});
export const bilingual = named(z.object({ en: str, zh: str }), 'Bilingual', { description: 'A text in English and Chinese.' });
export const date = z.string().meta({ format: 'date' });
const int = z.int();
const month = z.int().min(1).max(12);

const flagInput = z.object({
  name: str.meta(doc('Stable name of the input (`customerDays`); the catalogs give it a label in each language.')),
  path: str.meta(doc('Profile path, policy path (`policy.dayBasis`) or the derived source (`incomeStatement.annual.sales`).')),
  value: str.meta(doc('Decimal string (money with two places) or text.')),
  unit: z.enum(['CNY', 'ratio', 'days', 'units', 'count', 'months', 'text']),
  defaulted: z.boolean().optional().meta(doc('Set when the value is a documented default rather than something the profile said.')),
});

/** A value a message needs; not typed further here (recursive types defeat some generators). */
const paramValue = z
  .unknown()
  .meta(doc('A value a message needs: decimal strings for amounts and ratios, numbers for counts and days, text for ids; or a list or object of them.'));

export const flag = named(
  z.object({
    code: z.enum(FLAG_CODES).meta(doc('Stable code in SCREAMING_SNAKE_CASE (docs/rules.md).')),
    ruleId: str.meta(doc('The check that raised it.')),
    subject: z.record(str, z.union([str, z.number()])).meta(doc('What exactly the finding is about beyond its code (`{ "loan": 2 }`); two findings of one code differ in it.')),
    severity: z.enum(['info', 'warning', 'critical']),
    unit: z.enum(['CNY', 'ratio', 'days', 'units', 'count', 'months']),
    observed: str.nullable().meta(doc('The figure as reported or declared.')),
    expected: str.nullable().meta(doc('The figure the cross-check implies.')),
    range: z.object({ min: str.nullable(), max: str.nullable() }).nullable().meta(doc('The values of `observed` that would not have raised the finding.')),
    deviation: z.object({ absolute: str, relative: str.nullable() }).nullable().meta(doc('observed − expected, and that divided by the check\'s denominator.')),
    requirement: z.object({ path: str, value: str }).nullable().meta(doc('The policy setting that decided the severity, and its value.')),
    inputs: z.array(flagInput).meta(doc('Every input the finding used, with where it came from.')),
    params: z.record(str, paramValue).meta(doc('What the texts need beyond the figures.')),
    title: bilingual.optional(),
    message: bilingual.optional(),
    formula: bilingual.optional(),
    computation: bilingual.optional(),
    evidence: z.array(bilingual).optional().meta(doc('Evidence that would settle the question.')),
    questions: z.array(bilingual).optional().meta(doc('Open, non-leading questions for the applicant.')),
  }),
  'Flag',
  { description: 'A finding: data (code, figures, requirement, inputs) and, unless the report was asked for figures only, its texts in both languages.' },
);

const PNL_SHAPE = {
    sales: amount,
    costOfGoodsSold: amount,
    grossProfit: amount,
    operatingCosts: amount,
    businessProfit: amount,
    otherIncome: amount,
    householdExpenses: amount,
    existingInstalments: amount,
    disposableSurplus: amount,
};

const pnl = named(
  z.object(PNL_SHAPE),
  'PnLLine',
  { description: 'One P&L line: sales − cost of goods sold = gross profit; − operating costs = business profit; + other income − household expenses − existing instalments = disposable surplus.' },
);

const ruleStatus = z.object({
  id: str,
  title: bilingual,
  codes: z.array(str),
  status: z.enum(['ran', 'skipped']),
  flagCount: int.optional().meta(doc('For a check that ran: how many flags it raised.')),
  reasonCode: str.optional().meta(doc('For a skipped check: why (a code the catalogs explain).')),
  reason: bilingual.optional(),
  missing: z.array(str).optional().meta(doc('For a skipped check: the inputs that were missing.')),
});

const balanceSheet = z.object({
  assets: z.strictObject({
    cash: amount,
    bank: amount,
    receivables: amount,
    inventory: amount,
    prepayments: amount,
    otherAssets: amount,
    current: amount.meta(doc('cash + bank + receivables + inventory + prepayments + other assets.')),
    fixedAssets: amount,
    total: amount,
  }),
  liabilities: z.strictObject({
    payables: amount,
    advancesReceived: amount,
    bankLoans: amount,
    privateLoans: amount,
    otherLiabilities: amount,
    current: amount.meta(doc('Everything: micro-enterprise loans run a year or less, so all liabilities are treated as current.')),
    total: amount,
  }),
  equity: amount,
  inventorySource: z.enum(['count', 'reported', 'none']),
  inventoryLines: z.array(z.object({ item: str, quantity: decimalText, unitCost: amount, value: amount })),
  fixedAssetLines: z.array(
    z.object({
      name: str,
      purchaseDate: date,
      cost: amount,
      basis: z.enum(['depreciated', 'appraised']),
      monthsDepreciated: int,
      monthlyDepreciation: amount,
      accumulatedDepreciation: amount,
      netBookValue: amount,
    }),
  ),
});

const incomeStatement = z.object({
  salesBasis: z.enum(['monthly', 'annual']),
  seasonal: z.boolean(),
  costBasis: z.enum(['margin', 'purchases']),
  grossMargin: ratio,
  operatingCostBreakdown: z.strictObject({ wages: amount, rent: amount, utilities: amount, transport: amount, taxes: amount, other: amount }),
  annual: pnl,
  monthlyAverage: pnl,
  months: z.array(z.object({ month, ...PNL_SHAPE })).length(12).meta(doc('The twelve months, January to December.')),
});

const equity = z.union([
  z.object({
    status: z.literal('reconciled'),
    window: z.enum(['since-start', 'since-opening-equity']),
    periodStart: date,
    periodEnd: date,
    periodMonths: int,
    initialEquity: amount,
    startDebtOutstanding: amount,
    profits: amount,
    profitsEstimated: z.boolean(),
    withdrawals: amount,
    injections: amount,
    depreciation: amount,
    expectedEquity: amount,
    balanceSheetEquity: amount,
    gap: amount,
    gapShareOfEquity: ratio.nullable(),
    gapShareOfProfits: ratio.nullable(),
    eventsUsed: z.array(int),
    walk: z
      .object({
        steps: z.array(
          z.object({
            index: int,
            date,
            kind: z.enum(['start', 'profit', 'withdrawal', 'injection', 'revaluation']),
            amount,
            profitsToDate: amount,
            withdrawalsToDate: amount,
            injectionsToDate: amount,
            depreciationToDate: amount,
            equityBefore: amount.meta(doc('The running equity just before the event: initial + profits − withdrawals + injections − depreciation, each to its date.')),
            equityAfter: amount,
            funding: z
              .object({ borrowed: amount, needed: amount, available: amount, shortfall: amount })
              .nullable()
              .meta(doc('For a withdrawal: needed = amount − borrowed, available = max(0, equityBefore), shortfall = max(0, needed − available).')),
          }),
        ),
        suggestedRevaluations: z.array(z.object({ asset: int, name: str, depreciatedCost: amount, appraisedValue: amount, premium: amount })),
      })
      .meta(doc('The history in date order with the running equity at each event (docs/rules.md, EQUITY_EVENT_UNFUNDED).')),
  }),
  z.object({ status: z.literal('skipped'), reason: bilingual, missing: z.array(str) }),
]);

const schedule = z.object({
  method: z.enum(['annuity', 'equal-principal']),
  amount,
  monthlyRate: decimalText,
  months: int,
  instalment: amount,
  maxPayment: amount,
  totalInterest: amount,
  totalPaid: amount,
  effectiveAnnualRate: ratio,
  rows: z.array(
    z.object({ period: int, dueDate: date.nullable(), openingBalance: amount, payment: amount, interest: amount, principal: amount, closingBalance: amount }),
  ),
});

const capacity = z.object({
  startDate: date,
  startSource: z.enum(['disbursementDate', 'analysisDate']),
  basis: z.enum(['worst-month', 'whole-term']),
  limit: ratio,
  openingBuffer: amount,
  openingBufferSource: z.enum(['none', 'cash-and-bank']),
  worst: z.object({ periods: z.array(int), payment: amount, surplus: amount, ratio: ratio.nullable() }),
  exceeded: z.boolean(),
  shortfallPeriods: z.array(int),
  bufferPeriods: z.array(int),
  uncoveredPeriods: z.array(int),
  totalShortfall: amount,
  uncoveredGap: amount,
  months: z.array(
    z.object({
      period: int,
      dueDate: date,
      calendarMonth: month,
      surplus: amount,
      payment: amount,
      ratio: ratio.nullable(),
      net: amount,
      bufferBefore: amount,
      bufferAfter: amount,
      status: z.enum(['covered', 'buffer', 'uncovered']),
      gap: amount,
    }),
  ),
  outsideMoney: z
    .object({ peak: amount, peakPeriod: int.nullable(), months: int, firstPeriod: int.nullable(), repaidPeriod: int.nullable(), owedAtEnd: amount })
    .meta(doc('The outside money the running position needs (its deepest deficit) and for how long (docs/capacity.md §2).')),
});

const alternative = z.object({
  termMonths: int,
  method: z.enum(['annuity', 'equal-principal']),
  maxAmount: amount,
  instalment: amount.nullable(),
  totalInterest: amount.nullable(),
  coversRequest: z.boolean(),
});

const seasonalPlan = z.object({
  slowPeriods: z.array(int),
  plan: z.object({
    kind: z.enum(['interest-only', 'grace', 'proportional', 'balloon']),
    amount,
    monthlyRate: decimalText,
    months: int,
    interestOnlyPeriods: z.array(int),
    balloonPeriod: int.nullable(),
    maxPayment: amount,
    totalInterest: amount,
    totalPaid: amount,
    effectiveAnnualRate: ratio.nullable(),
    rows: schedule.shape.rows,
  }),
  capacity: z.object({ worst: capacity.shape.worst, exceeded: z.boolean(), uncoveredPeriods: z.array(int), months: capacity.shape.months }),
});

const recommendation = z.object({
  decision: z.enum(['approve', 'approve-with-conditions', 'approve-lower', 'refer-back', 'decline']),
  reasons: z.array(str),
  notes: z.array(str),
  amount: amount.nullable().meta(doc('The amount recommended (null for decline and refer-back).')),
  message: bilingual,
  requested: z.object({ amount, termMonths: int, monthlyRate: decimalText, method: z.enum(['annuity', 'equal-principal']) }),
  maxAmount: amount.meta(doc('Largest affordable amount for the requested term and method, rounded down to the policy multiple.')),
  maxAmountExact: amount,
  binding: z.object({ kind: z.enum(['limit', 'buffer']), periods: z.array(int) }).nullable(),
  roundingMultiple: amount,
  minimumAmount: amount,
  alternatives: z
    .array(alternative)
    .nullable()
    .optional()
    .meta(doc('The largest affordable amount for each alternative term; null (or left out) when not computed (an extra asked for).')),
  stress: z
    .object({
      amount,
      salesDropToLimit: ratio.nullable(),
      limitPeriods: z.array(int),
      salesDropToShortfall: ratio.nullable(),
      shortfallPeriod: int.nullable(),
    })
    .nullable()
    .optional()
    .meta(doc('The stress test: the fall in sales the loan can bear; null (or left out) when not computed (an extra asked for).')),
  seasonalPlan: seasonalPlan
    .nullable()
    .optional()
    .meta(doc('The seasonal repayment plan proposed when equal instalments fail in the slow months but the year covers them (docs/capacity.md §6), with its schedule and its capacity month by month; null (or left out) when none.')),
  conditions: z
    .array(z.object({ code: str, params: z.record(str, z.union([str, z.number(), z.boolean(), z.null()])), reasons: z.array(str), text: bilingual }))
    .meta(doc('The loan conditions of an approval (empty otherwise), each with its reasons and text.')),
  openPoints: z
    .array(
      z.object({
        source: z.enum(['gate', 'flag', 'estimate']),
        code: str,
        subject: z.record(str, z.union([str, z.number()])),
        params: z.record(str, z.unknown()),
        documents: z.array(bilingual).optional(),
        questions: z.array(bilingual).optional(),
        observe: z.array(bilingual).optional(),
      }),
    )
    .meta(doc("The next visit's checklist of a refer-back (empty otherwise): documents to collect, questions to ask, what to observe (the lines left out when the report was asked for figures only, like a flag's texts).")),
  figuresVerified: z
    .boolean()
    .meta(doc('false for a refer-back or a decline on grounds other than the capacity: the affordable amounts were computed from unverified figures and are no offer.')),
});

const fundingPlan = z.object({
  seasonal: z.boolean(),
  averageMonthlySales: amount,
  months: z.array(z.object({ month, sales: amount, disposableSurplus: amount, phase: z.enum(['using-money', 'holding-cash']), expectedDeposits: amount.nullable() })),
  usingMoney: z.array(month),
  holdingCash: z.array(month),
  suggestedDisbursementMonth: month.nullable(),
  troughMonth: month.nullable(),
  expectedTroughDeposits: amount.nullable(),
  liquidFunds: amount,
  workingCapital: amount,
  analysisMonth: month,
  buildUpMonth: month.nullable(),
  peakWorkingCapitalNeed: amount,
  peakNeedMonth: month.nullable(),
  fundingGap: amount,
  idleMonths: z.array(month),
  slowMonths: z.array(month),
  cashModel: z
    .object({
      stockingLeadDays: int,
      stockingLeadSource: z.enum(['monthly', 'profile', 'benchmark', 'policy']),
      customerDays: int,
      supplierDays: int,
      months: z.array(
        z.object({
          month,
          sales: amount,
          collections: amount,
          purchases: amount,
          supplierPayments: amount,
          operatingCosts: amount,
          householdExpenses: amount,
          otherIncome: amount,
          existingInstalments: amount,
          netCashFlow: amount,
          workingCapitalNeed: amount,
          phase: z.enum(['use', 'idle', 'neutral']),
          slow: z.boolean(),
        }),
      ),
      position: z.array(z.object({ month, yearOffset: int, netCashFlow: amount, position: amount })),
    })
    .meta(doc('The monthly cash model the season is drawn from (docs/capacity.md §4).')),
});

const nullableStr = str.nullable();
const guarantorJson = z.object({
  name: str,
  partyId: nullableStr,
  relation: z.enum(['spouse', 'relative', 'friend', 'business-partner', 'supplier', 'customer', 'other']),
  amount: amount.meta(doc('The amount guaranteed (the request when the profile did not say, then `amountDefaulted`).')),
  amountDefaulted: z.boolean(),
  business: nullableStr,
  monthlyIncome: amount.nullable(),
  netWorth: amount.nullable(),
  ownLoans: amount.nullable(),
  guaranteesGiven: amount.nullable(),
  guaranteedByApplicant: z.boolean(),
  guaranteedByApplicantAmount: amount.nullable(),
  note: nullableStr,
});
const collateralJson = z.object({
  kind: z.enum(['real-estate', 'land-use-right', 'vehicle', 'equipment', 'inventory', 'deposit', 'other']),
  description: str,
  appraisedValue: amount,
  appraisedBy: z.enum(['appraisal-firm', 'bank', 'officer', 'applicant']),
  appraisalDate: nullableStr,
  securedAmount: amount,
  securedAmountDefaulted: z.boolean(),
  priorLiens: amount,
  loanToValue: ratio.nullable().meta(doc('(secured amount + prior liens) ÷ appraised value, four places; null when the value is 0.')),
  lienRegistered: z.boolean(),
  insured: z.boolean().nullable(),
  owner: nullableStr,
});
const softInformationJson = z.object({
  spouse: z.boolean().nullable(),
  spouseInBusiness: z.boolean().nullable(),
  dependants: int.nullable(),
  tradeStanding: z.enum(['leader', 'established', 'ordinary', 'newcomer']).nullable(),
  items: z.array(z.object({ topic: str, source: str, assessment: z.enum(['positive', 'neutral', 'negative']).nullable(), concerns: z.array(str), note: nullableStr })),
});

/** The cross-check table (交叉检验表): one row per key figure (docs/rules.md, "The cross-check table"). */
const crossCheckEstimate = z.object({
  ruleId: str.meta(doc('The check that made the comparison.')),
  figure: str,
  code: z.enum(FLAG_CODES).meta(doc('The code a disagreement raises; with `subject` it names the estimate (its basis).')),
  subject: z.record(str, z.union([str, z.number()])),
  verdict: z.enum(['agrees', 'disagrees']),
  severity: z.enum(['info', 'warning', 'critical']).nullable().meta(doc('The severity of the flag raised; null when it agrees.')),
  unit: z.enum(['CNY', 'ratio', 'days', 'units', 'count', 'months']),
  observed: str.nullable().meta(doc('The declared figure the estimate is compared with.')),
  expected: str.nullable().meta(doc('The estimate.')),
  range: z.object({ min: str.nullable(), max: str.nullable() }).nullable().meta(doc('The declared values that agree with the estimate.')),
  deviation: z.object({ absolute: str, relative: str.nullable() }).nullable(),
  tolerance: z.object({ path: str, value: str }).nullable().meta(doc('The tolerance setting the deviation is held against.')),
  inputs: z.array(flagInput),
  params: z.record(str, paramValue),
  basis: bilingual.optional().meta(doc('The estimate\'s formula with its numbers filled in (left out when the report was asked for figures only).')),
});
const crossCheckRow = z.object({
  figure: z.enum(['sales', 'receivables', 'payables', 'stock', 'grossMargin', 'equity']),
  verdict: z.enum(['agrees', 'disagrees', 'not-checked']).meta(doc('disagrees when any estimate disagrees, agrees when all agree, not-checked when no check could compare it.')),
  unit: z.enum(['CNY', 'ratio']),
  declared: str.meta(doc('The figure as the statements carry it (monthly sales, the balances, the margin, balance-sheet equity).')),
  estimates: z.array(crossCheckEstimate),
  notChecked: z.array(z.object({ ruleId: str, reasonCode: str, missing: z.array(str) })).meta(doc('The checks that could have compared the figure but were skipped, and why.')),
  proofs: z.object({ path: str, independentKinds: z.array(str), notCounted: z.array(str) }).nullable().meta(doc('The evidence recorded for the figure.')),
});

/** The report, as `analyze` returns it and `xcheck analyze --format json` writes it. `policy` is filled in by the published schema ($ref to the policy's). */
export const reportSchema = z.object({
  schemaVersion: z.literal(1).meta(doc('The version of this format: 1. A change of the report JSON is recorded in the CHANGELOG.')),
  analysisDate: date,
  business: z.object({ name: str, industry: str, kind: z.enum(['trading', 'production', 'service', 'agriculture']), startDate: date }),
  policy: z.unknown().optional().meta(doc('The policy in force, fully resolved (defaults filled in), for audit. Always in the report of analyze; left out of an NDJSON result line unless asked for.')),
  summary: z.object({ critical: int, warning: int, info: int, rulesRun: int, rulesSkipped: int }).meta(doc('Flags by severity, checks run and skipped.')),
  flags: z.array(flag).meta(doc('Every finding, most severe first.')),
  balanceSheet,
  incomeStatement,
  equity,
  rules: z.array(ruleStatus).meta(doc('Every check, in the order it ran: ran (with its flag count) or skipped (with why).')),
  notes: z.array(z.object({ path: str, code: str, params: z.record(str, str), message: bilingual.optional() })).meta(doc('What the statements had to assume because the profile did not say.')),
  selfReport: z.object({
    talkingHabit: z.enum(['exaggerating', 'neutral', 'cautious']).nullable(),
    factor: ratio.nullable(),
    adjustments: z.array(z.object({ figure: str, path: str, original: amount, factor: ratio, adjusted: amount, change: amount })),
  }),
  schedule: schedule.nullable().meta(doc("The requested loan's schedule (null without a loan request).")),
  capacity: capacity.nullable().meta(doc('The requested loan against the surplus, month by month (null without a loan request).')),
  recommendation: recommendation.nullable().meta(doc('approve / approve-with-conditions / approve-lower / refer-back / decline, with reasons and affordable amounts (null without a loan request).')),
  fundingPlan: fundingPlan.nullable().optional().meta(doc('The seasonal funding plan from the 12-month profile; null (or left out) when not computed (an extra asked for).')),
  stockCount: z
    .object({
      lines: z.array(
        z.object({
          item: str,
          location: str.nullable(),
          condition: z.enum(['current', 'slow-moving', 'unsaleable']),
          ownership: z.enum(['owned', 'consigned']),
          valuation: z.enum(['cost', 'shelf-price']),
          countMethod: z.enum(['estimate', 'stock-list', 'counted']).nullable(),
          quantity: decimalText,
          unitCost: amount,
          margin: ratio.nullable(),
          costValue: amount,
          writeDownFactor: decimalText,
          writeDown: amount,
          value: amount,
        }),
      ),
      totals: z.object({ atCost: amount, writtenDown: amount, consigned: amount, carried: amount }),
    })
    .nullable()
    .optional()
    .meta(doc('The stock count line by line and its totals: owned stock at cost, written down, carried on the balance sheet; consigned goods left out (docs/industry.md). Null without count lines.')),
  household: householdReportSchema,
  creditReport: creditReportReportSchema,
  guarantors: z.array(guarantorJson).nullable().optional().meta(doc('The guarantors as the profile listed them (null when none).')),
  collateral: z.array(collateralJson).nullable().optional().meta(doc('The collateral with each item\'s loan-to-value (null when none).')),
  softInformation: softInformationJson.nullable().optional().meta(doc('The soft information, each item with its source (null when none recorded).')),
  crossChecks: z.array(crossCheckRow).meta(doc('The cross-check table: each key figure, every independent estimate of it with its verdict (agreeing ones included), the checks that could not compare it, its proofs.')),
});

