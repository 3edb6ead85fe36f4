/**
 * Byte-identity check for optimisations (not part of `npm test`): writes the JSON of analyze() for
 * generated typical and basic profiles under three policies, one line each, to a file.
 *
 *   npx tsx bench/identical.ts /tmp/before.ndjson   # before a change
 *   npx tsx bench/identical.ts /tmp/after.ndjson    # after it; then cmp the two files
 *
 * XCHECK_IDENTICAL_PROFILES sets the profiles per kind (default 1,500: 3,000 profiles × 3 policies).
 */
import { writeFileSync } from 'node:fs';
import { analyze } from '../src/index.js';
import { generateProfiles } from '../test/support/generate.js';
import type { PolicyInput } from '../src/profile/policy.js';

const N = Number(process.env.XCHECK_IDENTICAL_PROFILES ?? 1500);
const out = process.argv[2] ?? 'identical.ndjson';

const policies: readonly unknown[] = [
  {},
  // Tight bands, banker's rounding, 365-day year: more flags, other rounding paths.
  {
    dayBasis: 365,
    rounding: 'half-even',
    receivables: { tolerance: '0.05', critical: '0.15' },
    payables: { tolerance: '0.05', critical: '0.15' },
    equity: { tolerance: '0.03', critical: '0.1', denominator: 'profits' },
  },
  // Loose bands: fewer flags.
  {
    receivables: { tolerance: '0.6', critical: '0.9' },
    payables: { tolerance: '0.6', critical: '0.9' },
    equity: { tolerance: '0.3', critical: '0.6', window: 'since-start' },
  },
];

const profiles = [...generateProfiles(N, 1, { typical: true }), ...generateProfiles(N, 100_001)];
const lines: string[] = [];
for (const [i, policy] of policies.entries()) {
  for (const p of profiles) lines.push(JSON.stringify(analyze(p, { policy: policy as PolicyInput })));
  const result = analyze(profiles[0], { policy: policy as PolicyInput });
  if (!result.ok) throw new Error(`policy ${i} rejected: ${JSON.stringify(result.errors)}`);
}
writeFileSync(out, lines.join('\n') + '\n');
const ok = lines.filter((l) => l.startsWith('{"ok":true')).length;
console.log(`${lines.length} results (${ok} reports) written to ${out}`);
