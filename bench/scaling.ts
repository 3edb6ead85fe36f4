/**
 * Scaling: analyze() time against the number of inventory lines, fixed assets and history events.
 * Linear growth shows as a flat time per item across sizes (the last column ≈ 1.0×). Evidence items
 * are not in the profile yet; add them here when they land.
 */
import { performance } from 'node:perf_hooks';
import type { analyze as Analyze } from '../src/index.js';
import { type GenerateOptions, generateProfile } from '../test/support/generate.js';

const SIZES = [1_000, 2_500, 5_000, 10_000];

/** Median time of analyze() on one profile, in ms (at least 5 runs and 0.3 s). */
function timeOne(analyze: typeof Analyze, profile: unknown): number {
  const result = analyze(profile);
  if (!result.ok) throw new Error(`scaling profile is invalid: ${JSON.stringify(result.errors.slice(0, 3))}`);
  const runs: number[] = [];
  const until = performance.now() + 300;
  while (runs.length < 5 || performance.now() < until) {
    const t0 = performance.now();
    analyze(profile);
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)] as number;
}

/** The scaling table for a build's analyze() (bench/run.ts passes the built dist's). */
export function runScaling(analyze: typeof Analyze): void {
  console.log('scaling: one profile, analyze() median time');
  console.log('dimension          items     time      µs/item   µs/item vs smallest');
  const dims: [string, (n: number) => GenerateOptions][] = [
    ['inventory lines', (n) => ({ inventoryLines: n, fixedAssets: 2, historyEvents: 6 })],
    ['fixed assets', (n) => ({ inventoryLines: 0, fixedAssets: n, historyEvents: 6 })],
    ['history events', (n) => ({ inventoryLines: 0, fixedAssets: 2, historyEvents: n })],
  ];
  const base = timeOne(analyze, generateProfile(7, { inventoryLines: 0, fixedAssets: 2, historyEvents: 6 }));
  for (const [name, options] of dims) {
    let first = 0;
    for (const n of SIZES) {
      const ms = timeOne(analyze, generateProfile(7, options(n)));
      const perItem = ((ms - base) * 1000) / n;
      if (first === 0) first = perItem;
      console.log(
        `${name.padEnd(16)} ${String(n).padStart(7)} ${ms.toFixed(2).padStart(8)} ms ${perItem.toFixed(2).padStart(9)} ${(perItem / first).toFixed(2).padStart(12)}×`,
      );
    }
  }
  console.log(`(µs/item excludes the ${base.toFixed(3)} ms of the same profile without the items)`);
}
