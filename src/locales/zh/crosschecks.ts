/** 报告中的交叉检验表与按时间推算的权益（中文）。 */
import type { CrossCheckTableTexts } from '../sections/crosschecks.js';

export const crossCheckTable: CrossCheckTableTexts = {
  heading: '交叉检验表',
  intro: '每个关键数字与其每一个独立推算逐一比对，相符的也列出：偏差、容许范围、结论及计算过程。无法比对的数字标为未检验，并说明原因。',
  figures: {
    sales: '销售额（月）',
    receivables: '应收账款',
    payables: '应付账款',
    stock: '存货',
    grossMargin: '毛利率',
    equity: '权益',
  },
  verdicts: { agrees: '相符', disagrees: '不符', 'not-checked': '未检验' },
  columns: {
    figure: '项目',
    estimate: '推算依据',
    declared: '申报数',
    value: '推算数',
    deviation: '偏差',
    tolerance: '容许偏差',
    verdict: '结论',
    basis: '计算过程',
  },
  notChecked: (reason) => `未检验：${reason}`,
  subjects: {
    products: '主要产品',
    purchases: '进货与销售',
    'stocking-days': '备货天数',
    labour: '人工',
    electricity: '用电量',
  },
  bases: {
    'sales-triangulation': '独立销售额估算',
    'production-capacity': '生产能力',
    receivables: '按销售额和回款天数推算',
    payables: '按进货额和账期推算',
    inventory: '按销货成本和备货天数推算',
    'gross-margin': '毛利率对照',
    'equity-gap': '按经营履历推算（权益交叉检验）',
  },
  noEstimate: '未检验：没有独立推算',
  proofsHeading: '已收集的证据',
  proofs: (figure, kinds) => `${figure}：${kinds ?? '仅有客户口述'}`,
  walk: {
    heading: '按时间顺序推算权益',
    intro: '按经营履历逐笔推算：每笔事件前后的权益（初始权益 + 截至当日利润 − 提取 + 追加投入 − 截至当日折旧；利润在其所属期间内逐月累计），以及每笔提取中当时积累的权益无法支付的部分。',
    columns: { date: '日期', event: '事件', amount: '金额', before: '事件前权益', after: '事件后权益', shortfall: '资金缺口' },
    kinds: { start: '初始投入', profit: '留存利润', withdrawal: '提取', injection: '追加投入', revaluation: '重估' },
    revaluation: (name, appraised, depreciated, premium) => `${name}：评估价值 ${appraised}，折旧后成本 ${depreciated}，有 ${premium} 的重估增值未记入经营履历。`,
  },
};
