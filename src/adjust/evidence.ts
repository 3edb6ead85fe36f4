/**
 * Which proofs each key figure rests on (证据评估). Shared by the talking-habit adjustment (which adjusts
 * the figures that rest on the applicant's word alone) and EVIDENCE_INSUFFICIENT.
 *
 * Counting, after the source's rule of two or more concrete, independent proofs:
 * - only kinds that can prove the figure count (a utility bill says nothing of receivables);
 * - two items of the same kind count once;
 * - the applicant's word (`applicant-word`) never counts;
 * - with `policy.evidence.documentsOnSiteOnly`, a document counts only when collected on site;
 * - an inventory count in the profile (`inventoryCount`) is the officer's own count: it counts as `on-site`.
 *
 * Data only: kinds and figures are ids; their names in each language are in the catalogs
 * (src/locales/<lang>/evidence.ts).
 */
import type { Dec } from '../money/index.js';
import { type EvidenceFigure, type EvidenceItem, type EvidenceKind } from '../profile/evidence.js';
import type { Policy } from '../profile/policy.js';
import type { ProfileData } from '../profile/domain.js';

/** The kinds that can prove each figure, in the order an officer would reach for them. */
export const PROVING_KINDS: Readonly<Record<EvidenceFigure | 'loan', readonly EvidenceKind[]>> = {
  sales: ['bank-statement', 'ledger', 'invoices', 'tax-record', 'warehouse-slips', 'utility-bills', 'on-site', 'third-party'],
  receivables: ['warehouse-slips', 'invoices', 'ledger', 'bank-statement', 'third-party'],
  payables: ['warehouse-slips', 'invoices', 'ledger', 'bank-statement', 'third-party'],
  inventory: ['on-site', 'warehouse-slips', 'ledger', 'invoices'],
  cashAndBank: ['bank-statement', 'on-site'],
  initialCapital: ['bank-statement', 'loan-contract', 'third-party', 'invoices', 'lease-contract', 'ledger'],
  loan: ['loan-contract', 'third-party', 'bank-statement'],
};

/** Kinds that are the officer's own observation or someone else's word, not papers the applicant hands over. */
const NOT_DOCUMENTS: ReadonlySet<EvidenceKind> = new Set(['on-site', 'third-party', 'applicant-word']);

export interface FigureEvidence {
  /** `sales`, …, or `loan` for an entry of `loans[]`. */
  readonly figure: EvidenceFigure | 'loan';
  /** For a loan: its index in `loans[]`. */
  readonly loanIndex?: number;
  /** For a loan: its lender as the profile names it (the catalogs write `loan from …`). */
  readonly lender?: string;
  /** Where the evidence list is in the profile: `evidence.sales`, `loans[0].evidence`. */
  readonly path: string;
  /** Distinct kinds that count as independent proofs, in PROVING_KINDS order. */
  readonly independentKinds: readonly EvidenceKind[];
  /** Kinds recorded that did not count (the applicant's word, kinds that cannot prove this figure, papers not collected on site). */
  readonly notCounted: readonly EvidenceKind[];
  /** Kinds that could still be collected to add a proof. */
  readonly closingKinds: readonly EvidenceKind[];
  /** Nothing but the applicant's word (or nothing at all). */
  readonly wordOnly: boolean;
}

function assess(
  figure: EvidenceFigure | 'loan',
  path: string,
  items: readonly EvidenceItem[],
  policy: Policy,
  loan?: { readonly index: number; readonly lender: string },
): FigureEvidence {
  const proving = PROVING_KINDS[figure];
  const counted = new Set<EvidenceKind>();
  const notCounted = new Set<EvidenceKind>();
  for (const item of items) {
    const isDocument = !NOT_DOCUMENTS.has(item.kind);
    const ok =
      item.kind !== 'applicant-word' &&
      proving.includes(item.kind) &&
      !(policy.evidence.documentsOnSiteOnly && isDocument && item.collectedOnSite !== true);
    (ok ? counted : notCounted).add(item.kind);
  }
  for (const k of counted) notCounted.delete(k);
  const independentKinds = proving.filter((k) => counted.has(k));
  return {
    figure,
    ...(loan === undefined ? {} : { loanIndex: loan.index, lender: loan.lender }),
    path,
    independentKinds,
    notCounted: [...notCounted],
    closingKinds: proving.filter((k) => !counted.has(k)),
    wordOnly: independentKinds.length === 0,
  };
}

const positive = (v: Dec | undefined): boolean => v !== undefined && v.gt(0);

/**
 * The evidence behind each key figure the profile has (a figure that is zero or absent needs no proof).
 * A figure with no list under `evidence` rests on nothing: it counts as the applicant's word alone.
 *
 * @example
 * assessEvidence({ ...profile, evidence: { sales: [{ kind: 'bank-statement' }, { kind: 'bank-statement' }] } }, policy)
 *   .find((f) => f.figure === 'sales').independentKinds //=> ['bank-statement']
 */
export function assessEvidence(profile: ProfileData, policy: Policy): FigureEvidence[] {
  const ev = profile.evidence ?? {};
  const b = profile.balances ?? {};
  const out: FigureEvidence[] = [];
  const add = (figure: EvidenceFigure, items: readonly EvidenceItem[] = []) =>
    out.push(assess(figure, `evidence.${figure}`, items, policy));

  add('sales', ev.sales);
  if (positive(b.receivables)) add('receivables', ev.receivables);
  if (positive(b.payables)) add('payables', ev.payables);
  const counted = (profile.inventoryCount ?? []).length > 0;
  if (counted || positive(b.inventory))
    add('inventory', [...(ev.inventory ?? []), ...(counted ? [{ kind: 'on-site' as const, description: 'inventoryCount' }] : [])]);
  if (positive(b.cash) || positive(b.bank)) add('cashAndBank', ev.cashAndBank);
  const start = profile.history?.find((e) => e.kind === 'start');
  if (start && positive(start.amount)) add('initialCapital', ev.initialCapital);
  (profile.loans ?? []).forEach((loan, i) => {
    if (!positive(loan.balance)) return;
    out.push(assess('loan', `loans[${i}].evidence`, loan.evidence ?? [], policy, { index: i, lender: loan.lender }));
  });
  return out;
}
