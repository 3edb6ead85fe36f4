/** The policy fragment of the monthly cash model (docs/capacity.md §4): its settings, each with its default and source. */
import * as z from 'zod';
import { count } from '../profile/fields.js';
import { about } from '../profile/policy-parts.js';

export const cashModelPolicy = {
  cashModel: z
    .strictObject({
      stockingLeadDays: count
        .default(30)
        .meta(
          about(
            "Days before its sale a trade buys the goods it sells, when the profile gives neither monthly purchases nor `stock.stockingDays`. 30: a month's stock, xcheck's own choice (the source's garment traders buy the season's stock a month or more ahead).",
          ),
        ),
    })
    .prefault({})
    .meta(about('The monthly cash model and the season it draws (docs/capacity.md §4).')),
};
