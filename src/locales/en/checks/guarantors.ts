/** guarantors: texts (en). */
import type { GuarantorParams, MutualParams } from '../../../rules/guarantors/index.js';
import type { Finding } from '../../../rules/types.js';
import type { CheckTexts } from '../../types.js';
import { money } from '../../format.js';

interface LimitParams {
  readonly limit: string;
  readonly undefined: boolean;
  readonly side: 'max' | 'min';
}

function computation(f: Finding, terms: string): string {
  const p = f.params as unknown as LimitParams;
  if (p.undefined) return `${terms}: the net worth is not positive`;
  return `${terms} = ${f.observed ?? '—'} ${p.side === 'min' ? '<' : '>'} ${p.limit}`;
}

const EVIDENCE = [
  "the guarantor's own statements: bank statements, property papers, their loans on the credit report",
  "a visit to the guarantor's business or home",
];

export const guarantors: CheckTexts = {
  title: 'Guarantors',
  labels: {
    guarantor: 'guarantor',
    guarantorNetWorth: "guarantor's net worth",
    guaranteedAmount: 'amount guaranteed',
    guaranteesGiven: 'guarantees the guarantor already gave',
    guaranteedByApplicant: 'the applicant guarantees them in turn',
  },
  skips: {
    'no-guarantors': () => 'no guarantors listed (guarantors)',
  },
  findings: {
    GUARANTOR_CAPACITY: (f) => {
      const p = f.params as unknown as GuarantorParams & LimitParams;
      if (p.unknown)
        return {
          title: 'A guarantor could not pay what they guarantee',
          message: `The net worth of the guarantor ${p.guarantor} was not recorded: nobody knows whether they could pay the ${money(p.amount)} they guarantee.`,
          formula: "guarantor's net worth / amount guaranteed; must be ≥ policy.guarantors.capacity.min",
          computation: `net worth not recorded / ${money(p.amount)}`,
          evidence: EVIDENCE,
          questions: ['What does the guarantor own, and what do they owe?'],
        };
      return {
        title: 'A guarantor could not pay what they guarantee',
        message: `The guarantor ${p.guarantor} is worth ${money(p.netWorth)}, ${f.observed ?? '—'} times the ${money(p.amount)} guaranteed, below ${p.limit}: called in full, the guarantee could not be paid.`,
        formula: "guarantor's net worth / amount guaranteed; must be ≥ policy.guarantors.capacity.min",
        computation: computation(f, `${money(p.netWorth)} / ${money(p.amount)}`),
        evidence: EVIDENCE,
        questions: ['If the guarantee were called, where would the guarantor find the money?', 'Is there another guarantor, or collateral, that could stand beside this one?'],
      };
    },
    GUARANTEE_EXPOSURE: (f) => {
      const p = f.params as unknown as GuarantorParams & LimitParams;
      return {
        title: 'A guarantor has guaranteed more than they own',
        message: `The guarantor ${p.guarantor} has already guaranteed ${money(p.guaranteesGiven)} for others; with this guarantee of ${money(p.amount)} they stand behind ${money(p.exposure)}, ${f.observed ?? '—'} times their net worth of ${money(p.netWorth)} (above ${p.limit}).`,
        formula: "(guarantees already given + amount guaranteed) / guarantor's net worth; must be ≤ policy.guarantors.exposure.max",
        computation: computation(f, `(${money(p.guaranteesGiven)} + ${money(p.amount)}) / ${money(p.netWorth)}`),
        evidence: ["the guarantor's credit report (guarantees given)", 'the contracts of the guarantees they gave'],
        questions: ['For whom has the guarantor given guarantees, and how are those loans doing?'],
      };
    },
    MUTUAL_GUARANTEE: (f) => {
      const p = f.params as unknown as MutualParams;
      const back = p.applicantGuarantees === null ? '' : ` for ${money(p.applicantGuarantees)}`;
      return {
        title: 'Mutual guarantee (互保)',
        message: `The guarantor ${p.guarantor} guarantees ${money(p.amount)} for the applicant, and the applicant guarantees them in turn${back} (互保): if one fails, both are called.`,
        formula: 'the applicant guarantees the guarantor in turn (a mutual guarantee); severity policy.guarantors.mutual',
        computation: `the guarantor ${p.guarantor} ↔ the applicant`,
        evidence: ["both parties' credit reports (guarantees given)", 'the guarantee contracts'],
        questions: ['How did the two of you come to guarantee each other?', 'Does either of you guarantee anyone else?'],
      };
    },
  },
};
