/** The default rules, in the order they run and appear in the report. */
import { equityGapRule } from './equity-gap.js';
import { evidenceInsufficientRule } from './evidence-insufficient.js';
import { hiddenDebtRule } from './hidden-debt.js';
import { initialCapitalRule } from './initial-capital.js';
import { premisesRule } from './premises.js';
import { selfReportRule } from './self-report.js';
import { grossMarginRule } from './gross-margin.js';
import { householdExpensesRule } from './household-expenses.js';
import { inventoryRule } from './inventory.js';
import { leverageRule } from './leverage.js';
import { liquidityRule } from './liquidity.js';
import { payablesRule } from './payables.js';
import { productionCapacityRule } from './production-capacity.js';
import { receivablesRule } from './receivables.js';
import { salesTriangulationRule } from './sales-triangulation.js';
import { repaymentCapacityRule } from './repayment-capacity.js';
import { seasonalShortfallRule } from './seasonal-shortfall.js';
import type { AnalysisContext, Flag, Rule, RuleOutcome } from './types.js';

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
];

export interface RuleRun {
  readonly rule: Rule;
  readonly outcome: RuleOutcome;
}

/**
 * Runs each rule; a rule that throws (a bug) is reported as skipped with the error's message rather
 * than taking the whole analysis down.
 */
export function runRules(context: AnalysisContext, rules: readonly Rule[] = defaultRules): RuleRun[] {
  return rules.map((rule) => {
    try {
      return { rule, outcome: rule.check(context) };
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      return {
        rule,
        outcome: {
          status: 'skipped',
          missing: [],
          reason: { en: `internal error in the rule: ${text}`, zh: `规则内部错误：${text}` },
        },
      };
    }
  });
}

/** All flags of the runs, most severe first, then in rule order (stable). */
export function collectFlags(runs: readonly RuleRun[]): Flag[] {
  const order = { critical: 0, warning: 1, info: 2 } as const;
  const flags = runs.flatMap((r) => (r.outcome.status === 'ran' ? [...r.outcome.flags] : []));
  return flags
    .map((f, i) => ({ f, i }))
    .sort((a, b) => order[a.f.severity] - order[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}
