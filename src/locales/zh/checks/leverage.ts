/** leverage：文字（中文）。 */
import type { Finding } from '../../../rules/types.js';
import type { CheckTexts } from '../../types.js';
import { money } from '../../format.js';

interface LimitParams {
  readonly limit: string;
  readonly undefined: boolean;
}

/** `<算式> = 2.33 > 1`；比率无法计算时为 `<算式>：分母不为正数`。 */
function computation(f: Finding, terms: string): string {
  const p = f.params as unknown as LimitParams;
  return p.undefined ? `${terms}：分母不为正数，无法计算` : `${terms} = ${f.observed ?? '—'} > ${p.limit}`;
}

export const leverage: CheckTexts = {
  title: '负债相对权益或销售额过高',
  labels: {
    liabilities: '负债合计',
    equity: '所有者权益',
    existingLoans: '现有借款（银行及民间）',
    requestedLoan: '申请贷款金额',
    monthlySales: '月均销售额',
  },
  findings: {
    LEVERAGE_HIGH: (f) => {
      if (f.subject.ratio === 'debt-to-monthly-sales') {
        const p = f.params as unknown as LimitParams & { loans: string; requested: string; debt: string; monthlySales: string };
        return {
          message: p.undefined
            ? `借款 ${money(p.debt)}，但没有销售收入来偿还。`
            : `现有借款加申请贷款共 ${money(p.debt)}，相当于 ${f.observed ?? '—'} 个月的平均销售额（月均 ${money(p.monthlySales)}），超过 ${p.limit} 个月。`,
          formula: `借款月数 = (现有借款 + 申请贷款) ÷ 月均销售额；应不超过上限 ${p.limit} 个月`,
          computation: computation(f, `(${money(p.loans)} + ${money(p.requested)}) ÷ ${money(p.monthlySales)}`),
          evidence: ['征信报告及全部借款合同（余额与到期日）', '近 12 个月银行流水，核实销售规模'],
          questions: ['这笔贷款准备用在哪里？会怎样变成销售收回来？', '现有的借款什么时候到期？打算怎么还？'],
        };
      }
      const p = f.params as unknown as LimitParams & { liabilities: string; equity: string };
      return {
        message: p.undefined
          ? `权益为 ${money(p.equity)}：负债 ${money(p.liabilities)} 已超过资产。`
          : `负债是权益的 ${f.observed ?? '—'} 倍（负债 ${money(p.liabilities)}，权益 ${money(p.equity)}），超过 ${p.limit} 倍。`,
        formula: `负债权益比 = 负债合计 ÷ 所有者权益；应不超过上限 ${p.limit} 倍`,
        computation: computation(f, `${money(p.liabilities)} ÷ ${money(p.equity)}`),
        evidence: ['借款合同、借条和担保，包括亲友及民间借贷', '征信报告'],
        questions: ['生意上向谁借过钱？是怎么约定的？', '如果几个月生意不好，您打算怎么应对？'],
      };
    },
  },
};
