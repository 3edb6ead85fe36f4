/** The policy fragment of the check `initial-capital`: its settings, defaults and where each default comes from. */
import * as z from 'zod';
import { fraction, positiveDecimal } from '../../profile/fields.js';

export const initialCapitalPolicy = {
  /**
   * INITIAL_CAPITAL_UNEXPLAINED: unexplained share = (capital − savings − family support − borrowed) / capital.
   * Bands are xcheck's choice (the source gives none): 10% as for the equity reconciliation, critical at 30%.
   */
  initialCapital: z
    .strictObject({
      tolerance: fraction.default('0.1'),
      critical: positiveDecimal.default('0.3'),
      /**
       * Share of the monthly income saved when the profile gives income but not savings. Default 0.3:
       * xcheck's choice, of the order of what Chinese households saved of their disposable income in the
       * 2000s (roughly a quarter to a third); a bank sets its own.
       */
      savingsRate: fraction.default('0.3'),
    })
    .prefault({}),
};
