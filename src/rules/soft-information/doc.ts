/** What docs/rules.md says of the check `soft-information` (read by scripts/rules-docs.ts only). */
import type { RuleDoc } from '../types.js';

export const doc: RuleDoc = {
  summary:
    "Each concern the officer recorded in the soft information (软信息: family, health, habits, reputation with neighbours, suppliers and the market office, standing in the trade, social resources) becomes one finding, its severity set by the policy. Nothing is scored or added up: the memo shows every item with its source, and each concern's effect on the outcome is that of its severity (critical: a reason to refer back; warning: a question for the committee; info: recorded).",
  formulas: ['concern recorded in softInformation.items[i].concerns → severity policy.softInformation.concerns.<concern>'],
  inputs: '`softInformation.items[i].concerns`, with the item\'s `topic`, `source` and `note` (shown as written, escaped).',
  skippedWhen: 'the profile has no `softInformation`.',
  workedExample:
    'The officer saw the applicant at a mahjong table for money (habits, observed, gambling): critical by default, a reason to refer back. A neighbour says he owes a supplier (reputation, neighbour, unpaid-debts): a warning. The market office says he pays his stall fee on time (no concern): shown in the memo, no finding.',
  policy: ['softInformation'],
  examples: ['rules/soft-information.json'],
};
