/** Names of the kinds of evidence and of the key figures they prove (en), shared by the evidence checks. */
import type { EvidenceFigure, EvidenceKind } from '../../profile/evidence.js';

export const evidenceKinds: Readonly<Record<EvidenceKind, string>> = {
  'bank-statement': 'bank statements',
  'warehouse-slips': 'warehouse in/out slips',
  ledger: 'the ledger',
  invoices: 'invoices and bills',
  'tax-record': 'tax records',
  'utility-bills': 'utility bills',
  'lease-contract': 'a lease contract',
  'ownership-papers': 'ownership papers',
  'loan-contract': 'a loan contract or IOU',
  'on-site': 'an on-site count or observation',
  'third-party': 'a third-party confirmation',
  'applicant-word': "the applicant's word",
};

export const evidenceFigures: Readonly<Record<EvidenceFigure | 'loan', string>> = {
  sales: 'sales',
  receivables: 'receivables',
  payables: 'payables',
  inventory: 'inventory',
  cashAndBank: 'cash and bank',
  initialCapital: 'initial capital',
  loan: 'loan',
};

/** The name of one key figure: `sales`, or `loan from <lender>` for an entry of `loans[]`. */
export function figureName(f: { readonly figure: EvidenceFigure | 'loan'; readonly lender?: string }): string {
  return f.figure === 'loan' && f.lender !== undefined ? `loan from ${f.lender}` : evidenceFigures[f.figure];
}

/** Kinds as a list for a sentence: `bank statements, the ledger`; `none` for no kind. */
export function kindList(kinds: readonly EvidenceKind[]): string {
  return kinds.length === 0 ? 'none' : kinds.map((k) => evidenceKinds[k]).join(', ');
}
