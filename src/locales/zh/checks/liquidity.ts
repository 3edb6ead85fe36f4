/** liquidity：文字（中文）。 */
import type { CheckTexts } from '../../types.js';
import { money } from '../../format.js';

const evidence = ['走访当天的银行余额及现金盘点', '应收账款明细及账龄，看近期能收回多少', '借款合同及供货商账单的到期日'];
const questions = ['未来三个月有哪些款项要付？钱从哪里来？', '资金紧张的时候，您一般怎么周转？'];

export const liquidity: CheckTexts = {
  title: '流动资产不足以覆盖流动负债',
  labels: { currentAssets: '流动资产', currentLiabilities: '流动负债', inventory: '存货' },
  findings: {
    LIQUIDITY_LOW: (f) => {
      const p = f.params as { currentAssets: string; currentLiabilities: string; inventory?: string; quickAssets?: string; limit: string };
      const v = f.observed ?? '—';
      if (f.subject.ratio === 'quick')
        return {
          message: `扣除存货后的流动资产 ${money(p.quickAssets)} 仅为流动负债 ${money(p.currentLiabilities)} 的 ${v} 倍，低于 ${p.limit}。`,
          formula: `速动比率 = (流动资产 − 存货) ÷ 流动负债；应不低于下限 ${p.limit}`,
          computation: `(${money(p.currentAssets)} − ${money(p.inventory)}) ÷ ${money(p.currentLiabilities)} = ${v} < ${p.limit}`,
          evidence,
          questions,
        };
      return {
        message: `流动资产 ${money(p.currentAssets)} 仅为流动负债 ${money(p.currentLiabilities)} 的 ${v} 倍，低于 ${p.limit}。`,
        formula: `流动比率 = 流动资产 ÷ 流动负债；应不低于下限 ${p.limit}`,
        computation: `${money(p.currentAssets)} ÷ ${money(p.currentLiabilities)} = ${v} < ${p.limit}`,
        evidence,
        questions,
      };
    },
  },
};
