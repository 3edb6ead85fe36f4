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
 */
import type { EvidenceKind } from '../../profile/evidence.js';
import { writeFlag, plainInput, skipped } from '../legacy.js';
import type { Bilingual, Flag, Rule, Severity } from '../legacy.js';

const title = { en: "Premises not confirmed as the applicant's business", zh: '经营场所未核实为客户本人经营' };

/** Kinds that prove the right to use the premises. */
export const TENURE_PROOF_KINDS: readonly EvidenceKind[] = ['lease-contract', 'ownership-papers'];

export const premisesRule: Rule = {
  id: 'premises',
  codes: ['PREMISES_NOT_VERIFIED'],
  title,
  check({ profile, policy }) {
    const p = profile.premises;
    if (p === undefined)
      return skipped(['premises'], {
        en: 'no site-visit record of the premises (premises)',
        zh: '没有经营场所的实地调查记录（premises）',
      });
    const proofs = (p.proof ?? []).filter((e) => TENURE_PROOF_KINDS.includes(e.kind));
    const hasProof = proofs.length > 0;
    const observed = p.observedOperating === true;
    let severity: Severity;
    const lacking: Bilingual[] = [];
    if (!p.visited) {
      severity = policy.premises.notVisited;
      lacking.push({ en: 'the premises were not visited', zh: '未到经营场所实地调查' });
    } else {
      if (!hasProof) lacking.push({ en: 'no lease or ownership proof', zh: '没有租赁合同或产权证明' });
      if (!observed) lacking.push({ en: "the business was not observed operating there", zh: '未见客户在该场所实际经营' });
      if (lacking.length === 0) return { status: 'ran', flags: [] };
      severity = lacking.length === 2 ? policy.premises.unconfirmed : policy.premises.partlyConfirmed;
    }
    const confirmed = (p.visited ? 1 : 0) + (p.visited && hasProof ? 1 : 0) + (p.visited && observed ? 1 : 0);
    const flag: Flag = writeFlag({ code: 'PREMISES_NOT_VERIFIED', severity, ruleId: 'premises', title, unit: 'count' }, () => ({
      observed: String(confirmed),
      expected: '3',
      range: { min: '3', max: '3' },
      deviation: null,
      formula: 'confirmed = visited + (visited and lease or ownership proof) + (visited and business observed operating); verified when confirmed = 3',
      computation: `visited ${p.visited ? 1 : 0} + proof ${p.visited && hasProof ? 1 : 0} + observed ${p.visited && observed ? 1 : 0} = ${confirmed} of 3`,
      inputs: [
        plainInput('visited', 'premises.visited', String(p.visited), 'text'),
        plainInput('tenureProof', 'premises.proof', proofs.map((e) => e.kind).join(', ') || 'none', 'text'),
        plainInput('observedOperating', 'premises.observedOperating', p.observedOperating === undefined ? 'not recorded' : String(p.observedOperating), 'text'),
        ...(p.tenure === undefined ? [] : [plainInput('tenure', 'premises.tenure', p.tenure, 'text')]),
      ],
      evidence: [
        { en: 'the lease (a stall lease where there is no business licence) or the ownership papers, in the applicant\'s name', zh: '客户本人名下的租赁合同（无营业执照时收摊位租赁合同）或产权证' },
        { en: 'an unannounced visit during opening hours: the applicant at work, staff, stock, signboard', zh: '营业时间不打招呼上门：客户本人在场经营、员工、存货、招牌' },
        { en: 'rent receipts or utility bills for the address, and a word with the neighbours or the market office', zh: '该地址的租金收据或水电费单，并向邻近商户或市场管理处打听' },
      ],
      questions: [
        { en: 'How long have you been at this place, and how did you come to rent or buy it?', zh: '您在这里做了多久？当初是怎么租（买）下来的？' },
        { en: 'Who else works here, and what does a normal day look like?', zh: '这里还有谁在做事？平时一天是怎么安排的？' },
      ],
      message: {
        en: `The premises are not confirmed as the applicant's business: ${lacking.map((l) => l.en).join('; ')}. Confirming the place is the basis of all the other checks.`,
        zh: `经营场所未能确认为客户本人经营：${lacking.map((l) => l.zh).join('；')}。确认经营场所是其他一切调查的基础。`,
      },
    }));
    return { status: 'ran', flags: [flag] };
  },
};
