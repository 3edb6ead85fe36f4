/** collateral: texts (en). */
import type { CollateralParams } from '../../../rules/collateral/index.js';
import type { CheckTexts } from '../../types.js';
import { money } from '../../format.js';

/** Each kind of collateral and each appraiser in words. */
export const COLLATERAL_WORDS: Readonly<Record<string, string>> = {
  'real-estate': 'property',
  'land-use-right': 'land-use right',
  vehicle: 'vehicle',
  equipment: 'equipment',
  inventory: 'stock',
  deposit: 'pledged deposit',
  other: 'other collateral',
  'appraisal-firm': 'an appraisal firm',
  bank: 'the bank',
  officer: 'the loan officer',
  applicant: 'the applicant',
};

const word = (k: string) => COLLATERAL_WORDS[k] ?? k;

export const collateral: CheckTexts = {
  title: 'Collateral',
  labels: {
    collateralKind: 'kind of collateral',
    collateral: 'collateral',
    securedAmount: 'amount secured',
    priorLiens: 'prior liens',
    appraisedValue: 'appraised value',
    appraisedBy: 'appraised by',
    lienRegistered: 'lien registered',
  },
  skips: {
    'no-collateral': () => 'no collateral listed (collateral)',
  },
  findings: {
    COLLATERAL_LTV_HIGH: (f) => {
      const p = f.params as unknown as CollateralParams & { limit: string; undefined: boolean };
      return {
        title: 'Loan-to-value above the limit',
        message: p.undefined
          ? `The ${word(p.kind)} (${p.description}) has no appraised value: it secures nothing that can be measured.`
          : `The ${word(p.kind)} (${p.description}), appraised at ${money(p.appraisedValue)} by ${word(p.appraisedBy)}, secures ${money(p.secured)} with ${money(p.priorLiens)} of prior liens: a loan-to-value of ${f.observed ?? '—'}, above ${p.limit}.`,
        formula: `(amount secured + prior liens) / appraised value; must be ≤ policy.collateral.maxLoanToValue.${p.kind}.max`,
        computation: p.undefined
          ? `(${money(p.secured)} + ${money(p.priorLiens)}) / ${money(p.appraisedValue)}: the value is not positive`
          : `(${money(p.secured)} + ${money(p.priorLiens)}) / ${money(p.appraisedValue)} = ${f.observed ?? '—'} > ${p.limit}`,
        evidence: ['an appraisal by an independent firm', 'the title and the register of liens (who else holds a charge on it)'],
        questions: ['Who else has a claim on it?', 'What would it fetch if it had to be sold within three months?'],
      };
    },
    COLLATERAL_LIEN_NOT_REGISTERED: (f) => {
      const p = f.params as unknown as CollateralParams;
      return {
        title: 'Lien not registered',
        message: `The lien on the ${word(p.kind)} (${p.description}) is not registered: unregistered, it does not rank against other creditors.`,
        formula: 'lien registered = false; severity policy.collateral.lienNotRegistered',
        computation: 'lien registered: no',
        evidence: ['the registration of the lien (抵押登记) at the registry'],
        questions: ['Can the lien be registered before the loan is paid out?'],
      };
    },
  },
};
