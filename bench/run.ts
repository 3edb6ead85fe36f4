/**
 * `npm run bench`: builds, then times the built `dist` (never the TypeScript source) on N generated typical profiles
 * and prints each target of issue 13 as met / not met (docs/performance.md, "A lean core (issue 13)").
 *
 * - analyze() with a prepared policy, in variants interleaved round by round in one process (each figure the median
 *   round after a warm-up round): this build's default (texts, no extras), figures only (`texts: false`), with the
 *   extras (the report as before they became opt-in), and main's build as the baseline when
 *   XCHECK_BENCH_BASELINE=<main's dist> is given (as bench/findings.ts does). N = 1,000: more keeps gigabytes of
 *   reports alive and measures the garbage collector.
 * - The stages of this build (parse, the stages before the rules, the rules, the report), interleaved likewise.
 * - The rule-layer peer, like for like: json-rules-engine against xcheck's three matching checks (bench/jre.ts).
 * - The batch: `xcheck analyze --ndjson - --workers 2` on typical lines through bench/batch-memory.ts, its line rate
 *   and peak RSS; a short run by default, the target's 100,000 lines with XCHECK_BENCH_BATCH_LINES=100000.
 * - Scaling (bench/scaling.ts) with XCHECK_BENCH_SCALING=1.
 *
 * Not part of `npm test`: no timing assertion anywhere. Environment: XCHECK_BENCH_PROFILES (default 1,000),
 * XCHECK_BENCH_ROUNDS (default 7), XCHECK_BENCH_BASELINE (a `dist` folder), XCHECK_BENCH_BATCH_LINES (default 10,000;
 * 0 skips the batch), XCHECK_BENCH_SCALING=1, XCHECK_BENCH_BUILD (this build's `dist` folder, default dist: a copy
 * keeps a long run undisturbed by a rebuild; it needs node_modules beside it, as bench/batch-memory.ts explains).
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateProfiles } from '../test/support/generate.js';
import type * as Dist from '../src/index.js';
import { factsOf, makeEngine, runEngine, xcheckDecisions } from './jre.js';
import { runScaling } from './scaling.js';

const N = Number(process.env.XCHECK_BENCH_PROFILES ?? 1000);
const ROUNDS = Number(process.env.XCHECK_BENCH_ROUNDS ?? 7);
const BATCH_LINES = Number(process.env.XCHECK_BENCH_BATCH_LINES ?? 10_000);
const root = join(import.meta.dirname, '..');

/** The parts of a build the bench calls (main's build has the same functions; `extras` is ignored there). */
type Build = Pick<typeof Dist, 'analyze' | 'preparePolicy' | 'parseInput' | 'runAnalysis' | 'toReport' | 'runRules' | 'collectFindings' | 'defaultRules'>;

async function load(dir: string): Promise<Build> {
  return (await import(pathToFileURL(resolve(dir, 'index.js')).href)) as Build;
}

function prepared(build: Build): Dist.PreparedPolicy {
  const r = build.preparePolicy(undefined);
  if (!r.ok) throw new Error('the default policy does not prepare');
  return r.policy;
}

interface Variant<T> {
  readonly label: string;
  readonly items: readonly T[];
  readonly run: (x: T) => unknown;
}

/** Median µs per item of each variant, the variants interleaved round by round (round 0 warms up). */
function interleaved(variants: readonly Variant<never>[]): number[] {
  const samples = variants.map(() => [] as number[]);
  let sink = 0;
  for (let round = 0; round <= ROUNDS; round++) {
    for (const [i, v] of variants.entries()) {
      const t0 = performance.now();
      for (const x of v.items) if (v.run(x) !== undefined) sink++;
      const t1 = performance.now();
      if (round > 0) samples[i]!.push(((t1 - t0) * 1000) / v.items.length);
    }
  }
  if (sink < 0) console.log(sink);
  return samples.map((s) => [...s].sort((a, b) => a - b)[Math.floor(s.length / 2)]!);
}

async function medianAsync<T>(items: readonly T[], fn: (x: T) => Promise<unknown>): Promise<number> {
  const per: number[] = [];
  for (let r = 0; r <= ROUNDS; r++) {
    const t0 = performance.now();
    for (const x of items) await fn(x);
    if (r > 0) per.push(((performance.now() - t0) * 1000) / items.length);
  }
  return per.sort((a, b) => a - b)[Math.floor(per.length / 2)]!;
}

const variant = <T>(label: string, items: readonly T[], run: (x: T) => unknown): Variant<never> => ({ label, items, run }) as unknown as Variant<never>;
const perSecond = (us: number) => 1e6 / us;
const fmtRate = (us: number) => `${Math.round(perSecond(us)).toLocaleString('en-US').padStart(6)} /s`;
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT MET');
const targets: string[] = [];
const target = (text: string, ok: boolean) => targets.push(`  ${text.padEnd(100)} ${verdict(ok)}`);

const buildDir = process.env.XCHECK_BENCH_BUILD ?? join(root, 'dist');
const build = await load(buildDir);
const baselineDir = process.env.XCHECK_BENCH_BASELINE;
const baseline = baselineDir ? await load(baselineDir) : undefined;
const profiles = generateProfiles(N, 1, { typical: true });
const policy = prepared(build);

console.log(`xcheck bench: dist build, ${N} generated typical profiles (seeds 1..${N}), median of ${ROUNDS} interleaved rounds`);
console.log(`node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, one core used\n`);

// 1. analyze(), prepared policy.
const analyzeVariants: Variant<never>[] = [];
if (baseline) {
  const basePolicy = prepared(baseline);
  analyzeVariants.push(variant(`main (${baselineDir}): texts, extras`, profiles, (p) => baseline.analyze(p, { policy: basePolicy })));
}
analyzeVariants.push(
  variant('this build: texts (the default)', profiles, (p) => build.analyze(p, { policy })),
  variant('this build: figures only (texts: false)', profiles, (p) => build.analyze(p, { policy, texts: false })),
  variant('this build: texts + extras (the report of main)', profiles, (p) => build.analyze(p, { policy, extras: true })),
  variant('this build: texts, + JSON.stringify', profiles, (p) => JSON.stringify(build.analyze(p, { policy }))),
);
const analyzeTimes = interleaved(analyzeVariants);
const at = (label: string) => analyzeTimes[analyzeVariants.findIndex((v) => v.label.startsWith(label))]!;
const texts = at('this build: texts (the default)');
const figures = at('this build: figures only');
console.log('analyze(), prepared policy                         µs/analysis   analyses/s   against this build\'s default');
for (const [i, v] of analyzeVariants.entries()) {
  const us = analyzeTimes[i]!;
  console.log(`  ${v.label.padEnd(48)} ${us.toFixed(0).padStart(8)} ${fmtRate(us)}   ${(us / texts).toFixed(2)}×`);
}
target(`analyze() with texts: ${Math.round(perSecond(texts)).toLocaleString('en-US')} /s (target ≥ 2,000)`, perSecond(texts) >= 2000);
if (baseline) {
  const main = at('main');
  target(`analyze() with texts against main in the same process: ${(main / texts).toFixed(2)}× (target ≥ 2×)`, main / texts >= 2);
} else targets.push(`  ${'analyze() against main: not measured (XCHECK_BENCH_BASELINE=<main\'s dist>)'.padEnd(100)} NO VERDICT`);
target(`analyze() figures only: ${Math.round(perSecond(figures)).toLocaleString('en-US')} /s (target ≥ 3,000)`, perSecond(figures) >= 3000);

// 2. The stages of this build, each on the outputs of the one before (computed once, outside the timing).
const parsed = profiles.map((p) => {
  const r = build.parseInput(p, policy);
  if (!r.ok) throw new Error(`a generated profile is invalid: ${JSON.stringify(r.errors)}`);
  return r;
});
const analyses = parsed.map((r) => build.runAnalysis(r.profile, r.policy));
const contexts = analyses.map((a) => a.context);
const stageVariants = [
  variant('parseInput (zod, prepared policy)', profiles, (p) => build.parseInput(p, policy)),
  variant('runAnalysis without rules (statements, equity, capacity)', parsed, (r) => build.runAnalysis(r.profile, r.policy, [])),
  variant('  the same with the extras', parsed, (r) => build.runAnalysis(r.profile, r.policy, [], { extras: true })),
  variant('runRules + collectFindings', contexts, (c) => build.collectFindings(build.runRules(c))),
  variant('toReport, texts', analyses, (a) => build.toReport(a)),
  variant('toReport, figures only', analyses, (a) => build.toReport(a, { texts: false })),
];
const stageTimes = interleaved(stageVariants);
console.log('\nstages of this build (default: texts, no extras)         µs/profile   share of analyze()');
for (const [i, v] of stageVariants.entries()) {
  const us = stageTimes[i]!;
  console.log(`  ${v.label.padEnd(56)} ${us.toFixed(0).padStart(6)}   ${((us / texts) * 100).toFixed(0).padStart(3)}%`);
}

// 3. The rule-layer peer: json-rules-engine against the same three checks, like for like (bench/jre.ts).
const encoded = new Set(['RECEIVABLES_INCONSISTENT', 'PAYABLES_INCONSISTENT', 'EQUITY_RECONCILIATION_GAP']);
const threeRules = build.defaultRules.filter((r) => r.codes.some((c) => encoded.has(c)));
const [decisions, rules] = interleaved([
  variant('three decisions', contexts, (c) => xcheckDecisions(c)),
  variant('three rules', contexts, (c) => build.collectFindings(build.runRules(c, threeRules))),
]) as [number, number];
const engine = makeEngine();
const facts = contexts.map(factsOf);
const jre = await medianAsync(facts, (f) => runEngine(engine, f));
let agree = 0;
for (let i = 0; i < N; i++) {
  const ours = analyses[i]!.findings.filter((f) => encoded.has(f.code)).map((f) => `${f.code}:${f.severity}`).sort().join(',');
  if (ours === (await runEngine(engine, facts[i]!)).sort().join(',')) agree++;
}
console.log('\nrule layer, the three checks json-rules-engine encodes (receivables, payables, equity gap)');
console.log(`  ${'json-rules-engine (events: code and severity, from floats)'.padEnd(66)} ${jre.toFixed(1).padStart(7)} µs`);
console.log(`  ${'(a) xcheck, the 3 decisions (code and severity on exact Decimals)'.padEnd(66)} ${decisions.toFixed(1).padStart(7)} µs   ${(jre / decisions).toFixed(1)}× faster`);
console.log(`  ${'(b) xcheck, the 3 checks as analyze() runs them (full findings)'.padEnd(66)} ${rules.toFixed(1).padStart(7)} µs   ${(jre / rules).toFixed(1)}× faster`);
console.log(`  json-rules-engine agrees with analyze() on ${((agree / N) * 100).toFixed(2)}% of the profiles`);

// 4. The batch, through the built CLI (a child process; bench/batch-memory.ts samples its RSS).
if (BATCH_LINES > 0) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench', 'batch-memory.ts')], {
    env: {
      ...process.env,
      XCHECK_BATCH_LINES: String(BATCH_LINES),
      XCHECK_BATCH_WORKERS: '2',
      XCHECK_BATCH_TYPICAL: '1',
      XCHECK_BATCH_CLI: join(buildDir, 'cli.js'),
    },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const out = run.stdout ?? '';
  const rate = Number(/(\d[\d,]*) lines\/s/.exec(out)?.[1]?.replaceAll(',', '') ?? Number.NaN);
  const peak = Number(/peak RSS ([\d.]+) MB/.exec(out)?.[1] ?? Number.NaN);
  const complete = !out.includes('NO VERDICT') && Number.isFinite(rate);
  console.log(`\nbatch: xcheck analyze --ndjson - --workers 2, ${BATCH_LINES.toLocaleString('en-US')} typical lines: ${rate.toLocaleString('en-US')} lines/s, peak RSS ${peak} MB`);
  const short = BATCH_LINES < 100_000 ? ` [${BATCH_LINES.toLocaleString('en-US')} lines, the target's run is 100,000]` : '';
  if (!complete) targets.push(`  ${'--ndjson --workers 2: the run did not complete'.padEnd(100)} NO VERDICT`);
  else {
    target(`--ndjson --workers 2: ${rate.toLocaleString('en-US')} lines/s (target ≥ 2,500)${short}`, rate >= 2500);
    target(`--ndjson --workers 2: peak RSS ${peak} MB (target < 200 MB)${short}`, peak < 200);
  }
} else targets.push(`  ${'--ndjson --workers 2: not measured (XCHECK_BENCH_BATCH_LINES=0)'.padEnd(100)} NO VERDICT`);

console.log('\ntargets (issue 13)');
for (const line of targets) console.log(line);

if (process.env.XCHECK_BENCH_SCALING === '1') {
  console.log('');
  runScaling(build.analyze);
}
