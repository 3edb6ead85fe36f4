/** docs/industry.md's table is what scripts/industry-docs.ts generates from src/industry/table.ts today. */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { INDUSTRY_DOC_PATH, renderIndustryDoc } from '../../scripts/industry-docs.js';

test('docs/industry.md is up to date (run `npx tsx scripts/industry-docs.ts` after changing the table)', () => {
  const committed = readFileSync(INDUSTRY_DOC_PATH, 'utf8');
  const generated = renderIndustryDoc(committed);
  if (committed !== generated) {
    const a = committed.split('\n');
    const b = generated.split('\n');
    const line = a.findIndex((l, i) => l !== b[i]);
    expect.fail(`docs/industry.md is out of date: run \`npx tsx scripts/industry-docs.ts\`. First difference at line ${line + 1}:\n  committed: ${a[line]}\n  generated: ${b[line]}`);
  }
});
