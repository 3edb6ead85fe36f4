/** docs/conditions.md's policy table states the defaults of the fragment `conditions`: it must not drift from them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { defaultPolicy } from '../../src/profile/policy.js';

const page = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'conditions.md'), 'utf8');

/** `a.b.c` of a nested object. */
const at = (obj: unknown, path: string): unknown => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj);

/** `{ upTo: null, newClient: 0.0129 }` in the table's notation, from the JSON value. */
const written = (v: unknown): string =>
  Array.isArray(v) ? `[${v.map(written).join(', ')}]` : v !== null && typeof v === 'object' ? `{ ${Object.entries(v).map(([k, x]) => `${k}: ${written(x)}`).join(', ')} }` : String(v);

test('every setting of the fragment is in the table, with its default', () => {
  const rows = [...page.matchAll(/^\| `(conditions\.[\w.]+)` \| `([^`]+)` \|/gm)].map((m) => [m[1]!, m[2]!] as const);
  const policy = defaultPolicy();
  const leaves = (o: unknown, prefix: string): string[] =>
    o !== null && typeof o === 'object' && !Array.isArray(o) ? Object.entries(o).flatMap(([k, v]) => leaves(v, `${prefix}.${k}`)) : [prefix];
  expect(rows.map(([k]) => k).sort()).toEqual(leaves(policy.conditions, 'conditions').sort());
  for (const [path, value] of rows) expect(value, path).toBe(written(at(policy, path)));
});
