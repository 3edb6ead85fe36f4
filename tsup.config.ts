import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { appsScriptStubs, excelFunctionsMetadata } from './src/sheets/catalog.js';

/**
 * The library's entry points: `dist/<key>.{js,cjs,d.ts,d.cts}`, one per package.json `exports` subpath
 * (`index` is `.`, the others `./<key>`). The core is `index`; scripts/bundle-size.ts budgets it.
 */
export const LIBRARY_ENTRIES = {
  index: 'src/index.ts',
  markdown: 'src/markdown.ts',
  cases: 'src/cases.ts',
  relationship: 'src/relationship.ts',
  sheets: 'src/sheets.ts',
  html: 'src/html.ts',
} as const;

/** The bundle's global in Apps Script; the stubs call `XCHECK.call(id, args)`. */
const APPS_SCRIPT_GLOBAL = 'XCHECK';

/**
 * The two spreadsheet bundles (docs/spreadsheets.md). Self-contained IIFEs with every dependency
 * inlined, no sourcemap, ES2019 (Apps Script's V8 and Excel's custom-functions runtime).
 * `outDir` is a parameter so the tests can build into a temporary folder.
 */
export function sheetsConfigs(outDir = 'dist/sheets'): Options[] {
  const common: Options = {
    format: ['iife'],
    platform: 'browser',
    target: 'es2019',
    dts: false,
    sourcemap: false,
    clean: true,
    noExternal: [/.*/],
    minify: true,
    outExtension: () => ({ js: '.js' }),
  };
  const excelDir = join(outDir, 'excel');
  return [
    {
      ...common,
      // Google Apps Script: one file to paste (or push with clasp), the stubs appended.
      name: 'sheets-google',
      entry: { xcheck: 'src/sheets/apps-script.ts' },
      outDir: join(outDir, 'google'),
      globalName: APPS_SCRIPT_GLOBAL,
      footer: { js: `\n${appsScriptStubs(APPS_SCRIPT_GLOBAL)}\n` },
    },
    {
      ...common,
      // Excel custom functions: functions.js + functions.json (+ the page the manifest points at).
      name: 'sheets-excel',
      entry: { functions: 'src/sheets/excel.ts' },
      outDir: excelDir,
      onSuccess: async () => {
        mkdirSync(excelDir, { recursive: true });
        writeFileSync(join(excelDir, 'functions.json'), `${JSON.stringify(excelFunctionsMetadata(), null, 2)}\n`);
        writeFileSync(
          join(excelDir, 'functions.html'),
          [
            '<!doctype html>',
            '<html><head><meta charset="utf-8">',
            '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/custom-functions-runtime.js"></script>',
            '<script src="functions.js"></script>',
            '</head><body></body></html>',
            '',
          ].join('\n'),
        );
      },
    },
  ];
}

export default defineConfig([
  {
    // The library: ESM + CJS + declarations, one entry per public subpath (package.json `exports`).
    // Dependencies stay external. Splitting for both formats: what the entries share (money, the
    // analysis core) lives in one chunk, so `xcheck` and `xcheck/markdown` use the same Decimal clone
    // and the same rule objects instead of two copies.
    entry: LIBRARY_ENTRIES,
    format: ['esm', 'cjs'],
    splitting: true,
    dts: true,
    sourcemap: true,
    // Clean dist/ but not dist/sheets/, which the spreadsheet builds below write at the same time.
    clean: ['!sheets/**'],
    target: 'es2022',
    platform: 'neutral',
  },
  {
    // The command line: one ESM file with a shebang.
    // cli-html: the HTML and PDF writer, loaded by the command only for those formats (src/cli/html-loader.ts).
    entry: { cli: 'src/cli/index.ts', 'cli-html': 'src/cli/cli-html.ts' },
    format: ['esm'],
    splitting: false,
    dts: false,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
  ...sheetsConfigs(),
]);
