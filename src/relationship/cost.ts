/**
 * The loan's real cost with a compensating deposit, re-exported for `xcheck/relationship`: it lives in
 * src/conditions/cost.ts since the loan conditions (docs/conditions.md) show the effective cost of the package
 * in the core analysis, and the core does not load the relationship stage.
 */
export * from '../conditions/cost.js';
