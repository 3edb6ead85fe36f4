/**
 * The cross-check table (交叉检验表, docs/rules.md "The cross-check table"): for each key figure, the declared
 * value, every independent estimate a check compared it with (agreeing or not: the checks' own comparisons,
 * never recomputed here), the tolerance and verdict of each, the checks that could not compare it and why, and
 * the proofs recorded for it. Data only; the texts come from the catalogs.
 */
import { assessEvidence } from '../adjust/evidence.js';
import { type Dec, formatMoney, formatRatio } from '../money/index.js';
import type { EvidenceKind } from '../profile/evidence.js';
import type { RuleRun } from '../rules/registry.js';
import type { AnalysisContext, Finding, FlagUnit } from '../rules/types.js';
import { CROSS_CHECK_FIGURES, type Comparison, type CrossCheckFigure, type Verdict } from './types.js';

export * from './types.js';

/** The checks that compare each figure, in the order their estimates are listed. */
export const FIGURE_CHECKS: Readonly<Record<CrossCheckFigure, readonly string[]>> = {
  sales: ['sales-triangulation', 'production-capacity'],
  receivables: ['receivables'],
  payables: ['payables'],
  stock: ['inventory'],
  grossMargin: ['gross-margin'],
  equity: ['equity-gap'],
};

/** The evidence list (profile `evidence.<key>`) behind each figure; the margin has none of its own. */
const EVIDENCE_KEY: Readonly<Record<CrossCheckFigure, 'sales' | 'receivables' | 'payables' | 'inventory' | 'initialCapital' | null>> = {
  sales: 'sales',
  receivables: 'receivables',
  payables: 'payables',
  stock: 'inventory',
  grossMargin: null,
  equity: 'initialCapital',
};

/** One estimate of a figure: the check's comparison, stamped with the check's id. */
export type CrossCheckEstimate = Comparison & { readonly ruleId: string };

/** A check that could have compared the figure but was skipped: why (a skip code) and the inputs it lacked. */
export interface NotChecked {
  readonly ruleId: string;
  readonly reasonCode: string;
  readonly missing: readonly string[];
}

/** The proofs recorded for a figure: where, the kinds that count as independent proofs, and those that did not count. */
export interface FigureProofs {
  readonly path: string;
  readonly independentKinds: readonly EvidenceKind[];
  readonly notCounted: readonly EvidenceKind[];
}

/** One row of the table: a key figure. */
export interface CrossCheckRow {
  readonly figure: CrossCheckFigure;
  /** disagrees when any estimate disagrees, agrees when every one agrees, not-checked when there is none. */
  readonly verdict: Verdict;
  readonly unit: FlagUnit;
  /** The figure as the statements carry it (monthly sales, balances, the margin, balance-sheet equity). */
  readonly declared: string;
  readonly estimates: readonly CrossCheckEstimate[];
  readonly notChecked: readonly NotChecked[];
  /** null when the figure has no evidence list (the margin) or the profile does not need one (a zero balance). */
  readonly proofs: FigureProofs | null;
}

/** The declared value of each figure, from the statements. */
function declaredOf(figure: CrossCheckFigure, context: AnalysisContext): { readonly unit: FlagUnit; readonly value: Dec } {
  const { balanceSheet: bs, incomeStatement: pl } = context.statements;
  switch (figure) {
    case 'sales':
      return { unit: 'CNY', value: pl.monthlyAverage.sales };
    case 'receivables':
      return { unit: 'CNY', value: bs.assets.receivables };
    case 'payables':
      return { unit: 'CNY', value: bs.liabilities.payables };
    case 'stock':
      return { unit: 'CNY', value: bs.assets.inventory };
    case 'grossMargin':
      return { unit: 'ratio', value: pl.grossMargin };
    case 'equity':
      return { unit: 'CNY', value: bs.equity };
  }
}

/**
 * The table from the checks' runs: one row per key figure, in CROSS_CHECK_FIGURES order. A check not in the runs
 * (a custom rule set) adds nothing to its figure.
 *
 * @example
 * // the source's worked example: receivables 1,500,000 against 12,000,000 × 45 / 360 = 1,500,000
 * crossCheckTable(runs, context).find((r) => r.figure === 'receivables').verdict //=> 'agrees'
 */
export function crossCheckTable(runs: readonly RuleRun[], context: AnalysisContext): CrossCheckRow[] {
  const evidence = assessEvidence(context.profile, context.policy);
  return CROSS_CHECK_FIGURES.map((figure) => {
    const estimates: CrossCheckEstimate[] = [];
    const notChecked: NotChecked[] = [];
    for (const ruleId of FIGURE_CHECKS[figure]) {
      const run = runs.find((r) => r.rule.id === ruleId);
      if (run === undefined) continue;
      const o = run.outcome;
      if (o.status === 'skipped') notChecked.push({ ruleId, reasonCode: o.reason.code, missing: o.missing });
      else for (const c of o.comparisons ?? []) if (c.figure === figure) estimates.push({ ruleId, ...c });
    }
    const verdict: Verdict =
      estimates.length === 0 ? 'not-checked' : estimates.some((e) => e.verdict === 'disagrees') ? 'disagrees' : 'agrees';
    const declared = declaredOf(figure, context);
    const key = EVIDENCE_KEY[figure];
    const found = key === null ? undefined : evidence.find((e) => e.figure === key);
    return {
      figure,
      verdict,
      unit: declared.unit,
      declared: declared.unit === 'ratio' ? formatRatio(declared.value) : formatMoney(declared.value),
      estimates,
      notChecked,
      proofs: found === undefined ? null : { path: found.path, independentKinds: found.independentKinds, notCounted: found.notCounted },
    };
  });
}

/**
 * An estimate as a finding, so the catalogs can write its formula and computation (its basis) as they write a
 * flag's: the severity of an agreeing estimate is `info` there, the requirement its tolerance.
 */
export function estimateAsFinding(e: CrossCheckEstimate): Finding {
  return {
    code: e.code,
    ruleId: e.ruleId,
    subject: e.subject,
    severity: e.severity ?? 'info',
    unit: e.unit,
    observed: e.observed,
    expected: e.expected,
    range: e.range,
    deviation: e.deviation,
    requirement: e.tolerance,
    inputs: e.inputs,
    params: e.params,
  };
}
