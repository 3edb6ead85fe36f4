/** What docs/rules.md says of the check `collateral` (read by scripts/rules-docs.ts only). */
import type { RuleDoc } from '../types.js';

export const doc: RuleDoc = {
  summary:
    'The loan-to-value (抵押率) of each item of collateral against a limit per kind, and whether its lien is registered (an unregistered lien does not rank against other creditors).',
  formulas: [
    '(amount secured + prior liens) / appraised value ≤ policy.collateral.maxLoanToValue.<kind>.max',
    'lien registered = false → severity policy.collateral.lienNotRegistered',
  ],
  inputs:
    '`collateral[i].appraisedValue`, `collateral[i].securedAmount` (default `loanRequest.amount`, marked defaulted), `collateral[i].priorLiens` (default 0), `collateral[i].kind`, `collateral[i].lienRegistered`. Who appraised it (`appraisedBy`) and the insurance are shown, not scored.',
  skippedWhen: 'the profile lists no `collateral`.',
  workedExample:
    'A flat appraised at 400,000 by an appraisal firm, with a mortgage of 100,000 ahead, secures the request of 300,000: (300,000 + 100,000) / 400,000 = 1.00, above 0.7 (a warning), not above 1. A van the applicant values at 60,000 secures 80,000: 80,000 / 60,000 = 1.33, above 1: critical; its lien is not registered: a warning.',
  policy: ['collateral'],
  examples: ['rules/collateral.json'],
};
