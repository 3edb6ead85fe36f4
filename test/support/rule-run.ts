/**
 * Test support: run one check as the registry runs it (findings stamped with the check's id, a throw turned
 * into a skip), and see its findings with their texts from the catalogs, as the report carries them.
 */
import { skipReasonTexts, withTexts } from '../../src/locales/index.js';
import { runRules } from '../../src/rules/registry.js';
import type { AnalysisContext, Bilingual, Flag, Rule } from '../../src/rules/types.js';

export type TestOutcome =
  | { readonly status: 'ran'; readonly flags: readonly Flag[] }
  | { readonly status: 'skipped'; readonly reason: Bilingual; readonly reasonCode: string; readonly missing: readonly string[] };

/** One check's outcome on a context, its findings with texts. */
export function runOn(rule: Rule, context: AnalysisContext): TestOutcome {
  const [run] = runRules(context, [rule]);
  const outcome = run!.outcome;
  if (outcome.status === 'ran') return { status: 'ran', flags: outcome.findings.map(withTexts) };
  return {
    status: 'skipped',
    reason: skipReasonTexts(outcome.reason, outcome.missing, rule.id),
    reasonCode: outcome.reason.code,
    missing: outcome.missing,
  };
}
