/** payables：文字（中文）。 */
import type { CheckTexts } from '../../types.js';
import { money, signedPercent } from '../../format.js';
import { turnoverMath } from './turnover.js';

export const payables: CheckTexts = {
  title: '应付账款与进货额、账期不符',
  labels: { creditPurchaseShare: '赊购比例', supplierDays: '供货商账期天数', payables: '应付账款' },
  findings: {
    PAYABLES_INCONSISTENT: (f) => {
      const p = f.params as { flow: string; days: number };
      return {
        ...turnoverMath(f, { flow: '年进货额', share: '赊购比例', days: '账期天数', balance: '应付账款' }),
        message: `申报应付账款 ${money(f.observed)}，但年进货额 ${money(p.flow)}、账期约 ${p.days} 天，应付账款应在 ${money(f.expected)} 左右（偏差 ${signedPercent(f.deviation?.relative)}）。`,
        evidence: [`近 ${p.days} 天的入库单和供应商账单`, '供应商对账单，或致电主要供应商核实', '银行流水中付给供应商的款项'],
        questions: ['您的主要供货商是哪些？平时怎么跟他们结算？', '目前欠供货商多少货款？是什么时候的货？', '最近供货商给您的账期有没有变化？'],
      };
    },
  },
};
