/**
 * The spreadsheet functions as flat, pure functions: cell values in, cell values out. They never throw:
 * a bad argument gives a `SheetError` (#VALUE! with the reason), which each adapter (Excel, Apps Script,
 * HyperFormula) maps to its engine's error. Formulas and defaults are those of the library:
 * turnover balances from `expectedBalance` (rules/turnover.ts), equity from `expectedEquity`
 * (equity/), instalments and schedules from capacity/schedule.ts, flags from `analyze`.
 */
import { type ScheduleRow, scheduleFromInput } from '../capacity/schedule.js';
import { seasonalPlanFromInput } from '../capacity/seasonal-plan.js';
import { expectedEquity } from '../equity/index.js';
import { DECIMAL_STRING, ONE } from '../money/index.js';
import { REPAYMENT_METHODS, type RepaymentMethod } from '../profile/schema.js';
import { analyze } from '../report/analyze.js';
import { expectedBalance } from '../rules/turnover.js';
import { SHEET_FUNCTIONS, type SheetFunctionId, type SheetFunctionInfo } from './catalog.js';
import {
  type CellScalar,
  isEmptyCell,
  isSheetError,
  moneyCell,
  ratioCell,
  readChoice,
  readDate,
  readDecimal,
  readNonNegative,
  readWholeNumber,
  type SheetError,
  type SheetResult,
  sheetError,
} from './cells.js';
import { sheetFields } from './fields.js';
import { profileFromRange } from './profile-range.js';

/** The first SheetError among the values, if any. */
function firstError(values: readonly unknown[]): SheetError | undefined {
  return values.find(isSheetError) as SheetError | undefined;
}

/** Turnover days are whole days up to ten years; the basis 360 (the source's 30-day month) or 365. */
function turnover(flowName: string, flow: unknown, days: unknown, basis: unknown): SheetResult {
  const f = readNonNegative(flow, flowName);
  const d = readWholeNumber(days, 'days', 0, 3650);
  const b = readChoice(basis, 'basis', [360, 365] as const, 360);
  const error = firstError([f, d, b]);
  if (error) return error;
  return moneyCell(expectedBalance(f as Exclude<typeof f, SheetError>, ONE, d as number, b as number));
}

/**
 * Expected receivables = sales × days / basis, to the fen.
 * @example receivables(12000000, 45) //=> 1500000   (12,000,000 × 45 / 360)
 */
export function receivables(sales: unknown, days: unknown, basis?: unknown): SheetResult {
  return turnover('sales', sales, days, basis);
}

/**
 * Expected payables = purchases × days / basis, to the fen (the flow is whatever the analyst passes).
 * @example payables(12000000, 30) //=> 1000000   (12,000,000 × 30 / 360, as the source computes it)
 */
export function payables(purchases: unknown, days: unknown, basis?: unknown): SheetResult {
  return turnover('purchases', purchases, days, basis);
}

/**
 * Expected inventory = cost of goods sold × days of stock / basis, to the fen.
 * @example inventory(10200000, 36) //=> 1020000
 */
export function inventory(cogs: unknown, days: unknown, basis?: unknown): SheetResult {
  return turnover('cogs', cogs, days, basis);
}

/**
 * (declared − estimate) / declared as a fraction; #DIV/0! when nothing was declared.
 * @example deviation(2600000, 1500000) //=> 0.4230769230769231
 */
export function deviation(declared: unknown, estimate: unknown): SheetResult {
  const d = readDecimal(declared, 'declared');
  const e = readDecimal(estimate, 'estimate');
  if (isSheetError(d)) return d;
  if (isSheetError(e)) return e;
  if (d.isZero()) return sheetError('declared is zero: the deviation is relative to the declared figure', '#DIV/0!');
  // a tiny declared figure (5e-324) gives a ratio beyond any cell number: an error, never ±Infinity
  const ratio = ratioCell(d.minus(e).div(d));
  if (!Number.isFinite(ratio)) return sheetError('the deviation is too large to show: the declared figure is too small');
  return ratio;
}

/**
 * initial + profits − withdrawals + injections − depreciation, to the fen (any term may be negative,
 * as in the profile's history: a loss, a revaluation down).
 * @example equity(500000, 4880000, 3300000, 100000, 72000) //=> 2108000
 */
export function equity(
  initial: unknown,
  profits: unknown,
  withdrawals: unknown,
  injections: unknown,
  depreciation: unknown,
): SheetResult {
  const terms = {
    initial: readDecimal(initial, 'initial'),
    profits: readDecimal(profits, 'profits'),
    withdrawals: readDecimal(withdrawals, 'withdrawals'),
    injections: readDecimal(injections, 'injections'),
    depreciation: readDecimal(depreciation, 'depreciation'),
  };
  const error = firstError(Object.values(terms));
  if (error) return error;
  return moneyCell(expectedEquity(terms as { [K in keyof typeof terms]: Exclude<(typeof terms)[K], SheetError> }));
}

const METHOD_ALIASES: Readonly<Record<string, RepaymentMethod>> = {
  等额本息: 'annuity',
  等额本金: 'equal-principal',
};

/** Reads the loan arguments and builds the schedule with the library's validation (scheduleFromInput). */
function schedule(amount: unknown, monthlyRate: unknown, months: unknown, method: unknown, startDate: unknown) {
  const a = readDecimal(amount, 'amount');
  const r = readDecimal(monthlyRate, 'monthlyRate');
  const n = readWholeNumber(months, 'months', 1, 360);
  const m = readChoice(method, 'method', REPAYMENT_METHODS, 'annuity', METHOD_ALIASES);
  const s = isEmptyCell(startDate) ? undefined : readDate(startDate, 'startDate');
  const error = firstError([a, r, n, m, s]);
  if (error) return error;
  const result = scheduleFromInput({
    amount: (a as Exclude<typeof a, SheetError>).toFixed(),
    monthlyRate: (r as Exclude<typeof r, SheetError>).toFixed(),
    months: n,
    method: m,
    ...(s === undefined ? {} : { startDate: s }),
  });
  if (!result.ok) return sheetError(result.errors.map((e) => `${e.path} ${e.message.en}`).join('; '));
  return result.schedule;
}

/**
 * The monthly instalment to the fen (the first, largest, payment for equal principal).
 * @example installment(100000, 0.0129, 12) //=> 9048.5   (PMT(1.29%, 12, 100000) = 9,048.4965…)
 */
export function installment(amount: unknown, monthlyRate: unknown, months: unknown, method?: unknown): SheetResult {
  const s = schedule(amount, monthlyRate, months, method, undefined);
  return isSheetError(s) ? s : moneyCell(s.instalment);
}

export const SCHEDULE_HEADER = ['period', 'due date', 'opening balance', 'payment', 'interest', 'principal', 'closing balance'];

/** A schedule row as the sheet's cells (the columns of SCHEDULE_HEADER). */
function scheduleCells(row: ScheduleRow) {
  return [row.period, row.dueDate ?? '', moneyCell(row.openingBalance), moneyCell(row.payment), moneyCell(row.interest), moneyCell(row.principal), moneyCell(row.closingBalance)];
}

/** The schedule with a header row; due dates as ISO text (empty without a start date). */
export function scheduleTable(
  amount: unknown,
  monthlyRate: unknown,
  months: unknown,
  method?: unknown,
  startDate?: unknown,
): SheetResult {
  const s = schedule(amount, monthlyRate, months, method, startDate);
  if (isSheetError(s)) return s;
  return [
    SCHEDULE_HEADER,
    ...s.rows.map(scheduleCells),
  ];
}

/** A cell or a range's non-empty cells, in reading order. */
const cells = (value: unknown): unknown[] => (Array.isArray(value) ? value.flat(2) : [value]).filter((v) => !isEmptyCell(v));

/** A shape's numbers: decimal texts as they are, numbers through the library's conversion; anything else kept for the schema to reject. */
const shapeNumber = (v: unknown): unknown => {
  const d = readDecimal(v, 'shape');
  return isSheetError(d) ? v : d.isInteger() ? d.toNumber() : d.toFixed();
};

/**
 * A seasonal plan spilled like SCHEDULE (the same header).
 * @example seasonalSchedule(12000, 0.01, 3, 'balloon', 2) // payments 3120, 6090, 3030
 */
export function seasonalSchedule(
  amount: unknown,
  monthlyRate: unknown,
  months: unknown,
  kind: unknown,
  shape: unknown,
  startDate?: unknown,
  balloonShare?: unknown,
): SheetResult {
  const a = readDecimal(amount, 'amount');
  const r = readDecimal(monthlyRate, 'monthlyRate');
  const n = readWholeNumber(months, 'months', 1, 360);
  const k = readChoice(kind, 'kind', ['interest-only', 'grace', 'proportional', 'balloon'] as const, 'proportional');
  const s = isEmptyCell(startDate) ? undefined : readDate(startDate, 'startDate');
  const share = isEmptyCell(balloonShare) ? undefined : readDecimal(balloonShare, 'balloonShare');
  const error = firstError([a, r, n, k, s, share]);
  if (error) return error;
  const values = cells(shape).map(shapeNumber);
  const one = values[0];
  const field =
    k === 'interest-only'
      ? { interestOnlyPeriods: values }
      : k === 'grace'
        ? { graceMonths: one }
        : k === 'proportional'
          ? { weights: values.map((v) => (typeof v === 'number' ? String(v) : v)) }
          : { balloonPeriod: one, ...(share === undefined ? {} : { balloonShare: (share as Exclude<typeof share, SheetError>).toFixed() }) };
  const result = seasonalPlanFromInput({
    amount: (a as Exclude<typeof a, SheetError>).toFixed(),
    monthlyRate: (r as Exclude<typeof r, SheetError>).toFixed(),
    months: n,
    kind: k,
    ...field,
    ...(s === undefined ? {} : { startDate: s }),
  });
  if (!result.ok) return sheetError(result.errors.map((e) => `${e.path === 'kind' ? 'kind' : 'shape'} ${e.message.en}`).join('; '));
  return [
    SCHEDULE_HEADER,
    ...result.plan.rows.map(scheduleCells),
  ];
}

export const ANALYZE_HEADER = ['code', 'severity', 'message', 'expected', 'observed'];

/** A flag figure: a decimal string becomes a number; null becomes an empty cell. */
function figure(value: string | null): CellScalar {
  if (value === null) return '';
  return DECIMAL_STRING.test(value) ? Number(value) : value;
}

/**
 * Runs the analysis on a two-column range (field path | value) and spills the flags, then one row per
 * rule that could not run (severity `skipped`, the reason as message) so silence is never read as a pass.
 */
export function analyzeRange(range: unknown, lang?: unknown): SheetResult {
  const language = readChoice(lang, 'lang', ['en', 'zh'] as const, 'en');
  if (isSheetError(language)) return language;
  const input = profileFromRange(range, sheetFields());
  if (isSheetError(input)) return input;
  const result = analyze(input.profile, { policy: input.policy });
  if (!result.ok) return sheetError(result.errors.map((e) => `${e.path}: ${e.message[language]}`).join('; '));
  const { flags, rules } = result.report;
  return [
    ANALYZE_HEADER,
    ...flags.map((f) => [f.code, f.severity, f.message[language], figure(f.expected), figure(f.observed)]),
    ...rules
      .filter((r) => r.status === 'skipped')
      .map((r) => [r.codes.join(', '), 'skipped', r.reason?.[language] ?? '', '', '']),
  ];
}

export const SCHEMA_HEADER = ['field', 'type', 'required', 'default'];

/** The field paths ANALYZE reads, from the schemas at run time. */
export function schemaTable(): SheetResult {
  return [
    SCHEMA_HEADER,
    ...sheetFields().map((f) => [
      f.path,
      f.kind === 'choice' ? `one of: ${(f.choices ?? []).join(', ')}` : f.kind,
      f.required ? 'yes' : 'no',
      f.default === undefined ? '' : typeof f.default === 'object' ? JSON.stringify(f.default) : (f.default as CellScalar),
    ]),
  ];
}

/** The implementation of each catalog id. */
export const SHEET_IMPLEMENTATIONS: Readonly<Record<SheetFunctionId, (...args: unknown[]) => SheetResult>> = {
  RECEIVABLES: receivables,
  PAYABLES: payables,
  INVENTORY: inventory,
  DEVIATION: deviation,
  EQUITY: equity,
  INSTALLMENT: installment,
  SCHEDULE: scheduleTable,
  SEASONAL_SCHEDULE: seasonalSchedule,
  ANALYZE: analyzeRange,
  SCHEMA: schemaTable,
};

/**
 * Calls a function by id, for adapters. Never throws: an unknown id, too many arguments, or a bug
 * inside is a SheetError.
 */
export function callSheetFunction(id: string, args: readonly unknown[]): SheetResult {
  const info: SheetFunctionInfo | undefined = SHEET_FUNCTIONS.find((f) => f.id === id);
  if (!info) return sheetError(`unknown function ${id}`);
  const fn = SHEET_IMPLEMENTATIONS[info.id as SheetFunctionId];
  const arity = info.parameters.length;
  if (args.length > arity) return sheetError(`${id} takes at most ${arity} argument${arity === 1 ? '' : 's'}`);
  try {
    return fn(...args);
  } catch (error) {
    return sheetError(`xcheck failed (a bug, please report it): ${error instanceof Error ? error.message : String(error)}`);
  }
}
