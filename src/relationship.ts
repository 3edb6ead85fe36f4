/**
 * `xcheck/relationship`: after the loan (docs/relationship.md): expected deposits, the loan's cost,
 * monitoring against flows, the contact calendar and its .ics file, the monitoring memo. Re-exports only.
 */
export * from './relationship/irr.js';
export * from './relationship/deposit.js';
export * from './relationship/cost.js';
export * from './relationship/festivals.js';
export * from './relationship/calendar.js';
export * from './relationship/ics.js';
export * from './relationship/flows.js';
export * from './relationship/monitor.js';
export * from './relationship/markdown.js';
