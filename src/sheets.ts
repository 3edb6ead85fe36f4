/** `xcheck/sheets`: the spreadsheet functions' pure core (docs/spreadsheets.md). Re-exports only. */
export * from './sheets/index.js';
