/** sales-triangulation：文字（中文）。各项估算自己的文字见 sales-estimates.ts。 */
import { D } from '../../../money/index.js';
import type { CorroborationParams } from '../../../rules/sales-triangulation/index.js';
import type { Finding } from '../../../rules/types.js';
import type { CheckTexts, FindingWriter } from '../../types.js';
import { money, percent, signedPercent } from '../../format.js';
import { estimateName, estimateTexts } from './sales-estimates.js';

/** 某项估算超出容差（subject `{ estimate: <编号> }`）。 */
function estimateFinding(f: Finding) {
  const id = String(f.subject.estimate);
  const t = estimateTexts(id, f.params, f.expected);
  const relative = f.deviation?.relative ?? null;
  const declared = money(f.observed);
  const estimate = money(f.expected);
  const deviation = relative === null ? '无法计算' : signedPercent(relative);
  const over = new D(f.deviation?.absolute ?? 0).gt(0);
  return {
    formula: `按${t.name}估算的月销售额 = ${t.formula}；偏差 = (申报额 − 估算额) ÷ 申报额`,
    computation: `${t.computation}；` + (relative === null ? `申报 ${declared}` : `(${declared} − ${estimate}) ÷ ${declared} = ${deviation}`),
    message: `申报月销售额 ${declared}，${over ? '高于' : '低于'}按${t.name}估算的 ${estimate}（偏差 ${deviation}）。`,
    evidence: t.evidence,
    questions: t.questions,
  };
}

/** 相符的估算少于政策要求（subject `{ corroboration: 'agreeing-estimates' }`）。 */
function corroborationFinding(f: Finding) {
  const p = f.params as unknown as CorroborationParams;
  const agreeing = f.observed ?? '0';
  const min = f.expected ?? '';
  const names = p.estimates.map((e) => estimateName(e.id, { ...e }));
  const agreeingNames = p.estimates.filter((e) => e.agrees).map((e) => estimateName(e.id, { ...e }));
  return {
    formula: `相符的估算个数 = 满足 |(申报额 − 估算额) ÷ 申报额| ≤ ${percent(p.tolerance)} 的估算个数；须 ≥ ${min}`,
    computation: `${p.estimates.length} 个估算中 ${agreeing} 个相符（${names.join('、')}）；${agreeing} < ${min}`,
    message: `${p.estimates.length} 个独立估算中仅 ${agreeing} 个与申报月销售额 ${money(p.declared)} 相符${agreeingNames.length ? `（${agreeingNames.join('、')}）` : ''}；至少需要 ${min} 个相符才能认可。`,
    evidence: ['所有经营收款账户近 12 个月流水', '进货发票和入库单，用进货额和毛利率推算销售额', '现场抽取某个月的销售记录或出库单'],
    questions: ['您的销售都有哪些记录？我们能一起看一下某个月的吗？'],
  };
}

const write: FindingWriter = (f) => (f.subject.corroboration !== undefined ? corroborationFinding(f) : estimateFinding(f));

export const salesTriangulation: CheckTexts = {
  title: '申报销售额与独立估算不符',
  labels: {
    declaredMonthlySales: '申报月销售额',
    monthlyInflows: '月均银行进账',
    nonSalesInflows: '非销售进账',
    cashShare: '现金收款比例',
    annualPurchases: '年进货额',
    grossMargin: '毛利率',
    sampledMonthSales: '抽查月份销售额',
    month: '月份',
    averageDailySales: '日均销售额',
    openingDaysPerMonth: '每月营业天数',
    tillCash: '钱箱现金',
    openingFloat: '备用零钱',
    hoursOpenSoFar: '已营业小时数',
    hoursPerDay: '每日营业小时数',
    monthlyWageBill: '月计件工资总额',
    ratePerUnit: '每件工价',
    unitPrice: '单价',
    monthlyCommissions: '月提成额',
    commissionRate: '提成比例',
    twelveMonthAverage: '12 个月月均销售额',
    estimates: '独立估算',
    minAgreeing: '至少相符的估算个数',
  },
  findings: { SALES_TRIANGULATION: write },
  skips: {
    'no-estimates': () => '没有独立的销售额估算：请填写独立估算 `salesEstimates`（如银行流水、抽查月份等），或进货额和毛利率',
  },
};
