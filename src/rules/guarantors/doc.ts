/** What docs/rules.md says of the check `guarantors` (read by scripts/rules-docs.ts only). */
import type { RuleDoc } from '../types.js';

export const doc: RuleDoc = {
  summary:
    "Whether each guarantor could pay what they guarantee (their net worth against the amount), whether all the guarantees they have given, this one included, exceed what they own, and whether the applicant guarantees them in turn (互保: mutual-guarantee chains were a leading cause of losses in Zhejiang). Batch mode follows the guarantees across the profiles of a file (docs/portfolio.md).",
  formulas: [
    "guarantor's net worth / amount guaranteed ≥ policy.guarantors.capacity.min",
    "(guarantees already given + amount guaranteed) / guarantor's net worth ≤ policy.guarantors.exposure.max (only when they gave others)",
    'the applicant guarantees the guarantor in turn → severity policy.guarantors.mutual',
  ],
  inputs:
    "`guarantors[i].netWorth`, `guarantors[i].amount` (default `loanRequest.amount`, marked defaulted), `guarantors[i].guaranteesGiven` (default 0), `guarantors[i].guaranteedByApplicant`; `household.guaranteesGiven` when the profile has it (a guarantee whose `partyId`, `beneficiary`, `for`, `name`, `party` or `borrower` is the guarantor's partyId or name). A guarantor without `netWorth` is a GUARANTOR_CAPACITY finding of severity `policy.guarantors.unknownNetWorth`.",
  skippedWhen: 'the profile lists no `guarantors`.',
  workedExample:
    'A guarantor worth 240,000 guarantees the whole request of 300,000: 240,000 / 300,000 = 0.80, below 1 (a warning), not below 0.5. Having already guaranteed 200,000 for others: (200,000 + 300,000) / 240,000 = 2.08, above 2: critical. The applicant guarantees them 150,000 in turn: MUTUAL_GUARANTEE, a warning by default. Effect on the outcome: a critical finding is a reason to refer back (docs/capacity.md); warnings are listed for the committee.',
  policy: ['guarantors'],
  examples: ['rules/guarantors.json'],
};
