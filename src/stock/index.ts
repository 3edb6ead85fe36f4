/**
 * The stock count's valuation (docs/industry.md, "The stock count"): each counted line at cost (a shelf price
 * converted through the margin), unsaleable and slow-moving stock written down by the policy's factors, consigned
 * goods (代销) left out; what was done to each line is stated as a statement note. Pure; every value in whole fen.
 */
import { type Dec, ONE, ZERO, sum, toDecimal } from '../money/index.js';
import type { ProfileData } from '../profile/domain.js';
import type { Policy } from '../profile/policy.js';
import type { COUNT_METHODS, STOCK_CONDITIONS, STOCK_OWNERSHIP, STOCK_VALUATIONS } from '../profile/stock-count.js';

export type StockCondition = (typeof STOCK_CONDITIONS)[number];
export type StockOwnership = (typeof STOCK_OWNERSHIP)[number];
export type StockValuation = (typeof STOCK_VALUATIONS)[number];
export type CountMethod = (typeof COUNT_METHODS)[number];

/** How stock is written down (policy.stockCount). */
export type StockCountPolicy = Policy['stockCount'];

/** One counted line, valued. */
export interface CountLine {
  readonly item: string;
  readonly quantity: Dec;
  /** The unit figure as counted: a cost, or a shelf price (`valuation`). */
  readonly unitCost: Dec;
  /** The value carried on the balance sheet: cost value − write-down; 0 for consigned goods. */
  readonly value: Dec;
  readonly location: string | null;
  readonly condition: StockCondition;
  readonly ownership: StockOwnership;
  readonly valuation: StockValuation;
  readonly countMethod: CountMethod | null;
  /** The margin a shelf price was converted through; null at cost. */
  readonly margin: Dec | null;
  /** quantity × unit cost (× (1 − margin) for a shelf price), in fen. */
  readonly costValue: Dec;
  /** The share of the cost value written off (policy.stockCount), 0 for current or consigned stock. */
  readonly writeDownFactor: Dec;
  /** cost value × factor, in fen. */
  readonly writeDown: Dec;
}

/** The count's totals: owned stock at cost, written down, carried; consigned goods at cost, left out. */
export interface CountTotals {
  readonly atCost: Dec;
  readonly writtenDown: Dec;
  readonly consigned: Dec;
  readonly carried: Dec;
}

/** A statement note on a count line (src/statements/index.ts names the codes). */
export interface CountNote {
  readonly path: string;
  readonly code: 'stock-written-down' | 'consigned-excluded' | 'shelf-price-converted';
  readonly params: Readonly<Record<string, string>>;
}

export const DEFAULT_STOCK_COUNT_POLICY: StockCountPolicy = { unsaleableWriteDown: '1', slowMovingWriteDown: '0' };

/** The margin a shelf price is converted through when the line gives none: the profile's, else 1 − purchases ÷ sales, else 0. */
function profileMargin(profile: ProfileData): Dec {
  if (profile.grossMargin !== undefined) return profile.grossMargin;
  const sales = profile.sales.monthly ? sum(profile.sales.monthly) : profile.sales.annual ?? ZERO;
  const purchases = profile.purchases?.annual;
  if (purchases === undefined || sales.isZero()) return ZERO;
  const implied = ONE.minus(purchases.div(sales));
  return implied.isNegative() ? ZERO : implied;
}

/** Values the count lines; the notes of what was done to each line are pushed onto `notes`. */
export function valueCount(profile: ProfileData, policy: StockCountPolicy, fen: (v: Dec) => Dec, notes: { push(note: CountNote): number }): { lines: CountLine[]; totals: CountTotals } {
  let fallbackMargin: Dec | undefined;
  const lines = (profile.inventoryCount ?? []).map((line, i): CountLine => {
    const { quantity, unitCost } = line;
    const condition = line.condition ?? 'current';
    const ownership = line.ownership ?? 'owned';
    const valuation = line.valuation ?? 'cost';
    let margin: Dec | null = null;
    let costValue: Dec;
    if (valuation === 'shelf-price') {
      const m = line.margin ?? (fallbackMargin ??= profileMargin(profile));
      margin = m;
      costValue = fen(quantity.times(unitCost).times(ONE.minus(m)));
      notes.push({
        path: `inventoryCount[${i}].unitCost`,
        code: 'shelf-price-converted',
        params: { price: fen(quantity.times(unitCost)).toFixed(2), margin: m.toFixed(), cost: costValue.toFixed(2) },
      });
    } else costValue = fen(quantity.times(unitCost));
    let factor = ZERO;
    let writeDown = ZERO;
    let value = costValue;
    if (ownership === 'consigned') {
      value = ZERO;
      notes.push({ path: `inventoryCount[${i}]`, code: 'consigned-excluded', params: { cost: costValue.toFixed(2) } });
    } else if (condition !== 'current') {
      factor = toDecimal(condition === 'unsaleable' ? policy.unsaleableWriteDown : policy.slowMovingWriteDown);
      writeDown = fen(costValue.times(factor));
      value = costValue.minus(writeDown);
      if (!writeDown.isZero())
        notes.push({
          path: `inventoryCount[${i}]`,
          code: 'stock-written-down',
          params: { condition, cost: costValue.toFixed(2), factor: factor.toFixed(), writeDown: writeDown.toFixed(2), value: value.toFixed(2) },
        });
    }
    return {
      item: line.item,
      quantity,
      unitCost,
      value,
      location: line.location ?? null,
      condition,
      ownership,
      valuation,
      countMethod: line.countMethod ?? null,
      margin,
      costValue,
      writeDownFactor: factor,
      writeDown,
    };
  });
  const owned = lines.filter((l) => l.ownership === 'owned');
  return {
    lines,
    totals: {
      atCost: sum(owned.map((l) => l.costValue)),
      writtenDown: sum(owned.map((l) => l.writeDown)),
      consigned: sum(lines.filter((l) => l.ownership === 'consigned').map((l) => l.costValue)),
      carried: sum(lines.map((l) => l.value)),
    },
  };
}
