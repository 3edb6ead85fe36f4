/**
 * What the Apps Script file weighs and what it is made of: `npx tsx scripts/sheets-size.ts`.
 * The shipped file (dist/sheets/google/xcheck.js, built as tsup.config.ts does: not minified, UTF-8) in bytes, lines
 * and gzipped; the same code minified + gzipped (the figure issue 19 budgets at 60 kB); the minified bytes of each
 * part (zod, decimal.js, the message catalogs, the rest of xcheck) from esbuild's metafile; and the functions that
 * need no validation (RECEIVABLES, PAYABLES, INVENTORY, DEVIATION, EQUITY) bundled alone. Figures are kept in
 * docs/spreadsheets.md ("How it is tested"). scripts/bundle-size.ts measures every bundle of the package.
 */
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { sheetsConfigs } from '../tsup.config.js';

const root = join(import.meta.dirname, '..');
const google = sheetsConfigs().find((c) => c.name === 'sheets-google')!;
const entry = join(root, Object.values(google.entry as Record<string, string>)[0]!);
const footer = (google.footer as { js: string }).js;
const base: BuildOptions = { bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2019', globalName: google.globalName, charset: 'utf8', metafile: true, logLevel: 'error' };

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const gz = (b: Uint8Array) => gzipSync(b, { level: 9 }).length;

async function measure(options: BuildOptions, withFooter: boolean) {
  const r = await build({ ...base, ...options });
  const code = Buffer.concat([r.outputFiles![0]!.contents, Buffer.from(withFooter ? footer : '')]);
  const parts: Record<string, number> = {};
  for (const out of Object.values(r.metafile!.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(out.inputs)) {
      const part = input.includes('node_modules/zod/') ? 'zod' : input.includes('node_modules/decimal.js/') ? 'decimal.js' : input.startsWith('src/locales/') ? 'message catalogs (src/locales)' : 'the rest of xcheck';
      parts[part] = (parts[part] ?? 0) + bytesInOutput;
    }
  }
  return { code, parts };
}

const shipped = await measure({ entryPoints: [entry], minify: false }, true);
const minified = await measure({ entryPoints: [entry], minify: true }, true);
// zod left out (an import that would fail at run time): what the file would weigh if nothing needed zod
const noZod = await measure({ entryPoints: [entry], minify: true, external: ['zod'] }, true);
const calculators = await measure(
  {
    stdin: { contents: "export { receivables, payables, inventory, deviation, equity } from './src/sheets/functions.ts';", resolveDir: root, loader: 'ts' },
    minify: true,
  },
  false,
);

const text = shipped.code.toString('utf8').split('\n');
console.log(`dist/sheets/google/xcheck.js as shipped: ${kb(shipped.code.length)}, ${text.length} lines (longest ${Math.max(...text.map((l) => l.length))} characters), ${kb(gz(shipped.code))} gzipped`);
console.log(`the same code minified: ${kb(minified.code.length)}, ${kb(gz(minified.code))} min+gzip`);
for (const [part, bytes] of Object.entries(minified.parts).sort((a, b) => b[1] - a[1])) console.log(`  ${part.padEnd(32)}${kb(bytes).padStart(10)} minified`);
console.log(`the same without zod: ${kb(noZod.code.length)}, ${kb(gz(noZod.code))} min+gzip (zod is ${kb(gz(minified.code) - gz(noZod.code))} of the min+gzip figure)`);
console.log(`RECEIVABLES, PAYABLES, INVENTORY, DEVIATION, EQUITY alone: ${kb(calculators.code.length)} minified, ${kb(gz(calculators.code))} min+gzip`);
for (const [part, bytes] of Object.entries(calculators.parts).sort((a, b) => b[1] - a[1])) console.log(`  ${part.padEnd(32)}${kb(bytes).padStart(10)} minified`);
