/**
 * The IRR solver, re-exported for `xcheck/relationship`: it lives in src/conditions/irr.ts since the loan
 * conditions (docs/conditions.md) show the effective cost in the core analysis.
 */
export * from '../conditions/irr.js';
