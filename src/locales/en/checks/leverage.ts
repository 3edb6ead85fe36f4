/** leverage: texts (en). */
import type { Finding } from '../../../rules/types.js';
import type { CheckTexts } from '../../types.js';
import { money } from '../../format.js';

interface LimitParams {
  readonly limit: string;
  readonly undefined: boolean;
}

/** `<terms> = 2.33 > 1`, or `<terms>: the denominator is not positive` when the ratio is undefined. */
function computation(f: Finding, terms: string): string {
  const p = f.params as unknown as LimitParams;
  return p.undefined ? `${terms}: the denominator is not positive` : `${terms} = ${f.observed ?? '—'} > ${p.limit}`;
}

export const leverage: CheckTexts = {
  title: 'Debt high against equity or sales',
  labels: {
    liabilities: 'total liabilities',
    equity: 'equity',
    existingLoans: 'existing loans (bank and private)',
    requestedLoan: 'requested loan',
    monthlySales: 'average monthly sales',
  },
  findings: {
    LEVERAGE_HIGH: (f) => {
      if (f.subject.ratio === 'debt-to-monthly-sales') {
        const p = f.params as unknown as LimitParams & { loans: string; requested: string; debt: string; monthlySales: string };
        return {
          message: p.undefined
            ? `Loans of ${money(p.debt)} with no sales to repay them from.`
            : `Loans, with the one requested, come to ${money(p.debt)}: ${f.observed ?? '—'} months of average sales (${money(p.monthlySales)} a month), above ${p.limit}.`,
          formula: '(existing loans + requested loan) / average monthly sales; must be ≤ policy.leverage.debtToMonthlySales.max',
          computation: computation(f, `(${money(p.loans)} + ${money(p.requested)}) / ${money(p.monthlySales)}`),
          evidence: ['the credit report and all loan contracts, with balances and maturities', 'bank statements for 12 months, to confirm the sales level'],
          questions: [
            'What will the new loan be used for, and how will it come back as sales?',
            'When do your current loans fall due, and how do you plan to repay them?',
          ],
        };
      }
      const p = f.params as unknown as LimitParams & { liabilities: string; equity: string };
      return {
        message: p.undefined
          ? `Equity is ${money(p.equity)}: liabilities of ${money(p.liabilities)} are not covered by the assets.`
          : `Liabilities are ${f.observed ?? '—'} times equity (${money(p.liabilities)} against ${money(p.equity)}), above ${p.limit}.`,
        formula: 'liabilities / equity; must be ≤ policy.leverage.liabilitiesToEquity.max',
        computation: computation(f, `${money(p.liabilities)} / ${money(p.equity)}`),
        evidence: [
          'loan contracts, IOUs (借条) and guarantees, including those with relatives and private lenders',
          'the credit report (征信报告)',
        ],
        questions: ['Who have you borrowed from for the business, and on what terms?', 'What would you do if sales fell for a few months?'],
      };
    },
  },
};
