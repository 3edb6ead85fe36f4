/**
 * The spreadsheet files are reachable through the package's `exports` (package.json): `xcheck/sheets/<file>` and
 * `xcheck/dist/sheets/<file>`, checked by Node's own resolver on a copy of package.json with empty stand-ins for
 * the built files (the suite runs before the build).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'xcheck-exports-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('xcheck/sheets/* and xcheck/dist/sheets/* resolve to the files under dist/sheets/', () => {
  writeFileSync(join(root, 'package.json'), readFileSync(new URL('../../package.json', import.meta.url)));
  const files = ['google/xcheck.js', 'excel/functions.js', 'excel/functions.json', 'excel/manifest.xml', 'excel/icon-32.png'];
  for (const f of files) {
    mkdirSync(join(root, 'dist', 'sheets', f, '..'), { recursive: true });
    writeFileSync(join(root, 'dist', 'sheets', f), '');
  }
  // A file inside the package resolves the package's own name through its exports (self-reference).
  const require = createRequire(join(root, 'index.js'));
  for (const f of files) {
    expect(require.resolve(`xcheck/sheets/${f}`)).toBe(join(root, 'dist', 'sheets', f));
    expect(require.resolve(`xcheck/dist/sheets/${f}`)).toBe(join(root, 'dist', 'sheets', f));
  }
  // nothing else of dist/ through these paths
  expect(() => require.resolve('xcheck/dist/cli.js')).toThrow(/ERR_PACKAGE_PATH_NOT_EXPORTED|not defined by "exports"/);
});
