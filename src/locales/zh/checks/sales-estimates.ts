/**
 * 各项独立销售额估算（销售额交叉检验、`salesEstimates`）的文字（中文）：名称、公式、计算过程、应收集的证据和
 * 应问的问题，由估算的编号、参数和估算值写出。
 */
import type { EstimateParamsById } from '../../../rules/sales-triangulation/index.js';
import type { FindingParams } from '../../../rules/types.js';
import { money } from '../../format.js';
import { groupDigits } from '../../../money/index.js';
import type { EstimateTexts } from '../../en/checks/sales-estimates.js';

export type { EstimateTexts };

type P<K extends keyof EstimateParamsById> = EstimateParamsById[K];

/** 估算的名称（银行流水、抽查月份（3 月）的销售记录）。 */
export function estimateName(id: string, params: FindingParams): string {
  switch (id) {
    case 'bank-inflows':
      return '银行流水';
    case 'purchases-margin':
      return '进货额与毛利率';
    case 'sampled-month': {
      const month = params.month;
      return `抽查月份${month ? `（${String(month)} 月）` : ''}的销售记录`;
    }
    case 'daily-sales':
      return '日均销售额';
    case 'till':
      return '现场钱箱盘点';
    case 'piece-rate':
      return '计件工资';
    case 'commissions':
      return '销售提成';
    case 'twelve-month-average':
      return params.source === 'pos' ? '刷卡机（POS）12 个月月均' : '账本 12 个月月均';
    default:
      return id;
  }
}

/** 估算的文字：由编号、参数和估算值（两位小数的金额）写出。 */
export function estimateTexts(id: string, params: FindingParams, value: string | null): EstimateTexts {
  const name = estimateName(id, params);
  const v = money(value);
  switch (id) {
    case 'bank-inflows': {
      const p = params as unknown as P<'bank-inflows'>;
      return {
        name,
        formula: '(月均进账 − 非销售进账) ÷ (1 − 现金收款比例)',
        computation: `(${money(p.inflows)} − ${money(p.nonSales)}) ÷ (1 − ${p.cashShare}) = ${v}`,
        evidence: ['经营收款的所有账户（银行、微信、支付宝）近 12 个月流水', '大额进账与客户、单据逐笔对应'],
        questions: ['客户一般把钱打到哪些账户？其他客户怎么付款？', '这些账户里除了货款，还有哪些进账？'],
      };
    }
    case 'purchases-margin': {
      const p = params as unknown as P<'purchases-margin'>;
      return {
        name,
        formula: '年进货额 ÷ 12 ÷ (1 − 毛利率)',
        computation: `${money(p.purchases)} ÷ 12 ÷ (1 − ${p.margin}) = ${v}`,
        evidence: ['近 12 个月的进货发票和入库单', '主要产品的售价单与进价对照'],
        questions: ['您的货从哪里进？最近几个月大概进了多少？', '您的售价是怎么定的？'],
      };
    }
    case 'sampled-month': {
      const p = params as unknown as P<'sampled-month'>;
      return {
        name,
        formula: '抽查月份的记账本或出库单合计',
        computation: `${money(p.amount)}${p.record ? `（${p.record}）` : ''}`,
        evidence: ['由信贷员现场随机抽取另一个月的记账本或出库单', '该月银行进账与账本合计对照'],
        questions: ['您每天卖了多少，是怎么记下来的？', '那个月和平常的月份比怎么样？'],
      };
    }
    case 'daily-sales': {
      const p = params as unknown as P<'daily-sales'>;
      return {
        name,
        formula: '日均销售额 × 每月营业天数',
        computation: `${money(p.daily)} × ${p.days} = ${v}`,
        evidence: ['每日记录：小票、微信和支付宝的每日汇总', '走访期间观察一段时间的客流'],
        questions: ['平常一天大概能卖多少？生意淡的时候呢？', '一个月里哪些天不开门？'],
      };
    }
    case 'till': {
      const p = params as unknown as P<'till'>;
      return {
        name,
        formula: '(钱箱现金 − 备用零钱) ÷ 已营业小时数 × 每日营业小时数 × 每月营业天数 ÷ 现金收款比例',
        computation: `(${money(p.cash)} − ${money(p.float)}) ÷ ${p.hoursSoFar} × ${p.hoursPerDay} × ${p.days} ÷ ${p.cashShare} = ${v}`,
        evidence: ['另选一天在打烊时再盘点一次钱箱', '当天的微信、支付宝收款记录与钱箱对照'],
        questions: ['顾客一般用什么方式付款？', '现在这个时段和一天中其他时段比，生意怎么样？'],
      };
    }
    case 'piece-rate': {
      const p = params as unknown as P<'piece-rate'>;
      return {
        name,
        formula: '计件工资总额 ÷ 每件工价 × 单价',
        computation: `${money(p.bill)} ÷ ${p.rate} = ${groupDigits(p.units)} 件；× ${money(p.price)} = ${v}`,
        evidence: ['计件工资表及工资转账记录', '向工人了解每天的产量和收入'],
        questions: ['工人工资怎么算？上个月一共发了多少？', '一个工人平常一天能做多少件？'],
      };
    }
    case 'commissions': {
      const p = params as unknown as P<'commissions'>;
      return {
        name,
        formula: '月提成额 ÷ 提成比例',
        computation: `${money(p.paid)} ÷ ${p.rate} = ${v}`,
        evidence: ['平台或代理的提成结算单及付款记录'],
        questions: ['有谁帮您卖货？他们的提成怎么算？'],
      };
    }
    case 'twelve-month-average': {
      const pos = params.source === 'pos';
      return {
        name,
        formula: pos ? '刷卡机（POS）记录的近 12 个月月均销售额' : '账本记录的近 12 个月月均销售额',
        computation: v,
        evidence: [pos ? '刷卡机（POS）月度结算单' : '现场查看账本的月度合计'],
        questions: ['过去十二个月销售情况是怎么变化的？'],
      };
    }
    default:
      return { name, formula: id, computation: v, evidence: [], questions: [] };
  }
}
