/**
 * The balance sheet (资产负债表) and the profit-and-loss statement (损益表) rebuilt from the profile.
 *
 * Pure: the profile and the policy's rounding mode in, Decimals out. Balance-sheet lines are kept in whole
 * fen (each line rounded with the policy's mode when it is entered: reported and loan balances, counted
 * inventory values, accumulated depreciation), so the totals are exact sums of fen amounts and
 * assets = liabilities + equity holds exactly, on the Decimals and in the report. The P&L is not rounded here;
 * its figures are rounded when written out.
 */
import { type CalendarDate, formatIsoDate, wholeMonthsBetween } from '../dates/index.js';
import { type Dec, D, ONE, ZERO, roundFen, type RoundingMode, sum } from '../money/index.js';
import type { FixedAssetData, ProfileData } from '../profile/domain.js';
import { type CountLine, type CountNote, type CountTotals, DEFAULT_STOCK_COUNT_POLICY, type StockCountPolicy, valueCount } from '../stock/index.js';
import { householdInstalments } from '../household/balance-sheet.js';
import { type CapacityAssumptions, householdNoteParams, instalmentNoteParams } from '../decision/assumptions.js';

export interface InventoryLineValue {
  readonly item: string;
  readonly quantity: Dec;
  readonly unitCost: Dec;
  /** quantity × unit cost. */
  readonly value: Dec;
}

export interface FixedAssetLine {
  readonly name: string;
  readonly purchaseDate: string;
  readonly cost: Dec;
  /** depreciated: straight line to the analysis date; appraised: the appraisal replaces it. */
  readonly basis: 'depreciated' | 'appraised';
  /** Whole months from purchase to the analysis date, capped at the useful life. */
  readonly monthsDepreciated: number;
  /** (cost − salvage) / useful life; zero for an appraised asset. */
  readonly monthlyDepreciation: Dec;
  readonly accumulatedDepreciation: Dec;
  readonly netBookValue: Dec;
}

export interface BalanceSheet {
  readonly assets: {
    readonly cash: Dec;
    readonly bank: Dec;
    readonly receivables: Dec;
    readonly inventory: Dec;
    readonly prepayments: Dec;
    readonly otherAssets: Dec;
    /** cash + bank + receivables + inventory + prepayments + other assets. */
    readonly current: Dec;
    readonly fixedAssets: Dec;
    readonly total: Dec;
  };
  readonly liabilities: {
    readonly payables: Dec;
    readonly advancesReceived: Dec;
    readonly bankLoans: Dec;
    readonly privateLoans: Dec;
    readonly otherLiabilities: Dec;
    /** Everything: micro-enterprise loans run a year or less, so all liabilities are treated as current. */
    readonly current: Dec;
    readonly total: Dec;
  };
  /** assets − liabilities (所有者权益), exact. */
  readonly equity: Dec;
  /** count: Σ quantity × unit cost of the count lines; reported: balances.inventory; none: neither given. */
  readonly inventorySource: 'count' | 'reported' | 'none';
  readonly inventoryLines: readonly InventoryLineValue[];
  readonly fixedAssetLines: readonly FixedAssetLine[];
}

/** One month, or the year, or the monthly average. */
export interface PnLLine {
  readonly sales: Dec;
  readonly costOfGoodsSold: Dec;
  readonly grossProfit: Dec;
  readonly operatingCosts: Dec;
  /** gross profit − operating costs (经营利润). */
  readonly businessProfit: Dec;
  readonly otherIncome: Dec;
  readonly householdExpenses: Dec;
  /** Instalments on the loans the applicant already has. */
  readonly existingInstalments: Dec;
  /** business profit + other income − household expenses − existing instalments (月可支配盈余). */
  readonly disposableSurplus: Dec;
}

export interface MonthPnL extends PnLLine {
  /** 1 = January. */
  readonly month: number;
}

export interface IncomeStatement {
  /** monthly: the 12-month profile; annual: declared annual sales spread evenly. */
  readonly salesBasis: 'monthly' | 'annual';
  readonly seasonal: boolean;
  /** margin: sales × (1 − gross margin); purchases: annual purchases spread in proportion to sales. */
  readonly costBasis: 'margin' | 'purchases';
  /** gross profit ÷ sales for the year. */
  readonly grossMargin: Dec;
  readonly operatingCostBreakdown: {
    readonly wages: Dec;
    readonly rent: Dec;
    readonly utilities: Dec;
    readonly transport: Dec;
    readonly taxes: Dec;
    readonly other: Dec;
  };
  readonly months: readonly MonthPnL[];
  readonly annual: PnLLine;
  readonly monthlyAverage: PnLLine;
}

/**
 * What a statement note says (its texts are in the catalogs' `decision` section):
 * - `not-reported`: a balance not reported, taken as 0 on the balance sheet;
 * - `no-inventory`: no inventory count and no reported inventory, taken as 0;
 * - `annual-differs`: the annual sales differ from the sum of the monthly sales (`params.monthlySum`), the P&L uses the months;
 * - `no-gross-margin`: no gross margin stated, cost of goods sold taken as the annual purchases;
 * - `no-household`: no household given, household expenses estimated from the policy (`params`: estimate, perPerson, members, region), or 0 without an estimate;
 * - `no-instalment`: a loan without its monthly instalment, estimated from its balance (`params`: estimate, months, monthlyRate), or 0 without an estimate;
 * - `stock-written-down`, `consigned-excluded`, `shelf-price-converted`: what the stock count did to a line
 *   (docs/industry.md, "The stock count"; params in src/stock/index.ts).
 */
export type StatementNoteCode = 'not-reported' | 'no-inventory' | 'annual-differs' | 'no-gross-margin' | 'no-household' | 'no-instalment' | CountNote['code'];

/** Something the statements had to assume because the profile did not say (shown in the report): data, no text. */
export interface StatementNote {
  readonly path: string;
  readonly code: StatementNoteCode;
  /** What the note's text needs: `monthlySum` (decimal string, two places) for `annual-differs`; empty otherwise. */
  readonly params: Readonly<Record<string, string>>;
}

export interface Statements {
  readonly balanceSheet: BalanceSheet;
  readonly incomeStatement: IncomeStatement;
  readonly notes: readonly StatementNote[];
  /** The stock count line by line (condition, ownership, write-down) and its totals; null without count lines. */
  readonly stockCount: StockCount | null;
}

/** The valued stock count (src/stock/index.ts). */
export interface StockCount {
  readonly lines: readonly CountLine[];
  readonly totals: CountTotals;
}

const BALANCE_FIELDS = [
  'cash',
  'bank',
  'receivables',
  'inventory',
  'prepayments',
  'otherAssets',
  'payables',
  'advancesReceived',
  'otherLiabilities',
] as const;

/**
 * Net book value of one fixed asset at the analysis date (straight line, whole months). The accumulated
 * depreciation is rounded to the fen with `rounding` (the policy's mode), so the net book value is in whole fen.
 */
export function valueFixedAsset(
  asset: FixedAssetData,
  analysisDate: CalendarDate,
  rounding: RoundingMode = 'half-up',
): FixedAssetLine {
  const cost = asset.cost;
  const purchaseDate = formatIsoDate(asset.purchaseDate);
  if (asset.appraisedValue !== undefined) {
    const value = roundFen(asset.appraisedValue, rounding);
    return {
      name: asset.name,
      purchaseDate,
      cost,
      basis: 'appraised',
      monthsDepreciated: 0,
      monthlyDepreciation: ZERO,
      accumulatedDepreciation: ZERO,
      netBookValue: value,
    };
  }
  const life = asset.usefulLifeMonths ?? 1;
  const salvage = asset.salvageValue ?? ZERO;
  const months = Math.min(life, wholeMonthsBetween(asset.purchaseDate, analysisDate));
  const depreciable = D.max(cost.minus(salvage), ZERO);
  const monthly = depreciable.div(life);
  const accumulated = roundFen(months === life ? depreciable : monthly.times(months), rounding);
  return {
    name: asset.name,
    purchaseDate,
    cost,
    basis: 'depreciated',
    monthsDepreciated: months,
    monthlyDepreciation: monthly,
    accumulatedDepreciation: accumulated,
    netBookValue: cost.minus(accumulated),
  };
}

/**
 * The balance sheet, every line in whole fen: reported balances, loan balances, counted inventory line values
 * and accumulated depreciation are rounded to the fen with `rounding` (the policy's mode) as they are entered,
 * so the totals are exact sums of fen amounts and equity = assets − liabilities holds exactly in the report.
 */
export function buildBalanceSheet(
  profile: ProfileData,
  notes: StatementNote[] = [],
  rounding: RoundingMode = 'half-up',
  stockPolicy: StockCountPolicy = DEFAULT_STOCK_COUNT_POLICY,
  count?: { value?: StockCount },
): BalanceSheet {
  const fen = (v: Dec) => roundFen(v, rounding);
  const b = profile.balances ?? {};
  const reported = {} as Record<(typeof BALANCE_FIELDS)[number], Dec>;
  for (const field of BALANCE_FIELDS) {
    const v = b[field];
    reported[field] = v === undefined ? ZERO : fen(v);
  }
  for (const field of ['cash', 'bank', 'receivables', 'payables'] as const) {
    if (b[field] === undefined)
      notes.push({ path: `balances.${field}`, code: 'not-reported', params: {} });
  }

  // Each line at cost, written down or left out as its condition and ownership say (src/stock/index.ts).
  const valued = valueCount(profile, stockPolicy, fen, notes);
  if (count !== undefined && valued.lines.length > 0) count.value = valued;
  const inventoryLines: InventoryLineValue[] = valued.lines.map((l) => ({ item: l.item, quantity: l.quantity, unitCost: l.unitCost, value: l.value }));
  let inventory: Dec;
  let inventorySource: BalanceSheet['inventorySource'];
  if (inventoryLines.length > 0) {
    inventory = sum(inventoryLines.map((l) => l.value));
    inventorySource = 'count';
  } else if (b.inventory !== undefined) {
    inventory = reported.inventory;
    inventorySource = 'reported';
  } else {
    inventory = ZERO;
    inventorySource = 'none';
    notes.push({ path: 'balances.inventory', code: 'no-inventory', params: {} });
  }

  const fixedAssetLines = (profile.fixedAssets ?? []).map((a) => valueFixedAsset(a, profile.analysisDate, rounding));
  const fixedAssets = sum(fixedAssetLines.map((l) => l.netBookValue));

  const loans = profile.loans ?? [];
  const bankLoans = sum(loans.filter((l) => l.kind === 'bank').map((l) => fen(l.balance)));
  const privateLoans = sum(loans.filter((l) => l.kind === 'private').map((l) => fen(l.balance)));

  const current = sum([reported.cash, reported.bank, reported.receivables, inventory, reported.prepayments, reported.otherAssets]);
  const totalAssets = current.plus(fixedAssets);
  const totalLiabilities = sum([
    reported.payables,
    reported.advancesReceived,
    bankLoans,
    privateLoans,
    reported.otherLiabilities,
  ]);
  return {
    assets: {
      cash: reported.cash,
      bank: reported.bank,
      receivables: reported.receivables,
      inventory,
      prepayments: reported.prepayments,
      otherAssets: reported.otherAssets,
      current,
      fixedAssets,
      total: totalAssets,
    },
    liabilities: {
      payables: reported.payables,
      advancesReceived: reported.advancesReceived,
      bankLoans,
      privateLoans,
      otherLiabilities: reported.otherLiabilities,
      current: totalLiabilities,
      total: totalLiabilities,
    },
    equity: totalAssets.minus(totalLiabilities),
    inventorySource,
    inventoryLines,
    fixedAssetLines,
  };
}

function pnlLine(
  sales: Dec,
  costOfGoodsSold: Dec,
  operatingCosts: Dec,
  otherIncome: Dec,
  householdExpenses: Dec,
  existingInstalments: Dec,
): PnLLine {
  const grossProfit = sales.minus(costOfGoodsSold);
  const businessProfit = grossProfit.minus(operatingCosts);
  return {
    sales,
    costOfGoodsSold,
    grossProfit,
    operatingCosts,
    businessProfit,
    otherIncome,
    householdExpenses,
    existingInstalments,
    disposableSurplus: businessProfit.plus(otherIncome).minus(householdExpenses).minus(existingInstalments),
  };
}

/** Figures the profile leaves out are the shared ZERO (no Decimal made for them). */
export function buildIncomeStatement(profile: ProfileData, notes: StatementNote[] = [], assumed?: CapacityAssumptions): IncomeStatement {
  const monthlySales: readonly Dec[] | undefined = profile.sales.monthly;
  const annualSales = monthlySales ? sum(monthlySales) : profile.sales.annual ?? ZERO;
  const flatMonth = monthlySales ? undefined : annualSales.div(12);
  const months = monthlySales ?? Array.from({ length: 12 }, () => flatMonth as Dec);
  if (monthlySales && profile.sales.annual !== undefined && !profile.sales.annual.eq(annualSales))
    notes.push({ path: 'sales.annual', code: 'annual-differs', params: { monthlySum: annualSales.toFixed(2) } });
  const seasonal = monthlySales ? monthlySales.some((m) => !m.eq(monthlySales[0] ?? ZERO)) : false;

  // Cost of goods sold as a share of sales: from the margin when stated, else from purchases.
  let costShare: Dec;
  let costBasis: IncomeStatement['costBasis'];
  if (profile.grossMargin !== undefined) {
    costShare = ONE.minus(profile.grossMargin);
    costBasis = 'margin';
  } else {
    const purchases = profile.purchases?.annual ?? ZERO;
    costShare = annualSales.isZero() ? ZERO : purchases.div(annualSales);
    costBasis = 'purchases';
    notes.push({ path: 'grossMargin', code: 'no-gross-margin', params: {} });
  }

  const oc = profile.operatingCosts ?? {};
  const breakdown = {
    wages: oc.wages ?? ZERO,
    rent: oc.rent ?? ZERO,
    utilities: oc.utilities ?? ZERO,
    transport: oc.transport ?? ZERO,
    taxes: oc.taxes ?? ZERO,
    other: oc.other ?? ZERO,
  };
  const monthlyOperating = sum(Object.values(breakdown));
  const otherIncome = profile.household?.otherMonthlyIncome ?? ZERO;
  // Without `assumed` (the monitor) a missing figure counts 0; with it, the policy's estimate (src/decision/assumptions.ts).
  const household = profile.household?.monthlyExpenses ?? assumed?.household?.monthly ?? ZERO;
  if (profile.household === undefined)
    notes.push({ path: 'household', code: 'no-household', params: assumed?.household ? householdNoteParams(assumed.household) : {} });
  const loans = profile.loans ?? [];
  const estimates = new Map((assumed?.instalments ?? []).map((e) => [e.index, e]));
  // the household's own debts outside the business too (docs/capacity.md), unless listed in loans as well
  const instalments = sum(loans.map((l, i) => l.monthlyInstalment ?? estimates.get(i)?.monthly ?? ZERO)).plus(householdInstalments(profile));
  loans.forEach((l, i) => {
    const e = estimates.get(i);
    if (l.monthlyInstalment === undefined && !l.balance.isZero())
      notes.push({ path: `loans[${i}].monthlyInstalment`, code: 'no-instalment', params: e ? instalmentNoteParams(e) : {} });
  });

  // A month with the same sales as the month before (flat sales: all twelve) shares its line's figures: the
  // same Decimals, computed once (the report then writes them once, see serializeIncomeStatement).
  let previous: PnLLine | null = null;
  const monthLines: MonthPnL[] = months.map((sales, i) => {
    const line: PnLLine =
      previous !== null && previous.sales.eq(sales)
        ? previous
        : pnlLine(sales, sales.times(costShare), monthlyOperating, otherIncome, household, instalments);
    previous = line;
    return {
      month: i + 1,
      sales: line.sales,
      costOfGoodsSold: line.costOfGoodsSold,
      grossProfit: line.grossProfit,
      operatingCosts: line.operatingCosts,
      businessProfit: line.businessProfit,
      otherIncome: line.otherIncome,
      householdExpenses: line.householdExpenses,
      existingInstalments: line.existingInstalments,
      disposableSurplus: line.disposableSurplus,
    };
  });
  const annualCost = annualSales.times(costShare);
  const annual = pnlLine(
    annualSales,
    annualCost,
    monthlyOperating.times(12),
    otherIncome.times(12),
    household.times(12),
    instalments.times(12),
  );
  const monthlyAverage = pnlLine(
    flatMonth ?? annualSales.div(12),
    annualCost.div(12),
    monthlyOperating,
    otherIncome,
    household,
    instalments,
  );
  return {
    salesBasis: monthlySales ? 'monthly' : 'annual',
    seasonal,
    costBasis,
    grossMargin: annualSales.isZero() ? ZERO : annual.grossProfit.div(annualSales),
    operatingCostBreakdown: breakdown,
    months: monthLines,
    annual,
    monthlyAverage,
  };
}

/**
 * Both statements and the notes on what they assumed; balance-sheet lines rounded to the fen with `rounding` (the
 * policy's mode); the stock count valued under `stockPolicy` (policy.stockCount); missing household expenses and
 * instalments estimated by `assumed` (src/decision/assumptions.ts; left out, they count 0, as in the monitor).
 */
export function buildStatements(
  profile: ProfileData,
  rounding: RoundingMode = 'half-up',
  stockPolicy: StockCountPolicy = DEFAULT_STOCK_COUNT_POLICY,
  assumed?: CapacityAssumptions,
): Statements {
  const notes: StatementNote[] = [];
  const count: { value?: StockCount } = {};
  const balanceSheet = buildBalanceSheet(profile, notes, rounding, stockPolicy, count);
  const incomeStatement = buildIncomeStatement(profile, notes, assumed);
  return { balanceSheet, incomeStatement, notes, stockCount: count.value ?? null };
}
