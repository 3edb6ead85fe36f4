/**
 * Profile parts for the evidence model (证据), the applicant's talking habit (说话习惯), the site visit of
 * the premises (实地调查：经营场所) and the owner's background before the business (经营履历：创业前).
 *
 * The source's rule: every inference must finally rest on two or more concrete, independent proofs
 * (2个到2个以上的具体实物), otherwise it "is empty". Each key figure therefore lists the evidence items
 * collected for it, by kind. Two items of the same kind count once; the applicant's word never counts as
 * a proof. Field-by-field documentation: docs/profile.md.
 */
import * as z from 'zod';
import { boundedArray, doc, isoDate, named, LIST_LIMITS, money, text } from './fields.js';

/**
 * Kinds of evidence. What each kind is (the Chinese term as the source names it):
 * - `bank-statement`: bank statements (银行流水);
 * - `warehouse-slips`: warehouse in/out slips, delivery notes (出入库单、送货单);
 * - `ledger`: the applicant's own books or hand ledger (记账本);
 * - `invoices`: invoices and suppliers' or customers' bills (发票、账单);
 * - `tax-record`: tax returns or the tax bureau's record (纳税记录);
 * - `utility-bills`: electricity, water and gas bills (水电费单);
 * - `lease-contract`: a lease of the premises or the stall (租赁合同、摊位租赁合同);
 * - `ownership-papers`: property or vehicle papers (产权证);
 * - `loan-contract`: loan contracts and IOUs (借款合同、借条);
 * - `on-site`: the officer's own count or observation on site (实地盘点、观察);
 * - `third-party`: confirmation by a third party: a customer, a supplier, a lender, a credit report (第三方核实);
 * - `applicant-word`: what the applicant said (客户口述): recorded, never a proof.
 */
export const EVIDENCE_KINDS = [
  'bank-statement',
  'warehouse-slips',
  'ledger',
  'invoices',
  'tax-record',
  'utility-bills',
  'lease-contract',
  'ownership-papers',
  'loan-contract',
  'on-site',
  'third-party',
  'applicant-word',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const evidenceItemSchema = named(
  z.strictObject({
  kind: z.enum(EVIDENCE_KINDS, { error: 'enum' }).meta(doc('The kind of proof: bank-statement (银行流水), warehouse-slips (出入库单、送货单), ledger (记账本), invoices (发票、账单), tax-record (纳税记录), utility-bills (水电费单), lease-contract (租赁合同), ownership-papers (产权证), loan-contract (借款合同、借条), on-site (the officer\'s own count or observation, 实地盘点), third-party (a customer, supplier, lender or credit report, 第三方核实), applicant-word (客户口述: recorded, never a proof). Two items of the same kind count as one proof.')),
  description: text.optional().meta(doc('What the item is, e.g. "ICBC statements Jan–Jun 2026".')),
  collectedOnSite: z.boolean({ error: 'boolean' }).optional().meta(doc('true when the officer collected it on site without warning (papers prepared in advance are easy to forge: 现在合同等伪造太简单了). With `policy.evidence.documentsOnSiteOnly` only such documents count.')),
}),
  'EvidenceItem',
  { description: 'One item of evidence collected for a figure.', examples: [{ kind: 'bank-statement', collectedOnSite: true }] },
);

/** The key figures that must each rest on independent proofs (each loan lists its own in `loans[].evidence`). */
export const EVIDENCE_FIGURES = ['sales', 'receivables', 'payables', 'inventory', 'cashAndBank', 'initialCapital'] as const;
export type EvidenceFigure = (typeof EVIDENCE_FIGURES)[number];

const evidenceList = boundedArray(evidenceItemSchema, LIST_LIMITS.evidence);

export const evidenceSchema = z.strictObject({
  sales: evidenceList.optional().meta(doc('Declared sales (销售额).')),
  receivables: evidenceList.optional().meta(doc('balances.receivables (应收账款).')),
  payables: evidenceList.optional().meta(doc('balances.payables (应付账款).')),
  inventory: evidenceList.optional().meta(doc('balances.inventory or the inventory count (存货).')),
  cashAndBank: evidenceList.optional().meta(doc('balances.cash and balances.bank (现金及银行存款).')),
  initialCapital: evidenceList.optional().meta(doc('The capital put in at the start: the history\'s `start` event (初始投入).')),
});

/** How the applicant talks about figures, as the officer judged it (说话习惯：夸大型 / 中性 / 谨慎型). */
export const TALKING_HABITS = ['exaggerating', 'neutral', 'cautious'] as const;
export type TalkingHabit = (typeof TALKING_HABITS)[number];
export const talkingHabitSchema = z.enum(TALKING_HABITS, { error: 'enum' });

export const TENURES = ['owned', 'leased', 'family', 'other'] as const;

/**
 * The site visit of the premises. The source: confirming that the place is really the applicant's
 * business is "the basis of all investigation work" (这是一切调查工作的基础).
 */
export const premisesSchema = z.strictObject({
  visited: z.boolean({ error: 'boolean' }).meta(doc('Whether the officer went to the premises.')),
  visitDate: isoDate.optional().meta(doc('When the officer visited. Not after `analysisDate`.', { examples: ['2026-06-25'] })),
  address: text.optional().meta(doc('The address visited.')),
  tenure: z.enum(TENURES, { error: 'enum' }).optional().meta(doc('owned / leased / family (used free of charge from relatives) / other.')),
  observedOperating: z.boolean({ error: 'boolean' }).optional().meta(doc('The officer saw the applicant\'s own business operating there: the applicant at work, staff, stock, customers, the signboard, documents in the applicant\'s name on site.')),
  proof: boundedArray(evidenceItemSchema, LIST_LIMITS.evidence).optional().meta(doc('Proof of the right to use the premises; `lease-contract` and `ownership-papers` prove tenure.')),
});

/** What the owner did before the business, to judge where the initial capital came from. */
export const ownerSchema = z.strictObject({
  workStartDate: isoDate.optional().meta(doc('When the owner started working or apprenticing before the business (the source: 2002).')),
  occupation: text.optional().meta(doc('What the owner did then, e.g. "apprentice in a Hangzhou fastener shop".')),
  monthlyIncome: money.optional().meta(doc('Monthly income then (CNY/month).')),
  monthlySavings: money.optional().meta(doc('What the owner could put aside a month then (CNY/month); when absent, income × policy savings rate.')),
  familySupport: money.optional().meta(doc('Money the family gave (not lent) towards the start (CNY).')),
  description: text.optional().meta(doc('Anything else about the owner\'s background.')),
});

export type EvidenceItem = z.output<typeof evidenceItemSchema>;
export type Evidence = z.output<typeof evidenceSchema>;
export type Premises = z.output<typeof premisesSchema>;
export type Owner = z.output<typeof ownerSchema>;
