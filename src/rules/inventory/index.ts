/**
 * INVENTORY_INCONSISTENT — 存货交叉检验. The source: stock is judged by the trade and its stocking habit
 * (根据其行业特征、备货水平来衡量); count it roughly on site, or take the stock list of a larger firm.
 *
 * Two checks on the balance sheet's inventory (the officer's count when given, else the reported figure):
 * 1. Stocking days (subject `{ check: 'stocking-days' }`): expected = annual cost of goods sold × stockingDays
 *    / dayBasis (`stock.stockingDays`); deviation = (counted − expected) / expected; policy.inventory: 30% / 60%
 *    (xcheck's own choice, wider than receivables because stock swings with deliveries). The turnover shape of
 *    receivables with a credit share of 1 (src/rules/turnover.ts).
 * 2. Months of sales (subject `{ check: 'months-of-sales' }`): saleable inventory (counted − `stock.unsaleable`)
 *    ÷ average monthly sales; above policy.inventory.monthsOfSales.max (3) warns, above .critical (6) is
 *    critical (xcheck's own choice): more than a quarter's sales on the shelf points to overstated or dead stock.
 * Runs when there is an inventory figure; the first check also needs the stocking days.
 *
 * Worked example (fixtures/rules/inventory.json): 1,350,000 × 60 / 360 = 225,000 expected, 600,000 counted:
 * (600,000 − 225,000) / 225,000 = +166.67%, critical; (600,000 − 50,000) / 150,000 = 3.67 months > 3: warning.
 */
import { D, ONE, ZERO, formatMoney, toDecimal } from '../../money/index.js';
import { benchmarkAverage } from '../../industry/index.js';
import { limitFinding, moneyInput, plainInput, ran, skipped } from '../flag.js';
import { turnoverCompare } from '../turnover.js';
import type { Comparison } from '../../crosscheck/types.js';
import type { Rule, RuleFinding } from '../types.js';

const CODE = 'INVENTORY_INCONSISTENT';

/**
 * The params of the months-of-sales finding: inventory, unsaleable stock, saleable stock and average monthly
 * sales (money). `limit`, `side` and `undefined` are added by `limitFinding`. The stocking-days finding has the
 * turnover params (`TurnoverParams`: flow = annual cost of goods sold, creditShare "1", days, dayBasis).
 */
export interface MonthsOfSalesParams {
  readonly inventory: string;
  readonly unsaleable: string;
  readonly saleable: string;
  readonly monthlySales: string;
}

export const inventoryRule: Rule = {
  id: 'inventory',
  codes: [CODE],
  check({ profile, policy, statements }) {
    const bs = statements.balanceSheet;
    if (bs.inventorySource === 'none') return skipped(['inventoryCount', 'balances.inventory']);
    const inventory = bs.assets.inventory;
    const inventoryInput = () => moneyInput('inventory', bs.inventorySource === 'count' ? 'inventoryCount (Σ quantity × unitCost)' : 'balances.inventory', inventory);
    const findings: (RuleFinding | null)[] = [];
    const comparisons: Comparison[] = [];
    // Without the profile's stocking days, the trade's average months of stock (docs/industry.md) × 30 days.
    const benchmark = profile.stock?.stockingDays === undefined ? benchmarkAverage(profile, policy, 'stockMonths') : undefined;
    const stockingDays = profile.stock?.stockingDays ?? (benchmark && benchmark.value.times(30).toNumber());
    if (stockingDays !== undefined) {
      const cogs = statements.incomeStatement.annual.costOfGoodsSold;
      const { finding, comparison } = turnoverCompare({
        code: CODE,
        subject: { check: 'stocking-days' },
        flow: cogs,
        creditShare: ONE,
        days: stockingDays,
        dayBasis: policy.dayBasis,
        reported: inventory,
        band: policy.inventory,
        bandPath: 'inventory',
        inputs: () => [
          moneyInput('costOfGoodsSold', 'incomeStatement.annual.costOfGoodsSold', cogs),
          benchmark
            ? plainInput('stockingDays', benchmark.path, String(stockingDays), 'days', true)
            : plainInput('stockingDays', 'stock.stockingDays', String(stockingDays), 'days'),
          plainInput('dayBasis', 'policy.dayBasis', String(policy.dayBasis), 'days'),
          inventoryInput(),
        ],
      }, 'stock');
      findings.push(finding);
      comparisons.push(comparison);
    }
    const monthlySales = statements.incomeStatement.monthlyAverage.sales;
    if (monthlySales.gt(0)) {
      const unsaleable = profile.stock?.unsaleable ?? ZERO;
      const saleable = D.max(inventory.minus(unsaleable), ZERO);
      const limit = policy.inventory.monthsOfSales;
      findings.push(
        limitFinding({
          code: CODE,
          subject: { check: 'months-of-sales' },
          unit: 'months',
          numerator: saleable,
          denominator: monthlySales,
          limit,
          limitPath: 'inventory.monthsOfSales',
          flagUndefined: false,
          inputs: () => [
            inventoryInput(),
            moneyInput('unsaleable', 'stock.unsaleable', unsaleable, profile.stock?.unsaleable === undefined),
            moneyInput('monthlySales', 'incomeStatement.monthlyAverage.sales', monthlySales),
            plainInput('maxMonthsOfSales', 'policy.inventory.monthsOfSales.max', toDecimal(limit.max).toFixed(), 'months'),
          ],
          params: () => {
            const p: MonthsOfSalesParams = {
              inventory: formatMoney(inventory),
              unsaleable: formatMoney(unsaleable),
              saleable: formatMoney(saleable),
              monthlySales: formatMoney(monthlySales),
            };
            return { ...p };
          },
        }),
      );
    }
    return ran(findings, comparisons);
  },
};
