/** Test support: the case files under fixtures/, walked once the same way by every test that reads them all. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/** Every `*.json` file below `dir` (fixtures/ by default), depth first, names sorted by code point. */
export function caseFilePaths(dir: string = FIXTURES): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return caseFilePaths(path);
      return name.endsWith('.json') ? [path] : [];
    });
}

/** The underwriting cases (not the monitor's, which have `flows`): name (path under fixtures/), profile, policy. */
export function underwritingCases(dir: string = FIXTURES): { name: string; profile: unknown; policy?: unknown }[] {
  return caseFilePaths(dir).flatMap((path) => {
    const c = JSON.parse(readFileSync(path, 'utf8')) as { profile?: unknown; policy?: unknown; flows?: unknown };
    return c.flows === undefined && c.profile !== undefined ? [{ name: relative(FIXTURES, path), profile: c.profile, policy: c.policy }] : [];
  });
}
