/**
 * INVENTORY_INCONSISTENT — 存货交叉检验. The source: stock is judged by the trade and its stocking habit
 * (根据其行业特征、备货水平来衡量); count it roughly on site, or take the stock list of a larger firm.
 *
 * Two checks on the balance sheet's inventory (the officer's count when given, else the reported figure):
 * 1. Stocking days: expected = annual cost of goods sold × stockingDays / dayBasis (`stock.stockingDays`);
 *    deviation = (counted − expected) / expected; policy.inventory: 30% / 60% (xcheck's own choice, wider
 *    than receivables because stock swings with deliveries).
 * 2. Months of sales: saleable inventory (counted − `stock.unsaleable`) ÷ average monthly sales; above
 *    policy.inventory.monthsOfSales.max (3) warns, above .critical (6) is critical (xcheck's own choice):
 *    more than a quarter's sales on the shelf points to overstated or dead stock.
 * Runs when there is an inventory figure; the first check also needs the stocking days.
 */
import { ONE, D, ZERO, formatRatio, groupMoney, toDecimal } from '../../money/index.js';
import { ceilingSeverity, checkTurnover, writeFlag, limitFigures, moneyInput, plainInput, skipped } from '../legacy.js';

import type { Flag, Rule } from '../legacy.js';

/** observed, expected, range and deviation of a figures object (the flag's head has the unit). */
const figuresOf = (f: Pick<Flag, 'observed' | 'expected' | 'range' | 'deviation'>) => ({ observed: f.observed, expected: f.expected, range: f.range, deviation: f.deviation });

const CODE = 'INVENTORY_INCONSISTENT';
const RULE_ID = 'inventory';
const title = { en: 'Inventory against cost of sales and stocking habit', zh: '存货与销售成本、备货水平不符' };

export const inventoryRule: Rule = {
  id: RULE_ID,
  codes: [CODE],
  title,
  check({ profile, policy, statements }) {
    const bs = statements.balanceSheet;
    if (bs.inventorySource === 'none') return skipped(['inventoryCount', 'balances.inventory']);
    const inventory = bs.assets.inventory;
    const inventoryInput = () => moneyInput('inventory', bs.inventorySource === 'count' ? 'inventoryCount (Σ quantity × unitCost)' : 'balances.inventory', inventory);
    const flags: Flag[] = [];
    const stockingDays = profile.stock?.stockingDays;
    if (stockingDays !== undefined) {
      const cogs = statements.incomeStatement.annual.costOfGoodsSold;
      const flag = checkTurnover({
        code: CODE,
        ruleId: RULE_ID,
        title,
        flow: cogs,
        creditShare: ONE,
        days: stockingDays,
        dayBasis: policy.dayBasis,
        reported: inventory,
        band: policy.inventory,
        symbols: { flow: 'costOfGoodsSold', share: '1', days: 'stockingDays', balance: 'inventory' },
        inputs: () => [
          moneyInput('costOfGoodsSold', 'incomeStatement.annual.costOfGoodsSold', cogs),
          plainInput('stockingDays', 'stock.stockingDays', String(stockingDays), 'days'),
          plainInput('dayBasis', 'policy.dayBasis', String(policy.dayBasis), 'days'),
          inventoryInput(),
        ],
        evidence: [
          { en: 'a walk through the shop or warehouse counting the main items (rough is enough; a stock list for a larger firm)', zh: '现场大致目测盘点主要货品（较大企业现场调取库存清单）' },
          { en: 'in- and out-slips of the last month, to see how fast stock turns', zh: '近一个月的出入库单，看存货周转快慢' },
        ],
        questions: [
          { en: 'How often do you restock, and how much do you buy each time?', zh: '您多长时间进一次货？每次进多少？' },
          { en: 'Is anything in stock that has been slow to sell?', zh: '库存里有没有不太好卖的货？' },
        ],
        message: (f) => ({
          en: `Inventory of ${f.reported} against cost of sales of ${f.flow} a year and about ${f.days} days of stock, which imply about ${f.expected} (${f.deviation}).`,
          zh: `存货 ${f.reported}，按年销售成本 ${f.flow}、备货约 ${f.days} 天，应在 ${f.expected} 左右（偏差 ${f.deviation}）。`,
        }),
      });
      if (flag) flags.push(flag);
    }
    const monthlySales = statements.incomeStatement.monthlyAverage.sales;
    if (monthlySales.gt(0)) {
      const unsaleable = toDecimal(profile.stock?.unsaleable ?? 0);
      const saleable = D.max(inventory.minus(unsaleable), ZERO);
      const months = saleable.div(monthlySales);
      const limit = policy.inventory.monthsOfSales;
      const severity = ceilingSeverity(months, limit);
      if (severity !== null) {
        const max = toDecimal(limit.max);
        flags.push(
          writeFlag({ code: CODE, severity, ruleId: RULE_ID, title, unit: 'months' }, () => ({
            ...figuresOf(limitFigures('months', months, max, 'max', (v) => formatRatio(v, 2))),
            formula: 'months of sales in stock = (inventory − unsaleable) / average monthly sales; must be ≤ policy.inventory.monthsOfSales.max',
            computation: `(${groupMoney(inventory)} − ${groupMoney(unsaleable)}) / ${groupMoney(monthlySales)} = ${formatRatio(months, 2)} months > ${max.toFixed()}`,
            inputs: [
              inventoryInput(),
              moneyInput('unsaleable', 'stock.unsaleable', unsaleable, profile.stock?.unsaleable === undefined),
              moneyInput('monthlySales', 'incomeStatement.monthlyAverage.sales', monthlySales),
              plainInput('maxMonthsOfSales', 'policy.inventory.monthsOfSales.max', max.toFixed(), 'months'),
            ],
            evidence: [
              { en: 'the stock count by item with the date each was bought (old, dusty or damaged goods)', zh: '按品种盘点并了解进货时间（积压、陈旧、破损的货）' },
              { en: "suppliers' invoices for the largest items, to confirm they were bought and at what cost", zh: '主要货品的进货发票，核实是否真实购入及成本' },
            ],
            questions: [
              { en: 'How long does it usually take to sell what you have in stock now?', zh: '现在这些库存，一般要多久能卖完？' },
              { en: 'What happens to goods that do not sell?', zh: '卖不掉的货一般怎么处理？' },
            ],
            message: {
              en: `Saleable inventory of ${groupMoney(saleable)} is ${formatRatio(months, 2)} months of average sales (${groupMoney(monthlySales)} a month), more than ${max.toFixed()}.`,
              zh: `可售存货 ${groupMoney(saleable)}，相当于 ${formatRatio(months, 2)} 个月的平均销售额（月均 ${groupMoney(monthlySales)}），超过 ${max.toFixed()} 个月。`,
            },
          })),
        );
      }
    }
    return { status: 'ran', flags };
  },
};
