/** The policy fragment of the check `hidden-debt`: its settings, defaults and where each default comes from. */
import * as z from 'zod';
import { fraction, money } from '../../profile/fields.js';
import { severity } from '../../profile/policy-parts.js';

export const hiddenDebtPolicy = {
  /**
   * HIDDEN_DEBT_SUSPECTED. A purchase is large when it is at least max(largePurchaseMinimum,
   * largePurchaseShareOfProfit × |annual business profit|). Defaults are xcheck's choice: half a year's
   * business profit cannot come out of one year's retained profit after household spending without
   * savings or debt, and 50,000 keeps small equipment out. The equity-gap signal uses policy.equity's bands.
   */
  hiddenDebt: z
    .strictObject({
      largePurchaseShareOfProfit: fraction.default('0.5'),
      largePurchaseMinimum: money.default('50000'),
      /** Severity of a large purchase without a stated source of funds. */
      unfundedPurchase: severity.default('warning'),
      /** Severity of a borrowing named in the history, not repaid, and absent from the loans. */
      missingLoan: severity.default('critical'),
    })
    .prefault({}),
};
