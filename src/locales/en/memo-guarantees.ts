/** The memo's guarantors, collateral and soft-information texts (en). */
import type { GuaranteesMemoTexts } from '../sections/guarantees.js';
import { COLLATERAL_WORDS } from './checks/collateral.js';
import { SOFT_WORDS } from './checks/soft-information.js';

export const guarantees: GuaranteesMemoTexts = {
  guarantorsHeading: 'Guarantors',
  collateralHeading: 'Collateral',
  softHeading: 'Soft information',
  guarantorColumns: {
    name: 'Guarantor',
    relation: 'Relation',
    amount: 'Guarantees',
    netWorth: 'Net worth',
    monthlyIncome: 'Income a month',
    ownLoans: 'Own loans',
    guaranteesGiven: 'Guarantees given',
    mutual: 'Applicant guarantees them',
  },
  collateralColumns: {
    description: 'Collateral',
    kind: 'Kind',
    value: 'Appraised value',
    appraisedBy: 'Appraised by',
    secured: 'Secures',
    priorLiens: 'Prior liens',
    loanToValue: 'Loan-to-value',
    lien: 'Lien registered',
    insured: 'Insured',
  },
  softColumns: { topic: 'Topic', source: 'Source', assessment: 'Reading', concerns: 'Concerns', note: 'Note' },
  words: {
    ...COLLATERAL_WORDS,
    ...SOFT_WORDS,
    spouse: 'spouse',
    relative: 'relative',
    friend: 'friend',
    'business-partner': 'business partner',
    customer: 'customer',
    supplier: 'supplier',
    positive: 'positive',
    neutral: 'neutral',
    negative: 'negative',
    leader: 'a leader others follow (有说话权)',
    established: 'established',
    ordinary: 'ordinary',
    newcomer: 'a newcomer',
  },
  yes: 'yes',
  no: 'no',
  requested: (amount) => `${amount} (the request)`,
  mutual: (amount) => (amount === null ? 'yes (互保)' : `yes, ${amount} (互保)`),
  guarantorNote: (name, note) => `${name}: ${note}`,
  family: ({ spouse, spouseInBusiness, dependants, standing }) =>
    [
      spouse === null ? null : spouse ? `Married${spouseInBusiness === true ? ', the spouse works in the business' : ''}.` : 'No spouse.',
      dependants === null ? null : `Dependants: ${dependants}.`,
      standing === null ? null : `Standing in the trade: ${standing}.`,
    ]
      .filter((x) => x !== null)
      .join(' '),
  noItems: 'No items recorded.',
  effect:
    'Soft information is shown as the officer recorded it and never scored. A concern acts on the outcome only through its flag, whose severity the policy sets (critical: a reason to refer back).',
};
