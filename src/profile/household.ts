/**
 * Profile parts for the household as one economic unit (docs/profile.md): the family's assets and liabilities
 * outside the business, the guarantees it has given for others (对外担保, contingent liabilities), and the
 * credit report (征信报告) as the officer reads it. All optional: an old profile stays valid.
 *
 * `household.assets`, `household.liabilities` and `household.guaranteesGiven` sit inside the existing
 * `household` object (its members and expenses stay required there); `creditReport` is a section of its own.
 * Each item carries its evidence like the business figures (src/profile/evidence.ts). Their conversion to
 * exact figures and calendar dates is `householdData` / `creditReportData` below (called from domain.ts).
 */
import * as z from 'zod';
import { type CalendarDate, mustParseIsoDate } from '../dates/index.js';
import { type Dec, toDecimal } from '../money/index.js';
import { boundedArray, count, doc, isoDate, money, name, text } from './fields.js';
import { evidenceItemSchema, type EvidenceItem } from './evidence.js';

/** The longest lists of the household and the credit report (docs/profile.md, "Limits"). */
export const HOUSEHOLD_LIMITS = { assets: 200, liabilities: 200, guarantees: 200, reportLoans: 200 } as const;

const evidence = boundedArray(evidenceItemSchema, 100)
  .optional()
  .meta(doc('Evidence of this item (ownership papers, a bank statement, a loan contract, the credit report), as for the business figures; the applicant\'s word is recorded, never a proof.'));

/** What the family owns outside the business. */
export const FAMILY_ASSET_KINDS = ['property', 'vehicle', 'deposit', 'investment', 'receivable', 'other'] as const;
export type FamilyAssetKind = (typeof FAMILY_ASSET_KINDS)[number];

export const familyAssetSchema = z.strictObject({
  kind: z.enum(FAMILY_ASSET_KINDS, { error: 'enum' }).meta(doc('property (a flat, a house, a shop unit held by the family), vehicle (a family car), deposit (household savings and deposits), investment (shares, funds, wealth products, a stake in another business), receivable (money lent to others, 对外债权), other.')),
  description: text.optional().meta(doc('What it is, e.g. "flat in Luqiao, 98 m²".')),
  value: money.meta(doc('Its value at the analysis date (a market value, an appraisal, the balance of a deposit or a loan made to others).', { unit: 'CNY', examples: ['1200000'] })),
  cost: money.optional().meta(doc('What it cost when acquired, if known.', { unit: 'CNY' })),
  acquiredDate: isoDate.optional().meta(doc('When the family acquired it (matched against the history\'s purchases within a year).')),
  fundingSource: text.optional().meta(doc('How it was paid for (savings, a mortgage with …, a loan from …, an inheritance); without one, and with no purchase in the history and no matching household loan, HOUSEHOLD_ASSET_UNFUNDED asks.')),
  evidence,
});

/** What the family owes outside the business. */
export const FAMILY_LIABILITY_KINDS = ['mortgage', 'vehicle-loan', 'consumer', 'credit-card', 'private', 'other'] as const;
export type FamilyLiabilityKind = (typeof FAMILY_LIABILITY_KINDS)[number];

export const familyLiabilitySchema = z.strictObject({
  kind: z.enum(FAMILY_LIABILITY_KINDS, { error: 'enum' }).meta(doc('mortgage (按揭), vehicle-loan, consumer (consumer loans), credit-card (the card balance), private (the household\'s private debts to relatives or friends), other.')),
  lender: name.meta(doc('Who lent it.', { examples: ['China Construction Bank'] })),
  balance: money.meta(doc('Outstanding balance at the analysis date.', { unit: 'CNY' })),
  monthlyInstalment: money.optional().meta(doc('What the household pays on it each month. Unless `inLoans`, it is added to the existing instalments of the capacity; missing, HOUSEHOLD_DEBT_SERVICE_MISSING asks for it.', { unit: 'CNY/month' })),
  maturityDate: isoDate.optional().meta(doc('When it falls due.')),
  inLoans: z.boolean({ error: 'boolean' }).optional().meta(doc('true when the same debt is also listed in `loans` (its instalment is counted there, not again). Default false.')),
  description: text.optional().meta(doc('What it is for.')),
  evidence,
});

/** A guarantee the household has given for someone else's debt (对外担保). */
export const guaranteeGivenSchema = z.strictObject({
  beneficiary: name.meta(doc('For whom: the borrower whose debt is guaranteed.', { examples: ['Wang Hardware Co.'] })),
  relation: text.optional().meta(doc('Who the borrower is to the family (relative, supplier, friend, fellow trader: a mutual guarantee, 互保).')),
  lender: name.optional().meta(doc('The lender the guarantee is given to.')),
  amount: money.meta(doc('The amount guaranteed (the most the family may have to pay).', { unit: 'CNY', examples: ['300000'] })),
  maturityDate: isoDate.optional().meta(doc('When the guarantee ends.')),
  evidence,
});

/** The fields `household` gains (src/profile/schema.ts spreads them into householdSchema). */
export const householdBalanceFields = {
  assets: boundedArray(familyAssetSchema, HOUSEHOLD_LIMITS.assets).optional().meta(doc('The family\'s assets outside the business (at most 200). An empty list says the family has none.')),
  liabilities: boundedArray(familyLiabilitySchema, HOUSEHOLD_LIMITS.liabilities).optional().meta(doc('The family\'s debts outside the business (at most 200): mortgages, consumer and card debt, private debts. An empty list says it has none.')),
  guaranteesGiven: boundedArray(guaranteeGivenSchema, HOUSEHOLD_LIMITS.guarantees).optional().meta(doc('Guarantees the household has given for others (对外担保, at most 200): contingent liabilities. An empty list says it has given none.')),
};

/** One credit line in the credit report. */
export const reportLoanSchema = z.strictObject({
  lender: name.meta(doc('The lender as the report names it.')),
  balance: money.meta(doc('The balance the report shows.', { unit: 'CNY' })),
  kind: z.enum(['loan', 'credit-card'], { error: 'enum' }).optional().meta(doc('loan or credit-card. Default loan.')),
});

/** A guarantee the credit report shows the applicant has given. */
export const reportGuaranteeSchema = z.strictObject({
  beneficiary: name.optional().meta(doc('The borrower guaranteed, when the report names them.')),
  amount: money.meta(doc('The amount guaranteed.', { unit: 'CNY' })),
});

/** The credit report (征信报告) summarised as an officer reads it. */
export const creditReportSchema = z.strictObject({
  reportDate: isoDate.meta(doc('The date of the report. Not after `analysisDate`. Its balances are compared with the declared ones as they stand at the analysis date.', { examples: ['2026-06-20'] })),
  loans: boundedArray(reportLoanSchema, HOUSEHOLD_LIMITS.reportLoans).optional().meta(doc('Each loan and card with a balance (at most 200). An empty list says the report shows none.')),
  overdueCount24Months: count.optional().meta(doc('Times an account was overdue in the 24 months before the report.', { unit: 'count', examples: [0] })),
  worstDaysOverdue24Months: count.optional().meta(doc('The longest delay in those 24 months, in days (the report\'s worst status: 1–30, 31–60, … days).', { unit: 'days', examples: [0] })),
  guaranteesGiven: boundedArray(reportGuaranteeSchema, HOUSEHOLD_LIMITS.guarantees).optional().meta(doc('Guarantees the report shows the applicant has given (对外担保).')),
  queries6Months: count.optional().meta(doc('Loan and guarantee approval queries (贷款审批、担保资格审查) in the 6 months before the report.', { unit: 'count', examples: [2] })),
  evidence,
});

export type FamilyAsset = z.output<typeof familyAssetSchema>;
export type FamilyLiability = z.output<typeof familyLiabilitySchema>;
export type GuaranteeGiven = z.output<typeof guaranteeGivenSchema>;
export type CreditReport = z.output<typeof creditReportSchema>;

/** The household's new fields as the stages read them: exact amounts, calendar dates. */
export interface FamilyAssetData {
  readonly kind: FamilyAssetKind;
  readonly description?: string;
  readonly value: Dec;
  readonly cost?: Dec;
  readonly acquiredDate?: CalendarDate;
  readonly fundingSource?: string;
  readonly evidence?: readonly EvidenceItem[];
}
export interface FamilyLiabilityData {
  readonly kind: FamilyLiabilityKind;
  readonly lender: string;
  readonly balance: Dec;
  readonly monthlyInstalment?: Dec;
  readonly maturityDate?: CalendarDate;
  readonly inLoans?: boolean;
  readonly description?: string;
  readonly evidence?: readonly EvidenceItem[];
}
export interface GuaranteeGivenData {
  readonly beneficiary: string;
  readonly relation?: string;
  readonly lender?: string;
  readonly amount: Dec;
  readonly maturityDate?: CalendarDate;
  readonly evidence?: readonly EvidenceItem[];
}
export interface HouseholdBalanceData {
  readonly assets?: readonly FamilyAssetData[];
  readonly liabilities?: readonly FamilyLiabilityData[];
  readonly guaranteesGiven?: readonly GuaranteeGivenData[];
}
export interface CreditReportData {
  readonly reportDate: CalendarDate;
  readonly loans?: readonly { readonly lender: string; readonly balance: Dec; readonly kind?: 'loan' | 'credit-card' }[];
  readonly overdueCount24Months?: number;
  readonly worstDaysOverdue24Months?: number;
  readonly guaranteesGiven?: readonly { readonly beneficiary?: string; readonly amount: Dec }[];
  readonly queries6Months?: number;
  readonly evidence?: readonly EvidenceItem[];
}

type Amount = string | number;
const optDec = (v: Amount | undefined): Dec | undefined => (v === undefined ? undefined : toDecimal(v));
const optDate = (v: string | undefined): CalendarDate | undefined => (v === undefined ? undefined : mustParseIsoDate(v));

/** The household's new fields converted (the rest of `household` is converted in domain.ts). */
export function householdData(h: { readonly assets?: readonly FamilyAsset[]; readonly liabilities?: readonly FamilyLiability[]; readonly guaranteesGiven?: readonly GuaranteeGiven[] }): {
  readonly assets: readonly FamilyAssetData[] | undefined;
  readonly liabilities: readonly FamilyLiabilityData[] | undefined;
  readonly guaranteesGiven: readonly GuaranteeGivenData[] | undefined;
} {
  return {
    assets: h.assets?.map((a) => ({ ...a, value: toDecimal(a.value), cost: optDec(a.cost), acquiredDate: optDate(a.acquiredDate) })),
    liabilities: h.liabilities?.map((l) => ({ ...l, balance: toDecimal(l.balance), monthlyInstalment: optDec(l.monthlyInstalment), maturityDate: optDate(l.maturityDate) })),
    guaranteesGiven: h.guaranteesGiven?.map((g) => ({ ...g, amount: toDecimal(g.amount), maturityDate: optDate(g.maturityDate) })),
  };
}

/** The credit report converted. */
export function creditReportData(r: CreditReport): CreditReportData {
  return {
    ...r,
    reportDate: mustParseIsoDate(r.reportDate),
    loans: r.loans?.map((l) => ({ ...l, balance: toDecimal(l.balance) })),
    guaranteesGiven: r.guaranteesGiven?.map((g) => ({ ...g, amount: toDecimal(g.amount) })),
  };
}
