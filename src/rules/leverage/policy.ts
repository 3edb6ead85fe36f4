/** The policy fragment of the check `leverage`: its settings, each with its default and where that comes from. */
import * as z from 'zod';
import { about, ceiling } from '../../profile/policy-parts.js';

export const leveragePolicy = {
  leverage: z
    .strictObject({
      liabilitiesToEquity: ceiling('1', '2', {
        warning: "1: the applicant owes more than they own (xcheck's own choice).",
        critical: "xcheck's own choice.",
      }).meta(about('Liabilities ÷ equity.')),
      debtToMonthlySales: ceiling('3', '6', {
        warning: "3 months of sales (xcheck's own choice).",
        critical: "6 months of sales (xcheck's own choice).",
      }).meta(about('(Existing + requested loans) ÷ average monthly sales, in months.')),
    })
    .prefault({})
    .meta(about('LEVERAGE_HIGH: debt against equity and against sales.')),
};
