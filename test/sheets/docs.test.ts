import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { appsScriptName, SHEET_FUNCTIONS, type SheetFunctionInfo } from '../../src/sheets/catalog.js';
import { ADDIN_FILES, ADDIN_HOST_PLACEHOLDER, ADDIN_ICONS } from '../../src/sheets/manifest.js';

const docs = readFileSync(new URL('../../docs/spreadsheets.md', import.meta.url), 'utf8');

test('docs/spreadsheets.md documents every function with the signature of the catalog', () => {
  for (const f of SHEET_FUNCTIONS as readonly SheetFunctionInfo[]) {
    const params = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
    expect(docs).toContain(`### XCHECK.${f.id}(${params.join(', ')})`);
    expect(docs).toContain(`\`${appsScriptName(f.id)}\``);
  }
  expect(docs.match(/^### XCHECK\./gm)).toHaveLength(SHEET_FUNCTIONS.length);
});

test('the install steps name every file of the add-in and the placeholder, and hold no … to fill in', () => {
  const install = docs.slice(docs.indexOf('## Installing'), docs.indexOf('## Cell values in and out'));
  expect(install.length).toBeGreaterThan(1000);
  expect(install).not.toContain('…');
  for (const file of [...Object.values(ADDIN_FILES), 'functions.ts', 'manifest.xml', ...Object.keys(ADDIN_ICONS)]) {
    expect(install).toContain(file);
  }
  expect(install).toContain(`\`${ADDIN_HOST_PLACEHOLDER}\``);
  expect(install).toContain('scripts/excel-manifest.ts');
  expect(install).toContain('XCHECK_ADDIN_URL');
  expect(install).toContain('dist/sheets/google/xcheck.js');
});
