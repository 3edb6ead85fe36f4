/**
 * The example workbook in its two versions: docs/spreadsheets-example.csv (Excel names, XCHECK.<ID>) and
 * docs/spreadsheets-example-google.csv (Google Sheets names, XCHECK_<ID>), generated from the first by
 * scripts/sheets-example.ts. Each calls only functions of the catalog, by the names its engine knows.
 * (hyperformula.test.ts computes both and compares every cell.)
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { EXCEL_EXAMPLE_PATH, GOOGLE_EXAMPLE_PATH, renderGoogleExample } from '../../scripts/sheets-example.js';
import { appsScriptName, SHEET_FUNCTIONS } from '../../src/sheets/catalog.js';

const excel = readFileSync(EXCEL_EXAMPLE_PATH, 'utf8');
const google = readFileSync(GOOGLE_EXAMPLE_PATH, 'utf8');
const ids = SHEET_FUNCTIONS.map((f) => f.id as string);

/** Every name called in a formula that starts with XCHECK, as written. */
const calls = (csv: string) => [...csv.matchAll(/\b(XCHECK[._][A-Za-z0-9_.]*)\s*\(/g)].map((m) => m[1]);

test('the Google Sheets version is the generated one (run `npm run docs:sheets` after changing the Excel version)', () => {
  expect(google).toBe(renderGoogleExample());
});

test('the Excel version calls catalog functions by their Excel names only', () => {
  const names = calls(excel);
  expect(names).toHaveLength(8);
  for (const n of names) expect(ids.map((id) => `XCHECK.${id}`)).toContain(n);
});

test('the Google Sheets version calls catalog functions by their Apps Script names only', () => {
  const names = calls(google);
  expect(names).toHaveLength(8);
  for (const n of names) expect(ids.map(appsScriptName)).toContain(n);
  expect(google).not.toContain('XCHECK.');
  // and nothing but the names differs
  expect(google.replace(/XCHECK_/g, 'XCHECK.')).toBe(excel);
});
