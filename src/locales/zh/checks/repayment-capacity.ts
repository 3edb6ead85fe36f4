/** repayment-capacity：文字（中文）。月可支配收入指新增贷款前的经营利润 + 其他收入 − 家庭开支 − 现有月供。 */
import type { CheckTexts } from '../../types.js';
import { money, percent } from '../../format.js';

export const repaymentCapacity: CheckTexts = {
  title: '还款能力不足',
  labels: {
    amount: '申请金额',
    monthlyRate: '月利率',
    termMonths: '期限（月）',
    method: '还款方式',
    instalment: '月供',
    payment: '新增月供（最差月份或贷款期合计）',
    surplus: '新增贷款前的月可支配收入（最差月份或贷款期合计）',
    limit: '月供占月可支配收入的上限',
    basis: '测算口径（最差月份或整个贷款期）',
  },
  skips: { 'no-loan-request': () => '档案中没有贷款申请' },
  findings: {
    REPAYMENT_CAPACITY_EXCEEDED: (f) => {
      const p = f.params as { basis: string; firstMonth: string; lastMonth: string; payment: string; surplus: string; termMonths: number; amount: string; maxAmount: string };
      const whole = p.basis === 'whole-term';
      const where = whole ? `${p.firstMonth} 至 ${p.lastMonth}` : p.firstMonth;
      const limit = percent(f.expected);
      const affordable = `${p.termMonths} 个月期可负担的最高金额为 ${money(p.maxAmount)} 元（申请 ${money(p.amount)} 元）。`;
      const message =
        f.observed === null
          ? whole
            ? `整个贷款期的月可支配收入合计为 ${money(p.surplus)} 元，不大于 0，无力负担任何新增月供（月供合计 ${money(p.payment)} 元）。`
            : `${where} 的月可支配收入为 ${money(p.surplus)} 元，不大于 0，当月无力负担任何新增月供（月供 ${money(p.payment)} 元）。`
          : `新增月供占月可支配收入的 ${percent(f.observed)}${whole ? '（整个贷款期）' : `（${where}）`}，超过 ${limit} 的上限。`;
      return {
        message: message + affordable,
        formula: whole
          ? '月供占比 = 贷款期内新增月供合计 ÷ 同期月可支配收入合计（新增贷款前）；占比超过上限即提示'
          : '月供占比 = 新增月供 ÷ 当月月可支配收入（新增贷款前）；最差月份的占比超过上限即提示',
        computation:
          (f.observed === null
            ? `${money(p.payment)} ÷ ${money(p.surplus)}：月可支配收入不大于 0，无法负担任何月供（${where}）；`
            : `${money(p.payment)} ÷ ${money(p.surplus)} = ${percent(f.observed)} > ${limit}（${where}）；`) +
          `${p.termMonths} 个月期可负担的最高金额：${money(p.maxAmount)}`,
        evidence: ['近 12 个月银行流水，核实每月进账和淡季情况', '所有现有借款（含民间借款）的合同和还款记录', '家庭固定开支（房租、学费、赡养父母等）'],
        questions: ['生意最淡的月份，您打算怎么安排还款？', '除了生意，家里还有哪些收入？', '这笔钱里哪些是眼下马上要用的，哪些可以晚一点？'],
      };
    },
  },
};
