/**
 * The applicant profile: what the loan officer collected (docs/profile.md).
 *
 * Every object is strict: an unknown key (a typo such as `recievables`) is reported, never dropped.
 * Amounts are CNY as numbers or decimal strings; ratios are fractions (0.15 = 15%); dates are ISO
 * `YYYY-MM-DD` strings. Field-by-field documentation with units and examples: docs/profile.md.
 */
import * as z from 'zod';
import { addMonths, compareDates, parseIsoDate } from '../dates/index.js';
import { boundedArray, count, doc, LIST_LIMITS, fraction, isoDate, money, monthlyRate, name, positiveDecimal, signedMoney, text } from './fields.js';
import { evidenceItemSchema, evidenceSchema, ownerSchema, premisesSchema, talkingHabitSchema } from './evidence.js';
import { operationsSchema, productsSchema, regionClassSchema, salesEstimatesSchema, stockSchema } from './observations.js';
import { relationshipProfileSchema } from './relationship.js';
import { industryCodeField } from './industry.js';
import { stockCountLineFields } from './stock-count.js';
import { monthlyPurchasesSchema } from './cash-model.js';
import { creditReportSchema, householdBalanceFields } from './household.js';
import { collateralListSchema, guarantorsSchema, partyId } from './guarantors.js';
import { softInformationSchema } from './soft-info.js';
import type { Profile as GeneratedProfile } from './types.js';

export const BUSINESS_KINDS = ['trading', 'production', 'service', 'agriculture'] as const;

export const businessSchema = z.strictObject({
  name: name.meta(doc('Trading name or the owner\'s name.', { examples: ["Lin's fastener wholesale"] })),
  industry: name.meta(doc('Free-text industry, e.g. "garment wholesale", "hardware machining".')),
  kind: z.enum(BUSINESS_KINDS, { error: 'enum' }).meta(doc('trading (buy and resell) / production / service / agriculture.')),
  startDate: isoDate.meta(doc('When the applicant started this business on their own. Not after `analysisDate`.', { examples: ['2005-03-01'] })),
  address: text.optional().meta(doc('Where the business is.', { examples: ['Hangzhou'] })),
  industryCode: industryCodeField,
});

export const salesSchema = z
  .strictObject({
    annual: money.optional().meta(doc('Declared annual sales (年销售额). `annual` or `monthly` is required.', { unit: 'CNY/year', examples: ['12000000'] })),
    monthly: z.array(money).length(12, { error: 'twelveMonths' }).optional().meta(doc('Twelve monthly sales amounts, January to December, for a seasonal business; when given, the P&L uses them (annual = their sum; a different `annual` is noted).', { unit: 'CNY/month' })),
    creditShare: fraction.optional().meta(doc('Share of sales sold on credit (赊销比例), 0..1. Default 1: all sales are collected later.', { examples: ['0.8'] })),
  })
  .refine((s) => s.annual !== undefined || s.monthly !== undefined, { error: 'salesRequired' })
  .meta({ description: 'Declared sales: `annual` or `monthly` (or both) is required.', anyOf: [{ required: ['annual'] }, { required: ['monthly'] }] });

export const settlementSchema = z.strictObject({
  customerDays: count.optional().meta(doc('Days customers take to pay (应收账款回笼天数).', { unit: 'days', examples: [45] })),
  supplierDays: count.optional().meta(doc('Days of credit suppliers allow (上家账期).', { unit: 'days', examples: [30] })),
  creditPurchaseShare: fraction.optional().meta(doc('Share of purchases bought on credit, 0..1. Default 1.')),
});

export const purchasesSchema = z.strictObject({
  annual: money.meta(doc('Annual purchases of goods or materials (年进货额).', { unit: 'CNY/year', examples: ['10200000'] })),
  monthly: monthlyPurchasesSchema.optional(),
});

export const operatingCostsSchema = z.strictObject({
  wages: money.optional().meta(doc('Wages paid a month. Missing ones count 0.', { unit: 'CNY/month' })),
  rent: money.optional().meta(doc('Rent of the premises a month. Missing ones count 0.', { unit: 'CNY/month' })),
  utilities: money.optional().meta(doc('Electricity, water and gas a month. Missing ones count 0.', { unit: 'CNY/month' })),
  transport: money.optional().meta(doc('Transport and vehicle costs a month. Missing ones count 0.', { unit: 'CNY/month' })),
  taxes: money.optional().meta(doc('Taxes and fees a month. Missing ones count 0.', { unit: 'CNY/month' })),
  other: money.optional().meta(doc('Other cash operating costs a month. Missing ones count 0.', { unit: 'CNY/month' })),
});

export const balancesSchema = z.strictObject({
  cash: money.optional().meta(doc('Cash on hand at the analysis date.', { unit: 'CNY', examples: ['50000'] })),
  bank: money.optional().meta(doc('Bank deposits at the analysis date.', { unit: 'CNY', examples: ['450000'] })),
  receivables: money.optional().meta(doc('Receivables (应收账款): what customers owe.', { unit: 'CNY', examples: ['1500000'] })),
  inventory: money.optional().meta(doc('Inventory at cost, used when there is no `inventoryCount`.', { unit: 'CNY', examples: ['1200000'] })),
  prepayments: money.optional().meta(doc('Prepayments to suppliers (预付账款).', { unit: 'CNY', examples: ['0'] })),
  otherAssets: money.optional().meta(doc('Other current assets.', { unit: 'CNY', examples: ['0'] })),
  payables: money.optional().meta(doc('Payables (应付账款): what the business owes suppliers.', { unit: 'CNY', examples: ['850000'] })),
  advancesReceived: money.optional().meta(doc('Advances from customers (预收账款).', { unit: 'CNY', examples: ['0'] })),
  otherLiabilities: money.optional().meta(doc('Other liabilities (loans are listed in `loans`).', { unit: 'CNY', examples: ['0'] })),
});

export const inventoryLineSchema = z.strictObject({
  item: name.meta(doc('What was counted.', { examples: ['M8 bolts'] })),
  quantity: money.meta(doc('How many were counted (in `unit`).', { unit: 'units', examples: ['1200'] })),
  unitCost: money.meta(doc('Cost of one unit; with `valuation: shelf-price`, its shelf price.', { unit: 'CNY/unit', examples: ['0.85'] })),
  unit: text.optional().meta(doc('What one unit is.', { examples: ['box'] })),
  ...stockCountLineFields,
});

export const fixedAssetSchema = z
  .strictObject({
    name: name.meta(doc('What the asset is.', { examples: ['delivery van'] })),
    purchaseDate: isoDate.meta(doc('When it was bought. Not after `analysisDate`.')),
    cost: money.meta(doc('What it cost.', { unit: 'CNY' })),
    usefulLifeMonths: z.int({ error: 'wholeNumber' }).min(1, { error: 'positive' }).optional().meta(doc('Straight-line useful life in months; `usefulLifeMonths` or `appraisedValue` is required. Net book value = cost − (cost − salvage) × whole months used / life, capped at the life.', { unit: 'months', examples: [60] })),
    salvageValue: money.optional().meta(doc('Value left at the end of the life. Default 0.')),
    appraisedValue: money.optional().meta(doc('A current appraisal; when given it replaces the depreciated value.')),
    fundingSource: text.optional().meta(doc('How the purchase was paid for (own funds, a loan from whom); HIDDEN_DEBT_SUSPECTED asks for it on large purchases.')),
  })
  .refine((a) => a.usefulLifeMonths !== undefined || a.appraisedValue !== undefined, {
    error: 'lifeOrAppraisal',
    path: ['usefulLifeMonths'],
  })
  .meta({ description: 'A fixed asset: `usefulLifeMonths` or `appraisedValue` is required.', anyOf: [{ required: ['usefulLifeMonths'] }, { required: ['appraisedValue'] }] });

export const LOAN_KINDS = ['bank', 'private'] as const;

export const loanSchema = z.strictObject({
  lender: name.meta(doc('Who lent it.', { examples: ['Rural Commercial Bank'] })),
  kind: z.enum(LOAN_KINDS, { error: 'enum' }).meta(doc('bank, or private (relatives, friends, private lenders: 社会负债).')),
  balance: money.meta(doc('Outstanding balance at the analysis date.')),
  monthlyInstalment: money.optional().meta(doc('What the applicant pays on it each month (principal and interest).')),
  startDate: isoDate.optional().meta(doc('When the loan was taken.')),
  maturityDate: isoDate.optional().meta(doc('When it falls due.')),
  purpose: text.optional().meta(doc('What the loan was for.')),
  evidence: boundedArray(evidenceItemSchema, LIST_LIMITS.evidence).optional().meta(doc('Evidence of this loan and its balance (loan contract, credit report, the lender\'s confirmation).')),
});

export const householdSchema = z.strictObject({
  members: count.meta(doc('People living on the household\'s money.', { unit: 'people', examples: [4] })),
  monthlyExpenses: money.meta(doc('Household living expenses.', { unit: 'CNY/month', examples: ['15000'] })),
  otherMonthlyIncome: money.optional().meta(doc('Other household income (a spouse\'s wage, rent).', { unit: 'CNY/month', examples: ['0'] })),
  ...householdBalanceFields,
});

export const PURCHASED_ASSETS = ['house', 'vehicle', 'equipment', 'other'] as const;

export const HISTORY_KINDS = ['start', 'profit', 'withdrawal', 'injection', 'revaluation'] as const;

export const historyEventSchema = z.strictObject({
  date: isoDate.meta(doc('When it happened (for profit: the end of the period). Not after `analysisDate`.')),
  kind: z.enum(HISTORY_KINDS, { error: 'enum' }).meta(doc('start: capital put in at the start (initial equity); profit: profit retained over a period ending on `date` (after household spending; may be negative); withdrawal: money taken out (losses, repaying the initial debt, a house, other large spending); injection: money put in (demolition compensation, an inheritance, …); revaluation: a change in the value of an asset kept (property premium, 房产溢价).')),
  amount: signedMoney.meta(doc('How much; may be negative for profit and revaluation.', { unit: 'CNY' })),
  description: text.optional().meta(doc('What happened.')),
  source: text.optional().meta(doc('Where the money came from (for start and injection) or went (for withdrawal).')),
  borrowed: money.optional().meta(doc('For start (or a purchase): the part of the money that was borrowed, if known.')),
  lender: name.optional().meta(doc('Who lent the borrowed part (matched against `loans[].lender` while it is not repaid).')),
  repaidDate: isoDate.optional().meta(doc('When the borrowed part was repaid in full. Not after `analysisDate`.')),
  asset: z.enum(PURCHASED_ASSETS, { error: 'enum' }).optional().meta(doc('For a withdrawal that bought something: house, vehicle, equipment or other (a large purchase).')),
  fundingSource: text.optional().meta(doc('How a purchase was paid for (retained profits, a mortgage with …, a loan from …).')),
});

export const REPAYMENT_METHODS = ['annuity', 'equal-principal'] as const;

/**
 * Whether a loan disbursed on `start` and repaid over `months` ends by 9999-12-31 (docs/profile.md, "Limits"):
 * a later due date has a five-digit year, which no ISO date can hold. True when either is not valid (reported
 * on its own).
 */
export function endsBy9999(start: string | undefined, months: unknown): boolean {
  const d = start === undefined ? undefined : parseIsoDate(start);
  if (d === undefined || typeof months !== 'number' || !Number.isInteger(months) || months < 0 || months > 360) return true;
  return addMonths(d, months).year <= 9999;
}

export const loanRequestSchema = z
  .strictObject({
    amount: positiveDecimal.meta(doc('The loan asked for, above 0.', { unit: 'CNY', examples: ['300000'] })),
    termMonths: z
      .int({ error: 'wholeNumber' })
      .min(1, { error: 'positive' })
      .max(360, { error: 'termTooLong' })
      .meta(doc('The term, 1 to 360 months. The last due date (disbursement, or `analysisDate` without one, + the term) must fall by 9999-12-31.', { unit: 'months', examples: [12] })),
    monthlyRate: monthlyRate.meta(doc('Monthly interest rate as a fraction: 0.0129 is 1.29% a month (一分两厘九). Zero, or at least 1e-12.', { unit: 'per month', examples: ['0.0129'] })),
    method: z.enum(REPAYMENT_METHODS, { error: 'enum' }).optional().meta(doc('annuity: equal instalments (等额本息); equal-principal (等额本金). Default annuity.')),
    disbursementDate: isoDate.optional().meta(doc('When the loan is paid out; without it the schedule starts at `analysisDate`. The last due date (disbursement + termMonths) must fall by 9999-12-31.', { examples: ['2026-07-10'] })),
    purpose: text.optional().meta(doc('What the loan is for.', { examples: ['autumn stock'] })),
  })
  .refine((r) => endsBy9999(r.disbursementDate, r.termMonths), { error: 'afterYear9999', path: ['disbursementDate'] });


export const profileSchema = z
  .strictObject({
    analysisDate: isoDate.meta(doc('The date the figures describe. All ages and depreciation are counted to this date; no other date of the profile (business start, purchases, history, visit, work start) may be after it.', { examples: ['2026-06-30'] })),
    business: businessSchema.meta(doc('The business: its name, industry, kind and start date.')),
    sales: salesSchema,
    settlement: settlementSchema.optional().meta(doc('Settlement terms with customers and suppliers (RECEIVABLES_INCONSISTENT, PAYABLES_INCONSISTENT).')),
    purchases: purchasesSchema.optional().meta(doc('Declared purchases. `purchases` or `grossMargin` is required, to work out the cost of goods sold.')),
    grossMargin: fraction.optional().meta(doc('Gross margin as a fraction of sales (毛利率). `grossMargin` or `purchases` is required: cost of goods sold = sales × (1 − margin), else the purchases.', { examples: ['0.15'] })),
    operatingCosts: operatingCostsSchema.optional().meta(doc('Monthly operating costs (cash costs, excluding purchases of goods).')),
    balances: balancesSchema.optional().meta(doc('The balance sheet at the analysis date as reported or found (missing ones are noted in the report).')),
    inventoryCount: boundedArray(inventoryLineSchema, LIST_LIMITS.inventoryCount)
      .optional()
      .meta(doc("The officer's count of the stock (点货, at most 10,000 lines); when present, inventory = Σ of each line's value: quantity × unitCost at cost (a shelf price converted through the margin), less the write-down of unsaleable and slow-moving stock, consigned goods left out (docs/industry.md, \"The stock count\").")),
    fixedAssets: boundedArray(fixedAssetSchema, LIST_LIMITS.fixedAssets).optional().meta(doc('Fixed assets (at most 1,000).')),
    loans: boundedArray(loanSchema, LIST_LIMITS.loans).optional().meta(doc('Loans outstanding at the analysis date, bank and private (at most 200).')),
    household: householdSchema.optional().meta(doc("The owner's household: members, living expenses, other income.")),
    history: boundedArray(historyEventSchema, LIST_LIMITS.history)
      .optional()
      .meta(doc('Dated events of the equity since the start (at most 1,000; at most one `start` event).')),
    openingEquity: z
      .strictObject({ date: isoDate.meta(doc('When it was recorded.')), amount: signedMoney.meta(doc('The equity then.', { unit: 'CNY' })) })
      .optional().meta(doc('Equity recorded at an earlier analysis (e.g. the previous loan, 12 months ago); used by the since-opening-equity window.')),
    loanRequest: loanRequestSchema.optional().meta(doc('The loan asked for; without it there is no schedule, capacity or recommendation.')),
    evidence: evidenceSchema.optional().meta(doc('Evidence items per key figure (docs/profile.md, EVIDENCE_INSUFFICIENT).')),
    talkingHabit: talkingHabitSchema.optional().meta(doc('The applicant\'s talking habit as the officer judged it (说话习惯).')),
    premises: premisesSchema.optional().meta(doc('The site visit of the premises (经营场所核实).')),
    owner: ownerSchema.optional().meta(doc('The owner\'s background before the business, for the initial capital.')),
    salesEstimates: salesEstimatesSchema.optional().meta(doc('Independent estimates of monthly sales (SALES_TRIANGULATION).')),
    products: productsSchema.optional().meta(doc('The main products with price, cost and share of sales (GROSS_MARGIN_INCONSISTENT).')),
    operations: operationsSchema.optional().meta(doc('Site observations of a producer\'s operations (PRODUCTION_CAPACITY).')),
    stock: stockSchema.optional().meta(doc('Stocking days and unsaleable stock (INVENTORY_INCONSISTENT).')),
    regionClass: regionClassSchema.optional().meta(doc('Where the household lives: city, town or rural (HOUSEHOLD_EXPENSES_IMPLAUSIBLE).')),
    relationship: relationshipProfileSchema.optional().meta(doc('After the loan: deposit pattern, compensating deposit, birthdays (docs/relationship.md).')),
    creditReport: creditReportSchema.optional().meta(doc('The credit report (征信报告) as the officer read it: lenders and balances, overdue history, guarantees, queries (checks `credit-report`).')),
    partyId: partyId.optional().meta(doc('The applicant\'s party identifier, matched against `guarantors[].partyId` of the other profiles of a batch file (docs/portfolio.md).', { examples: ['C-1042'] })),
    guarantors: guarantorsSchema.optional().meta(doc('The guarantors of the loan (at most 20): GUARANTOR_CAPACITY, GUARANTEE_EXPOSURE, MUTUAL_GUARANTEE.')),
    collateral: collateralListSchema.optional().meta(doc('The collateral offered (at most 50): COLLATERAL_LTV_HIGH, COLLATERAL_LIEN_NOT_REGISTERED.')),
    softInformation: softInformationSchema.optional().meta(doc('Soft information (软信息): family, health, habits, reputation, standing in the trade, social resources, each with its source.')),
  })
  .refine((p) => p.grossMargin !== undefined || p.purchases !== undefined, {
    error: 'marginOrPurchases',
    path: ['grossMargin'],
  })
  .superRefine((p, ctx) => {
    const analysis = parseIsoDate(p.analysisDate);
    const start = parseIsoDate(p.business.startDate);
    if (analysis && start && compareDates(start, analysis) > 0) {
      ctx.addIssue({ code: 'custom', message: 'afterAnalysisDate', path: ['business', 'startDate'] });
    }
    if (analysis) {
      p.fixedAssets?.forEach((a, i) => {
        const d = parseIsoDate(a.purchaseDate);
        if (d && compareDates(d, analysis) > 0)
          ctx.addIssue({ code: 'custom', message: 'afterAnalysisDate', path: ['fixedAssets', i, 'purchaseDate'] });
      });
      p.history?.forEach((e, i) => {
        const d = parseIsoDate(e.date);
        if (d && compareDates(d, analysis) > 0)
          ctx.addIssue({ code: 'custom', message: 'afterAnalysisDate', path: ['history', i, 'date'] });
        const r = e.repaidDate === undefined ? undefined : parseIsoDate(e.repaidDate);
        if (r && compareDates(r, analysis) > 0)
          ctx.addIssue({ code: 'custom', message: 'afterAnalysisDate', path: ['history', i, 'repaidDate'] });
      });
      for (const [path, value] of [
        [['owner', 'workStartDate'], p.owner?.workStartDate],
        [['premises', 'visitDate'], p.premises?.visitDate],
        [['creditReport', 'reportDate'], p.creditReport?.reportDate],
      ] as const) {
        const d = value === undefined ? undefined : parseIsoDate(value);
        if (d && compareDates(d, analysis) > 0) ctx.addIssue({ code: 'custom', message: 'afterAnalysisDate', path: [...path] });
      }
    }
    // without a disbursement date the schedule starts at the analysis date (docs/capacity.md)
    const request = p.loanRequest;
    if (request !== undefined && request.disbursementDate === undefined && !endsBy9999(p.analysisDate, request.termMonths))
      ctx.addIssue({ code: 'custom', message: 'afterYear9999', path: ['loanRequest', 'termMonths'] });
    const starts = p.history?.filter((e) => e.kind === 'start').length ?? 0;
    if (starts > 1) ctx.addIssue({ code: 'custom', message: 'oneStart', path: ['history'] });
  })
  .meta({
    description:
      'The applicant profile. Cross-field rules: `sales.annual` or `sales.monthly`; `grossMargin` or `purchases`; a fixed asset\'s `usefulLifeMonths` or `appraisedValue`; no date after `analysisDate`; at most one `start` event in `history`; a loan\'s last due date by 9999-12-31.',
    anyOf: [{ required: ['grossMargin'] }, { required: ['purchases'] }],
  });

/**
 * The profile after validation (same shape as it comes in: amounts are still numbers or strings). The generated
 * interface of src/profile/types.ts (scripts/profile-types.ts), equal to `z.output<typeof profileSchema>` (a type
 * test says so), so that each field's documentation shows on hover.
 */
export type Profile = GeneratedProfile;
/** The profile as it comes in: the same type as {@link Profile} (`z.input` and `z.output` agree). */
export type ProfileInput = GeneratedProfile;
export type FixedAsset = z.output<typeof fixedAssetSchema>;
export type Loan = z.output<typeof loanSchema>;
export type HistoryEvent = z.output<typeof historyEventSchema>;
export type PurchasedAsset = (typeof PURCHASED_ASSETS)[number];
export type LoanRequest = z.output<typeof loanRequestSchema>;
export type BusinessKind = (typeof BUSINESS_KINDS)[number];
export type RepaymentMethod = (typeof REPAYMENT_METHODS)[number];

/** The profile's JSON Schema (input side), for forms and other languages. */
export function profileJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(profileSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
