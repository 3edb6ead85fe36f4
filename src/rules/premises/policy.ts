/** The policy fragment of the check `premises`: its settings, defaults and where each default comes from. */
import * as z from 'zod';
import { severity } from '../../profile/policy-parts.js';

export const premisesPolicy = {
  /**
   * PREMISES_NOT_VERIFIED. The source: confirming the premises is "the basis of all investigation work"
   * (这是一切调查工作的基础), so no visit, or neither tenure proof nor observation, is critical by default.
   */
  premises: z
    .strictObject({
      notVisited: severity.default('critical'),
      /** Visited, but neither proof of tenure nor the business observed operating. */
      unconfirmed: severity.default('critical'),
      /** Visited, and only one of the two (proof of tenure, business observed operating). */
      partlyConfirmed: severity.default('warning'),
    })
    .prefault({}),
};
