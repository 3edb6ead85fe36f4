/** monitor (after the loan: src/relationship/monitor.ts): texts (en). */
import { D } from '../../../money/index.js';
import type { MonitorParams } from '../../../relationship/monitor.js';
import { money, signedPercent } from '../../format.js';
import type { CheckTexts } from '../../types.js';
import { relationship } from '../relationship.js';

export const monitor: CheckTexts = {
  title: 'Monitoring after the loan',
  labels: {
    observedInflows: 'observed inflows',
    expectedInflows: 'expected inflows',
    bankSettledShare: 'share of sales settled at the bank',
    months: 'months observed',
    observedAverageBalance: 'mean observed average balance',
    expectedAverageBalance: 'mean expected average balance',
    depositPattern: 'deposit pattern',
    agreedDeposit: 'compensating deposit agreed',
    firstWindowIndex: 'index of the first window',
    lastWindowIndex: 'index of the last window',
    stressSalesDecline: 'fall in sales the loan was stressed for',
    windowMonths: 'months in a window',
  },
  findings: {
    FLOWS_NOT_MOVED: (f) => {
      const p = f.params as MonitorParams['FLOWS_NOT_MOVED'];
      const [obs, exp, dev] = [money(f.observed), money(f.expected), signedPercent(f.deviation?.relative)];
      return {
        title: relationship.checkTitles.FLOWS_NOT_MOVED,
        message: `Inflows of ${obs} over ${p.months} months, where the sales imply about ${exp} (${dev}): the business still settles elsewhere.`,
        formula: 'expected inflows = Σ sales_m × bankSettledShare over the observed months; deviation = (observed − expected) / expected',
        computation: `Σ sales × ${p.bankSettledShare} over ${p.months} months = ${exp}; (${obs} − ${exp}) / ${exp} = ${dev}`,
        evidence: [
          "the customer's statements from the other banks it uses, for the same months",
          "two or three of its main customers' recent payment slips: which account they pay into",
          'whether online banking is set up and used (log-ins, transfers)',
        ],
        questions: [
          'How do your customers pay you these days, and into which account?',
          'What has made it hard to move your settlements to this account so far?',
          'Which of your suppliers and customers would we need to tell about the new account?',
        ],
      };
    },
    DEPOSIT_BELOW_EXPECTATION: (f) => {
      const p = f.params as MonitorParams['DEPOSIT_BELOW_EXPECTATION'];
      const [obs, exp, dev] = [money(f.observed), money(f.expected), signedPercent(f.deviation?.relative)];
      return {
        title: relationship.checkTitles.DEPOSIT_BELOW_EXPECTATION,
        message: `Average balance ${obs} over ${p.months} months against an expected ${exp} (${dev}).`,
        formula: `expected balance_m = averageInflows × retention[pattern]_m${p.agreedDeposit === undefined ? '' : ' + the compensating deposit agreed'}; deviation = (mean observed − mean expected) / mean expected`,
        computation: `mean expected over ${p.months} months = ${exp} (${p.pattern}${p.agreedDeposit === undefined ? '' : `, the agreed deposit of ${money(p.agreedDeposit)} included`}); (${obs} − ${exp}) / ${exp} = ${dev}`,
        evidence: [
          'daily balances of the account for the months concerned',
          'where large outflows went (transfers to other own accounts, private lenders, property)',
        ],
        questions: [
          'When money comes in, where does it usually go next?',
          'How have stock and customer credit changed since the loan?',
          'What balance did we agree before the loan, and how does it look to you now?',
        ],
      };
    },
    SALES_DECLINE: (f) => {
      const p = f.params as MonitorParams['SALES_DECLINE'];
      const [late, early, dev] = [f.observed ?? '—', f.expected ?? '—', signedPercent(f.deviation?.relative)];
      return {
        title: relationship.checkTitles.SALES_DECLINE,
        message: `Season-adjusted inflows fell from ${early} to ${late} of what the sales imply (${dev}), beyond the ${new D(p.threshold).times(100).toFixed()}% the loan was stressed for.`,
        formula: 'index = Σ observed inflows / Σ expected inflows over a window; deviation = (index_last − index_first) / index_first',
        computation: `${p.firstWindow}: ${early}; ${p.lastWindow}: ${late}; (${late} − ${early}) / ${early} = ${dev}`,
        evidence: [
          'sales records or delivery notes for the recent months',
          'inflows on other accounts for the same months (did settlement move away?)',
          'a site visit: stock, workers, activity compared with the underwriting visit',
        ],
        questions: [
          'How has business been these last months compared with when we first met?',
          'What has changed with your main customers?',
          'How are you planning the next few months?',
        ],
      };
    },
  },
  skips: {
    'no-expected-inflows': () => 'the sales imply no inflows in the observed months',
    'no-expected-balance': () => 'no balance is expected in the observed months',
    'too-few-months': (p) => `needs at least ${String(p.needed)} months of flows (two windows of ${String(p.window)}); got ${String(p.got)}`,
    'no-first-window-inflows': () => 'no inflows to compare in the first window',
  },
};
