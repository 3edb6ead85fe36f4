/**
 * Helpers shared by the checks: deviation, severity bands and the requirement that decided them, input
 * records, skip outcomes, and the three common shapes of a finding (a declared figure against an estimate,
 * a ratio against a policy limit; the turnover shape lives in turnover.ts). They return data only: the
 * texts come from the catalogs (src/locales).
 */
import { type Dec, formatMoney, formatPlain, formatRatio, toDecimal, roundTo } from '../money/index.js';
import type { Band, Ceiling, Floor } from '../profile/policy.js';
import type { Comparison, CrossCheckFigure } from '../crosscheck/types.js';
import type { FindingParams, FlagCode, FlagInput, FlagUnit, Requirement, RuleFinding, RuleOutcome, Severity, Subject } from './types.js';

/** A policy value as the requirement states it: a decimal string without trailing zeros, or the keyword. */
export function policyValue(value: string | number | boolean): string {
  return typeof value === 'boolean' ? String(value) : toDecimal(value).toFixed();
}

/**
 * Severity for a relative deviation under a band: null within the tolerance, `warning` beyond it,
 * `critical` beyond the band's critical level. The comparison is on |deviation| and strict, so a
 * deviation exactly at the tolerance does not flag.
 */
export function severityFor(relative: Dec, band: Band): Severity | null {
  const size = relative.abs();
  if (size.gt(toDecimal(band.critical))) return 'critical';
  if (size.gt(toDecimal(band.tolerance))) return 'warning';
  return null;
}

/** The band setting that decided a severity: `<path>.critical` for critical, `<path>.tolerance` otherwise. */
export function bandRequirement(severity: Severity, band: Band, path: string): Requirement {
  return severity === 'critical'
    ? { path: `${path}.critical`, value: policyValue(band.critical) }
    : { path: `${path}.tolerance`, value: policyValue(band.tolerance) };
}

/** 1 − tolerance and 1 + tolerance of a band. */
function toleranceFactors(tol: Dec): { readonly below: Dec; readonly above: Dec } {
  return { below: tol.negated().plus(1), above: tol.plus(1) };
}

/** A check that could not run for lack of inputs (the paths). */
export function skipped(missing: readonly string[]): RuleOutcome {
  return { status: 'skipped', missing, reason: { code: 'missing-inputs' } };
}

/** The outcome of a check that reads the balance sheet when the profile reports no balances. */
export function skippedWithoutBalances(): RuleOutcome {
  return { status: 'skipped', missing: ['balances'], reason: { code: 'no-balances' } };
}

/** The outcome of a check that ran, with the comparisons it made for the cross-check table when it gives them. */
export function ran(findings: readonly (RuleFinding | null)[], comparisons?: readonly Comparison[]): RuleOutcome {
  const kept = findings.filter((f): f is RuleFinding => f !== null);
  return comparisons === undefined ? { status: 'ran', findings: kept } : { status: 'ran', findings: kept, comparisons };
}

/** A comparison and the finding it raised (null when it agrees): the same figures, computed once. */
export interface Compared {
  readonly finding: RuleFinding | null;
  readonly comparison: Comparison;
}

/** The tolerance setting of a band, as a comparison names it. */
export function toleranceOf(band: Band, path: string): Requirement {
  return { path: `${path}.tolerance`, value: policyValue(band.tolerance) };
}

/** A comparison from a finding's head and figures; the finding itself when the severity is not null. */
export function compared(
  figure: CrossCheckFigure,
  head: Pick<RuleFinding, 'code' | 'subject'> & { readonly severity: Severity | null },
  f: Figures,
  tolerance: Requirement | null,
  requirement: Requirement | null,
  inputs: readonly FlagInput[],
  params: FindingParams,
): Compared {
  const { severity } = head;
  const comparison: Comparison = {
    figure,
    code: head.code,
    subject: head.subject,
    verdict: severity === null ? 'agrees' : 'disagrees',
    severity,
    unit: f.unit,
    observed: f.observed,
    expected: f.expected,
    range: f.range,
    deviation: f.deviation,
    tolerance,
    inputs,
    params,
  };
  if (severity === null) return { finding: null, comparison };
  return {
    comparison,
    finding: { code: head.code, subject: head.subject, severity, ...f, requirement, inputs, params },
  };
}

export function moneyInput(name: string, path: string, value: Dec, defaulted = false): FlagInput {
  return { name, path, value: formatMoney(value), unit: 'CNY', ...(defaulted ? { defaulted } : {}) };
}

export function ratioInput(name: string, path: string, value: Dec, defaulted = false): FlagInput {
  return { name, path, value: formatRatio(value), unit: 'ratio', ...(defaulted ? { defaulted } : {}) };
}

export function plainInput(name: string, path: string, value: string, unit: FlagUnit | 'text', defaulted = false): FlagInput {
  return { name, path, value, unit, ...(defaulted ? { defaulted } : {}) };
}

/** Figures of a finding that compares an observed amount with an expected one under a band (deviation on the expected). */
export function moneyFigures(observed: Dec, expected: Dec, relative: Dec | null, band: Band) {
  const factors = toleranceFactors(toDecimal(band.tolerance));
  return {
    unit: 'CNY' as const,
    observed: formatMoney(observed),
    expected: formatMoney(expected),
    range: { min: formatMoney(expected.times(factors.below)), max: formatMoney(expected.times(factors.above)) },
    deviation: { absolute: formatMoney(observed.minus(expected)), relative: relative === null ? null : formatRatio(relative) },
  };
}

/** A quantity (units, kWh, days, months) for figures and params: at most two decimals, trailing zeros dropped. */
export function formatQuantity(value: Dec): string {
  return formatPlain(roundTo(value, 2));
}

/**
 * Deviation of a declared figure from an independent estimate, on the declared figure:
 * (declared − estimate) / declared, the usual form for cross-checks of a declared figure (docs/rules.md).
 * Null when the declared figure is zero.
 */
export function declaredDeviation(declared: Dec, estimate: Dec): Dec | null {
  return declared.isZero() ? null : declared.minus(estimate).div(declared);
}

/** `declaredSeverity` from the deviation already divided out. */
function severityOfDeviation(relative: Dec | null, estimate: Dec, band: Band): Severity | null {
  if (relative === null) return estimate.isZero() ? null : 'warning';
  return severityFor(relative, band);
}

/**
 * Severity of a declared figure against an estimate: by the band on `declaredDeviation`; a declared
 * zero against a non-zero estimate is a warning (no relative size), zero against zero agrees.
 */
export function declaredSeverity(declared: Dec, estimate: Dec, band: Band): Severity | null {
  return severityOfDeviation(declaredDeviation(declared, estimate), estimate, band);
}

/**
 * Figures of a finding that compares a declared figure with an estimate, the deviation on the declared figure.
 * The allowed range solves |(d − e) / d| ≤ t for d: e / (1 + t) ≤ d ≤ e / (1 − t) (no upper end when t ≥ 1).
 */
export function declaredFigures(unit: FlagUnit, declared: Dec, estimate: Dec, band: Band, format: (v: Dec) => string = formatMoney) {
  return figuresOfDeviation(unit, declared, estimate, declaredDeviation(declared, estimate), band, format);
}

function figuresOfDeviation(unit: FlagUnit, declared: Dec, estimate: Dec, relative: Dec | null, band: Band, format: (v: Dec) => string) {
  const tol = toDecimal(band.tolerance);
  const factors = toleranceFactors(tol);
  return {
    unit,
    observed: format(declared),
    expected: format(estimate),
    range: { min: format(estimate.div(factors.above)), max: tol.gte(1) ? null : format(estimate.div(factors.below)) },
    deviation: { absolute: format(declared.minus(estimate)), relative: relative === null ? null : formatRatio(relative) },
  };
}

/** A declared figure checked against one independent estimate of it (SALES_TRIANGULATION, PRODUCTION_CAPACITY). */
export interface DeclaredCheck {
  readonly code: FlagCode;
  readonly subject: Subject;
  readonly unit: FlagUnit;
  readonly declared: Dec;
  readonly estimate: Dec;
  readonly band: Band;
  /** The band's policy path (`salesTriangulation`), for the requirement. */
  readonly bandPath: string;
  /** Formats figures for JSON (money with two places by default). */
  readonly format?: (v: Dec) => string;
  /** Written only when the figure flags. */
  readonly inputs: () => readonly FlagInput[];
  /** Written only when the figure flags: what the texts need beyond the figures. */
  readonly params: () => FindingParams;
}

/** The figures of a finding: unit, observed, expected, range, deviation. */
type Figures = Pick<RuleFinding, 'unit' | 'observed' | 'expected' | 'range' | 'deviation'>;

/** A finding whose severity a band decided: its figures, the band's setting as the requirement, inputs and params. */
export function bandFinding(
  head: Pick<RuleFinding, 'code' | 'subject' | 'severity'>,
  f: Figures,
  band: Band,
  bandPath: string,
  inputs: readonly FlagInput[],
  params: FindingParams,
): RuleFinding {
  return {
    code: head.code,
    subject: head.subject,
    severity: head.severity,
    unit: f.unit,
    observed: f.observed,
    expected: f.expected,
    range: f.range,
    deviation: f.deviation,
    requirement: bandRequirement(head.severity, band, bandPath),
    inputs,
    params,
  };
}

/**
 * A declared figure against an estimate, for the cross-check table: the comparison (agreeing or not) and the
 * finding `declaredFinding` would raise (the same figures).
 */
export function declaredCompare(c: DeclaredCheck, figure: CrossCheckFigure): Compared {
  const relative = declaredDeviation(c.declared, c.estimate);
  const severity = severityOfDeviation(relative, c.estimate, c.band);
  const f = figuresOfDeviation(c.unit, c.declared, c.estimate, relative, c.band, c.format ?? formatMoney);
  const requirement = severity === null ? null : bandRequirement(severity, c.band, c.bandPath);
  return compared(figure, { code: c.code, subject: c.subject, severity }, f, toleranceOf(c.band, c.bandPath), requirement, c.inputs(), c.params());
}

/** The finding of a declared figure beyond the band around an estimate, or null when it agrees. */
export function declaredFinding(c: DeclaredCheck): RuleFinding | null {
  const relative = declaredDeviation(c.declared, c.estimate);
  const severity = severityOfDeviation(relative, c.estimate, c.band);
  if (severity === null) return null;
  const f = figuresOfDeviation(c.unit, c.declared, c.estimate, relative, c.band, c.format ?? formatMoney);
  return bandFinding({ code: c.code, subject: c.subject, severity }, f, c.band, c.bandPath, c.inputs(), c.params());
}

/** Severity of a ratio under an upper limit: warning above `max`, critical above `critical` (strict). */
export function ceilingSeverity(value: Dec, limit: Ceiling): Severity | null {
  if (value.gt(toDecimal(limit.critical))) return 'critical';
  if (value.gt(toDecimal(limit.max))) return 'warning';
  return null;
}

/** Severity of a ratio under a lower limit: warning below `min`, critical below `critical` (strict). */
export function floorSeverity(value: Dec, limit: Floor): Severity | null {
  if (value.lt(toDecimal(limit.critical))) return 'critical';
  if (value.lt(toDecimal(limit.min))) return 'warning';
  return null;
}

/**
 * Figures of a finding that compares a ratio with a policy limit: expected is the limit, the range is
 * everything on the allowed side of it, deviation = value − limit and (value − limit) / limit.
 */
export function limitFigures(unit: FlagUnit, value: Dec, limit: Dec, side: 'max' | 'min', format: (v: Dec) => string = (v) => formatRatio(v)) {
  return {
    unit,
    observed: format(value),
    expected: format(limit),
    range: side === 'max' ? { min: null, max: format(limit) } : { min: format(limit), max: null },
    deviation: { absolute: format(value.minus(limit)), relative: limit.isZero() ? null : formatRatio(value.minus(limit).div(limit)) },
  };
}

/** A ratio checked against a policy limit (LEVERAGE_HIGH, LIQUIDITY_LOW, …). */
export interface LimitCheck {
  readonly code: FlagCode;
  readonly subject: Subject;
  readonly unit: FlagUnit;
  readonly numerator: Dec;
  readonly denominator: Dec;
  /** A ceiling ({ max, critical }) flags above it; a floor ({ min, critical }) flags below it. */
  readonly limit: Ceiling | Floor;
  /** The limit's policy path (`leverage.liabilitiesToEquity`), for the requirement. */
  readonly limitPath: string;
  /** Written only when the ratio flags. */
  readonly inputs: () => readonly FlagInput[];
  /** Written only when the ratio flags: what the texts need beyond the figures (the numerator, the denominator, …). */
  readonly params: () => FindingParams;
  /**
   * When the denominator is zero or less: true raises a critical finding (`params.undefined` is then true and
   * `observed` null), false raises none (e.g. a current ratio with no current liabilities cannot be low).
   * A zero or negative numerator never flags then.
   */
  readonly flagUndefined: boolean;
}

/** The finding of a ratio beyond its policy limit, or null. Ratios are given with two decimals. */
export function limitFinding(c: LimitCheck): RuleFinding | null {
  const fmt = (v: Dec) => formatRatio(v, 2);
  const side = 'max' in c.limit ? 'max' : 'min';
  const limitValue = 'max' in c.limit ? c.limit.max : c.limit.min;
  const limit = toDecimal(limitValue);
  const base = { code: c.code, subject: c.subject, unit: c.unit };
  if (c.denominator.lte(0)) {
    if (!c.flagUndefined || c.numerator.lte(0)) return null;
    return {
      ...base,
      severity: 'critical',
      observed: null,
      expected: fmt(limit),
      range: side === 'max' ? { min: null, max: fmt(limit) } : { min: fmt(limit), max: null },
      deviation: null,
      requirement: { path: `${c.limitPath}.${side}`, value: policyValue(limitValue) },
      inputs: c.inputs(),
      params: { ...c.params(), undefined: true, side, limit: limit.toFixed() },
    };
  }
  const value = c.numerator.div(c.denominator);
  const severity = 'max' in c.limit ? ceilingSeverity(value, c.limit) : floorSeverity(value, c.limit);
  if (severity === null) return null;
  const critical = severity === 'critical';
  return {
    ...base,
    severity,
    ...limitFigures(c.unit, value, limit, side, fmt),
    requirement: critical
      ? { path: `${c.limitPath}.critical`, value: policyValue(c.limit.critical) }
      : { path: `${c.limitPath}.${side}`, value: policyValue(limitValue) },
    inputs: c.inputs(),
    params: { ...c.params(), undefined: false, side, limit: limit.toFixed() },
  };
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, critical: 2 };

/** The most severe of several severities (null for none), for checks that combine several signals. */
export function maxSeverity(severities: readonly (Severity | null)[]): Severity | null {
  let out: Severity | null = null;
  for (const s of severities) if (s !== null && (out === null || SEVERITY_RANK[s] > SEVERITY_RANK[out])) out = s;
  return out;
}
