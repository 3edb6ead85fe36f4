/** The spreadsheet functions' pure core, for wiring xcheck into any spreadsheet engine. */
export * from './catalog.js';
export * from './cells.js';
export * from './fields.js';
export * from './functions.js';
export { parseFieldPath, profileFromRange, type RangeInput } from './profile-range.js';
