/**
 * The shape of the catalog's `memo` section (filled in src/locales/en/memo.ts and src/locales/zh/memo.ts):
 * every label, heading and sentence of the credit memo (src/report/markdown.ts) and of its capacity sections
 * (src/report/capacity-markdown.ts). Figures arrive as they are written in the report (decimal strings already
 * grouped, percentages already made): the section only puts them into words.
 */
import type { Severity } from '../../rules/types.js';
import type { GuaranteesMemoTexts } from './guarantees.js';
import type { MemoHouseholdTexts } from './memo-household.js';

/** The balance-sheet lines the memo shows. */
export type BalanceSheetLine =
  | 'cash'
  | 'bank'
  | 'receivables'
  | 'inventory'
  | 'prepayments'
  | 'otherAssets'
  | 'current'
  | 'fixedAssets'
  | 'total'
  | 'payables'
  | 'advancesReceived'
  | 'bankLoans'
  | 'privateLoans'
  | 'otherLiabilities';

/** The P&L lines (the keys of the report's P&L line). */
export type PnLLineKey =
  | 'sales'
  | 'costOfGoodsSold'
  | 'grossProfit'
  | 'operatingCosts'
  | 'businessProfit'
  | 'otherIncome'
  | 'householdExpenses'
  | 'existingInstalments'
  | 'disposableSurplus';

/** The equity reconciliation's rows, in the memo's order. */
export type EquityLine =
  | 'initialEquity'
  | 'profits'
  | 'withdrawals'
  | 'injections'
  | 'depreciation'
  | 'expectedEquity'
  | 'balanceSheetEquity'
  | 'gap';

import type { CrossCheckTableTexts } from './crosschecks.js';

export interface MemoTexts {
  /** The memo's title (贷款调查报告). */
  readonly title: string;
  /** "label: value" as the language writes it ("Expected: 1,000.00" / "应为：1,000.00"). */
  readonly field: (label: string, value: string) => string;
  /** A list of short items: ", " / "、". */
  readonly list: (items: readonly string[]) => string;
  /** A list of longer items that may hold commas themselves (titles): "; " / "；". */
  readonly longList: (items: readonly string[]) => string;
  /** A thing named by its label, its code or path after it: "Debt too high (LEVERAGE_HIGH)" / "负债过高（LEVERAGE_HIGH）". */
  readonly named: (label: string, code: string) => string;
  /** A calendar month by name, 1 = January: "September" / "9月". */
  readonly month: (month: number) => string;

  /** The header line's labels. */
  readonly header: { readonly analysisDate: string; readonly industry: string; readonly kind: string; readonly started: string };
  /** Business kinds (profile `business.kind`). */
  readonly kinds: Readonly<Record<string, string>>;

  readonly summary: {
    readonly heading: string;
    readonly sentence: (s: { critical: number; warning: number; info: number; rulesRun: number; rulesSkipped: number }) => string;
  };

  readonly flags: {
    readonly heading: string;
    readonly none: string;
    /** The heading of a severity group, with its count. */
    readonly group: (severity: Severity, count: number) => string;
    /** A flag's heading: its title and its code. */
    readonly flag: (code: string, title: string) => string;
    readonly formula: string;
    readonly computation: string;
    readonly expected: string;
    readonly observed: string;
    readonly range: string;
    readonly deviation: string;
    /** The deviation's figure: the absolute deviation and the relative one (both already formatted). */
    readonly deviationValue: (absolute: string, relative: string) => string;
    /**
     * The allowed range in words (bounds already formatted, null for an open side): "from A to B", "at least A",
     * "at most B" / "A 至 B"、"不低于 A"、"不超过 B". Written by `rangeSentence` (src/locales/figures.ts).
     */
    readonly rangeText: (min: string | null, max: string | null) => string;
    /**
     * A figure beyond a bound of the allowed range: the side, the bound and by how much (unsigned, already
     * formatted; in percentage points when `points`): "above the 70.00% limit by 23.61 points" /
     * "超出70.00%上限23.61个百分点".
     */
    readonly beyond: (side: 'above' | 'below', bound: string, by: string, points: boolean) => string;
    /**
     * A deviation from the expected figure (or, with `expected` null, on its own): side, size (unsigned, in
     * percentage points when `points`), the expected figure and the relative deviation (signed percentage, or
     * null): "1,100,000.00 above the expected 1,500,000.00 (+73.33%)" / "比应为值 1,500,000.00 高 1,100,000.00（+73.33%）";
     * side `none`: no deviation ("none" / "无").
     */
    readonly deviationText: (d: {
      readonly side: 'above' | 'below' | 'none';
      readonly by: string;
      readonly points: boolean;
      readonly expected: string | null;
      readonly relative: string | null;
    }) => string;
    readonly inputs: string;
    /** One input: its label, its value, whether the value is a default. */
    readonly input: (label: string, value: string, defaulted: boolean) => string;
    readonly inputSeparator: string;
    readonly evidence: string;
    readonly questions: string;
  };

  /**
   * Keywords an input's text value may hold (policy and profile keywords: `annuity`, `worst-month`, evidence
   * kinds, `true`), each with its word. A value is a keyword or a ", "-separated list of them; the memo shows
   * anything else as data.
   */
  readonly values: Readonly<Record<string, string>>;
  /** A text value that is not (only) keywords, shown as data (in a language not its own: as code). */
  readonly data: (value: string) => string;
  /** Labels of profile paths (`balances.cash`, `loanRequest`), for notes, skipped inputs and the talking-habit table. */
  readonly paths: Readonly<Record<string, string>>;
  /** A path with an index: `loans[2].monthlyInstalment` → ("loans", 2, "monthlyInstalment"), or `sales.monthly[8]` → ("sales.monthly", 8, ""). */
  readonly indexedPath: (head: string, index: number, tail: string) => string | undefined;
  /** A profile path as the memo names it, with its label when there is one. */
  readonly path: (path: string, label: string | undefined) => string;

  readonly selfReport: {
    readonly heading: string;
    readonly habits: Readonly<Record<string, string>>;
    readonly sentence: (habit: string, factor: string) => string;
    readonly none: string;
    readonly columns: readonly [field: string, original: string, factor: string, adjusted: string, change: string];
  };

  readonly balanceSheet: {
    readonly heading: string;
    readonly assets: string;
    readonly liabilitiesAndEquity: string;
    readonly amount: string;
    readonly lines: Readonly<Record<BalanceSheetLine, string>>;
    readonly equity: string;
  };

  readonly incomeStatement: {
    readonly heading: string;
    readonly item: string;
    readonly annual: string;
    readonly monthly: string;
    readonly month: string;
    readonly lines: Readonly<Record<PnLLineKey, string>>;
    /** The monthly table's disposable-surplus column (月可支配收入). */
    readonly monthlySurplus: string;
    readonly grossMargin: string;
  };

  readonly equity: {
    readonly heading: string;
    readonly skipped: (reason: string) => string;
    readonly period: (start: string, end: string, months: number, profitsEstimated: boolean) => string;
    readonly lines: Readonly<Record<EquityLine, string>>;
    readonly gapShareOfEquity: string;
    readonly gapShareOfProfits: string;
  };

  readonly rules: {
    readonly heading: string;
    readonly ran: (id: string, title: string, flags: number) => string;
    readonly skipped: (id: string, title: string, reason: string) => string;
    /** A check skipped for missing inputs: the inputs, each already named. */
    readonly missing: (inputs: readonly string[]) => string;
  };

  readonly notes: {
    readonly heading: string;
    /** One note: the path (already named) and what was assumed. */
    readonly note: (path: string, message: string) => string;
  };

  readonly recommendation: {
    readonly heading: string;
    /** The requested loan: amount, term, monthly rate (a percentage), method. */
    readonly requested: (amount: string, termMonths: number, monthlyRate: string, method: string) => string;
    /** The largest affordable amount and its exact value before rounding. */
    readonly maxAmount: (max: string, exact: string) => string;
    readonly reasons: string;
    readonly notes: string;
    /** A stress line: the limit ('limit') or a month uncovered even with the buffer ('shortfall'), and the sales change. */
    readonly stress: (kind: 'limit' | 'shortfall', change: string) => string;
    /** How far sales may drop before the line is crossed (a percentage). */
    readonly holdsUntil: (drop: string) => string;
    /** The line is already crossed: sales would have to rise by that much (a percentage). */
    readonly alreadyCrossed: (rise: string) => string;
    readonly alternatives: string;
    /** In place of the stress lines and the alternatives when the analysis ran without the extras. */
    readonly extrasNotComputed: string;
    readonly term: string;
    readonly maxAmountColumn: string;
    readonly instalment: string;
    readonly totalInterest: string;
    readonly covers: string;
    readonly yes: string;
    readonly no: string;
  };

  /** Repayment methods (`annuity`, `equal-principal`). */
  readonly methods: Readonly<Record<string, string>>;

  readonly schedule: {
    readonly heading: string;
    readonly period: string;
    readonly due: string;
    readonly payment: string;
    readonly interest: string;
    readonly principal: string;
    readonly balance: string;
    readonly totals: (method: string, totalInterest: string, totalPaid: string, effectiveAnnualRate: string) => string;
  };

  readonly capacity: {
    readonly heading: string;
    /** The limit (a percentage), whether it holds every month or over the term, the opening buffer and the disbursement date. */
    readonly terms: (limit: string, basis: 'worst-month' | 'whole-term', openingBuffer: string, startDate: string) => string;
    readonly surplus: string;
    readonly ratio: string;
    readonly net: string;
    readonly buffer: string;
    readonly status: string;
    readonly covered: string;
    readonly byBuffer: string;
    /** A month the surplus and the buffer do not cover, with its gap. */
    readonly uncovered: (gap: string) => string;
    /** A month's status when its ratio is over the limit: the status and the `beyond` sentence ("covered; above the 70.00% limit by 23.61 points"). */
    readonly overLimit: (status: string, beyond: string) => string;
  };

  readonly funding: {
    readonly heading: string;
    readonly usingMoney: (averageMonthlySales: string, months: string) => string;
    readonly holdingCash: (months: string) => string;
    readonly disbursement: (month: string) => string;
    readonly trough: (month: string, deposits: string) => string;
    /** No month to name. */
    readonly none: string;
    /** In place of the plan when the analysis ran without the extras. */
    readonly notComputed: string;
  };

  /** The HTML memo's own texts (src/html, docs/html.md); the rest of the HTML memo reuses the keys above. */
  readonly html: MemoHtmlTexts;
  /** The cross-check table and the dated equity walk (src/locales/sections/crosschecks.ts). */
  readonly crossCheckTable: CrossCheckTableTexts;
  /** The guarantors, collateral and soft-information sections (src/locales/sections/guarantees.ts). */
  readonly guarantees: GuaranteesMemoTexts;
  /** The household balance sheet and the credit report (src/locales/sections/memo-household.ts). */
  readonly household: MemoHouseholdTexts;
  /** The funding plan's cash-model lines (docs/capacity.md §4). */
  readonly cashModel: {
    /** The peak working-capital need (money) and its month (named), and the part the cash and bank do not carry. */
    readonly peakNeed: (need: string, month: string, gap: string) => string;
    /** The idle months (named) and the slow months for repayment (named). */
    readonly idleAndSlow: (idle: string, slow: string) => string;
    /** In place of the disbursement month when the cash model finds no stock build-up. */
    readonly noBuildUp: string;
  };

  /** The proposed seasonal repayment plan (report `recommendation.seasonalPlan`, docs/capacity.md §6). */
  readonly seasonalPlan: {
    readonly heading: string;
    /** Why the plan: equal instalments fail in these periods, the year covers them. */
    readonly why: (slowPeriods: string) => string;
    /** The plan's kind (`interest-only`, `grace`, `proportional`, `balloon`) as a phrase. */
    readonly kinds: Readonly<Record<string, string>>;
    /** The plan, its total interest, total paid and effective annual rate. */
    readonly summary: (kind: string, totalInterest: string, totalPaid: string, effectiveAnnualRate: string) => string;
    /** Its worst period against the limit. */
    readonly worst: (ratio: string, limit: string) => string;
  };
  /** The stock count and the fixed-asset schedule (src/report/markdown-stock.ts, src/html/stock.ts). */
  readonly stock: MemoStockTexts;
}

/** The memo's stock count (点货) and fixed-asset schedule. */
export interface MemoStockTexts {
  readonly heading: string;
  readonly columns: {
    readonly item: string;
    readonly location: string;
    readonly condition: string;
    readonly ownership: string;
    readonly valuation: string;
    readonly method: string;
    readonly quantity: string;
    readonly unitCost: string;
    readonly costValue: string;
    readonly writeDown: string;
    readonly value: string;
  };
  readonly conditions: Readonly<Record<'current' | 'slow-moving' | 'unsaleable', string>>;
  readonly ownership: Readonly<Record<'owned' | 'consigned', string>>;
  readonly valuations: Readonly<Record<'cost' | 'shelf-price', string>>;
  readonly methods: Readonly<Record<'estimate' | 'stock-list' | 'counted', string>>;
  /** The count's totals as a sentence (amounts already grouped). */
  readonly totals: (t: { readonly atCost: string; readonly writtenDown: string; readonly consigned: string; readonly carried: string }) => string;
  readonly fixedAssets: {
    readonly heading: string;
    readonly columns: {
      readonly name: string;
      readonly purchaseDate: string;
      readonly cost: string;
      readonly basis: string;
      readonly months: string;
      readonly monthly: string;
      readonly accumulated: string;
      readonly netBookValue: string;
    };
    readonly bases: Readonly<Record<'depreciated' | 'appraised', string>>;
  };
}

/** The HTML memo's own labels and sentences (src/html/memo.ts, src/html/charts.ts). */
export interface MemoHtmlTexts {
  /** The document's language tag (`<html lang>`). */
  readonly lang: string;
  /** A month's short name for a chart's axis, 1 = January: "Sep" / "9月". */
  readonly monthShort: (month: number) => string;
  /** The decision banner's heading. */
  readonly decision: string;
  /** The banner without a loan request. */
  readonly noRequest: string;
  /** The amount the decision grants (already grouped), or null when it grants none. */
  readonly amount: (amount: string | null) => string;
  /** The cross-check table: its heading and columns. */
  readonly crossChecks: string;
  readonly columns: { readonly check: string; readonly status: string; readonly flags: string };
  readonly ran: string;
  readonly skipped: (reason: string) => string;
  /** Severities as a badge. */
  readonly severities: Readonly<Record<Severity, string>>;
  /**
   * A deviation as a sentence: the reported figure above or below the expected one by `amount` (already
   * formatted; percentage points when `points`), and the relative deviation (a signed percentage) when there is one.
   */
  readonly deviation: (d: { readonly above: boolean; readonly amount: string; readonly points: boolean; readonly relative: string | null }) => string;
  /** The allowed range as a sentence: either end may be open (null). */
  readonly range: (min: string | null, max: string | null) => string;
  /** A table row or a chart month over the limit. */
  readonly overLimit: string;
  /** The months over the limit (already named), with the limit (a percentage); none when the list is empty. */
  readonly monthsOver: (months: readonly string[], limit: string) => string;
  readonly charts: {
    readonly capacity: string;
    readonly capacityDescription: (limit: string) => string;
    readonly surplus: string;
    readonly instalment: string;
    /** The limit line's legend: the most the instalment may take of the surplus (a percentage). */
    readonly limitLine: (limit: string) => string;
    readonly waterfall: string;
    readonly waterfallDescription: string;
    /** Short names of the waterfall's steps. */
    readonly steps: Readonly<Record<EquityLine, string>>;
    readonly sales: string;
    readonly salesDescription: string;
    readonly declared: string;
    /** The tolerance band of one estimate: its ends (already grouped) and the tolerance (a percentage). */
    readonly band: (min: string, max: string, tolerance: string) => string;
  };
  /** `--format pdf` without a browser: what to install. */
  readonly pdfUnavailable: (detail: string) => string;
}
