import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  examples: 'src/examples.ts',
  html: 'src/html.ts',
} as const;

/**
 * Files of the build that are not public entries: the catalogs (src/locales, the texts of the core) as a chunk of
 * their own, which the core's entries import, so the core's code and its texts load and cache apart
 * (docs/performance.md, "Bundle size"). Not in package.json `exports`: import the catalogs from `xcheck`.
 */
export const CHUNK_ENTRIES = {
  catalogs: 'src/locales/index.ts',
} as const;

/**
 * The licences of the run-time dependencies (package.json `dependencies`: decimal.js, zod), verbatim, as one
 * comment for the top of every file that inlines them (the spreadsheet bundles). The library's files keep the
 * dependencies external and need none.
 */
export function thirdPartyNotice(): string {
  const root = import.meta.dirname;
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const parts = Object.keys(pkg.dependencies).map((name) => {
    const dir = join(root, 'node_modules', name);
    const dep = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string; license: string };
    const file = readdirSync(dir).find((f) => /^licen[cs]e(\.md|\.txt)?$/i.test(f));
    if (file === undefined) throw new Error(`tsup.config.ts: no licence file in node_modules/${name}`);
    const text = readFileSync(join(dir, file), 'utf8').replaceAll('*/', '* /').trim();
    return `${name} ${dep.version} (${dep.license}):\n\n${text}`;
  });
  return `/*!\n * xcheck (MIT). This file includes third-party code under the licences below.\n\n${parts.join('\n\n')}\n */`;
}

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
    // The licences of what is inlined (decimal.js, zod), at the top of each file.
    banner: { js: thirdPartyNotice() },
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

/**
 * Sourcemaps map to the TypeScript files by name and line without embedding their text (`sourcesContent`):
 * stack traces under `node --enable-source-maps` name src/ files, and the package stays small. The command line
 * is ESM only (package.json `bin`): the CommonJS build leaves its entry out.
 */
const libraryEsbuildOptions: Options['esbuildOptions'] = (options, { format }) => {
  options.sourcesContent = false;
  const entries = options.entryPoints;
  // A new object: the ESM build is given the same one.
  if (format === 'cjs' && entries !== undefined && !Array.isArray(entries)) {
    options.entryPoints = Object.fromEntries(Object.entries(entries as Record<string, string>).filter(([name]) => name !== 'cli' && name !== 'cli-html'));
  }
};

export default defineConfig([
  {
    // The library: ESM + CJS + declarations, one entry per public subpath (package.json `exports`), and the
    // command line. Dependencies stay external. Splitting for both formats: what the entries share (money,
    // the analysis core) lives in shared chunks, so `xcheck` and `xcheck/markdown` use the same Decimal
    // clone and the same rule objects instead of two copies, and dist/cli.js imports those chunks instead of
    // bundling the library a second time (its shebang is the first line of src/cli/index.ts, which esbuild
    // keeps). dist/cli-html.js, the HTML and PDF writer, is loaded by the command only for those formats
    // (src/cli/html-loader.ts), so the batch's workers, which load dist/cli.js under a small heap, never load it. The catalogs are a chunk of their own (CHUNK_ENTRIES). Declarations for the public entries only.
    entry: { ...LIBRARY_ENTRIES, ...CHUNK_ENTRIES, cli: 'src/cli/index.ts', 'cli-html': 'src/cli/cli-html.ts' },
    format: ['esm', 'cjs'],
    splitting: true,
    dts: { entry: LIBRARY_ENTRIES },
    sourcemap: true,
    esbuildOptions: libraryEsbuildOptions,
    // Node's built-in modules (the command line's) stay imports.
    external: [/^node:/],
    // Clean dist/ but not dist/sheets/, which the spreadsheet builds below write at the same time.
    clean: ['!sheets/**'],
    target: 'es2022',
    platform: 'neutral',
  },
  ...sheetsConfigs(),
]);
