/**
 * GROSS_MARGIN_INCONSISTENT — 毛利率交叉检验.
 *
 * The stated gross margin (`grossMargin`) against:
 * - the weighted margin of the main products: Σ shareᵢ × (priceᵢ − costᵢ) / priceᵢ ÷ Σ shareᵢ (`products`);
 * - the margin implied by sales and purchases: 1 − annual purchases / annual sales (inventory assumed stable);
 * - the industry's usual range in the policy (`policy.grossMargin.industries`, first entry whose `match`
 *   is contained in business.industry or equals business.kind), else the industry benchmark of
 *   `business.industryCode` (docs/industry.md: from its 较差 to its 优秀 margin).
 * When no margin is stated, the products' weighted margin is the anchor for the other two.
 *
 * Margins are compared in percentage points, not relatively: deviation = anchor − other margin (0.05 is 5
 * points); a 3-point gap on a 10% margin and on a 40% margin are the same discrepancy in money per sale.
 * policy.grossMargin: warning beyond 5 points, critical beyond 10 points (xcheck's own choice). Outside the
 * industry range: warning for any distance, critical beyond the same 10 points. The industry list is empty
 * by default: a bank enters its own ranges (no published range exists for the source's trades).
 *
 * One finding per comparison that disagrees, subject `{ comparison: 'products' | 'purchases' | 'industry' }`.
 *
 * Worked example (fixtures/rules/gross-margin.json): stated 0.25; implied 1 − 1,620,000 / 1,800,000 = 0.10:
 * 0.25 − 0.10 = 15 points, beyond 10: critical.
 */
import { type Dec, ONE, ZERO, formatMoney, formatRatio, toDecimal, sum } from '../../money/index.js';
import type { IndustryMargin, Policy } from '../../profile/policy.js';
import type { ProfileData } from '../../profile/domain.js';
import { benchmarkPath, profileBenchmark, usualRange } from '../../industry/index.js';
import type { Comparison } from '../../crosscheck/types.js';
import { bandRequirement, compared, moneyInput, plainInput, policyValue, ran, ratioInput, severityFor, toleranceOf } from '../flag.js';
import type { FindingParams, FlagInput, Requirement, Rule, RuleFinding, Severity } from '../types.js';

/** An input as the applicant gave it: a decimal string as is, a JSON number in plain notation (never 5e-324). */

const CODE = 'GROSS_MARGIN_INCONSISTENT';

/**
 * The params of every GROSS_MARGIN_INCONSISTENT finding: which margin is checked (`anchor`: the stated margin, or
 * the products' weighted margin when none is stated), and those of its comparison (`ProductsParams`,
 * `PurchasesParams`, `IndustryParams`). The margins are the finding's `observed` (the anchor) and `expected`.
 */
export interface AnchorParams {
  readonly anchor: 'stated' | 'products';
}

/** Against the products: each product's share, price and cost (plain decimals), and the sum of the shares. */
export interface ProductsParams {
  readonly products: readonly { readonly share: string; readonly price: string; readonly cost: string }[];
  readonly shares: string;
}

/** Against purchases: annual purchases and annual sales (money). */
export interface PurchasesParams {
  readonly purchases: string;
  readonly sales: string;
}

/**
 * Against the industry range: the entry's `match`, its `min` and `max` (ratios), its `source` (text or null),
 * its index in policy.grossMargin.industries, and whether the anchor is `below` the range (else above). For the
 * industry benchmark of `business.industryCode` (docs/industry.md): `match` is the benchmark's code, `index` −1.
 */
export interface IndustryParams {
  readonly match: string;
  readonly min: string;
  readonly max: string;
  readonly source: string | null;
  readonly index: number;
  readonly below: boolean;
}

/**
 * The usual margin range of the business: the policy's range (`grossMargin.industries`) when one matches, else the
 * industry benchmark of its `business.industryCode` (docs/industry.md): from the 较差 to the 优秀 margin. `index` is
 * the policy entry's, −1 for a benchmark; `match` the entry's text or the benchmark's code.
 */
function industryRange(industries: readonly IndustryMargin[], profile: ProfileData, policy: Policy) {
  const entry = industryMarginFor(industries, profile.business.industry, profile.business.kind);
  if (entry !== undefined) {
    const index = industries.indexOf(entry);
    return {
      match: entry.match,
      min: toDecimal(entry.min),
      max: toDecimal(entry.max),
      source: entry.source ?? null,
      index,
      minPath: `grossMargin.industries[${index}].min`,
      maxPath: `grossMargin.industries[${index}].max`,
      minValue: entry.min as string | number,
      maxValue: entry.max as string | number,
      inputPath: 'policy.grossMargin.industries',
    };
  }
  const b = profileBenchmark(profile, policy);
  if (b === null || b.grossMargin === null) return undefined;
  const { min, max } = usualRange(b.grossMargin);
  return {
    match: b.code,
    min,
    max,
    source: b.origin === 'built-in' ? `xcheck industry table ${b.tableVersion ?? ''}` : b.source,
    index: -1,
    minPath: benchmarkPath(b, 'grossMargin', min.eq(b.grossMargin.poor) ? 'poor' : 'excellent'),
    maxPath: benchmarkPath(b, 'grossMargin', max.eq(b.grossMargin.excellent) ? 'excellent' : 'poor'),
    minValue: min.toFixed() as string | number,
    maxValue: max.toFixed() as string | number,
    inputPath: benchmarkPath(b, 'grossMargin', 'poor').replace(/\.poor$/, ''),
  };
}

/** The policy's industry range that applies to a business, if any. */
export function industryMarginFor(industries: readonly IndustryMargin[], industry: string, kind: string): IndustryMargin | undefined {
  const text = industry.toLowerCase();
  return industries.find((r) => text.includes(r.match.toLowerCase()) || r.match === kind);
}

export const grossMarginRule: Rule = {
  id: 'gross-margin',
  codes: [CODE],
  check({ profile, policy, statements }) {
    const products = profile.products ?? [];
    const shareOf = products.map((p) => p.shareOfSales);
    const shares = sum(shareOf);
    let weighted: Dec | undefined;
    let productsParams: ProductsParams | undefined;
    if (products.length > 0 && shares.gt(0)) {
      const terms = products.map((p, i) => {
        const price = p.price;
        const cost = p.cost;
        return { share: shareOf[i] as Dec, margin: price.minus(cost).div(price), price, cost };
      });
      weighted = sum(terms.map((t) => t.share.times(t.margin))).div(shares);
      productsParams = {
        products: terms.map((t) => ({ share: t.share.toFixed(), price: t.price.toFixed(), cost: t.cost.toFixed() })),
        shares: shares.toFixed(),
      };
    }
    const stated = profile.grossMargin;
    const anchor = stated ?? weighted;
    if (anchor === undefined) return { status: 'skipped', missing: ['grossMargin', 'products'], reason: { code: 'no-margin' } };
    const anchorParams: AnchorParams = { anchor: stated !== undefined ? 'stated' : 'products' };
    const anchorInput = (): FlagInput => (stated !== undefined ? ratioInput('statedMargin', 'grossMargin', anchor) : ratioInput('productsMargin', 'products', anchor));

    const band = policy.grossMargin;
    const tol = toDecimal(band.tolerance);
    const findings: RuleFinding[] = [];
    const table: Comparison[] = [];
    let comparisons = 0;
    /** A finding on the anchor margin against `expected`; deviations in points, so no relative figure. */
    const marginFinding = (
      comparison: string,
      severity: Severity,
      requirement: Requirement | null,
      expected: Dec,
      range: { min: Dec; max: Dec },
      inputs: readonly FlagInput[],
      params: FindingParams,
    ): RuleFinding => ({
      code: CODE,
      subject: { comparison },
      severity,
      unit: 'ratio',
      observed: formatRatio(anchor),
      expected: formatRatio(expected),
      range: { min: formatRatio(range.min), max: formatRatio(range.max) },
      deviation: { absolute: formatRatio(anchor.minus(expected)), relative: null },
      requirement,
      inputs,
      params: { ...anchorParams, ...params },
    });

    // The inputs and params are written only when the margins disagree.
    // For the cross-check table, every comparison is also kept (agreeing or not) with the same figures.
    const compare = (comparison: 'products' | 'purchases', other: Dec, inputs: () => FlagInput[], params: () => FindingParams) => {
      comparisons += 1;
      const severity = severityFor(anchor.minus(other), band);
      const range = { min: other.minus(tol), max: other.plus(tol) };
      const requirement = severity === null ? null : bandRequirement(severity, band, 'grossMargin');
      // The figures as marginFinding writes them; the severity stands in only to shape them.
      const f = marginFinding(comparison, severity ?? 'info', requirement, other, range, [anchorInput(), ...inputs()], params());
      const c = compared('grossMargin', { code: CODE, subject: f.subject, severity }, f, toleranceOf(band, 'grossMargin'), requirement, f.inputs, f.params);
      table.push(c.comparison);
      if (c.finding) findings.push(c.finding);
    };

    if (weighted !== undefined && stated !== undefined && productsParams !== undefined) {
      const p: ProductsParams = productsParams;
      compare(
        'products',
        weighted,
        () =>
          products.flatMap((x, i) => [
            moneyInput('productPrice', `products[${i}].price`, x.price),
            moneyInput('productCost', `products[${i}].cost`, x.cost),
            ratioInput('productShareOfSales', `products[${i}].shareOfSales`, x.shareOfSales),
          ]),
        () => ({ ...p, products: p.products.map((t) => ({ ...t })) }),
      );
    }
    const sales = statements.incomeStatement.annual.sales;
    if (profile.purchases !== undefined && sales.gt(0)) {
      const purchases = profile.purchases.annual;
      const implied = ONE.minus(purchases.div(sales));
      compare(
        'purchases',
        implied,
        () => [moneyInput('annualPurchases', 'purchases.annual', purchases), moneyInput('annualSales', 'incomeStatement.annual.sales', sales)],
        (): FindingParams => {
          const p: PurchasesParams = { purchases: formatMoney(purchases), sales: formatMoney(sales) };
          return { ...p };
        },
      );
    }
    const industry = industryRange(band.industries, profile, policy);
    if (industry !== undefined) {
      comparisons += 1;
      const { min, max } = industry;
      const below = anchor.lt(min);
      const distance = below ? min.minus(anchor) : anchor.gt(max) ? anchor.minus(max) : ZERO;
      const severity: Severity | null = severityFor(distance, { tolerance: '0', critical: band.critical });
      if (severity !== null) {
        const bound = below ? min : max;
        // Critical: beyond grossMargin.critical; a warning: outside the range's nearest bound.
        const requirement: Requirement =
          severity === 'critical'
            ? { path: 'grossMargin.critical', value: policyValue(band.critical) }
            : { path: below ? industry.minPath : industry.maxPath, value: policyValue(below ? industry.minValue : industry.maxValue) };
        const params: IndustryParams = { match: industry.match, min: formatRatio(min), max: formatRatio(max), source: industry.source, index: industry.index, below };
        findings.push(
          marginFinding(
            'industry',
            severity,
            requirement,
            bound,
            { min, max },
            [
              anchorInput(),
              plainInput('industryRange', industry.inputPath, `${industry.match}: ${formatRatio(min)}–${formatRatio(max)}${industry.source ? ` (${industry.source})` : ''}`, 'text'),
            ],
            { ...params },
          ),
        );
      }
    }
    if (comparisons === 0)
      return { status: 'skipped', missing: ['products', 'purchases.annual', 'policy.grossMargin.industries'], reason: { code: 'nothing-to-compare' } };
    return ran(findings, table);
  },
};
