/** Helpers shared by the rule modules: deviation, severity bands, skip outcomes. */
import { type Dec, formatMoney, formatRatio, groupMoney, formatPercent } from '../money/index.js';
import type { Band } from '../profile/policy.js';
import { toDecimal } from '../money/index.js';
import type { Bilingual, FlagInput, FlagUnit, RuleOutcome, Severity } from './types.js';

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
  const tol = toDecimal(band.tolerance);
  return {
    unit: 'CNY' as const,
    observed: formatMoney(observed),
    expected: formatMoney(expected),
    range: { min: formatMoney(expected.times(tol.negated().plus(1))), max: formatMoney(expected.times(tol.plus(1))) },
    deviation: { absolute: formatMoney(observed.minus(expected)), relative: relative === null ? null : formatRatio(relative) },
  };
}

/** "+73.33%" / "−64.71%" for messages. */
export function signedPercent(relative: Dec): string {
  const p = formatPercent(relative);
  return relative.isNegative() ? p : `+${p}`;
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
