/**
 * LIQUIDITY_LOW — 流动性. Two ratios from the rebuilt balance sheet (never recomputed here):
 * - current ratio = current assets / current liabilities: below 1 warns, below 0.7 is critical;
 * - quick ratio = (current assets − inventory) / current liabilities: below 0.5 warns, below 0.3 is critical.
 * Micro-enterprise liabilities run a year or less, so all liabilities count as current (src/statements).
 * Defaults (policy.liquidity) are xcheck's own choice (docs/rules.md). With no liabilities neither ratio can be low.
 * Skipped when the profile reports no balances.
 * Worked example (fixtures/rules/liquidity.json): 500,000 / 600,000 = 0.83 < 1, a warning;
 * (500,000 − 400,000) / 600,000 = 0.17 < 0.3, critical.
 */
import { formatMoney } from '../../money/index.js';
import { limitFinding, moneyInput, ran, skippedWithoutBalances } from '../flag.js';
import type { Rule } from '../types.js';

const CODE = 'LIQUIDITY_LOW' as const;

/**
 * Params of a LIQUIDITY_LOW finding (money, two places): current assets and current liabilities; for the quick
 * ratio (subject `{ ratio: 'quick' }`) also `inventory` and `quickAssets` (current assets − inventory). Plus
 * those `limitFinding` adds: `limit` (the floor, plain decimal), `side` (`min`) and `undefined` (always false:
 * with no liabilities neither ratio flags).
 */
export interface LiquidityParams {
  readonly currentAssets: string;
  readonly currentLiabilities: string;
  readonly inventory?: string;
  readonly quickAssets?: string;
}

export const liquidityRule: Rule = {
  id: 'liquidity',
  codes: [CODE],
  check({ profile, policy, statements }) {
    if (profile.balances === undefined) return skippedWithoutBalances();
    const bs = statements.balanceSheet;
    const current = bs.assets.current;
    const inventory = bs.assets.inventory;
    const liabilities = bs.liabilities.current;
    const quickAssets = current.minus(inventory);
    const common = { code: CODE, unit: 'ratio' as const, denominator: liabilities, flagUndefined: false };
    return ran([
      limitFinding({
        ...common,
        subject: { ratio: 'current' },
        numerator: current,
        limit: policy.liquidity.currentRatio,
        limitPath: 'liquidity.currentRatio',
        inputs: () => [moneyInput('currentAssets', 'balanceSheet.assets.current', current), moneyInput('currentLiabilities', 'balanceSheet.liabilities.current', liabilities)],
        params: () => {
          const p: LiquidityParams = { currentAssets: formatMoney(current), currentLiabilities: formatMoney(liabilities) };
          return { ...p };
        },
      }),
      limitFinding({
        ...common,
        subject: { ratio: 'quick' },
        numerator: quickAssets,
        limit: policy.liquidity.quickRatio,
        limitPath: 'liquidity.quickRatio',
        inputs: () => [
          moneyInput('currentAssets', 'balanceSheet.assets.current', current),
          moneyInput('inventory', 'balanceSheet.assets.inventory', inventory),
          moneyInput('currentLiabilities', 'balanceSheet.liabilities.current', liabilities),
        ],
        params: () => {
          const p: LiquidityParams = {
            currentAssets: formatMoney(current),
            inventory: formatMoney(inventory),
            quickAssets: formatMoney(quickAssets),
            currentLiabilities: formatMoney(liabilities),
          };
          return { ...p };
        },
      }),
    ]);
  },
};
