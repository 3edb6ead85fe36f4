/**
 * `npm run bench:findings`: analyze() of typical profiles on the built `dist`, with a prepared policy, in one
 * process: this build with texts (the default report), this build with figures only (`texts: false`), and a
 * baseline build (another version's `dist`, e.g. the commit before "Findings as data") when given.
 * Variants are interleaved round by round; each figure is the median round. Not a test: no timing assertion.
 *
 *   git worktree add .tmp/base <ref> && (cd .tmp/base && npm ci && npx tsup --silent)
 *   XCHECK_BENCH_BASELINE=.tmp/base/dist npm run bench:findings
 *
 * Environment: XCHECK_BENCH_PROFILES (default 1,000: larger N measures the garbage collector), XCHECK_BENCH_ROUNDS (default 7).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateProfiles } from '../test/support/generate.js';

type Analyze = (input: unknown, options?: Record<string, unknown>) => { ok: boolean };
interface Build {
  readonly analyze: Analyze;
  readonly preparePolicy: (p: unknown) => { ok: true; policy: unknown } | { ok: false };
}

const N = Number(process.env.XCHECK_BENCH_PROFILES ?? 1000);
const ROUNDS = Number(process.env.XCHECK_BENCH_ROUNDS ?? 7);

async function load(dir: string): Promise<Build> {
  return (await import(pathToFileURL(resolve(dir, 'index.js')).href)) as Build;
}

function prepared(build: Build): unknown {
  const r = build.preparePolicy(undefined);
  if (!r.ok) throw new Error('the default policy does not prepare');
  return r.policy;
}

const current = await load('dist');
const baselineDir = process.env.XCHECK_BENCH_BASELINE;
const baseline = baselineDir ? await load(baselineDir) : undefined;
const profiles = generateProfiles(N, 1, { typical: true });

const variants: { label: string; run: (p: unknown) => unknown }[] = [];
if (baseline) {
  const policy = prepared(baseline);
  variants.push({ label: `baseline (${baselineDir}), texts`, run: (p) => baseline.analyze(p, { policy }) });
  variants.push({ label: 'baseline, texts + JSON', run: (p) => JSON.stringify(baseline.analyze(p, { policy })) });
}
{
  const policy = prepared(current);
  variants.push({ label: 'this build, texts (default)', run: (p) => current.analyze(p, { policy }) });
  variants.push({ label: 'this build, texts + JSON', run: (p) => JSON.stringify(current.analyze(p, { policy })) });
  variants.push({ label: 'this build, figures only', run: (p) => current.analyze(p, { policy, texts: false }) });
  variants.push({ label: 'this build, figures only + JSON', run: (p) => JSON.stringify(current.analyze(p, { policy, texts: false })) });
}

const samples = variants.map(() => [] as number[]);
let sink = 0;
for (let round = 0; round <= ROUNDS; round++) {
  for (const [i, v] of variants.entries()) {
    const t0 = performance.now();
    for (const p of profiles) if (v.run(p) !== undefined) sink++;
    const t1 = performance.now();
    if (round > 0) samples[i]!.push(((t1 - t0) * 1000) / N); // round 0 warms up
  }
}
if (sink < 0) console.log(sink);
const medians = samples.map((s) => [...s].sort((a, b) => a - b)[Math.floor(s.length / 2)]!);
console.log(`analyze(), ${N} typical profiles, prepared policy, dist build, median of ${ROUNDS} interleaved rounds (Node ${process.version})`);
const reference = medians[variants.findIndex((v) => v.label.startsWith('this build, texts (default)'))]!;
for (const [i, v] of variants.entries()) {
  const us = medians[i]!;
  console.log(`  ${v.label.padEnd(44)} ${us.toFixed(0).padStart(6)} µs  ${Math.round(1e6 / us).toString().padStart(6)} /s  ${(us / reference).toFixed(2)}× this build with texts`);
}
