/**
 * The shared shape of the two turnover cross-checks (RECEIVABLES_INCONSISTENT, PAYABLES_INCONSISTENT):
 *
 *   expected balance = annual flow × credit share × days / day basis
 *   deviation        = (reported − expected) / expected
 *
 * The expected balance is the anchor (the denominator) because it is what the turnover implies; the
 * allowed range is then simply expected × (1 ± tolerance).
 */
import { type Dec, groupMoney } from '../money/index.js';
import type { Band } from '../profile/policy.js';
import { writeFlag, moneyFigures, severityFor, signedPercent } from './flag.js';
import type { Bilingual, Flag, FlagInput } from './types.js';

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
export function expectedBalance(flow: Dec, creditShare: Dec, days: number, dayBasis: number): Dec {
  return flow.times(creditShare).times(days).div(dayBasis);
}

/** Runs the check; returns the flag, or nothing when the reported balance is within the band. */
export function checkTurnover(c: TurnoverCheck): Flag | null {
  const expected = expectedBalance(c.flow, c.creditShare, c.days, c.dayBasis);
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
