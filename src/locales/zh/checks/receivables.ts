/** receivables：文字（中文）。 */
import type { CheckTexts } from '../../types.js';
import { money, signedPercent } from '../../format.js';
import { turnoverMath } from './turnover.js';

export const receivables: CheckTexts = {
  title: '应收账款与销售额、回款周期不符',
  labels: { creditShare: '赊销比例', customerDays: '客户回款天数', receivables: '应收账款' },
  findings: {
    RECEIVABLES_INCONSISTENT: (f) => {
      const p = f.params as { flow: string; days: number };
      return {
        ...turnoverMath(f, { flow: '年销售额', share: '赊销比例', days: '回款天数', balance: '应收账款' }),
        message: `申报应收账款 ${money(f.observed)}，但年销售额 ${money(p.flow)}、回款约 ${p.days} 天，应收账款应在 ${money(f.expected)} 左右（偏差 ${signedPercent(f.deviation?.relative)}）。`,
        evidence: [
          `近 ${p.days} 天的出库单、送货单，与未收款账单逐笔核对`,
          '客户对账单或应收明细（金额与账龄）',
          '银行流水中客户回款的日期与金额',
          '电话向两家最大的欠款客户核实',
        ],
        questions: ['您的主要客户是哪些？他们一般怎么跟您结账？', '能跟我讲讲最近几笔送货，分别是什么时候收到钱的吗？', '今年这段时间的回款情况和去年比怎么样？'],
      };
    },
  },
};
