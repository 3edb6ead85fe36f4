/**
 * What docs/rules.md says of the check `evidence-insufficient`, beside its policy fragment and its catalog texts. Read by
 * scripts/rules-docs.ts only: the check itself does not import it, so it stays out of the bundle.
 */
import type { RuleDoc } from '../types.js';

export const doc: RuleDoc = {
  summary:
    "Every key figure (sales, receivables, payables, inventory, cash and bank, initial capital, each loan) must rest on two or more independent kinds of proof: the source's rule that an inference without concrete proofs is empty. The same kind twice counts once; the applicant's word never counts.",
  formulas: [
    "independent kinds = distinct kinds of proof that can prove the figure, the applicant's word excluded",
    'short ⇔ independent kinds < minimumKinds; critical ⇔ some figure has fewer than criticalBelow',
  ],
  inputs:
    '`evidence.<figure>` lists and `loans[].evidence` (each item a `kind`, optionally `collectedOnSite`); `inventoryCount` counts as an on-site proof of the inventory; a figure that is zero or absent needs no proof. `policy.evidence.documentsOnSiteOnly` counts documents only when collected on site.',
  skippedWhen: 'The profile records no evidence at all (no `evidence`, no `loans[].evidence`).',
  workedExample:
    "Sales proven by bank statements twice and the applicant's word: 1 independent kind of the 2 needed; the 6 other figures have 2 each: 6 of 7 figures proven, a warning. Receivables on the applicant's word alone: 0 kinds, below criticalBelow 1: critical.",
  policy: ['evidence'],
  examples: ['rules/evidence-insufficient.json', 'corpus/shoe-factory-missing-evidence.json', 'corpus/retail-shop-inflated-stock.json'],
};
