/**
 * xcheck: cross-verification (交叉检验) for micro-enterprise loan underwriting. Public API, re-exports only.
 * This is the analysis core (`xcheck`): parsing and JSON Schema, statements, equity, rules, capacity and
 * schedule, analyze() and the JSON report. The rest is behind subpaths, so a page that only analyses does
 * not load it: `xcheck/markdown` (src/markdown.ts), `xcheck/cases` (src/cases.ts), `xcheck/relationship`
 * (src/relationship.ts), `xcheck/sheets` (src/sheets.ts). docs/performance.md ("Bundle size") has the sizes.
 */
export * from './money/index.js';
export * from './dates/index.js';
export * from './profile/schema.js';
export * from './profile/evidence.js';
export * from './profile/policy.js';
export { isPreparedPolicy, preparePolicy, type PreparedPolicy, type PreparePolicyResult } from './profile/prepared.js';
export * from './profile/observations.js';
export * from './profile/errors.js';
export * from './statements/index.js';
export * from './equity/index.js';
export * from './adjust/index.js';
export * from './rules/types.js';
export * from './rules/flag.js';
export { expectedBalance } from './rules/turnover.js';
export * from './rules/registry.js';
export { receivablesRule } from './rules/receivables/index.js';
export { payablesRule } from './rules/payables/index.js';
export * from './locales/index.js';
export { equityGapRule } from './rules/equity-gap/index.js';
export { selfReportRule } from './rules/self-report/index.js';
export { evidenceInsufficientRule } from './rules/evidence-insufficient/index.js';
export { initialCapitalRule } from './rules/initial-capital/index.js';
export { hiddenDebtRule } from './rules/hidden-debt/index.js';
export { premisesRule, TENURE_PROOF_KINDS } from './rules/premises/index.js';
export { salesTriangulationRule, salesEstimates, type SalesEstimate } from './rules/sales-triangulation/index.js';
export { productionCapacityRule } from './rules/production-capacity/index.js';
export { grossMarginRule, industryMarginFor } from './rules/gross-margin/index.js';
export { inventoryRule } from './rules/inventory/index.js';
export { householdExpensesRule } from './rules/household-expenses/index.js';
export { leverageRule } from './rules/leverage/index.js';
export { liquidityRule } from './rules/liquidity/index.js';
export { repaymentCapacityRule } from './rules/repayment-capacity/index.js';
export { seasonalShortfallRule } from './rules/seasonal-shortfall/index.js';
export * from './report/analyze.js';
export * from './report/serialize.js';
export * from './capacity/schedule.js';
export * from './profile/relationship.js';
export * from './capacity/capacity.js';
export * from './capacity/recommend.js';
export * from './capacity/funding-plan.js';
export * from './report/capacity-json.js';
