/**
 * The monthly bank flows observed after disbursement (from the bank's own statements of the borrower's
 * operating account): one entry a month, in order.
 */
import * as z from 'zod';
import { doc, money, text } from '../profile/fields.js';

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** `YYYY-MM`. */
export const yearMonth = z.string({ error: 'yearMonth' }).regex(YEAR_MONTH, { error: 'yearMonth' });

export const observedMonthSchema = z.strictObject({
  month: yearMonth.meta(doc('The calendar month, `YYYY-MM`.')),
  inflows: money.meta(doc('Money received on the account during the month.')),
  outflows: money.meta(doc('Money paid out of the account during the month.')),
  averageBalance: money.meta(doc('Average daily balance (日均存款) over the month.')),
});

export const flowsSchema = z
  .strictObject({
    $schema: z.string().optional(),
    description: text.optional(),
    account: text.optional().meta(doc('The account the flows describe (free text).')),
    months: z.array(observedMonthSchema).min(1, { error: 'atLeastOneMonth' }),
  })
  .superRefine((f, ctx) => {
    f.months.forEach((m, i) => {
      const prev = f.months[i - 1];
      if (prev && YEAR_MONTH.test(prev.month) && YEAR_MONTH.test(m.month) && m.month <= prev.month)
        ctx.addIssue({ code: 'custom', message: 'monthsInOrder', path: ['months', i, 'month'] });
    });
  });

export type FlowsInput = z.input<typeof flowsSchema>;
export type Flows = z.output<typeof flowsSchema>;
export type ObservedMonth = z.output<typeof observedMonthSchema>;
