/** The policy fragment of the stock count (docs/industry.md, "The stock count"): how far stock in poor condition is written down. */
import * as z from 'zod';
import { fraction } from '../profile/fields.js';
import { about } from '../profile/policy-parts.js';

export const stockCountPolicy = {
  stockCount: z
    .strictObject({
      unsaleableWriteDown: fraction
        .default('1')
        .meta(
          about(
            "The share of the cost of unsaleable stock (`inventoryCount[].condition: unsaleable`) written off the balance sheet, 0..1. 1: xcheck's choice, since stock that cannot be sold is worth nothing to the lender; a bank that recovers a scrap value sets less.",
          ),
        ),
      slowMovingWriteDown: fraction
        .default('0')
        .meta(about("The share of the cost of slow-moving stock (积压) written off, 0..1. 0: xcheck's choice (kept at cost, shown in the count); a bank may set the discount it sees such stock sold at.")),
    })
    .prefault({})
    .meta(about('The stock count: unsaleable and slow-moving stock written down on the balance sheet (each written down line is stated in the notes).')),
};
