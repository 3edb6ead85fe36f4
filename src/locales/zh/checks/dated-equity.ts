/** dated-equity：文字（中文）。 */
import type { EventUnfundedParams, RevaluationParams } from '../../../rules/dated-equity/index.js';
import type { CheckTexts } from '../../types.js';
import { money, signedPercent } from '../../format.js';

const ASSETS: Readonly<Record<string, string>> = { house: '购房', vehicle: '购车', equipment: '购置设备', other: '大额开支' };

export const datedEquity: CheckTexts = {
  title: '按时间顺序推算权益',
  labels: {
    eventAmount: '事件金额',
    borrowed: '申报借入部分',
    eventDate: '事件日期',
    appraisedValue: '评估价值',
    depreciatedCost: '折旧后成本',
    initialEquity: '初始权益',
    profits: '截至当日留存利润',
    withdrawals: '此前提取',
    injections: '截至当日追加投入及重估',
    depreciation: '截至当日折旧',
  },
  skips: {
    'no-start-event': () => '经营履历中没有创业事件（初始投入资金），无法按时间推算权益',
    'no-opening-equity': () => '按期初权益口径需要上次调查时记录的权益（openingEquity）',
  },
  findings: {
    EQUITY_EVENT_UNFUNDED: (f) => {
      const p = f.params as unknown as EventUnfundedParams;
      const what = p.asset === null ? '提取资金' : (ASSETS[p.asset] ?? '大额开支');
      const shortfall = money(f.deviation?.absolute);
      const lenders = p.lenders.length > 0 ? p.lenders.join('、') : '亲友、民间借贷（社会负债）及银行';
      return {
        formula: '截至当日权益 = 初始权益 + 截至当日利润 − 此前提取 + 截至当日追加投入 − 截至当日折旧；需自筹 = 金额 − 借入部分；缺口 = 需自筹 − 截至当日权益（为负时按零计）；相对缺口 = 缺口 ÷ 需自筹',
        computation:
          `${money(p.initialEquity)} + ${money(p.profitsToDate)} − ${money(p.withdrawalsBefore)} + ${money(p.injectionsToDate)} − ${money(p.depreciationToDate)} = ${money(p.equityBefore)}；` +
          `${money(p.amount)} − ${money(p.borrowed)} = ${money(f.observed)}；${money(f.observed)} − ${money(f.expected)} = ${shortfall}；${shortfall} ÷ ${money(f.observed)} = ${signedPercent(f.deviation?.relative)}`,
        message:
          `${p.date}${what}支出 ${money(p.amount)}${p.description === null ? '' : `（${p.description}）`}，而截至当时积累的权益只有 ${money(p.equityBefore)}：${p.year} 年至少有 ${shortfall} 是借来的` +
          `${p.fundingSource === null ? '' : `，尽管客户称资金来自“${p.fundingSource}”`}。期末总数能对上，可能是后来的利润还了这笔钱，也可能至今仍欠着。需要询问的出借人：${lenders}。` +
          (p.profitsEstimated ? '（经营履历中没有按期记录的利润，推算按当前月利润平均分摊，日期仅供参考。）' : ''),
        evidence: [`${p.year} 年的购买合同及付款记录：谁付的款、从哪个账户付出`, `${p.date} 前后的银行流水：付款前的大额进账`, '当年的借条或借款合同，以及征信报告中已结清的贷款'],
        questions: [`${p.year} 年买的时候，这 ${money(p.amount)} 是怎么凑齐的？`, '当时谁帮了忙？后来是怎么结清的？', '现在还欠着吗？欠谁的？'],
      };
    },
    EQUITY_REVALUATION_SUGGESTED: (f) => {
      const p = f.params as unknown as RevaluationParams;
      return {
        formula: '溢价 = 评估价值 − 折旧后成本（成本 − 截至分析日的直线折旧）',
        computation: `${money(f.observed)} − ${money(f.expected)} = ${money(p.premium)}`,
        message: `${p.name}评估价值 ${money(f.observed)}，比折旧后成本 ${money(f.expected)} 高 ${money(p.premium)}，而经营履历中没有重估记录：这部分溢价增加了权益，却没有利润来源。应在经营履历中记为一次重估（注明日期，如房产溢价），而不是留在权益差额中（目前差额 ${money(p.gap)}）。`,
        evidence: ['评估报告及评估日期', '购买合同及成交价格'],
        questions: [`${p.name}是什么时候、由谁评估的？`],
      };
    },
  },
};
