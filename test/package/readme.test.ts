/**
 * The README's library example runs as written against the package's entries, and the example profiles it
 * imports (`xcheck/examples`, src/examples.ts) are the worked-example cases of fixtures/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { LIBRARY_ENTRIES } from '../../tsup.config.js';
import { workedExample, workedExampleDisagrees } from '../../src/examples.js';

const root = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
const specifiers = (code: string) => [...code.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);

/** `xcheck` or `xcheck/<subpath>` as the source file of its entry (what the built entry is made from). */
function sourceOf(specifier: string): string {
  const key = specifier === 'xcheck' ? 'index' : specifier.slice('xcheck/'.length);
  const entry = LIBRARY_ENTRIES[key as keyof typeof LIBRARY_ENTRIES];
  if (entry === undefined) throw new Error(`README imports ${specifier}, which is not an entry`);
  return pathToFileURL(join(root, entry)).href;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the README', () => {
  test('has an install line and a TypeScript example', () => {
    expect(readme).toMatch(/npm install \S*xcheck-\d+\.\d+\.\d+\.tgz/);
    expect(blocks.length).toBeGreaterThan(0);
  });

  test('imports only what the installed package exports (no file of the repository)', () => {
    for (const code of blocks) {
      for (const s of specifiers(code)) {
        if (s.startsWith('node:')) continue;
        expect(s).toMatch(/^xcheck(\/|$)/);
        expect(Object.keys(pkg.exports)).toContain(s === 'xcheck' ? '.' : `./${s.slice('xcheck/'.length)}`);
      }
    }
  });

  test('the library example runs and prints the worked example\'s flags and the memo', async () => {
    const logged: unknown[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      logged.push(...args);
    });
    const dir = join(root, '.tmp');
    mkdirSync(dir, { recursive: true });
    for (const [i, code] of blocks.entries()) {
      const file = join(dir, `readme-example-${i}.ts`);
      writeFileSync(file, code.replace(/from '(xcheck(?:\/[a-z-]+)?)'/g, (_m, s: string) => `from '${sourceOf(s)}'`));
      await import(pathToFileURL(file).href);
    }
    // The disagreeing worked example: receivables 2,600,000 against 1,500,000 expected (+73.33%), payables
    // 300,000 against 850,000 (-64.71%), equity gap 1,700,000 of 3,808,000 (44.64%): three critical flags
    // (fixtures/worked-example-disagrees.json works them out by hand).
    const flagLines = logged.find((v): v is string[] => Array.isArray(v));
    expect(flagLines).toBeDefined();
    for (const code of ['RECEIVABLES_INCONSISTENT', 'PAYABLES_INCONSISTENT', 'EQUITY_RECONCILIATION_GAP']) {
      expect(flagLines!.some((l) => l.startsWith(`critical ${code}: `)), code).toBe(true);
    }
    // The memo in Chinese, and each figures-only flag rendered later in Chinese.
    expect(logged.some((v) => typeof v === 'string' && v.startsWith('#') && /[\u4e00-\u9fff]/.test(v))).toBe(true);
    expect(logged.filter((v) => typeof v === 'string' && /[\u4e00-\u9fff]/.test(v) && !v.startsWith('#')).length).toBeGreaterThanOrEqual(3);
  });
});

describe('xcheck/examples', () => {
  test.each([
    ['workedExample', workedExample, 'worked-example-agrees.json'],
    ['workedExampleDisagrees', workedExampleDisagrees, 'worked-example-disagrees.json'],
  ])('%s is the profile of fixtures/%s', (_name, profile, file) => {
    const fixture = JSON.parse(readFileSync(join(root, 'fixtures', file), 'utf8')) as { profile: unknown };
    expect(profile).toEqual(fixture.profile);
  });

  test('is frozen all the way down, so no caller changes it for the others', () => {
    expect(Object.isFrozen(workedExample)).toBe(true);
    expect(Object.isFrozen(workedExampleDisagrees.balances)).toBe(true);
    expect(Object.isFrozen(workedExampleDisagrees.history?.[0])).toBe(true);
  });
});
