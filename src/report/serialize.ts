/**
 * Turns the Decimal-valued stage outputs into the report's JSON shapes: money as decimal strings
 * with two places, ratios with four. Deterministic: the same stage outputs give the same strings.
 */
import type { SelfReportResult } from '../adjust/index.js';
import type { EquityResult } from '../equity/index.js';
import { formatMoney, formatPlain, formatRatio, type RoundingMode, toDecimal } from '../money/index.js';
import type { Bilingual } from '../profile/errors.js';
import { catalogs } from '../locales/index.js';
import type { StageSkipCode } from '../locales/sections/decision.js';
import type { BalanceSheet, IncomeStatement, PnLLine, StatementNote } from '../statements/index.js';

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

export interface PnLLineJson {
  readonly sales: string;
  readonly costOfGoodsSold: string;
  readonly grossProfit: string;
  readonly operatingCosts: string;
  readonly businessProfit: string;
  readonly otherIncome: string;
  readonly householdExpenses: string;
  readonly existingInstalments: string;
  readonly disposableSurplus: string;
}

export interface BalanceSheetJson {
  readonly assets: Record<keyof BalanceSheet['assets'], string>;
  readonly liabilities: Record<keyof BalanceSheet['liabilities'], string>;
  readonly equity: string;
  readonly inventorySource: BalanceSheet['inventorySource'];
  readonly inventoryLines: readonly { item: string; quantity: string; unitCost: string; value: string }[];
  readonly fixedAssetLines: readonly {
    name: string;
    purchaseDate: string;
    cost: string;
    basis: 'depreciated' | 'appraised';
    monthsDepreciated: number;
    monthlyDepreciation: string;
    accumulatedDepreciation: string;
    netBookValue: string;
  }[];
}

export interface IncomeStatementJson {
  readonly salesBasis: IncomeStatement['salesBasis'];
  readonly seasonal: boolean;
  readonly costBasis: IncomeStatement['costBasis'];
  readonly grossMargin: string;
  readonly operatingCostBreakdown: Record<keyof IncomeStatement['operatingCostBreakdown'], string>;
  readonly annual: PnLLineJson;
  readonly monthlyAverage: PnLLineJson;
  readonly months: readonly (PnLLineJson & { month: number })[];
}

export type EquityJson =
  | {
      readonly status: 'reconciled';
      readonly window: string;
      readonly periodStart: string;
      readonly periodEnd: string;
      readonly periodMonths: number;
      readonly initialEquity: string;
      readonly startDebtOutstanding: string;
      readonly profits: string;
      readonly profitsEstimated: boolean;
      readonly withdrawals: string;
      readonly injections: string;
      readonly depreciation: string;
      readonly expectedEquity: string;
      readonly balanceSheetEquity: string;
      readonly gap: string;
      readonly gapShareOfEquity: string | null;
      readonly gapShareOfProfits: string | null;
      readonly eventsUsed: readonly number[];
    }
  | { readonly status: 'skipped'; readonly reason: Bilingual; readonly missing: readonly string[] };

function mapValues<K extends string, V, W>(obj: Record<K, V>, fn: (v: V) => W): Record<K, W> {
  const out = {} as Record<K, W>;
  for (const key of Object.keys(obj) as K[]) out[key] = fn(obj[key]);
  return out;
}

export function serializePnL(line: PnLLine, mode: RoundingMode): PnLLineJson {
  return mapValues(line as unknown as Record<keyof PnLLineJson, PnLLine['sales']>, (v) => formatMoney(v, mode));
}

export function serializeBalanceSheet(b: BalanceSheet, mode: RoundingMode): BalanceSheetJson {
  const m = (v: BalanceSheet['equity']) => formatMoney(v, mode);
  return {
    assets: mapValues(b.assets, m),
    liabilities: mapValues(b.liabilities, m),
    equity: m(b.equity),
    inventorySource: b.inventorySource,
    inventoryLines: b.inventoryLines.map((l) => ({
      item: l.item,
      quantity: formatPlain(l.quantity),
      unitCost: m(l.unitCost),
      value: m(l.value),
    })),
    fixedAssetLines: b.fixedAssetLines.map((l) => ({
      name: l.name,
      purchaseDate: l.purchaseDate,
      cost: m(l.cost),
      basis: l.basis,
      monthsDepreciated: l.monthsDepreciated,
      monthlyDepreciation: m(l.monthlyDepreciation),
      accumulatedDepreciation: m(l.accumulatedDepreciation),
      netBookValue: m(l.netBookValue),
    })),
  };
}

export function serializeIncomeStatement(s: IncomeStatement, mode: RoundingMode): IncomeStatementJson {
  return {
    salesBasis: s.salesBasis,
    seasonal: s.seasonal,
    costBasis: s.costBasis,
    grossMargin: formatRatio(s.grossMargin),
    operatingCostBreakdown: mapValues(s.operatingCostBreakdown, (v) => formatMoney(v, mode)),
    annual: serializePnL(s.annual, mode),
    monthlyAverage: serializePnL(s.monthlyAverage, mode),
    months: serializeMonths(s.months, mode),
  };
}

/** The monthly P&L lines; a month whose figures are the very Decimals of the month before (flat sales) reuses its strings. */
function serializeMonths(months: IncomeStatement['months'], mode: RoundingMode): IncomeStatementJson['months'] {
  const out: IncomeStatementJson['months'][number][] = [];
  let previous: PnLLine | null = null;
  let json: PnLLineJson | null = null;
  for (const { month, ...line } of months) {
    if (json === null || previous === null || !sameFigures(line, previous)) json = serializePnL(line, mode);
    previous = line;
    out.push({ month, ...json });
  }
  return out;
}

/** The lines of a P&L, in the order the report and the memo show them. */
export const PNL_KEYS = [
  'sales',
  'costOfGoodsSold',
  'grossProfit',
  'operatingCosts',
  'businessProfit',
  'otherIncome',
  'householdExpenses',
  'existingInstalments',
  'disposableSurplus',
] as const satisfies readonly (keyof PnLLine)[];

/** Every figure of a P&L line is compared: a figure added to PnLLine and not to PNL_KEYS fails to compile here. */
const PNL_KEYS_COMPLETE: [Exclude<keyof PnLLine, (typeof PNL_KEYS)[number]>] extends [never] ? true : false = true;

/** Whether two P&L lines hold the very same Decimal objects (not merely equal values). */
function sameFigures(a: PnLLine, b: PnLLine): boolean {
  for (const k of PNL_KEYS) if (a[k] !== b[k]) return false;
  return PNL_KEYS_COMPLETE;
}

export function serializeEquity(e: EquityResult, mode: RoundingMode): EquityJson {
  if (e.status === 'skipped') return { status: 'skipped', reason: stageSkipTexts(e.skip.code), missing: e.missing };
  const r = e.reconciliation;
  const m = (v: typeof r.gap) => formatMoney(v, mode);
  return {
    status: 'reconciled',
    window: r.window,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    periodMonths: r.periodMonths,
    initialEquity: m(r.initialEquity),
    startDebtOutstanding: m(r.startDebtOutstanding),
    profits: m(r.profits),
    profitsEstimated: r.profitsEstimated,
    withdrawals: m(r.withdrawals),
    injections: m(r.injections),
    depreciation: m(r.depreciation),
    expectedEquity: m(r.expectedEquity),
    balanceSheetEquity: m(r.balanceSheetEquity),
    gap: m(r.gap),
    gapShareOfEquity: r.gapShareOfEquity === null ? null : formatRatio(r.gapShareOfEquity),
    gapShareOfProfits: r.gapShareOfProfits === null ? null : formatRatio(r.gapShareOfProfits),
    eventsUsed: r.eventsUsed,
  };
}

/** The talking-habit adjustment in the report: each figure's original and adjusted amount side by side. */
export interface SelfReportJson {
  /** The recorded habit, or null when the profile has none. */
  readonly talkingHabit: string | null;
  /** The policy factor for the habit (ratio), or null. */
  readonly factor: string | null;
  readonly adjustments: readonly {
    readonly figure: string;
    readonly path: string;
    readonly original: string;
    readonly factor: string;
    readonly adjusted: string;
    /** adjusted − original. */
    readonly change: string;
  }[];
}

export function serializeSelfReport(s: SelfReportResult | undefined, mode: RoundingMode): SelfReportJson {
  return {
    talkingHabit: s?.habit ?? null,
    factor: s?.factor === undefined ? null : formatRatio(s.factor),
    adjustments: (s?.adjustments ?? []).map((a) => ({
      figure: a.figure,
      path: a.path,
      original: formatMoney(a.original, mode),
      factor: formatRatio(a.factor),
      adjusted: formatMoney(a.adjusted, mode),
      change: formatMoney(a.adjusted.minus(a.original), mode),
    })),
  };
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
