/**
 * docs/spreadsheets-example-google.csv, generated: the example workbook (docs/spreadsheets-example.csv, written
 * with Excel's `XCHECK.<ID>` names) with the Google Sheets names `XCHECK_<ID>` (src/sheets/catalog.ts,
 * `appsScriptName`). `npm run docs:sheets` writes it; test/sheets/example.test.ts fails when it differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { appsScriptName, SHEET_NAMESPACE } from '../src/sheets/catalog.js';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
export const EXCEL_EXAMPLE_PATH = join(ROOT, 'docs', 'spreadsheets-example.csv');
export const GOOGLE_EXAMPLE_PATH = join(ROOT, 'docs', 'spreadsheets-example-google.csv');

/** Every `XCHECK.<ID>(` of a text as `XCHECK_<ID>(`. */
export function toGoogleSheetsNames(text: string): string {
  return text.replace(new RegExp(`\\b${SHEET_NAMESPACE}\\.([A-Z][A-Z0-9_]*)\\(`, 'g'), (_, id: string) => `${appsScriptName(id)}(`);
}

export function renderGoogleExample(): string {
  return toGoogleSheetsNames(readFileSync(EXCEL_EXAMPLE_PATH, 'utf8'));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(GOOGLE_EXAMPLE_PATH, renderGoogleExample());
  console.log(`${GOOGLE_EXAMPLE_PATH}: written`);
}
