/**
 * PREMISES_NOT_VERIFIED — 经营场所未核实.
 *
 * The source: first confirm that the place visited is really the applicant's business, "the basis of all
 * investigation work" (首先要确认，我们去的地方是否是真实的客户经营场所，这是一切调查工作的基础). Two things
 * confirm it: proof of the right to use the premises (`premises.proof` with a `lease-contract` or
 * `ownership-papers`: 摊位租赁合同、产权证) and the officer's observation of the applicant's business operating
 * there (`premises.observedOperating`).
 *
 * Severity (policy.premises, defaults xcheck's, following the source's "basis of all work"):
 * not visited → notVisited (critical); visited but neither proof nor observation → unconfirmed (critical);
 * only one of the two → partlyConfirmed (warning); both → no flag.
 * Skipped when the profile has no `premises` record.
 * Example: visited, a lease in the applicant's name, but the business not seen operating: 1 + 1 + 0 = 2 of 3,
 * partly confirmed: a warning.
 */
import type { EvidenceKind } from '../../profile/evidence.js';
import { plainInput, ran } from '../flag.js';
import type { Rule, Severity } from '../types.js';

/** Kinds that prove the right to use the premises. */
export const TENURE_PROOF_KINDS: readonly EvidenceKind[] = ['lease-contract', 'ownership-papers'];

/** What is lacking: not visited; visited, but no tenure proof and/or the business not observed operating. */
export type PremisesLack = 'not-visited' | 'no-tenure-proof' | 'not-observed';

/** The params of PREMISES_NOT_VERIFIED. The figures: observed = confirmations (0–3), expected = 3. */
export type PremisesParams = {
  /** Each confirmation as 0 or 1: visited, tenure proof (when visited), business observed operating (when visited). */
  readonly visited: number;
  readonly proof: number;
  readonly observed: number;
  readonly lacking: readonly PremisesLack[];
};

/** Skip code: no site-visit record of the premises. */
export const NO_PREMISES_RECORD = 'no-premises-record';

export const premisesRule: Rule = {
  id: 'premises',
  codes: ['PREMISES_NOT_VERIFIED'],
  check({ profile, policy }) {
    const p = profile.premises;
    if (p === undefined) return { status: 'skipped', missing: ['premises'], reason: { code: NO_PREMISES_RECORD } };
    const proofs = (p.proof ?? []).filter((e) => TENURE_PROOF_KINDS.includes(e.kind));
    const hasProof = proofs.length > 0;
    const observed = p.observedOperating === true;
    let setting: keyof typeof policy.premises;
    const lacking: PremisesLack[] = [];
    if (!p.visited) {
      setting = 'notVisited';
      lacking.push('not-visited');
    } else {
      if (!hasProof) lacking.push('no-tenure-proof');
      if (!observed) lacking.push('not-observed');
      if (lacking.length === 0) return ran([]);
      setting = lacking.length === 2 ? 'unconfirmed' : 'partlyConfirmed';
    }
    const severity: Severity = policy.premises[setting];
    const params: PremisesParams = {
      visited: p.visited ? 1 : 0,
      proof: p.visited && hasProof ? 1 : 0,
      observed: p.visited && observed ? 1 : 0,
      lacking,
    };
    return ran([
      {
        code: 'PREMISES_NOT_VERIFIED',
        subject: {},
        severity,
        unit: 'count',
        observed: String(params.visited + params.proof + params.observed),
        expected: '3',
        range: { min: '3', max: '3' },
        deviation: null,
        requirement: { path: `premises.${setting}`, value: severity },
        inputs: [
          plainInput('visited', 'premises.visited', String(p.visited), 'text'),
          plainInput('tenureProof', 'premises.proof', proofs.map((e) => e.kind).join(', ') || 'none', 'text'),
          plainInput('observedOperating', 'premises.observedOperating', p.observedOperating === undefined ? 'not recorded' : String(p.observedOperating), 'text'),
          ...(p.tenure === undefined ? [] : [plainInput('tenure', 'premises.tenure', p.tenure, 'text')]),
        ],
        params: { ...params },
      },
    ]);
  },
};
