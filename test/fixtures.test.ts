/** Runs every case file under fixtures/ through the analysis and checks its expectations. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCase, verifyCase } from '../src/cases/index.js';

const root = join(import.meta.dirname, '..', 'fixtures');

function caseFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return caseFiles(path);
      // *.monitor.json are monitoring fixtures (src/relationship/cases.ts), run by test/relationship/fixtures.test.ts.
      return name.endsWith('.json') && !name.endsWith('.monitor.json') ? [path] : [];
    });
}

const files = caseFiles(root);

describe('fixtures', () => {
  test('the corpus is not empty', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
  });
  test.each(files.map((f) => [relative(root, f), f]))('%s', (_name, file) => {
    const parsed = parseCase(JSON.parse(readFileSync(file, 'utf8')));
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    if (!parsed.ok) return;
    const result = verifyCase(parsed.value, relative(root, file));
    expect(result.differences).toEqual([]);
  });
});
