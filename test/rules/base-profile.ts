/** Test support: the clean worked example as a fresh mutable object, and the analysis context of a profile. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseInput, runAnalysis } from '../../src/report/analyze.js';
import type { AnalysisContext } from '../../src/rules/types.js';

const file = join(import.meta.dirname, '..', '..', 'fixtures', 'worked-example-agrees.json');
const text = readFileSync(file, 'utf8');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** A deep copy of the worked example's profile (fixtures/worked-example-agrees.json), free to change. */
export function workedExample(): Json {
  return JSON.parse(text).profile;
}

/** The context the rules see (after the talking-habit pre-stage); throws on invalid input (tests only). */
export function contextOf(profile: unknown, policy?: unknown): AnalysisContext {
  const parsed = parseInput(profile, policy);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message.en}`).join('; '));
  return runAnalysis(parsed.profile, parsed.policy, []).context;
}
