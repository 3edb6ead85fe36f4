/**
 * Industry benchmarks (docs/industry.md): what is usual for a trade, looked up by its GB/T 4754-2017 code in
 * the bank's rows (`policy.industry.benchmarks`) and the built-in table (src/industry/table.ts). Pure.
 */
import { type Dec, toDecimal } from '../money/index.js';
import type { Policy } from '../profile/policy.js';
import { GRADES, type Grade, INDUSTRY_TABLE, INDUSTRY_TABLE_VERSION, type IndustryRow } from './table.js';

export { GRADES, INDUSTRY_TABLE, INDUSTRY_TABLE_VERSION, type Grade, type IndustryRow } from './table.js';

/** A metric's five grade values as Decimals. */
export type GradedValues = Readonly<Record<Grade, Dec>>;

/** The benchmark of one trade, as the checks and the cash model read it. */
export interface IndustryBenchmark {
  /** The row's code (the longest that starts the profile's code). */
  readonly code: string;
  readonly name: string | null;
  /** built-in: the shipped table (`tableVersion`); policy: the bank's row `policy.industry.benchmarks[index]`. */
  readonly origin: 'built-in' | 'policy';
  readonly index: number | null;
  readonly tableVersion: string | null;
  /** Where the row comes from: `indicative`, `published` (built-in rows) or `bank` (a policy row). */
  readonly basis: 'indicative' | 'published' | 'bank';
  readonly source: string | null;
  readonly grossMargin: GradedValues | null;
  readonly stockMonths: GradedValues | null;
  readonly customerDays: GradedValues | null;
  readonly supplierDays: GradedValues | null;
  /** Twelve monthly indices, January first, mean 1; null where not known. */
  readonly salesSeasonality: readonly Dec[] | null;
  readonly purchaseSeasonality: readonly Dec[] | null;
}

/** A row as either source gives it: grades and months as decimal strings or numbers. */
interface RowInput {
  readonly code: string;
  readonly name?: string | undefined;
  readonly grossMargin?: readonly (string | number)[] | undefined;
  readonly stockMonths?: readonly (string | number)[] | undefined;
  readonly customerDays?: readonly (string | number)[] | undefined;
  readonly supplierDays?: readonly (string | number)[] | undefined;
  readonly salesSeasonality?: readonly (string | number)[] | undefined;
  readonly purchaseSeasonality?: readonly (string | number)[] | undefined;
  readonly source?: string | undefined;
}

/** A code without its section letter: `F5132` → `5132`. */
export function plainIndustryCode(code: string): string {
  return /^[A-Z]/.test(code) ? code.slice(1) : code;
}

const graded = (v: readonly (string | number)[] | undefined): GradedValues | null => {
  if (v === undefined || v.length !== GRADES.length) return null;
  const out = {} as Record<Grade, Dec>;
  GRADES.forEach((g, i) => {
    out[g] = toDecimal(v[i] as string | number);
  });
  return out;
};
const months = (v: readonly (string | number)[] | undefined): readonly Dec[] | null => (v === undefined || v.length !== 12 ? null : v.map(toDecimal));

function benchmarkOf(row: RowInput, origin: IndustryBenchmark['origin'], index: number | null, basis: IndustryBenchmark['basis']): IndustryBenchmark {
  return {
    code: plainIndustryCode(row.code),
    name: row.name ?? null,
    origin,
    index,
    tableVersion: origin === 'built-in' ? INDUSTRY_TABLE_VERSION : null,
    basis,
    source: row.source ?? null,
    grossMargin: graded(row.grossMargin),
    stockMonths: graded(row.stockMonths),
    customerDays: graded(row.customerDays),
    supplierDays: graded(row.supplierDays),
    salesSeasonality: months(row.salesSeasonality),
    purchaseSeasonality: months(row.purchaseSeasonality),
  };
}

/**
 * The benchmark of a trade by its GB/T 4754-2017 code: the row whose code is the longest start of `code`, among
 * the bank's rows (`policy.industry.benchmarks`, the first of equal codes) and, unless `policy.industry.table`
 * is `none`, the built-in rows; a bank's row wins over a built-in row of the same code. Null when no row covers
 * the code.
 */
export function industryBenchmark(code: string, policy: Pick<Policy, 'industry'>): IndustryBenchmark | null {
  const wanted = plainIndustryCode(code);
  let best: { row: RowInput; index: number | null } | null = null;
  const consider = (row: RowInput, index: number | null) => {
    const c = plainIndustryCode(row.code);
    if (!wanted.startsWith(c)) return;
    if (best === null || c.length > plainIndustryCode(best.row.code).length) best = { row, index };
  };
  policy.industry.benchmarks.forEach((row, i) => consider(row, i));
  if (policy.industry.table === 'built-in') for (const row of INDUSTRY_TABLE) consider(row, null);
  if (best === null) return null;
  const { row, index } = best as { row: RowInput; index: number | null };
  return index === null
    ? benchmarkOf(row, 'built-in', null, (row as IndustryRow).basis)
    : benchmarkOf(row, 'policy', index, 'bank');
}

/** The usual range of a graded metric: from the poor value to the excellent one, lower bound first. */
export function usualRange(g: GradedValues): { readonly min: Dec; readonly max: Dec } {
  return g.poor.lte(g.excellent) ? { min: g.poor, max: g.excellent } : { min: g.excellent, max: g.poor };
}

/** Where a benchmark figure lives, as a finding's input path names it: `industry.table[5132].customerDays.average`. */
export function benchmarkPath(b: IndustryBenchmark, metric: string, grade: Grade): string {
  const row = b.origin === 'policy' ? `policy.industry.benchmarks[${b.index ?? 0}]` : `industry.table[${b.code}]`;
  return `${row}.${metric}.${grade}`;
}

/** The grade of a value against a graded metric: the best grade whose value it reaches. */
export function gradeOf(value: Dec, g: GradedValues): Grade {
  const higherBetter = g.excellent.gte(g.poor);
  for (const grade of GRADES) if (higherBetter ? value.gte(g[grade]) : value.lte(g[grade])) return grade;
  return 'poor';
}

/** The benchmark a profile names, if any: its `business.industryCode` looked up under the policy. */
export function profileBenchmark(profile: { readonly business: { readonly industryCode?: string | undefined } }, policy: Pick<Policy, 'industry'>): IndustryBenchmark | null {
  const code = profile.business.industryCode;
  return code === undefined ? null : industryBenchmark(code, policy);
}

/**
 * A settlement figure the profile leaves out, from the trade's benchmark: its average (平均) grade of
 * `customerDays`, `supplierDays` or `stockMonths`, with the path a finding's input names. Undefined when the
 * profile names no trade or its benchmark has no such figure.
 */
export function benchmarkAverage(
  profile: { readonly business: { readonly industryCode?: string | undefined } },
  policy: Pick<Policy, 'industry'>,
  metric: 'customerDays' | 'supplierDays' | 'stockMonths',
): { readonly value: Dec; readonly path: string } | undefined {
  const b = profileBenchmark(profile, policy);
  const g = b?.[metric];
  if (b === null || g === null || g === undefined) return undefined;
  return { value: g.average, path: benchmarkPath(b, metric, 'average') };
}
