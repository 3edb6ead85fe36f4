/** household-expenses: texts (en). */
import type { CheckTexts } from '../../types.js';
import { money, signedPercent } from '../../format.js';

const REGION_NAMES: Readonly<Record<string, string>> = { city: 'a city', town: 'a county town', rural: 'the countryside' };

export const householdExpenses: CheckTexts = {
  title: 'Household expenses below the minimum for the family',
  labels: {
    monthlyExpenses: 'monthly household expenses',
    members: 'household members',
    regionClass: 'region class',
    minimumPerPerson: 'minimum monthly spending per person',
  },
  skips: { 'no-household-members': () => 'the household has no members' },
  findings: {
    HOUSEHOLD_EXPENSES_IMPLAUSIBLE: (f) => {
      const p = f.params as { perPerson: string; members: number; region: string };
      const relative = signedPercent(f.deviation?.relative);
      return {
        message: `Household expenses of ${money(f.observed)} a month for ${p.members} people are below the minimum of ${money(f.expected)} for ${REGION_NAMES[p.region] ?? p.region} (${relative}).`,
        formula: 'minimum = minimum per person (region class) × members; deviation = (declared − minimum) / minimum',
        computation: `${money(p.perPerson)} × ${p.members} = ${money(f.expected)}; (${money(f.observed)} − ${money(f.expected)}) / ${money(f.expected)} = ${relative}`,
        evidence: [
          'the household register (户口本) for who lives in the household',
          'rent or mortgage, school fees, utility bills and medical costs',
          'bank and WeChat/Alipay statements of the family accounts',
        ],
        questions: [
          'Who lives with you, and who pays for what in the family?',
          'What are the largest things the family spends on in a month?',
          'Are there children at school, or relatives you support?',
        ],
      };
    },
  },
};
