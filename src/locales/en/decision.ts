/** The `decision` section of the en catalog. */
import { money, percent } from '../format.js';
import type { DecisionTexts } from '../sections/decision.js';

export const decision: DecisionTexts = {
  decisions: { approve: 'Approve as asked', 'approve-lower': 'Approve a lower amount', decline: 'Decline', 'refer-back': 'Refer back' },
  recommendation: (decision, p) => {
    if (decision === 'refer-back') {
      const checks = p.failedRules.length === 1 ? 'a check' : `${p.failedRules.length} checks`;
      return `Refer back: ${checks} failed with an error (${p.failedRules.join(', ')}), a fault in xcheck or in a custom check rather than in the file; the analysis is incomplete, so it cannot approve the loan. Report the error and run the analysis again once it is fixed.`;
    }
    if (decision === 'approve') return `Approve as asked: ${money(p.requested)} over ${p.termMonths} months fits the repayment capacity.`;
    if (decision === 'approve-lower') return `Approve a lower amount: at most ${money(p.maxAmount)} over ${p.termMonths} months (asked ${money(p.requested)}).`;
    if (p.blocking.length > 0)
      return `Decline as the file stands: critical inconsistencies (${p.blocking.join(', ')}) must be settled before the capacity can be relied on.`;
    return `Decline: the largest affordable amount over ${p.termMonths} months (${money(p.maxAmount)}) is below the minimum loan (${money(p.minimumAmount)}).`;
  },
  notes: {
    'not-reported': () => 'not reported: taken as 0 on the balance sheet',
    'no-inventory': () => 'no inventory count and no reported inventory: taken as 0',
    'annual-differs': (p) => `differs from the sum of the 12 monthly sales (${p.monthlySum ?? '—'}); the P&L uses the monthly figures`,
    'no-gross-margin': () => 'no gross margin stated: cost of goods sold taken as the annual purchases (inventory assumed stable)',
    'no-household': () => 'no household given: household expenses taken as 0',
    'no-instalment': () => 'no monthly instalment given: taken as 0',
    'stock-written-down': (p) =>
      `${p.condition === 'unsaleable' ? 'unsaleable' : 'slow-moving'} stock: ${money(p.writeDown)} of its cost of ${money(p.cost)} written off (factor ${p.factor ?? '—'}), carried at ${money(p.value)}`,
    'consigned-excluded': (p) => `consigned goods (代销) at ${money(p.cost)}: the supplier's, left out of the balance sheet`,
    'shelf-price-converted': (p) => `counted at shelf prices (${money(p.price)}), converted to cost through the margin ${percent(p.margin)}: ${money(p.cost)}`,
  },
  stageSkips: {
    'no-start-event': 'the history has no start event (the capital put in at the start), so equity cannot be traced from the start',
    'no-opening-equity': 'the since-opening-equity window needs openingEquity (the equity recorded at an earlier analysis)',
    'no-loan-request': 'no loan request in the profile',
  },
};
