/**
 * Child process of timezone.test.ts: analyses the fixtures and generated profiles under whatever TZ
 * it was started with and prints the results as JSON. Not a test file itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/index.js';
import { renderMarkdown } from '../../src/markdown.js';
import { generateProfile } from '../support/generate.js';

const count = Number(process.argv[2] ?? 100);
const root = join(import.meta.dirname, '..', '..', 'fixtures');
const inputs: unknown[] = readdirSync(root)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => (JSON.parse(readFileSync(join(root, f), 'utf8')) as { profile: unknown }).profile);
for (let seed = 1; seed <= count; seed++) inputs.push(generateProfile(seed));
const out = inputs.map((p) => {
  const r = analyze(p, { extras: true });
  return r.ok ? { report: r.report, md: renderMarkdown(r.report, 'zh') } : r;
});
process.stdout.write(JSON.stringify({ zone: Intl.DateTimeFormat().resolvedOptions().timeZone, out }));
