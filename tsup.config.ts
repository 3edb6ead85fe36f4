import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { iconPng } from './scripts/excel-icons.js';
import { appsScriptStubs, excelFunctionsMetadata, excelJsdocSource } from './src/sheets/catalog.js';
import { ADDIN_HOST_PLACEHOLDER, ADDIN_ICONS, addinVersion, excelManifest, excelRuntimePage } from './src/sheets/manifest.js';

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
} as const;

/** The bundle's global in Apps Script; the stubs call `XCHECK.call(id, args)`. */
const APPS_SCRIPT_GLOBAL = 'XCHECK';

/**
 * The two spreadsheet bundles (docs/spreadsheets.md). Self-contained IIFEs with every dependency
 * inlined, no sourcemap, ES2019 (Apps Script's V8 and Excel's custom-functions runtime).
 * `outDir` is a parameter so the tests can build into a temporary folder; `hostUrl` is the https folder
 * the Excel add-in is served from (default: `XCHECK_ADDIN_URL`, else the placeholder
 * https://localhost:3000/, see src/sheets/manifest.ts).
 */
export function sheetsConfigs(outDir = 'dist/sheets', hostUrl = process.env.XCHECK_ADDIN_URL || ADDIN_HOST_PLACEHOLDER): Options[] {
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
  const version = addinVersion((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
  return [
    {
      ...common,
      // Google Apps Script: one file to paste (or push with clasp), the stubs appended. Not minified, so
      // an analyst can read what runs in the sheet (and Apps Script's editor shows lines, not one line);
      // Chinese messages as UTF-8, not \uXXXX escapes.
      name: 'sheets-google',
      entry: { xcheck: 'src/sheets/apps-script.ts' },
      outDir: join(outDir, 'google'),
      globalName: APPS_SCRIPT_GLOBAL,
      minify: false,
      esbuildOptions: (o) => {
        o.charset = 'utf8';
      },
      footer: { js: `\n${appsScriptStubs(APPS_SCRIPT_GLOBAL)}\n` },
    },
    {
      ...common,
      // Excel custom functions: the add-in folder to serve over https: functions.js (associates every id),
      // functions.json (the metadata), functions.ts (the JSDoc declarations the metadata is generated from),
      // functions.html (the shared runtime's page), manifest.xml (to sideload) and the icons.
      name: 'sheets-excel',
      entry: { functions: 'src/sheets/excel.ts' },
      outDir: excelDir,
      onSuccess: async () => {
        mkdirSync(excelDir, { recursive: true });
        writeFileSync(join(excelDir, 'functions.json'), `${JSON.stringify(excelFunctionsMetadata(), null, 2)}\n`);
        writeFileSync(join(excelDir, 'functions.ts'), excelJsdocSource());
        writeFileSync(join(excelDir, 'functions.html'), excelRuntimePage());
        writeFileSync(join(excelDir, 'manifest.xml'), excelManifest({ hostUrl, version }));
        for (const [file, size] of Object.entries(ADDIN_ICONS)) writeFileSync(join(excelDir, file), iconPng(size));
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
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
  ...sheetsConfigs(),
]);
