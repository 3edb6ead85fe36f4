/**
 * The spreadsheet bundles inline the run-time dependencies (decimal.js, zod): each begins with their licences
 * (tsup.config.ts, `thirdPartyNotice`). scripts/package-size.ts checks the built files begin with it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sheetsConfigs, thirdPartyNotice } from '../../tsup.config.js';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const licenceFiles: Record<string, string> = { 'decimal.js': 'LICENCE.md', zod: 'LICENSE' };

describe('third-party licences', () => {
  test('the run-time dependencies are the ones whose licence files this test knows', () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(Object.keys(licenceFiles).sort());
  });

  const notice = thirdPartyNotice();
  test.each(Object.entries(licenceFiles))('the notice carries the whole licence of %s', (name, file) => {
    const text = readFileSync(join(root, 'node_modules', name, file), 'utf8').trim();
    expect(notice).toContain(text);
    expect(text).toMatch(/Copyright \(c\) \d{4} \S/);
  });

  test('one comment that a minifier keeps (/*! … */)', () => {
    expect(notice.startsWith('/*!')).toBe(true);
    expect(notice.endsWith('*/')).toBe(true);
    expect(notice.indexOf('*/')).toBe(notice.length - 2);
  });

  test('every spreadsheet bundle opens with it', () => {
    const configs = sheetsConfigs('.tmp/sheets');
    expect(configs.length).toBeGreaterThan(0);
    for (const c of configs) expect((c.banner as { js?: string } | undefined)?.js, String(c.name)).toBe(notice);
  });
});
