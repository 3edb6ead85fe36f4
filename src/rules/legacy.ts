/**
 * MIGRATION ONLY (removed when every check is on the finding contract): the former flag types and helpers,
 * which wrote prose inside the checks. A check still on them returns `{ status: 'ran', flags }`, and the
 * registry turns those flags into the report's shape.
 */
import { type Dec, formatMoney, formatPlain, formatRatio, groupMoney, formatPercent, toDecimal, roundTo } from '../money/index.js';
import type { Band, Ceiling, Floor } from '../profile/policy.js';
import type { AnalysisContext, Bilingual, FlagUnit, Severity } from './types.js';

export type { AnalysisContext, Bilingual, FlagUnit, Severity };



/** What a figure is measured in. */

/** One input a flag used, with where it came from in the profile (or the statement that produced it). */
export interface FlagInput {
  readonly name: string;
  /** Profile path (`settlement.customerDays`) or a derived source (`incomeStatement.annual.sales`). */
  readonly source: string;
  /** Decimal string (money with two places) or text. */
  readonly value: string;
  readonly unit: FlagUnit | 'text';
  /** Set when the value is a documented default rather than something the profile said. */
  readonly defaulted?: boolean;
}

/**
 * A flagged inconsistency (stable API). Figures are decimal strings: money with two places, ratios
 * with four. Like valibot's issues, a flag carries what was expected, what was received and the
 * requirement, so an auditor can redo the arithmetic.
 */
export interface Flag {
  /** Stable code in SCREAMING_SNAKE_CASE, e.g. RECEIVABLES_INCONSISTENT. */
  readonly code: string;
  readonly severity: Severity;
  readonly ruleId: string;
  readonly title: Bilingual;
  readonly unit: FlagUnit;
  /** The figure as reported or declared. */
  readonly observed: string | null;
  /** The figure the cross-check implies. */
  readonly expected: string | null;
  /** The values of `observed` that would not have raised the flag. */
  readonly range: { readonly min: string | null; readonly max: string | null } | null;
  /** observed − expected, and that divided by the rule's denominator (see `formula`). */
  readonly deviation: { readonly absolute: string; readonly relative: string | null } | null;
  /** The formula in symbols. */
  readonly formula: string;
  /** The formula with the numbers filled in. */
  readonly computation: string;
  readonly inputs: readonly FlagInput[];
  /** Evidence that would settle the question (kinds of physical proof to collect). */
  readonly evidence: readonly Bilingual[];
  /** Open, non-leading questions for the applicant. */
  readonly questions: readonly Bilingual[];
  readonly message: Bilingual;
}


export type RuleOutcome =
  | { readonly status: 'ran'; readonly flags: readonly Flag[] }
  | { readonly status: 'skipped'; readonly reason: Bilingual; readonly missing: readonly string[] };

export interface Rule {
  /** Stable id, kebab-case: `receivables`. */
  readonly id: string;
  /** Every code this rule can raise. */
  readonly codes: readonly string[];
  readonly title: Bilingual;
  /** Pure: never throws, never reads anything but the context. */
  check(context: AnalysisContext): RuleOutcome;
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

/** 1 − tolerance and 1 + tolerance of a band. */
function toleranceFactors(tol: Dec): { readonly below: Dec; readonly above: Dec } {
  return { below: tol.negated().plus(1), above: tol.plus(1) };
}

/** What identifies a flag, decided when the rule runs. */
export type FlagHead = Pick<Flag, 'code' | 'severity' | 'ruleId' | 'title' | 'unit'>;

/** A flag's figures and texts: everything but its head. */
export type FlagDetails = Omit<Flag, keyof FlagHead>;

/**
 * A flag from its head (decided by the rule on the Decimals) and a function writing its figures and texts, called
 * only once the rule has decided to flag, so nothing is formatted for a check that passes. The flag is a plain
 * object with its keys in the order of the `Flag` interface (the JSON's order).
 *
 * (Writing the details lazily, on first read through enumerable getters, was tried and measured: it makes the rule
 * layer alone about 2× faster, but getters on every flag give each its own hidden class, so JSON.stringify and
 * copies were about 1.5× slower, and a report holding plain data cost more than writing eagerly: docs/performance.md.)
 */
export function writeFlag(head: FlagHead, write: () => FlagDetails): Flag {
  const d = write();
  return {
    code: head.code,
    severity: head.severity,
    ruleId: head.ruleId,
    title: head.title,
    unit: head.unit,
    observed: d.observed,
    expected: d.expected,
    range: d.range,
    deviation: d.deviation,
    formula: d.formula,
    computation: d.computation,
    inputs: d.inputs,
    evidence: d.evidence,
    questions: d.questions,
    message: d.message,
  };
}

/** A value, or a function that makes it when needed (texts a rule writes only if it flags). */
export type Deferred<T> = T | (() => T);

/** The value of a `Deferred`. */
export function resolve<T>(value: Deferred<T>): T {
  return typeof value === 'function' ? (value as () => T)() : value;
}

/** A rule that could not run for lack of inputs. */
export function skipped(missing: readonly string[], reason?: Bilingual): RuleOutcome {
  return {
    status: 'skipped',
    missing,
    reason: reason ?? {
      en: `missing ${missing.join(', ')}`,
      zh: `缺少 ${missing.join('、')}`,
    },
  };
}

export function moneyInput(name: string, source: string, value: Dec, defaulted = false): FlagInput {
  return { name, source, value: formatMoney(value), unit: 'CNY', ...(defaulted ? { defaulted } : {}) };
}

export function ratioInput(name: string, source: string, value: Dec, defaulted = false): FlagInput {
  return { name, source, value: formatRatio(value), unit: 'ratio', ...(defaulted ? { defaulted } : {}) };
}

export function plainInput(name: string, source: string, value: string, unit: FlagUnit | 'text', defaulted = false): FlagInput {
  return { name, source, value, unit, ...(defaulted ? { defaulted } : {}) };
}

/** Figures of a flag that compares an observed amount with an expected one under a band. */
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

/** "+73.33%" / "−64.71%" for messages. */
export function signedPercent(relative: Dec): string {
  const p = formatPercent(relative);
  return relative.isNegative() ? p : `+${p}`;
}

/** A quantity (units, kWh, days, months) for figures and messages: at most two decimals, trailing zeros dropped. */
export function formatQuantity(value: Dec): string {
  return formatPlain(roundTo(value, 2));
}

/**
 * Deviation of a declared figure from an independent estimate, on the declared figure:
 * (declared − estimate) / declared, the usual form for cross-checks of a declared figure (DESIGN.md §6).
 * Null when the declared figure is zero.
 */
export function declaredDeviation(declared: Dec, estimate: Dec): Dec | null {
  return declared.isZero() ? null : declared.minus(estimate).div(declared);
}

/**
 * Severity of a declared figure against an estimate: by the band on `declaredDeviation`; a declared
 * zero against a non-zero estimate is a warning (no relative size), zero against zero agrees.
 */
export function declaredSeverity(declared: Dec, estimate: Dec, band: Band): Severity | null {
  return severityOfDeviation(declaredDeviation(declared, estimate), estimate, band);
}

/** `declaredSeverity` from the deviation already divided out (one division per check). */
function severityOfDeviation(relative: Dec | null, estimate: Dec, band: Band): Severity | null {
  if (relative === null) return estimate.isZero() ? null : 'warning';
  return severityFor(relative, band);
}

/**
 * Figures of a flag that compares a declared figure with an estimate, the deviation on the declared figure.
 * The allowed range solves |(d − e) / d| ≤ t for d: e / (1 + t) ≤ d ≤ e / (1 − t) (no upper end when t ≥ 1).
 */
export function declaredFigures(unit: FlagUnit, declared: Dec, estimate: Dec, band: Band, format: (v: Dec) => string = formatMoney) {
  return figuresOfDeviation(unit, declared, estimate, declaredDeviation(declared, estimate), band, format);
}

/** `declaredFigures` from the deviation already divided out. */
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
  readonly code: string;
  readonly ruleId: string;
  readonly title: Bilingual;
  readonly unit: FlagUnit;
  readonly declared: Dec;
  readonly estimate: Dec;
  readonly band: Band;
  /** Formats figures for JSON (money with two places by default). */
  readonly format?: (v: Dec) => string;
  /** Formats numbers for people in the computation and the message (grouped money by default). */
  readonly show?: (v: Dec) => string;
  /** The estimate's formula; `; deviation = (declared − estimate) / declared` is appended. */
  readonly formula: Deferred<string>;
  /** The estimate's computation with its numbers; the deviation's is appended. */
  readonly computation: Deferred<string>;
  readonly inputs: Deferred<readonly FlagInput[]>;
  readonly evidence: Deferred<readonly Bilingual[]>;
  readonly questions: Deferred<readonly Bilingual[]>;
  /** The message, given the shown figures and whether the declared figure is above the estimate. */
  readonly message: (f: { declared: string; estimate: string; deviation: string; over: boolean }) => Bilingual;
}

/** The flag of a declared figure beyond the band around an estimate, or null when it agrees. */
export function checkDeclared(c: DeclaredCheck): Flag | null {
  // The deviation is divided once, for the severity and the flag's figures.
  const relative = declaredDeviation(c.declared, c.estimate);
  const severity = severityOfDeviation(relative, c.estimate, c.band);
  if (severity === null) return null;
  return writeFlag({ code: c.code, severity, ruleId: c.ruleId, title: c.title, unit: c.unit }, () => {
    const show = c.show ?? groupMoney;
    const deviation = relative === null ? 'n/a' : signedPercent(relative);
    const f = figuresOfDeviation(c.unit, c.declared, c.estimate, relative, c.band, c.format ?? formatMoney);
    const declared = show(c.declared);
    const estimate = show(c.estimate);
    return {
      observed: f.observed,
      expected: f.expected,
      range: f.range,
      deviation: f.deviation,
      formula: `${resolve(c.formula)}; deviation = (declared − estimate) / declared`,
      computation: `${resolve(c.computation)}; ` + (relative === null ? `declared ${declared}` : `(${declared} − ${estimate}) / ${declared} = ${deviation}`),
      inputs: resolve(c.inputs),
      evidence: resolve(c.evidence),
      questions: resolve(c.questions),
      message: c.message({ declared, estimate, deviation, over: c.declared.gt(c.estimate) }),
    };
  });
}

/** The outcome of a rule that reads the balance sheet when the profile reports no balances. */
export function skippedWithoutBalances(): RuleOutcome {
  return skipped(['balances'], { en: 'no balances reported: the balance sheet would be empty', zh: '未填报余额：资产负债表为空' });
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
 * Figures of a flag that compares a ratio with a policy limit: expected is the limit, the range is
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
  readonly code: string;
  readonly ruleId: string;
  readonly title: Bilingual;
  readonly unit: FlagUnit;
  readonly numerator: Dec;
  readonly denominator: Dec;
  /** A ceiling ({ max, critical }) flags above it; a floor ({ min, critical }) flags below it. */
  readonly limit: Ceiling | Floor;
  /** The policy path of the limit, for the formula. */
  readonly limitPath: string;
  readonly formula: string;
  /**
   * The division with its numbers, e.g. "1,150,000.00 / 2,158,000.00". A function, like `inputs` and the messages:
   * the texts are written only when the ratio is beyond its limit (most ratios are not).
   */
  readonly terms: Deferred<string>;
  readonly inputs: Deferred<readonly FlagInput[]>;
  readonly evidence: readonly Bilingual[];
  readonly questions: readonly Bilingual[];
  readonly message: (value: string, limit: string) => Bilingual;
  /**
   * When the denominator is zero or less: the message of a critical flag, or null for no flag (e.g. a
   * current ratio with no current liabilities cannot be low). A zero or negative numerator never flags then.
   */
  readonly undefinedMessage: Deferred<Bilingual> | null;
}

/** The flag of a ratio beyond its policy limit, or null. Ratios are shown with two decimals; texts are written only for a flag. */
export function limitFlag(c: LimitCheck): Flag | null {
  const fmt = (v: Dec) => formatRatio(v, 2);
  const side = 'max' in c.limit ? 'max' : 'min';
  const sign = side === 'max' ? '≤' : '≥';
  const limit = toDecimal('max' in c.limit ? c.limit.max : c.limit.min);
  // The key order of these flags has always been: code, ruleId, title, inputs, evidence, questions, severity, …
  const base = () => ({ code: c.code, ruleId: c.ruleId, title: c.title, inputs: resolve(c.inputs), evidence: c.evidence, questions: c.questions });
  if (c.denominator.lte(0)) {
    if (c.undefinedMessage === null || c.numerator.lte(0)) return null;
    return {
      ...base(),
      severity: 'critical',
      unit: c.unit,
      observed: null,
      expected: fmt(limit),
      range: side === 'max' ? { min: null, max: fmt(limit) } : { min: fmt(limit), max: null },
      deviation: null,
      formula: `${c.formula}; must be ${sign} ${c.limitPath}`,
      computation: `${resolve(c.terms)}: the denominator is not positive`,
      message: resolve(c.undefinedMessage),
    };
  }
  const value = c.numerator.div(c.denominator);
  const severity = 'max' in c.limit ? ceilingSeverity(value, c.limit) : floorSeverity(value, c.limit);
  if (severity === null) return null;
  const shown = fmt(value);
  return {
    ...base(),
    severity,
    ...limitFigures(c.unit, value, limit, side, fmt),
    formula: `${c.formula}; must be ${sign} ${c.limitPath}`,
    computation: `${resolve(c.terms)} = ${shown} ${side === 'max' ? '>' : '<'} ${limit.toFixed()}`,
    message: c.message(shown, limit.toFixed()),
  };
}

export { groupMoney };

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, critical: 2 };

/** The most severe of several severities (null for none), for rules that combine several signals. */
export function maxSeverity(severities: readonly (Severity | null)[]): Severity | null {
  let out: Severity | null = null;
  for (const s of severities) if (s !== null && (out === null || SEVERITY_RANK[s] > SEVERITY_RANK[out])) out = s;
  return out;
}

/** Drops repeated texts (same English wording), keeping the first of each in order. */
export function dedupeBilingual(list: readonly Bilingual[]): Bilingual[] {
  return [...new Map(list.map((b) => [b.en, b])).values()];
}

/* The former turnover shape (inventory's stocking-days check still uses it). */
export interface TurnoverCheck {
  readonly code: string;
  readonly ruleId: string;
  readonly title: Bilingual;
  /** Annual sales or purchases. */
  readonly flow: Dec;
  readonly creditShare: Dec;
  readonly days: number;
  readonly dayBasis: number;
  readonly reported: Dec;
  readonly band: Band;
  /** Symbols for the formula: e.g. { flow: 'sales', share: 'creditShare', days: 'customerDays', balance: 'receivables' }. */
  readonly symbols: { readonly flow: string; readonly share: string; readonly days: string; readonly balance: string };
  /** Written only when the balance flags. */
  readonly inputs: () => readonly FlagInput[];
  readonly evidence: readonly Bilingual[];
  readonly questions: readonly Bilingual[];
  /** Message given the formatted figures. */
  readonly message: (f: { reported: string; expected: string; flow: string; days: number; deviation: string }) => Bilingual;
}

/** Expected balance = flow × share × days / basis (exact). */
function legacyExpectedBalance(flow: Dec, creditShare: Dec, days: number, dayBasis: number): Dec {
  return flow.times(creditShare).times(days).div(dayBasis);
}

/** Runs the check; returns the flag, or nothing when the reported balance is within the band. */
export function checkTurnover(c: TurnoverCheck): Flag | null {
  const expected = legacyExpectedBalance(c.flow, c.creditShare, c.days, c.dayBasis);
  let relative: Dec | null;
  let severity: Flag['severity'] | null;
  if (expected.isZero()) {
    // Nothing expected: any reported balance is unexplained, but it has no relative size.
    relative = null;
    severity = c.reported.isZero() ? null : 'warning';
  } else {
    relative = c.reported.minus(expected).div(expected);
    severity = severityFor(relative, c.band);
  }
  if (severity === null) return null;
  return writeFlag({ code: c.code, severity, ruleId: c.ruleId, title: c.title, unit: 'CNY' }, () => {
    const s = c.symbols;
    const f = moneyFigures(c.reported, expected, relative, c.band);
    // Each figure grouped once for the computation and the message.
    const reported = groupMoney(c.reported);
    const exp = groupMoney(expected);
    const flow = groupMoney(c.flow);
    const deviation = relative === null ? 'n/a' : signedPercent(relative);
    return {
      observed: f.observed,
      expected: f.expected,
      range: f.range,
      deviation: f.deviation,
      formula: `expected ${s.balance} = ${s.flow} × ${s.share} × ${s.days} / ${c.dayBasis}; deviation = (reported − expected) / expected`,
      computation:
        `${flow} × ${c.creditShare.toFixed()} × ${c.days} / ${c.dayBasis} = ${exp}; ` +
        (relative === null ? `reported ${reported} where nothing is expected` : `(${reported} − ${exp}) / ${exp} = ${deviation}`),
      inputs: c.inputs(),
      evidence: c.evidence,
      questions: c.questions,
      message: c.message({ reported, expected: exp, flow, days: c.days, deviation }),
    };
  });
}
