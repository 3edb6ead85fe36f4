/** The policy fragment of the check `hidden-debt`: its settings, each with its default and where that comes from. */
import * as z from 'zod';
import { fraction, money } from '../../profile/fields.js';
import { about, severity } from '../../profile/policy-parts.js';

export const hiddenDebtPolicy = {
  hiddenDebt: z
    .strictObject({
      largePurchaseShareOfProfit: fraction
        .default('0.5')
        .meta(
          about(
            "A purchase is large when it is at least max(largePurchaseMinimum, this share × |annual business profit|). xcheck's choice: half a year's business profit cannot come out of one year's retained profit after household spending without savings or debt.",
          ),
        ),
      largePurchaseMinimum: money
        .default('50000')
        .meta(about("The least amount a large purchase has (see largePurchaseShareOfProfit). xcheck's choice: it keeps small equipment out.")),
      unfundedPurchase: severity
        .default('warning')
        .meta(about("Severity of a large purchase without a stated source of funds. xcheck's choice: a question to ask, not yet a debt found.")),
      missingLoan: severity
        .default('critical')
        .meta(about("Severity of a borrowing named in the history, not repaid, and absent from the loans. xcheck's choice: a debt the balance sheet leaves out.")),
    })
    .prefault({})
    .meta(about("HIDDEN_DEBT_SUSPECTED: large purchases and borrowings the loans do not show (the equity-gap signal uses policy.equity's bands).")),
};
