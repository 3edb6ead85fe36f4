/**
 * SALES_TRIANGULATION — 销售额交叉检验: declared monthly sales against every independent estimate the
 * profile allows, each with its own deviation.
 *
 * Estimates (all monthly; `profile.salesEstimates` unless said otherwise):
 * - bank inflows:       (monthly inflows − non-sales inflows) / (1 − cash share)
 * - purchases & margin: purchases.annual / 12 / (1 − grossMargin)  (from the profile's purchases and stated margin)
 * - sampled month:      the ledger or slips of that month (against that month's declared sales when known)
 * - daily sales:        average daily sales × opening days a month
 * - till count:         (till cash − float) / hours open so far × hours a day × opening days / cash share
 * - piece rate:         piece-rate wage bill / rate per unit × unit price
 * - commissions:        commissions / commission rate
 * - 12-month average:   the POS or ledger monthly average
 *
 * Deviation of each: (declared − estimate) / declared (DESIGN.md §6). Each estimate beyond the tolerance
 * raises a SALES_TRIANGULATION flag with its severity from the band (policy.salesTriangulation: 20% /
 * 50%, xcheck's own choice). An estimate agrees when within the tolerance.
 *
 * Corroboration: when fewer than `minAgreeing` (default 2, the source's "two or more concrete proofs")
 * estimates agree, the rule raises one more flag under the SAME code, with unit `count`: observed = the
 * number agreeing, expected = the minimum. It is the same finding (the declared sales are not
 * confirmed), so it keeps the code; its unit and message tell it apart. Severity: warning.
 *
 * Skipped when the profile allows no estimate at all.
 */
import { type Dec, D, ONE, ZERO, formatPercent, groupMoney, toDecimal } from '../../money/index.js';
import type { Band } from '../../profile/policy.js';
import type { Profile } from '../../profile/schema.js';
import type { Statements } from '../../statements/index.js';
import { writeFlag, checkDeclared, formatQuantity, moneyInput, plainInput, ratioInput, skipped } from '../legacy.js';
import type { Bilingual, Flag, FlagInput, Rule } from '../legacy.js';

const CODE = 'SALES_TRIANGULATION';
const RULE_ID = 'sales-triangulation';
const title = { en: 'Declared sales against independent estimates', zh: '申报销售额与独立估算不符' };

/** One independent estimate of monthly sales. */
export interface SalesEstimate {
  /** Stable id: bank-inflows, purchases-margin, sampled-month, daily-sales, till, piece-rate, commissions, twelve-month-average. */
  readonly id: string;
  readonly name: Bilingual;
  readonly value: Dec;
  /** The declared sales it is compared with (the monthly average, or one month's). */
  readonly declared: Dec;
  readonly declaredSource: string;
  readonly formula: string;
  readonly computation: string;
  readonly inputs: readonly FlagInput[];
  readonly evidence: readonly Bilingual[];
  readonly questions: readonly Bilingual[];
}

/** What a flag or a caller reads of an estimate beyond its value: written only when asked for. */
type EstimateDetail = Pick<SalesEstimate, 'formula' | 'computation' | 'inputs' | 'evidence' | 'questions'>;

/** An estimate as the rule uses it: the figures now, the texts (`detail`) only for an estimate that flags. */
interface EstimateSpec {
  readonly id: string;
  readonly name: Bilingual;
  readonly value: Dec;
  readonly declared: Dec;
  readonly declaredSource: string;
  readonly detail: () => EstimateDetail;
}

type Base = Omit<EstimateSpec, 'declared' | 'declaredSource'>;

/** Every estimate the profile allows, in a fixed order, with its texts. */
export function salesEstimates(profile: Profile, statements: Statements): SalesEstimate[] {
  return estimateSpecs(profile, statements).map((s) => {
    const d = s.detail();
    return {
      id: s.id,
      name: s.name,
      value: s.value,
      formula: d.formula,
      computation: d.computation,
      inputs: d.inputs,
      evidence: d.evidence,
      questions: d.questions,
      declared: s.declared,
      declaredSource: s.declaredSource,
    };
  });
}

/** The estimates of `salesEstimates`, their texts deferred. */
function estimateSpecs(profile: Profile, statements: Statements): EstimateSpec[] {
  const average = statements.incomeStatement.monthlyAverage.sales;
  const e = profile.salesEstimates ?? {};
  const out: EstimateSpec[] = [];
  const add = (base: Base, declared = average, declaredSource = 'incomeStatement.monthlyAverage.sales') =>
    out.push({ id: base.id, name: base.name, value: base.value, declared, declaredSource, detail: base.detail });

  const bank = e.bankInflows;
  if (bank) {
    const inflows = toDecimal(bank.monthlyAverage);
    const nonSales = toDecimal(bank.nonSales ?? 0);
    const cashShare = toDecimal(bank.cashShare ?? 0);
    const value = D.max(inflows.minus(nonSales), ZERO).div(ONE.minus(cashShare));
    add({
      id: 'bank-inflows',
      name: { en: 'bank inflows', zh: '银行流水' },
      value,
      detail: () => ({
        formula: '(monthly inflows − non-sales inflows) / (1 − cash share)',
        computation: `(${groupMoney(inflows)} − ${groupMoney(nonSales)}) / (1 − ${cashShare.toFixed()}) = ${groupMoney(value)}`,
        inputs: [
          moneyInput('monthlyInflows', 'salesEstimates.bankInflows.monthlyAverage', inflows),
          moneyInput('nonSalesInflows', 'salesEstimates.bankInflows.nonSales', nonSales, bank.nonSales === undefined),
          ratioInput('cashShare', 'salesEstimates.bankInflows.cashShare', cashShare, bank.cashShare === undefined),
        ],
        evidence: [
          { en: 'statements of every account the business is paid into (bank, WeChat, Alipay), 12 months', zh: '经营收款的所有账户（银行、微信、支付宝）近 12 个月流水' },
          { en: 'the largest inflows matched to customers and invoices', zh: '大额进账与客户、单据逐笔对应' },
        ],
        questions: [
          { en: 'Which accounts do your customers pay into, and how do the others pay?', zh: '客户一般把钱打到哪些账户？其他客户怎么付款？' },
          { en: 'What else comes into these accounts besides payments for goods?', zh: '这些账户里除了货款，还有哪些进账？' },
        ],
      }),
    });
  }

  if (profile.purchases !== undefined && profile.grossMargin !== undefined) {
    const purchases = toDecimal(profile.purchases.annual);
    const margin = toDecimal(profile.grossMargin);
    if (margin.lt(1)) {
      const value = purchases.div(12).div(ONE.minus(margin));
      add({
        id: 'purchases-margin',
        name: { en: 'purchases and margin', zh: '进货额与毛利率' },
        value,
        detail: () => ({
          formula: 'annual purchases / 12 / (1 − gross margin)',
          computation: `${groupMoney(purchases)} / 12 / (1 − ${margin.toFixed()}) = ${groupMoney(value)}`,
          inputs: [moneyInput('annualPurchases', 'purchases.annual', purchases), ratioInput('grossMargin', 'grossMargin', margin)],
          evidence: [
            { en: "suppliers' invoices and warehouse in-slips for the last 12 months", zh: '近 12 个月的进货发票和入库单' },
            { en: 'the price list against the purchase prices of the main products', zh: '主要产品的售价单与进价对照' },
          ],
          questions: [
            { en: 'Where do you buy your goods, and how much did you buy over the last few months?', zh: '您的货从哪里进？最近几个月大概进了多少？' },
            { en: 'How do you set your selling prices?', zh: '您的售价是怎么定的？' },
          ],
        }),
      });
    }
  }

  const sampled = e.sampledMonth;
  if (sampled) {
    const amount = toDecimal(sampled.amount);
    const month = sampled.month;
    const monthLine = month !== undefined && statements.incomeStatement.salesBasis === 'monthly' ? statements.incomeStatement.months[month - 1] : undefined;
    add(
      {
        id: 'sampled-month',
        name: { en: `sales ledger of a sampled month${month ? ` (month ${month})` : ''}`, zh: `抽查月份${month ? `（${month} 月）` : ''}的销售记录` },
        value: amount,
        detail: () => ({
          formula: "the sampled month's ledger or slips total",
          computation: `${groupMoney(amount)}${sampled.source ? ` (${sampled.source})` : ''}`,
          inputs: [
            moneyInput('sampledMonthSales', 'salesEstimates.sampledMonth.amount', amount),
            ...(month !== undefined ? [plainInput('month', 'salesEstimates.sampledMonth.month', String(month), 'months')] : []),
          ],
          evidence: [
            { en: 'the ledger or out-slips of another month, chosen by the officer on site without notice', zh: '由信贷员现场随机抽取另一个月的记账本或出库单' },
            { en: "that month's bank inflows against the ledger total", zh: '该月银行进账与账本合计对照' },
          ],
          questions: [
            { en: 'How do you record what you sell each day?', zh: '您每天卖了多少，是怎么记下来的？' },
            { en: 'How did that month compare with a usual month?', zh: '那个月和平常的月份比怎么样？' },
          ],
        }),
      },
      monthLine?.sales,
      monthLine ? `incomeStatement.months[${month! - 1}].sales` : undefined,
    );
  }

  if (e.dailySales) {
    const daily = toDecimal(e.dailySales.averageDaily);
    const days = e.dailySales.openingDaysPerMonth;
    const value = daily.times(days);
    add({
      id: 'daily-sales',
      name: { en: 'average daily sales', zh: '日均销售额' },
      value,
      detail: () => ({
        formula: 'average daily sales × opening days a month',
        computation: `${groupMoney(daily)} × ${days} = ${groupMoney(value)}`,
        inputs: [
          moneyInput('averageDailySales', 'salesEstimates.dailySales.averageDaily', daily),
          plainInput('openingDaysPerMonth', 'salesEstimates.dailySales.openingDaysPerMonth', String(days), 'days'),
        ],
        evidence: [
          { en: 'daily records: receipts (小票), the WeChat and Alipay daily totals', zh: '每日记录：小票、微信和支付宝的每日汇总' },
          { en: 'a count of customers during part of the visit', zh: '走访期间观察一段时间的客流' },
        ],
        questions: [
          { en: 'What does a normal day of selling look like, and a slow one?', zh: '平常一天大概能卖多少？生意淡的时候呢？' },
          { en: 'On which days are you closed?', zh: '一个月里哪些天不开门？' },
        ],
      }),
    });
  }

  const till = e.till;
  if (till) {
    const cash = toDecimal(till.cash);
    const float = toDecimal(till.openingFloat ?? 0);
    const hoursSoFar = toDecimal(till.hoursOpenSoFar);
    const hoursPerDay = toDecimal(till.hoursPerDay);
    const days = till.openingDaysPerMonth;
    const cashShare = toDecimal(till.cashShare ?? 1);
    const value = D.max(cash.minus(float), ZERO).div(hoursSoFar).times(hoursPerDay).times(days).div(cashShare);
    add({
      id: 'till',
      name: { en: 'till count', zh: '现场钱箱盘点' },
      value,
      detail: () => ({
        formula: '(till cash − opening float) / hours open so far × hours a day × opening days / cash share',
        computation: `(${groupMoney(cash)} − ${groupMoney(float)}) / ${hoursSoFar.toFixed()} × ${hoursPerDay.toFixed()} × ${days} / ${cashShare.toFixed()} = ${groupMoney(value)}`,
        inputs: [
          moneyInput('tillCash', 'salesEstimates.till.cash', cash),
          moneyInput('openingFloat', 'salesEstimates.till.openingFloat', float, till.openingFloat === undefined),
          plainInput('hoursOpenSoFar', 'salesEstimates.till.hoursOpenSoFar', hoursSoFar.toFixed(), 'text'),
          plainInput('hoursPerDay', 'salesEstimates.till.hoursPerDay', hoursPerDay.toFixed(), 'text'),
          plainInput('openingDaysPerMonth', 'salesEstimates.till.openingDaysPerMonth', String(days), 'days'),
          ratioInput('cashShare', 'salesEstimates.till.cashShare', cashShare, till.cashShare === undefined),
        ],
        evidence: [
          { en: 'a second till count at closing time on another day', zh: '另选一天在打烊时再盘点一次钱箱' },
          { en: "the day's WeChat and Alipay receipts next to the till", zh: '当天的微信、支付宝收款记录与钱箱对照' },
        ],
        questions: [
          { en: 'How do your customers usually pay?', zh: '顾客一般用什么方式付款？' },
          { en: 'How busy is this time of day compared with the rest of the day?', zh: '现在这个时段和一天中其他时段比，生意怎么样？' },
        ],
      }),
    });
  }

  if (e.pieceRate) {
    const bill = toDecimal(e.pieceRate.monthlyWageBill);
    const rate = toDecimal(e.pieceRate.ratePerUnit);
    const price = toDecimal(e.pieceRate.unitPrice);
    const units = bill.div(rate);
    const value = units.times(price);
    add({
      id: 'piece-rate',
      name: { en: 'piece-rate wage bill', zh: '计件工资' },
      value,
      detail: () => ({
        formula: 'piece-rate wage bill / rate per unit × unit price',
        computation: `${groupMoney(bill)} / ${rate.toFixed()} = ${formatQuantity(units)} units; × ${groupMoney(price)} = ${groupMoney(value)}`,
        inputs: [
          moneyInput('monthlyWageBill', 'salesEstimates.pieceRate.monthlyWageBill', bill),
          plainInput('ratePerUnit', 'salesEstimates.pieceRate.ratePerUnit', rate.toFixed(), 'CNY'),
          moneyInput('unitPrice', 'salesEstimates.pieceRate.unitPrice', price),
        ],
        evidence: [
          { en: 'the piece-rate wage sheets (计件工资表) and the bank transfers of wages', zh: '计件工资表及工资转账记录' },
          { en: 'a word with a worker about what they earn and make in a day', zh: '向工人了解每天的产量和收入' },
        ],
        questions: [
          { en: 'How are your workers paid, and what did the wages come to last month?', zh: '工人工资怎么算？上个月一共发了多少？' },
          { en: 'How many pieces does a worker make on a normal day?', zh: '一个工人平常一天能做多少件？' },
        ],
      }),
    });
  }

  if (e.commissions) {
    const paid = toDecimal(e.commissions.monthly);
    const rate = toDecimal(e.commissions.rate);
    const value = paid.div(rate);
    add({
      id: 'commissions',
      name: { en: 'sales commissions', zh: '销售提成' },
      value,
      detail: () => ({
        formula: 'commissions paid / commission rate',
        computation: `${groupMoney(paid)} / ${rate.toFixed()} = ${groupMoney(value)}`,
        inputs: [moneyInput('monthlyCommissions', 'salesEstimates.commissions.monthly', paid), ratioInput('commissionRate', 'salesEstimates.commissions.rate', rate)],
        evidence: [
          { en: 'commission statements from the platform or the agents, and their payment records', zh: '平台或代理的提成结算单及付款记录' },
        ],
        questions: [
          { en: 'Who sells for you, and how are they paid?', zh: '有谁帮您卖货？他们的提成怎么算？' },
        ],
      }),
    });
  }

  if (e.twelveMonthAverage) {
    const value = toDecimal(e.twelveMonthAverage.monthlyAverage);
    const pos = e.twelveMonthAverage.source === 'pos';
    add({
      id: 'twelve-month-average',
      name: pos ? { en: '12-month POS average', zh: 'POS 机 12 个月月均' } : { en: '12-month ledger average', zh: '账本 12 个月月均' },
      value,
      detail: () => ({
        formula: `12-month monthly average from the ${pos ? 'POS terminal' : 'ledger'}`,
        computation: groupMoney(value),
        inputs: [moneyInput('twelveMonthAverage', 'salesEstimates.twelveMonthAverage.monthlyAverage', value)],
        evidence: [
          { en: pos ? "the POS terminal's monthly settlement reports" : "the ledger's monthly totals, read on site", zh: pos ? 'POS 机月度结算单' : '现场查看账本的月度合计' },
        ],
        questions: [{ en: 'How did sales move over the last twelve months?', zh: '过去十二个月销售情况是怎么变化的？' }],
      }),
    });
  }
  return out;
}

/** The flag of an estimate beyond the tolerance, or null when it agrees; the estimate's texts are written only for a flag. */
function estimateFlag(spec: EstimateSpec, band: Band): Flag | null {
  let written: EstimateDetail | undefined;
  const detail = () => (written ??= spec.detail());
  return checkDeclared({
    code: CODE,
    ruleId: RULE_ID,
    title,
    unit: 'CNY',
    declared: spec.declared,
    estimate: spec.value,
    band,
    formula: () => `estimate (${spec.id}) = ${detail().formula}`,
    computation: () => detail().computation,
    inputs: () => [moneyInput('declaredMonthlySales', spec.declaredSource, spec.declared), ...detail().inputs],
    evidence: () => detail().evidence,
    questions: () => detail().questions,
    message: (f) => ({
      en: `Declared sales of ${f.declared} a month are ${f.over ? 'above' : 'below'} the estimate from ${spec.name.en}, ${f.estimate} (${f.deviation}).`,
      zh: `申报月销售额 ${f.declared}，${f.over ? '高于' : '低于'}按${spec.name.zh}估算的 ${f.estimate}（偏差 ${f.deviation}）。`,
    }),
  });
}

export const salesTriangulationRule: Rule = {
  id: RULE_ID,
  codes: [CODE],
  title,
  check({ profile, policy, statements }) {
    const estimates = estimateSpecs(profile, statements);
    if (estimates.length === 0)
      return skipped(['salesEstimates'], {
        en: 'no independent estimate of sales: give salesEstimates (bank inflows, a sampled month, …) or purchases with a stated gross margin',
        zh: '没有独立的销售额估算：请填写 salesEstimates（银行流水、抽查月份等），或进货额和毛利率',
      });
    const band = policy.salesTriangulation;
    const flags: Flag[] = [];
    const agreeingNames: Bilingual[] = [];
    for (const est of estimates) {
      const flag = estimateFlag(est, band);
      if (flag) flags.push(flag);
      else agreeingNames.push(est.name);
    }
    const agreeing = agreeingNames.length;
    const min = policy.salesTriangulation.minAgreeing;
    if (agreeing < min) {
      const declared = statements.incomeStatement.monthlyAverage.sales;
      flags.push(writeFlag({ code: CODE, severity: 'warning', ruleId: RULE_ID, title, unit: 'count' }, () => ({
        observed: String(agreeing),
        expected: String(min),
        range: { min: String(min), max: null },
        deviation: { absolute: String(agreeing - min), relative: null },
        formula: `agreeing estimates = number of estimates with |(declared − estimate) / declared| ≤ ${formatPercent(toDecimal(band.tolerance))}; must be ≥ ${min}`,
        computation: `${agreeing} of ${estimates.length} estimates agree (${estimates.map((est) => est.id).join(', ')}); ${agreeing} < ${min}`,
        inputs: [
          moneyInput('declaredMonthlySales', 'incomeStatement.monthlyAverage.sales', declared),
          plainInput('estimates', 'salesEstimates', estimates.map((est) => est.id).join(', '), 'text'),
          plainInput('minAgreeing', 'policy.salesTriangulation.minAgreeing', String(min), 'count'),
        ],
        evidence: [
          { en: 'bank statements of every account the business is paid into, 12 months', zh: '所有经营收款账户近 12 个月流水' },
          { en: "suppliers' invoices and in-slips, to estimate sales from purchases and the margin", zh: '进货发票和入库单，用进货额和毛利率推算销售额' },
          { en: 'the sales ledger or slips of a month chosen on site', zh: '现场抽取某个月的销售记录或出库单' },
        ],
        questions: [
          { en: 'Which records of your sales do you keep, and could we go through one month of them together?', zh: '您的销售都有哪些记录？我们能一起看一下某个月的吗？' },
        ],
        message: {
          en: `Only ${agreeing} of ${estimates.length} independent estimates agree with the declared sales of ${groupMoney(declared)} a month${agreeingNames.length ? ` (${agreeingNames.map((n) => n.en).join(', ')})` : ''}; at least ${min} are needed to accept them.`,
          zh: `${estimates.length} 个独立估算中仅 ${agreeing} 个与申报月销售额 ${groupMoney(declared)} 相符${agreeingNames.length ? `（${agreeingNames.map((n) => n.zh).join('、')}）` : ''}；至少需要 ${min} 个相符才能认可。`,
        },
      })));
    }
    return { status: 'ran', flags };
  },
};
