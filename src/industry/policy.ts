/**
 * The policy fragment of the industry benchmarks (docs/industry.md): whether the built-in table is used, and the
 * bank's own rows, which override the built-in row of the same code or, with `table: none`, replace the table.
 */
import * as z from 'zod';
import { boundedArray, fraction, LIST_LIMITS, money, text } from '../profile/fields.js';
import { about } from '../profile/policy-parts.js';
import { industryCodeSchema } from '../profile/industry.js';

const graded = (item: typeof money | typeof fraction, what: string) =>
  z.array(item).length(5, { error: 'fiveGrades' }).optional().meta(about(`${what}: five values in grade order 优秀 / 良好 / 平均 / 较低 / 较差 (excellent first).`));
const monthly = (what: string) =>
  z.array(money).length(12, { error: 'twelveMonths' }).optional().meta(about(`${what} by month, January first, as indices whose mean is 1 (the twelve add up to 12).`));

/** A bank's benchmark row for one trade (the shape of the built-in rows, docs/industry.md). */
export const industryBenchmarkSchema = z.strictObject({
  code: industryCodeSchema.meta(about('The GB/T 4754-2017 code the row covers (a division, group or class, e.g. `5132`); a profile whose code starts with it uses the row.')),
  name: text.optional().meta(about('The trade\'s name.')),
  grossMargin: graded(fraction, 'Gross margin as a fraction of sales, higher is better'),
  stockMonths: graded(money, 'Stock at cost in months of sales, fewer is better'),
  customerDays: graded(money, 'Days customers take to pay, fewer is better'),
  supplierDays: graded(money, 'Days of credit suppliers allow, more is better'),
  salesSeasonality: monthly('Sales'),
  purchaseSeasonality: monthly('Purchases of stock'),
  source: text.optional().meta(about("Where the row comes from (the bank's own portfolio, a survey).")),
});

export const industryPolicy = {
  industry: z
    .strictObject({
      table: z
        .enum(['built-in', 'none'], { error: 'enum' })
        .default('built-in')
        .meta(
          about(
            "built-in: xcheck's indicative table (docs/industry.md) is used for a profile that gives `business.industryCode`, under the bank's own rows; none: only the bank's `benchmarks` (the bank replaces the table).",
          ),
        ),
      benchmarks: boundedArray(industryBenchmarkSchema, LIST_LIMITS.industries)
        .default([])
        .meta(about("The bank's own rows. A row overrides the built-in row of the same code; the row whose code is the longest start of the profile's code is used. Empty by default: xcheck's choice, the bank adds its own.")),
    })
    .prefault({})
    .meta(
      about(
        'Industry benchmarks by GB/T 4754-2017 code (docs/industry.md): GROSS_MARGIN_INCONSISTENT takes the usual margin range from them when `grossMargin.industries` has no range for the business; RECEIVABLES_INCONSISTENT, PAYABLES_INCONSISTENT and INVENTORY_INCONSISTENT take the average days or months of stock when the profile gives none.',
      ),
    ),
};
