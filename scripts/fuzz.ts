/**
 * The long fuzz run (issue 18; docs/performance.md, "Fuzz suite (issue 18)"): the inputs and properties of
 * test/fuzz/ (random JSON values, mutated valid profiles, valid profiles under policy variations), 100,000 inputs
 * by default, in batches of fresh seeds. Prints the inputs tried, the time, the peak memory (the largest
 * `process.memoryUsage.rss()` seen) and every failure with its seed and path to replay it.
 *
 *   npm run fuzz                              # 100,000 inputs
 *   npm run fuzz -- --runs 1000000            # more
 *   npm run fuzz -- --seed 123 --path 4:0:1 --category mutated   # replay one failure (fast-check's seed and path)
 *
 * Exit code 1 when any input failed.
 */
import * as fc from 'fast-check';
import { CATEGORIES, type Category, inputArb, SHARE } from '../test/fuzz/arbitraries.js';
import { problems, snapshot } from '../test/fuzz/oracle.js';

const BATCH = 5_000;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const total = Number(arg('runs') ?? process.env.XCHECK_FUZZ_RUNS ?? 100_000);
const replaySeed = arg('seed');
const only = arg('category') as Category | undefined;

let peak = process.memoryUsage.rss();
let tried = 0;
const failures: { category: Category; seed: number; path: string; problems: string[]; input: string }[] = [];

function property(category: Category) {
  return fc.property(inputArb(category), (input) => {
    tried++;
    if ((tried & 63) === 0) peak = Math.max(peak, process.memoryUsage.rss());
    const p = problems(input);
    if (p.length === 0) return;
    throw new Error(p.join('\n'));
  });
}

function summarise(value: unknown): string {
  let text: string;
  try {
    text = json(value);
  } catch {
    text = snapshot(value); // deeper than JSON.stringify can go
  }
  return text.length > 1_500 ? `${text.slice(0, 1_500)}…` : text;
}

function json(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : typeof v === 'string' && v.length > 200 ? `${v.slice(0, 40)}…(${v.length} chars)` : v));
}

const started = performance.now();
if (replaySeed !== undefined) {
  const category = only ?? 'mutated';
  const result = fc.check(property(category), { seed: Number(replaySeed), path: arg('path'), numRuns: 1 });
  console.log(result.failed ? `FAILED\n${String(result.errorInstance)}\n${summarise(result.counterexample)}` : 'passed');
  process.exitCode = result.failed ? 1 : 0;
} else {
  const categories = only ? [only] : CATEGORIES;
  for (const category of categories) {
    let left = only ? total : Math.round(total * SHARE[category]);
    while (left > 0) {
      const numRuns = Math.min(BATCH, left);
      const seed = (Math.random() * 2 ** 31) | 0;
      const result = fc.check(property(category), { seed, numRuns, endOnFailure: true });
      // On a failure the batch stops there: the rest of it is run again under a new seed.
      left -= result.failed ? result.numRuns : numRuns;
      if (result.failed)
        failures.push({
          category,
          seed: result.seed,
          path: result.counterexamplePath ?? '',
          problems: String(result.errorInstance instanceof Error ? result.errorInstance.message : result.errorInstance).split('\n'),
          input: summarise(result.counterexample),
        });
    }
  }
  peak = Math.max(peak, process.memoryUsage.rss());
  const seconds = (performance.now() - started) / 1000;
  console.log(`inputs tried: ${tried.toLocaleString('en-US')} (${categories.map((c) => c).join(', ')})`);
  console.log(`time: ${seconds.toFixed(1)} s (${((seconds * 1e6) / Math.max(tried, 1)).toFixed(0)} µs an input)`);
  console.log(`peak memory (rss): ${(peak / 2 ** 20).toFixed(0)} MiB`);
  console.log(`failures: ${failures.length}`);
  for (const f of failures) {
    console.log(`- ${f.category} seed ${f.seed} path ${f.path}: replay with npm run fuzz -- --category ${f.category} --seed ${f.seed} --path ${f.path}`);
    for (const p of f.problems.slice(0, 4)) console.log(`    ${p.split('\n')[0]?.slice(0, 400)}`);
    console.log(`    input: ${f.input}`);
  }
  process.exitCode = failures.length > 0 ? 1 : 0;
}
