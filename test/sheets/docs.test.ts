import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { appsScriptName, SHEET_FUNCTIONS, type SheetFunctionInfo } from '../../src/sheets/catalog.js';

const docs = readFileSync(new URL('../../docs/spreadsheets.md', import.meta.url), 'utf8');

test('docs/spreadsheets.md documents every function with the signature of the catalog', () => {
  for (const f of SHEET_FUNCTIONS as readonly SheetFunctionInfo[]) {
    const params = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
    expect(docs).toContain(`### XCHECK.${f.id}(${params.join(', ')})`);
    expect(docs).toContain(`\`${appsScriptName(f.id)}\``);
  }
  expect(docs.match(/^### XCHECK\./gm)).toHaveLength(SHEET_FUNCTIONS.length);
});
