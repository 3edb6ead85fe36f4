/**
 * The applicant profile: what the loan officer collected (docs/profile.md).
 *
 * Every object is strict: an unknown key (a typo such as `recievables`) is reported, never dropped.
 * Amounts are CNY as numbers or decimal strings; ratios are fractions (0.15 = 15%); dates are ISO
 * `YYYY-MM-DD` strings. Field-by-field documentation with units and examples: docs/profile.md.
 */
import * as z from 'zod';
import { addMonths, compareDates, parseIsoDate } from '../dates/index.js';
import { boundedArray, count, LIST_LIMITS, fraction, isoDate, money, monthlyRate, name, positiveDecimal, signedMoney, text } from './fields.js';
import { evidenceItemSchema, evidenceSchema, ownerSchema, premisesSchema, talkingHabitSchema } from './evidence.js';
import { operationsSchema, productsSchema, regionClassSchema, salesEstimatesSchema, stockSchema } from './observations.js';
import { relationshipProfileSchema } from './relationship.js';

export const BUSINESS_KINDS = ['trading', 'production', 'service', 'agriculture'] as const;

export const businessSchema = z.strictObject({
  /** Trading name or the owner's name. */
  name,
  /** Free-text industry, e.g. "garment wholesale", "hardware machining". */
  industry: name,
  /** trading (buy and resell) / production / service / agriculture. */
  kind: z.enum(BUSINESS_KINDS, { error: 'enum' }),
  /** When the applicant started this business on their own. */
  startDate: isoDate,
  address: text.optional(),
});

export const salesSchema = z
  .strictObject({
    /** Declared annual sales (年销售额). */
    annual: money.optional(),
    /** Twelve monthly sales amounts, January to December, for a seasonal business. */
    monthly: z.array(money).length(12, { error: 'twelveMonths' }).optional(),
    /** Share of sales sold on credit (赊销比例), 0..1. Default 1: all sales are collected later. */
    creditShare: fraction.optional(),
  })
  .refine((s) => s.annual !== undefined || s.monthly !== undefined, { error: 'salesRequired' });

export const settlementSchema = z.strictObject({
  /** Days customers take to pay (应收账款回笼天数). */
  customerDays: count.optional(),
  /** Days of credit suppliers allow (上家账期). */
  supplierDays: count.optional(),
  /** Share of purchases bought on credit, 0..1. Default 1. */
  creditPurchaseShare: fraction.optional(),
});

export const purchasesSchema = z.strictObject({
  /** Annual purchases of goods or materials (年进货额). */
  annual: money,
});

export const operatingCostsSchema = z.strictObject({
  wages: money.optional(),
  rent: money.optional(),
  utilities: money.optional(),
  transport: money.optional(),
  taxes: money.optional(),
  other: money.optional(),
});

export const balancesSchema = z.strictObject({
  cash: money.optional(),
  bank: money.optional(),
  receivables: money.optional(),
  inventory: money.optional(),
  prepayments: money.optional(),
  otherAssets: money.optional(),
  payables: money.optional(),
  advancesReceived: money.optional(),
  otherLiabilities: money.optional(),
});

export const inventoryLineSchema = z.strictObject({
  item: name,
  quantity: money,
  unitCost: money,
  unit: text.optional(),
});

export const fixedAssetSchema = z
  .strictObject({
    name,
    purchaseDate: isoDate,
    cost: money,
    /** Straight-line useful life in months. */
    usefulLifeMonths: z.int({ error: 'wholeNumber' }).min(1, { error: 'positive' }).optional(),
    /** Value left at the end of the life. Default 0. */
    salvageValue: money.optional(),
    /** A current appraisal; when given it replaces the depreciated value. */
    appraisedValue: money.optional(),
    /** How the purchase was paid for (own funds, a loan from whom); HIDDEN_DEBT_SUSPECTED asks for it on large purchases. */
    fundingSource: text.optional(),
  })
  .refine((a) => a.usefulLifeMonths !== undefined || a.appraisedValue !== undefined, {
    error: 'lifeOrAppraisal',
    path: ['usefulLifeMonths'],
  });

export const LOAN_KINDS = ['bank', 'private'] as const;

export const loanSchema = z.strictObject({
  lender: name,
  /** bank, or private (relatives, friends, private lenders: 社会负债). */
  kind: z.enum(LOAN_KINDS, { error: 'enum' }),
  /** Outstanding balance at the analysis date. */
  balance: money,
  /** What the applicant pays on it each month (principal and interest). */
  monthlyInstalment: money.optional(),
  startDate: isoDate.optional(),
  maturityDate: isoDate.optional(),
  purpose: text.optional(),
  /** Evidence of this loan and its balance (loan contract, credit report, the lender's confirmation). */
  evidence: boundedArray(evidenceItemSchema, LIST_LIMITS.evidence).optional(),
});

export const householdSchema = z.strictObject({
  members: count,
  monthlyExpenses: money,
  otherMonthlyIncome: money.optional(),
});

export const PURCHASED_ASSETS = ['house', 'vehicle', 'equipment', 'other'] as const;

export const HISTORY_KINDS = ['start', 'profit', 'withdrawal', 'injection', 'revaluation'] as const;

export const historyEventSchema = z.strictObject({
  date: isoDate,
  /**
   * start: capital put in at the start (initial equity);
   * profit: profit retained over a period ending on `date` (after household spending; may be negative);
   * withdrawal: money taken out (losses, repaying the initial debt, a house, other large spending);
   * injection: money put in (demolition compensation, an inheritance, …);
   * revaluation: a change in the value of an asset kept (property premium, 房产溢价).
   */
  kind: z.enum(HISTORY_KINDS, { error: 'enum' }),
  amount: signedMoney,
  description: text.optional(),
  /** Where the money came from (for start and injection) or went (for withdrawal). */
  source: text.optional(),
  /** For start (or a purchase): the part of the money that was borrowed, if known. */
  borrowed: money.optional(),
  /** Who lent the borrowed part (matched against `loans[].lender` while it is not repaid). */
  lender: name.optional(),
  /** When the borrowed part was repaid in full. */
  repaidDate: isoDate.optional(),
  /** For a withdrawal that bought something: house, vehicle, equipment or other (a large purchase). */
  asset: z.enum(PURCHASED_ASSETS, { error: 'enum' }).optional(),
  /** How a purchase was paid for (retained profits, a mortgage with …, a loan from …). */
  fundingSource: text.optional(),
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
    amount: positiveDecimal,
    termMonths: z.int({ error: 'wholeNumber' }).min(1, { error: 'positive' }).max(360, { error: 'termTooLong' }),
    /** Monthly interest rate as a fraction: 0.0129 is 1.29% a month (一分两厘九). Zero, or at least 1e-12. */
    monthlyRate,
    /** annuity: equal instalments (等额本息); equal-principal (等额本金). Default annuity. */
    method: z.enum(REPAYMENT_METHODS, { error: 'enum' }).optional(),
    /** The last due date (disbursement + termMonths) must fall by 9999-12-31. */
    disbursementDate: isoDate.optional(),
    purpose: text.optional(),
  })
  .refine((r) => endsBy9999(r.disbursementDate, r.termMonths), { error: 'afterYear9999', path: ['disbursementDate'] });


export const profileSchema = z
  .strictObject({
    /** The date the figures describe. All ages and depreciation are counted to this date. */
    analysisDate: isoDate,
    business: businessSchema,
    sales: salesSchema,
    settlement: settlementSchema.optional(),
    purchases: purchasesSchema.optional(),
    /** Gross margin as a fraction of sales (毛利率). */
    grossMargin: fraction.optional(),
    /** Monthly operating costs (cash costs, excluding purchases of goods). */
    operatingCosts: operatingCostsSchema.optional(),
    balances: balancesSchema.optional(),
    inventoryCount: boundedArray(inventoryLineSchema, LIST_LIMITS.inventoryCount).optional(),
    fixedAssets: boundedArray(fixedAssetSchema, LIST_LIMITS.fixedAssets).optional(),
    loans: boundedArray(loanSchema, LIST_LIMITS.loans).optional(),
    household: householdSchema.optional(),
    history: boundedArray(historyEventSchema, LIST_LIMITS.history).optional(),
    /** Equity recorded at an earlier analysis (e.g. the previous loan, 12 months ago); used by the since-opening-equity window. */
    openingEquity: z.strictObject({ date: isoDate, amount: signedMoney }).optional(),
    loanRequest: loanRequestSchema.optional(),
    /** Evidence items per key figure (docs/profile.md, EVIDENCE_INSUFFICIENT). */
    evidence: evidenceSchema.optional(),
    /** The applicant's talking habit as the officer judged it (说话习惯). */
    talkingHabit: talkingHabitSchema.optional(),
    /** The site visit of the premises (经营场所核实). */
    premises: premisesSchema.optional(),
    /** The owner's background before the business, for the initial capital. */
    owner: ownerSchema.optional(),
    /** Independent estimates of monthly sales (SALES_TRIANGULATION). */
    salesEstimates: salesEstimatesSchema.optional(),
    /** The main products with price, cost and share of sales (GROSS_MARGIN_INCONSISTENT). */
    products: productsSchema.optional(),
    /** Site observations of a producer's operations (PRODUCTION_CAPACITY). */
    operations: operationsSchema.optional(),
    /** Stocking days and unsaleable stock (INVENTORY_INCONSISTENT). */
    stock: stockSchema.optional(),
    /** Where the household lives: city, town or rural (HOUSEHOLD_EXPENSES_IMPLAUSIBLE). */
    regionClass: regionClassSchema.optional(),
    /** After the loan: deposit pattern, compensating deposit, birthdays (docs/relationship.md). */
    relationship: relationshipProfileSchema.optional(),
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
  });

/** The profile as it comes in (amounts as numbers or strings). */
export type ProfileInput = z.input<typeof profileSchema>;
/** The profile after validation (same shape: amounts are still numbers or strings). */
export type Profile = z.output<typeof profileSchema>;
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
