/** The policy fragment of the check `evidence-insufficient`: its settings, defaults and where each default comes from. */
import * as z from 'zod';
import { count } from '../../profile/fields.js';

export const evidenceInsufficientPolicy = {
  /**
   * EVIDENCE_INSUFFICIENT. The source: every inference rests on "two or more" concrete proofs
   * (2个到2个以上的具体实物), otherwise it "is empty" (否则都是空的): hence 2 independent kinds, and
   * critical when a figure rests on none at all.
   */
  evidence: z
    .strictObject({
      /** Independent kinds of proof each key figure needs. Default 2 (the source). */
      minimumKinds: z.int({ error: 'wholeNumber' }).min(1, { error: 'positive' }).default(2),
      /** Critical when a figure has fewer independent kinds than this. Default 1: nothing but the applicant's word. */
      criticalBelow: z.int({ error: 'wholeNumber' }).min(0, { error: 'nonNegative' }).default(1),
      /**
       * When true, documents count only if collected on site (`collectedOnSite: true`); the officer's own
       * observation and third-party confirmations always count. Default false (xcheck's choice): the source
       * recommends collecting on site but also accepts papers the applicant prepared (第一步，先让其准备基础资料).
       */
      documentsOnSiteOnly: z.boolean({ error: 'boolean' }).default(false),
    })
    .prefault({}),
};
