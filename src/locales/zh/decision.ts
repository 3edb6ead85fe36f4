/** The `decision` section of the zh catalog（审批建议、报表假设说明、未运行原因）. */
import { money, percent } from '../format.js';
import type { DecisionTexts } from '../sections/decision.js';

export const decision: DecisionTexts = {
  decisions: { approve: '同意按申请发放', 'approve-lower': '降低金额发放', decline: '不予批准', 'refer-back': '退回复核' },
  recommendation: (decision, p) => {
    if (decision === 'refer-back')
      return `退回复核：${p.failedRules.length} 项检查运行出错（${p.failedRules.join('、')}），属于程序缺陷而非档案问题；分析不完整，不能据此批准贷款。请报告该错误，修复后重新分析。`;
    if (decision === 'approve') return `同意按申请金额发放：${money(p.requested)} 元、${p.termMonths} 个月在还款能力之内。`;
    if (decision === 'approve-lower') return `建议降低金额发放：${p.termMonths} 个月期最多 ${money(p.maxAmount)} 元（申请 ${money(p.requested)} 元）。`;
    if (p.blocking.length > 0)
      return `按现有资料不予批准：存在 ${p.blocking.length} 项严重疑点（${p.blocking.join('、')}），核实之前还款能力的测算不可依赖。`;
    return `不予批准：${p.termMonths} 个月期可负担的最高金额（${money(p.maxAmount)} 元）低于最低贷款额（${money(p.minimumAmount)} 元）。`;
  },
  notes: {
    'not-reported': () => '未填报，资产负债表中按 0 计',
    'no-inventory': () => '无存货盘点也未填报存货，按 0 计',
    'annual-differs': (p) => `与 12 个月销售额之和（${p.monthlySum ?? '—'}）不一致，损益表采用月度数据`,
    'no-gross-margin': () => '未填毛利率，销售成本按年进货额计（假设存货稳定）',
    'no-household': () => '未填家庭情况，家庭支出按 0 计',
    'no-instalment': () => '未填月还款额，按 0 计',
    'stock-written-down': (p) =>
      `${p.condition === 'unsaleable' ? '无法销售' : '积压'}存货：成本 ${money(p.cost)} 元中核减 ${money(p.writeDown)} 元（系数 ${p.factor ?? '—'}），按 ${money(p.value)} 元列示`,
    'consigned-excluded': (p) => `代销商品 ${money(p.cost)} 元：属于供货方，不计入资产负债表`,
    'shelf-price-converted': (p) => `按售价盘点（${money(p.price)} 元），按毛利率 ${percent(p.margin)} 折算为成本 ${money(p.cost)} 元`,
  },
  stageSkips: {
    'no-start-event': '经营履历中没有创业事件（初始投入资金），无法从创业起推算权益',
    'no-opening-equity': '按期初权益口径推算，需要上次调查时记录的期初权益（openingEquity）',
    'no-loan-request': '档案中没有贷款申请',
  },
};
