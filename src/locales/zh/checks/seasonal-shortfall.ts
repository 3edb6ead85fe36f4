/** seasonal-shortfall：文字（中文）。 */
import type { CheckTexts } from '../../types.js';
import { money } from '../../format.js';

interface Params {
  readonly termMonths: number;
  readonly shortfallMonths: number;
  readonly openingBuffer: string;
  readonly openingBufferSource: string;
  readonly covered: readonly string[];
  readonly uncovered: readonly { readonly month: string; readonly gap: string }[];
  readonly shortfalls: readonly { month: string; surplus: string; payment: string; net: string; bufferBefore: string; covered: boolean; gap: string }[];
}

/** 期初结余的来源（policy.capacity.openingBuffer）。 */
const SOURCES: Readonly<Record<string, string>> = { 'none': '不计期初资金', 'cash-and-bank': '现金加银行存款' };

export const seasonalShortfall: CheckTexts = {
  title: '淡季月份的月可支配收入不足以支付月供',
  labels: {
    amount: '申请金额',
    termMonths: '期限（月）',
    startDate: '放款日期',
    openingBuffer: '期初结余',
    surplusByMonth: '各月月可支配收入',
  },
  skips: { 'no-loan-request': () => '档案中没有贷款申请' },
  findings: {
    SEASONAL_SHORTFALL: (f) => {
      const p = f.params as unknown as Params;
      const lines = p.shortfalls.map(
        (m) =>
          `${m.month}：${money(m.surplus)} − ${money(m.payment)} = ${money(m.net)}，前期结余 ${money(m.bufferBefore)} → ` +
          (m.covered ? '可弥补' : `无法弥补，缺口 ${money(m.gap)}`),
      );
      const uncovered = p.uncovered.map((u) => `${u.month}（缺口 ${money(u.gap)}）`);
      return {
        message:
          `${p.termMonths} 个月中有 ${p.shortfallMonths} 个月的月可支配收入不足以支付新增月供。` +
          `可由前期结余弥补：${p.covered.join('、') || '无'}。` +
          `无法弥补：${uncovered.join('、') || '无'}。`,
        formula:
          '当期净额 = 当月月可支配收入 − 当期月供；当期结余 = 上期结余 + 当期净额；净额 < 0 为缺口月份，' +
          '当期结余 ≥ 0 时由前期结余弥补；当期结余 < 0 的每个月都无法弥补（欠缺结转到下月，直到盈余补回；' +
          '缺口 = 当月新增的外部资金；无法弥补月份列出的是结转的欠缺）。' +
          '实际值 = 缺口合计，应有值 = 结余弥补部分，偏差 = 无法弥补的缺口',
        computation: `期初结余 = ${money(p.openingBuffer)}（${SOURCES[p.openingBufferSource] ?? '按政策设定'}）；${lines.join('；')}`,
        evidence: ['去年淡季月份的银行流水：存款余额能否支撑经营？', '上一个旺季结束时的存款余额', '分月销售记录（账本、摊位流水、刷卡对账单）'],
        questions: ['去年生意淡的那几个月，日常开销是怎么安排的？', '旺季收回来的钱，您一般怎么安排？', '如果淡季比往年长，有谁能帮您周转？'],
      };
    },
  },
};
