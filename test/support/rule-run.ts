/**
 * Test support: run one check as the registry runs it (findings stamped with the check's id, a throw turned
 * into a skip), and see its findings with their texts from the catalogs, as the report carries them.
 */
import { skipReasonTexts, withTexts } from '../../src/locales/index.js';
import { type AnyRule, runRules } from '../../src/rules/registry.js';
import type { AnalysisContext, Bilingual, Flag } from '../../src/rules/types.js';

export type TestOutcome =
  | { readonly status: 'ran'; readonly flags: readonly Flag[] }
  | { readonly status: 'skipped'; readonly reason: Bilingual; readonly reasonCode: string; readonly missing: readonly string[] };

/** One check's outcome on a context, its findings with texts. */
export function runOn(rule: AnyRule, context: AnalysisContext): TestOutcome {
  // MIGRATION ONLY: a check still writing prose is seen as it writes (formula and computation as plain text).
  if ('title' in rule) return rule.check(context) as unknown as TestOutcome;
  const [run] = runRules(context, [rule]);
  const outcome = run!.outcome;
  if (outcome.status === 'ran') return { status: 'ran', flags: outcome.findings.map((f) => ('message' in f ? (f as Flag) : withTexts(f))) };
  return {
    status: 'skipped',
    reason: outcome.legacyReason ?? skipReasonTexts(outcome.reason, outcome.missing, rule.id),
    reasonCode: outcome.reason.code,
    missing: outcome.missing,
  };
}
