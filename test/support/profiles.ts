/** The worked example's profile (fixtures/worked-example-agrees.json), read once for tests that vary it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProfileInput } from '../../src/profile/schema.js';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');

export function loadCase(name: string): { profile: ProfileInput; [key: string]: unknown } {
  return JSON.parse(readFileSync(join(fixtures, `${name}.json`), 'utf8')) as { profile: ProfileInput };
}

/** A fresh deep copy of the worked example's profile (balances agree). */
export function workedExample(): ProfileInput {
  return structuredClone(loadCase('worked-example-agrees').profile);
}

/** A small trading profile with no history, to vary one field at a time. */
export function minimalProfile(): ProfileInput {
  return {
    analysisDate: '2026-06-30',
    business: { name: 'Test stall', industry: 'garments', kind: 'trading', startDate: '2020-01-01' },
    sales: { annual: '3600000' },
    grossMargin: '0.2',
  };
}
