/**
 * Profile sections for what the officer observed or collected beyond the declared figures: the
 * independent estimates of sales (销售额交叉检验), the products and their margins, the site
 * observations of a producer (workers, electricity, consumables and by-products), the stock terms
 * and the household's region class. All optional: a rule that needs one and does not find it reports
 * itself skipped. Field-by-field documentation: docs/profile.md.
 */
import * as z from 'zod';
import { toDecimal } from '../money/index.js';
import { boundedArray, count, doc, fraction, named, isBelowOne, isDecimalValue, isPositive, LIST_LIMITS, money, name, positiveDecimal, text } from './fields.js';

/** A fraction strictly below 1 (a share that is divided into 1 − share). */
const fractionBelowOne = named(fraction.refine(isBelowOne, { error: 'belowOne' }), 'RatioBelowOne', {
  description: 'A ratio as a fraction from 0 up to but not including 1 (a share divided into 1 − share). A decimal string, like Ratio.',
  examples: ['0.4'],
});

/** A fraction strictly above 0 (a share that is divided by). */
const positiveFraction = named(fraction.refine(isPositive, { error: 'positive' }), 'PositiveRatio', {
  description: 'A ratio as a fraction above 0 and at most 1 (a share that is divided by). A decimal string, like Ratio.',
  examples: ['0.5'],
});

/** A calendar month, 1 = January. */
const monthNumber = z.int({ error: 'wholeNumber' }).min(1, { error: 'monthRange' }).max(12, { error: 'monthRange' });

/**
 * Independent estimates of monthly sales, each from a different source (SALES_TRIANGULATION). Every
 * one is turned into a monthly sales figure and compared with the declared sales.
 */
export const salesEstimatesSchema = z.strictObject({
  bankInflows: z
    .strictObject({
      monthlyAverage: money.meta(doc('Average monthly inflows over the months read.')),
      nonSales: money.optional().meta(doc('Of which not from sales (loan proceeds, transfers between own accounts, deposits returned). Default 0.')),
      cashShare: fractionBelowOne.optional().meta(doc('Share of sales paid in cash that never reaches the bank, 0 ≤ share < 1. Default 0.')),
      months: count.optional().meta(doc('How many months of statements were read.')),
    })
    .optional()
    .meta(doc('Inflows on the business\'s bank accounts (银行流水), adjusted for sales paid in cash.')),
  sampledMonth: z
    .strictObject({
      amount: money.meta(doc('Ledger or slips total of the month sampled.', { unit: 'CNY' })),
      month: monthNumber.optional().meta(doc('Which month (1 = January); compared with that month\'s declared sales when the profile has `sales.monthly`.')),
      source: text.optional().meta(doc('What was sampled.', { examples: ['March ledger'] })),
    })
    .optional()
    .meta(doc('The sales ledger (记账本) or sales slips of one month the officer sampled on site.')),
  dailySales: z
    .strictObject({
      averageDaily: money.meta(doc('Average sales a day.', { unit: 'CNY/day', examples: ['5000'] })),
      openingDaysPerMonth: count.meta(doc('Days open in a month.', { unit: 'days', examples: [30] })),
    })
    .optional()
    .meta(doc('Average daily sales as described or recorded, times the opening days.')),
  till: z
    .strictObject({
      cash: money.meta(doc('Cash counted in the till.')),
      openingFloat: money.optional().meta(doc('Cash that was in the till at opening (the float). Default 0.')),
      hoursOpenSoFar: positiveDecimal.meta(doc('Hours the shop had been open when the till was counted.')),
      hoursPerDay: positiveDecimal.meta(doc('Hours the shop is open a day.', { unit: 'hours' })),
      openingDaysPerMonth: count.meta(doc('Days open in a month.', { unit: 'days' })),
      cashShare: positiveFraction.optional().meta(doc('Share of sales paid in cash (the rest by card, WeChat, Alipay), 0 < share ≤ 1. Default 1.')),
    })
    .optional()
    .meta(doc('The cash counted in the till during the visit, extrapolated to the month.')),
  pieceRate: z
    .strictObject({
      monthlyWageBill: money.meta(doc('Piece-rate wages paid in a month.')),
      ratePerUnit: positiveDecimal.meta(doc('Wage paid per unit made.')),
      unitPrice: money.meta(doc('Selling price per unit.')),
    })
    .optional()
    .meta(doc('For producers: the piece-rate wage bill (计件工资) reveals the units made.')),
  commissions: z
    .strictObject({
      monthly: money.meta(doc('Commissions paid in a month.', { unit: 'CNY/month' })),
      rate: positiveFraction.meta(doc('Commission as a share of sales, 0 < rate ≤ 1.')),
    })
    .optional()
    .meta(doc('Commissions paid to sales agents or a platform in a month, at a known rate.')),
  twelveMonthAverage: z
    .strictObject({
      monthlyAverage: money.meta(doc('The 12-month monthly average.', { unit: 'CNY/month' })),
      source: z.enum(['pos', 'ledger'], { error: 'enum' }).meta(doc('Where it comes from: the POS terminal or the sales ledger.')),
    })
    .optional()
    .meta(doc('A 12-month monthly average from a POS terminal or the sales ledger.')),
});

/** One of the main products: price, cost and share of sales (GROSS_MARGIN_INCONSISTENT). */
export const productSchema = z.strictObject({
  name: name.meta(doc('The product.')),
  price: positiveDecimal.meta(doc('Selling price per unit.')),
  cost: money.meta(doc('Purchase or production cost per unit.')),
  shareOfSales: fraction.meta(doc('Share of total sales, 0..1. The shares of the main products need not add up to 1.')),
  unit: text.optional().meta(doc('What one unit is.')),
});

export const productsSchema = boundedArray(productSchema, LIST_LIMITS.products)
  .refine(
    // Only when every share is a decimal: a malformed one is reported on its own path.
    (ps) => !ps.every((p) => isDecimalValue(p.shareOfSales)) || ps.reduce((s, p) => s.plus(toDecimal(p.shareOfSales)), toDecimal(0)).lte(1),
    { error: 'sharesOverOne' },
  );

export const CONSUMABLE_KINDS = ['consumable', 'by-product'] as const;

/**
 * A consumable used or a by-product made in proportion to output. The source's example: the copper
 * filings (铜粉) of a hardware workshop measure its output, and are sold too.
 */
export const consumableSchema = z.strictObject({
  item: name.meta(doc('The consumable or by-product (the source\'s copper filings, 铜粉).')),
  kind: z.enum(CONSUMABLE_KINDS, { error: 'enum' }).meta(doc('consumable (used in proportion to output) or by-product (made in proportion to output).')),
  quantityPerMonth: money.meta(doc('Quantity used or produced in a month (from purchase bills or buyers\' receipts).')),
  perUnitOfOutput: positiveDecimal.meta(doc('Quantity used or produced per unit of output.')),
  unit: text.optional().meta(doc('What the quantities are measured in.', { examples: ['kg'] })),
});

/** What the officer saw of a producer's operations on the site visit (PRODUCTION_CAPACITY). */
export const operationsSchema = z.strictObject({
  unit: text.optional().meta(doc('What one unit of output is ("piece", "kg", "set").')),
  declaredUnitsPerMonth: money.optional().meta(doc('Units sold in a month as declared. When missing: declared monthly sales ÷ averageUnitPrice.')),
  averageUnitPrice: positiveDecimal.optional().meta(doc('Average selling price per unit.')),
  workers: count.optional().meta(doc('Production workers seen or on the wage list.')),
  outputPerWorkerDay: money.optional().meta(doc('Units one worker makes in a normal working day.')),
  workingDaysPerMonth: count.optional().meta(doc('Normal working days in a month.')),
  overtimeDaysPerMonth: money.optional().meta(doc('Overtime per worker in a month, as extra full-day equivalents (2 h a day × 26 days at 8 h a day = 6.5). Default 0.')),
  electricity: z
    .strictObject({
      kWhPerMonth: money.meta(doc('Electricity used in a month (from the power bills).', { unit: 'kWh/month' })),
      kWhPerUnit: positiveDecimal.meta(doc('kWh used per unit of output.')),
      baseLoadKWh: money.optional().meta(doc('kWh a month that does not depend on output (lighting, offices, dormitory). Default 0.')),
    })
    .optional()
    .meta(doc('Electricity (from the power bills).')),
  consumables: boundedArray(consumableSchema, LIST_LIMITS.consumables)
    .optional()
    .meta(doc('Consumables used and by-products made in proportion to output (at most 200).')),
});

/** Stocking terms for INVENTORY_INCONSISTENT. */
export const stockSchema = z.strictObject({
  stockingDays: count.optional().meta(doc('Days of cost of goods sold the business keeps in stock (备货天数), by its own account or the trade\'s habit.')),
  unsaleable: money.optional().meta(doc('Value at cost of the counted inventory that cannot be sold at a normal price (obsolete, damaged, slow). Default 0.')),
});

/**
 * Region classes for the household-expense minimum: city (a prefecture-level city or larger), town
 * (a county town), rural (a village).
 */
export const REGION_CLASSES = ['city', 'town', 'rural'] as const;
export type RegionClass = (typeof REGION_CLASSES)[number];

export const regionClassSchema = z.enum(REGION_CLASSES, { error: 'enum' });

export type SalesEstimates = z.output<typeof salesEstimatesSchema>;
export type Product = z.output<typeof productSchema>;
export type Operations = z.output<typeof operationsSchema>;
export type Consumable = z.output<typeof consumableSchema>;
