/** inventory：文字（中文）。 */
import type { MonthsOfSalesParams } from '../../../rules/inventory/index.js';
import type { Finding } from '../../../rules/types.js';
import type { CheckTexts } from '../../types.js';
import { money, signedPercent } from '../../format.js';
import { turnoverMath } from './turnover.js';

/** 备货天数：周转检验的形式，以年销售成本计，赊购比例为 1。 */
function stockingDays(f: Finding) {
  const p = f.params as { flow: string; days: number };
  const relative = f.deviation?.relative ?? null;
  return {
    ...turnoverMath(f, { flow: '年销售成本', share: '1', days: '备货天数', balance: '存货' }),
    message: `存货 ${money(f.observed)}，按年销售成本 ${money(p.flow)}、备货约 ${p.days} 天，应在 ${money(f.expected)} 左右（偏差 ${relative === null ? '无法计算' : signedPercent(relative)}）。`,
    evidence: ['现场大致目测盘点主要货品（较大企业现场调取库存清单）', '近一个月的出入库单，看存货周转快慢'],
    questions: ['您多长时间进一次货？每次进多少？', '库存里有没有不太好卖的货？'],
  };
}

/** 可售存货相当于的月销售额超过政策上限。 */
function monthsOfSales(f: Finding) {
  const p = f.params as unknown as MonthsOfSalesParams & { limit: string };
  return {
    formula: '存货可售月数 = (存货 − 不可售存货) ÷ 月均销售额；须 ≤ 政策规定的上限',
    computation: `(${money(p.inventory)} − ${money(p.unsaleable)}) ÷ ${money(p.monthlySales)} = ${f.observed ?? '—'} 个月 > ${p.limit} 个月`,
    message: `可售存货 ${money(p.saleable)}，相当于 ${f.observed ?? '—'} 个月的平均销售额（月均 ${money(p.monthlySales)}），超过 ${p.limit} 个月。`,
    evidence: ['按品种盘点并了解进货时间（积压、陈旧、破损的货）', '主要货品的进货发票，核实是否真实购入及成本'],
    questions: ['现在这些库存，一般要多久能卖完？', '卖不掉的货一般怎么处理？'],
  };
}

export const inventory: CheckTexts = {
  title: '存货与销售成本、备货水平不符',
  labels: {
    costOfGoodsSold: '年销售成本',
    stockingDays: '备货天数',
    inventory: '存货',
    unsaleable: '不可售存货',
    monthlySales: '月均销售额',
    maxMonthsOfSales: '存货可售月数上限',
  },
  findings: {
    INVENTORY_INCONSISTENT: (f) => (f.subject.check === 'months-of-sales' ? monthsOfSales(f) : stockingDays(f)),
  },
};
