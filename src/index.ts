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
export { equityGapRule } from './rules/equity-gap.js';
export { selfReportRule } from './rules/self-report.js';
export { evidenceInsufficientRule } from './rules/evidence-insufficient.js';
export { initialCapitalRule } from './rules/initial-capital.js';
export { hiddenDebtRule } from './rules/hidden-debt.js';
export { premisesRule, TENURE_PROOF_KINDS } from './rules/premises.js';
export { salesTriangulationRule, salesEstimates, type SalesEstimate } from './rules/sales-triangulation.js';
export { productionCapacityRule } from './rules/production-capacity.js';
export { grossMarginRule, industryMarginFor } from './rules/gross-margin.js';
export { inventoryRule } from './rules/inventory.js';
export { householdExpensesRule } from './rules/household-expenses.js';
export { leverageRule } from './rules/leverage.js';
export { liquidityRule } from './rules/liquidity.js';
export { repaymentCapacityRule } from './rules/repayment-capacity.js';
export { seasonalShortfallRule } from './rules/seasonal-shortfall.js';
export * from './report/analyze.js';
export * from './report/serialize.js';
export * from './capacity/schedule.js';
export * from './profile/relationship.js';
export * from './capacity/capacity.js';
export * from './capacity/recommend.js';
export * from './capacity/funding-plan.js';
export * from './report/capacity-json.js';
