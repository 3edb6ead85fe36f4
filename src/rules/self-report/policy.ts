/** The policy fragment of the check `self-report`: its settings, defaults and where each default comes from. */
import * as z from 'zod';
import { positiveDecimal } from '../../profile/fields.js';

export const selfReportPolicy = {
  /**
   * Talking habit (说话习惯): the factor applied to favourable figures (sales, receivables, inventory, cash
   * and bank) that rest only on the applicant's word, before the other checks run. The source says only
   * "adjust appropriately" (适当调整); the factors are xcheck's choice. Cautious is 1 by default: prudence,
   * xcheck does not raise a figure on the applicant's word alone (a bank may set e.g. 1.1).
   */
  selfReport: z
    .strictObject({
      exaggerating: positiveDecimal.default('0.8'),
      neutral: positiveDecimal.default('1'),
      cautious: positiveDecimal.default('1'),
    })
    .prefault({}),
};
