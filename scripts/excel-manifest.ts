/**
 * Sets the host URL of a built Excel add-in: `npx tsx scripts/excel-manifest.ts https://sheets.example.com/xcheck/`
 * rewrites dist/sheets/excel/manifest.xml with every URL under that folder (docs/spreadsheets.md, "Excel").
 * The same as building with `XCHECK_ADDIN_URL=https://… npm run build`. A second argument names another
 * add-in folder (default dist/sheets/excel).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addinVersion, excelManifest, normalizeHostUrl } from '../src/sheets/manifest.js';

const [url, dir = join(import.meta.dirname, '..', 'dist', 'sheets', 'excel')] = process.argv.slice(2);
if (url === undefined) {
  console.error('usage: npx tsx scripts/excel-manifest.ts https://your.host/folder/ [dist/sheets/excel]');
  process.exit(2);
}
let host: string;
try {
  host = normalizeHostUrl(url);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string };
writeFileSync(join(dir, 'manifest.xml'), excelManifest({ hostUrl: host, version: addinVersion(pkg.version) }));
console.log(`${join(dir, 'manifest.xml')}: every URL now starts with ${host}`);
