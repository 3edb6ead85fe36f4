/**
 * The shared shape of the two turnover cross-checks (RECEIVABLES_INCONSISTENT, PAYABLES_INCONSISTENT):
 *
 *   expected balance = annual flow × credit share × days / day basis
 *   deviation        = (reported − expected) / expected
 *
 * The expected balance is the anchor (the denominator) because it is what the turnover implies; the
 * allowed range is then simply expected × (1 ± tolerance).
 */
import { type Dec, formatMoney } from '../money/index.js';
import type { Band } from '../profile/policy.js';
import type { CrossCheckFigure } from '../crosscheck/types.js';
import { bandFinding, bandRequirement, type Compared, compared, moneyFigures, severityFor, toleranceOf } from './flag.js';
import type { FlagCode, FlagInput, RuleFinding, Severity, Subject } from './types.js';

export interface TurnoverCheck {
  readonly code: FlagCode;
  /** What the finding is about, when the check raises more than one of its code (default `{}`). */
  readonly subject?: Subject;
  /** Annual sales or purchases. */
  readonly flow: Dec;
  readonly creditShare: Dec;
  readonly days: number;
  readonly dayBasis: number;
  readonly reported: Dec;
  readonly band: Band;
  /** The band's policy path (`receivables`). */
  readonly bandPath: string;
  /** Written only when the balance flags. */
  readonly inputs: () => readonly FlagInput[];
}

/**
 * The params of a turnover finding: `flow` (annual sales or purchases), `creditShare` (plain decimal),
 * `days`, `dayBasis` (numbers); the balances are the finding's `observed` and `expected`.
 */
export interface TurnoverParams {
  readonly flow: string;
  readonly creditShare: string;
  readonly days: number;
  readonly dayBasis: number;
}

/** Expected balance = flow × share × days / basis (exact). */
export function expectedBalance(flow: Dec, creditShare: Dec, days: number, dayBasis: number): Dec {
  return flow.times(creditShare).times(days).div(dayBasis);
}

/** The expected balance, the relative deviation and the severity (null within the band). */
function turnoverMeasure(c: TurnoverCheck): { readonly expected: Dec; readonly relative: Dec | null; readonly severity: Severity | null } {
  const expected = expectedBalance(c.flow, c.creditShare, c.days, c.dayBasis);
  // Nothing expected: any reported balance is unexplained, but it has no relative size.
  if (expected.isZero()) return { expected, relative: null, severity: c.reported.isZero() ? null : 'warning' };
  const relative = c.reported.minus(expected).div(expected);
  return { expected, relative, severity: severityFor(relative, c.band) };
}

/** The params of a turnover comparison. */
function turnoverParams(c: TurnoverCheck): TurnoverParams {
  return { flow: formatMoney(c.flow), creditShare: c.creditShare.toFixed(), days: c.days, dayBasis: c.dayBasis };
}

/**
 * Runs the check for the cross-check table: the comparison (agreeing or not) and the finding `turnoverFinding`
 * would raise (the same figures).
 */
export function turnoverCompare(c: TurnoverCheck, figure: CrossCheckFigure): Compared {
  const { expected, relative, severity } = turnoverMeasure(c);
  const f = moneyFigures(c.reported, expected, relative, c.band);
  const requirement = severity === null ? null : bandRequirement(severity, c.band, c.bandPath);
  return compared(figure, { code: c.code, subject: c.subject ?? {}, severity }, f, toleranceOf(c.band, c.bandPath), requirement, c.inputs(), { ...turnoverParams(c) });
}

/** Runs the check; returns the finding, or null when the reported balance is within the band. */
export function turnoverFinding(c: TurnoverCheck): RuleFinding | null {
  const { expected, relative, severity } = turnoverMeasure(c);
  if (severity === null) return null;
  const f = moneyFigures(c.reported, expected, relative, c.band);
  return bandFinding({ code: c.code, subject: c.subject ?? {}, severity }, f, c.band, c.bandPath, c.inputs(), { ...turnoverParams(c) });
}
