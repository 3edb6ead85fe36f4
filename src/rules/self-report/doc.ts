/**
 * What docs/rules.md says of the check `self-report`, beside its policy fragment and its catalog texts. Read by
 * scripts/rules-docs.ts only: the check itself does not import it, so it stays out of the bundle.
 */
import type { RuleDoc } from '../types.js';

export const doc: RuleDoc = {
  summary:
    "What the talking-habit pre-stage changed: each favourable figure (sales, receivables, inventory, cash and bank) that rests only on the applicant's word is multiplied by the factor of the recorded habit before any other check runs. Information only: every statement and check already uses the adjusted figures.",
  formulas: ['adjusted = original × policy.selfReport[talkingHabit]', 'deviation = (Σ original − Σ adjusted) / Σ original'],
  inputs:
    '`talkingHabit`; the figures `sales.annual`, `sales.monthly[]`, `balances.receivables`, `balances.inventory` (not when an `inventoryCount` exists), `balances.cash`, `balances.bank`, each adjusted only when its `evidence` holds no independent proof.',
  skippedWhen: 'No `talkingHabit` is recorded.',
  workedExample:
    "An exaggerating applicant (factor 0.8) whose sales of 12,000,000 rest on their word alone: 12,000,000 × 0.8 = 9,600,000; (12,000,000 − 9,600,000) / 12,000,000 = 20%.",
  policy: ['selfReport'],
  examples: ['rules/self-report-adjusted.json', 'corpus/contractor-exaggerating-profits.json'],
};
