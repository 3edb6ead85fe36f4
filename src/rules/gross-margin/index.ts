/**
 * GROSS_MARGIN_INCONSISTENT — 毛利率交叉检验.
 *
 * The stated gross margin (`grossMargin`) against:
 * - the weighted margin of the main products: Σ shareᵢ × (priceᵢ − costᵢ) / priceᵢ ÷ Σ shareᵢ (`products`);
 * - the margin implied by sales and purchases: 1 − annual purchases / annual sales (inventory assumed stable);
 * - the industry's usual range in the policy (`policy.grossMargin.industries`, first entry whose `match`
 *   is contained in business.industry or equals business.kind).
 * When no margin is stated, the products' weighted margin is the anchor for the other two.
 *
 * Margins are compared in percentage points, not relatively: deviation = anchor − other margin (0.05 is 5
 * points); a 3-point gap on a 10% margin and on a 40% margin are the same discrepancy in money per sale.
 * policy.grossMargin: warning beyond 5 points, critical beyond 10 points (xcheck's own choice). Outside the
 * industry range: warning for any distance, critical beyond the same 10 points. The industry list is empty
 * by default: a bank enters its own ranges (no published range exists for the source's trades).
 */
import { type Dec, ONE, ZERO, formatPlain, formatRatio, formatPercent, groupMoney, toDecimal, sum } from '../../money/index.js';
import type { IndustryMargin } from '../../profile/policy.js';
import { writeFlag, moneyInput, plainInput, ratioInput, severityFor, skipped } from '../legacy.js';
import type { Bilingual, Flag, FlagInput, Rule, Severity } from '../legacy.js';

/** An input as the applicant gave it: a decimal string as is, a JSON number in plain notation (never 5e-324). */
const asText = (v: string | number): string => (typeof v === 'number' ? formatPlain(toDecimal(v)) : v);

const CODE = 'GROSS_MARGIN_INCONSISTENT';
const RULE_ID = 'gross-margin';
const title = { en: 'Gross margin does not agree with products, purchases or the trade', zh: '毛利率与产品、进货或行业水平不符' };

/** Percentage points for people: 0.05 → "5.00 points". */
const points = (d: Dec) => `${formatRatio(d.times(100), 2)} points`;
const pointsZh = (d: Dec) => `${formatRatio(d.times(100), 2)} 个百分点`;

/** The policy's industry range that applies to a business, if any. */
export function industryMarginFor(industries: readonly IndustryMargin[], industry: string, kind: string): IndustryMargin | undefined {
  const text = industry.toLowerCase();
  return industries.find((r) => text.includes(r.match.toLowerCase()) || r.match === kind);
}

export const grossMarginRule: Rule = {
  id: RULE_ID,
  codes: [CODE],
  title,
  check({ profile, policy, statements }) {
    const products = profile.products ?? [];
    const shareOf = products.map((p) => toDecimal(p.shareOfSales));
    const shares = sum(shareOf);
    let weighted: Dec | undefined;
    let weightedComputation = () => '';
    if (products.length > 0 && shares.gt(0)) {
      const terms = products.map((p, i) => {
        const price = toDecimal(p.price);
        const cost = toDecimal(p.cost);
        return { share: shareOf[i] as Dec, margin: price.minus(cost).div(price), price, cost };
      });
      const w = sum(terms.map((t) => t.share.times(t.margin))).div(shares);
      weighted = w;
      weightedComputation = () =>
        `(${terms.map((t) => `${t.share.toFixed()} × (${t.price.toFixed()} − ${t.cost.toFixed()}) / ${t.price.toFixed()}`).join(' + ')}) / ${shares.toFixed()} = ${formatRatio(w)}`;
    }
    const stated = profile.grossMargin === undefined ? undefined : toDecimal(profile.grossMargin);
    const anchor = stated ?? weighted;
    if (anchor === undefined)
      return skipped(['grossMargin', 'products'], {
        en: 'no margin to check: give the stated gross margin or the main products',
        zh: '没有可检验的毛利率：请填写毛利率或主要产品',
      });
    const anchorName: Bilingual = stated !== undefined ? { en: 'stated margin', zh: '申报毛利率' } : { en: "main products' weighted margin", zh: '主要产品加权毛利率' };
    const anchorInput = (): FlagInput => (stated !== undefined ? ratioInput('statedMargin', 'grossMargin', anchor) : ratioInput('productsMargin', 'products', anchor));

    const band = policy.grossMargin;
    const tol = toDecimal(band.tolerance);
    const flags: Flag[] = [];
    let comparisons = 0;
    /** A flag on the anchor margin against `expected`; deviations in points, so no relative figure. */
    const marginFlag = (
      severity: Severity,
      expected: Dec,
      range: { min: Dec; max: Dec },
      rest: () => Pick<Flag, 'formula' | 'computation' | 'inputs' | 'evidence' | 'questions' | 'message'>,
    ): Flag =>
      writeFlag({ code: CODE, severity, ruleId: RULE_ID, title, unit: 'ratio' }, () => ({
        observed: formatRatio(anchor),
        expected: formatRatio(expected),
        range: { min: formatRatio(range.min), max: formatRatio(range.max) },
        deviation: { absolute: formatRatio(anchor.minus(expected)), relative: null },
        ...rest(),
      }));

    const compare = (
      id: string,
      name: Bilingual,
      other: Dec,
      // The texts are written only when the margins disagree.
      computation: () => string,
      inputs: () => FlagInput[],
      evidence: Bilingual[],
      questions: Bilingual[],
    ) => {
      comparisons += 1;
      const diff = anchor.minus(other);
      const severity = severityFor(diff, band);
      if (severity === null) return;
      const higher = diff.isPositive();
      flags.push(
        marginFlag(severity, other, { min: other.minus(tol), max: other.plus(tol) }, () => ({
          formula: `${id}; deviation = ${anchorName.en} − ${name.en}, in percentage points`,
          computation: `${computation()}; ${formatRatio(anchor)} − ${formatRatio(other)} = ${formatRatio(diff)} (${points(diff)})`,
          inputs: [anchorInput(), ...inputs()],
          evidence,
          questions,
          message: {
            en: `The ${anchorName.en} of ${formatPercent(anchor)} is ${points(diff.abs())} ${higher ? 'above' : 'below'} the ${name.en} of ${formatPercent(other)}.`,
            zh: `${anchorName.zh} ${formatPercent(anchor)}，${higher ? '高于' : '低于'}${name.zh} ${formatPercent(other)} ${pointsZh(diff.abs())}。`,
          },
        })),
      );
    };

    if (weighted !== undefined && stated !== undefined) {
      compare(
        "products' margin = Σ share × (price − cost) / price ÷ Σ share",
        { en: "main products' weighted margin", zh: '主要产品加权毛利率' },
        weighted,
        weightedComputation,
        () => products.map((p, i) => plainInput(p.name, `products[${i}]`, `price ${asText(p.price)}, cost ${asText(p.cost)}, share ${asText(p.shareOfSales)}`, 'text')),
        [
          { en: 'purchase invoices of the main products against their price tags or sales slips', zh: '主要产品的进货发票与标价或销售单对照' },
          { en: 'the mix of sales by product in a sampled month', zh: '抽查月份各产品的销售构成' },
        ],
        [
          { en: 'Which products sell most, and what do you make on each?', zh: '哪几样东西卖得最多？每样大概能赚多少？' },
          { en: 'When do you give discounts, and how large are they?', zh: '什么情况下会打折？一般打多少？' },
        ],
      );
    }
    const sales = statements.incomeStatement.annual.sales;
    if (profile.purchases !== undefined && sales.gt(0)) {
      const purchases = toDecimal(profile.purchases.annual);
      const implied = ONE.minus(purchases.div(sales));
      compare(
        'implied margin = 1 − annual purchases / annual sales',
        { en: 'margin implied by sales and purchases', zh: '按销售额与进货额推算的毛利率' },
        implied,
        () => `1 − ${groupMoney(purchases)} / ${groupMoney(sales)} = ${formatRatio(implied)}`,
        () => [moneyInput('annualPurchases', 'purchases.annual', purchases), moneyInput('annualSales', 'incomeStatement.annual.sales', sales)],
        [
          { en: "suppliers' invoices and in-slips for 12 months, and the stock count at both ends", zh: '近 12 个月进货发票、入库单，及期初期末存货' },
          { en: 'bank statements of payments to suppliers', zh: '向供货商付款的银行流水' },
        ],
        [
          { en: 'How much did you buy from your suppliers last year, and how has your stock changed since?', zh: '去年一共进了多少货？这一年库存有什么变化？' },
        ],
      );
    }
    const industry = industryMarginFor(band.industries, profile.business.industry, profile.business.kind);
    if (industry !== undefined) {
      comparisons += 1;
      const min = toDecimal(industry.min);
      const max = toDecimal(industry.max);
      const below = anchor.lt(min);
      const distance = below ? min.minus(anchor) : anchor.gt(max) ? anchor.minus(max) : ZERO;
      const severity: Severity | null = severityFor(distance, { tolerance: '0', critical: band.critical });
      if (severity !== null) {
        const bound = below ? min : max;
        flags.push(
          marginFlag(severity, bound, { min, max }, () => ({
            formula: 'industry range min ≤ margin ≤ max; deviation = margin − nearest bound, in percentage points',
            computation: `${formatRatio(anchor)} ${below ? '<' : '>'} ${formatRatio(bound)} (range ${formatRatio(min)}–${formatRatio(max)}); ${formatRatio(anchor)} − ${formatRatio(bound)} = ${formatRatio(anchor.minus(bound))}`,
            inputs: [
              anchorInput(),
              plainInput('industryRange', 'policy.grossMargin.industries', `${industry.match}: ${formatRatio(min)}–${formatRatio(max)}${industry.source ? ` (${industry.source})` : ''}`, 'text'),
            ],
            evidence: [
              { en: 'the prices of two or three neighbours in the same trade', zh: '同行两三家的售价与进价' },
              { en: 'purchase invoices and price tags of the main products', zh: '主要产品的进货发票与标价' },
            ],
            questions: [
              { en: 'How do your prices compare with the shops around you?', zh: '您的价格和周边同行比怎么样？' },
              { en: 'What do you do differently from others in your trade?', zh: '您做生意和同行有什么不一样的地方？' },
            ],
            message: {
              en: `The ${anchorName.en} of ${formatPercent(anchor)} is ${below ? 'below' : 'above'} the usual range for ${industry.match}, ${formatPercent(min)}–${formatPercent(max)}.`,
              zh: `${anchorName.zh} ${formatPercent(anchor)}，${below ? '低于' : '高于'}${industry.match}行业的常见范围 ${formatPercent(min)}–${formatPercent(max)}。`,
            },
          })),
        );
      }
    }
    if (comparisons === 0)
      return skipped(['products', 'purchases.annual', 'policy.grossMargin.industries'], {
        en: 'nothing to compare the margin with: give the main products, the annual purchases, or an industry range in the policy',
        zh: '没有可对照的数据：请填写主要产品、年进货额，或在政策中设置行业毛利率范围',
      });
    return { status: 'ran', flags };
  },
};
