/**
 * What docs/rules.md says of the check `household-balance`, beside its policy fragment and its catalog texts. Read by
 * scripts/rules-docs.ts only: the check itself does not import it, so it stays out of the bundle.
 */
import type { RuleDoc } from '../types.js';

export const doc: RuleDoc = {
  summary:
    "The family as one economic unit: its assets and debts outside the business (`household.assets`, `household.liabilities`) against the history and the capacity, and the guarantees it has given for others (对外担保) against its total net worth. The household balance sheet itself is in the report (`household`) and the memo, beside the business one; the household's instalments are in the capacity's existing instalments (docs/capacity.md).",
  formulas: [
    'purchase unmatched: history event with asset house (→ property) or vehicle (→ vehicle), |amount| ≥ largeItemMinimum, and no unused family asset of that kind acquired within matchWindowDays of it (or undated)',
    'asset unfunded: family asset (not a deposit), value ≥ largeItemMinimum, no fundingSource, no history purchase matched to it, no household debt of its kind (mortgage → property, vehicle-loan → vehicle)',
    'debt service missing: household debt with balance > 0 and no monthlyInstalment, or marked inLoans with no loan of that lender in loans[]',
    'family net worth = balanceSheet.equity + (Σ household.assets[].value − Σ household.liabilities[].balance)',
    'guarantees ratio = max(Σ household.guaranteesGiven[].amount, Σ creditReport.guaranteesGiven[].amount) / family net worth',
  ],
  inputs:
    '`household.assets[]` (`kind`, `value`, `acquiredDate`, `fundingSource`), `household.liabilities[]` (`kind`, `lender`, `balance`, `monthlyInstalment`, `inLoans`), `household.guaranteesGiven[].amount`, `creditReport.guaranteesGiven[].amount`; `history[]` (`asset`, `amount`, `date`); `loans[].lender`; `balanceSheet.equity`. The purchase and asset signals run only when `household.assets` is given (an empty list says the family owns nothing).',
  skippedWhen: 'the profile has no `household.assets`, `household.liabilities` or `household.guaranteesGiven`, and no guarantees in `creditReport`.',
  workedExample:
    'A history withdrawal of 380,000 for a vehicle in 2023 and no family vehicle: HOUSEHOLD_PURCHASE_UNMATCHED, a warning. Guarantees given 888,000; business equity 600,000, household assets 1,200,000 − debts 320,000 = 880,000; 888,000 / (600,000 + 880,000) = 0.60 > 0.5: a warning (GUARANTEES_EXCEED_NET_WORTH). The mortgage instalment of 3,000 a month is in the existing instalments; a card balance of 20,000 without an instalment is HOUSEHOLD_DEBT_SERVICE_MISSING.',
  policy: ['householdBalance'],
  examples: ['rules/household-balance.json'],
};
