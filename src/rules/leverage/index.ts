/**
 * LEVERAGE_HIGH — 负债水平. Two ratios from the rebuilt balance sheet and P&L (never recomputed here):
 * - liabilities ÷ equity (balanceSheet.liabilities.total / balanceSheet.equity): above 1 warns (the
 *   applicant owes more than they own), above 2 is critical; equity of zero or less with liabilities is critical;
 * - (existing loans + requested loan) ÷ average monthly sales (bank and private loans on the balance sheet,
 *   loanRequest.amount, incomeStatement.monthlyAverage.sales): above 3 months warns, above 6 is critical.
 * Defaults (policy.leverage) are xcheck's own choice. Skipped when the profile reports no balances.
 */
import { groupMoney, toDecimal, ZERO } from '../../money/index.js';
import { limitFlag, moneyInput, skippedWithoutBalances } from '../legacy.js';
import type { Flag, Rule } from '../legacy.js';

const CODE = 'LEVERAGE_HIGH';
const RULE_ID = 'leverage';
const title = { en: 'Debt high against equity or sales', zh: '负债相对权益或销售额过高' };

export const leverageRule: Rule = {
  id: RULE_ID,
  codes: [CODE],
  title,
  check({ profile, policy, statements }) {
    if (profile.balances === undefined) return skippedWithoutBalances();
    const bs = statements.balanceSheet;
    const liabilities = bs.liabilities.total;
    const equity = bs.equity;
    const loans = bs.liabilities.bankLoans.plus(bs.liabilities.privateLoans);
    const requested = profile.loanRequest ? toDecimal(profile.loanRequest.amount) : ZERO;
    const debt = loans.plus(requested);
    const monthlySales = statements.incomeStatement.monthlyAverage.sales;
    const flags = [
      limitFlag({
        code: CODE,
        ruleId: RULE_ID,
        title,
        unit: 'ratio',
        numerator: liabilities,
        denominator: equity,
        limit: policy.leverage.liabilitiesToEquity,
        limitPath: 'policy.leverage.liabilitiesToEquity.max',
        formula: 'liabilities / equity',
        terms: () => `${groupMoney(liabilities)} / ${groupMoney(equity)}`,
        inputs: () => [moneyInput('liabilities', 'balanceSheet.liabilities.total', liabilities), moneyInput('equity', 'balanceSheet.equity', equity)],
        evidence: [
          { en: 'loan contracts, IOUs (借条) and guarantees, including those with relatives and private lenders', zh: '借款合同、借条和担保，包括亲友及民间借贷' },
          { en: 'the credit report (征信报告)', zh: '征信报告' },
        ],
        questions: [
          { en: 'Who have you borrowed from for the business, and on what terms?', zh: '生意上向谁借过钱？是怎么约定的？' },
          { en: 'What would you do if sales fell for a few months?', zh: '如果几个月生意不好，您打算怎么应对？' },
        ],
        message: (v, max) => ({
          en: `Liabilities are ${v} times equity (${groupMoney(liabilities)} against ${groupMoney(equity)}), above ${max}.`,
          zh: `负债是权益的 ${v} 倍（负债 ${groupMoney(liabilities)}，权益 ${groupMoney(equity)}），超过 ${max} 倍。`,
        }),
        undefinedMessage: () => ({
          en: `Equity is ${groupMoney(equity)}: liabilities of ${groupMoney(liabilities)} are not covered by the assets.`,
          zh: `权益为 ${groupMoney(equity)}：负债 ${groupMoney(liabilities)} 已超过资产。`,
        }),
      }),
      limitFlag({
        code: CODE,
        ruleId: RULE_ID,
        title,
        unit: 'months',
        numerator: debt,
        denominator: monthlySales,
        limit: policy.leverage.debtToMonthlySales,
        limitPath: 'policy.leverage.debtToMonthlySales.max',
        formula: '(existing loans + requested loan) / average monthly sales',
        terms: () => `(${groupMoney(loans)} + ${groupMoney(requested)}) / ${groupMoney(monthlySales)}`,
        inputs: () => [
          moneyInput('existingLoans', 'balanceSheet.liabilities.bankLoans + privateLoans', loans),
          moneyInput('requestedLoan', 'loanRequest.amount', requested, profile.loanRequest === undefined),
          moneyInput('monthlySales', 'incomeStatement.monthlyAverage.sales', monthlySales),
        ],
        evidence: [
          { en: 'the credit report and all loan contracts, with balances and maturities', zh: '征信报告及全部借款合同（余额与到期日）' },
          { en: 'bank statements for 12 months, to confirm the sales level', zh: '近 12 个月银行流水，核实销售规模' },
        ],
        questions: [
          { en: 'What will the new loan be used for, and how will it come back as sales?', zh: '这笔贷款准备用在哪里？会怎样变成销售收回来？' },
          { en: 'When do your current loans fall due, and how do you plan to repay them?', zh: '现有的借款什么时候到期？打算怎么还？' },
        ],
        message: (v, max) => ({
          en: `Loans, with the one requested, come to ${groupMoney(debt)}: ${v} months of average sales (${groupMoney(monthlySales)} a month), above ${max}.`,
          zh: `现有借款加申请贷款共 ${groupMoney(debt)}，相当于 ${v} 个月的平均销售额（月均 ${groupMoney(monthlySales)}），超过 ${max} 个月。`,
        }),
        undefinedMessage: () => ({
          en: `Loans of ${groupMoney(debt)} with no sales to repay them from.`,
          zh: `借款 ${groupMoney(debt)}，但没有销售收入来偿还。`,
        }),
      }),
    ].filter((f): f is Flag => f !== null);
    return { status: 'ran', flags };
  },
};
