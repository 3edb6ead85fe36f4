/** docs/profile.md's field reference is what scripts/profile-docs.ts generates from the profile schema today. */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { PROFILE_DOC_PATH, renderFieldReference, renderProfileDoc } from '../../scripts/profile-docs.js';

test('docs/profile.md\'s field reference is up to date (run `npx tsx scripts/profile-docs.ts` after changing a field)', () => {
  const committed = readFileSync(PROFILE_DOC_PATH, 'utf8');
  const generated = renderProfileDoc(committed);
  if (committed !== generated) {
    const a = committed.split('\n');
    const b = generated.split('\n');
    const line = a.findIndex((l, i) => l !== b[i]);
    expect.fail(`docs/profile.md is out of date: run \`npx tsx scripts/profile-docs.ts\`. First difference at line ${line + 1}:\n  committed: ${a[line]}\n  generated: ${b[line]}`);
  }
});

test('every field of the profile is documented in it', () => {
  const reference = renderFieldReference();
  const rows = reference.split('\n').filter((l) => l.startsWith('| `'));
  expect(rows.length).toBeGreaterThan(150);
  // the last cell (its meaning) is never empty
  expect(rows.filter((r) => /\|\s*\|$/.test(r))).toEqual([]);
  expect(reference).toContain('| `balances.cash` | Money |');
});
