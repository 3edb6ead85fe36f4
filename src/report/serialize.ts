/**
 * Turns the Decimal-valued stage outputs into the report's JSON shapes through the report's one walker
 * (json-format.ts): money as decimal strings with two places, ratios with four. Deterministic: the same stage
 * outputs give the same strings.
 */
import type { SelfReportAdjustment, SelfReportResult } from '../adjust/index.js';
import type { EquityReconciliation, EquityResult } from '../equity/index.js';
import { type Dec, type RoundingMode, toDecimal } from '../money/index.js';
import type { Bilingual } from '../profile/errors.js';
import { catalogs } from '../locales/index.js';
import type { StageSkipCode } from '../locales/sections/decision.js';
import type { BalanceSheet, IncomeStatement, MonthPnL, PnLLine, StatementNote, StockCount } from '../statements/index.js';
import { each, type Json, type ShapeOf, toJson } from './json-format.js';

/** Why a stage (equity reconciliation, capacity) could not run, in both languages, from the catalogs. */
export function stageSkipTexts(code: StageSkipCode): Bilingual {
  return { en: catalogs.en.decision.stageSkips[code], zh: catalogs.zh.decision.stageSkips[code] };
}

/** A statement note as the report carries it: the data and its message in both languages. */
export interface StatementNoteJson extends StatementNote {
  readonly message: Bilingual;
}

/** A statement note with its message in both languages, rendered from the catalogs' `decision` section. */
export function serializeNote(note: StatementNote): StatementNoteJson {
  return {
    ...note,
    message: { en: catalogs.en.decision.notes[note.code](note.params), zh: catalogs.zh.decision.notes[note.code](note.params) },
  };
}

const pnlShape: ShapeOf<PnLLine> = {
  sales: 'money',
  costOfGoodsSold: 'money',
  grossProfit: 'money',
  operatingCosts: 'money',
  businessProfit: 'money',
  otherIncome: 'money',
  householdExpenses: 'money',
  existingInstalments: 'money',
  disposableSurplus: 'money',
};

/** The lines of a P&L, in the order the report and the memo show them. */
export const PNL_KEYS = Object.keys(pnlShape) as readonly (keyof PnLLine)[];

const monthShape: ShapeOf<MonthPnL> = { month: 'as-is', ...pnlShape };

const balanceSheetShape: ShapeOf<BalanceSheet> = {
  assets: {
    cash: 'money',
    bank: 'money',
    receivables: 'money',
    inventory: 'money',
    prepayments: 'money',
    otherAssets: 'money',
    current: 'money',
    fixedAssets: 'money',
    total: 'money',
  },
  liabilities: {
    payables: 'money',
    advancesReceived: 'money',
    bankLoans: 'money',
    privateLoans: 'money',
    otherLiabilities: 'money',
    current: 'money',
    total: 'money',
  },
  equity: 'money',
  inventorySource: 'as-is',
  inventoryLines: each({ item: 'as-is', quantity: 'plain', unitCost: 'money', value: 'money' }),
  fixedAssetLines: each({
    name: 'as-is',
    purchaseDate: 'date',
    cost: 'money',
    basis: 'as-is',
    monthsDepreciated: 'as-is',
    monthlyDepreciation: 'money',
    accumulatedDepreciation: 'money',
    netBookValue: 'money',
  }),
};

const incomeStatementShape: ShapeOf<IncomeStatement> = {
  salesBasis: 'as-is',
  seasonal: 'as-is',
  costBasis: 'as-is',
  grossMargin: 'ratio',
  operatingCostBreakdown: { wages: 'money', rent: 'money', utilities: 'money', transport: 'money', taxes: 'money', other: 'money' },
  annual: pnlShape,
  monthlyAverage: pnlShape,
  months: each(monthShape),
};

export type PnLLineJson = Json<PnLLine>;
export type BalanceSheetJson = Json<BalanceSheet>;
export type IncomeStatementJson = Json<IncomeStatement>;

export function serializePnL(line: PnLLine, mode: RoundingMode): PnLLineJson {
  return toJson(line, pnlShape, mode);
}

const stockCountShape: ShapeOf<StockCount> = {
  lines: each({
    item: 'as-is',
    location: 'as-is',
    condition: 'as-is',
    ownership: 'as-is',
    valuation: 'as-is',
    countMethod: 'as-is',
    quantity: 'plain',
    unitCost: 'money',
    margin: 'ratio',
    costValue: 'money',
    writeDownFactor: 'plain',
    writeDown: 'money',
    value: 'money',
  }),
  totals: { atCost: 'money', writtenDown: 'money', consigned: 'money', carried: 'money' },
};

export type StockCountJson = Json<StockCount>;

/** The stock count line by line and its totals (docs/industry.md, "The stock count"). */
export function serializeStockCount(c: StockCount, mode: RoundingMode): StockCountJson {
  return toJson(c, stockCountShape, mode);
}

export function serializeBalanceSheet(b: BalanceSheet, mode: RoundingMode): BalanceSheetJson {
  return toJson(b, balanceSheetShape, mode);
}

export function serializeIncomeStatement(s: IncomeStatement, mode: RoundingMode): IncomeStatementJson {
  return toJson(s, incomeStatementShape, mode);
}

/** A reconciled equity as the report gives it: the status, then the reconciliation's figures. */
type ReconciledView = { readonly status: 'reconciled' } & EquityReconciliation;

const reconciledShape: ShapeOf<ReconciledView> = {
  status: 'as-is',
  window: 'as-is',
  periodStart: 'date',
  periodEnd: 'date',
  periodMonths: 'as-is',
  initialEquity: 'money',
  startDebtOutstanding: 'money',
  profits: 'money',
  profitsEstimated: 'as-is',
  withdrawals: 'money',
  injections: 'money',
  depreciation: 'money',
  expectedEquity: 'money',
  balanceSheetEquity: 'money',
  gap: 'money',
  gapShareOfEquity: 'ratio',
  gapShareOfProfits: 'ratio',
  eventsUsed: 'as-is',
  walk: {
    steps: each({
      index: 'as-is',
      date: 'as-is',
      kind: 'as-is',
      amount: 'money',
      profitsToDate: 'money',
      withdrawalsToDate: 'money',
      injectionsToDate: 'money',
      depreciationToDate: 'money',
      equityBefore: 'money',
      equityAfter: 'money',
      funding: { borrowed: 'money', needed: 'money', available: 'money', shortfall: 'money' },
    }),
    suggestedRevaluations: each({ asset: 'as-is', name: 'as-is', depreciatedCost: 'money', appraisedValue: 'money', premium: 'money' }),
  },
};

export type EquityJson =
  | Json<ReconciledView>
  | { readonly status: 'skipped'; readonly reason: Bilingual; readonly missing: readonly string[] };

export function serializeEquity(e: EquityResult, mode: RoundingMode): EquityJson {
  if (e.status === 'skipped') return { status: 'skipped', reason: stageSkipTexts(e.skip.code), missing: e.missing };
  return toJson<ReconciledView>({ status: 'reconciled', ...e.reconciliation }, reconciledShape, mode);
}

/** One adjusted figure: original and adjusted amount side by side, and the change (adjusted − original). */
type AdjustmentView = Pick<SelfReportAdjustment, 'figure' | 'path' | 'original' | 'factor' | 'adjusted'> & { readonly change: Dec };

/** The talking-habit adjustment in the report: each figure's original and adjusted amount side by side. */
interface SelfReportView {
  /** The recorded habit, or null when the profile has none. */
  readonly talkingHabit: string | null;
  /** The policy factor for the habit (ratio), or null. */
  readonly factor: Dec | null;
  readonly adjustments: readonly AdjustmentView[];
}

const selfReportShape: ShapeOf<SelfReportView> = {
  talkingHabit: 'as-is',
  factor: 'ratio',
  adjustments: each<ShapeOf<AdjustmentView>>({ figure: 'as-is', path: 'as-is', original: 'money', factor: 'ratio', adjusted: 'money', change: 'money' }),
};

export type SelfReportJson = Json<SelfReportView>;

export function serializeSelfReport(s: SelfReportResult | undefined, mode: RoundingMode): SelfReportJson {
  const view: SelfReportView = {
    talkingHabit: s?.habit ?? null,
    factor: s?.factor ?? null,
    adjustments: (s?.adjustments ?? []).map((a) => ({ ...a, change: a.adjusted.minus(a.original) })),
  };
  return toJson(view, selfReportShape, mode);
}

/**
 * The policy as echoed in the report. Thresholds may come in as JSON numbers, and JSON.stringify
 * writes 1e-7 or 1e+21 in exponent notation: every number that is not a plain integer is written as
 * a plain decimal string instead (0.3 → "0.3", 1e-7 → "0.0000001"). Integers such as dayBasis stay numbers.
 */
export function serializePolicy<P>(policy: P): P {
  return echoPolicyValue(policy) as P;
}

function echoPolicyValue(v: unknown): unknown {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? v : toDecimal(v).toFixed();
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) return v.map(echoPolicyValue);
  // A plain loop (Object.fromEntries over Object.entries made a pair array per key); the same keys in the same order.
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) {
    const x = echoPolicyValue((v as Record<string, unknown>)[k]);
    if (k === '__proto__') Object.defineProperty(out, k, { value: x, enumerable: true, writable: true, configurable: true });
    else out[k] = x;
  }
  return out;
}
