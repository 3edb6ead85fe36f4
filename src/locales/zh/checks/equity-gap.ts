/** equity-gap：文字（中文）。 */
import type { EquityGapParams } from '../../../rules/equity-gap/index.js';
import type { CheckTexts } from '../../types.js';
import { money, signedPercent } from '../../format.js';

const unsigned = (s: string | undefined) => money(s?.replace(/^-/, ''));

export const equityGap: CheckTexts = {
  title: '权益与经营履历推算不符',
  labels: {
    initialEquity: '初始权益',
    profits: '期间利润',
    withdrawals: '提取',
    injections: '追加投入及重估',
    depreciation: '折旧',
    balanceSheetEquity: '实际权益',
    period: '推算期间',
  },
  skips: {
    'no-start-event': () => '经营履历中没有创业事件（初始投入资金），无法从创业起推算权益',
    'no-opening-equity': () => '按期初权益口径需要上次调查时记录的权益（openingEquity）',
  },
  findings: {
    EQUITY_RECONCILIATION_GAP: (f) => {
      const p = f.params as unknown as EquityGapParams;
      const gap = f.deviation?.absolute;
      const relative = f.deviation?.relative ?? null;
      const deviation = relative === null ? null : signedPercent(relative);
      const hiddenDebt = gap?.startsWith('-') === true;
      return {
        formula:
          '应有权益 = 初始权益 + 利润 − 提取 + 追加投入 − 折旧；' +
          `差额 = 实际权益 − 应有权益；相对差额 = 差额 ÷ ${p.denominator === 'profits' ? '期间利润' : '实际权益'}`,
        computation:
          `${money(p.initialEquity)} + ${money(p.profits)} − ${money(p.withdrawals)} + ${money(p.injections)} − ${money(p.depreciation)} = ${money(f.expected)}；` +
          `${money(f.observed)} − ${money(f.expected)} = ${money(gap)}` +
          (deviation === null ? '' : `；${money(gap)} ÷ ${money(p.denominatorAmount)} = ${deviation}`),
        evidence: ['期间银行流水中的大额进出', '房产、车辆证件及购置时间和付款方式', '借款合同和借条，包括亲友及民间借贷'],
        questions: hiddenDebt
          ? ['当初创业的钱是从哪里来的？后来是怎么还的？', '这些年除了银行，还向谁借过钱？', '这几年家里和生意上最大的几笔开支是什么？']
          : [
              '现在这些货和设备的钱是从哪里来的？',
              '家里有没有生意以外的进账，比如拆迁补偿、继承之类？',
              '生意好的年份和差的年份，利润大概各是多少？',
              '生意里还有谁投了钱？是怎么约定的？',
            ],
        message: hiddenDebt
          ? `实际权益 ${money(f.observed)}，按 ${p.periodStart} 以来的经营履历推算的应有权益为 ${money(f.expected)}，少了 ${unsigned(gap)}（${deviation ?? '无法计算比例'}）。需查是否用经营资金归还了借款（如创业时借入的资金）、是否有未申报的大额支出，或利润被高估。`
          : `实际权益 ${money(f.observed)}，按 ${p.periodStart} 以来的经营履历推算的应有权益仅为 ${money(f.expected)}，多出 ${money(gap)}（${deviation ?? '无法计算比例'}）。需查是否有表外负债（社会负债）、资产是否高估，或是否有未申报的追加资金。`,
      };
    },
  },
};
