/** Profile fields of the monthly cash model (docs/capacity.md §4). */
import * as z from 'zod';
import { doc, money } from './fields.js';

export const monthlyPurchasesSchema = z
  .array(money)
  .length(12, { error: 'twelveMonths' })
  .meta(
    doc(
      'Twelve monthly purchases of goods, January to December, as paid for stock (进货月份): the cash model (docs/capacity.md §4) takes them as they are instead of deriving purchases from the cost of goods sold and the stocking lead. The P&L keeps `annual`.',
      { unit: 'CNY/month' },
    ),
  );
