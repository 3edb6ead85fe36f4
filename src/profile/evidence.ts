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
import { boundedArray, isoDate, LIST_LIMITS, money, text } from './fields.js';

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

export const evidenceItemSchema = z.strictObject({
  kind: z.enum(EVIDENCE_KINDS, { error: 'enum' }),
  /** What the item is, e.g. "ICBC statements Jan–Jun 2026". */
  description: text.optional(),
  /**
   * true when the officer collected it on site without warning (papers prepared in advance are easy to
   * forge: 现在合同等伪造太简单了). With `policy.evidence.documentsOnSiteOnly` only such documents count.
   */
  collectedOnSite: z.boolean({ error: 'boolean' }).optional(),
});

/** The key figures that must each rest on independent proofs (each loan lists its own in `loans[].evidence`). */
export const EVIDENCE_FIGURES = ['sales', 'receivables', 'payables', 'inventory', 'cashAndBank', 'initialCapital'] as const;
export type EvidenceFigure = (typeof EVIDENCE_FIGURES)[number];

const evidenceList = boundedArray(evidenceItemSchema, LIST_LIMITS.evidence);

export const evidenceSchema = z.strictObject({
  /** Declared sales (销售额). */
  sales: evidenceList.optional(),
  /** balances.receivables (应收账款). */
  receivables: evidenceList.optional(),
  /** balances.payables (应付账款). */
  payables: evidenceList.optional(),
  /** balances.inventory or the inventory count (存货). */
  inventory: evidenceList.optional(),
  /** balances.cash and balances.bank (现金及银行存款). */
  cashAndBank: evidenceList.optional(),
  /** The capital put in at the start: the history's `start` event (初始投入). */
  initialCapital: evidenceList.optional(),
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
  /** Whether the officer went to the premises. */
  visited: z.boolean({ error: 'boolean' }),
  visitDate: isoDate.optional(),
  address: text.optional(),
  /** owned / leased / family (used free of charge from relatives) / other. */
  tenure: z.enum(TENURES, { error: 'enum' }).optional(),
  /**
   * The officer saw the applicant's own business operating there: the applicant at work, staff, stock,
   * customers, the signboard, documents in the applicant's name on site.
   */
  observedOperating: z.boolean({ error: 'boolean' }).optional(),
  /** Proof of the right to use the premises; `lease-contract` and `ownership-papers` prove tenure. */
  proof: boundedArray(evidenceItemSchema, LIST_LIMITS.evidence).optional(),
});

/** What the owner did before the business, to judge where the initial capital came from. */
export const ownerSchema = z.strictObject({
  /** When the owner started working or apprenticing before the business (the source: 2002). */
  workStartDate: isoDate.optional(),
  /** What the owner did then, e.g. "apprentice in a Hangzhou fastener shop". */
  occupation: text.optional(),
  /** Monthly income then (CNY/month). */
  monthlyIncome: money.optional(),
  /** What the owner could put aside a month then (CNY/month); when absent, income × policy savings rate. */
  monthlySavings: money.optional(),
  /** Money the family gave (not lent) towards the start (CNY). */
  familySupport: money.optional(),
  description: text.optional(),
});

export type EvidenceItem = z.output<typeof evidenceItemSchema>;
export type Evidence = z.output<typeof evidenceSchema>;
export type Premises = z.output<typeof premisesSchema>;
export type Owner = z.output<typeof ownerSchema>;
