/**
 * The completeness gates (docs/capacity.md, "The decision"): the checks policy.decision.gates names must have run
 * before any approval. Each missing one gives an open point of the next visit's checklist, as data (its texts are
 * in the catalogs' `decision.openPoints`, by gate id, written from `params`).
 */
import { assessEvidence } from '../adjust/evidence.js';
import type { ProfileData } from '../profile/domain.js';
import type { Policy } from '../profile/policy.js';
import { TENURE_PROOF_KINDS } from '../rules/premises/index.js';
import type { ParamValue } from '../rules/types.js';
import { householdNoteParams, type HouseholdEstimate } from './assumptions.js';
import type { GateId } from './policy.js';

/** A gate that did not pass, with what its checklist entry needs. */
export interface GateMiss {
  readonly gate: GateId;
  readonly params: Readonly<Record<string, ParamValue>>;
}

/** The reason code a missing gate gives the recommendation (`INCOMPLETE_PREMISES_VISITED`, …). */
export const gateReason = (gate: GateId): string => `INCOMPLETE_${gate.toUpperCase().replaceAll('-', '_')}`;

/** The gates policy.decision.gates names that the profile does not pass, in policy order. */
export function missingGates(profile: ProfileData, policy: Policy, household?: HouseholdEstimate): GateMiss[] {
  const out: GateMiss[] = [];
  for (const gate of new Set(policy.decision.gates)) {
    const miss = check(gate, profile, policy, household);
    if (miss !== null) out.push({ gate, params: miss });
  }
  return out;
}

function check(gate: GateId, profile: ProfileData, policy: Policy, household?: HouseholdEstimate): Record<string, ParamValue> | null {
  switch (gate) {
    case 'premises-visited': {
      const p = profile.premises;
      const proof = (p?.proof ?? []).some((e) => TENURE_PROOF_KINDS.includes(e.kind));
      const observed = p?.observedOperating === true;
      if (p?.visited === true && (proof || observed)) return null;
      return { visited: p?.visited === true, proof, observed };
    }
    case 'key-figure-proofs': {
      const minimum = policy.evidence.minimumKinds;
      const short = assessEvidence(profile, policy).filter((f) => f.independentKinds.length < minimum);
      if (short.length === 0) return null;
      return {
        minimum,
        figures: short.map((f) => ({
          figure: f.figure,
          ...(f.lender === undefined ? {} : { lender: f.lender }),
          have: [...f.independentKinds],
          closing: [...f.closingKinds],
        })),
      };
    }
    case 'talking-habit':
      return profile.talkingHabit === undefined ? {} : null;
    case 'household-expenses':
      if (profile.household !== undefined) return null;
      return household === undefined ? {} : householdNoteParams(household);
    case 'sales-estimate': {
      const e = profile.salesEstimates;
      return e !== undefined && Object.values(e).some((v) => v !== undefined) ? null : {};
    }
  }
}
