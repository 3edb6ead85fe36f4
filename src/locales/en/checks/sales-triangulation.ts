/** sales-triangulation: texts (en). The estimates' own texts are in sales-estimates.ts. */
import { D } from '../../../money/index.js';
import type { CorroborationParams } from '../../../rules/sales-triangulation/index.js';
import type { Finding } from '../../../rules/types.js';
import type { CheckTexts, FindingWriter } from '../../types.js';
import { money, percent, signedPercent } from '../../format.js';
import { estimateName, estimateTexts } from './sales-estimates.js';

/** One estimate beyond the tolerance (subject `{ estimate: <id> }`). */
function estimateFinding(f: Finding) {
  const id = String(f.subject.estimate);
  const t = estimateTexts(id, f.params, f.expected);
  const relative = f.deviation?.relative ?? null;
  const declared = money(f.observed);
  const estimate = money(f.expected);
  const deviation = relative === null ? 'n/a' : signedPercent(relative);
  const over = new D(f.deviation?.absolute ?? 0).gt(0);
  return {
    formula: `estimate (${id}) = ${t.formula}; deviation = (declared − estimate) / declared`,
    computation: `${t.computation}; ` + (relative === null ? `declared ${declared}` : `(${declared} − ${estimate}) / ${declared} = ${deviation}`),
    message: `Declared sales of ${declared} a month are ${over ? 'above' : 'below'} the estimate from ${t.name}, ${estimate} (${deviation}).`,
    evidence: t.evidence,
    questions: t.questions,
  };
}

/** Fewer estimates agree than the policy asks (subject `{ corroboration: 'agreeing-estimates' }`). */
function corroborationFinding(f: Finding) {
  const p = f.params as unknown as CorroborationParams;
  const agreeing = f.observed ?? '0';
  const min = f.expected ?? '';
  const names = p.estimates.filter((e) => e.agrees).map((e) => estimateName(e.id, { ...e }));
  return {
    formula: `agreeing estimates = number of estimates with |(declared − estimate) / declared| ≤ ${percent(p.tolerance)}; must be ≥ ${min}`,
    computation: `${agreeing} of ${p.estimates.length} estimates agree (${p.estimates.map((e) => e.id).join(', ')}); ${agreeing} < ${min}`,
    message: `Only ${agreeing} of ${p.estimates.length} independent estimates agree with the declared sales of ${money(p.declared)} a month${names.length ? ` (${names.join(', ')})` : ''}; at least ${min} are needed to accept them.`,
    evidence: [
      'bank statements of every account the business is paid into, 12 months',
      "suppliers' invoices and in-slips, to estimate sales from purchases and the margin",
      'the sales ledger or slips of a month chosen on site',
    ],
    questions: ['Which records of your sales do you keep, and could we go through one month of them together?'],
  };
}

const write: FindingWriter = (f) => (f.subject.corroboration !== undefined ? corroborationFinding(f) : estimateFinding(f));

export const salesTriangulation: CheckTexts = {
  title: 'Declared sales against independent estimates',
  labels: {
    declaredMonthlySales: 'declared monthly sales',
    monthlyInflows: 'monthly bank inflows',
    nonSalesInflows: 'inflows other than sales',
    cashShare: 'share paid in cash',
    annualPurchases: 'annual purchases',
    grossMargin: 'gross margin',
    sampledMonthSales: "sampled month's sales",
    month: 'month',
    averageDailySales: 'average daily sales',
    openingDaysPerMonth: 'opening days a month',
    tillCash: 'cash in the till',
    openingFloat: 'opening float',
    hoursOpenSoFar: 'hours open so far',
    hoursPerDay: 'hours open a day',
    monthlyWageBill: 'monthly piece-rate wage bill',
    ratePerUnit: 'wage per unit',
    unitPrice: 'unit price',
    monthlyCommissions: 'monthly commissions',
    commissionRate: 'commission rate',
    twelveMonthAverage: '12-month monthly average',
    estimates: 'estimates',
    minAgreeing: 'estimates that must agree',
  },
  findings: { SALES_TRIANGULATION: write },
  skips: {
    'no-estimates': () =>
      'no independent estimate of sales: give salesEstimates (bank inflows, a sampled month, …) or purchases with a stated gross margin',
  },
};
