/**
 * xcheck: cross-verification (交叉检验) for micro-enterprise loan underwriting. The public API of the analysis
 * core (`xcheck`), re-exports only; the README lists it ("What `xcheck` exports"). Internals are not exported.
 * The rest is behind subpaths, so a page that only analyses does not load it: `xcheck/markdown`
 * (src/markdown.ts), `xcheck/cases` (src/cases.ts), `xcheck/relationship` (src/relationship.ts),
 * `xcheck/sheets` (src/sheets.ts). docs/performance.md ("Bundle size") has the sizes.
 */

// The analysis: any JSON value in, a report or input errors out.
export { analyze, parseInput, runAnalysis, toReport } from './report/analyze.js';
export { isPreparedPolicy, preparePolicy } from './profile/prepared.js';
export { formatInputErrors } from './profile/errors.js';

// The profile and the policy: zod schemas, JSON Schemas, the resolved default policy.
export { profileSchema, profileJsonSchema } from './profile/schema.js';
export { defaultPolicy, policyJsonSchema, policySchema } from './profile/policy.js';

// The check contract, the default checks and the helpers a check is written with (docs/rules.md, "Writing a check").
export { FLAG_CODES, SEVERITIES } from './rules/types.js';
export { collectFindings, defaultRules, runRules } from './rules/registry.js';
export {
  bandRequirement,
  declaredFinding,
  limitFinding,
  moneyInput,
  plainInput,
  ran,
  ratioInput,
  severityFor,
  skipped,
  skippedWithoutBalances,
} from './rules/flag.js';
export { receivablesRule } from './rules/receivables/index.js';
export { payablesRule } from './rules/payables/index.js';
export { equityGapRule } from './rules/equity-gap/index.js';
export { selfReportRule } from './rules/self-report/index.js';
export { evidenceInsufficientRule } from './rules/evidence-insufficient/index.js';
export { initialCapitalRule } from './rules/initial-capital/index.js';
export { hiddenDebtRule } from './rules/hidden-debt/index.js';
export { premisesRule } from './rules/premises/index.js';
export { salesEstimates, salesTriangulationRule } from './rules/sales-triangulation/index.js';
export { productionCapacityRule } from './rules/production-capacity/index.js';
export { grossMarginRule } from './rules/gross-margin/index.js';
export { inventoryRule } from './rules/inventory/index.js';
export { householdExpensesRule } from './rules/household-expenses/index.js';
export { leverageRule } from './rules/leverage/index.js';
export { liquidityRule } from './rules/liquidity/index.js';
export { repaymentCapacityRule } from './rules/repayment-capacity/index.js';
export { seasonalShortfallRule } from './rules/seasonal-shortfall/index.js';
export { householdBalanceRule } from './rules/household-balance/index.js';
export { creditReportRule } from './rules/credit-report/index.js';
export { guarantorsRule } from './rules/guarantors/index.js';
export { collateralRule } from './rules/collateral/index.js';
export { softInformationRule } from './rules/soft-information/index.js';
export { datedEquityRule } from './rules/dated-equity/index.js';

// Texts: findings, skip reasons and labels rendered from the catalogs (src/locales).
export {
  catalogs,
  flagTexts,
  formatFinding,
  formatSalesEstimate,
  formatSkipReason,
  inputLabel,
  LANGS,
  ruleTitle,
  skipReasonTexts,
  withTexts,
} from './locales/index.js';

// Schedules on their own (docs/capacity.md).
export { buildSchedule, effectiveAnnualRate, scheduleFromInput } from './capacity/schedule.js';
export { seasonalPlanFromInput } from './capacity/seasonal-plan.js';
export { cashModel } from './capacity/cash-model.js';
export { conditionText, proposeConditions } from './conditions/index.js';
export { depositPotential } from './conditions/potential.js';
export { INDUSTRY_TABLE_VERSION, industryBenchmark } from './industry/index.js';
export { serializeSchedule } from './report/capacity-json.js';

// The types of all of the above, and of the report.
export type * from './rules/types.js';
export type { RuleRun, RunOutcome } from './rules/registry.js';
export type * from './report/analyze.js';
export type * from './report/serialize.js';
export type * from './report/capacity-json.js';
export type * from './profile/schema.js';
export type * from './profile/policy.js';
export type { PreparedPolicy, PreparePolicyResult } from './profile/prepared.js';
export type { InputError, InputErrorCode } from './profile/errors.js';
export type * from './statements/index.js';
export type * from './equity/index.js';
export type * from './adjust/index.js';
export type * from './capacity/capacity.js';
export type * from './capacity/recommend.js';
export type * from './capacity/schedule.js';
export type * from './capacity/funding-plan.js';
export type { Catalog, CheckTexts, CommonTexts, EstimateTexts, FindingWriter, Lang } from './locales/index.js';
export type { EstimateId, EstimateParamsById, SalesEstimate } from './rules/sales-triangulation/index.js';
export type { Dec, DecimalInput, RoundingMode } from './money/index.js';
