/** initial-capital: texts (en). */
import type { InitialCapitalParams, SavingsParams } from '../../../rules/initial-capital/index.js';
import type { CheckTexts } from '../../types.js';
import { money, signedPercent } from '../../format.js';

/** The savings term of the computation: `36 × 1,500.00`, `36 × 3,000.00 × 0.3`, or `0` when not needed. */
function savingsTerm(s: SavingsParams): string {
  if (s.basis === 'savings') return `${s.months} × ${money(s.monthlySavings)}`;
  if (s.basis === 'income') return `${s.months} × ${money(s.monthlyIncome)} × ${s.savingsRate}`;
  return '0';
}

export const initialCapital: CheckTexts = {
  title: 'Initial capital larger than the earlier history explains',
  labels: {
    capital: 'initial capital',
    borrowed: 'borrowed part of the initial capital',
    familySupport: 'family support',
    monthlySavings: 'monthly savings before the start',
    monthlyIncome: 'monthly income before the start',
    savingsRate: 'share of income saved',
    monthsWorked: 'months worked before the start',
  },
  skips: {
    'no-start-capital': () => 'the history has no start event with the capital put in (history[kind=start])',
    'savings-needed': (params) =>
      `borrowing and family support explain only part of the initial capital; the owner's earlier work is needed (${(params.missing as readonly string[]).join(', ')})`,
  },
  findings: {
    INITIAL_CAPITAL_UNEXPLAINED: (f) => {
      const p = f.params as unknown as InitialCapitalParams;
      const capital = money(f.observed);
      const explained = money(f.expected);
      const unexplained = money(f.deviation?.absolute);
      const pct = signedPercent(f.deviation?.relative);
      return {
        formula:
          'explained = months worked × monthly savings + family support + borrowed; unexplained = capital − explained; relative = unexplained / capital',
        computation:
          `${savingsTerm(p.savings)} + ${money(p.familySupport)} + ${money(p.borrowed)} = ${explained}; ` +
          `${capital} − ${explained} = ${unexplained}; ${unexplained} / ${capital} = ${pct}`,
        evidence: [
          'bank statements of the owner around the start, showing where the money came in from',
          "IOUs (借条) or loan contracts for the start capital, and the lenders' confirmation by phone",
          "proof of the earlier income: pay records or the former employer's confirmation",
        ],
        questions: [
          `When you started in ${p.year}, how did you put the ${capital} together?`,
          'Who else helped with that money, and what did you agree with them?',
          'How has that been settled since, and is any of it still outstanding?',
        ],
        message: `The business started in ${p.year} with ${capital}, but savings, family support and declared borrowing explain only ${explained}: ${unexplained} (${pct}) has no stated source. Part of it was probably borrowed (social debt, 社会负债): ask where it came from and whether it has been repaid.`,
      };
    },
  },
};
