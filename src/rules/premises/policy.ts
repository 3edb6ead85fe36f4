/** The policy fragment of the check `premises`: its settings, each with its default and where that comes from. */
import * as z from 'zod';
import { about, severity } from '../../profile/policy-parts.js';

/** The source's reason for the critical defaults, said on each of the two settings it decides. */
const BASIS = 'the source calls confirming the premises "the basis of all investigation work" (这是一切调查工作的基础).';

export const premisesPolicy = {
  premises: z
    .strictObject({
      notVisited: severity.default('critical').meta(about(`Severity when the premises were not visited. critical: ${BASIS}`)),
      unconfirmed: severity
        .default('critical')
        .meta(about(`Severity when the premises were visited but neither proof of tenure nor the business operating was seen. critical: ${BASIS}`)),
      partlyConfirmed: severity
        .default('warning')
        .meta(
          about(
            "Severity when the premises were visited and only one of the two (proof of tenure, the business observed operating) was seen. warning: xcheck's choice, one of the two confirmations is there.",
          ),
        ),
    })
    .prefault({})
    .meta(about('PREMISES_NOT_VERIFIED: the severity of each state of the premises check.')),
};
