/** equity-gap: texts (en). */
import type { EquityGapParams } from '../../../rules/equity-gap/index.js';
import type { CheckTexts } from '../../types.js';
import { money, signedPercent } from '../../format.js';

const unsigned = (s: string | undefined) => money(s?.replace(/^-/, ''));

export const equityGap: CheckTexts = {
  title: 'Equity does not reconcile with the business history',
  labels: {
    initialEquity: 'initial equity',
    profits: 'profits over the period',
    withdrawals: 'withdrawals',
    injections: 'injections and revaluations',
    depreciation: 'depreciation',
    balanceSheetEquity: 'balance-sheet equity',
    period: 'period',
  },
  skips: {
    'no-start-event': () => 'the history has no start event (the capital put in at the start), so equity cannot be traced from the start',
    'no-opening-equity': () => 'the since-opening-equity window needs openingEquity (the equity recorded at an earlier analysis)',
  },
  findings: {
    EQUITY_RECONCILIATION_GAP: (f) => {
      const p = f.params as unknown as EquityGapParams;
      const gap = f.deviation?.absolute;
      const relative = f.deviation?.relative ?? null;
      const deviation = relative === null ? null : signedPercent(relative);
      const hiddenDebt = gap?.startsWith('-') === true;
      return {
        formula:
          'expected equity = initial equity + profits − withdrawals + injections − depreciation; ' +
          `gap = balance-sheet equity − expected equity; relative = gap / ${p.denominator === 'profits' ? 'profits over the period' : 'balance-sheet equity'}`,
        computation:
          `${money(p.initialEquity)} + ${money(p.profits)} − ${money(p.withdrawals)} + ${money(p.injections)} − ${money(p.depreciation)} = ${money(f.expected)}; ` +
          `${money(f.observed)} − ${money(f.expected)} = ${money(gap)}` +
          (deviation === null ? '' : `; ${money(gap)} / ${money(p.denominatorAmount)} = ${deviation}`),
        evidence: [
          'bank statements over the period for large inflows and outflows',
          'property and vehicle papers with purchase dates and how they were paid',
          'loan contracts and IOUs (借条), including those with relatives and private lenders',
        ],
        questions: hiddenDebt
          ? [
              'Where did the money for the start of the business come from, and how was it repaid?',
              'Besides the bank, who else have you borrowed from over the years?',
              'What were the largest things you spent money on in the last few years?',
            ]
          : [
              'Where did the money for the stock and equipment you have now come from?',
              'Has the family received any money from outside the business, such as compensation or an inheritance?',
              'How did profits go in the good and the bad years?',
              'Who else has money in the business, and on what terms?',
            ],
        message: hiddenDebt
          ? `Balance-sheet equity is ${money(f.observed)}, but the history since ${p.periodStart} explains ${money(f.expected)}: ${unsigned(gap)} is missing (${deviation ?? 'n/a'}). Look for debt repaid out of the business (such as a borrowed start capital), large spending not declared, or overstated profits.`
          : `Balance-sheet equity is ${money(f.observed)}, but the history since ${p.periodStart} explains only ${money(f.expected)}: ${money(gap)} more than expected (${deviation ?? 'n/a'}). Look for debt missing from the balance sheet, overstated assets, or injections not declared.`,
      };
    },
  },
};
