/** The `memo` section of the en catalog: the credit memo's labels, headings and sentences in English. */
import { guarantees } from './memo-guarantees.js';
import type { MemoTexts } from '../sections/memo.js';
import { crossCheckTable } from './crosschecks.js';
import { household } from './memo-household.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const memo: MemoTexts = {
  title: 'Credit memo',
  field: (label, value) => `${label}: ${value}`,
  list: (items) => items.join(', '),
  longList: (items) => items.join('; '),
  named: (label, code) => `${label} (${code})`,
  month: (m) => MONTHS[m - 1] ?? String(m),

  header: { analysisDate: 'Analysis date', industry: 'Industry', kind: 'Kind', started: 'Started' },
  kinds: { trading: 'trading', production: 'production', service: 'service', agriculture: 'agriculture' },

  summary: {
    heading: 'Summary',
    sentence: (s) =>
      `${s.critical} critical, ${s.warning} warning, ${s.info} information; ${s.rulesRun} rules ran, ${s.rulesSkipped} skipped.`,
  },

  flags: {
    heading: 'Flags',
    none: 'No inconsistency found by the rules that ran.',
    group: (severity, count) => `${{ critical: 'Critical', warning: 'Warning', info: 'Information' }[severity]} (${count})`,
    flag: (code, title) => `${code} — ${title}`,
    formula: 'Formula',
    computation: 'Computation',
    expected: 'Expected',
    observed: 'Reported',
    range: 'Allowed range',
    deviation: 'Deviation',
    deviationValue: (absolute, relative) => `${absolute} (${relative})`,
    rangeText: (min, max) => (min !== null && max !== null ? `from ${min} to ${max}` : min !== null ? `at least ${min}` : max !== null ? `at most ${max}` : 'any value'),
    beyond: (side, bound, by, points) => `${side === 'above' ? `above the ${bound} limit` : `below the minimum of ${bound}`} by ${by}${points ? ' points' : ''}`,
    deviationText: ({ side, by, points, expected, relative }) =>
      side === 'none' ? 'none' : `${expected === null ? `${side === 'above' ? '+' : '-'}${by}${points ? ' points' : ''}` : `${by}${points ? ' points' : ''} ${side} the expected ${expected}`}${relative === null ? '' : ` (${relative})`}`,
    inputs: 'Inputs',
    input: (label, value, defaulted) => `${label} = ${value}${defaulted ? ' (default)' : ''}`,
    inputSeparator: '; ',
    evidence: 'Evidence to collect',
    questions: 'Questions to ask',
  },

  values: {},
  data: (value) => value,
  paths: {},
  indexedPath: () => undefined,
  path: (path) => path,

  selfReport: {
    heading: 'Figures adjusted for the talking habit',
    habits: { exaggerating: 'exaggerating', neutral: 'neutral', cautious: 'cautious' },
    sentence: (habit, factor) =>
      `Talking habit: ${habit}, factor ${factor}; figures resting only on the applicant's word are adjusted by it before the checks run.`,
    none: 'No figure needed adjusting.',
    columns: ['Field', 'Original', 'Factor', 'Adjusted', 'Change'],
  },

  balanceSheet: {
    heading: 'Balance sheet',
    assets: 'Assets',
    liabilitiesAndEquity: 'Liabilities and equity',
    amount: 'Amount',
    lines: {
      cash: 'Cash',
      bank: 'Bank deposits',
      receivables: 'Receivables',
      inventory: 'Inventory',
      prepayments: 'Prepayments',
      otherAssets: 'Other assets',
      current: 'Current assets',
      fixedAssets: 'Fixed assets (net)',
      total: 'Total',
      payables: 'Payables',
      advancesReceived: 'Advances received',
      bankLoans: 'Bank loans',
      privateLoans: 'Private loans (社会负债)',
      otherLiabilities: 'Other liabilities',
    },
    equity: 'Equity (assets − liabilities)',
  },

  incomeStatement: {
    heading: 'Profit and loss',
    item: 'Item',
    annual: 'Year',
    monthly: 'Month (average)',
    month: 'Month',
    lines: {
      sales: 'Sales',
      costOfGoodsSold: 'Cost of goods sold',
      grossProfit: 'Gross profit',
      operatingCosts: 'Operating costs',
      businessProfit: 'Business profit',
      otherIncome: 'Other household income',
      householdExpenses: 'Household expenses',
      existingInstalments: 'Existing instalments',
      disposableSurplus: 'Disposable surplus',
    },
    monthlySurplus: 'Disposable surplus',
    grossMargin: 'Gross margin',
  },

  equity: {
    heading: 'Equity reconciliation',
    skipped: (reason) => `skipped: ${reason}`,
    period: (start, end, months, estimated) =>
      `Period ${start} to ${end} (${months} months)${estimated ? '; profits estimated from the present P&L' : ''}`,
    lines: {
      initialEquity: 'Initial equity (start capital − part still owed)',
      profits: '+ Profits over the period',
      withdrawals: '− Withdrawals',
      injections: '+ Injections',
      depreciation: '− Depreciation',
      expectedEquity: '= Expected equity',
      balanceSheetEquity: 'Balance-sheet equity',
      gap: 'Gap (balance sheet − expected)',
    },
    gapShareOfEquity: 'Gap ÷ balance-sheet equity',
    gapShareOfProfits: 'Gap ÷ profits over the period',
  },

  rules: {
    heading: 'Rules',
    ran: (id, title, n) => `${id} (${title}): ran, ${n} flag${n === 1 ? '' : 's'}`,
    skipped: (id, title, reason) => `${id} (${title}): skipped: ${reason}`,
    missing: (inputs) => `missing ${inputs.join(', ')}`,
  },

  notes: { heading: 'Assumptions', note: (path, message) => `\`${path}\`: ${message}` },

  recommendation: {
    heading: 'Recommendation',
    requested: (amount, term, rate, method) => `Requested: ${amount}, ${term} months, ${rate} a month, ${method}`,
    maxAmount: (max, exact) => `Largest affordable amount: ${max} (exact ${exact})`,
    reasons: 'Reasons',
    notes: 'Also to settle',
    stress: (kind, change) => (kind === 'limit' ? `Stress (the limit): ${change}` : `Stress (a month uncovered even with the buffer): ${change}`),
    holdsUntil: (drop) => `holds until sales drop by ${drop}`,
    alreadyCrossed: (rise) => `already crossed: sales would have to rise by ${rise}`,
    alternatives: 'Alternatives',
    extrasNotComputed: 'Stress test and alternative terms: not computed (the analysis ran without the extras)',
    term: 'Term (months)',
    maxAmountColumn: 'Largest affordable amount',
    instalment: 'Instalment',
    totalInterest: 'Total interest',
    covers: 'Covers the request',
    yes: 'yes',
    no: 'no',
  },

  methods: { annuity: 'equal instalments', 'equal-principal': 'equal principal' },

  schedule: {
    heading: 'Loan schedule',
    period: 'Period',
    due: 'Due',
    payment: 'Payment',
    interest: 'Interest',
    principal: 'Principal',
    balance: 'Balance',
    totals: (method, interest, paid, rate) => `${method}; total interest ${interest}, total paid ${paid}, effective annual rate ${rate}`,
  },

  capacity: {
    heading: 'Repayment capacity month by month',
    terms: (limit, basis, buffer, start) =>
      `Limit ${limit} (${basis === 'worst-month' ? 'every month' : 'over the whole term'}); opening buffer ${buffer}; disbursed ${start}`,
    surplus: 'Surplus',
    ratio: 'Ratio',
    net: 'Surplus − payment',
    buffer: 'Buffer after',
    status: 'Status',
    covered: 'covered',
    byBuffer: 'by the buffer',
    uncovered: (gap) => `NOT covered (${gap})`,
    overLimit: (status, beyond) => `${status}; ${beyond}`,
  },

  funding: {
    heading: 'Seasonal funding plan',
    usingMoney: (_average, months) => `Months using money (working capital tied up, from the cash model): ${months}`,
    holdingCash: (months) => `Months holding cash: ${months}`,
    disbursement: (month) => `Suggested disbursement month: ${month} (before the stock build-up)`,
    trough: (month, deposits) =>
      `Expected deposits in the trough (${month}): ${deposits}, the owner's own funds: compare with that month's bank statement`,
    none: '—',
    notComputed: 'Not computed (the analysis ran without the extras).',
  },

  html: {
    lang: 'en',
    monthShort: (m) => (MONTHS[m - 1] ?? String(m)).slice(0, 3),
    decision: 'Decision',
    noRequest: 'No loan was requested: there is no decision to make.',
    amount: (amount) => (amount === null ? 'No amount granted' : `Amount: ${amount}`),
    crossChecks: 'Cross-checks',
    columns: { check: 'Check', status: 'Status', flags: 'Flags' },
    ran: 'ran',
    skipped: (reason) => `skipped: ${reason}`,
    severities: { critical: 'Critical', warning: 'Warning', info: 'Information' },
    deviation: ({ above, amount, points, relative }) =>
      `The reported figure is ${amount}${points ? ' percentage points' : ''} ${above ? 'above' : 'below'} the expected one${relative === null ? '' : ` (${relative})`}.`,
    range: (min, max) =>
      min !== null && max !== null ? `From ${min} to ${max}.` : min !== null ? `At least ${min}.` : max !== null ? `At most ${max}.` : 'No limit.',
    overLimit: 'over the limit',
    monthsOver: (months, limit) =>
      months.length === 0
        ? `No month's instalment takes more than ${limit} of its surplus.`
        : `The instalment takes more than ${limit} of the surplus in ${months.join(', ')}.`,
    charts: {
      capacity: 'Monthly surplus against the instalment',
      capacityDescription: (limit) =>
        `For each month of the term: the disposable surplus (pale bar), the instalment (dark bar, red when it takes more than ${limit} of the surplus) and the limit (dashed line).`,
      surplus: 'Surplus',
      instalment: 'Instalment',
      limitLine: (limit) => `Limit: ${limit} of the surplus`,
      waterfall: 'Equity bridge',
      waterfallDescription:
        'From the initial equity through the profits, withdrawals, injections and depreciation to the expected equity, then the balance-sheet equity and the gap between them.',
      steps: {
        initialEquity: 'Initial equity',
        profits: '+ Profits',
        withdrawals: '− Withdrawals',
        injections: '+ Injections',
        depreciation: '− Depreciation',
        expectedEquity: '= Expected equity',
        balanceSheetEquity: 'Balance-sheet equity',
        gap: 'Gap',
      },
      sales: 'Declared sales against the estimates',
      salesDescription:
        'Declared monthly sales and each independent estimate of them, agreeing or not; the shaded band is where an estimate agrees.',
      declared: 'Declared sales',
      band: (min, max, tolerance) => `agrees from ${min} to ${max} (±${tolerance})`,
    },
    pdfUnavailable: (detail) =>
      `--format pdf needs a Chromium browser and playwright-core: install them (Debian: apt-get install chromium; npm install playwright-core), or set XCHECK_CHROMIUM to the browser's path (${detail})`,
  },
  crossCheckTable,
  guarantees,
  household,
  cashModel: {
    peakNeed: (need, month, gap) => `Peak working-capital need: ${need} in ${month}; not carried by the cash and bank: ${gap}`,
    idleAndSlow: (idle, slow) => `Idle months (cash accumulating: ask for deposits): ${idle}; slow months for repayment: ${slow}`,
    noBuildUp: 'Suggested disbursement month: none (the cash model finds no stock build-up: the year’s own cash carries the trade, or it never repays the need)',
  },

  seasonalPlan: {
    heading: 'Proposed seasonal repayment plan',
    why: (periods) => `Equal instalments fail in periods ${periods}, while the year's surplus covers them: the same loan on a plan that follows the season`,
    kinds: {
      'interest-only': 'interest only in the slow months, equal principal in the others',
      grace: 'principal grace at the start, then equal principal',
      proportional: 'principal in proportion to each month\'s surplus',
      balloon: 'a balloon of principal in the peak month, the rest in equal principal',
    },
    summary: (kind, interest, paid, rate) => `Plan: ${kind}; total interest ${interest}, total paid ${paid}, effective annual rate ${rate}`,
    worst: (ratio, limit) => `Worst month: ${ratio} of the surplus (limit ${limit}); no month uncovered`,
  },
  stock: {
    heading: 'Stock count',
    columns: {
      item: 'Item',
      location: 'Where',
      condition: 'Condition',
      ownership: 'Whose',
      valuation: 'Valued at',
      method: 'Counted by',
      quantity: 'Quantity',
      unitCost: 'Unit figure',
      costValue: 'At cost',
      writeDown: 'Written down',
      value: 'On the balance sheet',
    },
    conditions: { current: 'current', 'slow-moving': 'slow-moving', unsaleable: 'unsaleable' },
    ownership: { owned: 'owned', consigned: 'consigned' },
    valuations: { cost: 'cost', 'shelf-price': 'shelf price' },
    methods: { estimate: 'estimate by eye', 'stock-list': "the firm's stock list", counted: 'counted' },
    totals: (t) =>
      `Owned stock at cost ${t.atCost}, written down ${t.writtenDown}, on the balance sheet ${t.carried}; consigned goods left out: ${t.consigned}.`,
    fixedAssets: {
      heading: 'Fixed assets',
      columns: {
        name: 'Asset',
        purchaseDate: 'Bought',
        cost: 'Cost',
        basis: 'Valued by',
        months: 'Months used',
        monthly: 'Depreciation a month',
        accumulated: 'Accumulated depreciation',
        netBookValue: 'Net book value',
      },
      bases: { depreciated: 'depreciation', appraised: 'appraisal' },
    },
  },
};
