/**
 * LEVERAGE_HIGH — 负债水平. Two ratios from the rebuilt balance sheet and P&L (never recomputed here):
 * - liabilities ÷ equity (balanceSheet.liabilities.total / balanceSheet.equity): above 1 warns (the
 *   applicant owes more than they own), above 2 is critical; equity of zero or less with liabilities is critical;
 * - (existing loans + requested loan) ÷ average monthly sales (bank and private loans on the balance sheet,
 *   loanRequest.amount, incomeStatement.monthlyAverage.sales): above 3 months warns, above 6 is critical.
 * Defaults (policy.leverage) are xcheck's own choice (docs/rules.md). Skipped when the profile reports no balances.
 * Worked example (fixtures/rules/leverage.json): 700,000 / 300,000 = 2.33 > 2, critical;
 * (300,000 + 100,000 + 500,000) / 150,000 = 6.00 months > 3, a warning.
 */
import { formatMoney, ZERO } from '../../money/index.js';
import { limitFinding, moneyInput, ran, skippedWithoutBalances } from '../flag.js';
import type { Rule } from '../types.js';

const CODE = 'LEVERAGE_HIGH';

/**
 * Params of the finding with subject `{ ratio: 'liabilities-to-equity' }` (money, two places), beside those
 * `limitFinding` adds: `limit` (the ceiling, plain decimal), `side` (`max`) and `undefined` (equity ≤ 0).
 */
export interface LiabilitiesToEquityParams {
  readonly liabilities: string;
  readonly equity: string;
}

/**
 * Params of the finding with subject `{ ratio: 'debt-to-monthly-sales' }` (money, two places): existing bank and
 * private loans, the requested loan (0 without a request), their sum and the average monthly sales; plus
 * `limit`, `side` and `undefined` (no sales) from `limitFinding`.
 */
export interface DebtToMonthlySalesParams {
  readonly loans: string;
  readonly requested: string;
  readonly debt: string;
  readonly monthlySales: string;
}

export const leverageRule: Rule = {
  id: 'leverage',
  codes: [CODE],
  check({ profile, policy, statements }) {
    if (profile.balances === undefined) return skippedWithoutBalances();
    const bs = statements.balanceSheet;
    const liabilities = bs.liabilities.total;
    const equity = bs.equity;
    const loans = bs.liabilities.bankLoans.plus(bs.liabilities.privateLoans);
    const requested = profile.loanRequest?.amount ?? ZERO;
    const debt = loans.plus(requested);
    const monthlySales = statements.incomeStatement.monthlyAverage.sales;
    return ran([
      limitFinding({
        code: CODE,
        subject: { ratio: 'liabilities-to-equity' },
        unit: 'ratio',
        numerator: liabilities,
        denominator: equity,
        limit: policy.leverage.liabilitiesToEquity,
        limitPath: 'leverage.liabilitiesToEquity',
        flagUndefined: true,
        inputs: () => [moneyInput('liabilities', 'balanceSheet.liabilities.total', liabilities), moneyInput('equity', 'balanceSheet.equity', equity)],
        params: () => {
          const p: LiabilitiesToEquityParams = { liabilities: formatMoney(liabilities), equity: formatMoney(equity) };
          return { ...p };
        },
      }),
      limitFinding({
        code: CODE,
        subject: { ratio: 'debt-to-monthly-sales' },
        unit: 'months',
        numerator: debt,
        denominator: monthlySales,
        limit: policy.leverage.debtToMonthlySales,
        limitPath: 'leverage.debtToMonthlySales',
        flagUndefined: true,
        inputs: () => [
          moneyInput('existingLoans', 'balanceSheet.liabilities.bankLoans + privateLoans', loans),
          moneyInput('requestedLoan', 'loanRequest.amount', requested, profile.loanRequest === undefined),
          moneyInput('monthlySales', 'incomeStatement.monthlyAverage.sales', monthlySales),
        ],
        params: () => {
          const p: DebtToMonthlySalesParams = {
            loans: formatMoney(loans),
            requested: formatMoney(requested),
            debt: formatMoney(debt),
            monthlySales: formatMoney(monthlySales),
          };
          return { ...p };
        },
      }),
    ]);
  },
};
