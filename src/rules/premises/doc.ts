/**
 * What docs/rules.md says of the check `premises`, beside its policy fragment and its catalog texts. Read by
 * scripts/rules-docs.ts only: the check itself does not import it, so it stays out of the bundle.
 */
import type { RuleDoc } from '../types.js';

export const doc: RuleDoc = {
  summary:
    "Whether the place visited is really the applicant's business, \"the basis of all investigation work\": the premises visited, proof of the right to use them (a lease or ownership papers), and the applicant's business seen operating there.",
  formulas: ['confirmed = visited + (visited and lease or ownership proof) + (visited and business observed operating)', 'verified ⇔ confirmed = 3'],
  inputs: '`premises.visited`, `premises.proof` (items of kind `lease-contract` or `ownership-papers` count), `premises.observedOperating`, `premises.tenure`.',
  skippedWhen: 'The profile has no `premises` record.',
  workedExample:
    "Visited, a stall lease in the applicant's name, but the business not seen operating: 1 + 1 + 0 = 2 of 3, partly confirmed: a warning (policy.premises.partlyConfirmed). Not visited at all: 0 of 3, critical (policy.premises.notVisited).",
  policy: ['premises'],
  examples: ['rules/premises-not-verified.json'],
};
