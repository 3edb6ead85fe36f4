/** dated-equity: texts (en). */
import type { EventUnfundedParams, RevaluationParams } from '../../../rules/dated-equity/index.js';
import type { CheckTexts } from '../../types.js';
import { money, signedPercent } from '../../format.js';

const ASSETS: Readonly<Record<string, string>> = { house: 'a house', vehicle: 'a vehicle', equipment: 'equipment', other: 'a large purchase' };

export const datedEquity: CheckTexts = {
  title: 'Equity walked through the history in date order',
  labels: {
    eventAmount: 'amount of the event',
    borrowed: 'part declared borrowed',
    eventDate: 'date of the event',
    appraisedValue: 'appraised value',
    depreciatedCost: 'depreciated cost',
    initialEquity: 'initial equity',
    profits: 'profits retained to the date',
    withdrawals: 'withdrawals before the date',
    injections: 'injections and revaluations to the date',
    depreciation: 'depreciation to the date',
  },
  skips: {
    'no-start-event': () => 'the history has no start event (the capital put in), so there is nothing to walk from',
    'no-opening-equity': () => 'the opening-equity window needs the equity recorded at an earlier analysis (openingEquity)',
  },
  findings: {
    EQUITY_EVENT_UNFUNDED: (f) => {
      const p = f.params as unknown as EventUnfundedParams;
      const what = p.asset === null ? null : (ASSETS[p.asset] ?? 'a purchase');
      const shortfall = money(f.deviation?.absolute);
      const lenders = p.lenders.length > 0 ? p.lenders.join(', ') : 'relatives, friends, private lenders (社会负债) and banks';
      return {
        formula:
          'running equity = initial + profits to date − withdrawals before − … + injections to date − depreciation to date; needed = amount − borrowed; shortfall = needed − max(0, running equity); relative = shortfall / needed',
        computation:
          `${money(p.initialEquity)} + ${money(p.profitsToDate)} − ${money(p.withdrawalsBefore)} + ${money(p.injectionsToDate)} − ${money(p.depreciationToDate)} = ${money(p.equityBefore)}; ` +
          `${money(p.amount)} − ${money(p.borrowed)} = ${money(f.observed)}; ${money(f.observed)} − ${money(f.expected)} = ${shortfall}; ${shortfall} / ${money(f.observed)} = ${signedPercent(f.deviation?.relative)}`,
        message:
          `On ${p.date} ${what === null ? `${money(p.amount)} was taken out of the business` : `the business paid ${money(p.amount)} for ${what}`}${p.description === null ? '' : ` (${p.description})`}, but the equity it had built by then was ${money(p.equityBefore)}: ${shortfall} must have been borrowed in ${p.year}` +
          `${p.fundingSource === null ? '' : `, although it is said to come from "${p.fundingSource}"`}. The end totals may balance because later profits repaid it, or the debt is still owed. Lenders to ask about: ${lenders}.` +
          (p.profitsEstimated ? ' (No profit is dated: the walk spreads today\'s monthly profit evenly, so the date is approximate.)' : ''),
        evidence: [
          `the purchase contract and the payment records of ${p.year}: who paid, from which account`,
          `bank statements around ${p.date}: large inflows just before the payment`,
          'IOUs (借条) or loan contracts of that year, and the credit report for loans since repaid',
        ],
        questions: [
          `When you paid it in ${p.year}, how did you put the ${money(p.amount)} together?`,
          'Who helped with that money, and how has it been settled since?',
          'Is any of it still owed today, and to whom?',
        ],
      };
    },
    EQUITY_REVALUATION_SUGGESTED: (f) => {
      const p = f.params as unknown as RevaluationParams;
      return {
        formula: 'premium = appraised value − depreciated cost (cost − straight-line depreciation to the analysis date)',
        computation: `${money(f.observed)} − ${money(f.expected)} = ${money(p.premium)}`,
        message: `${p.name} is appraised at ${money(f.observed)}, ${money(p.premium)} above its depreciated cost of ${money(f.expected)}, and the history records no revaluation: that premium raised balance-sheet equity with no profit behind it. Record it in the history as a revaluation (with its date) rather than leave it in the equity gap (${money(p.gap)} today).`,
        evidence: ['the appraisal report and its date', 'the purchase contract with the price paid'],
        questions: [`When was ${p.name} valued, and by whom?`],
      };
    },
  },
};
