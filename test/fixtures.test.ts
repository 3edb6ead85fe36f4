/** Runs every case file under fixtures/ through the analysis and checks its expectations. */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCase, verifyCase } from '../src/cases/index.js';
import { caseFilePaths } from './support/cases.js';

const root = join(import.meta.dirname, '..', 'fixtures');

const files = caseFilePaths(root);

describe('fixtures', () => {
  test('the corpus has at least 20 cases, both clean ones and ones with planted inconsistencies', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    const cases = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as { expect: { flags?: unknown[]; invalidPaths?: unknown[] } });
    const planted = cases.filter((c) => (c.expect.flags?.length ?? 0) > 0).length;
    const clean = cases.filter((c) => (c.expect.flags?.length ?? 0) === 0 && !c.expect.invalidPaths).length;
    expect(planted).toBeGreaterThanOrEqual(8);
    expect(clean).toBeGreaterThanOrEqual(8);
    expect(cases.some((c) => c.expect.invalidPaths)).toBe(true);
  });
  test.each(files.map((f) => [relative(root, f), f]))('%s', (_name, file) => {
    const parsed = parseCase(JSON.parse(readFileSync(file, 'utf8')));
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    if (!parsed.ok) return;
    const result = verifyCase(parsed.value, relative(root, file));
    expect(result.differences).toEqual([]);
  });
});
