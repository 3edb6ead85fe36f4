/** The policy fragment of the check `household-balance`: its settings, each with its default and where that comes from. */
import * as z from 'zod';
import { count, money } from '../../profile/fields.js';
import { about, ceiling, severity } from '../../profile/policy-parts.js';

export const householdBalancePolicy = {
  householdBalance: z
    .strictObject({
      largeItemMinimum: money
        .default('50000')
        .meta(about("The least amount of a history purchase or a family asset these checks look at. xcheck's choice, the same as policy.hiddenDebt.largePurchaseMinimum: it keeps small items out.")),
      matchWindowDays: count
        .default(366)
        .meta(about("A family asset with an `acquiredDate` matches a history purchase of its kind within this many days either side. xcheck's choice: a year, as a purchase is often recorded at the year's end.")),
      purchaseUnmatched: severity
        .default('warning')
        .meta(about("Severity of a history purchase of a house or a vehicle with no family asset of that kind. xcheck's choice: the asset was sold, or is held elsewhere, or was never bought: a question to ask.")),
      assetUnfunded: severity
        .default('warning')
        .meta(about("Severity of a family asset with no source of funds, no purchase in the history and no household debt of its kind. xcheck's choice: a question to ask, like policy.hiddenDebt.unfundedPurchase.")),
      debtServiceMissing: severity
        .default('warning')
        .meta(about("Severity of a household debt whose instalment the capacity cannot count (no instalment given, or marked `inLoans` with no such loan). xcheck's choice: the surplus is overstated by an unknown amount.")),
      guaranteesToNetWorth: ceiling('0.5', '1', {
        warning: "0.5: guarantees that could take half of what the family owns (xcheck's own choice; mutual-guarantee chains, 互保链, were a leading cause of loan losses in Zhejiang).",
        critical: "1: guarantees that could take everything the family owns (xcheck's own choice).",
      }).meta(about('GUARANTEES_EXCEED_NET_WORTH: guarantees given (the larger of the declared and the credit report\'s) ÷ the family\'s total net worth.')),
    })
    .prefault({})
    .meta(about("The household's balance sheet: HOUSEHOLD_PURCHASE_UNMATCHED, HOUSEHOLD_ASSET_UNFUNDED, HOUSEHOLD_DEBT_SERVICE_MISSING, GUARANTEES_EXCEED_NET_WORTH.")),
};
