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
import { householdBalanceRule } from './household-balance/index.js';
import { creditReportRule } from './credit-report/index.js';
import { guarantorsRule } from './guarantors/index.js';
import { collateralRule } from './collateral/index.js';
import { softInformationRule } from './soft-information/index.js';
import { datedEquityRule } from './dated-equity/index.js';
import type { Comparison } from '../crosscheck/types.js';
import type { AnalysisContext, Finding, Rule, SkipReason } from './types.js';

export const defaultRules: readonly Rule[] = [
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
  householdBalanceRule,
  creditReportRule,
  guarantorsRule,
  collateralRule,
  softInformationRule,
  datedEquityRule,
];

/** A check's outcome with its findings stamped (`ruleId`), as the report reads it. */
export type RunOutcome =
  | { readonly status: 'ran'; readonly findings: readonly Finding[]; readonly comparisons?: readonly Comparison[] }
  | { readonly status: 'skipped'; readonly reason: SkipReason; readonly missing: readonly string[] };

export interface RuleRun {
  readonly rule: Rule;
  readonly outcome: RunOutcome;
}

function runOne(rule: Rule, context: AnalysisContext): RunOutcome {
  const outcome = rule.check(context);
  if (outcome.status === 'skipped') return { status: 'skipped', reason: outcome.reason, missing: outcome.missing };
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
  return outcome.comparisons === undefined ? { status: 'ran', findings } : { status: 'ran', findings, comparisons: outcome.comparisons };
}

/**
 * Runs each check; a check that throws (a bug) is reported as skipped with the error's message
 * (`rule-error`) rather than taking the whole analysis down. The recommendation then fails closed
 * (`policy.failClosed`, docs/capacity.md): see `failedRuleIds`.
 */
export function runRules(context: AnalysisContext, rules: readonly Rule[] = defaultRules): RuleRun[] {
  return rules.map((rule) => {
    try {
      return { rule, outcome: runOne(rule, context) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { rule, outcome: { status: 'skipped', missing: [], reason: { code: 'rule-error', params: { message } } } };
    }
  });
}

/** The ids of the checks that threw (skipped with `rule-error`), in check order. */
export function failedRuleIds(runs: readonly RuleRun[]): string[] {
  return runs.filter((r) => r.outcome.status === 'skipped' && r.outcome.reason.code === 'rule-error').map((r) => r.rule.id);
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
