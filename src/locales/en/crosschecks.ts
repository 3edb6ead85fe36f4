/** The memo's cross-check table and dated equity walk (en). */
import type { CrossCheckTableTexts } from '../sections/crosschecks.js';

export const crossCheckTable: CrossCheckTableTexts = {
  heading: 'Cross-check table',
  intro:
    'Each key figure against every independent estimate of it, the ones that agree included: the deviation, the tolerance it is held to, the verdict and the arithmetic. A figure no check could compare is marked not checked, with why.',
  figures: {
    sales: 'Sales (a month)',
    receivables: 'Receivables',
    payables: 'Payables',
    stock: 'Stock',
    grossMargin: 'Gross margin',
    equity: 'Equity',
  },
  verdicts: { agrees: 'agrees', disagrees: 'disagrees', 'not-checked': 'not checked' },
  columns: {
    figure: 'Figure',
    estimate: 'Estimate',
    declared: 'Declared',
    value: 'Estimated',
    deviation: 'Deviation',
    tolerance: 'Tolerance',
    verdict: 'Verdict',
    basis: 'Arithmetic',
  },
  notChecked: (reason) => `not checked: ${reason}`,
  subjects: {
    products: 'main products',
    purchases: 'purchases and sales',
    'stocking-days': 'stocking days',
    labour: 'labour',
    consumable: 'consumables used',
    'by-product': 'by-products',
    electricity: 'electricity',
  },
  bases: {
    'sales-triangulation': 'independent sales estimates',
    'production-capacity': 'production capacity',
    receivables: "from sales and customers' payment days",
    payables: "from purchases and suppliers' credit days",
    inventory: 'from the cost of sales and stocking days',
    'gross-margin': 'margin compared',
    'equity-gap': 'from the history (reconciliation)',
  },
  noEstimate: 'not checked: no independent estimate recorded',
  proofsHeading: 'Proofs recorded',
  proofs: (figure, kinds) => `${figure}: ${kinds ?? 'none but the applicant\'s word'}`,
  walk: {
    heading: 'Equity in date order',
    intro:
      'The history walked event by event: the running equity (initial + profits to date − withdrawals + injections − depreciation to date; a profit accrues over its period) before and after each event, and for each withdrawal what the equity built by then could not fund.',
    columns: { date: 'Date', event: 'Event', amount: 'Amount', before: 'Equity before', after: 'Equity after', shortfall: 'Not funded' },
    kinds: { start: 'start capital', profit: 'retained profit', withdrawal: 'withdrawal', injection: 'injection', revaluation: 'revaluation' },
    revaluation: (name, appraised, depreciated, premium) =>
      `${name}: appraised at ${appraised}, depreciated cost ${depreciated}: a revaluation of ${premium} the history does not record.`,
  },
};
