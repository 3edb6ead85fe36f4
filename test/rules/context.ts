/** Test helper: the analysis context of a profile (validated), so a rule can be run on its own. */
import { parseInput, runAnalysis } from '../../src/report/analyze.js';
import type { AnalysisContext, Flag, Rule } from '../../src/rules/types.js';
import { runOn, type TestOutcome } from '../support/rule-run.js';

export function contextFor(profile: unknown, policy?: unknown): AnalysisContext {
  const parsed = parseInput(profile, policy);
  if (!parsed.ok) throw new Error(`invalid test profile: ${JSON.stringify(parsed.errors)}`);
  return runAnalysis(parsed.profile, parsed.policy, []).context;
}

/** The flags of a rule that must have run. */
export function flagsOf(outcome: TestOutcome): readonly Flag[] {
  if (outcome.status !== 'ran') throw new Error(`rule skipped: ${outcome.reason.en}`);
  return outcome.flags;
}

export function run(rule: Rule, profile: unknown, policy?: unknown): TestOutcome {
  return runOn(rule, contextFor(profile, policy));
}

/** A minimal valid trading profile; `extra` is merged over it (shallowly). */
export function baseProfile(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    analysisDate: '2026-06-30',
    business: { name: 'test', industry: 'garment retail', kind: 'trading', startDate: '2015-01-01' },
    sales: { annual: '1800000' },
    grossMargin: '0.25',
    ...extra,
  };
}
