/** inventory: texts (en). */
import type { MonthsOfSalesParams } from '../../../rules/inventory/index.js';
import type { Finding } from '../../../rules/types.js';
import type { CheckTexts } from '../../types.js';
import { money, signedPercent } from '../../format.js';
import { turnoverMath } from './turnover.js';

/** Stocking days: the turnover shape with cost of goods sold and a credit share of 1. */
function stockingDays(f: Finding) {
  const p = f.params as { flow: string; days: number };
  const relative = f.deviation?.relative ?? null;
  return {
    ...turnoverMath(f, { flow: 'costOfGoodsSold', share: '1', days: 'stockingDays', balance: 'inventory' }),
    message: `Inventory of ${money(f.observed)} against cost of sales of ${money(p.flow)} a year and about ${p.days} days of stock, which imply about ${money(f.expected)} (${relative === null ? 'n/a' : signedPercent(relative)}).`,
    evidence: [
      'a walk through the shop or warehouse counting the main items (rough is enough; a stock list for a larger firm)',
      'in- and out-slips of the last month, to see how fast stock turns',
    ],
    questions: ['How often do you restock, and how much do you buy each time?', 'Is anything in stock that has been slow to sell?'],
  };
}

/** Months of sales on the shelf above the policy's ceiling. */
function monthsOfSales(f: Finding) {
  const p = f.params as unknown as MonthsOfSalesParams & { limit: string };
  return {
    formula: 'months of sales in stock = (inventory − unsaleable) / average monthly sales; must be ≤ policy.inventory.monthsOfSales.max',
    computation: `(${money(p.inventory)} − ${money(p.unsaleable)}) / ${money(p.monthlySales)} = ${f.observed ?? '—'} months > ${p.limit}`,
    message: `Saleable inventory of ${money(p.saleable)} is ${f.observed ?? '—'} months of average sales (${money(p.monthlySales)} a month), more than ${p.limit}.`,
    evidence: [
      'the stock count by item with the date each was bought (old, dusty or damaged goods)',
      "suppliers' invoices for the largest items, to confirm they were bought and at what cost",
    ],
    questions: ['How long does it usually take to sell what you have in stock now?', 'What happens to goods that do not sell?'],
  };
}

export const inventory: CheckTexts = {
  title: 'Inventory against cost of sales and stocking habit',
  labels: {
    costOfGoodsSold: 'annual cost of goods sold',
    stockingDays: 'days of stock kept',
    inventory: 'inventory',
    unsaleable: 'unsaleable stock',
    monthlySales: 'average monthly sales',
    maxMonthsOfSales: 'most months of sales in stock',
  },
  findings: {
    INVENTORY_INCONSISTENT: (f) => (f.subject.check === 'months-of-sales' ? monthsOfSales(f) : stockingDays(f)),
  },
};
