/**
 * The stock count (点货) line beyond item, quantity and unit cost: where the goods are, their condition, whose they
 * are, what the unit figure is, and how they were counted (docs/profile.md; valuation in docs/industry.md,
 * "The stock count"). All optional: a line without them is owned, current stock at cost, as before.
 */
import * as z from 'zod';
import { doc, fraction, text } from './fields.js';

export const STOCK_CONDITIONS = ['current', 'slow-moving', 'unsaleable'] as const;
export const STOCK_OWNERSHIP = ['owned', 'consigned'] as const;
export const STOCK_VALUATIONS = ['cost', 'shelf-price'] as const;
export const COUNT_METHODS = ['estimate', 'stock-list', 'counted'] as const;

/** The stock count line's extra fields, spread into the line's schema (src/profile/schema.ts). */
export const stockCountLineFields = {
  location: text.optional().meta(doc('Where the goods are (shop floor, back room, a warehouse and its address).', { examples: ['warehouse behind the shop'] })),
  condition: z
    .enum(STOCK_CONDITIONS, { error: 'enum' })
    .optional()
    .meta(doc('current (sells normally), slow-moving (积压, sells slowly or at a discount) or unsaleable (obsolete, damaged, out of season for good). Default current. Unsaleable stock is written down by `policy.stockCount.unsaleableWriteDown`, slow-moving by `policy.stockCount.slowMovingWriteDown`.')),
  ownership: z
    .enum(STOCK_OWNERSHIP, { error: 'enum' })
    .optional()
    .meta(doc("owned, or consigned (代销: a supplier's goods sold on commission, paid for only when sold). Default owned. Consigned goods are left out of the balance sheet.")),
  valuation: z
    .enum(STOCK_VALUATIONS, { error: 'enum' })
    .optional()
    .meta(doc('What `unitCost` holds: cost (the purchase cost of one unit, the default) or shelf-price (the selling price; converted to cost as price × (1 − margin), the margin from `margin`, else the gross margin of the profile, else 1 − purchases ÷ sales).')),
  margin: fraction.optional().meta(doc('For a shelf-price line: the gross margin of this item, to convert its price to cost.', { examples: ['0.3'] })),
  countMethod: z
    .enum(COUNT_METHODS, { error: 'enum' })
    .optional()
    .meta(doc("How the quantity was found: estimate (目测, by eye), stock-list (the firm's own 库存清单) or counted (点数).")),
};
