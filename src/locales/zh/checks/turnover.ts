/** 两项周转检验（应收、应付）的公式与计算过程（中文）。 */
import type { Finding } from '../../../rules/types.js';
import { money, signedPercent } from '../../format.js';

/** `应收账款应有额 = 年销售额 × 赊销比例 × 回款天数 ÷ 360；偏差 = (申报 − 应有) ÷ 应有` 及其数字。 */
export function turnoverMath(f: Finding, symbols: { flow: string; share: string; days: string; balance: string }) {
  const p = f.params as { flow: string; creditShare: string; days: number; dayBasis: number };
  const relative = f.deviation?.relative ?? null;
  return {
    formula: `${symbols.balance}应有额 = ${symbols.flow} × ${symbols.share} × ${symbols.days} ÷ ${p.dayBasis}；偏差 = (申报额 − 应有额) ÷ 应有额`,
    computation:
      `${money(p.flow)} × ${p.creditShare} × ${p.days} ÷ ${p.dayBasis} = ${money(f.expected)}；` +
      (relative === null
        ? `按推算不应有余额，申报 ${money(f.observed)}`
        : `(${money(f.observed)} − ${money(f.expected)}) ÷ ${money(f.expected)} = ${signedPercent(relative)}`),
  };
}
