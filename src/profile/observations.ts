/**
 * Profile sections for what the officer observed or collected beyond the declared figures: the
 * independent estimates of sales (销售额交叉检验), the products and their margins, the site
 * observations of a producer (workers, electricity, consumables and by-products), the stock terms
 * and the household's region class. All optional: a rule that needs one and does not find it reports
 * itself skipped. Field-by-field documentation: docs/profile.md.
 */
import * as z from 'zod';
import { toDecimal } from '../money/index.js';
import { boundedArray, count, fraction, isBelowOne, isDecimalValue, isPositive, LIST_LIMITS, money, name, positiveDecimal, text } from './fields.js';

/** A fraction strictly below 1 (a share that is divided into 1 − share). */
const fractionBelowOne = fraction.refine(isBelowOne, { error: 'belowOne' });

/** A fraction strictly above 0 (a share that is divided by). */
const positiveFraction = fraction.refine(isPositive, { error: 'positive' });

/** A calendar month, 1 = January. */
const monthNumber = z.int({ error: 'wholeNumber' }).min(1, { error: 'monthRange' }).max(12, { error: 'monthRange' });

/**
 * Independent estimates of monthly sales, each from a different source (SALES_TRIANGULATION). Every
 * one is turned into a monthly sales figure and compared with the declared sales.
 */
export const salesEstimatesSchema = z.strictObject({
  /** Inflows on the business's bank accounts (银行流水), adjusted for sales paid in cash. */
  bankInflows: z
    .strictObject({
      /** Average monthly inflows over the months read. */
      monthlyAverage: money,
      /** Of which not from sales (loan proceeds, transfers between own accounts, deposits returned). Default 0. */
      nonSales: money.optional(),
      /** Share of sales paid in cash that never reaches the bank, 0 ≤ share < 1. Default 0. */
      cashShare: fractionBelowOne.optional(),
      /** How many months of statements were read. */
      months: count.optional(),
    })
    .optional(),
  /** The sales ledger (记账本) or sales slips of one month the officer sampled on site. */
  sampledMonth: z
    .strictObject({
      amount: money,
      /** Which month (1 = January); compared with that month's declared sales when the profile has `sales.monthly`. */
      month: monthNumber.optional(),
      source: text.optional(),
    })
    .optional(),
  /** Average daily sales as described or recorded, times the opening days. */
  dailySales: z
    .strictObject({
      averageDaily: money,
      openingDaysPerMonth: count,
    })
    .optional(),
  /** The cash counted in the till during the visit, extrapolated to the month. */
  till: z
    .strictObject({
      /** Cash counted in the till. */
      cash: money,
      /** Cash that was in the till at opening (the float). Default 0. */
      openingFloat: money.optional(),
      /** Hours the shop had been open when the till was counted. */
      hoursOpenSoFar: positiveDecimal,
      hoursPerDay: positiveDecimal,
      openingDaysPerMonth: count,
      /** Share of sales paid in cash (the rest by card, WeChat, Alipay), 0 < share ≤ 1. Default 1. */
      cashShare: positiveFraction.optional(),
    })
    .optional(),
  /** For producers: the piece-rate wage bill (计件工资) reveals the units made. */
  pieceRate: z
    .strictObject({
      /** Piece-rate wages paid in a month. */
      monthlyWageBill: money,
      /** Wage paid per unit made. */
      ratePerUnit: positiveDecimal,
      /** Selling price per unit. */
      unitPrice: money,
    })
    .optional(),
  /** Commissions paid to sales agents or a platform in a month, at a known rate. */
  commissions: z
    .strictObject({
      monthly: money,
      /** Commission as a share of sales, 0 < rate ≤ 1. */
      rate: positiveFraction,
    })
    .optional(),
  /** A 12-month monthly average from a POS terminal or the sales ledger. */
  twelveMonthAverage: z
    .strictObject({
      monthlyAverage: money,
      source: z.enum(['pos', 'ledger'], { error: 'enum' }),
    })
    .optional(),
});

/** One of the main products: price, cost and share of sales (GROSS_MARGIN_INCONSISTENT). */
export const productSchema = z.strictObject({
  name,
  /** Selling price per unit. */
  price: positiveDecimal,
  /** Purchase or production cost per unit. */
  cost: money,
  /** Share of total sales, 0..1. The shares of the main products need not add up to 1. */
  shareOfSales: fraction,
  unit: text.optional(),
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
  item: name,
  kind: z.enum(CONSUMABLE_KINDS, { error: 'enum' }),
  /** Quantity used or produced in a month (from purchase bills or buyers' receipts). */
  quantityPerMonth: money,
  /** Quantity used or produced per unit of output. */
  perUnitOfOutput: positiveDecimal,
  unit: text.optional(),
});

/** What the officer saw of a producer's operations on the site visit (PRODUCTION_CAPACITY). */
export const operationsSchema = z.strictObject({
  /** What one unit of output is ("piece", "kg", "set"). */
  unit: text.optional(),
  /** Units sold in a month as declared. When missing: declared monthly sales ÷ averageUnitPrice. */
  declaredUnitsPerMonth: money.optional(),
  /** Average selling price per unit. */
  averageUnitPrice: positiveDecimal.optional(),
  /** Production workers seen or on the wage list. */
  workers: count.optional(),
  /** Units one worker makes in a normal working day. */
  outputPerWorkerDay: money.optional(),
  /** Normal working days in a month. */
  workingDaysPerMonth: count.optional(),
  /** Overtime per worker in a month, as extra full-day equivalents (2 h a day × 26 days at 8 h a day = 6.5). Default 0. */
  overtimeDaysPerMonth: money.optional(),
  /** Electricity (from the power bills). */
  electricity: z
    .strictObject({
      kWhPerMonth: money,
      /** kWh the process uses per unit of output. */
      kWhPerUnit: positiveDecimal,
      /** kWh a month that does not depend on output (lighting, offices, dormitory). Default 0. */
      baseLoadKWh: money.optional(),
    })
    .optional(),
  consumables: boundedArray(consumableSchema, LIST_LIMITS.consumables).optional(),
});

/** Stocking terms for INVENTORY_INCONSISTENT. */
export const stockSchema = z.strictObject({
  /** Days of cost of goods sold the business keeps in stock (备货天数), by its own account or the trade's habit. */
  stockingDays: count.optional(),
  /** Value at cost of the counted inventory that cannot be sold at a normal price (obsolete, damaged, slow). Default 0. */
  unsaleable: money.optional(),
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
