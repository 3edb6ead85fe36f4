/** gross-margin: texts (en). */
import { D } from '../../../money/index.js';
import type { AnchorParams, IndustryParams, ProductsParams, PurchasesParams } from '../../../rules/gross-margin/index.js';
import type { Finding } from '../../../rules/types.js';
import type { CheckTexts } from '../../types.js';
import { money, percent, points } from '../../format.js';

/** Signed percentage points with two decimals: "-0.0500" → "-5.00 points". */
const signedPoints = (s: string) => `${new D(s).times(100).toFixed(2)} points`;

const anchorName = (p: AnchorParams) => (p.anchor === 'stated' ? 'stated margin' : "main products' weighted margin");

/** The anchor against the products' margin or the margin implied by purchases. */
function comparison(f: Finding) {
  const observed = f.observed ?? '';
  const expected = f.expected ?? '';
  const diff = f.deviation?.absolute ?? '0';
  const higher = new D(diff).gt(0);
  const anchor = anchorName(f.params as unknown as AnchorParams);
  const products = f.subject.comparison === 'products';
  const name = products ? "main products' weighted margin" : 'margin implied by sales and purchases';
  let formula: string;
  let computation: string;
  let evidence: string[];
  let questions: string[];
  if (products) {
    const p = f.params as unknown as ProductsParams;
    formula = "products' margin = Σ share × (price − cost) / price ÷ Σ share";
    computation = `(${p.products.map((t) => `${t.share} × (${t.price} − ${t.cost}) / ${t.price}`).join(' + ')}) / ${p.shares} = ${expected}`;
    evidence = ['purchase invoices of the main products against their price tags or sales slips', 'the mix of sales by product in a sampled month'];
    questions = ['Which products sell most, and what do you make on each?', 'When do you give discounts, and how large are they?'];
  } else {
    const p = f.params as unknown as PurchasesParams;
    formula = 'implied margin = 1 − annual purchases / annual sales';
    computation = `1 − ${money(p.purchases)} / ${money(p.sales)} = ${expected}`;
    evidence = ["suppliers' invoices and in-slips for 12 months, and the stock count at both ends", 'bank statements of payments to suppliers'];
    questions = ['How much did you buy from your suppliers last year, and how has your stock changed since?'];
  }
  return {
    formula: `${formula}; deviation = ${anchor} − ${name}, in percentage points`,
    computation: `${computation}; ${observed} − ${expected} = ${diff} (${signedPoints(diff)})`,
    message: `The ${anchor} of ${percent(observed)} is ${points(diff)} points ${higher ? 'above' : 'below'} the ${name} of ${percent(expected)}.`,
    evidence,
    questions,
  };
}

/** The anchor outside the industry's usual range. */
function industry(f: Finding) {
  const p = f.params as unknown as IndustryParams;
  const anchor = anchorName(f.params as unknown as AnchorParams);
  const observed = f.observed ?? '';
  const bound = f.expected ?? '';
  return {
    formula: 'industry range min ≤ margin ≤ max; deviation = margin − nearest bound, in percentage points',
    computation: `${observed} ${p.below ? '<' : '>'} ${bound} (range ${p.min}–${p.max}); ${observed} − ${bound} = ${f.deviation?.absolute ?? ''}`,
    message: `The ${anchor} of ${percent(observed)} is ${p.below ? 'below' : 'above'} the usual range for ${p.index === -1 ? `the trade ${p.match} (GB/T 4754) in the industry benchmarks, from its poor to its excellent grade` : p.match}, ${percent(p.min)}–${percent(p.max)}.`,
    evidence: ['the prices of two or three neighbours in the same trade', 'purchase invoices and price tags of the main products'],
    questions: ['How do your prices compare with the shops around you?', 'What do you do differently from others in your trade?'],
  };
}

export const grossMargin: CheckTexts = {
  title: 'Gross margin does not agree with products, purchases or the trade',
  labels: {
    productPrice: 'price of a product',
    productCost: 'cost of a product',
    productShareOfSales: 'share of sales of a product',
    statedMargin: 'stated gross margin',
    productsMargin: "main products' weighted margin",
    annualPurchases: 'annual purchases',
    annualSales: 'annual sales',
    industryRange: "the trade's usual margin range",
  },
  findings: {
    GROSS_MARGIN_INCONSISTENT: (f) => (f.subject.comparison === 'industry' ? industry(f) : comparison(f)),
  },
  skips: {
    'no-margin': () => 'no margin to check: give the stated gross margin or the main products',
    'nothing-to-compare': () => 'nothing to compare the margin with: give the main products, the annual purchases, or an industry range in the policy',
  },
};
