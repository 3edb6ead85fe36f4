/**
 * Bundle sizes, minified and gzipped (esbuild, gzip level 9, Chinese text as UTF-8 as tsup writes dist/):
 *   - the core (`xcheck`, src/index.ts) without its dependencies and without the catalogs (src/locales/**, a chunk
 *     of their own in dist/, tsup.config.ts CHUNK_ENTRIES): budget 30 kB min+gzip (issue 13);
 *   - the catalogs' chunk, and the core with it (what a page that analyses loads in all);
 *   - each subpath entry (`xcheck/markdown`, `/cases`, `/relationship`, `/sheets`) without dependencies:
 *     alone (what a page importing only it loads) and what it adds to a page that already has the core;
 *   - the core with its run-time dependencies (decimal.js, zod) bundled;
 *   - the spreadsheet files (Apps Script, Excel) as tsup.config.ts writes them (IIFE, ES2019, all inlined,
 *     ASCII output as tsup leaves it, the third-party licences at the top).
 * Exit 1 when the core is over its budget. Figures are kept in docs/performance.md ("Bundle size").
 */
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { CHUNK_ENTRIES, LIBRARY_ENTRIES, sheetsConfigs } from '../tsup.config.js';

const root = join(import.meta.dirname, '..');
export const CORE_BUDGET = 30 * 1024;
const DEPS = ['decimal.js', 'zod'];
const SUBPATHS = Object.keys(LIBRARY_ENTRIES).filter((k) => k !== 'index');

interface Size {
  readonly min: number;
  readonly gz: number;
}

/**
 * The catalogs as tsup splits them: imports of src/locales/** from outside it stay imports (the chunk), what
 * the catalogs import themselves (src/money) is counted with the importer.
 */
const catalogsApart: Plugin = {
  name: 'catalogs-apart',
  setup(b) {
    const locales = join(root, 'src', 'locales');
    b.onResolve({ filter: /locales/ }, (a) =>
      a.importer.startsWith(locales) || !join(a.resolveDir, a.path).startsWith(locales) ? undefined : { path: a.path, external: true },
    );
  },
};

async function measure(options: BuildOptions, footer = ''): Promise<Size> {
  const r = await build({
    // Chinese messages as UTF-8 (3 bytes a character), not as \uXXXX escapes (6 bytes): what a page's
    // bundler (Vite, esbuild with charset utf8) writes; the spreadsheet files override it.
    charset: 'utf8',
    ...options,
    bundle: true,
    minify: true,
    write: false,
    logLevel: 'error',
  });
  const code = Buffer.concat([r.outputFiles[0]!.contents, Buffer.from(footer)]);
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
}

/** An ES module for a page: the given entries' exports (LIBRARY_ENTRIES keys), bundled, `external` left as imports. */
const page = (entries: string[], external: string[], plugins: Plugin[] = []) =>
  measure({
    plugins,
    stdin: { contents: entries.map((e) => `export * from './${LIBRARY_ENTRIES[e as keyof typeof LIBRARY_ENTRIES]}';`).join('\n'), resolveDir: root, loader: 'ts' },
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external,
  });

/** A spreadsheet file as tsup.config.ts builds it (sheetsConfigs: entry, target, global name, footer). */
async function sheetFile(name: string): Promise<Size> {
  const c = sheetsConfigs().find((o) => o.name === name)!;
  const entry = Object.values(c.entry as Record<string, string>)[0]!;
  const footer = (c.footer as { js?: string } | undefined)?.js ?? '';
  const banner = (c.banner as { js?: string } | undefined)?.js;
  // tsup leaves esbuild's default charset (ASCII: Chinese as \\uXXXX escapes), so the same here: the
  // figure is the size of the file the build writes.
  const options: BuildOptions = { entryPoints: [join(root, entry)], format: 'iife', platform: 'browser', target: c.target as string, globalName: c.globalName, charset: 'ascii', ...(banner === undefined ? {} : { banner: { js: banner } }) };
  return measure(options, footer);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const row = (label: string, s: Size, note = '') => console.log(`${label.padEnd(46)}${kb(s.min).padStart(10)}${kb(s.gz).padStart(11)}${note ? `   ${note}` : ''}`);

const core = await page(['index'], DEPS, [catalogsApart]);
const withCatalogs = await page(['index'], DEPS);
const catalogsAlone = await measure({ entryPoints: [join(root, CHUNK_ENTRIES.catalogs)], format: 'esm', platform: 'browser', target: 'es2022', external: DEPS });
console.log(`${'bundle'.padEnd(46)}${'minified'.padStart(10)}${'min+gzip'.padStart(11)}`);
row('xcheck (core), deps and catalogs external', core, `budget ${kb(CORE_BUDGET)}: ${core.gz <= CORE_BUDGET ? 'within' : 'OVER'}`);
row('the catalogs chunk (src/locales, with money)', catalogsAlone);
row('xcheck (core) with the catalogs, deps external', withCatalogs, `what a page that analyses loads`);
for (const sub of SUBPATHS) {
  const alone = await page([sub], DEPS);
  const withCore = await page(['index', sub], DEPS);
  row(`xcheck/${sub}, dependencies external`, alone, `adds ${kb(withCore.min - withCatalogs.min)} min, ${kb(withCore.gz - withCatalogs.gz)} min+gzip to the core with its catalogs`);
}
row('everything (core + all subpaths), deps external', await page(['index', ...SUBPATHS], DEPS));
row('xcheck (core) + decimal.js, zod', await page(['index'], []));
row('Apps Script file (dist/sheets/google/xcheck.js)', await sheetFile('sheets-google'));
row('Excel file (dist/sheets/excel/functions.js)', await sheetFile('sheets-excel'));
if (core.gz > CORE_BUDGET) {
  console.log(`the core is ${kb(core.gz - CORE_BUDGET)} over its ${kb(CORE_BUDGET)} budget`);
  process.exitCode = 1;
}
