/** xcheck: cross-verification (交叉检验) for micro-enterprise loan underwriting. Public API, re-exports only. */
export * from './money/index.js';
export * from './dates/index.js';
export * from './profile/schema.js';
export * from './profile/policy.js';
export * from './profile/errors.js';
export * from './statements/index.js';
export * from './equity/index.js';
export * from './rules/types.js';
export * from './rules/flag.js';
export { expectedBalance } from './rules/turnover.js';
export * from './rules/registry.js';
export { receivablesRule } from './rules/receivables.js';
export { payablesRule } from './rules/payables.js';
export { equityGapRule } from './rules/equity-gap.js';
export * from './report/analyze.js';
export * from './report/serialize.js';
export * from './report/markdown.js';
export * from './capacity/schedule.js';
