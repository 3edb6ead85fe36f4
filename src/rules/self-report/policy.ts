/** The policy fragment of the check `self-report`: its settings, each with its default and where that comes from. */
import * as z from 'zod';
import { positiveDecimal } from '../../profile/fields.js';
import { about } from '../../profile/policy-parts.js';

export const selfReportPolicy = {
  selfReport: z
    .strictObject({
      exaggerating: positiveDecimal
        .default('0.8')
        .meta(about("Factor for an applicant who exaggerates. 0.8: discounts a boastful figure by a fifth (xcheck's choice).")),
      neutral: positiveDecimal.default('1').meta(about("Factor for an applicant who neither exaggerates nor understates. 1: no adjustment (xcheck's choice).")),
      cautious: positiveDecimal
        .default('1')
        .meta(
          about(
            "Factor for a cautious applicant. 1: prudence, xcheck does not raise a figure on the applicant's word alone (xcheck's choice); a bank that wants the source's two-way adjustment sets e.g. 1.1.",
          ),
        ),
    })
    .prefault({})
    .meta(
      about(
        'Talking habit (说话习惯): the factor applied, before the other checks run, to favourable figures (sales, receivables, inventory, cash and bank) that rest only on the applicant\'s word. The source says only "adjust appropriately" (适当调整) and gives no factor.',
      ),
    ),
};
