/** The policy fragment of the check `guarantors`: its settings, each with its default and where that comes from. */
import * as z from 'zod';
import { about, ceiling, floor, severity } from '../../profile/policy-parts.js';

export const guarantorsPolicy = {
  guarantors: z
    .strictObject({
      capacity: floor('1', '0.5', {
        warning: "1: the guarantor's net worth covers the whole amount guaranteed, as a guarantee that may be called in full needs (xcheck's choice).",
        critical: "0.5: the guarantor could pay at most half (xcheck's choice).",
      }).meta(about("GUARANTOR_CAPACITY: the guarantor's net worth ÷ the amount guaranteed.")),
      exposure: ceiling('1', '2', {
        warning: "1: every guarantee the guarantor has given, this one included, called at once would exceed what they own (xcheck's choice).",
        critical: "2: twice what they own (xcheck's choice).",
      }).meta(about("GUARANTEE_EXPOSURE: (guarantees the guarantor already gave + this one) ÷ the guarantor's net worth; only when they gave others.")),
      unknownNetWorth: severity
        .default('warning')
        .meta(about("GUARANTOR_CAPACITY when the guarantor's net worth was not recorded. warning: a guarantee nobody measured cannot be relied on (xcheck's choice).")),
      mutual: severity
        .default('warning')
        .meta(
          about(
            "MUTUAL_GUARANTEE: the applicant guarantees their guarantor in turn (互保). warning: xcheck's choice; mutual-guarantee chains (互保链) were a leading cause of losses in Zhejiang (issue 15), so a bank may set critical to refer every such case back.",
          ),
        ),
    })
    .prefault({})
    .meta(about('GUARANTOR_CAPACITY, GUARANTEE_EXPOSURE, MUTUAL_GUARANTEE: what a guarantor can bear.')),
};
