/**
 * Profile parts for guarantors (担保人) and collateral (抵押物), and the party identifier that links the
 * profiles of a batch file (互保链, docs/profile.md "Guarantors and collateral", docs/portfolio.md).
 *
 * A guarantor is summarised as the officer records them after a short visit: relation to the applicant, their
 * business and household (monthly income, net worth, own loans, guarantees they have already given), the amount
 * they guarantee, and whether the applicant guarantees them in turn (互保, mutual guarantee). Collateral is
 * listed with its kind, appraised value and who appraised it, whether the lien (抵押登记) is registered and
 * whether it is insured. The checks `guarantors` and `collateral` read them (docs/rules.md).
 */
import * as z from 'zod';
import { type Dec, toDecimal } from '../money/index.js';
import { boundedArray, doc, money, name, text } from './fields.js';

/** An identifier of a party (a person or a firm) shared by the profiles of a batch file: an id card or a customer number, as the bank keys them. */
export const partyId = z
  .string({ error: 'text' })
  .min(1, { error: 'text' })
  .max(64, { error: 'tooLong' })
  .meta(doc('An identifier of the party shared across profiles (a customer number, a hashed id card number): at most 64 characters. Batch mode links guarantees through it (docs/portfolio.md).', { examples: ['C-1042'] }));

export const GUARANTOR_RELATIONS = ['spouse', 'relative', 'friend', 'business-partner', 'supplier', 'customer', 'other'] as const;

export const guarantorSchema = z.strictObject({
  name: name.meta(doc('Who the guarantor is (the name as written in the file).', { examples: ['Chen Hua'] })),
  partyId: partyId.optional(),
  relation: z.enum(GUARANTOR_RELATIONS, { error: 'enum' }).meta(doc('spouse / relative / friend / business-partner / supplier / customer / other.')),
  amount: money.optional().meta(doc('The amount guaranteed. Default: the requested loan (`loanRequest.amount`).', { unit: 'CNY', examples: ['300000'] })),
  business: text.optional().meta(doc("The guarantor's business or employment, in a few words.", { examples: ['hardware stall in the same market'] })),
  monthlyIncome: money.optional().meta(doc("The guarantor's household income a month, as the officer found it.", { unit: 'CNY/month', examples: ['20000'] })),
  netWorth: money.optional().meta(doc("The guarantor's household net worth (business and family assets less debts). Needed for GUARANTOR_CAPACITY and GUARANTEE_EXPOSURE.", { unit: 'CNY', examples: ['800000'] })),
  ownLoans: money.optional().meta(doc("What the guarantor owes on their own loans (already deducted from `netWorth`; shown for the committee).", { unit: 'CNY', examples: ['100000'] })),
  guaranteesGiven: money.optional().meta(doc('Guarantees the guarantor has already given for others (contingent debts, not this one). Missing counts 0, marked defaulted.', { unit: 'CNY', examples: ['200000'] })),
  guaranteedByApplicant: z.boolean({ error: 'boolean' }).optional().meta(doc('Whether the applicant guarantees this guarantor in turn (互保, mutual guarantee): MUTUAL_GUARANTEE.')),
  guaranteedByApplicantAmount: money.optional().meta(doc('How much the applicant guarantees for this guarantor, when `guaranteedByApplicant`.', { unit: 'CNY' })),
  note: text.optional().meta(doc("The officer's note on the guarantor.")),
});

export const COLLATERAL_KINDS = ['real-estate', 'land-use-right', 'vehicle', 'equipment', 'inventory', 'deposit', 'other'] as const;
export const APPRAISERS = ['appraisal-firm', 'bank', 'officer', 'applicant'] as const;

export const collateralSchema = z.strictObject({
  kind: z.enum(COLLATERAL_KINDS, { error: 'enum' }).meta(doc('real-estate / land-use-right / vehicle / equipment / inventory / deposit (a pledged deposit) / other. The loan-to-value limit is per kind (policy.collateral.maxLoanToValue).')),
  description: text.meta(doc('What it is and where.', { examples: ['flat, 90 m², Jiaojiang district'] })),
  appraisedValue: money.meta(doc('The appraised value.', { unit: 'CNY', examples: ['1000000'] })),
  appraisedBy: z.enum(APPRAISERS, { error: 'enum' }).meta(doc('Who appraised it: appraisal-firm (评估公司), bank, officer, or applicant (the applicant\'s own word).')),
  appraisalDate: text.optional().meta(doc('When it was appraised (as written on the report).')),
  securedAmount: money.optional().meta(doc('The amount it secures. Default: the requested loan (`loanRequest.amount`).', { unit: 'CNY' })),
  priorLiens: money.optional().meta(doc('Debts already secured on it ahead of this loan (a mortgage); added to the secured amount for the loan-to-value.', { unit: 'CNY', examples: ['0'] })),
  lienRegistered: z.boolean({ error: 'boolean' }).meta(doc('Whether the lien (抵押登记) is or will be registered in the bank\'s favour: COLLATERAL_LIEN_NOT_REGISTERED.')),
  insured: z.boolean({ error: 'boolean' }).optional().meta(doc('Whether it is insured (shown in the memo).')),
  owner: name.optional().meta(doc('Who owns it, when not the applicant.')),
});

/** The guarantors of the loan (at most 20). */
export const guarantorsSchema = boundedArray(guarantorSchema, 20);
/** The collateral offered (at most 50 items). */
export const collateralListSchema = boundedArray(collateralSchema, 50);

export type Guarantor = z.output<typeof guarantorSchema>;
export type Collateral = z.output<typeof collateralSchema>;
export type GuarantorRelation = (typeof GUARANTOR_RELATIONS)[number];
export type CollateralKind = (typeof COLLATERAL_KINDS)[number];

/** The guarantors and the collateral with exact amounts, as the checks read them (src/profile/domain.ts). */
export function guaranteeData(p: { readonly guarantors?: readonly Guarantor[]; readonly collateral?: readonly Collateral[] }) {
  const opt = (v: string | number | undefined): Dec | undefined => (v === undefined ? undefined : toDecimal(v));
  return {
    guarantors: p.guarantors?.map((g) => ({
      ...g,
      amount: opt(g.amount),
      monthlyIncome: opt(g.monthlyIncome),
      netWorth: opt(g.netWorth),
      ownLoans: opt(g.ownLoans),
      guaranteesGiven: opt(g.guaranteesGiven),
      guaranteedByApplicantAmount: opt(g.guaranteedByApplicantAmount),
    })),
    collateral: p.collateral?.map((c) => ({ ...c, appraisedValue: toDecimal(c.appraisedValue), securedAmount: opt(c.securedAmount), priorLiens: opt(c.priorLiens) })),
  };
}
