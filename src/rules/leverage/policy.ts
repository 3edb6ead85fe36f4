/** The policy fragment of the check `leverage`: its settings, defaults and where each default comes from. */
import * as z from 'zod';
import { ceiling } from '../../profile/policy-parts.js';

export const leveragePolicy = {
  /**
   * LEVERAGE_HIGH: liabilities ÷ equity above 1 warns (the applicant owes more than they own), above 2
   * is critical; (existing + requested loans) ÷ average monthly sales above 3 months warns, above 6 is
   * critical. xcheck's own choice.
   */
  leverage: z
    .strictObject({
      liabilitiesToEquity: ceiling('1', '2'),
      debtToMonthlySales: ceiling('3', '6'),
    })
    .prefault({}),
};
