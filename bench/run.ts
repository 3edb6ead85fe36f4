/**
 * `npm run bench`: throughput of analyze() and of each stage over 10,000 generated profiles, against
 * two baselines (DESIGN.md, issue 8), all in one process so the ratios compare like with like:
 *
 *   - the floor: the same core checks with plain numbers (bench/floor.ts);
 *   - json-rules-engine: the same rule layer as declarative rules (bench/jre.ts).
 *
 * Then the scaling benchmark (bench/scaling.ts). Not part of `npm test`: speed lives here, never in
 * a timed test. Environment: XCHECK_BENCH_PROFILES (default 10000), XCHECK_BENCH_ROUNDS (default 5;
 * each figure is the median round), XCHECK_BENCH_SCALING=0 to skip the scaling part.
 */
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import {
  type Analysis,
  type AnalysisContext,
  analyze,
  collectFindings,
  defaultRules,
  defaultPolicy,
  parseInput,
  preparePolicy,
  runRules,
  toReport,
} from '../src/index.js';
import { toProfileData } from '../src/profile/domain.js';
import { adjustSelfReported } from '../src/adjust/index.js';
import { buildStatements } from '../src/statements/index.js';
import { reconcileEquity } from '../src/equity/index.js';
import { computeCapacity } from '../src/capacity/capacity.js';
import { generateProfiles } from '../test/support/generate.js';
import { floorAnalyze } from './floor.js';
import { factsOf, makeEngine, runEngine, xcheckDecisions } from './jre.js';
import { runScaling } from './scaling.js';

const N = Number(process.env.XCHECK_BENCH_PROFILES ?? 10_000);
const ROUNDS = Number(process.env.XCHECK_BENCH_ROUNDS ?? 5);

/** Median over ROUNDS of the time per item, in µs; the result of the last round is kept (so nothing is optimised away). */
function time<T>(label: string, items: readonly T[], fn: (x: T) => unknown): number {
  const per: number[] = [];
  let sink = 0;
  for (let r = 0; r < ROUNDS + 1; r++) {
    const t0 = performance.now();
    for (const x of items) if (fn(x) !== undefined) sink++;
    const t1 = performance.now();
    if (r > 0) per.push(((t1 - t0) * 1000) / items.length); // round 0 warms up
  }
  if (sink < 0) console.log(label);
  per.sort((a, b) => a - b);
  return per[Math.floor(per.length / 2)] as number;
}

async function timeAsync<T>(items: readonly T[], fn: (x: T) => Promise<unknown>): Promise<number> {
  const per: number[] = [];
  for (let r = 0; r < ROUNDS + 1; r++) {
    const t0 = performance.now();
    for (const x of items) await fn(x);
    const t1 = performance.now();
    if (r > 0) per.push(((t1 - t0) * 1000) / items.length);
  }
  per.sort((a, b) => a - b);
  return per[Math.floor(per.length / 2)] as number;
}

const fmt = (us: number) => `${us.toFixed(1).padStart(8)} µs`;
const rate = (us: number) => `${Math.round(1e6 / us).toLocaleString('en-US').padStart(9)} /s`;

export async function main(): Promise<void> {
  console.log(`xcheck bench: ${N} generated typical profiles (seeds 1..${N}), median of ${ROUNDS} rounds`);
  console.log(`node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, one core used\n`);

  // The typical file of today fills the newer fields (evidence, talking habit, premises, owner, sales estimates,
  // products, stock, region; a loan request always), so every rule and the capacity stage run. The basic
  // profiles (the first benchmarks' generator) are timed too, for comparison with the earlier figures.
  const profiles = generateProfiles(N, 1, { typical: true });
  const basic = generateProfiles(N);
  const policy = defaultPolicy();

  // Each stage is timed on the outputs of the one before, computed once outside the timing.
  const raw = profiles.map((p) => {
    const r = parseInput(p);
    if (!r.ok) throw new Error(`generated profile is invalid: ${JSON.stringify(r.errors)}`);
    return r.profile;
  });
  // The same stages as runAnalysis (src/report/analyze.ts).
  const data = raw.map(toProfileData);
  const adjusted = data.map((p) => adjustSelfReported(p, policy));
  const parsed = adjusted.map((a) => a.profile);
  const statements = parsed.map((p) => buildStatements(p, policy.rounding));
  const contexts: AnalysisContext[] = parsed.map((p, i) => {
    const s = statements[i]!;
    return { profile: p, policy, statements: s, equity: reconcileEquity(p, s, policy), selfReport: adjusted[i], capacity: computeCapacity(p, s, policy) };
  });
  const analyses: Analysis[] = contexts.map((context) => {
    const runs = runRules(context);
    return { context, runs, findings: collectFindings(runs) };
  });
  const indices = profiles.map((_, i) => i);

  const full = time('analyze', profiles, (p) => analyze(p));
  // A batch under one policy prepares it once: no policy validation per profile, the profile schema compiled.
  const preparedResult = preparePolicy(undefined);
  if (!preparedResult.ok) throw new Error('the default policy does not prepare');
  const prepared = preparedResult.policy;
  const fullPrepared = time('analyze prepared', profiles, (p) => analyze(p, { policy: prepared }));
  const fullJson = time('analyze + JSON', profiles, (p) => JSON.stringify(analyze(p)));
  const fullBasic = time('analyze basic', basic, (p) => analyze(p));
  const stages = {
    'parse (parseInput: zod)': time('parse', profiles, (p) => parseInput(p)),
    '  with a prepared policy': time('parse prepared', profiles, (p) => parseInput(p, prepared)),
    'toProfileData (numbers and dates once)': time('domain', raw, (p) => toProfileData(p)),
    adjustSelfReported: time('adjust', data, (p) => adjustSelfReported(p, policy)),
    buildStatements: time('statements', parsed, (p) => buildStatements(p, policy.rounding)),
    reconcileEquity: time('equity', indices, (i) => reconcileEquity(parsed[i]!, statements[i]!, policy)),
    'computeCapacity (incl. schedule)': time('capacity', indices, (i) => computeCapacity(parsed[i]!, statements[i]!, policy)),
    'runRules + collectFindings': time('rules', contexts, (c) => collectFindings(runRules(c))),
    toReport: time('report', analyses, (a) => toReport(a)),
  };
  const stringify = time('stringify', analyses, (a) => JSON.stringify(toReport(a)));
  const floor = time('floor', profiles, (p) => floorAnalyze(p));

  // The three checks the baselines encode.
  const encoded = new Set(['RECEIVABLES_INCONSISTENT', 'PAYABLES_INCONSISTENT', 'EQUITY_RECONCILIATION_GAP']);
  // The rule layer the baselines encode: the three turnover and equity rules only (the full registry has more).
  const threeRules = defaultRules.filter((r) => r.codes.some((c) => encoded.has(c)));
  // (a) Like with like with json-rules-engine's events: the three decisions, code and severity, on exact Decimals.
  // (b) The three rules as analyze() runs them, writing full flags (figures and bilingual texts).
  const decisions = time('three decisions', contexts, (c) => xcheckDecisions(c));
  const rules = time('three rules', contexts, (c) => collectFindings(runRules(c, threeRules)));
  const engine = makeEngine();
  const facts = contexts.map(factsOf);
  const jre = await timeAsync(facts, (f) => runEngine(engine, f));

  // Agreement of the baselines with analyze() (flag code and severity) on the three checks they encode.
  let floorAgree = 0;
  let jreAgree = 0;
  let decisionsAgree = 0;
  for (let i = 0; i < N; i++) {
    const ours = analyses[i]!.findings.filter((f) => encoded.has(f.code)).map((f) => `${f.code}:${f.severity}`).sort().join(',');
    const fl = floorAnalyze(profiles[i]!).flags.map((f) => `${f.code}:${f.severity}`).sort().join(',');
    const jr = (await runEngine(engine, facts[i]!)).sort().join(',');
    if (ours === fl) floorAgree++;
    if (ours === jr) jreAgree++;
    if (ours === xcheckDecisions(contexts[i]!).map((d) => `${d.code}:${d.severity}`).sort().join(',')) decisionsAgree++;
  }

  console.log('stage                           time/profile   profiles/s   share of analyze()');
  for (const [name, us] of Object.entries(stages))
    console.log(`${name.padEnd(30)} ${fmt(us)} ${rate(us)}   ${((us / full) * 100).toFixed(0).padStart(3)}%`);
  console.log(`${'analyze() in full'.padEnd(30)} ${fmt(full)} ${rate(full)}`);
  console.log(`${'  with a prepared policy'.padEnd(30)} ${fmt(fullPrepared)} ${rate(fullPrepared)}   (preparePolicy once, as the batch mode does)`);
  console.log(`${'analyze(), basic profiles'.padEnd(30)} ${fmt(fullBasic)} ${rate(fullBasic)}   (no evidence, habit, premises, owner, estimates; 80% with a loan request)`);
  console.log(`${'analyze() + JSON.stringify'.padEnd(30)} ${fmt(fullJson)} ${rate(fullJson)}`);
  console.log(`${'  toReport + JSON.stringify'.padEnd(30)} ${fmt(stringify)}`);
  console.log(`${'floor (plain numbers)'.padEnd(30)} ${fmt(floor)} ${rate(floor)}`);
  console.log(`${'json-rules-engine (3 rules)'.padEnd(30)} ${fmt(jre)} ${rate(jre)}   (events: code and severity, from floats)`);
  console.log(`${'(a) xcheck, the 3 decisions'.padEnd(30)} ${fmt(decisions)} ${rate(decisions)}   (code and severity on exact Decimals, no flag texts)`);
  console.log(`${'(b) xcheck, the 3 rules'.padEnd(30)} ${fmt(rules)} ${rate(rules)}   (full flags: figures, bilingual texts, inputs, evidence, questions)`);
  console.log(`\nbaselines agree with analyze() on flags: floor ${((floorAgree / N) * 100).toFixed(2)}%, json-rules-engine ${((jreAgree / N) * 100).toFixed(2)}%, (a) xcheck's decisions ${((decisionsAgree / N) * 100).toFixed(2)}% (must be 100)`);

  const target = (ok: boolean) => (ok ? 'met' : 'NOT MET');
  const best = Math.min(full, fullPrepared);
  const perSecond = 1e6 / best;
  console.log('\ntargets (issue 8), analyze() with the faster of a raw and a prepared policy');
  console.log(`  analyze() throughput  ${Math.round(perSecond).toLocaleString('en-US')} profiles/s (target ≥ 10,000)          ${target(perSecond >= 10_000)}`);
  console.log(`  analyze() / floor     ${(best / floor).toFixed(1)}× (target ≤ 10×)                          ${target(best / floor <= 10)}`);
  console.log(`  json-rules-engine / (a) xcheck's decisions  ${(jre / decisions).toFixed(1)}× faster (target ≥ 5×)   ${target(jre / decisions >= 5)}`);
  console.log(`  json-rules-engine / (b) xcheck's rules      ${(jre / rules).toFixed(1)}× faster (target ≥ 5×)   ${target(jre / rules >= 5)}`);

  if (process.env.XCHECK_BENCH_SCALING !== '0') {
    console.log('');
    runScaling();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
