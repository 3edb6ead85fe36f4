/** receivables: texts (en). */
import type { CheckTexts } from '../../types.js';
import { money, signedPercent } from '../../format.js';
import { turnoverMath } from './turnover.js';

export const receivables: CheckTexts = {
  title: 'Receivables against sales and collection days',
  labels: { creditShare: 'share of sales on credit', customerDays: "customers' payment days", receivables: 'receivables' },
  findings: {
    RECEIVABLES_INCONSISTENT: (f) => {
      const p = f.params as { flow: string; days: number };
      return {
        ...turnoverMath(f, { flow: 'sales', share: 'creditShare', days: 'customerDays', balance: 'receivables' }),
        message: `Receivables reported ${money(f.observed)}, but sales of ${money(p.flow)} a year collected in about ${p.days} days imply about ${money(f.expected)} (${signedPercent(f.deviation?.relative)}).`,
        evidence: [
          `warehouse out-slips and delivery notes for the last ${p.days} days, matched to unpaid invoices`,
          "customers' statements of account (对账单) or a debtor list with amounts and ages",
          'bank statements showing when customers actually paid',
          'a phone confirmation with two of the largest debtors',
        ],
        questions: [
          'Who are your main customers, and how do they usually settle with you?',
          'Could you walk me through your last few deliveries and when each one was paid?',
          'How has collection from customers been going this season compared with last year?',
        ],
      };
    },
  },
};
