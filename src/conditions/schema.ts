/**
 * A loan condition as JSON (docs/conditions.md): what the monitor takes as the conditions agreed at disbursement
 * (`monitor(profile, flows, { conditions })`) and what its report echoes. Validated like any input: bad input is
 * a list of errors with paths, never an exception.
 */
import * as z from 'zod';
import { doc, isAtMostOne, isDecimalValue, isNonNegative, named } from '../profile/fields.js';

export const loanConditionSchema = named(
  z.strictObject({
    code: z.string().min(1).max(100).meta(doc('The condition: RATE_FROM_GRID, COMPENSATING_DEPOSIT, MOVE_SETTLEMENT_ACCOUNT, GUARANTOR_REQUIRED, RENEWAL_IF_NOT_KEPT (or a bank\'s own).')),
    params: z
      .record(z.string().max(100), z.union([z.string().max(1000), z.number(), z.boolean(), z.null()]))
      .meta(doc('Its figures: money as decimal strings with two places, shares four, rates six (docs/conditions.md).')),
    reasons: z.array(z.string().max(200)).max(100).meta(doc('The policy keys and codes that motivate it.')),
  }),
  'LoanCondition',
  { description: 'A condition of the loan, agreed before disbursement, with its figures and reasons.' },
);

/**
 * The conditions agreed: at most 50. The figures the monitor reads must be decimals: MOVE_SETTLEMENT_ACCOUNT's
 * `bankSettledShare` and RATE_FROM_GRID's `monthlyRate` fractions (0 to 1, key `fractionRange`),
 * COMPENSATING_DEPOSIT's `deposit` an amount ≥ 0 (key `money`); a condition without them is not read.
 */
export const agreedConditionsSchema = z
  .array(loanConditionSchema)
  .max(50, { error: 'tooMany' })
  .superRefine((list, ctx) => {
    list.forEach((c, i) => {
      const share = c.code === 'MOVE_SETTLEMENT_ACCOUNT' ? c.params['bankSettledShare'] : undefined;
      if (share !== undefined && share !== null && !(isDecimalValue(share) && isNonNegative(share) && isAtMostOne(share)))
        ctx.addIssue({ code: 'custom', message: 'fractionRange', path: [i, 'params', 'bankSettledShare'], input: share });
      const rate = c.code === 'RATE_FROM_GRID' ? c.params['monthlyRate'] : undefined;
      if (rate !== undefined && rate !== null && !(isDecimalValue(rate) && isNonNegative(rate) && isAtMostOne(rate)))
        ctx.addIssue({ code: 'custom', message: 'fractionRange', path: [i, 'params', 'monthlyRate'], input: rate });
      const deposit = c.code === 'COMPENSATING_DEPOSIT' ? c.params['deposit'] : undefined;
      if (deposit !== undefined && deposit !== null && !(isDecimalValue(deposit) && isNonNegative(deposit)))
        ctx.addIssue({ code: 'custom', message: 'money', path: [i, 'params', 'deposit'], input: deposit });
    });
  });
