/** The policy fragment of the check `evidence-insufficient`: its settings, each with its default and where that comes from. */
import * as z from 'zod';
import { about } from '../../profile/policy-parts.js';

export const evidenceInsufficientPolicy = {
  evidence: z
    .strictObject({
      minimumKinds: z
        .int({ error: 'wholeNumber' })
        .min(1, { error: 'positive' })
        .default(2)
        .meta(
          about(
            'Independent kinds of proof each key figure needs. 2: the source has every inference rest on "two or more" concrete proofs (2个到2个以上的具体实物), otherwise it "is empty" (否则都是空的).',
          ),
        ),
      criticalBelow: z
        .int({ error: 'wholeNumber' })
        .min(0, { error: 'nonNegative' })
        .default(1)
        .meta(
          about(
            "Critical when a figure has fewer independent kinds of proof than this. 1: a figure resting on nothing but the applicant's word, what the source calls empty.",
          ),
        ),
      documentsOnSiteOnly: z
        .boolean({ error: 'boolean' })
        .default(false)
        .meta(
          about(
            "When true, documents count only if collected on site (`collectedOnSite: true`); the officer's own observation and third-party confirmations always count. false: xcheck's choice, since the source recommends collecting papers on site but also has the applicant prepare the basic papers first (第一步，先让其准备基础资料).",
          ),
        ),
    })
    .prefault({})
    .meta(about('EVIDENCE_INSUFFICIENT: how many independent proofs each key figure needs.')),
};
