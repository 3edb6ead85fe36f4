/** liquidity: texts (en). */
import type { CheckTexts } from '../../types.js';
import { money } from '../../format.js';

const evidence = [
  'bank balances on the day of the visit, and the cash counted',
  'the receivables list with ages, to see what will come in soon',
  'loan contracts and supplier bills with their due dates',
];
const questions = ['Which payments fall due in the next three months, and where will the money come from?', 'When money is tight, what do you usually do?'];

export const liquidity: CheckTexts = {
  title: 'Current assets short of current liabilities',
  labels: { currentAssets: 'current assets', currentLiabilities: 'current liabilities', inventory: 'inventory' },
  findings: {
    LIQUIDITY_LOW: (f) => {
      const p = f.params as { currentAssets: string; currentLiabilities: string; inventory?: string; quickAssets?: string; limit: string };
      const v = f.observed ?? '—';
      if (f.subject.ratio === 'quick')
        return {
          message: `Without inventory, current assets of ${money(p.quickAssets)} are ${v} times current liabilities of ${money(p.currentLiabilities)}, below ${p.limit}.`,
          formula: 'quick ratio = (current assets − inventory) / current liabilities; must be ≥ policy.liquidity.quickRatio.min',
          computation: `(${money(p.currentAssets)} − ${money(p.inventory)}) / ${money(p.currentLiabilities)} = ${v} < ${p.limit}`,
          evidence,
          questions,
        };
      return {
        message: `Current assets of ${money(p.currentAssets)} are ${v} times current liabilities of ${money(p.currentLiabilities)}, below ${p.limit}.`,
        formula: 'current ratio = current assets / current liabilities; must be ≥ policy.liquidity.currentRatio.min',
        computation: `${money(p.currentAssets)} / ${money(p.currentLiabilities)} = ${v} < ${p.limit}`,
        evidence,
        questions,
      };
    },
  },
};
