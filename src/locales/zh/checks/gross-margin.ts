/** gross-margin：文字（中文）。 */
import { D } from '../../../money/index.js';
import type { AnchorParams, IndustryParams, ProductsParams, PurchasesParams } from '../../../rules/gross-margin/index.js';
import type { Finding } from '../../../rules/types.js';
import type { CheckTexts } from '../../types.js';
import { money, percent, points } from '../../format.js';

/** 带符号的百分点，两位小数："-0.0500" → "-5.00 个百分点"。 */
const signedPoints = (s: string) => `${new D(s).times(100).toFixed(2)} 个百分点`;

const anchorName = (p: AnchorParams) => (p.anchor === 'stated' ? '申报毛利率' : '主要产品加权毛利率');

/** 毛利率与主要产品加权毛利率或按进货额推算的毛利率对照。 */
function comparison(f: Finding) {
  const observed = f.observed ?? '';
  const expected = f.expected ?? '';
  const diff = f.deviation?.absolute ?? '0';
  const higher = new D(diff).gt(0);
  const anchor = anchorName(f.params as unknown as AnchorParams);
  const products = f.subject.comparison === 'products';
  const name = products ? '主要产品加权毛利率' : '按销售额与进货额推算的毛利率';
  let formula: string;
  let computation: string;
  let evidence: string[];
  let questions: string[];
  if (products) {
    const p = f.params as unknown as ProductsParams;
    formula = '主要产品加权毛利率 = Σ 销售占比 × (售价 − 成本) ÷ 售价 ÷ Σ 销售占比';
    computation = `(${p.products.map((t) => `${t.share} × (${t.price} − ${t.cost}) ÷ ${t.price}`).join(' + ')}) ÷ ${p.shares} = ${expected}`;
    evidence = ['主要产品的进货发票与标价或销售单对照', '抽查月份各产品的销售构成'];
    questions = ['哪几样东西卖得最多？每样大概能赚多少？', '什么情况下会打折？一般打多少？'];
  } else {
    const p = f.params as unknown as PurchasesParams;
    formula = '推算毛利率 = 1 − 年进货额 ÷ 年销售额';
    computation = `1 − ${money(p.purchases)} ÷ ${money(p.sales)} = ${expected}`;
    evidence = ['近 12 个月进货发票、入库单，及期初期末存货', '向供货商付款的银行流水'];
    questions = ['去年一共进了多少货？这一年库存有什么变化？'];
  }
  return {
    formula: `${formula}；偏差 = ${anchor} − ${name}（以百分点计）`,
    computation: `${computation}；${observed} − ${expected} = ${diff}（${signedPoints(diff)}）`,
    message: `${anchor} ${percent(observed)}，比${name} ${percent(expected)} ${higher ? '高' : '低'} ${points(diff)} 个百分点。`,
    evidence,
    questions,
  };
}

/** 毛利率超出行业常见范围。 */
function industry(f: Finding) {
  const p = f.params as unknown as IndustryParams;
  const anchor = anchorName(f.params as unknown as AnchorParams);
  const observed = f.observed ?? '';
  const bound = f.expected ?? '';
  return {
    formula: '行业常见范围：下限 ≤ 毛利率 ≤ 上限；偏差 = 毛利率 − 最近的界限（以百分点计）',
    computation: `${observed} ${p.below ? '<' : '>'} ${bound}（范围 ${p.min}–${p.max}）；${observed} − ${bound} = ${f.deviation?.absolute ?? ''}`,
    message: `${anchor} ${percent(observed)}，${p.below ? '低于' : '高于'}${p.index === -1 ? `行业基准中 ${p.match}（国民经济行业分类代码）行业从较差到优秀` : `${p.match}行业`}的常见范围 ${percent(p.min)}–${percent(p.max)}。`,
    evidence: ['同行两三家的售价与进价', '主要产品的进货发票与标价'],
    questions: ['您的价格和周边同行比怎么样？', '您做生意和同行有什么不一样的地方？'],
  };
}

export const grossMargin: CheckTexts = {
  title: '毛利率与产品、进货或行业水平不符',
  labels: {
    productPrice: '产品售价',
    productCost: '产品进价',
    productShareOfSales: '产品占销售额比例',
    statedMargin: '申报毛利率',
    productsMargin: '主要产品加权毛利率',
    annualPurchases: '年进货额',
    annualSales: '年销售额',
    industryRange: '行业常见毛利率范围',
  },
  findings: {
    GROSS_MARGIN_INCONSISTENT: (f) => (f.subject.comparison === 'industry' ? industry(f) : comparison(f)),
  },
  skips: {
    'no-margin': () => '没有可检验的毛利率：请填写毛利率或主要产品',
    'nothing-to-compare': () => '没有可对照的数据：请填写主要产品、年进货额，或在政策中设置行业毛利率范围',
  },
};
