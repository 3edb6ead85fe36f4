/** repayment-capacity: texts (en). */
import type { CheckTexts } from '../../types.js';
import { money, percent } from '../../format.js';

export const repaymentCapacity: CheckTexts = {
  title: 'Repayment capacity exceeded',
  labels: {
    amount: 'requested amount',
    monthlyRate: 'monthly interest rate',
    termMonths: 'term (months)',
    method: 'repayment method',
    instalment: 'instalment',
    payment: 'new instalment (worst month or sum over the term)',
    surplus: 'monthly disposable surplus before the new loan (worst month or sum over the term)',
    limit: 'limit on the instalment as a share of the surplus',
    basis: 'basis of the test (worst month or whole term)',
  },
  skips: { 'no-loan-request': () => 'no loan request in the profile' },
  findings: {
    REPAYMENT_CAPACITY_EXCEEDED: (f) => {
      const p = f.params as { basis: string; firstMonth: string; lastMonth: string; payment: string; surplus: string; termMonths: number; amount: string; maxAmount: string };
      const whole = p.basis === 'whole-term';
      const where = whole ? `${p.firstMonth} – ${p.lastMonth}` : p.firstMonth;
      const ratio = f.observed === null ? 'all (surplus ≤ 0)' : percent(f.observed);
      const limit = percent(f.expected);
      return {
        message:
          `The new instalment takes ${ratio} of the disposable surplus${whole ? ' over the term' : ` in ${where}`}, above the ${limit} limit. ` +
          `The largest affordable amount over ${p.termMonths} months is ${money(p.maxAmount)} (asked ${money(p.amount)}).`,
        formula: whole
          ? 'ratio = Σ new instalments ÷ Σ disposable surplus (before the new loan) over the term; flag when ratio > limit'
          : 'ratio = new instalment ÷ disposable surplus (before the new loan) of its month; flag when the worst month’s ratio > limit',
        computation:
          `${money(p.payment)} ÷ ${money(p.surplus)} = ${ratio} > ${limit} (${where}); ` +
          `largest affordable amount over ${p.termMonths} months: ${money(p.maxAmount)}`,
        evidence: [
          'bank statements for the last 12 months, to confirm the monthly takings and the slow months',
          'contracts and repayment records of every existing loan, including private ones',
          "the household's regular spending (rent, school fees, support of parents)",
        ],
        questions: [
          'How do you plan to meet the instalment in your slowest month?',
          'Besides the business, what other income does the family have?',
          'How much of this money do you need right now, and how much could wait?',
        ],
      };
    },
  },
};
