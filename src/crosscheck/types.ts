/**
 * The cross-check table's data (交叉检验表, docs/rules.md "The cross-check table"): every comparison a check
 * made between a declared figure and an independent estimate of it, whether it agreed or not. A check returns
 * them beside its findings (`RuleOutcome.comparisons`); a comparison that disagrees is the same arithmetic as
 * the finding it raised (one formula, computed once).
 */
import type { FindingParams, FlagCode, FlagInput, FlagUnit, Requirement, Severity, Subject } from '../rules/types.js';

/** The key figures of the table, in the order it lists them. */
export const CROSS_CHECK_FIGURES = ['sales', 'receivables', 'payables', 'stock', 'grossMargin', 'equity'] as const;
export type CrossCheckFigure = (typeof CROSS_CHECK_FIGURES)[number];

/** agrees: within the tolerance; disagrees: a finding was raised; not-checked: no check could compare it. */
export type Verdict = 'agrees' | 'disagrees' | 'not-checked';

/**
 * One comparison of a declared figure with one independent estimate: the figures of a finding (observed =
 * declared, expected = the estimate, range, deviation), the tolerance setting, and the verdict. `code` and
 * `subject` name the estimate (its basis) exactly as a finding of it would; `inputs` are its basis with paths.
 */
export interface Comparison {
  readonly figure: CrossCheckFigure;
  readonly code: FlagCode;
  readonly subject: Subject;
  readonly verdict: 'agrees' | 'disagrees';
  /** The severity of the finding raised; null when the figures agree. */
  readonly severity: Severity | null;
  readonly unit: FlagUnit;
  readonly observed: string | null;
  readonly expected: string | null;
  readonly range: { readonly min: string | null; readonly max: string | null } | null;
  readonly deviation: { readonly absolute: string; readonly relative: string | null } | null;
  /** The tolerance setting (path and value) the deviation was held against; null when no setting decides it. */
  readonly tolerance: Requirement | null;
  readonly inputs: readonly FlagInput[];
  readonly params: FindingParams;
}
