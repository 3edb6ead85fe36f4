/**
 * Monitoring fixtures (fixtures/relationship/*.monitor.json): case files with `flows`, which verifyCase runs
 * through monitor(). The corpus test runs them like every case; this file checks the folder's conventions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCase, verifyCase } from '../../src/cases/index.js';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'relationship');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();

describe('monitoring fixtures', () => {
  test('every .json file in fixtures/relationship is a monitoring fixture, and each new code has one', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
    expect(files.every((f) => f.endsWith('.monitor.json'))).toBe(true);
    const fired = new Set(
      files.flatMap((f) => {
        const c = parseCase(JSON.parse(readFileSync(join(dir, f), 'utf8')));
        return c.ok ? (c.value.expect.flags ?? []).map((x) => (typeof x === 'string' ? x : x.code)) : [];
      }),
    );
    for (const code of ['FLOWS_NOT_MOVED', 'DEPOSIT_BELOW_EXPECTATION', 'SALES_DECLINE']) expect(fired.has(code), code).toBe(true);
  });
  test.each(files)('%s has flows and passes', (file) => {
    const parsed = parseCase(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    if (!parsed.ok) return;
    expect(parsed.value.flows).toBeDefined();
    expect(verifyCase(parsed.value, file).differences).toEqual([]);
  });
});
