/** payables: texts (en). */
import type { CheckTexts } from '../../types.js';
import { money, signedPercent } from '../../format.js';
import { turnoverMath } from './turnover.js';

export const payables: CheckTexts = {
  title: 'Payables against purchases and supplier credit',
  labels: { creditPurchaseShare: 'share of purchases on credit', supplierDays: "suppliers' credit days", payables: 'payables' },
  findings: {
    PAYABLES_INCONSISTENT: (f) => {
      const p = f.params as { flow: string; days: number };
      return {
        ...turnoverMath(f, { flow: 'purchases', share: 'creditPurchaseShare', days: 'supplierDays', balance: 'payables' }),
        message: `Payables reported ${money(f.observed)}, but purchases of ${money(p.flow)} a year on about ${p.days} days' credit imply about ${money(f.expected)} (${signedPercent(f.deviation?.relative)}).`,
        evidence: [
          `warehouse in-slips and suppliers' bills for the last ${p.days} days`,
          "suppliers' statements of account, or a call to the main supplier",
          'bank statements showing payments to suppliers',
        ],
        questions: [
          'Who are your main suppliers, and how do you settle with them?',
          'What do you owe your suppliers at the moment, and since when?',
          'Has the credit your suppliers give you changed recently?',
        ],
      };
    },
  },
};
