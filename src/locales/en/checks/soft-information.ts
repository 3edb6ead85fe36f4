/** soft-information: texts (en). */
import type { SoftConcernParams } from '../../../rules/soft-information/index.js';
import type { CheckTexts } from '../../types.js';

/** Concerns, topics and sources of the soft information in words. */
export const SOFT_WORDS: Readonly<Record<string, string>> = {
  gambling: 'gambling',
  'heavy-drinking': 'heavy drinking',
  'serious-illness': 'a serious illness',
  'family-dispute': 'a family dispute',
  'unpaid-debts': 'unpaid debts',
  litigation: 'litigation',
  'bad-reputation': 'a bad reputation',
  other: 'another concern',
  family: 'family',
  health: 'health',
  habits: 'habits',
  reputation: 'reputation',
  'trade-standing': 'standing in the trade',
  'social-resources': 'social resources',
  observed: 'seen by the officer',
  neighbour: 'a neighbour',
  supplier: 'a supplier',
  customer: 'a customer',
  'market-office': 'the market office',
  applicant: 'the applicant',
};

const word = (k: string) => SOFT_WORDS[k] ?? k;

export const softInformation: CheckTexts = {
  title: 'Soft information',
  labels: { softTopic: 'topic', softSource: 'source', softConcern: 'concern' },
  skips: {
    'no-soft-information': () => 'no soft information recorded (softInformation)',
  },
  findings: {
    SOFT_INFORMATION_CONCERN: (f) => {
      const p = f.params as unknown as SoftConcernParams;
      const effect =
        f.severity === 'critical'
          ? 'The policy makes it a reason to refer the case back.'
          : f.severity === 'warning'
            ? 'The policy makes it a question for the committee, not a reason on its own.'
            : 'The policy records it for the committee; it does not change the outcome.';
      return {
        title: 'A concern in the soft information',
        message: `Soft information (${word(p.topic)}, source: ${word(p.source)}): ${word(p.concern)}${p.note === null ? '' : `: ${p.note}`}. ${effect}`,
        formula: `concern recorded; severity policy.softInformation.concerns.${p.concern} (no score)`,
        computation: `${word(p.concern)} (${word(p.source)}) → ${f.severity}`,
        evidence: ['a second, independent source: a neighbour, a supplier, the market office', "the officer's own observation on an unannounced visit"],
        questions: ['How does this affect the business and the household?', 'Who else could tell us about it?'],
      };
    },
  },
};
