/**
 * The default checks, in the order they run and appear in the report, and the runner that stamps each
 * finding with its check's id (and refuses a code the check did not declare).
 */
import { equityGapRule } from './equity-gap/index.js';
import { evidenceInsufficientRule } from './evidence-insufficient/index.js';
import { hiddenDebtRule } from './hidden-debt/index.js';
import { initialCapitalRule } from './initial-capital/index.js';
import { premisesRule } from './premises/index.js';
import { selfReportRule } from './self-report/index.js';
import { grossMarginRule } from './gross-margin/index.js';
import { householdExpensesRule } from './household-expenses/index.js';
import { inventoryRule } from './inventory/index.js';
import { leverageRule } from './leverage/index.js';
import { liquidityRule } from './liquidity/index.js';
import { payablesRule } from './payables/index.js';
import { productionCapacityRule } from './production-capacity/index.js';
import { receivablesRule } from './receivables/index.js';
import { salesTriangulationRule } from './sales-triangulation/index.js';
import { repaymentCapacityRule } from './repayment-capacity/index.js';
import { seasonalShortfallRule } from './seasonal-shortfall/index.js';
import type { Flag as LegacyFlag, Rule as LegacyRule } from './legacy.js';
import type { AnalysisContext, Finding, Flag, Rule, SkipReason } from './types.js';

/** MIGRATION ONLY: a check still writing prose (src/rules/legacy.ts). */
export type AnyRule = Rule | LegacyRule;

export const defaultRules: readonly AnyRule[] = [
  receivablesRule,
  payablesRule,
  equityGapRule,
  selfReportRule,
  evidenceInsufficientRule,
  initialCapitalRule,
  hiddenDebtRule,
  premisesRule,
  salesTriangulationRule,
  productionCapacityRule,
  grossMarginRule,
  inventoryRule,
  householdExpensesRule,
  leverageRule,
  liquidityRule,
  repaymentCapacityRule,
  seasonalShortfallRule,
];

/** A check's outcome with its findings stamped (`ruleId`), as the report reads it. */
export type RunOutcome =
  | { readonly status: 'ran'; readonly findings: readonly Finding[] }
  | { readonly status: 'skipped'; readonly reason: SkipReason; readonly missing: readonly string[]; readonly legacyReason?: { en: string; zh: string } };

export interface RuleRun {
  readonly rule: AnyRule;
  readonly outcome: RunOutcome;
}

/** MIGRATION ONLY: a prose flag in the report's shape (texts as they were written, formula in both languages). */
function fromLegacy(f: LegacyFlag): Flag {
  return {
    code: f.code as Flag['code'],
    ruleId: f.ruleId,
    subject: {},
    severity: f.severity,
    unit: f.unit,
    observed: f.observed,
    expected: f.expected,
    range: f.range,
    deviation: f.deviation,
    requirement: null,
    inputs: f.inputs.map((i) => ({ name: i.name, path: i.source, value: i.value, unit: i.unit, ...(i.defaulted ? { defaulted: true } : {}) })),
    params: {},
    title: f.title,
    message: f.message,
    formula: { en: f.formula, zh: f.formula },
    computation: { en: f.computation, zh: f.computation },
    evidence: f.evidence,
    questions: f.questions,
  };
}

function runOne(rule: AnyRule, context: AnalysisContext): RunOutcome {
  const outcome = rule.check(context);
  if (outcome.status === 'skipped') {
    const reason = outcome.reason;
    return 'code' in reason
      ? { status: 'skipped', reason, missing: outcome.missing }
      : { status: 'skipped', reason: { code: 'legacy' }, missing: outcome.missing, legacyReason: reason };
  }
  if ('flags' in outcome) return { status: 'ran', findings: outcome.flags.map(fromLegacy) };
  const findings: Finding[] = [];
  for (const f of outcome.findings) {
    if (!(rule.codes as readonly string[]).includes(f.code)) throw new Error(`the check raised ${f.code}, which it does not declare`);
    findings.push({
      code: f.code,
      ruleId: rule.id,
      subject: f.subject,
      severity: f.severity,
      unit: f.unit,
      observed: f.observed,
      expected: f.expected,
      range: f.range,
      deviation: f.deviation,
      requirement: f.requirement,
      inputs: f.inputs,
      params: f.params,
    });
  }
  return { status: 'ran', findings };
}

/**
 * Runs each check; a check that throws (a bug) is reported as skipped with the error's message rather
 * than taking the whole analysis down.
 */
export function runRules(context: AnalysisContext, rules: readonly AnyRule[] = defaultRules): RuleRun[] {
  return rules.map((rule) => {
    try {
      return { rule, outcome: runOne(rule, context) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { rule, outcome: { status: 'skipped', missing: [], reason: { code: 'rule-error', params: { message } } } };
    }
  });
}

/** All findings of the runs, most severe first, then in check order (stable). */
export function collectFindings(runs: readonly RuleRun[]): Finding[] {
  const order = { critical: 0, warning: 1, info: 2 } as const;
  const findings = runs.flatMap((r) => (r.outcome.status === 'ran' ? [...r.outcome.findings] : []));
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => order[a.f.severity] - order[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}
