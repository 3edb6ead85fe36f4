/**
 * Bundle sizes, minified and gzipped (esbuild, platform browser, gzip level 9):
 *   - the core (src/index.ts) without its dependencies: budget 25 kB (issue 8);
 *   - the core with decimal.js, zod and date-fns bundled, for information.
 * The Apps Script file is measured here once src/sheets lands. Exit 1 when over budget.
 * Figures are kept in docs/performance.md.
 */
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const BUDGET = 25 * 1024;

async function size(external: string[]): Promise<{ min: number; gz: number }> {
  const r = await build({
    entryPoints: [join(root, 'src', 'index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    external,
    // Chinese messages as UTF-8 (3 bytes a character), as tsup writes dist/, not as \uXXXX escapes (6 bytes).
    charset: 'utf8',
    logLevel: 'error',
  });
  const code = r.outputFiles[0]!.contents;
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const core = await size(['decimal.js', 'zod', 'date-fns']);
const all = await size([]);
console.log('bundle                          minified    min+gzip');
console.log(`core, dependencies external    ${kb(core.min).padStart(9)}   ${kb(core.gz).padStart(9)}   (budget ${kb(BUDGET)}: ${core.gz <= BUDGET ? 'within' : 'OVER'})`);
console.log(`core + decimal.js, zod, date-fns ${kb(all.min).padStart(7)}   ${kb(all.gz).padStart(9)}`);
if (core.gz > BUDGET) process.exitCode = 1;
