/** Test support: the clean worked example as a fresh mutable object, and the analysis context of a profile. */
import { parseInput, runAnalysis } from '../../src/report/analyze.js';
import type { AnalysisContext, Flag, Rule } from '../../src/rules/types.js';
import { runOn, type TestOutcome } from '../support/rule-run.js';
import { workedExample as workedExampleInput } from '../support/profiles.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** The worked example's profile (test/support/profiles.ts) as loose JSON, so a test can add or delete any field. */
export function workedExample(): Json {
  return workedExampleInput();
}

/** The context the rules see (after the talking-habit pre-stage); throws on invalid input (tests only). */
export function contextOf(profile: unknown, policy?: unknown): AnalysisContext {
  const parsed = parseInput(profile, policy);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message.en}`).join('; '));
  return runAnalysis(parsed.profile, parsed.policy, []).context;
}

/** Runs one rule on a profile (and policy). */
export function runRule(rule: Rule, profile: unknown, policy?: unknown): TestOutcome {
  return runOn(rule, contextOf(profile, policy));
}

/** The single flag a rule raises on a profile; throws (failing the test) on anything else. */
export function singleFlag(rule: Rule, profile: unknown, policy?: unknown): Flag {
  const out = runRule(rule, profile, policy);
  if (out.status !== 'ran' || out.flags.length !== 1) throw new Error(`expected one flag, got ${JSON.stringify(out)}`);
  return out.flags[0]!;
}
